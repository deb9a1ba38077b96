"""Numbers with spin boxes, yes/no with check boxes, lists typed as words, a timed decision."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from trainer.gui.editor.forms.list_section import ListSection
from trainer.gui.editor.forms.metadata import ModesField, WordListField
from trainer.gui.editor.forms.scalar_fields import BoolField, IntField
from trainer.gui.editor.forms.text_field import TextField
from trainer.gui.editor.forms.timing import TimeLimitField


def _field(pane, kind, path=None):
    return next(
        f for f in pane.ctx.fields if isinstance(f, kind) and (path is None or f.path == path)
    )


def test_a_number_typed_in_a_spin_box_is_one_undo_step(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    pane.show_path(("minutes",))
    spin = _field(pane, IntField, ("minutes",)).spin
    assert QApplication.focusWidget() is spin
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "45")
    assert session.doc.get(("minutes",)) == 45
    assert session.undo_stack.count() == 1
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert session.doc.get(("minutes",)) == 46
    session.undo_stack.undo()
    assert spin.value() == 9
    # Switched off: the optional key goes; on again: it comes back.
    use = _field(pane, IntField, ("minutes",)).use
    qtbot.mouseClick(use, Qt.MouseButton.LeftButton)
    assert not session.doc.has(("minutes",))
    assert not _field(pane, IntField, ("minutes",)).spin.isEnabled()  # the form was rebuilt


def test_a_checklist_item_is_ticked_correct_or_not(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    path = ("nodes", "indicators", "items", 0, "correct")
    pane.show_path(path)
    box = _field(pane, BoolField, path).box
    before = doc.get(path)
    assert box.isChecked() == before
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert doc.get(path) is (not before)
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert doc.get(path) is before


def test_a_decision_becomes_timed_and_back_in_one_step_each(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    doc = session.doc
    node = ("nodes", "phone_call")
    pane.show_path((*node, "time_limit"))
    timed = _field(pane, TimeLimitField).timed
    qtbot.mouseClick(timed, Qt.MouseButton.LeftButton)
    assert doc.get((*node, "time_limit")) == 30
    assert doc.get((*node, "on_timeout", "rating")) == "poor"
    assert session.undo_stack.count() == 1  # both keys, one step
    pane.show_path((*node, "on_timeout", "feedback", "en"))
    qtbot.keyClicks(QApplication.focusWidget(), "Too slow.")
    assert doc.get((*node, "on_timeout", "feedback")) == {"en": "Too slow."}
    spin = _field(pane, IntField, (*node, "time_limit")).spin
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "45")
    assert doc.get((*node, "time_limit")) == 45
    timed = _field(pane, TimeLimitField).timed
    qtbot.mouseClick(timed, Qt.MouseButton.LeftButton)
    assert not doc.has((*node, "time_limit")) and not doc.has((*node, "on_timeout"))
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert doc.to_text() == doc.path.read_text(encoding="utf-8")


def test_tags_and_languages_are_typed_as_words(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    pane.show_path(("tags",))
    tags = _field(pane, WordListField, ("tags",))
    tags.edit.setFocus()
    qtbot.keyClick(tags.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tags.edit, "tutorial, jewish-comunity")
    qtbot.keyClick(tags.edit, Qt.Key.Key_Return)
    assert doc.get(("tags",)) == ["tutorial", "jewish-comunity"]
    assert "jewish-community" in tags.message.text()  # a likely typo is pointed out
    qtbot.keyClick(tags.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(tags.edit, "Bad Tag")
    qtbot.keyClick(tags.edit, Qt.Key.Key_Return)
    assert "Not valid: Bad Tag" in _field(pane, WordListField, ("tags",)).message.text()

    languages = _field(pane, WordListField, ("languages",))
    languages.edit.setFocus()
    qtbot.keyClick(languages.edit, Qt.Key.Key_End)
    qtbot.keyClicks(languages.edit, ", uk")
    qtbot.keyClick(languages.edit, Qt.Key.Key_Return)
    assert doc.get(("languages",)) == ["pl", "en", "uk"]
    title = _field(pane, TextField, ("title",))
    assert list(title.editors) == ["pl", "en", "uk"]  # a column for the new language
    assert title.missing["uk"].isVisible()
    assert "UK" in title.missing["uk"].text()


def test_modes_and_competencies(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    pane.show_path(("modes",))
    modes = _field(pane, ModesField)
    qtbot.mouseClick(modes.boxes["assessment"], Qt.MouseButton.LeftButton)
    assert doc.get(("modes",)) == ["practice"]
    qtbot.mouseClick(_field(pane, ModesField).boxes["practice"], Qt.MouseButton.LeftButton)
    assert doc.get(("modes",)) == ["practice"]  # one mode at least
    assert "at least one mode" in _field(pane, ModesField).message.text()

    pane.show_path(("competencies",))
    section = _field(pane, ListSection, ("competencies",))
    qtbot.keyClicks(section.new_key, "safety")
    qtbot.keyClick(section.new_key, Qt.Key.Key_Return)
    assert doc.get(("competencies", "safety")) == {}  # built in: no label needed
    section = _field(pane, ListSection, ("competencies",))
    qtbot.keyClicks(section.new_key, "de_escalation")
    qtbot.keyClick(section.new_key, Qt.Key.Key_Return)
    assert doc.get(("competencies", "de_escalation")) == {"label": {"pl": "", "en": ""}}
    label = _field(pane, TextField, ("competencies", "de_escalation", "label"))
    assert label.missing["pl"].isVisible()  # an own competency needs its label
