"""The editor's document: faithful saving, atomic writes, and commands that undo exactly."""

from __future__ import annotations

import copy
import difflib
import functools
import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.authoring.commands import (
    DeleteNode,
    InsertItem,
    InsertKey,
    InsertNode,
    MoveItem,
    MoveKey,
    RemoveItem,
    RemoveKey,
    RenameCard,
    RenameChoice,
    RenameCompetency,
    RenameNode,
    RenameVariable,
    SetValue,
)
from trainer.authoring.document import ScenarioDocument
from trainer.authoring.undo import UndoStack
from trainer.fileio import TEMP_MARK

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
SHIPPED = sorted(p.parent.name for p in SCENARIOS.glob("*/scenario.yaml"))

HAND_WRITTEN = """\
# A scenario written by hand, with the habits a trainer has.
format: 1
id: hand-made   # the folder's name
version: 3
languages: [pl, en]
title: {pl: 'Tytuł', en: "Title"}
competencies:
    communication: {}     # built-in label
start: intro
nodes:
    intro:
        type: scene
        text: {pl: "Wstęp", en: 'Intro'}
        next: ask

    # The one decision.
    ask:
        type: decision
        text: "Co robisz?"
        choices:
          - {id: a, text: "Rozmawiam", rating: best, score: {communication: 1}, next: end}
          - id: b
            text: >-
              Czekam
              na wsparcie
            rating: poor
            feedback: 'Za długo'
            next: end
    end:
        type: ending
        outcome: success
        text: "Koniec"
"""


#: A hand-written file with every kind of reference (tests/authoring/data).
USES = Path(__file__).parent / "data" / "uses.yaml"


