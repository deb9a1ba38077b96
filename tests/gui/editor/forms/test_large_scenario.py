"""A large scenario: a form reads only the node it shows (each node is read when first used)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from trainer.authoring.document import ScenarioDocument
from trainer.gui.editor.forms import FormPane
from trainer.gui.editor.forms.list_section import ListSection
from trainer.gui.editor.forms.nodes_list import NodeListField
from trainer.gui.editor.session import EditorSession

NODES = 400


def _scenario(count: int) -> str:
    lines = [
        "format: 1.1",
        "id: big",
        "version: 1",
        "languages: [pl, en]",
        'title: {pl: "Duży", en: "Big"}',
        "competencies:",
        "  communication: {}",
        "variables:",
        "  trust: {initial: 0, min: 0, max: 5}",
        "start: n0",
        "nodes:",
    ]
    for i in range(count):
        if i == count - 1:
            lines += [f"  n{i}:", "    type: ending", "    outcome: success", '    text: "End"']
            continue
        lines += [
            f"  n{i}:",
            "    type: decision",
            f'    title: {{pl: "Krok {i}", en: "Step {i}"}}',
            f'    text: {{pl: "Tekst {i}", en: "Text {i}"}}',
            "    choices:",
        ]
        for c in range(2):
            lines += [
                f"      - id: c{c}",
                f'        text: {{pl: "Odpowiedź {c}", en: "Answer {c}"}}',
                "        rating: good",
                "        next:",
                f"          - if: \"trust >= {c} and visited('n{max(0, i - 1)}')\"",
                f"            to: n{i + 1}",
                f"          - to: n{i + 1}",
            ]
    return "\n".join(lines) + "\n"


def test_a_node_form_and_the_node_list_read_no_other_node(qtbot, tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    (folder / "scenario.yaml").write_text(_scenario(NODES), encoding="utf-8")
    doc = ScenarioDocument.open(folder / "scenario.yaml")
    session = EditorSession(doc)
    pane = FormPane(session)
    qtbot.addWidget(pane)
    pane.show()
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    unread = doc.nodes.unread()
    assert unread == NODES

    path = ("nodes", "n200", "choices", 1, "text", "en")
    pane.show_path(path)
    qtbot.keyClicks(QApplication.focusWidget(), " now")
    assert doc.get(path) == "Answer 1 now"
    assert doc.nodes.unread() == NODES - 1, "typing"
    section = next(f for f in pane.ctx.fields if isinstance(f, ListSection))
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)  # finds an ending
    assert doc.get(("nodes", "n200", "choices", 2, "next")) == f"n{NODES - 1}"
    assert doc.nodes.unread() == NODES - 1, "adding"
    pane.show_path(("nodes",))
    listing = next(f for f in pane.ctx.fields if isinstance(f, NodeListField))
    assert listing.list.count() == NODES
    assert listing.list.item(17).text() == "n17  ·  Decision  ·  Krok 17"  # default language
    assert doc.nodes.unread() == NODES - 1  # only n200 was read into the editable tree
