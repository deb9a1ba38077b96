"""The report node in the real window (issue 14, point 3): writing the note with a
live word count, Submit waiting for ``min_words``, Ctrl+Enter, the model note and the
self-check items, the draft kept over a pause, and the note in the debrief and replay.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.gui.report_steps import submit_note, tick_items, type_keys, write_note
from tests.gui.screens import (
    answer_with,
    finish_tutorial_headless,
    play_tutorial_by_clicks,
    shown_window,
)
from tests.report_support import REPORT_SCENARIO
from trainer.domain.model import DecisionNode, ReportNode
from trainer.gui.player.page import DRAFT_DELAY_MS
from trainer.gui.player.report_panel import plural_form, word_count_line

pytestmark = pytest.mark.gui

NOTE_START = "Sprawca krzyczał"
NOTE_REST = " do pana Nowaka obelgi; świadek Zofia Lis."


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The real window with the report scenario alone in its library."""
    scenarios = tmp_path / "scenarios"
    shutil.copytree(REPORT_SCENARIO, scenarios / REPORT_SCENARIO.name)
    monkeypatch.setenv("TRAINER_SCENARIOS_DIR", str(scenarios))
    with shown_window(qtbot, tmp_path / "data") as main:
        yield main


def to_the_report(qtbot, window, name: str = "Anna") -> object:
    """Sign ``name`` up, start the scenario, take the best choice: the report is shown."""
    window.activateWindow()
    window.profiles.name_edit.setFocus()
    qtbot.keyClicks(window.profiles.name_edit, name)
    qtbot.keyClick(window.profiles.name_edit, Qt.Key.Key_Return)
    window.library.start_button.click()
    player = window.player
    node = player.active.engine.current_node(player.active.state)
    assert isinstance(node, DecisionNode)
    shown = [c.id for c in player.active.shown_choices()]
    qtbot.keyClick(player, Qt.Key(Qt.Key.Key_1 + shown.index("listen")))
    if player.feedback.isVisible():
        qtbot.keyClick(player.primary, Qt.Key.Key_Return)
    assert isinstance(player.active.engine.current_node(player.active.state), ReportNode)
    qtbot.wait(50)  # a language change just made arrives now: the page is redrawn before use
    assert player._report is not None
    return player


def test_write_submit_tick_and_see_the_self_assessed_points(qtbot, window) -> None:
    window.set_language("en")
    player = to_the_report(qtbot, window)
    panel = player._report
    assert player.node_title.text() == "Official note"
    assert panel.prompt.text() == "Your note"
    assert panel.edit.hasFocus()
    assert panel.count.text().startswith("0 words, at least 5")
    assert not player.primary.isEnabled()  # Submit waits for five words
    assert player.primary.text() == "Submit the note (Ctrl+Enter)"
    assert not panel.model_card.isVisible() and not any(b.isVisible() for b in panel.checks)

    write_note(qtbot, player, NOTE_START)
    assert panel.count.text() == "2 words, at least 5 – 3 more to submit"
    assert not player.primary.isEnabled()
    assert "at least 5" in player.primary.toolTip()  # the reason, also on the button
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not panel.submitted  # too short: Ctrl+Enter does nothing
    # Enter starts a new line and presses nothing; number keys type digits.
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(panel.edit, "1 2")
    assert panel.edit.toPlainText() == NOTE_START + "\n1 2"
    assert not panel.submitted and not any(b.isChecked() for b in panel.checks)
    type_keys(qtbot, panel.edit, NOTE_REST)
    note = NOTE_START + "\n1 2" + NOTE_REST
    assert panel.count.text() == "11 words, at least 5"
    assert player.primary.isEnabled()

    submit_note(qtbot, player)  # Ctrl+Enter
    assert panel.edit.isReadOnly()
    assert panel.model_card.isVisible()
    assert "the victim's origin" in panel.model_text.toPlainText()
    assert panel.items_heading.text() == "My note contains:"
    assert all(b.isVisible() for b in panel.checks)
    assert player.primary.text().startswith("Confirm")
    qtbot.keyClicks(panel.edit, "x")  # read-only now
    assert panel.edit.toPlainText() == note
    tick_items(qtbot, player, ["motive", "witnesses"])  # number keys, now that it is read-only
    qtbot.keyClick(panel.checks[0], Qt.Key.Key_Return)  # Enter confirms

    assert player.feedback.isVisible()
    assert player.feedback_points.text().startswith("Points (self-assessed): +2 ")
    assert "2 of 3" in player.feedback_rating.accessibleName()
    feedback = player.feedback_text.toPlainText()
    assert "Not in your note:" in feedback and "The offender's exact words" in feedback
    assert "Witnesses confirm the words." in feedback
    step = window.context.services.store.steps(player.active.attempt_id)[-1]
    assert step.note == note and step.ticked == ["motive", "witnesses"]
    assert step.gained == {"legal_procedure": 2}

    qtbot.keyClick(player.primary, Qt.Key.Key_Return)  # Next: the ending
    qtbot.keyClick(player.primary, Qt.Key.Key_Return)  # the debrief
    debrief = window.debrief
    assert window.stack.currentWidget() is debrief
    path = debrief.path_text.toPlainText()
    assert "Official note" in path and "your note contains 2 of 3 items" in path
    assert "self-assessed" in path
    assert "Not in your note: The offender's exact words" in path
    notes = [w for w in debrief.findChildren(QLabel, "note") if w.isVisible()]
    assert [w.text() for w in notes] == [note]
    assert notes[0].textFormat() == Qt.TextFormat.PlainText