@functools.cache
def _opened(name: str) -> ScenarioDocument:
    if name == "uses":
        return ScenarioDocument.open(USES)
    if name == "tutorial-json":  # read whole: the nodes are not a block map
        data = ScenarioDocument.open(SCENARIOS / "tutorial" / "scenario.yaml").plain()
        return ScenarioDocument(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return ScenarioDocument.open(SCENARIOS / name / "scenario.yaml")


def _document(name: str) -> ScenarioDocument:
    return _opened(name).clone()


@pytest.mark.parametrize("name", SHIPPED)
def test_open_then_save_of_a_shipped_scenario_writes_the_same_bytes(
    name: str, tmp_path: Path
) -> None:
    source = SCENARIOS / name / "scenario.yaml"
    doc = _document(name)
    target = tmp_path / "scenario.yaml"
    doc.save(target)
    assert target.read_bytes() == source.read_bytes()


def test_a_hand_written_file_with_comments_saves_the_same_bytes(tmp_path: Path) -> None:
    file = tmp_path / "hand-made" / "scenario.yaml"
    file.parent.mkdir()
    file.write_bytes(HAND_WRITTEN.encode())
    doc = ScenarioDocument.open(file)
    doc.save()
    assert file.read_bytes() == HAND_WRITTEN.encode()


def test_an_edit_in_a_hand_written_file_changes_its_line_and_keeps_its_quotes() -> None:
    doc = ScenarioDocument(HAND_WRITTEN)
    UndoStack(doc).push(SetValue(("nodes", "intro", "text", "en"), "Start"))
    changed = _changed_lines(HAND_WRITTEN, doc.to_text())
    assert changed == [
        "-        text: {pl: \"Wstęp\", en: 'Intro'}",
        "+        text: {pl: \"Wstęp\", en: 'Start'}",
    ]


def _changed_lines(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def test_one_set_value_on_a_text_changes_only_that_line() -> None:
    doc = _document("synagogue-graffiti")
    before = doc.to_text()
    UndoStack(doc).push(SetValue(("title", "en"), "Paint on the wall"))
    assert _changed_lines(before, doc.to_text()) == [
        '-  en: "Paint before Shabbat"',
        '+  en: "Paint on the wall"',
    ]


def test_typing_in_one_field_merges_into_one_command() -> None:
    doc = _document("tutorial")
    stack = UndoStack(doc)
    original = doc.to_bytes()
    for text in ("T", "Ti", "Tit"):
        stack.push(SetValue(("title", "en"), text))
    assert len(stack.texts()) == 1 and stack.dirty
    assert doc.get(("title", "en")) == "Tit"
    stack.undo()
    assert doc.to_bytes() == original and not stack.dirty


def test_delete_node_then_undo_restores_the_bytes() -> None:
    doc = _document("headscarf-bus-stop")
    original = doc.to_bytes()
    stack = UndoStack(doc)
    for node_id in list(doc.node_ids())[1:4]:
        stack.push(DeleteNode(node_id))
        assert node_id not in doc.nodes
    while stack.can_undo:
        stack.undo()
    assert doc.to_bytes() == original


def _references(doc: ScenarioDocument) -> list[str]:
    found = [str(doc.root["start"])]

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "next" and isinstance(item, str):
                    found.append(item)
                elif key == "next" and isinstance(item, list):
                    found.extend(str(r["to"]) for r in item)
                elif key == "if":
                    found.append(str(item))
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(doc.nodes)
    return found


@pytest.mark.parametrize("name", ["synagogue-graffiti", "headscarf-bus-stop"])
def test_rename_node_renames_every_reference_and_stays_valid(name: str, tmp_path: Path) -> None:
    folder = tmp_path / name
    shutil.copytree(SCENARIOS / name, folder)
    doc = ScenarioDocument.open(folder / "scenario.yaml")
    before = {(f.code, f.node, f.choice) for f in doc.validate().findings}
    conditions = " ".join(r for r in _references(doc) if "(" in r)
    # Rename the most referenced node, preferring one named in a condition.
    counts = {n: _references(doc).count(n) + conditions.count(f"'{n}'") * 10 for n in doc.nodes}
    old = max(counts, key=counts.__getitem__)
    UndoStack(doc).push(RenameNode(old, f"{old}-renamed"))
    after = doc.validate().findings
    assert {
        (f.code, f.node if f.node != f"{old}-renamed" else old, f.choice) for f in after
    } <= before
    assert not [f for f in after if f.is_error]
    for reference in _references(doc):
        assert reference != old
        assert f"'{old}'" not in reference
    assert old not in doc.nodes and f"{old}-renamed" in doc.nodes


def test_save_is_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "scenario.yaml"
    file.write_bytes(HAND_WRITTEN.encode())
    doc = ScenarioDocument.open(file)
    UndoStack(doc).push(SetValue(("version",), 4))

    def broken_fsync(fd: int) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError, match="disk full"):
        doc.save()
    monkeypatch.undo()
    assert file.read_bytes() == HAND_WRITTEN.encode()
    assert [p.name for p in tmp_path.iterdir()] == ["scenario.yaml"]
    doc.save()
    assert b"version: 4" in file.read_bytes()
    assert not [p for p in tmp_path.iterdir() if TEMP_MARK in p.name]


# --- property: any sequence of commands undoes to the original bytes ----------------


_KINDS = ["set", "insert", "remove", "move", "add", "delete", "rename", "rename-choice"]
_KEY_KINDS = ["insert-key", "remove-key", "move-key"]
_RENAMES: dict[str, tuple[str, type]] = {
    "rename-variable": ("variables", RenameVariable),
    "rename-card": ("cards", RenameCard),
    "rename-competency": ("competencies", RenameCompetency),
}


@st.composite
def _commands(draw: st.DrawFn, doc: ScenarioDocument) -> list[object]:
    """Commands valid on ``doc`` as it will be when each is done (tracked on a clone)."""
    shadow = doc.clone()
    commands: list[object] = []
    for number in range(draw(st.integers(1, 6))):
        ids = list(shadow.nodes)
        node_id = draw(st.sampled_from(ids))
        node = shadow.nodes[node_id]
        kind = draw(st.sampled_from([*_KINDS, *_KEY_KINDS, *_RENAMES]))
        choices = node.get("choices")
        command: object
        if kind in ("insert", "remove", "move") and isinstance(choices, list) and choices:
            path = ("nodes", node_id, "choices")
            index = draw(st.integers(0, len(choices) - 1))
            other = draw(st.integers(0, len(choices) - 1))
            if kind == "insert":
                command = InsertItem(path, other, {"id": f"new{number}", "text": "x"})
            elif kind == "remove":
                command = RemoveItem(path, index)
            else:
                command = MoveItem(path, index, other)
        elif kind == "add":
            body = {"type": "ending", "outcome": "failure", "text": f"End {number}"}
            command = InsertNode(f"added-{number}", body, draw(st.integers(0, len(ids))))
        elif kind == "delete" and len(ids) > 1:
            command = DeleteNode(node_id)
        elif kind == "rename":
            command = RenameNode(node_id, f"{node_id}-r{number}")
        elif kind == "rename-choice" and isinstance(choices, list) and choices:
            index = draw(st.integers(0, len(choices) - 1))
            command = RenameChoice(node_id, index, f"choice-r{number}")
        elif kind in _RENAMES and shadow.root.get(_RENAMES[kind][0]):
            section, rename = _RENAMES[kind]
            old = draw(st.sampled_from(sorted(shadow.root[section])))
            command = rename(old, f"{old}_r{number}")
        elif kind == "insert-key":
            section = draw(st.sampled_from(["variables", "cards", "competencies"]))
            mapping = shadow.root.get(section)
            if section not in shadow.root:
                command = InsertKey((), section, {f"k{number}": {}}, len(shadow.root))
            elif isinstance(mapping, dict):
                where = draw(st.integers(0, len(mapping)))
                command = InsertKey((section,), f"k{number}", {}, where)
            else:
                command = SetValue(("nodes", node_id, "text"), f"Edited {number}")
        elif kind == "remove-key":
            command = RemoveKey(("nodes", node_id, draw(st.sampled_from(sorted(node)))))
        elif kind == "move-key":
            key = draw(st.sampled_from(list(node)))
            command = MoveKey(("nodes", node_id), key, draw(st.integers(0, len(node) - 1)))
        else:
            command = SetValue(("nodes", node_id, "text"), f"Edited {number}")
        # Kept as drawn: doing it on the clone may change what it holds (a node's body).
        commands.append(copy.deepcopy(command))
        command.do(shadow)  # type: ignore[attr-defined]
    return commands


@pytest.mark.slow
@pytest.mark.parametrize("name", ["tutorial", "synagogue-graffiti", "uses", "tutorial-json"])
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_undo_all_gives_the_original_and_redo_all_the_edited(
    name: str, data: st.DataObject
) -> None:
    doc = _document(name)
    original = doc.to_bytes()
    # The strategy did the commands on a clone: fresh copies for this document.
    commands = copy.deepcopy(data.draw(_commands(doc)))
    stack = UndoStack(doc)
    for command in commands:
        stack.push(command)  # type: ignore[arg-type]
    edited = doc.to_bytes()
    while stack.can_undo:
        stack.undo()
    assert doc.to_bytes() == original
    while stack.can_redo:
        stack.redo()
    assert doc.to_bytes() == edited
