"""The report node in the play view: write a note, then check it against the model.

Two phases on one panel. First the officer writes (plain text; a live word count
says how far from the scenario's ``min_words`` the note is, and the play view's
Submit stays disabled until it is reached). After submitting, the note is
read-only, the model note appears under it and the report's items become boxes
"my note contains…": the officer ticks what their own note has (self-assessed).

Enter in the text box starts a new line; Ctrl+Enter submits. Number keys type
digits while the note is written; they tick items only after it is submitted (the
text box is read-only then and lets them through to the play view).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.model import MAX_NOTE_CHARACTERS
from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.labels import FittedTextBrowser
from trainer.gui.widgets.named import named
from trainer.gui.words import item_sentence
from trainer.services.play import count_words

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def plural_form(count: int) -> str:
    """Which of three forms a count takes: ``one``, ``few`` or ``many``.

    Polish says 1 słowo, 2-4 słowa (also 22-24, 32-34…, not 12-14), and 0, 5-21…
    słów; English needs only one and the rest, so its few and many read alike.
    """
    if count == 1:
        return "one"
    if count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        return "few"
    return "many"


def word_count_line(count: int, minimum: int | None) -> str:
    """ "34 words, at least 40" (or "34 words" with no minimum), in the UI language.

    Each plural form has its own context (``WordCountOne``, ``…Few``, ``…Many``):
    English words the few and the many alike, and one source text may have only one
    translation per context.
    """
    translate = QCoreApplication.translate
    form = plural_form(count)
    if minimum:
        texts = {
            "one": translate("WordCountOne", "%1 word, at least %2"),
            "few": translate("WordCountFew", "%1 words, at least %2"),
            "many": translate("WordCountMany", "%1 words, at least %2"),
        }
        return texts[form].replace("%1", str(count)).replace("%2", str(minimum))
    texts = {
        "one": translate("WordCountOne", "%1 word"),
        "few": translate("WordCountFew", "%1 words"),
        "many": translate("WordCountMany", "%1 words"),
    }
    return texts[form].replace("%1", str(count))


def report_item_markup(in_note: bool, text: str, feedback: str | None) -> str:
    """One report item as a list item of scenario markup, read as a sentence:
    "! Not in your note: *The offender's exact words.* They are evidence…"."""
    translate = QCoreApplication.translate
    if in_note:
        symbol, verdict = "✓", translate("ReportPanel", "In your note:")
    else:
        symbol, verdict = "!", translate("ReportPanel", "Not in your note:")
    return f"- {symbol} **{verdict}** {item_sentence(text, feedback)}"


def note_card(title: str, note: str) -> QFrame:
    """A note as the officer wrote it, under its report's title: plain text, its lines
    kept, selectable (never read as markup: a note is the officer's words)."""
    card = named(QFrame(), "card")
    layout = QVBoxLayout(card)
    caption = heading(1.2)
    caption.setText(title)
    text = QLabel(note or QCoreApplication.translate("ReportPanel", "(the note is empty)"))
    text.setObjectName("note")
    text.setTextFormat(Qt.TextFormat.PlainText)
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    text.setAccessibleName(title)
    layout.addWidget(caption)
    layout.addWidget(text)
    return card


class NoteEdit(QPlainTextEdit):
    """The note's text box: plain text, Tab leaves it, Ctrl+Enter asks to submit."""

    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note")
        # Tab moves on to Submit, as everywhere else in the app: a note needs no tabs.
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setMinimumHeight(180)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            event.accept()
            if not self.isReadOnly():
                self.submit_requested.emit()
            return
        super().keyPressEvent(event)


@dataclass
class PanelState:
    """What a redraw of the same report (a language change) must keep."""

    text: str
    submitted: bool
    ticked: set[str] = field(default_factory=set)


def _toggler(box: QCheckBox) -> Callable[[object], None]:
    def toggle(_event: object) -> None:
        if box.isEnabled():
            box.toggle()

    return toggle


class ReportPanel(QWidget):
    """The note's text box, its word count, then the model note and the items."""

    # The note's text changed (the play view keeps a draft and updates Submit).
    changed = Signal()
    # Ctrl+Enter in the text box.
    submit_requested = Signal()

    def __init__(
        self,
        prompt: str,
        model_markup: str,
        items: Sequence[tuple[str, str]],
        min_words: int | None,
        parent: QWidget | None = None,
    ) -> None:
        """``items``: (item id, text) in the order shown."""
        super().__init__(parent)
        self.setObjectName("report")
        self.min_words = min_words
        self._submitted = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.prompt = heading(1.2)
        self.prompt.setText(prompt)
        self.edit = NoteEdit()
        self.edit.setAccessibleName(prompt)
        self.prompt.setBuddy(self.edit)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.submit_requested.connect(self.submit_requested)
        self.count = named(QLabel(), "muted")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setWordWrap(True)
        layout.addWidget(self.prompt)
        layout.addWidget(self.edit)
        layout.addWidget(self.count)

        self.model_card = named(QFrame(), "card")
        model_layout = QVBoxLayout(self.model_card)
        self.model_heading = heading(1.2)
        self.model_text = FittedTextBrowser(max_height=100_000)  # the page scrolls
        self.model_text.set_markup(model_markup)
        model_layout.addWidget(self.model_heading)
        model_layout.addWidget(self.model_text)
        layout.addWidget(self.model_card)

        self.items_heading = heading(1.2)
        self.items_hint = named(QLabel(), "muted")
        self.items_hint.setWordWrap(True)
        self.items_hint.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.items_heading)
        layout.addWidget(self.items_hint)
        self.checks: list[QCheckBox] = []
        self._item_rows: list[QWidget] = []
        for number, (item_id, text) in enumerate(items, start=1):
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(4, 2, 4, 2)
            box = QCheckBox()
            box.setProperty("item_id", item_id)
            box.setAccessibleName(text)
            label = QLabel(f"{number}.  {text}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setBuddy(box)
            label.mousePressEvent = _toggler(box)  # type: ignore[method-assign]
            row_layout.addWidget(box)
            row_layout.addWidget(label, 1)
            layout.addWidget(row)
            self.checks.append(box)
            self._item_rows.append(row)
        self._show_second_phase(False)
        self.retranslate()

    # -- texts -----------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text of the app (not the scenario's) in the UI language."""
        self.model_heading.setText(self.tr("Model note"))
        self.model_text.setAccessibleName(self.tr("Model note"))
        self.items_heading.setText(self.tr("My note contains:"))
        self.items_hint.setText(
            self.tr(
                "Compare your note with the model and tick what yours contains "
                "(a number key ticks an item). This is a self-assessment: the points "
                "are the items you tick."
            )
        )
        self._update_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _text_changed(self) -> None:
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        text = self.note()
        if len(text) > MAX_NOTE_CHARACTERS:
            self.count.setText(
                self.tr(
                    "The note is too long: %1 characters, at most %2 are kept. "
                    "Shorten it to submit."
                )
                .replace("%1", str(len(text)))
                .replace("%2", str(MAX_NOTE_CHARACTERS))
            )
            return
        words = count_words(text)
        line = word_count_line(words, self.min_words)
        if self.min_words and words < self.min_words and not self._submitted:
            # Why Submit waits, as a number to reach rather than a rule to work out.
            line += " – " + self.tr("%1 more to submit").replace("%1", str(self.min_words - words))
        self.count.setText(line)

    # -- state -----------------------------------------------------------------------

    def note(self) -> str:
        """The note as written."""
        return self.edit.toPlainText()

    def set_note(self, text: str) -> None:
        """Show ``text`` (a kept draft), the cursor at its end, ready to go on writing."""
        self.edit.setPlainText(text)
        self.edit.moveCursor(self.edit.textCursor().MoveOperation.End)

    def can_submit(self) -> bool:
        """Long enough (``min_words``) and not too long: what Submit waits for."""
        text = self.note()
        if len(text) > MAX_NOTE_CHARACTERS or not text.strip():
            return False
        return count_words(text) >= (self.min_words or 0)

    @property
    def submitted(self) -> bool:
        """Whether the note was submitted (read-only; the model and items shown)."""
        return self._submitted

    def show_model(self) -> None:
        """After Submit: the note read-only, the model note and the items to tick."""
        self._submitted = True
        self.edit.setReadOnly(True)
        self._show_second_phase(True)
        self._update_count()

    def ticked(self) -> list[str]:
        """The ids of the items ticked, in the order shown."""
        return [str(box.property("item_id")) for box in self.checks if box.isChecked()]

    def lock(self) -> None:
        """After confirming: nothing changes any more. The items go: the feedback under
        the panel names each one and whether the note has it."""
        for box in self.checks:
            box.setEnabled(False)
        self.items_heading.hide()
        self.items_hint.hide()
        for row in self._item_rows:
            row.hide()

    def snapshot(self) -> PanelState:
        """What a redraw must restore."""
        return PanelState(self.note(), self._submitted, set(self.ticked()))

    def restore(self, state: PanelState) -> None:
        """Back to ``state`` (after a redraw in another language)."""
        self.set_note(state.text)
        if state.submitted:
            self.show_model()
            for box in self.checks:
                box.setChecked(box.property("item_id") in state.ticked)

    def _show_second_phase(self, visible: bool) -> None:
        self.model_card.setVisible(visible)
        self.items_heading.setVisible(visible)
        self.items_hint.setVisible(visible)
        for row in self._item_rows:
            row.setVisible(visible)
