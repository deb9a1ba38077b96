"""Publishing: errors block, warnings are returned, the version goes up and can be undone."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.authoring.commands import SetValue
from trainer.authoring.document import ScenarioDocument
from trainer.authoring.publish import PublishError, check_for_publish, publish, release
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


def _draft(root: Path, title: str) -> Path:
    folder = root / "drafts" / "night-tram"
    (folder / "media").mkdir(parents=True, exist_ok=True)
    (folder / "scenario.yaml").write_text(f"title: {title}\n", encoding="utf-8")
    (folder / "media" / "plan.png").write_bytes(b"\x89PNG plan")
    (folder / "scenario.map.json").write_text("{}", encoding="utf-8")
    return folder


def test_a_release_copies_the_draft_into_the_library_and_replaces_the_last_one(
    tmp_path: Path,
) -> None:
    library = tmp_path / "scenarios"
    released = release(_draft(tmp_path, "first"), library)
    assert released == library / "night-tram"
    assert (released / "scenario.yaml").read_text(encoding="utf-8") == "title: first\n"
    assert (released / "media" / "plan.png").read_bytes() == b"\x89PNG plan"
    assert not (released / "scenario.map.json").exists()  # the editor's side file stays
    release(_draft(tmp_path, "second"), library)
    assert (released / "scenario.yaml").read_text(encoding="utf-8") == "title: second\n"
    assert [p.name for p in library.iterdir()] == ["night-tram"]  # nothing left beside


def test_a_release_that_fails_keeps_the_last_one(tmp_path: Path, monkeypatch) -> None:
    library = tmp_path / "scenarios"
    release(_draft(tmp_path, "first"), library)
    draft = _draft(tmp_path, "second")

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(shutil, "copy2", full_disk)
    with pytest.raises(OSError):
        release(draft, library)
    kept = library / "night-tram" / "scenario.yaml"
    assert kept.read_text(encoding="utf-8") == "title: first\n"
    assert [p.name for p in library.iterdir()] == ["night-tram"]
