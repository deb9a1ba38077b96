"""Nodes added from the list of nodes, in every type, and deleted from their form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trainer.gui.editor.forms.nodes_list import AddNodeField, DeleteNodeField, NodeListField

TYPES = ("scene", "decision", "checklist", "report", "ending")


def _field(pane, kind):
    return next(f for f in pane.ctx.fields if isinstance(f, kind))


@pytest.mark.parametrize("kind", TYPES)
def test_a_node_of_each_type_is_added_and_opens(qtbot, open_pane, kind: str) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    pane.show_path(("nodes",))
    adder = _field(pane, AddNodeField)
    assert pane.current_path()[:1] == ("nodes",)
    qtbot.keyClicks(adder.new_id, f"new_{kind}")
    adder.kind.setCurrentIndex(adder.kind.findData(kind))
    qtbot.keyClick(adder.new_id, Qt.Key.Key_Return)

    assert doc.get(("nodes", f"new_{kind}", "type")) == kind
    assert pane.form.root == ("nodes", f"new_{kind}")
    result = doc.validate()
    problems = [f for f in result.findings if f.path[:2] == ("nodes", f"new_{kind}")]
    assert not [f for f in problems if f.code in ("missing-field", "wrong-type", "unknown-field")]


def test_a_node_is_deleted_from_its_form_and_undo_brings_it_back(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    pane.show_path(("nodes", "heads_up"))
    deleter = _field(pane, DeleteNodeField)
    assert "Undo" in deleter.hint.text()
    qtbot.mouseClick(deleter.button, Qt.MouseButton.LeftButton)
    assert not session.doc.has(("nodes", "heads_up"))
    assert pane.form.root == ("nodes",)
    listing = _field(pane, NodeListField)
    ids = [listing.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(listing.list.count())]
    assert "heads_up" not in ids and "passerby" in ids

    session.undo_stack.undo()
    assert session.doc.has(("nodes", "heads_up"))
    listing = _field(pane, NodeListField)
    assert listing.list.count() == len(list(session.doc.node_ids()))
    listing.list.setCurrentRow(0)
    listing.list.setFocus()
    qtbot.keyClick(listing.list, Qt.Key.Key_Return)
    assert pane.form.root == ("nodes", "welcome")


def test_changing_a_node_type_keeps_its_texts_and_undo_restores_it(qtbot, open_pane) -> None:
    from trainer.gui.editor.forms.nodes import TypeField

    pane = open_pane("tutorial")
    session = pane.session
    doc = session.doc
    before = doc.get(("nodes", "heads_up"))
    text = dict(before["text"])
    pane.show_path(("nodes", "heads_up", "type"))
    field = _field(pane, TypeField)
    field.combo.setFocus()
    qtbot.keyClick(field.combo, Qt.Key.Key_Down)  # scene → decision

    node = doc.get(("nodes", "heads_up"))
    assert node["type"] == "decision"
    assert node["text"] == text
    assert len(node["choices"]) == 1
    assert "Decision" in pane.form.title.text()
    problems = [f for f in doc.validate().findings if f.path[:2] == ("nodes", "heads_up")]
    assert not [f for f in problems if f.code in ("missing-field", "unknown-field", "wrong-type")]

    session.undo_stack.undo()
    assert doc.get(("nodes", "heads_up", "type")) == "scene"
    assert doc.to_text() == doc.path.read_text(encoding="utf-8")
    assert "Scene" in pane.form.title.text()
