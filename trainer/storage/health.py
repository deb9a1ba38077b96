"""The one check of whether a progress database (live file or backup) is good.

Start-up, ``db check``, restore, the search for the newest good backup and the check
of each new backup copy all ask :func:`examine`, so a file that one of them accepts
is never refused by another (a backup with a damaged index used to be recommended
and restored by a ``quick_check``, then moved aside by the next start's
``integrity_check``). Good means:

- ``integrity_check`` says ``ok`` (``quick_check`` misses damaged records and indexes);
- ``foreign_key_check`` finds no broken reference;
- the schema is exactly this app's at the file's revision: no extra or changed table,
  index, view or trigger (a backup with an added trigger rewrote a failed assessment
  to 100 % after a restore). The expected schema is that of a fresh database migrated
  to the same revision; the head revision's is kept in ``schema_head.json`` (making
  it costs half a second), and a test keeps that file equal to the migrations.

Text that is not valid UTF-8 (one flipped byte in a name) is reported apart: the app
shows it with replacement characters and keeps working, ``db check`` names it, and a
restore refuses such a backup.

A PostgreSQL server (:func:`examine_server`) has no file to check: its storage and
references are the server's to keep (it enforces foreign keys on every statement and
accepts only valid UTF-8). What is checked there is the schema: the revision, then
Alembic's comparison of the live tables, columns, indexes, keys and constraints with
this app's models (which a test keeps equal to the migrations on both databases), and
no views, triggers or rules that this app never makes.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.storage.readonly import read_only

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from trainer.storage.database import Database

SCHEMA_SNAPSHOT = Path(__file__).resolve().parent / "schema_head.json"
#: (type, name, table, normalised SQL) of one sqlite_master row.
SchemaObject = tuple[str, str, str, str]
_MAX_LISTED = 5


@dataclass(frozen=True, slots=True)
class Health:
    """What :func:`examine` found: damage (``problems``) and unreadable text apart."""

    revision: str | None
    problems: tuple[str, ...] = ()
    bad_text: tuple[str, ...] = ()

    @property
    def usable(self) -> bool:
        """Nothing damaged: the app may open it (bad text shows as replacement characters)."""
        return not self.problems

    @property
    def good(self) -> bool:
        """Nothing wrong at all: fit to be restored or offered as a backup."""
        return not self.problems and not self.bad_text

    def verdict(self) -> str:
        """``ok``, or everything found, one finding after another."""
        found = list(self.problems) + [
            f"text that is not valid UTF-8 in {where}" for where in self.bad_text
        ]
        return "ok" if not found else "; ".join(found)


_CONSTRAINT_RE = re.compile(r"^(CONSTRAINT|PRIMARY|FOREIGN|UNIQUE|CHECK)\b", re.IGNORECASE)
_CLOSING = {"(": ")", "'": "'", '"': '"', "`": "`", "[": "]"}


def normalise_sql(sql: bytes | str | None) -> str:
    """Schema SQL compared without its layout: whitespace runs are one space, and a
    table's constraints are in a fixed order (a batch migration writes them in an order
    that changes from run to run; SQLite gives it no meaning)."""
    if sql is None:
        return ""
    if isinstance(sql, bytes):
        sql = sql.decode("utf-8", "replace")
    sql = re.sub(r"\s+", " ", sql).strip()
    if not sql.upper().startswith("CREATE TABLE") or "(" not in sql or not sql.endswith(")"):
        return sql
    head, body = sql[: sql.index("(")], sql[sql.index("(") + 1 : -1]
    items = [item.strip() for item in _top_level_items(body)]
    columns = [item for item in items if not _CONSTRAINT_RE.match(item)]
    constraints = sorted(item for item in items if _CONSTRAINT_RE.match(item))
    return f"{head.strip()} ({', '.join(columns + constraints)})"


def _top_level_items(body: str) -> list[str]:
    """``body`` split at the commas outside brackets and quotes."""
    items, start, depth, quote = [], 0, 0, ""
    for index, char in enumerate(body):
        if quote:
            if char == quote:
                quote = ""
        elif char in "'\"`[":
            quote = _CLOSING[char]
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "," and depth == 0:
            items.append(body[start:index])
            start = index + 1
    items.append(body[start:])
    return items


def schema_objects(connection: sqlite3.Connection) -> set[SchemaObject]:
    """Every schema object in ``connection``'s main database, SQL read as raw bytes."""
    previous = connection.text_factory
    connection.text_factory = bytes
    try:
        rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    finally:
        connection.text_factory = previous
    return {
        (_text(kind), _text(name), _text(table), normalise_sql(sql))
        for kind, name, table, sql in rows
    }


