"""Opening the progress database with the settings that keep every answer safe.

:class:`Database` is the SQLite file of a station laptop (the default);
:class:`trainer.storage.postgres.PostgresDatabase` is a training centre's server, with
the same ``write()``/``read()`` sessions. On SQLite:

- WAL + ``synchronous=FULL``: a committed step survives a kill or a power cut.
- Every write starts with ``BEGIN IMMEDIATE``: a read that later wants to write
  fails at once with SQLITE_BUSY_SNAPSHOT despite any busy timeout, so writes
  take the write lock up front. Reads use a separate engine with plain ``BEGIN``.
- ``secure_delete``: erased personal data does not linger in free pages.
- ``trusted_schema=OFF``: no schema object can call functions with side effects.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from trainer.storage.errors import (
    DatabaseBusyError,
    StorageError,
    StorageFullError,
    StorageIOError,
)
from trainer.storage.readonly import decode_text

BUSY_TIMEOUT_MS = 5000
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA secure_delete=ON",
    "PRAGMA trusted_schema=OFF",
)


def _make_engine(path: Path, begin: str, *, foreign_keys: bool = True) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy's "begin" event below; the sqlite3
        # module would otherwise open deferred transactions and commit around DDL.
        dbapi_connection.isolation_level = None
        dbapi_connection.text_factory = decode_text
        cursor = dbapi_connection.cursor()
        for pragma in PRAGMAS:
            if pragma == "PRAGMA foreign_keys=ON" and not foreign_keys:
                pragma = "PRAGMA foreign_keys=OFF"
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine


class Database:
    """The two engines over one file: writes (BEGIN IMMEDIATE) and reads (BEGIN)."""

    #: SQLAlchemy's dialect name: the few queries written per database ask it.
    dialect = "sqlite"
    #: The file (None for a database server: backups, checks and restores are per file).
    path: Path | None
    write_engine: Engine
    read_engine: Engine

    def __init__(self, path: Path) -> None:
        self.path = path
        self.write_engine = _make_engine(path, "BEGIN IMMEDIATE")
        self.read_engine = _make_engine(path, "BEGIN")

    @property
    def is_server(self) -> bool:
        """Whether this is a database server (PostgreSQL) rather than a file of our own."""
        return self.path is None

    @property
    def location(self) -> str:
        """Where the database is, for messages (a server's URL without its password)."""
        return str(self.path)

    @property
    def placeholder(self) -> str:
        """The driver's parameter marker, for the few queries sent to the driver as text."""
        return "?"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose transaction holds the write lock from its first statement.

        Commits on success; on any failure rolls back and raises a StorageError
        that says what happened (disk full, I/O error, busy).
        """
        with Session(self.write_engine, expire_on_commit=False) as session:
            try:
                with translate_errors():
                    yield session
                    session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session (never flushed or committed)."""
        with Session(self.read_engine, autoflush=False) as session:
            with translate_errors():
                yield session
            session.rollback()

    def insert_many(self, session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert ``rows`` (dicts of every column) into ``table`` in ``session``'s
        transaction: Core's executemany here, one prepared statement for all rows."""
        session.connection().execute(table.insert(), rows)

    def bulk_written(self, session: Session, added: dict[str, int]) -> None:
        """Tell the database that ``session`` added rows to tables (``added``: how many
        to each), as a merge does.

        Nothing on SQLite, whose planner needs no statistics for these lookups by key.
        """

    def checkpoint(self) -> None:
        """Copy the WAL into the main file and truncate it (outside any transaction)."""
        raw = self.write_engine.raw_connection()
        try:
            with translate_errors():
                raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # type: ignore[union-attr]
        finally:
            raw.close()

    def dispose(self) -> None:
        """Close every pooled connection (before backups are restored or files moved)."""
        self.write_engine.dispose()
        self.read_engine.dispose()


@contextmanager
def translate_errors() -> Iterator[None]:
    """Turn SQLite failures caused by the environment into StorageErrors."""
    try:
        yield
    except (OperationalError, DBAPIError) as exc:
        translated = classify(exc.orig)
        if translated is None:
            raise  # not the environment's fault: a bug, reported as one
        raise translated from exc
    except sqlite3.Error as exc:
        translated = classify(exc)
        if translated is None:
            raise
        raise translated from exc


def classify(error: BaseException | None) -> StorageError | None:
    """The StorageError for a sqlite3 or PostgreSQL error caused by the environment, else None."""
    if hasattr(error, "sqlstate"):  # psycopg's errors (None when the connection failed)
        return _classify_postgres(error, getattr(error, "sqlstate", None) or "")
    name = getattr(error, "sqlite_errorname", "") or ""
    text = str(error)
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return StorageFullError(name or text)
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in text:
        return StorageIOError(name or text)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return DatabaseBusyError()
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "malformed" in text:
        return StorageError(
            "The progress database is damaged. Close the trainer and start it again: it will "
            f"check the file and offer the newest good backup. ({name or text})"
        )
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM")):
        return StorageError(f"The progress database cannot be written here ({name}).")
    return None


#: PostgreSQL's SQLSTATE classes and codes caused by the environment (Appendix A of its
#: manual): what a user can do something about, as opposed to our own bugs.
_PG_FULL = ("53100", "53200", "53300", "54000")  # disk full, out of memory, too many clients
_PG_BUSY = ("55P03", "57014", "40001", "40P01")  # lock timeout, cancelled, serialization
_PG_GONE_CLASSES = ("08", "57P")  # connection exceptions, server shutting down


def _classify_postgres(error: BaseException | None, sqlstate: str) -> StorageError | None:
    text = str(error).strip()
    if sqlstate in _PG_FULL:
        return StorageFullError(f"the database server says: {text}")
    if sqlstate == "58030":
        return StorageIOError(f"the database server says: {text}")
    if sqlstate in _PG_BUSY:
        return DatabaseBusyError()
    if sqlstate.startswith("28") or sqlstate.startswith("3D"):
        return StorageError(f"The database server refused the connection: {text}")
    if sqlstate.startswith("42501"):
        return StorageError(f"The database server does not allow this: {text}")
    # An OperationalError with no SQLSTATE: the connection itself failed (server down,
    # wrong host or port); other errors without one are ours (a bad query), not reported so.
    no_state = not sqlstate and type(error).__name__ == "OperationalError"
    if no_state or (sqlstate and sqlstate.startswith(_PG_GONE_CLASSES)):
        return StorageError(f"The database server cannot be reached: {text}")
    return None
