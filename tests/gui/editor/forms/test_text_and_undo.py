"""Typing in Text fields: every language side by side, one undo step per field, undo shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.gui.editor.forms.keyboard import type_text
from trainer.gui.editor.forms.text_field import TextField


def _select_all_and_type(qtbot, widget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, widget, text)


def test_typing_a_polish_and_an_english_title(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    pane.show_path(("title", "pl"))
    polish = QApplication.focusWidget()
    assert isinstance(polish, QLineEdit)
    assert polish.text() == "Samouczek: wlepka na drzwiach domu kultury"
    _select_all_and_type(qtbot, polish, "Wlepka na drzwiach świetlicy")
    pane.show_path(("title", "en"))
    english = QApplication.focusWidget()
    assert english is not polish
    _select_all_and_type(qtbot, english, "A sticker on the door")

    assert session.doc.get(("title",)) == {
        "pl": "Wlepka na drzwiach świetlicy",
        "en": "A sticker on the door",
    }
    assert session.undo_stack.count() == 2  # one step per field, however many keys
    assert "Wlepka na drzwiach świetlicy" in session.doc.to_text()

    session.undo_stack.undo()  # as the Edit menu does
    assert english.text() == "Tutorial: a sticker on the community centre door"
    assert polish.text() == "Wlepka na drzwiach świetlicy"
    session.undo_stack.undo()
    assert polish.text() == "Samouczek: wlepka na drzwiach domu kultury"
    assert session.doc.get(("title", "pl")) == "Samouczek: wlepka na drzwiach domu kultury"


def test_editing_a_choice_text_is_one_undo_step_and_undo_restores_it(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    path = ("nodes", "phone_call", "choices", 1, "text", "en")
    original = session.doc.get(path)
    pane.show_path(path)
    box = QApplication.focusWidget()
    assert box.toPlainText() == original
    assert pane.current_path() == path
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, " Right away.")

    assert session.doc.get(path) == original + " Right away."
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText()

    session.undo_stack.undo()
    assert session.doc.get(path) == original
    assert box.toPlainText() == original  # the same box, still there: no rebuild
    assert QApplication.focusWidget() is box
    assert box.textCursor().position() <= len(original)
    session.undo_stack.redo()
    assert box.toPlainText() == original + " Right away."


def test_a_missing_translation_is_said_in_words(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    pane.show_path(("nodes", "welcome", "title", "en"))
    field = pane.field_at(("nodes", "welcome", "title", "en"))
    assert isinstance(field, TextField)
    english = field.editors["en"]
    english.setFocus()
    qtbot.keyClick(english, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(english, Qt.Key.Key_Delete)

    assert session.doc.get(("nodes", "welcome", "title", "en")) == ""
    marker = field.missing["en"]
    assert marker.isVisible()
    assert "Missing translation" in marker.text()
    assert "EN" in marker.text()
    assert not field.missing["pl"].isVisible()


def test_ctrl_z_in_a_text_box_undoes_the_document_run_of_typing(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    path = ("nodes", "welcome", "title", "en")
    original = session.doc.get(path)
    pane.show_path(path)
    box = QApplication.focusWidget()
    qtbot.keyClick(box, Qt.Key.Key_End)
    qtbot.keyClicks(box, " today")
    assert session.doc.get(path) == original + " today"
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.doc.get(path) == original
    assert box.text() == original
    assert session.undo_stack.index() == 0 and session.undo_stack.count() == 1
    qtbot.keyClick(box, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert session.doc.get(path) == original + " today"


def test_a_broken_form_of_address_is_shown_under_its_language(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    path = ("nodes", "welcome", "title", "pl")
    pane.show_path(path)
    field = pane.field_at(path)
    box = field.editors["pl"]
    qtbot.keyClick(box, Qt.Key.Key_End)
    type_text(qtbot, box, " – co {zrobiłeś|")
    assert field.problems["pl"].isVisible()
    assert "Form of address" in field.problems["pl"].text()
    type_text(qtbot, box, "zrobiłaś}?")
    assert not field.problems["pl"].isVisible()
