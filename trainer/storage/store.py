"""The progress store: opens the database safely and offers plain operations on it.

Start-up order (:meth:`Store.open`): take the single-instance lock; check the file
(``integrity_check`` + ``foreign_key_check``) and move a damaged one aside unchanged;
refuse a schema newer than the app; back up, then migrate; note the device id.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from trainer.fileio import remove_stale_temps
from trainer.storage import schema
from trainer.storage.backup import Backups, integrity_check, online_backup, quick_check
from trainer.storage.database import Database, translate_errors
from trainer.storage.errors import (
    BackupError,
    DatabaseCorruptError,
    StorageError,
    StorageFullError,
    StorageIOError,
)
from trainer.storage.instance_lock import InstanceLock
from trainer.storage.migrate import refuse_if_too_new, upgrade
from trainer.storage.peek import DB_NAME
from trainer.storage.retention import purge_expired
from trainer.storage.store_base import Clock, iso, utc_now
from trainer.storage.store_personal import PersonalDataStore
from trainer.storage.store_profiles import name_key
from trainer.storage.store_reports import ReportStore


class Store(PersonalDataStore, ReportStore):
    """Everything the app stores about profiles and attempts, in one SQLite file.

    This class opens, closes, checks, backs up and restores the file; the operations
    on what it holds come from its mixins, one job each: profiles and the audit log
    (``store_profiles``), the play record (``store_play``), the review queries
    (``store_reports``) and personal data (``store_personal``).
    """

    def __init__(
        self,
        data_dir: Path,
        database: Database,
        lock: InstanceLock | None,
        *,
        clock: Clock = utc_now,
        device_id: str,
    ) -> None:
        self.data_dir = data_dir
        self.db = database
        self.lock = lock
        self.clock = clock
        self.device_id = device_id
        self.backups = Backups(data_dir / "backups")
        # After a restore the next automatic backup must not rotate the pre-restore copy out.
        self.auto_backup = True
        self.exit_backup_error: BackupError | None = None

    # -- opening and closing ------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        clock: Clock = utc_now,
        single_instance: bool = True,
        lock: InstanceLock | None = None,
    ) -> Store:
        """Open (creating if needed) the store in ``data_dir``; see the module docstring.

        ``lock`` is the instance lock if the caller took it already (the desktop app
        takes it before its first screen): the store releases it on close, and leaves
        it held if opening fails, so the caller can retry (after a recovery) or release it.
        """
        data_dir.mkdir(parents=True, exist_ok=True)
        own_lock = lock is None and single_instance
        if own_lock:
            lock = InstanceLock(data_dir)
            lock.acquire()
        try:
            path = data_dir / DB_NAME
            remove_stale_temps(data_dir)
            backups = Backups(data_dir / "backups")
            remove_stale_temps(backups.folder)
            existed = path.exists() and path.stat().st_size > 0
            if existed:
                _check_or_move_aside(path, backups, clock)
                before = refuse_if_too_new(path)
                from trainer.storage.migrate import head_revision

                if before != head_revision():
                    make_backup(backups, path, "pre-migration", clock)
            with translate_errors():
                upgrade(path)
            database = Database(path)
            device_id = _device_id(database)
            store = cls(data_dir, database, lock, clock=clock, device_id=device_id)
            store.reapply_erasures()
            purge_expired(database, clock(), iso)
            return store
        except BaseException:
            if own_lock and lock is not None:
                lock.release()  # a lock the caller passed stays theirs until the store opens
            raise

    def close(self, *, backup: bool = True) -> Path | None:
        """Checkpoint, back up (on a clean exit), release the files and the lock."""
        made = None
        self.exit_backup_error = None
        try:
            if backup and self.auto_backup:
                try:
                    made = self.backup("exit")
                except BackupError as exc:
                    # Every step is already safe in the database: a failed extra copy is
                    # worth a warning, not an error.
                    self.exit_backup_error = exc
            self.db.checkpoint()
        finally:
            self.db.dispose()
            if self.lock is not None:
                self.lock.release()
        return made

    @property
    def path(self) -> Path:
        """The database file."""
        return self.db.path

    # -- integrity, backup, restore --------------------------------------------------

    def check(self) -> str:
        """``ok``, or what the full integrity and reference checks found."""
        with self.db.read() as session:
            verdict = session.execute(text("PRAGMA integrity_check")).scalar()
            if verdict != "ok":
                return str(verdict)
            broken = session.execute(text("PRAGMA foreign_key_check")).fetchall()
        return "ok" if not broken else f"broken references in {broken[0][0]}"

    def backup(self, reason: str = "manual") -> Path:
        """An online, verified backup in the backups folder; BackupError if it fails."""
        return make_backup(self.backups, self.path, reason, self.clock)

    def restore(self, source: Path) -> Path:
        """Replace the database with ``source`` (a backup), keeping the current one backed up.

        Returns the pre-restore backup. Automatic backups stay off until the app restarts.
        """
        verdict = quick_check(source)
        if verdict != "ok":
            raise StorageError(f"{source} is not a usable backup: {verdict}")
        refuse_if_too_new(source)
        kept = self.backup("pre-restore")
        self.db.dispose()
        with translate_errors():
            online_backup(source, self.path.with_name(DB_NAME + ".restoring"))
            staged = self.path.with_name(DB_NAME + ".restoring")
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(DB_NAME + suffix)
                if side.exists():
                    side.unlink()
            os.replace(staged, self.path)
            upgrade(self.path)
        self.db = Database(self.path)
        self.auto_backup = False
        self.reapply_erasures()
        return kept

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A raw read session, for tests and diagnostics."""
        with self.db.read() as session:
            yield session


def make_backup(backups: Backups, database: Path, reason: str, clock: Clock) -> Path:
    """A verified backup, or BackupError saying why it could not be written."""
    try:
        with translate_errors():
            return backups.make(database, reason, now=clock())
    except StorageFullError as exc:
        raise BackupError("the disk is full") from exc
    except StorageIOError as exc:
        raise BackupError("the disk reported an input/output error") from exc
    except (StorageError, OSError, sqlite3.Error) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BackupError(detail) from exc


def _device_id(database: Database) -> str:
    with database.write() as session:
        row = session.get(schema.Meta, "device_id")
        if row is None:
            row = schema.Meta(key="device_id", value=schema.new_id())
            session.add(row)
        return row.value


def _check_or_move_aside(path: Path, backups: Backups, clock: Clock) -> None:
    """Move a damaged database aside unchanged and name the newest good backup.

    The full check: ``quick_check`` lets damaged records and indexes through, and
    they fail later with a "restart to recover" message that a restart would not honour.
    """
    verdict = integrity_check(path)
    if verdict == "ok":
        return
    folder = path.parent / "damaged"
    folder.mkdir(exist_ok=True)
    stamp = clock().strftime("%Y%m%dT%H%M%S%f")
    moved = folder / f"progress-{stamp}.db"
    os.replace(path, moved)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, moved.with_name(moved.name + suffix))
    raise DatabaseCorruptError(moved, backups.newest_good(), verdict)


__all__ = ["DB_NAME", "Clock", "Store", "iso", "name_key", "utc_now"]
