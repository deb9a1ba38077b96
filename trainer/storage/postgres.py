"""A training centre's PostgreSQL server as the progress database (issue 18, point 5).

The store reads and writes through the same two sessions as on SQLite
(:class:`trainer.storage.database.Database`); what differs is how they are made safe:

- **Writes are serialised, as SQLite's ``BEGIN IMMEDIATE`` did.** Every write
  transaction first takes one transaction-scoped advisory lock
  (``pg_advisory_xact_lock``), so writers run one at a time and readers never wait. The
  store's writes read, then write (a results merge skips what is there, a failed sign-in
  adds to a counter): under PostgreSQL's default READ COMMITTED two of them at once could
  both insert the same attempt or lose a counter update. SERIALIZABLE would catch that,
  but by failing one of them with a serialization error that every caller would have to
  retry, and no write path here is written to be replayed. The lock gives the guarantee
  the SQLite code was written for, with nothing to retry; a centre's write rate (a few
  merges and sign-ins a minute) is far below what one writer at a time handles.
- **A writer waits at most** ``BUSY_TIMEOUT_MS`` for the lock (``lock_timeout``), then
  gets :class:`DatabaseBusyError`, as SQLite's busy timeout gave.
- **Reads are REPEATABLE READ, READ ONLY**: one snapshot per read session, as SQLite's
  ``BEGIN`` gave (a listing and its titles agree while someone writes).
- Durability is the server's (``synchronous_commit``, its WAL and its backups): the
  SQLite pragmas have no counterpart to set here.

The driver is psycopg 3, an optional extra (``pip install 'hate-crime-trainer[postgres]'``):
station laptops never need it, and it would add about 12 MB to their bundle.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, Table, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from trainer.storage.database import BUSY_TIMEOUT_MS, Database
from trainer.storage.errors import ReadOnlyStoreError, ServerDatabaseError

#: The advisory lock every write transaction takes first (any fixed 64-bit number; this
#: one spells "trainer" in ASCII). Advisory locks are per database: two trainer schemas
#: in one PostgreSQL database share it, which only serialises them a little more.
WRITE_LOCK_KEY = 0x747261696E6572
DRIVER = "postgresql+psycopg"
_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
_INSTALL_HINT = (
    "PostgreSQL support is not installed with this trainer: install it with "
    "pip install 'hate-crime-trainer[postgres]' (the psycopg driver)"
)


def server_url(text: str) -> URL:
    """The SQLAlchemy URL of a PostgreSQL server for ``--db-url`` text.

    ``postgresql://``, ``postgres://`` and ``postgresql+psycopg://`` are accepted (all
    with psycopg 3); anything else raises ServerDatabaseError naming what was given
    (without its password).
    """
    try:
        url = make_url(text)
    except ArgumentError:
        raise ServerDatabaseError(
            f"the database URL {_hide_password(text)!r} is not a URL such as "
            "postgresql://USER@HOST/DATABASE"
        ) from None
    if url.drivername not in _SCHEMES:
        raise ServerDatabaseError(
            f"the database URL {url.render_as_string(hide_password=True)!r} is not a "
            "PostgreSQL one (postgresql://USER@HOST/DATABASE): a station's SQLite "
            "database is the file in its data folder and needs no URL"
        )
    if not url.database:
        raise ServerDatabaseError(
            f"the database URL {url.render_as_string(hide_password=True)!r} names no "
            "database (postgresql://USER@HOST/DATABASE)"
        )
    return url.set(drivername=DRIVER)


def _hide_password(text: str) -> str:
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", text)


def describe(url: URL) -> str:
    """The URL for messages: never its password."""
    return url.render_as_string(hide_password=True)


def make_engine(url: URL, *, write: bool) -> Engine:
    """An engine on ``url``: writers serialised by the advisory lock, readers on snapshots."""
    try:
        import psycopg  # noqa: F401  (only to say clearly when the extra is missing)
    except ImportError:
        raise ServerDatabaseError(_INSTALL_HINT) from None
    engine = create_engine(
        url,
        isolation_level="READ COMMITTED" if write else "REPEATABLE READ",
        pool_pre_ping=True,  # a centre's server restarts; a dead pooled connection is replaced
        connect_args={"connect_timeout": 10, "application_name": "trainer"},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
        dbapi_connection.commit()

    if write:

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Any) -> None:
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")

        return engine
    return engine.execution_options(postgresql_readonly=True)


class PostgresDatabase(Database):
    """The progress database on a PostgreSQL server; see the module docstring."""

    dialect = "postgresql"

    def __init__(self, url: URL, *, read_only: bool = False) -> None:  # no file: no super()
        self.url = url
        self.path = None
        self.read_only = read_only
        self.read_engine = make_engine(url, write=False)
        self.write_engine = self.read_engine if read_only else make_engine(url, write=True)

    @property
    def location(self) -> str:
        return describe(self.url)

    @property
    def placeholder(self) -> str:
        return "%s"

    @contextmanager
    def write(self) -> Iterator[Session]:
        if self.read_only:
            raise ReadOnlyStoreError()
        with super().write() as session:
            yield session

    def insert_many(self, session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
        """As :meth:`Database.insert_many`, through ``COPY ... FROM STDIN``: one stream
        instead of a statement per row (with the statistics below, the merge bench went
        from 9.4-9.7 s to 6.3-6.5 s; docs/postgres.md). A column a row leaves out gets
        its scalar default, as Core's insert gives it, else NULL."""
        if not rows:
            return
        given = set(rows[0])
        defaults = {
            column.name: column.default.arg  # type: ignore[attr-defined]
            for column in table.columns
            if column.name not in given and column.default is not None and column.default.is_scalar
        }
        columns = [column.name for column in table.columns if column.name in given]
        names = ", ".join(f'"{name}"' for name in [*columns, *defaults])
        fixed = list(defaults.values())
        driver: Any = session.connection().connection.driver_connection
        with (
            driver.cursor() as cursor,
            cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy,
        ):
            for row in rows:
                copy.write_row([*(row[name] for name in columns), *fixed])

    def bulk_written(self, session: Session, added: dict[str, int]) -> None:
        """Refresh the planner's statistics of each table that a merge at least doubled
        (as the planner last knew it), in the same transaction.

        A merge into a new centre's empty tables otherwise runs on statistics that say
        they are empty: the foreign-key checks and id lookups of the next files were
        then planned as scans of whole tables, and the 10-file bench took 64-82 s
        instead of seconds. Autovacuum would catch up, but only after the merge. Only
        a doubling is worth an ANALYZE (each reads a sample of up to 30,000 rows), so a
        growing table is analysed a logarithmic number of times.
        """
        connection = session.connection()
        for table, count in added.items():
            if count <= 0:
                continue
            known = connection.exec_driver_sql(
                "SELECT reltuples FROM pg_class WHERE oid = to_regclass(%(name)s)",
                {"name": f'"{table}"'},
            ).scalar()
            if known is None or known < count:  # -1: never analysed
                connection.exec_driver_sql(f'ANALYZE "{table}"')

    def checkpoint(self) -> None:
        """Nothing: the server manages its own write-ahead log."""

    def dispose(self) -> None:
        self.read_engine.dispose()
        self.write_engine.dispose()
