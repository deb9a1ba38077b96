"""A scenario written from the template through the forms alone, keys and clicks, then checked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from tests.gui.editor.forms.keyboard import type_text
from trainer.authoring.document import ScenarioDocument
from trainer.authoring.template import template_text
from trainer.gui.editor.forms import FormPane
from trainer.gui.editor.forms.condition_field import ConditionField
from trainer.gui.editor.forms.list_section import ListSection
from trainer.gui.editor.forms.nodes_list import AddNodeField
from trainer.gui.editor.forms.routes import NextField
from trainer.gui.editor.forms.scalar_fields import EnumField
from trainer.gui.editor.session import EditorSession


def _type_at(qtbot, pane: FormPane, path, text: str) -> None:
    pane.show_path(path)
    widget = QApplication.focusWidget()
    assert widget is not None and pane.isAncestorOf(widget), (path, widget, pane.form.root)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, widget, text)


def _texts(qtbot, pane: FormPane, path, pl: str, en: str) -> None:
    _type_at(qtbot, pane, (*path, "pl"), pl)
    _type_at(qtbot, pane, (*path, "en"), en)


def _choose(qtbot, pane: FormPane, path, value: str) -> None:
    """Pick ``value`` in the combo box at ``path`` with the arrow keys, as a keyboard user."""
    pane.show_path(path)
    field = pane.field_at(path)
    assert isinstance(field, EnumField)
    combo: QComboBox = field.combo
    combo.setFocus()
    target = combo.findData(value)
    assert target >= 0, value
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)
        combo = pane.field_at(path).combo  # type: ignore[union-attr]


def _add_node(qtbot, pane: FormPane, node_id: str, kind: str) -> None:
    pane.show_path(("nodes",))
    adder = next(f for f in pane.ctx.fields if isinstance(f, AddNodeField))
    qtbot.keyClicks(adder.new_id, node_id)
    adder.kind.setFocus()
    while adder.kind.currentData() != kind:
        qtbot.keyClick(adder.kind, Qt.Key.Key_Down)
    qtbot.mouseClick(adder.add_button, Qt.MouseButton.LeftButton)
    assert pane.form.root == ("nodes", node_id)


def test_a_scenario_from_scratch_through_the_forms(qtbot, tmp_path: Path, run_cli) -> None:
    folder = tmp_path / "bus-stop"
    folder.mkdir()
    file = folder / "scenario.yaml"
    file.write_text(
        template_text("bus-stop", title={"pl": "", "en": ""}, languages=["pl", "en"]),
        encoding="utf-8",
    )
    session = EditorSession(ScenarioDocument.open(file))
    pane = FormPane(session)
    qtbot.addWidget(pane)
    pane.resize(1366, 768)
    pane.show()
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)

    _texts(qtbot, pane, ("title",), "Przystanek", "The bus stop")

    # A variable the route reads.
    pane.show_path(("variables",))
    section = next(f for f in pane.ctx.fields if isinstance(f, ListSection))
    qtbot.keyClicks(section.new_key, "calm")
    qtbot.keyClick(section.new_key, Qt.Key.Key_Return)

    # A scene first, routed by a condition.
    _add_node(qtbot, pane, "arrival", "scene")
    _texts(qtbot, pane, ("nodes", "arrival", "title"), "Na miejscu", "On the spot")
    _texts(qtbot, pane, ("nodes", "arrival", "text"), "Jesteś na przystanku.", "At the stop.")
    pane.show_path(("nodes", "arrival", "next"))
    next_path = ("nodes", "arrival", "next")
    next_field = next(
        f for f in pane.ctx.fields if isinstance(f, NextField) and f.path == next_path
    )
    next_field.mode.setFocus()
    qtbot.keyClick(next_field.mode, Qt.Key.Key_Down)  # routes by condition
    routes = next(f for f in pane.ctx.fields if isinstance(f, ListSection) and f.path[-1] == "next")
    qtbot.mouseClick(routes.add_button, Qt.MouseButton.LeftButton)
    _type_at(qtbot, pane, ("nodes", "arrival", "next", 0, "if"), "calm >= 0")
    condition = pane.field_at(("nodes", "arrival", "next", 0, "if"))
    assert isinstance(condition, ConditionField) and not condition.message.isVisible()
    _choose(qtbot, pane, ("nodes", "arrival", "next", 0, "to"), "start")
    _choose(qtbot, pane, ("nodes", "arrival", "next", 1, "to"), "start")

    # A report node between the decision and the end.
    _add_node(qtbot, pane, "note", "report")
    for field, pl, en in (
        ("title", "Notatka", "The note"),
        ("text", "Napisz notatkę.", "Write the note."),
        ("prompt", "Twoja notatka", "Your note"),
        ("model", "Wzór notatki.", "A model note."),
    ):
        _texts(qtbot, pane, ("nodes", "note", field), pl, en)
    _texts(qtbot, pane, ("nodes", "note", "items", 0, "text"), "Motyw", "The motive")
    _texts(qtbot, pane, ("nodes", "note", "items", 0, "feedback"), "Ważne.", "It matters.")
    _choose(qtbot, pane, ("nodes", "note", "next"), "end")
    for index in (0, 1):
        _choose(qtbot, pane, ("nodes", "start", "choices", index, "next"), "note")
    _choose(qtbot, pane, ("start",), "arrival")

    session.doc.save()
    saved = ScenarioDocument.open(file)
    assert saved.get(("title",)) == {"pl": "Przystanek", "en": "The bus stop"}
    assert saved.get(("nodes", "arrival", "next")) == [
        {"if": "calm >= 0", "to": "start"},
        {"to": "start"},
    ]
    result = saved.validate(folder)
    assert [(f.code, f.path) for f in result.findings] == []  # --strict passes: no warning
    assert result.scenario is not None
    assert set(result.scenario.nodes) == {"start", "end", "arrival", "note"}

    # What a trainer would run on the file, and what an officer would play.
    strict = run_cli("validate", folder, "--strict")
    assert strict.exit_code == 0 and "0 error(s), 0 warning(s)" in strict.stderr
    item = saved.get(("nodes", "note", "items", 0, "id"))
    played = run_cli(
        "play",
        folder,
        "--choose",
        "talk",
        item,
        "--note",
        "A bias motive.",
        "--lang",
        "en",
        "--json",
    ).json()
    assert played["path"] == ["arrival", "start", "note", "end"]
    shown = [step["text"] for step in played["transcript"]]
    assert "At the stop." in shown and "Write the note." in shown
