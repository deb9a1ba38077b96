"""The database suites on a PostgreSQL server as well as SQLite (issue 18, point 5).

With ``TRAINER_TEST_DB_URL`` set (``make test`` starts a throwaway server and sets it
for its second run, see tools/postgres-test-server.sh), every data folder a test uses
gets a schema of its own on that server, given to the store through libpq's
``search_path`` option: the app's own setting (``trainer.paths.database_url``) answers
with it, so each store the test opens (``open_services``, the CLI in process) keeps
that folder's progress there, starting empty, as it would in the folder's SQLite file
(a results test has stations and a centre, each its own). The schemas are dropped
after the test.
Tests marked ``sqlite_only`` (about the SQLite file itself: its backups, damage,
pragmas, WAL, the quick look) are skipped then, with their reason.

Without the variable nothing changes: the SQLite file in the test's data folder.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

#: The server database the PostgreSQL run uses (None: the SQLite run).
TEST_DB_URL = os.environ.get("TRAINER_TEST_DB_URL") or None

_admin_engine: Any = None


def _admin() -> Any:
    """One engine on the test database for making and dropping schemas (kept all session)."""
    global _admin_engine
    if _admin_engine is None:
        from sqlalchemy import create_engine

        from trainer.storage.postgres import server_url

        assert TEST_DB_URL is not None
        _admin_engine = create_engine(
            server_url(TEST_DB_URL), isolation_level="AUTOCOMMIT", poolclass=_null_pool()
        )
    return _admin_engine


def _null_pool() -> Any:
    from sqlalchemy.pool import NullPool

    return NullPool


def schema_url(schema: str) -> str:
    """``TEST_DB_URL`` with ``schema`` as the only schema its connections see."""
    assert TEST_DB_URL is not None
    separator = "&" if "?" in TEST_DB_URL else "?"
    return f"{TEST_DB_URL}{separator}options={quote(f'-csearch_path={schema}', safe='')}"


class SchemaPerFolder:
    """``trainer.paths.database_url`` for a test: each data folder its own new schema."""

    def __init__(self) -> None:
        self.urls: dict[str, str] = {}
        self._open: list[Any] = []

    def __call__(self, folder: Any, explicit: str | None = None) -> str | None:
        if explicit is not None:
            return explicit.strip() or None
        key = os.path.realpath(folder)
        if key not in self.urls:
            context = fresh_schema()
            self.urls[key] = context.__enter__()
            self._open.append(context)
        return self.urls[key]

    def close(self) -> None:
        """Drop every schema made (disposing first the engines a test left open is its own
        job: a schema in use waits for its connections, so it is dropped CASCADE)."""
        while self._open:
            self._open.pop().__exit__(None, None, None)


@contextmanager
def fresh_schema() -> Iterator[str]:
    """A new, empty schema on the test server (dropped afterwards); yields its URL."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    with _admin().connect() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{name}"')
    try:
        yield schema_url(name)
    finally:
        from sqlalchemy.exc import OperationalError

        with _admin().connect() as connection:
            # A connection a test left open would make the drop wait for ever: give up
            # after a while instead (the server is thrown away after the run anyway).
            connection.exec_driver_sql("SET lock_timeout = '10s'")
            with contextlib.suppress(OperationalError):
                connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def child_database_env(folder: Any) -> dict[str, str]:
    """What a child ``trainer`` process needs in its environment to use the database the
    tests give ``folder``: on the PostgreSQL run its schema's URL as ``TRAINER_DB_URL``
    (the monkeypatched setting does not reach another process); nothing on SQLite."""
    if TEST_DB_URL is None:
        return {}
    from trainer import paths

    url = paths.database_url(folder)
    return {} if url is None else {"TRAINER_DB_URL": url}


def _connect(folder: Any) -> tuple[Any, str]:
    """A DB-API connection to the database the tests give ``folder``, and its marker."""
    from pathlib import Path

    from trainer import paths

    url = paths.database_url(Path(folder))
    if url is None:
        import sqlite3

        return sqlite3.connect(Path(folder) / "progress.db"), "?"
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    return (
        psycopg.connect(
            host=parsed.host,
            port=parsed.port,
            user=parsed.username,
            dbname=parsed.database,
            options=parsed.query.get("options"),
        ),
        "%s",
    )


def _with_marker(sql: str, marker: str, args: tuple[object, ...]) -> tuple[str, Any]:
    """``sql`` for the driver: psycopg's ``%s`` markers need a literal ``%`` doubled."""
    if marker == "%s":
        sql = sql.replace("%", "%%")
    return sql.replace("?", marker), (args if args or marker == "?" else None)


def rows(folder: Any, sql: str, *args: object) -> list[tuple[Any, ...]]:
    """``sql`` (with ``?`` markers) run on ``folder``'s database, SQLite file or server."""
    connection, marker = _connect(folder)
    try:
        return [tuple(row) for row in connection.execute(*_with_marker(sql, marker, args))]
    finally:
        connection.close()


def execute(folder: Any, sql: str, *args: object) -> None:
    """``sql`` (with ``?`` markers) run and committed on ``folder``'s database."""
    connection, marker = _connect(folder)
    try:
        connection.execute(*_with_marker(sql, marker, args))
        connection.commit()
    finally:
        connection.close()
