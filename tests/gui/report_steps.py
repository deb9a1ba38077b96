"""Answering a report node through the real play view, for any GUI test.

The officer clicks into the text box, types the note key by key, submits it with
Ctrl+Enter, ticks the items their note contains and confirms with Enter; in the
feedback that follows, Enter goes on. ``answer_report`` does all of it; the smaller
steps are here for tests that look in between.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from trainer.domain.model import ReportNode

#: Enough words for any shipped ``min_words`` (the test scenario's is 5).
FILLER_WORD = "słowo"


def note_of(words: int) -> str:
    """A note of exactly ``words`` words (typed faster than a real one)."""
    return " ".join([FILLER_WORD] * words)


def needed_note(player: Any) -> str:
    """A note just long enough for the current report's ``min_words``."""
    node = player.active.engine.current_node(player.active.state)
    assert isinstance(node, ReportNode)
    return note_of(max(node.min_words or 0, 1))


def type_keys(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, Polish letters too ("\\n": Enter).

    QTest types only ASCII (it asserts on "ł"); other letters go as the key events a
    Polish keyboard sends: a press and a release carrying the letter as their text.
    """
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif char.isascii():
            qtbot.keyClick(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)


def write_note(qtbot: Any, player: Any, text: str) -> None:
    """Type ``text`` into the report's text box, key by key (Enter types a new line)."""
    edit = player._report.edit
    edit.setFocus()
    type_keys(qtbot, edit, text)


def submit_note(qtbot: Any, player: Any) -> None:
    """Ctrl+Enter in the text box: the note is submitted, the model and items appear."""
    qtbot.keyClick(player._report.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert player._report.submitted, player._report.count.text()


def tick_items(qtbot: Any, player: Any, wanted: Iterable[str]) -> None:
    """Tick exactly the items ``wanted`` (by their number keys, as shown)."""
    wanted = set(wanted)
    for number, box in enumerate(player._report.checks, start=1):
        if (box.property("item_id") in wanted) != box.isChecked():
            qtbot.keyClick(player, Qt.Key(Qt.Key.Key_0 + number))
    assert {b.property("item_id") for b in player._report.checks if b.isChecked()} == wanted


def answer_report(qtbot: Any, player: Any, ticked: Iterable[str], note: str | None = None) -> None:
    """Write ``note`` (by default one just long enough), submit it, tick ``ticked`` and
    confirm; ends on the report's feedback (Enter goes on)."""
    write_note(qtbot, player, needed_note(player) if note is None else note)
    submit_note(qtbot, player)
    tick_items(qtbot, player, ticked)
    player.primary.setFocus()
    qtbot.keyClick(player.primary, Qt.Key.Key_Return)
    assert player.feedback.isVisible()


def answer_report_token(qtbot: Any, player: Any, token: str) -> None:
    """``answer_report`` for a CLI-style token: the ticked ids, comma-separated."""
    answer_report(qtbot, player, [t for t in token.split(",") if t])
