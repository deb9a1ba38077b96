"""The officer's app played end to end with the keyboard only (issue 4)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressBar, QWidget

from tests.gui.report_steps import answer_report_token
from trainer.domain.model import ChecklistNode, DecisionNode, EndingNode, ReportNode, SceneNode
from trainer.scenario_io.reader import load_scenario

pytestmark = pytest.mark.gui

TUTORIAL = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial"


def focused(window: object) -> QWidget:
    widget = QApplication.focusWidget()
    return widget if widget is not None else window.player  # type: ignore[attr-defined]


def press(qtbot, window: object, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(window), key, modifier)
    if modifier == Qt.KeyboardModifier.AltModifier:
        qtbot.wait(250)  # a mnemonic "animates" its button's click for 100 ms


def type_text(qtbot, window: object, text: str) -> None:
    qtbot.keyClicks(focused(window), text)


def digit(n: int) -> Qt.Key:
    return Qt.Key(Qt.Key.Key_0 + n)


def sign_up(qtbot, window, name: str) -> None:
    assert window.stack.currentWidget() is window.profiles
    assert focused(window) is window.profiles.name_edit  # no profiles yet: the name field
    type_text(qtbot, window, name)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library


def play_tokens(qtbot, window, tokens: list[str], *, practice: bool) -> None:
    """Play ``tokens`` with digits and Enter, exactly as an officer would."""
    player = window.player
    pending = list(tokens)
    for _ in range(200):
        active = player.active
        node = active.engine.current_node(active.state)
        if isinstance(node, EndingNode):
            break
        if isinstance(node, SceneNode):
            press(qtbot, window, Qt.Key.Key_Return)
            continue
        if not pending:
            break  # the officer stops here
        token = pending.pop(0)
        if isinstance(node, DecisionNode):
            offered = [c.id for c in active.shown_choices()]  # numbered as on screen
            if token == "timeout":
                player._left_at_start_ms = 0  # let the real countdown run out at its next tick
                player._tick()
            else:
                press(qtbot, window, digit(offered.index(token) + 1))
        elif isinstance(node, ReportNode):
            # Its feedback shows in either mode: the model note is no secret once written.
            answer_report_token(qtbot, window.player, token)
            press(qtbot, window, Qt.Key.Key_Return)
            continue
        else:
            assert isinstance(node, ChecklistNode)
            ids = [item.id for item in active.shown_items()]
            for item in token.split(","):
                if item:
                    press(qtbot, window, digit(ids.index(item) + 1))
            press(qtbot, window, Qt.Key.Key_Return)
        if practice:
            assert player.feedback.isVisible()
            assert player.feedback_rating.accessibleName()  # the rating in words
            press(qtbot, window, Qt.Key.Key_Return)
        else:
            assert not player.feedback.isVisible()
    assert not pending


@pytest.mark.parametrize("language", ["pl", "en"])
@pytest.mark.parametrize("practice", [True, False], ids=["practice", "assessment"])
def test_tutorial_best_path_by_keyboard_matches_analyze(
    qtbot, window, run_cli, language: str, practice: bool
) -> None:
    analysis = run_cli("analyze", TUTORIAL, "--json").json()
    window.set_language(language)
    sign_up(qtbot, window, "Jan Kowal")
    library = window.library
    assert library.current_card().key == "tutorial"  # listed first
    if not practice:
        press(qtbot, window, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &Assessment
        assert library.assessment.isChecked()
    index = library.content_language.findData(language)
    library.content_language.setCurrentIndex(index)
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Start
    assert window.stack.currentWidget() is window.player
    play_tokens(qtbot, window, list(analysis["best_choices"]), practice=practice)
    press(qtbot, window, Qt.Key.Key_Return)  # "See the debrief"
    assert window.stack.currentWidget() is window.debrief
    # The debrief has the focus: Enter pressed once too often does not start over.
    assert window.debrief.scroller.hasFocus()
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.debrief

    debrief = window.debrief
    assert "100%" in debrief.outcome.accessibleName()
    bars = debrief.findChildren(QProgressBar)
    shown = {bar.accessibleName() for bar in bars}
    for cid, maximum in analysis["maximum"].items():
        assert any(f"{maximum} / {maximum}" in name for name in shown), (cid, shown)
    assert all(bar.value() == 100 for bar in bars)
    path = debrief.debrief.state.path
    assert list(path) == analysis["best_path"]

    # And it was stored, step by step, as a finished attempt.
    entries = window.context.services.history.entries(window.profile)
    assert [e["status"] for e in entries] == ["finished"]
    assert entries[0]["overall_percent"] == 100.0
    assert entries[0]["mode"] == ("practice" if practice else "assessment")
    assert entries[0]["language"] == language


def test_a_poor_path_shows_where_it_left_the_best_path(qtbot, window) -> None:
    sign_up(qtbot, window, "Ola")
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    poor = [
        "photo_then_remove",
        "symbol,slogan,overnight",
        "facts_only",
        "timeout",
        "minor_only",
        "words",
        "close_file",
    ]
    play_tokens(qtbot, window, poor, practice=True)
    press(qtbot, window, Qt.Key.Key_Return)
    debrief = window.debrief.debrief
    assert debrief.ending.outcome.value == "failure"
    assert debrief.sheet.overall_percent == 13.0  # as `trainer play` gives for these tokens
    assert debrief.first_departure.node_id == "phone_call"
    assert debrief.first_departure.best_choice_id == "keep_and_come"
    text = window.debrief.path_text.toPlainText()
    assert "keep_and_come" not in text  # choices are shown by their text, not their id
    assert (
        load_scenario(TUTORIAL).scenario.node("phone_call").choice("keep_and_come").text["pl"][:20]
        in text
    )


def test_pausing_and_signing_in_again_offers_to_resume_at_the_same_node(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_up(qtbot, window, "Piotr")
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    play_tokens(qtbot, window, ["keep_and_come"], practice=True)
    node_before = window.player.active.state.node
    press(qtbot, window, Qt.Key.Key_Escape)  # pause
    assert window.stack.currentWidget() is window.library
    window.sign_out()
    offers: list[str] = []

    def answer(box: QMessageBox) -> int:
        offers.append(box.text())
        box.setProperty("clicked", True)
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    profiles = window.profiles
    profiles.profiles.setCurrentRow(0)
    profiles.profiles.setFocus()
    press(qtbot, window, Qt.Key.Key_Return)
    assert offers and "Samouczek" in offers[0]
    assert window.stack.currentWidget() is window.player
    assert window.player.active.state.node == node_before


def test_text_size_follows_ctrl_plus_and_minus_and_is_remembered(qtbot, window) -> None:
    body = window.profiles.intro
    title = window.profiles.title
    before = window.context.settings.point_size
    assert body.font().pointSize() == before
    press(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    for widget in (body, title):
        widget.ensurePolished()
    assert window.context.settings.point_size == before + 2
    assert body.font().pointSize() == before + 2  # every existing widget follows
    assert title.font().pointSizeF() == pytest.approx((before + 2) * 1.6, abs=0.1)
    press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    body.ensurePolished()
    assert body.font().pointSize() == before + 1


def test_the_library_resume_button_continues_at_the_same_node(qtbot, window) -> None:
    sign_up(qtbot, window, "Marta")
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    play_tokens(qtbot, window, ["keep_and_come"], practice=True)
    node_before = window.player.active.state.node
    press(qtbot, window, Qt.Key.Key_Escape)  # pause: back to the library
    library = window.library
    assert library.resume_button.isVisibleTo(window)
    library.resume_button.setFocus()  # as after Tab
    press(qtbot, window, Qt.Key.Key_Space)
    assert window.stack.currentWidget() is window.player
    assert window.player.active.state.node == node_before
