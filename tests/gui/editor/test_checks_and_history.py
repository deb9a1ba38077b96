"""Live checks, the findings panel, status counts, the analysis panel, undo and its history."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QModelIndex, Qt

from trainer.authoring.commands import (
    InsertKey,
    InsertNode,
    MoveKey,
    RemoveItem,
    RemoveKey,
    SetValue,
)
from trainer.authoring.document import ScenarioDocument
from trainer.domain.findings import error, warning
from trainer.gui.editor.describe import describe_command, describe_place
from trainer.gui.editor.findings import FindingsModel
from trainer.gui.editor.live_checks import CHECKING_SWITCH_INTERVAL, LiveChecker

pytestmark = pytest.mark.gui


def _row_of(view, code: str) -> QModelIndex:
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, 1).data() == code:
            return model.index(row, 2)
    raise AssertionError(f"no finding {code}")


def test_a_finding_click_selects_its_place_and_counts_follow_edits(qtbot, opened) -> None:
    session = opened.session
    assert opened.counts() == (0, 0)
    assert opened.counts_label.text() == "0 error(s), 0 warning(s)"
    session.push(SetValue(("nodes", "qualify", "choices", 1, "next"), "nowhere"))
    errors, _warnings = opened.counts()
    assert errors >= 1
    assert opened.counts_label.text().startswith(f"{errors} error(s)")
    view = opened.findings
    first = view.model().index(0, 0)
    assert first.data().endswith("Error")  # errors sort first
    index = _row_of(view, view.model().index(0, 1).data())
    with qtbot.waitSignal(session.selection_requested) as shown:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
        )
    assert shown.args[0][:4] == ("nodes", "qualify", "choices", 1)
    # Enter on the focused row does the same.
    view.setFocus()
    view.setCurrentIndex(index)
    with qtbot.waitSignal(session.selection_requested) as again:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert again.args == shown.args
    # Undo from the Edit menu: the error goes, and the counts with it.
    opened.edit_menu.aboutToShow.emit()
    assert opened.undo_action.isEnabled()
    opened.undo_action.trigger()
    assert opened.counts() == (0, 0)
    assert opened.session.doc.get(("nodes", "qualify", "choices", 1, "next")) != "nowhere"


def test_undo_and_redo_by_keys_with_human_history(qtbot, opened) -> None:
    session = opened.session
    before = session.doc.to_text()
    session.push(SetValue(("nodes", "phone_call", "choices", 1, "text", "pl"), "Inny tekst"))
    session.push(SetValue(("nodes", "phone_call", "choices", 1, "text", "pl"), "Inny tekst 2"))
    session.push(RemoveItem(("nodes", "phone_call", "choices"), 0))
    history = opened.history.model()
    texts = [history.index(row, 0).data() for row in range(history.rowCount())]
    assert texts == [
        "Opened",
        "Text of choice 2 in node phone_call (pl)",  # typing merged into one step
        "Remove choice 1 in node phone_call",
    ]
    assert opened.isWindowModified()
    assert "[*]" in opened.windowTitle()
    opened.outline.tree.setFocus()
    qtbot.keyClick(opened.outline.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(opened.outline.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.doc.to_text() == before
    assert not opened.isWindowModified()
    qtbot.keyClick(opened.outline.tree, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert session.doc.get(("nodes", "phone_call", "choices", 1, "text", "pl")) == "Inny tekst 2"
    qtbot.keyClick(
        opened.outline.tree,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert session.undo_stack.index() == 2  # Ctrl+Shift+Z redid the removal too
    assert session.doc.to_text() != before


def test_history_texts_say_what_changed_where() -> None:
    assert describe_place(("nodes", "arrive", "choices", 1, "text", "pl")) == (
        "Text of choice 2 in node arrive (pl)"
    )
    assert describe_place(("variables", "trust", "initial")) == "Initial value of variable trust"
    assert describe_place(("nodes", "a", "next", 0, "if")) == "Condition of route 1 in node a"
    assert describe_place(("title", "en")) == "Title (en)"
    assert describe_command(SetValue(("version",), 3)) == "Version"
    assert describe_command(RemoveItem(("nodes", "a", "items"), 0)) == "Remove item 1 in node a"
    # A map's entries: competencies, variables, cards and optional fields.
    assert describe_command(InsertKey(("variables",), "trust", {})) == "Add variable trust"
    assert describe_command(RemoveKey(("cards", "law"))) == "Remove card law"
    assert describe_command(MoveKey(("competencies",), "empathy", 0)) == (
        "Move competency empathy to position 1"
    )
    assert describe_command(RemoveKey(("nodes", "a", "time_limit"))) == (
        "Remove time limit of node a"
    )


def test_the_analysis_panel_shows_maxima_endings_best_path_and_harmful_success(
    qtbot, opened
) -> None:
    model = opened.analysis.model
    sections = [model.item(row).text() for row in range(model.rowCount())]
    assert sections[0] == "Maximum points"
    assert sections[1] == "Reachable endings (3)"
    assert sections[2].startswith("Best path: 15 step(s)")
    assert sections[3] == "Success after a harmful choice (0)"
    # A choice on the best path rated harmful: success after it shows up, with an example.
    session = opened.session
    choices = session.doc.get(("nodes", "talk_olena", "choices"))
    harmful = next(i for i, c in enumerate(choices) if c["id"] == "listen_first")
    session.push(SetValue(("nodes", "talk_olena", "choices", harmful, "rating"), "harmful"))
    sections = [model.item(row).text() for row in range(model.rowCount())]
    assert sections[3] == "Success after a harmful choice (1)"
    entry = model.item(3).child(0)
    assert entry.text().startswith("talk_olena, choice listen_first → end_success")
    with qtbot.waitSignal(session.selection_requested) as shown:
        view = opened.analysis.view
        view.setCurrentIndex(entry.index())
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert shown.args == [("nodes", "talk_olena", "choices", harmful)]


def test_stale_check_results_are_dropped(qtbot, own_file) -> None:
    doc = ScenarioDocument.open(own_file)
    checker = LiveChecker(doc, own_file.parent)
    seen = []
    checker.checked.connect(seen.append)
    checker.check_now()
    SetValue(("version",), 7).do(doc)  # an edit while the check runs
    checker.check_now()
    qtbot.waitUntil(lambda: not checker.busy, timeout=20000)
    checker.stop()
    assert [c.result.scenario.version for c in seen] == [7]


def test_typing_shares_the_interpreter_finely_while_a_check_runs(qtbot, own_file) -> None:
    usual = sys.getswitchinterval()
    doc = ScenarioDocument.open(own_file)
    checker = LiveChecker(doc, own_file.parent)
    checker.check_now()
    assert sys.getswitchinterval() == CHECKING_SWITCH_INTERVAL < usual
    SetValue(("version",), 7).do(doc)
    checker.check_now()  # a newer check before the first one ended
    qtbot.waitUntil(lambda: not checker.busy, timeout=20000)
    assert sys.getswitchinterval() == usual  # back once the last check ended
    checker.check_now()
    checker.stop()  # closing the document mid-check restores it too
    assert sys.getswitchinterval() == usual


def test_findings_model_passes_the_model_tester(qtmodeltester) -> None:
    model = FindingsModel()
    model.set_findings(
        [
            error("bad-next", "no such node", node="a", path=("nodes", "a", "next")),
            warning("no-feedback", "feedback missing", node="b", choice="c"),
        ]
    )
    qtmodeltester.check(model, force_py=True)


def test_history_texts_in_polish() -> None:
    from PySide6.QtWidgets import QApplication

    from trainer.gui.i18n import Translations

    Translations(QApplication.instance()).install("pl")  # the conftest removes it after
    assert describe_place(("nodes", "arrive", "choices", 1, "text", "pl")) == (
        "Tekst wyboru 2 w kroku arrive (pl)"
    )
    assert describe_command(RemoveItem(("nodes", "a", "items"), 0)) == (
        "Usunięcie: pozycja 1 w kroku a"
    )
    assert describe_command(InsertKey(("variables",), "trust", {})) == ("Dodanie: zmienna trust")


def test_analysis_and_findings_sort_models_pass_the_model_tester(qtmodeltester, opened) -> None:
    qtmodeltester.check(opened.analysis.model, force_py=True)
    qtmodeltester.check(opened.findings.proxy, force_py=True)
    assert opened.analysis.model.rowCount() == 4


def test_findings_read_in_polish_with_the_names_they_quote(qtbot, opened) -> None:
    from PySide6.QtWidgets import QApplication

    from trainer.gui.i18n import Translations

    Translations(QApplication.instance()).install("pl")  # the conftest removes it after
    opened.session.push(InsertNode("lonely", {"type": "scene", "text": "x", "next": "end_success"}))
    opened.session.push(SetValue(("nodes", "qualify", "choices", 1, "next"), "nowhere"))
    model = opened.findings.model()
    texts = {model.index(r, 1).data(): model.index(r, 2).data() for r in range(model.rowCount())}
    assert texts["unreachable-node"] == "Żadna ścieżka od startu tu nie prowadzi"
    assert (
        texts["unknown-node"].startswith("Taki krok nie istnieje: ")
        and "nowhere" in texts["unknown-node"]
    )
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == "unknown-node")
    assert "nowhere" in model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole)  # the details


def test_findings_keep_the_checks_own_words_in_english(qtbot, places, own_file) -> None:
    from trainer.gui.editor.window import EditorWindow

    window = EditorWindow(places, synchronous=True, ui_language=lambda: "en")
    qtbot.addWidget(window)
    assert window.open_file(own_file)
    window.session.push(SetValue(("nodes", "qualify", "choices", 1, "next"), "nowhere"))
    finding = next(f for f in window.findings_model.findings if f.code == "unknown-node")
    row = window.findings_model.findings.index(finding)
    assert window.findings_model.index(row, 2).data() == finding.message
    window.session.undo_stack.setClean()


def test_the_first_check_waits_until_the_document_is_on_screen(qtbot, places, own_file) -> None:
    """Opening starts no check thread at once (it would slow the building and painting of
    the forms, outline and map); the check follows a moment later, and its findings come."""
    from trainer.gui.editor.window import EditorWindow

    window = EditorWindow(places)  # checks on their own thread, as in the app
    qtbot.addWidget(window)
    window.show()
    assert window.open_file(own_file)
    checker = window.checker
    assert checker is not None and checker.busy and not checker.running
    qtbot.waitUntil(lambda: checker.running or not checker.busy, timeout=3000)
    qtbot.waitUntil(lambda: not checker.busy, timeout=20000)
    assert window.counts_label.text()  # the counts of the finished check are shown
    window.session.undo_stack.setClean()
    checker.stop()
