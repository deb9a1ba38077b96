"""Keys of a map added, removed and moved as commands: undo gives back the same file."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml.comments import CommentedMap

from trainer.authoring.commands import InsertKey, MoveKey, RemoveKey
from trainer.authoring.document import ScenarioDocument
from trainer.authoring.undo import UndoStack

SCENARIOS = Path(__file__).resolve().parents[4] / "scenarios"


@pytest.fixture
def doc() -> ScenarioDocument:
    return ScenarioDocument.open(SCENARIOS / "tutorial" / "scenario.yaml")


def test_each_map_edit_undoes_to_the_same_bytes(doc: ScenarioDocument) -> None:
    original = doc.to_bytes()
    stack = UndoStack(doc)
    stack.push(InsertKey(("variables",), "calm", CommentedMap(initial=0), 0))
    assert list(doc.get(("variables",))) == ["calm", "trust"]
    stack.push(MoveKey(("cards",), "scoring", 0))
    assert next(iter(doc.get(("cards",)))) == "scoring"
    stack.push(RemoveKey(("minutes",)))
    assert not doc.has(("minutes",))
    stack.push(RemoveKey(("cards", "how_to_play")))
    assert "how_to_play" not in doc.get(("cards",))
    edited = doc.to_text()
    assert "calm" in edited and "\nminutes:" not in edited
    while stack.can_undo:
        stack.undo()
    assert doc.to_bytes() == original
    while stack.can_redo:
        stack.redo()
    assert doc.to_text() == edited


def test_a_key_taken_is_refused(doc: ScenarioDocument) -> None:
    with pytest.raises(ValueError, match="already exists"):
        InsertKey(("variables",), "trust", CommentedMap()).do(doc)
