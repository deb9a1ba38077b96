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


def restore_the_offered_backup(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Open ``data_dir`` through the recovery dialog, answering "restore the backup"; the
    backup's profile is back. Returns what the dialog said."""
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", answer_with(QMessageBox.ButtonRole.AcceptRole, seen))
    services = open_with_recovery(data_dir, lambda: open_services(data_dir))
    assert services is not None
    try:
        assert [p.display_name for p in services.store.list_profiles()] == ["Ewa Zając"]
    finally:
        services.close(backup=False)
    return seen


def test_restoring_the_backup_brings_the_profiles_back(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    damaged_store_with_backup(data_dir)
    seen = restore_the_offered_backup(data_dir, monkeypatch)
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


def store_with_backup(data_dir: Path) -> None:
    services = open_services(data_dir)
    services.profiles.create("Ewa Zając")
    services.close()  # makes the exit backup


def _empty(db: Path) -> None:
    db.write_bytes(b"")


def _missing(db: Path) -> None:
    db.unlink()


def _bad_byte_in_schema(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data.replace(b"CREATE TABLE profiles", b"CREATE TA\xffLE profiles"))


def _extra_trigger(db: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(db)
    connection.execute(
        "CREATE TRIGGER full_marks AFTER UPDATE ON attempts BEGIN "
        "UPDATE attempts SET overall_percent = 100 WHERE id = new.id; END"
    )
    connection.commit()
    connection.close()


BROKEN = {
    "empty-file": (_empty, "failed its check"),
    "missing": (_missing, "missing, although the data folder holds backups"),
    "bad-byte-in-schema": (_bad_byte_in_schema, "failed its check"),
    "extra-trigger": (_extra_trigger, "failed its check"),
}


@pytest.mark.parametrize("kind", sorted(BROKEN))
def test_a_blank_or_foreign_database_offers_the_backup(
    kind: str, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """T9 (issue 13.3, 13.5, 13.7): damage of any kind gets the recovery dialog, never
    a traceback, and never a silent new start while backups exist."""
    data_dir = tmp_path / "data"
    store_with_backup(data_dir)
    break_it, says = BROKEN[kind]
    break_it(data_dir / "progress.db")
    seen = restore_the_offered_backup(data_dir, monkeypatch)
    assert says in seen[0] and "progress-" in seen[0]


def test_starting_empty_beside_backups_is_a_deliberate_choice(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    store_with_backup(data_dir)
    (data_dir / "progress.db").write_bytes(b"")
    monkeypatch.setattr(QMessageBox, "exec", answer_with(QMessageBox.ButtonRole.DestructiveRole))
    services = open_with_recovery(data_dir, lambda: open_services(data_dir))
    assert services is not None
    try:
        assert services.store.list_profiles() == []
    finally:
        services.close(backup=False)


def test_a_held_back_purge_is_told_on_start(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """T38 (issue 13.4): the start with the clock two years ahead says why nothing went."""
    import datetime as dt
    import shutil

    from tests.storage.storage_support import golden_files
    from trainer.gui.recovery import tell_if_purge_held
    from trainer.storage import retention

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    shutil.copyfile(golden_files()[-1], data_dir / "progress.db")  # attempts of Feb 2026
    services = open_services(data_dir, clock=lambda: dt.datetime(2026, 2, 3, tzinfo=dt.UTC))
    retention.set_retention_months(services.store.db, 12)
    services.close(backup=False)
    ahead = dt.datetime(2028, 2, 3, tzinfo=dt.UTC)
    services = open_services(data_dir, clock=lambda: ahead)
    shown: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text()))
        box.accept()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    try:
        assert services.store.purge.held is not None
        tell_if_purge_held(services)
    finally:
        services.close(backup=False)
    ((title, text),) = shown
    assert title == "Old attempts were not deleted"
    assert "nothing was deleted" in text
    assert "more than half" in text


def test_a_bad_byte_in_a_profile_name_shows_replaced_not_a_traceback(qtbot, tmp_path: Path) -> None:
    """T9 (issue 13.7): the desktop app's fast start, quick look and store, on a name
    with one flipped byte (the integrity check still says ok)."""
    import sqlite3

    from PySide6.QtWidgets import QApplication

    from trainer.gui import main as gui_main
    from trainer.services.quick_start import quick_profiles, take_instance_lock

    data_dir = tmp_path / "data"
    store_with_backup(data_dir)
    connection = sqlite3.connect(data_dir / "progress.db")
    name = b"Ewa \xff Zaj\xc4\x85c"  # one byte of a UTF-8 name flipped to 0xff
    connection.execute("UPDATE profiles SET display_name = CAST(? AS TEXT)", (name,))
    connection.commit()
    connection.close()

    lock = take_instance_lock(data_dir)
    profiles = quick_profiles(data_dir)
    assert profiles is not None and "\ufffd" in profiles[0].display_name
    window = gui_main._show_then_open(QApplication.instance(), data_dir, lock, profiles)
    qtbot.addWidget(window)
    context = window.context  # type: ignore[attr-defined]
    try:
        qtbot.waitUntil(lambda: context.services_ready, timeout=20_000)
        window.sign_out()  # type: ignore[attr-defined]  # the list as the store reads it
        listed = window.profiles.profiles  # type: ignore[attr-defined]
        names = [listed.item(row).text() for row in range(listed.count())]
        assert len(names) == 1 and names[0].startswith("Ewa \ufffd Zaj")
    finally:
        context.runner.wait()
        window.translations.install("en")  # type: ignore[attr-defined]
        if context.services_ready:
            context.services.close(backup=False)