def test_a_note_that_looks_like_markup_is_shown_as_written(qtbot, window) -> None:
    window.set_language("en")
    player = to_the_report(qtbot, window, "Marek")
    note = "**nie pogrubione** <b>ani to</b> - nie lista _ani_ to"
    write_note(qtbot, player, note)
    submit_note(qtbot, player)
    tick_items(qtbot, player, ["motive"])
    qtbot.keyClick(player.primary, Qt.Key.Key_Return)  # confirm
    qtbot.keyClick(player.primary, Qt.Key.Key_Return)  # next: the ending
    qtbot.keyClick(player.primary, Qt.Key.Key_Return)  # the debrief
    labels = [w for w in window.debrief.findChildren(QLabel, "note") if w.isVisible()]
    assert [w.text() for w in labels] == [note]
    attempt_id = player.active.attempt_id
    window.history.replay_requested.emit(attempt_id)
    replay = window.replay
    assert window.stack.currentWidget() is replay
    labels = [w for w in replay.findChildren(QLabel, "note") if w.isVisible()]
    assert [w.text() for w in labels] == [note]
    assert labels[0].textFormat() == Qt.TextFormat.PlainText
    steps = replay.text.toPlainText()
    assert "Model note: Model: the offender shouted 'go back home'" in steps
    assert "In your note: The possible bias motive described" in steps
    assert "Not in your note: The offender's exact words" in steps
    assert "Points (self-assessed): +1" in steps


def test_the_draft_is_kept_over_a_pause_and_a_language_change(qtbot, window) -> None:
    window.set_language("en")
    player = to_the_report(qtbot, window)
    store = window.context.services.store
    attempt_id = player.active.attempt_id
    write_note(qtbot, player, NOTE_START)
    qtbot.wait(DRAFT_DELAY_MS + 400)  # kept soon after the typing stops: a crash loses little
    assert store.attempt(attempt_id).draft_note == NOTE_START
    type_keys(qtbot, player._report.edit, NOTE_REST)
    window.set_language("pl")  # redrawn in Polish: the note goes on as it was
    qtbot.wait(50)  # the language change arrives through the event loop
    assert player._report.edit.toPlainText() == NOTE_START + NOTE_REST
    assert player._report.count.text() == "9 słów, co najmniej 5"
    assert player.primary.text() == "Wyślij notatkę (Ctrl+Enter)"
    qtbot.keyClick(player._report.edit, Qt.Key.Key_Escape)  # pause, at once: no wait
    assert window.stack.currentWidget() is window.library
    assert store.attempt(attempt_id).draft_note == NOTE_START + NOTE_REST
    window.library.resume_button.click()
    assert window.stack.currentWidget() is player
    assert player._report.edit.toPlainText() == NOTE_START + NOTE_REST
    assert player._report.edit.hasFocus()
    # Submitted, then redrawn: still submitted, with its ticks.
    submit_note(qtbot, player)
    tick_items(qtbot, player, ["words"])
    window.set_language("en")
    qtbot.wait(50)
    assert player._report.submitted and player._report.ticked() == ["words"]
    assert player._report.items_heading.text() == "My note contains:"
    qtbot.keyClick(player._report.checks[0], Qt.Key.Key_Return)
    assert store.attempt(attempt_id).draft_note is None
    assert store.steps(attempt_id)[-1].note == NOTE_START + NOTE_REST


