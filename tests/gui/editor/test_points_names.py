"""Points per competency read by the competency's name; an empty list says why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trainer.authoring.commands import SetValue
from trainer.gui.editor.forms.points_field import PointsField

pytestmark = pytest.mark.gui


def _points(opened, name: str) -> PointsField:
    return next(
        f
        for f in opened.form.ctx.fields
        if isinstance(f, PointsField) and f.path == ("nodes", "qualify", "choices", 1, name)
    )


def test_competencies_are_offered_by_name_and_added_by_id(qtbot, opened) -> None:
    opened.session.select(("nodes", "qualify", "choices", 1, "score"))
    score = _points(opened, "score")
    names = [score.add_combo.itemText(i) for i in range(score.add_combo.count())]
    assert names and all(name.endswith(")") for name in names)  # "Name (id)"
    row = next(i for i in range(score.add_combo.count()) if score.add_combo.itemData(i) == "ethics")
    assert score.add_combo.itemText(row) == "Etyka i bezstronność (ethics)"  # the scenario's pl
    score.add_combo.setCurrentIndex(row)
    qtbot.mouseClick(score.add_button, Qt.MouseButton.LeftButton)
    assert "ethics" in opened.session.doc.get(("nodes", "qualify", "choices", 1, "score"))


def test_no_variables_yet_says_where_to_add_them(qtbot, opened) -> None:
    opened.session.push(SetValue(("variables",), {}))
    opened.session.push(SetValue(("nodes", "qualify", "choices", 1, "effects"), {}))
    opened.session.select(("nodes", "qualify", "choices", 1, "effects"))
    effects = _points(opened, "effects")
    assert effects.hint.isVisibleTo(opened.form.form)
    assert "Variables" in effects.hint.text()
