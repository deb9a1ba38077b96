"""Unsaved work kept on disk and offered back: the recovered document equals the edited one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.authoring.commands import DeleteNode, RenameNode, SetValue
from trainer.authoring.document import ScenarioDocument
from trainer.authoring.recovery import RecoveryError, RecoveryStore
from trainer.authoring.undo import UndoStack
from trainer.fileio import TEMP_MARK

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


def _edited(tmp_path: Path) -> ScenarioDocument:
    folder = tmp_path / "tutorial"
    shutil.copytree(SCENARIOS / "tutorial", folder)
    doc = ScenarioDocument.open(folder / "scenario.yaml")
    stack = UndoStack(doc)
    stack.push(SetValue(("title", "en"), "Tutorial, edited"))
    first = list(doc.node_ids())[1]
    stack.push(RenameNode(first, f"{first}-renamed"))
    stack.push(DeleteNode(list(doc.node_ids())[-1]))
    return doc


def test_recover_gives_the_edited_document_saving_to_its_source(tmp_path: Path) -> None:
    doc = _edited(tmp_path)
    store = RecoveryStore(tmp_path / "editor-recovery")
    store.write(doc)
    assert not [p for p in store.folder.iterdir() if TEMP_MARK in p.name]
    [entry] = store.pending()
    assert entry.source == doc.path and entry.text == doc.to_text()
    recovered = store.recover(entry)
    assert recovered.root == doc.root
    assert recovered.to_text() == doc.to_text()
    assert recovered.path == doc.path
    assert not recovered.matches_file()  # the edits are not on disk yet
    recovered.save()
    assert recovered.matches_file()
    assert doc.path is not None and doc.path.read_bytes() == doc.to_bytes()
    store.discard(doc.path)
    assert store.pending() == []


def test_a_second_write_replaces_the_first(tmp_path: Path) -> None:
    doc = _edited(tmp_path)
    store = RecoveryStore(tmp_path / "rec")
    store.write(doc)
    UndoStack(doc).push(SetValue(("title", "pl"), "Poprawione"))
    store.write(doc)
    [entry] = store.pending()
    assert store.recover(entry).get(("title", "pl")) == "Poprawione"


def test_recovery_of_a_file_that_went_away_keeps_the_work(tmp_path: Path) -> None:
    doc = _edited(tmp_path)
    store = RecoveryStore(tmp_path / "rec")
    store.write(doc)
    assert doc.path is not None
    doc.path.unlink()
    recovered = store.recover(store.pending()[0])
    assert recovered.root == doc.root and recovered.path == doc.path


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[]", b'{"format": 1, "source": "/x"}', b'{"format": 99}', b"\xff\xfe"],
)
def test_a_corrupt_recovery_file_is_skipped_with_a_reason(tmp_path: Path, content: bytes) -> None:
    doc = _edited(tmp_path)
    store = RecoveryStore(tmp_path / "rec")
    store.write(doc)
    broken = store.folder / ("0" * 32 + ".recovery.json")
    broken.write_bytes(content)
    [entry] = store.pending()
    assert entry.source == doc.path
    [skipped] = store.skipped
    assert skipped.file == broken and str(broken) in skipped.reason


def test_kept_text_that_is_no_longer_yaml_raises_a_clear_error(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path / "rec")
    doc = ScenarioDocument("id: x\n", path=tmp_path / "gone" / "scenario.yaml")
    store.write(doc)
    file = store.file_for(tmp_path / "gone" / "scenario.yaml")
    file.write_text(file.read_text().replace("id: x", "id: [x"), encoding="utf-8")
    [entry] = store.pending()
    with pytest.raises(RecoveryError, match="cannot be read"):
        store.recover(entry)