def test_signing_out_keeps_the_draft(qtbot, window) -> None:
    player = to_the_report(qtbot, window)
    attempt_id = player.active.attempt_id
    write_note(qtbot, player, "Pierwsze słowa")
    window.sign_out()  # as the idle sign-out does
    assert window.context.services.store.attempt(attempt_id).draft_note == "Pierwsze słowa"


@pytest.mark.parametrize(
    ("count", "form", "polish"),
    [
        (0, "many", "0 słów, co najmniej 40"),
        (1, "one", "1 słowo, co najmniej 40"),
        (2, "few", "2 słowa, co najmniej 40"),
        (4, "few", "4 słowa, co najmniej 40"),
        (5, "many", "5 słów, co najmniej 40"),
        (12, "many", "12 słów, co najmniej 40"),
        (14, "many", "14 słów, co najmniej 40"),
        (22, "few", "22 słowa, co najmniej 40"),
        (34, "few", "34 słowa, co najmniej 40"),
        (111, "many", "111 słów, co najmniej 40"),
    ],
)
def test_the_word_count_uses_polish_plural_forms(
    qtbot, window, count: int, form: str, polish: str
) -> None:
    assert plural_form(count) == form
    window.translations.install("pl")
    assert word_count_line(count, 40) == polish
    window.translations.install("en")
    english = word_count_line(count, 40)
    noun = "word" if count == 1 else "words"
    assert english == f"{count} {noun}, at least 40"


def test_the_generic_helpers_play_the_tutorials_report(qtbot, tmp_path: Path) -> None:
    """The shipped tutorial has a report node: the helpers most GUI tests use answer it."""
    with shown_window(qtbot, tmp_path / "data") as window:
        tutorial = next(e for e in window.context.library.load() if e.key == "tutorial")
        assert tutorial.result.playable, tutorial.result.errors
        report = tutorial.result.scenario.nodes["write_note"]
        assert isinstance(report, ReportNode)
        finish_tutorial_headless(window, "Headless")  # tests/play_support.play_tokens
        window.activateWindow()
        window.profiles.name_edit.setFocus()
        qtbot.keyClicks(window.profiles.name_edit, "Clicks")
        qtbot.keyClick(window.profiles.name_edit, Qt.Key.Key_Return)
        seen: list[str] = []
        play_tutorial_by_clicks(qtbot, window, lambda: seen.append(window.player.active.state.node))
        assert "write_note" in seen
        store = window.context.services.store
        for name in ("Headless", "Clicks"):
            profile = store.find_profile(name)
            (attempt,) = [a for a in store.history_summaries(profile.id) if a.status == "finished"]
            (step,) = [s for s in store.steps(attempt.id) if s.action == "report"]
            # The best path ticks every item, in file order.
            assert step.ticked == [item.id for item in report.items]
            assert step.note and len(step.note.split()) >= (report.min_words or 1)


