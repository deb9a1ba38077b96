"""Conditions checked as they are typed; ids renamed everywhere they are used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from trainer.gui.editor.forms.condition_field import ConditionField
from trainer.gui.editor.forms.id_field import IdField


def _retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def test_a_wrong_route_condition_shows_its_error_under_the_field_before_saving(
    qtbot, open_pane
) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    on_disk = doc.path.read_bytes()
    path = ("nodes", "man_leaves", "next", 0, "if")
    pane.show_path(path)
    field = pane.field_at(path)
    assert isinstance(field, ConditionField)
    assert not field.message.isVisible()  # "trust >= 2" is fine

    _retype(qtbot, field.edit, "trust >=")
    assert field.message.isVisible()
    assert "Error at character" in field.message.text()
    assert doc.get(path) == "trust >="  # kept as typed: the checks list it too

    _retype(qtbot, field.edit, "trusst >= 2")
    assert "Unknown variable “trusst”" in field.message.text()
    _retype(qtbot, field.edit, "visited('nowhere')")
    assert "Unknown node “nowhere”" in field.message.text()
    _retype(qtbot, field.edit, "chose('qualify', 'nothing')")
    assert "has no choice “nothing”" in field.message.text()

    _retype(qtbot, field.edit, "trust >= 2 and visited('heads_up')")
    assert not field.message.isVisible()
    assert doc.path.read_bytes() == on_disk  # nothing was saved


def test_a_choice_condition_can_be_added_and_is_checked(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    choice = ("nodes", "phone_call", "choices", 0)
    pane.show_path((*choice, "if"))
    button = QApplication.focusWidget()
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert doc.get((*choice, "if")) == ""
    field = pane.field_at((*choice, "if"))
    assert isinstance(field, ConditionField)
    assert field.message.isVisible()  # an empty condition says what to write
    _retype(qtbot, field.edit, "trust > 0 or")
    assert "Error" in field.message.text()


def test_renaming_a_node_updates_the_routes_and_conditions_that_use_it(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    doc = session.doc
    pane.show_path(("nodes", "olena_opens_up"))
    field = pane.field_at(("nodes", "olena_opens_up"))
    assert isinstance(field, IdField)
    _retype(qtbot, field.edit, "olena_talks")
    assert doc.has(("nodes", "olena_opens_up"))  # typing alone renames nothing
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)

    assert not doc.has(("nodes", "olena_opens_up"))
    assert doc.get(("nodes", "man_leaves", "next", 0, "to")) == "olena_talks"
    assert "visited('olena_talks')" in doc.to_text()
    assert "olena_opens_up" not in doc.to_text()
    assert pane.form.root == ("nodes", "olena_talks")
    assert "olena_talks" in pane.form.title.text()

    session.undo_stack.undo()
    assert doc.get(("nodes", "man_leaves", "next", 0, "to")) == "olena_opens_up"
    assert pane.form.root == ("nodes", "olena_opens_up")


def test_a_taken_or_bad_node_id_is_refused_with_a_message(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    pane.show_path(("nodes", "heads_up"))
    field = pane.field_at(("nodes", "heads_up"))
    _retype(qtbot, field.edit, "passerby")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert "already used" in field.message.text()
    _retype(qtbot, field.edit, "Bad Id")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert "not a valid id" in field.message.text()
    assert doc.has(("nodes", "heads_up"))
    assert pane.session.undo_stack.count() == 0


def test_renaming_a_choice_updates_chose_in_conditions(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    doc = session.doc
    choices = doc.get(("nodes", "qualify", "choices"))
    index = next(i for i, c in enumerate(choices) if c["id"] == "minor_only")
    path = ("nodes", "qualify", "choices", index, "id")
    pane.show_path(path)
    field = pane.field_at(path)
    assert isinstance(field, IdField)
    _retype(qtbot, field.edit, "only_minor")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)

    text = doc.to_text()
    assert "chose('qualify', 'only_minor')" in text
    assert "'minor_only'" not in text
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert "chose('qualify', 'minor_only')" in doc.to_text()


def test_renaming_a_variable_renames_it_in_conditions_and_effects(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    doc = session.doc
    pane.show_path(("variables", "trust"))
    field = pane.field_at(("variables", "trust"))
    assert isinstance(field, IdField)
    assert not field.edit.isReadOnly()
    _retype(qtbot, field.edit, "club_trust")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)

    assert list(doc.get(("variables",))) == ["club_trust"]
    assert doc.get(("nodes", "man_leaves", "next", 0, "if")) == "club_trust >= 2"
    assert "trust:" not in doc.to_text().replace("club_trust:", "")
    assert pane.form.root == ("variables",)
    session.undo_stack.undo()
    assert doc.get(("nodes", "man_leaves", "next", 0, "if")) == "trust >= 2"


def test_renaming_a_card_updates_the_nodes_that_offer_it(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    users = [
        n for n in doc.node_ids() if "how_to_play" in (doc.get(("nodes", n)).get("cards") or [])
    ]
    assert users
    pane.show_path(("cards", "how_to_play"))
    field = pane.field_at(("cards", "how_to_play"))
    _retype(qtbot, field.edit, "how-to-play")
    qtbot.keyClick(field.edit, Qt.Key.Key_Return)
    assert "how-to-play" in doc.get(("cards",))
    assert all("how-to-play" in doc.get(("nodes", n, "cards")) for n in users)
