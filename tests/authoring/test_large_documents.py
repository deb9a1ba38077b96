"""A large document opens fast: nodes are read when used, untouched ones written as they were."""

from __future__ import annotations

import difflib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from trainer.authoring.commands import RenameNode, RenameVariable, SetValue
from trainer.authoring.document import ScenarioDocument
from trainer.authoring.lazy_nodes import LazyNodes
from trainer.authoring.undo import UndoStack
from trainer.authoring.usage import node_uses
from trainer.scenario_io.reader import load_scenario

ROOT = Path(__file__).resolve().parents[2]


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "generate_big_scenario", ROOT / "tools" / "generate_big_scenario.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return _generator()


def _changed(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def test_the_generated_scenario_validates_strictly(generator: ModuleType, tmp_path: Path) -> None:
    file = generator.write_scenario(tmp_path, 60, "big-test")
    result = load_scenario(file.parent, pedagogy=True)
    assert [f.format_line() for f in result.findings] == []
    assert result.scenario is not None
    kinds = {node.__class__.__name__ for node in result.scenario.nodes.values()}
    assert len(result.scenario.nodes) >= 55 and len(kinds) == 5, kinds


def test_nodes_are_read_when_used_and_the_rest_written_as_it_was(
    generator: ModuleType, tmp_path: Path
) -> None:
    file = generator.write_scenario(tmp_path, 200, "big-test")
    original = file.read_text(encoding="utf-8")
    doc = ScenarioDocument.open(file)
    nodes = doc.nodes
    assert isinstance(nodes, LazyNodes) and nodes.unread() == len(nodes)
    stack = UndoStack(doc)
    stack.push(SetValue(("nodes", "decide_7", "text", "en"), "What now?"))
    assert nodes.unread() == len(nodes) - 1
    assert _changed(original, doc.to_text()) == [
        '-      en: "The victim is shaken. What do you do first?"',
        '+      en: "What now?"',
    ]
    stack.undo()
    assert doc.to_text() == original


def test_renames_in_a_large_document_touch_only_the_nodes_that_use_the_id(
    generator: ModuleType, tmp_path: Path
) -> None:
    file = generator.write_scenario(tmp_path, 120, "big-test")
    original = file.read_text(encoding="utf-8")
    doc = ScenarioDocument.open(file)
    stack = UndoStack(doc)
    assert node_uses(doc, "decide_5") == [("nodes", "scene_5", "next")]
    stack.push(RenameNode("decide_5", "decide_five"))
    # Renamed in the lines of nodes not read yet: none had to be read.
    assert doc.nodes.unread() == len(doc.nodes)
    changed = _changed(original, doc.to_text())
    assert "+  decide_five:" in changed and "+    next: decide_five" in changed
    stack.push(RenameVariable("risk", "danger"))
    assert doc.nodes.unread() == len(doc.nodes)
    assert not [f for f in doc.validate().findings if f.is_error]
    assert "risk" not in doc.to_text().replace("risk of escalation", "")
    doc.nodes["decide_2"]  # read one: its lines are the renamed ones
    assert doc.get(("nodes", "decide_2", "choices", 1, "if")) == "danger < 3"
    while stack.can_undo:
        stack.undo()
    assert doc.to_text() == original


def test_a_clone_shares_nothing_it_could_change(generator: ModuleType, tmp_path: Path) -> None:
    file = generator.write_scenario(tmp_path, 60, "big-test")
    doc = ScenarioDocument.open(file)
    UndoStack(doc).push(SetValue(("nodes", "scene_1", "next"), "decide_2"))
    twin = doc.clone()
    assert twin.to_text() == doc.to_text()
    UndoStack(twin).push(SetValue(("nodes", "scene_2", "next"), "decide_3"))
    assert twin.to_text() != doc.to_text()
    assert doc.get(("nodes", "scene_2", "next")) == "decide_2"


FLOW_NODES = """\
format: 1
id: flow
version: 1
languages: [en]
title: "Flow"
competencies: {communication: {}}
start: a
nodes: {a: {type: scene, text: "A", next: b},   # one line each
        b: {type: ending, outcome: success, text: "B"}}
"""


def test_a_file_that_cannot_be_split_is_read_whole(tmp_path: Path) -> None:
    file = tmp_path / "scenario.yaml"
    file.write_text(FLOW_NODES, encoding="utf-8")
    doc = ScenarioDocument.open(file)
    assert not isinstance(doc.nodes, LazyNodes)
    assert doc.to_text() == FLOW_NODES
    UndoStack(doc).push(SetValue(("nodes", "b", "text"), "End"))
    # ruamel writes the wrapped flow map on one line (see splice.py); nothing else moves.
    assert _changed(FLOW_NODES, doc.to_text()) == [
        '-nodes: {a: {type: scene, text: "A", next: b},   # one line each',
        '-        b: {type: ending, outcome: success, text: "B"}}',
        '+nodes: {a: {type: scene, text: "A", next: b}, b: {type: ending, outcome: success, '
        'text: "End"}}',
    ]


EDGES = """\
format: 1
id: edge
version: 1
languages: [en]
title: "Edge"   # the title
competencies: {communication: {}}
start: "1"
nodes:    # every step
  # first, a quoted id
  "1":
    type: scene
    text: "One"   # short
    next: two
# a comment at column 0 between nodes
  two: {type: ending, outcome: success, text: "Two"}

minutes: 5   # after the nodes
"""


def test_a_split_file_keeps_comments_quoted_ids_and_keys_after_the_nodes(tmp_path: Path) -> None:
    doc = ScenarioDocument(EDGES, path=tmp_path / "edge" / "scenario.yaml")
    assert isinstance(doc.nodes, LazyNodes) and doc.to_text() == EDGES
    stack = UndoStack(doc)
    stack.push(SetValue(("nodes", "1", "text"), "Uno"))
    stack.push(SetValue(("minutes",), 6))
    stack.push(RenameNode("two", "second"))
    assert _changed(EDGES, doc.to_text()) == [
        '-    text: "One"   # short',
        "-    next: two",
        '+    text: "Uno"   # short',
        "+    next: second",
        '-  two: {type: ending, outcome: success, text: "Two"}',
        '+  second: {type: ending, outcome: success, text: "Two"}',
        "-minutes: 5   # after the nodes",
        "+minutes: 6   # after the nodes",
    ]
    while stack.can_undo:
        stack.undo()
    assert doc.to_text() == EDGES


def test_a_snapshot_checks_the_text_of_its_revision(generator: ModuleType, tmp_path: Path) -> None:
    file = generator.write_scenario(tmp_path, 60, "big-test")
    doc = ScenarioDocument.open(file)
    stack = UndoStack(doc)
    stack.push(SetValue(("start",), "nowhere"))
    snapshot = doc.snapshot()
    stack.undo()  # later edits do not reach the snapshot
    assert snapshot.revision == 1 and "start: nowhere" in snapshot.to_text()
    assert [f.code for f in snapshot.validate().findings if f.is_error] == ["unknown-node"]
    assert not [f for f in doc.validate().findings if f.is_error]


def test_peek_reads_nothing_and_sees_the_same_values(generator: ModuleType, tmp_path: Path) -> None:
    file = generator.write_scenario(tmp_path, 60, "big-test")
    doc = ScenarioDocument.open(file)
    UndoStack(doc).push(SetValue(("nodes", "decide_1", "title", "en"), "Edited"))
    peeked = {node_id: doc.peek(("nodes", node_id)) for node_id in doc.node_ids()}
    assert doc.nodes.unread() == len(doc.nodes) - 1
    assert doc.peek(("nodes", "decide_1", "title", "en")) == "Edited"
    assert doc.peek(("nodes", "decide_2", "choices", 0, "id")) == "listen"
    assert doc.peek(("title", "en")) == "A long shift"
    assert peeked == doc.plain()["nodes"]


def test_a_key_repeated_inside_a_node_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    text = EDGES.replace(
        '    text: "One"   # short\n', '    text: "One"   # short\n    text: "Again"\n'
    )
    doc = ScenarioDocument(text, path=tmp_path / "edge" / "scenario.yaml")
    UndoStack(doc).push(SetValue(("nodes", "1", "next"), "two"))  # reads the node
    assert "duplicate-key" in {f.code for f in doc.validate().findings}