def test_a_pasted_note_over_the_limit_is_refused_with_the_reason(qtbot, window) -> None:
    from trainer.domain.model import MAX_NOTE_CHARACTERS

    window.set_language("en")
    player = to_the_report(qtbot, window)
    panel = player._report
    panel.edit.insertPlainText("słowo " * (MAX_NOTE_CHARACTERS // 6 + 1))  # as a paste does
    too_long = len(panel.note())
    assert too_long > MAX_NOTE_CHARACTERS
    assert panel.count.text() == (
        f"The note is too long: {too_long} characters, at most {MAX_NOTE_CHARACTERS} are kept. "
        "Shorten it to submit."
    )
    assert not player.primary.isEnabled()
    assert player.primary.toolTip() == panel.count.text()
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not panel.submitted
    qtbot.wait(DRAFT_DELAY_MS + 300)  # the draft is kept up to the limit, never refused
    stored = window.context.services.store.attempt(player.active.attempt_id).draft_note
    assert stored is not None and len(stored) == MAX_NOTE_CHARACTERS
    # Shortened: it may go (the page may have been redrawn meanwhile: the note stays).
    panel = player._report
    assert len(panel.note()) == too_long
    for _ in range(too_long - MAX_NOTE_CHARACTERS):
        qtbot.keyClick(panel.edit, Qt.Key.Key_Backspace)
    assert player.primary.isEnabled()
    assert panel.count.text().endswith("words, at least 5")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fsync semantics: POSIX")
def test_a_note_being_written_survives_a_kill(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGKILL the real app (threaded runner) while an officer writes a note; the
    restarted app resumes the report with the note as kept: what was typed before the
    last pause at least, never more than was typed."""
    from tests.gui.report_writer_child import FIRST, PROFILE, SECOND

    scenarios = tmp_path / "scenarios"
    shutil.copytree(REPORT_SCENARIO, scenarios / REPORT_SCENARIO.name)
    monkeypatch.setenv("TRAINER_SCENARIOS_DIR", str(scenarios))
    data_dir, side = tmp_path / "data", tmp_path / "side.log"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.gui.report_writer_child", str(data_dir), str(side)],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while "typed" not in (side.read_text() if side.exists() else ""):
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the child never typed its note"
            time.sleep(0.02)
    finally:
        if child.poll() is None:
            os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        if child.stderr is not None:
            child.stderr.close()
    assert child.returncode == -signal.SIGKILL

    with shown_window(qtbot, data_dir) as window:
        names = window.profiles.profiles
        assert [names.item(i).text() for i in range(names.count())] == [PROFILE]
        names.setCurrentRow(0)
        offered: list[str] = []
        with patch.object(
            QMessageBox, "exec", answer_with(QMessageBox.ButtonRole.AcceptRole, offered)
        ):
            window.profiles.sign_in_button.click()
        assert offered, "no resume offer"
        player = window.player
        assert window.stack.currentWidget() is player
        assert player._report is not None
        note = player._report.edit.toPlainText()
        assert note in (FIRST, FIRST + SECOND)
        assert player._report.edit.hasFocus()  # ready to go on writing


def test_tab_goes_from_the_note_to_submit_and_enter_there_submits(qtbot, window) -> None:
    window.set_language("en")
    player = to_the_report(qtbot, window)
    panel = player._report
    write_note(qtbot, player, "one two three four five")
    qtbot.keyClick(panel.edit, Qt.Key.Key_Tab)  # no tab character: the focus moves on
    assert panel.note() == "one two three four five"
    assert player.primary.hasFocus()
    qtbot.keyClick(player.primary, Qt.Key.Key_Return)
    assert panel.submitted
    assert panel.checks[0].hasFocus()
    qtbot.keyClick(panel.checks[0], Qt.Key.Key_Tab)
    assert panel.checks[1].hasFocus()
    qtbot.keyClick(panel.checks[1], Qt.Key.Key_Space)
    assert panel.ticked() == ["words"]


def test_after_submitting_the_model_note_starts_at_the_top_of_the_view(qtbot, window) -> None:
    """The officer reads on at the model and its items, not at the note just written."""
    window.showNormal()
    window.resize(1000, 520)  # too small for the note, the model and the items at once
    player = to_the_report(qtbot, window)
    panel = player._report
    panel.edit.setFocus()
    qtbot.keyClicks(panel.edit, " ".join(["notatka"] * 45))  # ASCII: QTest types no ł
    qtbot.keyClick(panel.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.submitted

    viewport = player.scroller.viewport()
    bar = player.scroller.verticalScrollBar()

    def heading_on_top() -> None:
        # At the top of the view, or as near as the page's end allows.
        top = panel.model_heading.mapTo(viewport, QPoint(0, 0)).y()
        assert 0 <= top <= 16 or (bar.value() == bar.maximum() > 0 and top >= 0), top

    qtbot.waitUntil(heading_on_top)
    first = panel.checks[0]
    assert first.hasFocus()
    bottom = first.mapTo(viewport, QPoint(0, first.height())).y()
    assert bottom <= viewport.height()  # the first item in view, to tick by its number


@pytest.mark.parametrize(
    ("text", "feedback", "shown"),
    [
        ("Świadkowie i monitoring", "Zapisz ich.", "*Świadkowie i monitoring.* Zapisz ich."),
        ("Słowa sprawcy.", "Cytat.", "*Słowa sprawcy.* Cytat."),
        ("Czy był motyw?", "Tak.", "*Czy był motyw?* Tak."),
        ("Bez informacji zwrotnej", None, "*Bez informacji zwrotnej*"),
        ("Z *gwiazdkami*", "Tak.", "*Z gwiazdkami.* Tak."),
    ],
)
def test_an_item_and_its_feedback_read_as_two_sentences(
    text: str, feedback: str | None, shown: str
) -> None:
    from trainer.gui.words import item_sentence

    assert item_sentence(text, feedback) == shown
