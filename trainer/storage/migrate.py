"""Schema upgrades with Alembic, run at start-up after a verified backup.

A database written by a newer app is refused without touching the file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.storage.errors import DatabaseTooNewError, ForeignDatabaseError

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.engine import URL

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_SHIPPED_MIGRATIONS = MIGRATIONS

#: The revisions in the shipped migrations folder, oldest first. Importing Alembic
#: costs ~150 ms at every start, so an up-to-date database is recognised without it;
#: ``tests/storage/test_startup_and_migrations.py`` keeps this list equal to the folder.
SHIPPED_REVISIONS = ("0001", "0002", "0003", "0004")


def _config() -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The newest schema revision this app knows."""
    if MIGRATIONS == _SHIPPED_MIGRATIONS:
        return SHIPPED_REVISIONS[-1]
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()  # type: ignore[arg-type]
    assert head is not None
    return head


def known_revisions() -> set[str]:
    """Every revision this app's migrations define."""
    if MIGRATIONS == _SHIPPED_MIGRATIONS:
        return set(SHIPPED_REVISIONS)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())  # type: ignore[arg-type]
    return {rev.revision for rev in script.walk_revisions()}


def stored_revision(path: Path) -> str | None:
    """The schema revision recorded in ``path``, read without writing anything to it.

    A database that is not empty but has no revision table was not written by this
    app (or by a newer one that versions its schema differently): its "revision" is
    a description such as ``"none (user_version 7)"``, which no app knows. This
    app never sets ``user_version``.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        return _stored_revision(path)
    except UnicodeDecodeError as exc:
        # SQLite's message quotes a schema that is not valid UTF-8: damage, said as such.
        raise sqlite3.DatabaseError("malformed database schema (not valid UTF-8)") from exc


def _stored_revision(path: Path) -> str | None:
    from trainer.storage.readonly import read_only

    with read_only(path) as connection:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not row[0].startswith("sqlite_")
        }
        if "alembic_version" not in tables:
            user_version = connection.execute("PRAGMA user_version").fetchone()[0]
            if user_version:
                return f"none (user_version {user_version})"
            if tables:
                return f"none (unknown tables: {', '.join(sorted(tables)[:3])})"
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])


@dataclass(frozen=True, slots=True)
class MigrationResult:
    """What the start-up upgrade did."""

    before: str | None
    after: str


def refuse_if_too_new(path: Path) -> str | None:
    """The stored revision; DatabaseTooNewError if this app does not know it.

    ForeignDatabaseError if the file has tables but no revision: it is not this
    app's database at all (no newer version would help).
    """
    return _known_or_refused(stored_revision(path), path)


def _known_or_refused(revision: str | None, where: Path | str) -> str | None:
    """``revision`` if this app knows it (or there is none); else the refusal for
    ``where``: foreign (tables but no revision) or too new."""
    if revision is not None and revision.startswith("none"):
        raise ForeignDatabaseError(where, revision.removeprefix("none").strip(" ()"))
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(where, revision)
    return revision


def _upgrade_on(connection: Connection, head: str) -> None:
    """Run Alembic's upgrade to ``head`` on ``connection`` (its transaction, not its own)."""
    from alembic import command

    config = _config()
    config.attributes["connection"] = connection  # type: ignore[attr-defined]
    command.upgrade(config, head)  # type: ignore[arg-type]


def upgrade(path: Path, *, to: str | None = None) -> MigrationResult:
    """Bring ``path`` to the head revision (or ``to``) in one transaction, foreign keys off.

    The caller has already backed the file up (see :class:`trainer.storage.store.Store`).
    """
    before = refuse_if_too_new(path)
    head = to or head_revision()
    if before == head:
        return MigrationResult(before, head)  # the usual start: Alembic is never imported
    from trainer.storage.database import _make_engine

    engine = _make_engine(path, "BEGIN IMMEDIATE", foreign_keys=False)
    try:
        with engine.connect() as connection:
            _upgrade_on(connection, head)
            connection.commit()
    finally:
        engine.dispose()
    return MigrationResult(before, head)


# -- a PostgreSQL server (trainer.storage.postgres) ----------------------------------------


def server_revision(connection: Connection) -> str | None:
    """The revision stored on a server, in the connection's current schema (as
    :func:`stored_revision` reads a file): None for an empty schema, ``"none (...)"``
    for one holding tables that are not this app's."""
    tables = sorted(
        str(name)
        for name in connection.exec_driver_sql(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).scalars()
    )
    if "alembic_version" not in tables:
        if tables:
            return f"none (unknown tables: {', '.join(tables[:3])})"
        return None
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return None if row is None else str(row[0])


def refuse_server_if_too_new(connection: Connection, where: str) -> str | None:
    """As :func:`refuse_if_too_new`, for a server; ``where`` names it in messages."""
    return _known_or_refused(server_revision(connection), where)


def upgrade_server(url: URL, *, to: str | None = None) -> MigrationResult:
    """Bring the server's schema to the head revision (or ``to``) in one transaction.

    PostgreSQL runs DDL inside transactions, so a failed migration leaves nothing
    half-changed; the write lock (see trainer.storage.postgres) is taken first, so two
    trainers starting at once migrate one after the other, and the second finds the
    work done. The server's own backups (pg_dump) are the administrator's, before
    upgrading the app: this app cannot copy a server database (docs/postgres.md).
    """
    from trainer.storage.postgres import describe, make_engine

    head = to or head_revision()
    engine = make_engine(url, write=True)
    try:
        with engine.connect() as connection:
            before = refuse_server_if_too_new(connection, describe(url))  # holds the lock now
            if before != head:
                _upgrade_on(connection, head)
            connection.commit()
    finally:
        engine.dispose()
    return MigrationResult(before, head)
