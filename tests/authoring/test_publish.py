"""Publishing: errors block, warnings are returned, the version goes up and can be undone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.authoring.commands import SetValue
from trainer.authoring.document import ScenarioDocument
from trainer.authoring.publish import PublishError, check_for_publish, publish
from trainer.authoring.undo import UndoStack

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


@pytest.fixture
def doc(tmp_path: Path) -> ScenarioDocument:
    folder = tmp_path / "tutorial"
    shutil.copytree(SCENARIOS / "tutorial", folder)
    return ScenarioDocument.open(folder / "scenario.yaml")


def test_publish_raises_the_version_through_the_undo_stack_and_saves(
    doc: ScenarioDocument,
) -> None:
    assert doc.path is not None
    original = doc.path.read_bytes()
    stack = UndoStack(doc)
    assert publish(doc, doc.path.parent, undo=stack) == 2
    assert doc.path.read_bytes() == original.replace(b"\nversion: 1\n", b"\nversion: 2\n")
    assert stack.texts() == ["Set version"]
    stack.undo()
    assert doc.to_bytes() == original


def test_publish_accepts_a_push_callable(doc: ScenarioDocument) -> None:
    assert doc.path is not None
    pushed: list[object] = []

    def push(command: SetValue) -> None:
        pushed.append(command)
        command.do(doc)

    assert publish(doc, doc.path.parent, undo=push) == 2
    assert len(pushed) == 1 and doc.get(("version",)) == 2


def test_errors_block_and_nothing_changes(doc: ScenarioDocument) -> None:
    assert doc.path is not None
    UndoStack(doc).push(SetValue(("start",), "nowhere"))
    check = check_for_publish(doc, doc.path.parent)
    assert check.blocked and check.errors
    before = doc.path.read_bytes()
    with pytest.raises(PublishError, match="cannot publish") as raised:
        publish(doc, doc.path.parent)
    assert raised.value.check.blocked
    assert doc.path.read_bytes() == before and doc.get(("version",)) == 1


def test_warnings_are_returned_not_blocking(doc: ScenarioDocument) -> None:
    assert doc.path is not None
    first = next(n for n in doc.node_ids() if doc.nodes[n]["type"] == "decision")
    del doc.nodes[first]["title"]  # no command removes a key yet
    doc.changed(("nodes", first))
    check = check_for_publish(doc, doc.path.parent)
    assert not check.blocked
    assert [w.code for w in check.warnings] == ["untitled-step"]
    assert publish(doc, doc.path.parent) == 2
