"""A damaged progress database at start-up: the officer is offered the newest good backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui.screens import answer_with
from trainer.gui.recovery import open_with_recovery
from trainer.services.context import open_services

pytestmark = pytest.mark.gui


def damaged_store_with_backup(data_dir: Path) -> None:
    services = open_services(data_dir)
    services.profiles.create("Ewa Zając")
    services.close()  # makes the exit backup
    db = data_dir / "progress.db"
    data = bytearray(db.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # wreck the first page past the header
    db.write_bytes(bytes(data))


def test_restoring_the_backup_brings_the_profiles_back(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    damaged_store_with_backup(data_dir)
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", answer_with(QMessageBox.ButtonRole.AcceptRole, seen))
    services = open_with_recovery(data_dir, lambda: open_services(data_dir))
    assert services is not None
    try:
        assert [p.display_name for p in services.store.list_profiles()] == ["Ewa Zając"]
    finally:
        services.close(backup=False)
    assert "damaged" in seen[0] and "progress-" in seen[0]
    assert len(list((data_dir / "damaged").glob("progress-*.db"))) == 1  # kept, unchanged


def test_starting_empty_keeps_the_damaged_file_aside(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    damaged_store_with_backup(data_dir)
    monkeypatch.setattr(QMessageBox, "exec", answer_with(QMessageBox.ButtonRole.DestructiveRole))
    services = open_with_recovery(data_dir, lambda: open_services(data_dir))
    assert services is not None
    try:
        assert services.store.list_profiles() == []
    finally:
        services.close(backup=False)
    assert len(list((data_dir / "damaged").glob("progress-*.db"))) == 1


def test_quitting_opens_nothing(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data_dir = tmp_path / "data"
    damaged_store_with_backup(data_dir)
    monkeypatch.setattr(QMessageBox, "exec", answer_with(QMessageBox.ButtonRole.RejectRole))
    assert open_with_recovery(data_dir, lambda: open_services(data_dir)) is None
    assert not (data_dir / "progress.db").exists()
