"""The progress database opened for reading only, beside a running app.

The desktop app holds the instance lock for as long as it runs; commands that only
read (``trainer profile list``, ``history``, ``db check``) must still work then. In
WAL mode SQLite lets any number of readers see the last committed state while one
connection writes, so a reader needs no lock, as long as it never writes: its
connections are opened ``mode=ro`` (and ``query_only``), so it cannot create the
database, migrate it, move a damaged file aside or checkpoint the WAL (a read-only
connection never checkpoints, not even as the last one to close). What the writers'
start-up would change is reported instead: no database yet, a schema this app must
upgrade first, or damage.

If the lock is free, the reader takes it for as long as it reads, so that no app
starts meanwhile: then the ``-wal``/``-shm`` files its read-only connection had to
create are its own, and it removes them again, leaving the folder as it found it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

from trainer.storage.backup import Backups, integrity_check
from trainer.storage.database import BUSY_TIMEOUT_MS, Database, classify
from trainer.storage.errors import (
    DatabaseCorruptError,
    ReadOnlyStoreError,
    ServerDatabaseError,
    StorageError,
)
from trainer.storage.health import schema_problems
from trainer.storage.instance_lock import InstanceLock
from trainer.storage.migrate import head_revision, refuse_if_too_new
from trainer.storage.peek import DB_NAME
from trainer.storage.readonly import decode_text
from trainer.storage.records import ProfileRecord
from trainer.storage.store import Clock, Store, utc_now

_READ_PRAGMAS = (
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA query_only=ON",
    "PRAGMA trusted_schema=OFF",
)


class NoDatabaseError(StorageError):
    """There is no progress database in the data folder yet (nothing was ever recorded)."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        super().__init__(f"There is no progress database in {data_dir} yet: nothing is recorded.")


class DatabaseNeedsUpgradeError(StorageError):
    """The database has an older schema, which only a writer may upgrade."""

    def __init__(self, path: Path | str, revision: str) -> None:
        self.revision = revision
        super().__init__(
            f"The progress database {path} has an older schema ({revision}) that this version "
            "upgrades when it starts. Start the trainer (or any command that records) once; "
            "reading commands leave the file unchanged."
        )


def _read_only_engine(path: Path) -> Engine:
    uri = path.absolute().as_uri() + "?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(
            uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # transactions begin in "begin" below
        dbapi_connection.text_factory = decode_text
        for pragma in _READ_PRAGMAS:
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # One snapshot per read: a listing and its titles agree even while the app writes.
        connection.exec_driver_sql("BEGIN")

    return engine


class ReadOnlyDatabase(Database):
    """A :class:`Database` with one read-only engine: reads work, writes are refused."""

    def __init__(self, path: Path) -> None:  # no super(): the writer's engines are never made
        self.path = path
        self.read_engine = _read_only_engine(path)
        self.write_engine = self.read_engine

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        raise ReadOnlyStoreError()

    def checkpoint(self) -> None:
        """Nothing: only the app that writes checkpoints the WAL."""

    def dispose(self) -> None:
        self.read_engine.dispose()


class ReadOnlyStore(Store):
    """A :class:`Store` for reading beside a running app; see the module docstring.

    Profiles erased on this laptop stay hidden (as after a writer's start-up, which
    erases them again if a restored backup brought them back).
    """

    def __init__(
        self,
        data_dir: Path,
        database: Database,
        lock: InstanceLock | None,
        *,
        clock: Clock,
        created_side_files: list[Path],
    ) -> None:
        super().__init__(data_dir, database, lock, clock=clock, device_id="")
        self.auto_backup = False
        self._erased: set[str] | None = None  # read when first needed: `db check` never does
        self._created_side_files = created_side_files

    @property
    def _erased_ids(self) -> set[str]:
        if self._erased is None:
            self._erased = set(self.erased_profile_ids())
        return self._erased

    def find_profile(self, display_name: str) -> ProfileRecord | None:
        found = super().find_profile(display_name)
        return None if found is None or found.id in self._erased_ids else found

    def get_profile(self, profile_id: str) -> ProfileRecord | None:
        return None if profile_id in self._erased_ids else super().get_profile(profile_id)

    def list_profiles(self) -> list[ProfileRecord]:
        return [p for p in super().list_profiles() if p.id not in self._erased_ids]

    def check(self) -> str:
        """As :meth:`Store.check`; damage that stops SQLite mid-check is described, not raised."""
        try:
            return super().check()
        except StorageError:
            if self.db.is_server:
                raise  # the server answered nothing: no file to look into instead
            verdict = integrity_check(self.path)  # never raises: says what SQLite found
            if verdict == "ok":
                raise  # not damage (busy, say): reported as it is
            return verdict

    def close(self, *, backup: bool = False) -> Path | None:
        """Close the connections; remove the side files it created; release the lock if held."""
        self.db.dispose()
        try:
            if self.lock is not None:
                for side in self._created_side_files:
                    with contextlib.suppress(OSError):
                        side.unlink()
        finally:
            if self.lock is not None:
                self.lock.release()
        return None


