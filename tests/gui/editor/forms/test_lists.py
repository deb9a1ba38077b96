"""Lists in forms: choices, routes, alternatives and variables added, removed and reordered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from trainer.authoring.commands import SetValue
from trainer.gui.editor.forms.list_section import ListSection


def _ids(doc, node: str) -> list[str]:
    return [c["id"] for c in doc.get(("nodes", node, "choices"))]


def _section(pane, path) -> ListSection:
    section = next(f for f in pane.ctx.fields if isinstance(f, ListSection) and f.path == path)
    return section


def test_adding_moving_and_removing_a_choice(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    doc = session.doc
    before = _ids(doc, "phone_call")
    pane.show_path(("nodes", "phone_call", "choices"))
    section = _section(pane, ("nodes", "phone_call", "choices"))
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)

    after_add = _ids(doc, "phone_call")
    assert len(after_add) == len(before) + 1
    new_id = after_add[-1]
    section = _section(pane, ("nodes", "phone_call", "choices"))  # the form follows
    assert len(section.frames) == len(after_add)
    assert new_id in section.frames[-1].title.text()
    assert doc.get(("nodes", "phone_call", "choices", len(before), "text")) == {"pl": "", "en": ""}

    first = section.frames[0]
    down = first.buttons[1]
    qtbot.mouseClick(down, Qt.MouseButton.LeftButton)
    assert _ids(doc, "phone_call")[:2] == [before[1], before[0]]
    section = _section(pane, ("nodes", "phone_call", "choices"))
    assert before[1] in section.frames[0].title.text()

    remove = section.frames[-1].buttons[2]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert _ids(doc, "phone_call") == [before[1], before[0], *before[2:]]

    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert _ids(doc, "phone_call") == before
    assert doc.to_text() == doc.path.read_text(encoding="utf-8")


def test_the_last_choice_cannot_be_removed(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    path = ("nodes", "phone_call", "choices")
    pane.show_path(path)
    while len(doc.get(path)) > 1:
        section = _section(pane, path)
        qtbot.mouseClick(section.frames[-1].buttons[2], Qt.MouseButton.LeftButton)
    section = _section(pane, path)
    qtbot.mouseClick(section.frames[0].buttons[2], Qt.MouseButton.LeftButton)
    assert len(doc.get(path)) == 1
    assert "At least one entry" in section.message.text()


def test_a_route_is_added_before_the_default_one(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    path = ("nodes", "man_leaves", "next")
    pane.show_path(path)
    section = _section(pane, path)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    routes = doc.get(path)
    assert len(routes) == 3
    assert "if" in routes[1] and routes[1]["if"] == ""
    assert "if" not in routes[2]  # the default stays last


def test_a_text_can_vary_by_path_and_go_back(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    path = ("nodes", "heads_up", "text")
    original = dict(doc.get(path))
    pane.show_path(path)
    field = pane.field_at(path)
    qtbot.mouseClick(field.vary_button, Qt.MouseButton.LeftButton)
    assert doc.get(path) == [{"text": original}]
    section = _section(pane, path)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert len(doc.get(path)) == 2 and doc.get((*path, 0, "if")) == ""
    pane.show_path((*path, 0, "text", "en"))
    qtbot.keyClicks(QApplication.focusWidget(), "After the talk.")
    assert doc.get((*path, 0, "text", "en")) == "After the talk."
    qtbot.mouseClick(_section(pane, path).frames[0].buttons[2], Qt.MouseButton.LeftButton)
    single = next(
        f for f in pane.ctx.fields if f.path == path and hasattr(f, "alternatives_editor")
    ).alternatives_editor.single
    qtbot.mouseClick(single, Qt.MouseButton.LeftButton)
    assert doc.get(path) == original


def test_variables_are_added_by_name_and_removed(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    pane.show_path(("variables",))
    section = _section(pane, ("variables",))
    section.new_key.setFocus()
    qtbot.keyClicks(section.new_key, "Calm")
    qtbot.keyClick(section.new_key, Qt.Key.Key_Return)
    assert "not a valid id" in section.message.text()
    assert list(doc.get(("variables",))) == ["trust"]
    section.new_key.clear()
    qtbot.keyClicks(section.new_key, "calm")
    qtbot.keyClick(section.new_key, Qt.Key.Key_Return)
    assert list(doc.get(("variables",))) == ["trust", "calm"]
    assert doc.get(("variables", "calm")) == {"initial": 0}

    section = _section(pane, ("variables",))
    qtbot.mouseClick(section.frames[1].buttons[0], Qt.MouseButton.LeftButton)  # up
    assert list(doc.get(("variables",))) == ["calm", "trust"]
    section = _section(pane, ("variables",))
    qtbot.mouseClick(section.frames[0].buttons[2], Qt.MouseButton.LeftButton)  # remove
    assert list(doc.get(("variables",))) == ["trust"]


def test_a_format_1_file_becomes_1_1_with_its_first_1_1_field(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    doc = session.doc
    session.push(SetValue(("format",), 1))
    session.undo_stack.clear()
    path = ("nodes", "heads_up", "text")
    pane.show_path(path)
    qtbot.mouseClick(pane.field_at(path).vary_button, Qt.MouseButton.LeftButton)
    assert doc.get(("format",)) == 1.1
    assert isinstance(doc.get(path), list)
    assert session.undo_stack.count() == 1  # the format and the alternatives: one step
    session.undo_stack.undo()
    assert doc.get(("format",)) == 1
    assert isinstance(doc.get(path), dict)
