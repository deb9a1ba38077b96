"""The progress store: opens the database safely and offers plain operations on it.

Start-up order (:meth:`Store.open`): take the single-instance lock; refuse a schema
newer than the app, or not the app's; check the file (the full check of
:mod:`trainer.storage.health`) and move a damaged one aside unchanged; back up, then
migrate; note the device id; apply the retention period (held back on a doubtful clock).

On a training centre's PostgreSQL server (``db_url``) the file steps have no
counterpart and are left out: the server checks its own storage, and its backups
are made with ``pg_dump`` (docs/postgres.md); the schema's revision is refused if too
new or foreign, checked against this app's, and migrated in one transaction.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from trainer.fileio import remove_stale_temps
from trainer.storage import schema
from trainer.storage.backup import Backups, online_backup
from trainer.storage.database import Database, translate_errors
from trainer.storage.errors import (
    BackupError,
    DatabaseCorruptError,
    ServerDatabaseError,
    SqliteOnlyError,
    StorageError,
    StorageFullError,
    StorageIOError,
)
from trainer.storage.health import Health, examine
from trainer.storage.instance_lock import InstanceLock
from trainer.storage.migrate import head_revision, refuse_if_too_new, upgrade
from trainer.storage.peek import DB_NAME
from trainer.storage.retention import PurgeOutcome
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
        #: What the retention purge at opening did (``held``: why it waits for an instructor).
        self.purge = PurgeOutcome()

    # -- opening and closing ------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        clock: Clock = utc_now,
        single_instance: bool = True,
        lock: InstanceLock | None = None,
        db_url: str | None = None,
    ) -> Store:
        """Open (creating if needed) the store in ``data_dir``; see the module docstring.

        ``db_url``: a PostgreSQL server to keep the progress in instead of the data
        folder's SQLite file (the folder still holds the lock and the erasure ledger).

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
            if db_url is not None:
                return cls._open_server(data_dir, db_url, lock, clock)
            path = data_dir / DB_NAME
            remove_stale_temps(data_dir)
            backups = Backups(data_dir / "backups")
            remove_stale_temps(backups.folder)
            before = _check_or_move_aside(path, backups, clock)
            if before is not None and before != head_revision():
                make_backup(backups, path, "pre-migration", clock)
            with translate_errors():
                upgrade(path)
            database = Database(path)
            device_id = _device_id(database)
            store = cls(data_dir, database, lock, clock=clock, device_id=device_id)
            store.reapply_erasures()
            store.purge = store.purge_expired()
            return store
        except BaseException:
            if own_lock and lock is not None:
                lock.release()  # a lock the caller passed stays theirs until the store opens
            raise

    @classmethod
    def _open_server(
        cls, data_dir: Path, db_url: str, lock: InstanceLock | None, clock: Clock
    ) -> Store:
        from trainer.storage.health import server_schema_problems
        from trainer.storage.migrate import upgrade_server
        from trainer.storage.postgres import PostgresDatabase, server_url

        url = server_url(db_url)
        with translate_errors():
            upgrade_server(url)
        database = PostgresDatabase(url)
        try:
            with translate_errors():
                problems = server_schema_problems(database)
            if problems:
                raise ServerDatabaseError(
                    f"the database {database.location} is not this app's: {'; '.join(problems)}"
                )
            store = cls(data_dir, database, lock, clock=clock, device_id=_device_id(database))
            store.auto_backup = False  # a server is backed up with pg_dump, not by the app
            store.reapply_erasures()
            store.purge = store.purge_expired()
        except BaseException:
            database.dispose()
            raise
        return store

    @staticmethod
    def start_empty(data_dir: Path) -> None:
        """Create a new, empty database where none is (the officer chose to start anew).

        Opening refuses a missing or empty database while the data folder holds
        backups (see :func:`_check_or_move_aside`); this is the deliberate way past that.
        A database that is there is never replaced (the next opening checks it).
        """
        path = data_dir / DB_NAME
        if path.exists() and path.stat().st_size > 0:
            return
        with translate_errors():
            upgrade(path)

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
        """The database file (SqliteOnlyError on a server)."""
        if self.db.path is None:
            raise SqliteOnlyError("A database file", "Its location is " + self.db.location)
        return self.db.path

    @property
    def location(self) -> str:
        """Where the progress is kept: the file, or the server's URL without its password."""
        return self.db.location

    # -- integrity, backup, restore --------------------------------------------------

    def check(self) -> str:
        """``ok``, or what the full check found (:func:`trainer.storage.health.examine`):
        integrity, references, the schema, and text that is not valid UTF-8."""
        return self.health().verdict()

    def health(self) -> Health:
        """What the full check found, damage and unreadable text apart.

        On a server: the schema revision and the schema itself (the server checks its
        own storage; ``amcheck`` and backups are the administrator's, docs/postgres.md).
        """
        if self.db.is_server:
            from trainer.storage.health import examine_server

            return examine_server(self.db)
        return examine(self.path)

    def backup(self, reason: str = "manual") -> Path:
        """An online, verified backup in the backups folder; BackupError if it fails.

        SqliteOnlyError on a server (whose backups are made with pg_dump)."""
        if self.db.is_server:
            raise SqliteOnlyError("Backing up from the trainer", _PG_DUMP_HINT)
        return make_backup(self.backups, self.path, reason, self.clock)

    def safety_backup(self, reason: str) -> Path | None:
        """The backup made before a large change (an import, a purge), or None on a
        server: there the change runs in one transaction, and copies of the database are
        the administrator's (pg_dump, or the server's continuous archiving)."""
        return None if self.db.is_server else self.backup(reason)

    def restore(self, source: Path) -> Path:
        """Replace the database with ``source`` (a backup), keeping the current one backed up.

        ``source`` must pass the full check (the one start-up and ``db check`` use): a
        file with any schema other than this app's, or with unreadable text, is refused.
        Lockouts in force are carried over (see :func:`_carry_lockouts_over`). Returns
        the pre-restore backup. Automatic backups stay off until the app restarts.
        SqliteOnlyError on a server (restored with pg_restore or psql).
        """
        if self.db.is_server:
            raise SqliteOnlyError(
                "Restoring a backup file",
                "Restore the server's database with pg_restore or psql (docs/postgres.md).",
            )
        health = examine(source)
        if not health.good:
            raise StorageError(f"{source} is not a usable backup: {health.verdict()}")
        refuse_if_too_new(source)
        lockouts = _lockouts(self.db)
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
        _carry_lockouts_over(self.db, lockouts)
        self.reapply_erasures()
        return kept

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A raw read session, for tests and diagnostics."""
        with self.db.read() as session:
            yield session


_PG_DUMP_HINT = (
    "Back the server's database up with pg_dump, e.g. pg_dump --format=custom "
    "--file=trainer.dump DATABASE (docs/postgres.md)."
)


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


def _check_or_move_aside(path: Path, backups: Backups, clock: Clock) -> str | None:
    """The file's schema revision (None: a new database) once it passed the full check.

    A damaged database is moved aside unchanged and DatabaseCorruptError names the
    newest good backup. A missing or empty database while the data folder holds a
    good backup is damage too, not a new start (an empty file used to start anew, and
    each exit backup then rotated a good backup out). A database of a newer version,
    or not this app's, is refused unchanged.
    """
    size = path.stat().st_size if path.exists() else None
    revision: str | None = None
    if size:
        try:
            revision = refuse_if_too_new(path)
        except sqlite3.Error:
            revision = "unreadable"  # the full check below says what is wrong
    if revision is None:
        newest = backups.newest_good()
        if newest is None:
            return None  # a new start
        what = "missing" if size is None else "empty"
        moved = None if size is None else _move_aside(path, clock)
        raise DatabaseCorruptError(
            moved, newest, f"the database file is {what} although the data folder holds backups"
        )
    health = examine(path, scan_text=False)  # unreadable text is shown replaced, not fatal
    if health.usable and revision != "unreadable":
        return revision
    detail = health.verdict() if not health.usable else "its schema revision cannot be read"
    raise DatabaseCorruptError(_move_aside(path, clock), backups.newest_good(), detail)


def _move_aside(path: Path, clock: Clock) -> Path:
    """Move ``path`` (and its WAL) into the data folder's ``damaged`` folder, unchanged."""
    folder = path.parent / "damaged"
    folder.mkdir(exist_ok=True)
    stamp = clock().strftime("%Y%m%dT%H%M%S%f")
    moved = folder / f"progress-{stamp}.db"
    os.replace(path, moved)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, moved.with_name(moved.name + suffix))
    return moved