def open_read_only(
    data_dir: Path,
    *,
    clock: Clock = utc_now,
    check_schema: bool = True,
    db_url: str | None = None,
) -> ReadOnlyStore:
    """The store in ``data_dir`` for reading, whether or not the app is running.

    NoDatabaseError if there is none yet, DatabaseNeedsUpgradeError or
    DatabaseTooNewError if its schema is not this app's, a StorageError naming the
    damage if SQLite cannot read it (DatabaseCorruptError if its schema differs from
    this app's: one changed byte there breaks every query). Nothing in the folder is changed.
    ``db_url``: the same, on a PostgreSQL server (read-only transactions, no lock).
    """
    if db_url is not None:
        return _open_server_read_only(data_dir, db_url, clock=clock, check_schema=check_schema)
    path = data_dir / DB_NAME
    if not path.is_file() or path.stat().st_size == 0:
        newest = Backups(data_dir / "backups").newest_good()
        if newest is not None:  # as at start-up: damage, not a new start
            what = "empty" if path.is_file() else "missing"
            raise DatabaseCorruptError(
                None, newest, f"the database file is {what} although the data folder holds backups"
            )
        raise NoDatabaseError(data_dir)
    free = InstanceLock(data_dir)
    # None: the app is running, and the -wal/-shm files are its own.
    lock = free if free.try_acquire() else None
    sides = [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]
    created = [side for side in sides if not side.exists()]
    database: ReadOnlyDatabase | None = None
    try:
        try:
            revision = refuse_if_too_new(path)
        except sqlite3.Error as exc:
            raise _damaged(exc) from exc
        if revision is None:
            raise NoDatabaseError(data_dir)
        if revision != head_revision():
            raise DatabaseNeedsUpgradeError(path, revision)
        # A query on a schema this app does not know is a crash (``check_schema=False``:
        # the caller runs the full check itself and reports what it finds).
        damage = schema_problems(path) if check_schema else []
        if damage:
            newest = Backups(data_dir / "backups").newest_good()
            raise DatabaseCorruptError(None, newest, "; ".join(damage))
        database = ReadOnlyDatabase(path)
        return ReadOnlyStore(data_dir, database, lock, clock=clock, created_side_files=created)
    except BaseException:
        if database is not None:
            database.dispose()
        if lock is not None:
            for side in created:
                with contextlib.suppress(OSError):
                    side.unlink()
            lock.release()
        raise


def _open_server_read_only(
    data_dir: Path, db_url: str, *, clock: Clock, check_schema: bool
) -> ReadOnlyStore:
    from trainer.storage.health import server_schema_problems
    from trainer.storage.migrate import refuse_server_if_too_new
    from trainer.storage.postgres import PostgresDatabase, server_url

    database = PostgresDatabase(server_url(db_url), read_only=True)
    try:
        with database.read() as session:
            revision = refuse_server_if_too_new(session.connection(), database.location)
        if revision is None:
            raise NoDatabaseError(data_dir)
        if revision != head_revision():
            raise DatabaseNeedsUpgradeError(database.location, revision)
        problems = server_schema_problems(database) if check_schema else []
        if problems:
            raise ServerDatabaseError(
                f"the database {database.location} is not this app's: {'; '.join(problems)}"
            )
        return ReadOnlyStore(data_dir, database, None, clock=clock, created_side_files=[])
    except BaseException:
        database.dispose()
        raise


def _damaged(error: sqlite3.Error) -> StorageError:
    return classify(error) or StorageError(f"The progress database cannot be read ({error}).")
