"""The pane: a form for every node type, show_path focuses the field named, read-only."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QTextEdit
from ruamel.yaml import YAML

from trainer.gui.editor.forms.labels import node_type
from trainer.gui.editor.forms.list_section import ListSection
from trainer.gui.editor.forms.text_field import TextField

SCENARIOS = Path(__file__).resolve().parents[4] / "scenarios"
SHIPPED = sorted(p.parent.name for p in SCENARIOS.glob("*/scenario.yaml"))
TYPES = ("scene", "decision", "checklist", "report", "ending")


@functools.cache
def _one_node_per_type(name: str) -> dict[str, str]:
    # Plain YAML: opening a document for editing takes much longer and is not tested here.
    doc = YAML(typ="safe").load((SCENARIOS / name / "scenario.yaml").read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node_id, node in doc["nodes"].items():
        found.setdefault(str(node["type"]), str(node_id))
    return found


def test_the_shipped_scenarios_have_every_node_type_between_them() -> None:
    types = {kind for name in SHIPPED for kind in _one_node_per_type(name)}
    assert types == set(TYPES)
    assert set(_one_node_per_type("tutorial")) == set(TYPES)


@pytest.mark.parametrize("name", SHIPPED)
def test_a_form_opens_for_every_node_type_of_a_shipped_scenario(qtbot, open_pane, name) -> None:
    pane = open_pane(name, read_only=True)
    for kind, node_id in _one_node_per_type(name).items():
        pane.show_path(("nodes", node_id))
        assert pane.form.root == ("nodes", node_id)
        assert node_type(kind) in pane.form.title.text()
        assert node_id in pane.form.title.text()
        texts = [  # the node's text, or each of its alternatives
            f
            for f in pane.ctx.fields
            if isinstance(f, TextField) and f.path[:3] == ("nodes", node_id, "text")
        ]
        assert any(e.toPlainText() for f in texts for e in f.editors.values())
    for registry in ((), ("competencies",), ("variables",), ("cards",)):
        pane.show_path(registry)
        assert pane.form.root == registry
    assert pane.session.undo_stack.count() == 0


def test_show_path_focuses_the_field_it_names(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    path = ("nodes", "phone_call", "choices", 1, "text", "en")
    pane.show_path(path)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QTextEdit)
    assert focused.toPlainText() == doc.get(path)
    assert pane.current_path() == path
    assert focused.visibleRegion().isEmpty() is False  # scrolled into view

    pane.session.select(("variables", "trust", "initial"))  # a finding's click does this
    assert pane.form.root == ("variables",)
    assert pane.current_path() == ("variables", "trust", "initial")

    pane.show_path(("nodes", "indicators", "items", 2))
    assert pane.current_path()[:4] == ("nodes", "indicators", "items", 2)

    pane.show_path(("title",))
    assert pane.form.root == ()
    assert pane.current_path() == ("title", "pl")

    pane.show_path(("nodes", "no_such_node", "text"))
    assert pane.form.root == ()


def test_a_read_only_session_shows_everything_and_changes_nothing(qtbot, open_pane) -> None:
    pane = open_pane("tutorial", read_only=True)
    session = pane.session
    assert pane.banner.isVisible()
    assert "Read-only" in pane.banner.text()

    pane.show_path(("title", "pl"))
    title = pane.field_at(("title", "pl")).editors["pl"]
    assert title.isReadOnly()
    title.setFocus()
    qtbot.keyClicks(title, "XYZ")
    assert title.text() == "Samouczek: wlepka na drzwiach domu kultury"

    path = ("nodes", "phone_call", "choices", 0, "text", "pl")
    pane.show_path(path)
    box = QApplication.focusWidget()
    assert isinstance(box, QTextEdit) and box.isReadOnly()
    qtbot.keyClicks(box, "XYZ")
    assert "XYZ" not in box.toPlainText()

    section = next(f for f in pane.ctx.fields if isinstance(f, ListSection))
    assert not section.add_button.isVisible()
    assert not any(b.isVisible() for frame in section.frames for b in frame.buttons)
    buttons = [b for b in pane.form.findChildren(QPushButton) if b.isVisible()]
    assert all(not b.isEnabled() for b in buttons if b.text() != "") or buttons == []
    ids = [e for e in pane.form.findChildren(QLineEdit) if e.isVisible()]
    assert all(e.isReadOnly() for e in ids)

    assert session.undo_stack.count() == 0
    assert session.doc.to_text() == session.doc.path.read_text(encoding="utf-8")


def test_an_undo_from_the_menu_updates_the_field_without_moving_the_caret(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    session = pane.session
    pane.show_path(("title", "en"))
    english = QApplication.focusWidget()
    assert isinstance(english, QLineEdit)
    english.setCursorPosition(10)
    qtbot.keyClicks(english, "new ")
    assert english.text().startswith("Tutorial: new a sticker")
    assert english.cursorPosition() == 14
    pane.show_path(("title", "pl"))
    polish = QApplication.focusWidget()
    qtbot.keyClick(polish, Qt.Key.Key_End)
    qtbot.keyClicks(polish, "!")
    polish.setCursorPosition(5)
    session.undo_stack.undo()  # undoes the Polish edit while the caret is in it
    assert polish.text() == "Samouczek: wlepka na drzwiach domu kultury"
    assert polish.cursorPosition() == 5
    assert english.text().startswith("Tutorial: new a sticker")


def test_the_forms_speak_polish_and_follow_a_language_switch(qtbot, open_pane) -> None:
    from trainer.gui.i18n import Translations

    pane = open_pane("tutorial")
    pane.show_path(("nodes", "phone_call", "choices", 0, "text", "pl"))
    translations = Translations(QApplication.instance())
    assert translations.install("pl")
    try:
        qtbot.waitUntil(lambda: "Decyzja" in pane.form.title.text())
        texts = {label.text() for label in pane.form.findChildren(type(pane.form.title))}
        assert "Odpowiedzi" in texts
        assert "Co funkcjonariusz robi lub mówi" in texts
        # A language switch can take the activation from the window (offscreen): back to it,
        # the field that was being edited has the focus again.
        pane.activateWindow()
        qtbot.waitUntil(pane.isActiveWindow)
        assert pane.current_path() == ("nodes", "phone_call", "choices", 0, "text", "pl")
    finally:
        translations.install("en")
    qtbot.waitUntil(lambda: "Decision" in pane.form.title.text())


def test_every_finding_of_a_broken_scenario_shows_its_field(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    _edit = pane.session.push
    from trainer.authoring.commands import SetValue

    _edit(SetValue(("nodes", "man_leaves", "next", 0, "if"), "trust >>= 2"))
    _edit(SetValue(("nodes", "phone_call", "choices", 1, "text"), "Tylko po polsku"))
    _edit(SetValue(("nodes", "talk_olena", "choices", 0, "score", "ethic"), 1))
    _edit(SetValue(("nodes", "heads_up", "image"), "media/none.png"))
    findings = doc.validate().findings
    assert len(findings) >= 4
    for finding in findings:
        path = tuple(finding.path or ())
        pane.show_path(path)
        focused = QApplication.focusWidget()
        if path[:1] == ("nodes",) and len(path) > 2:
            assert focused is not None and pane.form.isAncestorOf(focused), finding
            assert pane.current_path()[:3] == path[:3], finding


def test_the_wheel_scrolls_past_a_list_box_it_does_not_change_it(qtbot, open_pane) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    pane = open_pane("tutorial")
    pane.show_path(("nodes", "phone_call", "choices", 0, "rating"))
    combo = pane.field_at(("nodes", "phone_call", "choices", 0, "rating")).combo
    pane.show_path(("nodes", "phone_call", "choices", 0, "text", "pl"))  # focus elsewhere
    before = combo.currentIndex()
    scrolled = pane.scroller.verticalScrollBar().value()
    wheel = QWheelEvent(
        QPointF(5, 5),
        QPointF(combo.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, wheel)
    assert combo.currentIndex() == before
    assert pane.session.undo_stack.count() == 0
    assert pane.scroller.verticalScrollBar().value() > scrolled  # the form scrolled instead


def test_focus_given_to_the_pane_goes_to_the_first_field(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    pane.show_path(("nodes", "passerby"))
    pane.clearFocus()
    pane.setFocus()
    focused = QApplication.focusWidget()
    assert isinstance(focused, QLineEdit) and focused.text() == "passerby"  # the id