def _text(value: bytes | str | None) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def expected_schema(revision: str) -> set[SchemaObject] | None:
    """The schema of a fresh database at ``revision``; None if this app does not know it."""
    from trainer.storage import migrate

    if revision not in migrate.known_revisions():
        return None
    if revision == migrate.head_revision() and migrate.MIGRATIONS == migrate._SHIPPED_MIGRATIONS:
        snapshot = json.loads(SCHEMA_SNAPSHOT.read_text(encoding="utf-8"))
        if snapshot["revision"] == revision:
            return {(kind, name, table, sql) for kind, name, table, sql in snapshot["objects"]}
    return set(_migrated_schema(migrate.MIGRATIONS, revision))


@functools.cache
def _migrated_schema(migrations: Path, revision: str) -> frozenset[SchemaObject]:
    from trainer.storage.migrate import upgrade

    with tempfile.TemporaryDirectory(prefix="trainer-schema-") as folder:
        path = Path(folder) / "fresh.db"
        upgrade(path, to=revision)
        connection = sqlite3.connect(path)
        try:
            return frozenset(schema_objects(connection))
        finally:
            connection.close()


def write_snapshot() -> None:
    """Write ``schema_head.json`` from the migrations (run after adding a migration)."""
    from trainer.storage.migrate import MIGRATIONS, head_revision

    head = head_revision()
    objects = sorted(_migrated_schema(MIGRATIONS, head))
    SCHEMA_SNAPSHOT.write_text(
        json.dumps({"revision": head, "objects": objects}, indent=1, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )


def schema_differences(actual: set[SchemaObject], expected: set[SchemaObject]) -> list[str]:
    """What differs between two schemas, named by object, extra ones first."""
    expected_by_name = {(kind, name): sql for kind, name, _table, sql in expected}
    actual_by_name = {(kind, name): sql for kind, name, _table, sql in actual}
    found = []
    for kind, name in sorted(actual_by_name.keys() - expected_by_name.keys()):
        found.append(f"an extra {kind} {name!r}")
    for kind, name in sorted(expected_by_name.keys() - actual_by_name.keys()):
        found.append(f"the {kind} {name!r} is missing")
    for key in sorted(actual_by_name.keys() & expected_by_name.keys()):
        if actual_by_name[key] != expected_by_name[key]:
            found.append(f"the {key[0]} {key[1]!r} is not defined as this version defines it")
    return found


def stored_revision_of(connection: sqlite3.Connection) -> str | None:
    """The revision in ``alembic_version``, or None if there is none."""
    tables = {
        _text(row[0])
        for row in connection.execute(
            "SELECT CAST(name AS BLOB) FROM sqlite_master WHERE type='table'"
        )
    }
    if "alembic_version" not in tables:
        return None
    row = connection.execute("SELECT CAST(version_num AS BLOB) FROM alembic_version").fetchone()
    return None if row is None else _text(row[0])


def examine(path: Path, *, scan_text: bool = True) -> Health:
    """The full check of ``path`` (never raises, never writes): see the module docstring.

    A file whose revision this app does not know is not examined against a schema
    (``refuse_if_too_new`` refuses it, unchanged); one with no revision at all is not
    this app's database. ``scan_text`` also reads every text value (start-up skips it:
    unreadable text is no reason to stop).
    """
    from trainer.storage.migrate import known_revisions

    revision: str | None = None
    try:
        with read_only(path) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            verdicts = [_text(row[0]) for row in rows]
            if verdicts != ["ok"]:
                return Health(None, (", ".join(verdicts[:_MAX_LISTED]),))
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            if broken:
                return Health(None, (f"broken references in {_text(broken[0][0])}",))
            revision = stored_revision_of(connection)
            if revision is None:
                return Health(
                    None, ("it is not this app's progress database (no schema revision)",)
                )
            if revision not in known_revisions():
                return Health(revision)
            expected = expected_schema(revision)
            assert expected is not None  # a known revision
            differences = schema_differences(schema_objects(connection), expected)
            if differences:
                listed = "; ".join(differences[:_MAX_LISTED])
                return Health(revision, (f"its schema is not this app's: {listed}",))
            bad_text = tuple(unreadable_text(connection)) if scan_text else ()
    except sqlite3.Error as exc:
        return Health(revision, (str(exc),))
    except UnicodeDecodeError:
        # SQLite's own message quotes the unreadable schema text, which Python cannot decode.
        return Health(revision, (UNREADABLE_SCHEMA,))
    except OSError as exc:
        return Health(revision, (exc.strerror or str(exc),))
    return Health(revision, (), bad_text)


UNREADABLE_SCHEMA = "malformed database schema (its text is not valid UTF-8)"


def schema_problems(path: Path) -> list[str]:
    """Only the schema part of :func:`examine` (cheap: no integrity check), for readers
    that open the database beside the app and must not run on a schema they do not know."""
    from trainer.storage.migrate import known_revisions

    try:
        with read_only(path) as connection:
            revision = stored_revision_of(connection)
            if revision is None or revision not in known_revisions():
                return []  # the caller's refuse_if_too_new says what it is
            expected = expected_schema(revision)
            assert expected is not None
            differences = schema_differences(schema_objects(connection), expected)
    except sqlite3.Error as exc:
        return [str(exc)]
    except UnicodeDecodeError:
        return [UNREADABLE_SCHEMA]
    if differences:
        return ["its schema is not this app's: " + "; ".join(differences[:_MAX_LISTED])]
    return []


def unreadable_text(connection: sqlite3.Connection) -> list[str]:
    """``table.column (row id)`` of every stored text value that is not valid UTF-8."""
    found = []
    tables = [
        _text(row[0])
        for row in connection.execute(
            "SELECT CAST(name AS BLOB) FROM sqlite_master "
            "WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    for table in tables:
        columns = [_text(row[1]) for row in connection.execute(f'PRAGMA table_info("{table}")')]
        for column in columns:
            query = (
                f'SELECT rowid, CAST("{column}" AS BLOB) FROM "{table}" '
                f"WHERE typeof(\"{column}\") = 'text'"
            )
            for rowid, raw in connection.execute(query):
                try:
                    bytes(raw).decode("utf-8")
                except UnicodeDecodeError:
                    found.append(f"{table}.{column} (row {rowid})")
                    if len(found) >= _MAX_LISTED:
                        return found
    return found


# -- a PostgreSQL server ------------------------------------------------------------------

#: Objects this app never makes in its schema, by kind (a trigger could rewrite a result).
_SERVER_EXTRAS = {
    "view": "SELECT table_name FROM information_schema.views WHERE table_schema = current_schema()",
    "trigger": "SELECT DISTINCT trigger_name FROM information_schema.triggers "
    "WHERE trigger_schema = current_schema()",
    "rule": "SELECT rulename FROM pg_rules WHERE schemaname = current_schema()",
}


def server_differences(connection: Connection) -> list[str]:
    """What differs between the server's schema and this app's models, named by object."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from trainer.storage.schema import Base

    context = MigrationContext.configure(connection, opts={"compare_type": True})
    found = [_describe_diff(diff) for diff in compare_metadata(context, Base.metadata)]
    for kind, sql in _SERVER_EXTRAS.items():
        found.extend(
            f"an extra {kind} {name!r}" for name in connection.exec_driver_sql(sql).scalars()
        )
    return found


def _describe_diff(diff: object) -> str:
    """One of Alembic's differences (a tuple, or a list of them for a column) in words."""
    first = diff[0] if isinstance(diff, list) and diff else diff
    if not isinstance(first, tuple) or not first:
        return str(diff)
    action = str(first[0])
    names = [getattr(part, "name", None) for part in first[1:]]
    named = next((name for name in names if isinstance(name, str)), None)
    if action.startswith("add_"):
        return f"the {action.removeprefix('add_')} {named!r} is missing"
    if action.startswith("remove_"):
        return f"an extra {action.removeprefix('remove_')} {named!r}"
    if action.startswith("modify_"):
        table, column = (first[2], first[3]) if len(first) > 3 else ("?", "?")
        return f"the column {table}.{column} is not defined as this version defines it"
    return action


def server_schema_problems(database: Database) -> list[str]:
    """As :func:`schema_problems`, for a server: [] when the schema is this app's head."""
    from trainer.storage.migrate import head_revision, server_revision

    with database.read() as session:
        connection = session.connection()
        revision = server_revision(connection)
        if revision != head_revision():
            return [f"its schema revision is {revision}, not {head_revision()}"]
        differences = server_differences(connection)
    if differences:
        return ["its schema is not this app's: " + "; ".join(differences[:_MAX_LISTED])]
    return []


def examine_server(database: Database) -> Health:
    """The full check of a server's database (see the module docstring); never raises
    for what the server reports, which becomes a problem in the verdict."""
    from sqlalchemy.exc import DBAPIError

    from trainer.storage.migrate import known_revisions, server_revision

    revision: str | None = None
    try:
        with database.read() as session:
            connection = session.connection()
            revision = server_revision(connection)
            if revision is None or revision.startswith("none"):
                return Health(
                    None, ("it is not this app's progress database (no schema revision)",)
                )
            if revision not in known_revisions():
                return Health(revision)
        problems = server_schema_problems(database)
    except DBAPIError as exc:
        return Health(revision, (str(exc.orig).strip(),))
    return Health(revision, tuple(problems))