#: A profile's lock state: failed sign-ins, lock level, when locked, for how long.
LockRow = tuple[int, int, str | None, int]


def _lockouts(database: Database) -> dict[str, LockRow]:
    """Every profile's lock state, by profile id."""
    with database.read() as session:
        rows = session.execute(
            select(
                schema.Profile.id,
                schema.Profile.failed_logins,
                schema.Profile.lock_level,
                schema.Profile.locked_at,
                schema.Profile.locked_seconds,
            )
        ).all()
    return {row[0]: (row[1] or 0, row[2] or 0, row[3], row[4] or 0) for row in rows}


def _carry_lockouts_over(database: Database, before: dict[str, LockRow]) -> None:
    """Restoring never lowers a lockout: each profile keeps at least the lock state the
    live database had (a restore of an older backup used to reset the PIN failure
    counters, so PIN guessing was unlimited). The lock that ends later wins."""
    with database.write() as session:
        for profile in session.scalars(select(schema.Profile)):
            live = before.get(profile.id)
            if live is None:
                continue
            failed, level, locked_at, seconds = live
            profile.failed_logins = max(profile.failed_logins or 0, failed)
            profile.lock_level = max(profile.lock_level or 0, level)
            if locked_at is not None and _lock_end(locked_at, seconds) > _lock_end(
                profile.locked_at, profile.locked_seconds or 0
            ):
                profile.locked_at = locked_at
                profile.locked_seconds = seconds


def _lock_end(locked_at: str | None, seconds: int) -> dt.datetime:
    if not locked_at:
        return dt.datetime.min.replace(tzinfo=dt.UTC)
    try:
        start = dt.datetime.fromisoformat(locked_at.replace("Z", "+00:00"))
    except ValueError:
        return dt.datetime.max.replace(tzinfo=dt.UTC)  # unreadable: treat as in force
    if start.tzinfo is None:
        start = start.replace(tzinfo=dt.UTC)
    return start + dt.timedelta(seconds=seconds)


__all__ = ["DB_NAME", "Clock", "Store", "iso", "name_key", "utc_now"]
