"""A click on a finding shows the form of the place it names and focuses the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from trainer.authoring.commands import InsertKey, SetValue
from trainer.gui.editor.window import EditorWindow

pytestmark = pytest.mark.gui


def _click_finding(qtbot, editor: EditorWindow, code: str) -> None:
    view = editor.findings
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 1).data() == code)
    index = model.index(row, 2)
    view.scrollTo(index)
    with qtbot.waitSignal(editor.session.selection_requested):
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
        )


def _finding(editor: EditorWindow, path: tuple) -> str:
    return next(f.code for f in editor.findings_model.findings if tuple(f.path or ()) == path)


def test_a_finding_in_a_choice_focuses_that_choices_field(qtbot, opened) -> None:
    opened.activateWindow()
    path = ("nodes", "qualify", "choices", 1, "feedback")
    opened.session.push(SetValue(path, {"pl": "Tylko po polsku"}))  # English missing
    _click_finding(qtbot, opened, _finding(opened, path))
    assert opened.form.current_path()[:5] == path
    focused = QApplication.focusWidget()
    assert focused is not None and not focused.visibleRegion().isEmpty()  # scrolled to


def test_a_finding_on_a_misspelt_key_in_a_choice_shows_that_choice(qtbot, opened) -> None:
    opened.activateWindow()
    path = ("nodes", "qualify", "choices", 1, "fedback")
    opened.session.push(SetValue(path, "x"))
    _click_finding(qtbot, opened, _finding(opened, (*path, "#key")))
    assert opened.form.current_path()[:4] == path[:4]
    focused = QApplication.focusWidget()
    assert focused is not None and not focused.visibleRegion().isEmpty()


def test_a_finding_on_a_variables_key_focuses_that_variable(qtbot, opened) -> None:
    opened.activateWindow()
    opened.session.push(InsertKey(("variables",), "and", {"initial": 0}))  # a reserved word
    finding = next(
        f for f in opened.findings_model.findings if tuple(f.path or ())[-1:] == ("#key",)
    )
    _click_finding(qtbot, opened, finding.code)
    assert opened.form.current_path()[:2] == ("variables", "and")
