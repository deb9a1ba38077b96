"""Test from here: F5 in the editor plays the open document from the selected node in
the real play view, with the state set in the dialog, and stores nothing.

The transcript the play window collects (trainer.services.transcript, shared with the
CLI) must equal ``trainer play --from ... --set ... --visited ... --json`` from the same
state: the same nodes, texts (path alternatives, form of address, language), choices in
the same order, the same feedback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from trainer.authoring.commands import SetValue
from trainer.cli import main as cli_main
from trainer.gui.editor.trial.play_window import TrialWindow
from trainer.gui.editor.trial.setup_dialog import TrialSetupDialog
from trainer.gui.editor.trial.variables_model import VariablesModel

pytestmark = pytest.mark.gui


def _open_setup(qtbot, editor, node: str) -> TrialSetupDialog:
    editor.select(("nodes", node))
    qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_F5)
    dialog = editor.trial.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _type_number(qtbot, spin, value: int) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert spin.value() == value


def _choose_in_combo(qtbot, combo, data: str) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.currentData() == data:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == data


def _tick_visited(qtbot, dialog: TrialSetupDialog, node: str) -> None:
    qtbot.keyClicks(dialog.visited_filter, node)
    view = dialog.visited_list
    shown = [view.item(r) for r in range(view.count()) if not view.item(r).isHidden()]
    assert node in [item.text() for item in shown]
    assert all(node in item.text() for item in shown)  # the filter hides the rest
    view.setFocus()
    view.setCurrentItem(next(item for item in shown if item.text() == node))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # ticks the current item
    assert view.currentItem().checkState() == Qt.CheckState.Checked
    dialog.visited_filter.clear()


def _play_tokens(qtbot, window: TrialWindow, tokens: list[str]) -> None:
    """Play as an officer would: Enter on scenes and after feedback, the choice's number key
    at a decision (its place in the order shown)."""
    page = window.page
    tokens = list(tokens)
    for _ in range(50):
        entry = window.transcript.entries[-1]
        if entry["type"] == "decision" and "chosen" not in entry:
            if not tokens:
                return
            number = entry["choices"].index(tokens.pop(0))
            qtbot.keyClick(page, Qt.Key(Qt.Key.Key_1 + number))
            assert page.feedback.isVisible()  # practice: the feedback first
            qtbot.keyClick(page, Qt.Key.Key_Return)
        elif entry["type"] == "scene":
            qtbot.keyClick(page, Qt.Key.Key_Return)
        else:
            return
    raise AssertionError("the play did not stop")


def _cli_json(file: Path, *args: str) -> dict:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli_main(["play", str(file.parent), "--json", *args]) == 0
    return json.loads(out.getvalue())


def test_test_from_here_plays_as_the_cli_does_from_the_same_state(qtbot, opened) -> None:
    dialog = _open_setup(qtbot, opened, "olena_arrives")
    assert dialog.node_box.currentData() == "olena_arrives"  # the form's node
    spin = dialog.spins["trust"]
    assert (spin.minimum(), spin.maximum(), spin.value()) == (0, 3, 1)  # declared, initial
    _type_number(qtbot, spin, 0)  # not the initial 1
    _tick_visited(qtbot, dialog, "at_door")
    _choose_in_combo(qtbot, dialog.address_box, "f")
    _choose_in_combo(qtbot, dialog.language_box, "pl")
    _type_number(qtbot, dialog.seed_box, 7)
    qtbot.mouseClick(dialog.play_button, Qt.MouseButton.LeftButton)

    window = opened.trial.window
    assert isinstance(window, TrialWindow) and window.isVisible()
    qtbot.addWidget(window)
    assert window.page.active is window.active  # the real play view plays it
    assert window.node == "olena_arrives"
    assert window.variables.value("trust") == 0
    # The text for a path through at_door, as ticked in the dialog, to a woman.
    assert "wlepkę zabezpieczyłaś osobiście" in window.transcript.entries[0]["text"]
    qtbot.keyClick(window.page, Qt.Key.Key_Return)  # Continue
    assert window.page.current_choice_texts()  # talk_olena's choices are on screen

    tokens = ["listen_first", "calm_boundary", "hate_flag"]
    _play_tokens(qtbot, window, tokens[:1])
    # The side panel follows the variables: listen_first raised trust by one.
    assert window.variables.value("trust") == 1
    steps = [window.steps.item(i).text() for i in range(window.steps.count())]
    assert steps == [
        "1. olena_arrives → talk_olena",
        "2. talk_olena [listen_first] → heads_up   (trust +1)",
        "3. heads_up → passerby",
    ]
    assert window.variables.index(0, VariablesModel.CHANGE).data() == ""  # not at the scene
    _play_tokens(qtbot, window, tokens[1:])
    assert window.node == "write_note"

    cli = _cli_json(
        opened.session.doc.path,
        *("--from", "olena_arrives", "--set", "trust=0", "--visited", "at_door"),
        *("--seed", "7", "--address", "f", "--lang", "pl", "--choose", *tokens),
    )
    assert window.transcript.entries == cli["transcript"]
    assert list(window.active.state.path) == cli["path"]
    assert dict(window.active.state.variables) == cli["variables"]

    # Back to the editor: the window closes and the editor shows where play stopped.
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert opened.form.form.root == ("nodes", "write_note")
    assert opened.trial.window is None


def test_it_plays_the_unsaved_document_and_closing_selects_the_node(qtbot, opened) -> None:
    opened.session.push(SetValue(("nodes", "heads_up", "title", "en"), "A man with a dog"))
    assert opened.session.dirty
    dialog = _open_setup(qtbot, opened, "heads_up")
    _choose_in_combo(qtbot, dialog.language_box, "en")
    qtbot.keyClick(dialog.play_button, Qt.Key.Key_Return)
    window = opened.trial.window
    assert window is not None
    qtbot.addWidget(window)
    assert window.page.node_title.text() == "A man with a dog"  # the edit, not the file
    assert window.transcript.entries[0]["title"] == "A man with a dog"
    qtbot.keyClick(window.page, Qt.Key.Key_Return)  # on to the timed decision
    assert window.node == "passerby"
    window.close()  # the window's own close goes back too
    assert opened.form.form.root == ("nodes", "passerby")
    assert "A man with a dog" not in opened.session.doc.path.read_text(encoding="utf-8")


def test_an_ending_and_the_start_when_no_node_is_selected(qtbot, opened) -> None:
    opened.select(())  # the scenario's own form: no node
    qtbot.keyClick(QApplication.focusWidget() or opened, Qt.Key.Key_F5)
    dialog = opened.trial.dialog
    assert dialog is not None
    assert dialog.node_box.currentData() == opened.session.doc.root["start"]
    dialog.reject()
    dialog = _open_setup(qtbot, opened, "end_failure")
    qtbot.mouseClick(dialog.play_button, Qt.MouseButton.LeftButton)
    window = opened.trial.window
    qtbot.addWidget(window)
    assert window.active.state.finished
    assert window.page.primary.isVisible()  # "See the debrief"
    qtbot.mouseClick(window.page.primary, Qt.MouseButton.LeftButton)
    assert "end_failure" in window.notice.text()
    window.close()


def test_a_document_with_errors_is_refused_and_nothing_starts(qtbot, opened) -> None:
    opened.session.push(SetValue(("nodes", "heads_up", "next"), "nowhere"))
    opened.select(("nodes", "heads_up"))
    qtbot.keyClick(QApplication.focusWidget() or opened, Qt.Key.Key_F5)
    box = opened.trial.refusal
    assert box is not None and box.isVisible()
    assert "cannot be played" in box.text()
    listed = box.informativeText()
    assert listed.count("• ") == 5  # the first five; the Findings panel has them all
    assert "6 more (the Findings panel lists them all)" in listed
    assert opened.trial.dialog is None and opened.trial.window is None
    box.close()


def test_the_run_menu_and_the_map_bar_hold_the_action(opened) -> None:
    action = opened.test_action
    assert action.shortcut().toString() == "F5"
    assert action in opened.run_menu.actions()
    assert action in opened.map.bar.actions()
    assert opened.check_action.shortcut().toString() == "F7"


def test_the_variables_model_passes_the_model_tester(qtmodeltester) -> None:
    model = VariablesModel(["trust", "calm"], {"trust": "Trust"})
    model.show({"trust": 1, "calm": 0}, first=True)
    qtmodeltester.check(model)
    model.show({"trust": 3, "calm": 0})
    qtmodeltester.check(model)
    assert model.index(0, VariablesModel.CHANGE).data() == "+2"
    assert model.index(1, VariablesModel.CHANGE).data() == ""
    assert model.index(0, VariablesModel.NAME).data() == "Trust (trust)"


def test_a_way_from_the_start_is_ticked_on_request(qtbot, opened) -> None:
    dialog = _open_setup(qtbot, opened, "man_leaves")
    assert dialog.setup().visited == ()  # nothing ticked until asked
    qtbot.mouseClick(dialog.way_button, Qt.MouseButton.LeftButton)
    way = dialog.setup().visited
    assert way[0] == opened.session.doc.root["start"]  # in the way's order
    assert way[-1] == "passerby" and "man_leaves" not in way
    # Unticking one by key takes it out; ticking another adds it at the end.
    view = dialog.visited_list
    view.setFocus()
    for node in ("passerby", "at_door_later"):
        view.setCurrentItem(view.findItems(node, Qt.MatchFlag.MatchExactly)[0])
        qtbot.keyClick(view, Qt.Key.Key_Space)
    assert dialog.setup().visited == (*way[:-1], "at_door_later")
    dialog.reject()


def test_going_back_after_another_document_opened_selects_nothing_there(
    qtbot, opened, places
) -> None:
    dialog = _open_setup(qtbot, opened, "heads_up")
    qtbot.mouseClick(dialog.play_button, Qt.MouseButton.LeftButton)
    window = opened.trial.window
    qtbot.addWidget(window)
    other = places.shipped_dir / "tutorial" / "scenario.yaml"  # the same node ids
    assert opened.open_file(other)
    shown = opened.form.form.root
    window.close()
    assert opened.form.form.root == shown  # not a node of the tutorial's name


def test_the_check_runs_off_the_ui_thread_and_a_second_f5_waits(qtbot, opened) -> None:
    from trainer.gui.tasks import TaskRunner

    trial = opened.trial
    trial._runner = TaskRunner(synchronous=False, parent=trial)  # as in the app
    opened.select(("nodes", "heads_up"))
    trial.start()
    trial.start()  # F5 again while the check runs: ignored
    # The result comes back through the event loop: nothing is shown before it.
    assert trial.dialog is None
    qtbot.waitUntil(lambda: trial.dialog is not None, timeout=10_000)
    first = trial.dialog
    assert first.node_box.currentData() == "heads_up"
    qtbot.wait(50)
    assert trial.dialog is first  # one dialog, not two
    first.reject()
    trial._runner.wait()


def test_back_from_the_test_the_keyboard_is_in_the_map_again(qtbot, opened) -> None:
    """F5 pressed in the map: after the test the focus is back in the map, so its keys
    (Ctrl+G, arrows, Delete) work at once."""
    opened.set_wide_map(True)
    opened.select(("nodes", "heads_up"))
    view = opened.map.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_F5)
    dialog = opened.trial.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClick(dialog.play_button, Qt.Key.Key_Return)
    window = opened.trial.window
    assert window is not None
    qtbot.addWidget(window)
    window.close()  # as "Back to the editor" (Ctrl+E) does
    qtbot.waitUntil(lambda: opened.trial.window is None)
    assert QApplication.focusWidget() is view


def test_a_sign_out_with_the_test_window_open_closes_both_quietly(qtbot, opened) -> None:
    """The editor goes with the instructor at a sign-out (deleted, work kept for recovery):
    a test window still open goes with it, with no error on the way."""
    dialog = _open_setup(qtbot, opened, "heads_up")
    qtbot.keyClick(dialog.play_button, Qt.Key.Key_Return)
    window = opened.trial.window
    assert window is not None and window.isVisible()
    opened.close_keeping_recovery()
    opened.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
