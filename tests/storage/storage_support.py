"""Helpers shared by the storage tests and the golden-database generator.

Content checksums: a table's digest is the SHA-256 of its rows (chosen columns,
JSON-encoded, sorted), so it does not depend on row order, page layout or
rowids, and a later migration that adds columns leaves the digest of the old
columns unchanged.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
GOLDEN_DIR = Path(__file__).resolve().parent / "golden"
#: The tables that carry officers' progress: a migration must never change their content.
DATA_TABLES = (
    "meta",
    "profiles",
    "scenario_versions",
    "attempts",
    "attempt_states",
    "steps",
    "card_lookups",
    "competency_results",
    "audit_log",
)


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that only reads ``path``, always closed.

    Not ``mode=ro``: a read-only connection to a WAL database cannot remove the
    ``-wal``/``-shm`` files when it closes, and tests check that none are left.
    A plain connection sees committed WAL content and tidies up as the last one out.
    """
    if not path.is_file():
        raise FileNotFoundError(path)
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA query_only=ON")
        yield connection
    finally:
        connection.close()


def columns_of(connection: sqlite3.Connection, table: str) -> list[str]:
    """The column names of ``table`` in declaration order."""
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def table_digest(connection: sqlite3.Connection, table: str, columns: Iterable[str]) -> str:
    """SHA-256 over the sorted, JSON-encoded rows of ``columns`` of ``table``."""
    names = ", ".join(f'"{c}"' for c in columns)
    rows = sorted(
        json.dumps(list(row), ensure_ascii=False)
        for row in connection.execute(f'SELECT {names} FROM "{table}"')
    )
    digest = hashlib.sha256()
    for row in rows:
        digest.update(row.encode("utf-8"))
        digest.update(b"\n")
    return digest.hexdigest()


def table_summary(
    path: Path, tables: Mapping[str, Iterable[str]] | None = None
) -> dict[str, dict[str, Any]]:
    """Rows and digest per table; ``tables`` maps a table to the columns to hash."""
    summary: dict[str, dict[str, Any]] = {}
    with read_only(path) as connection:
        wanted = tables or {t: columns_of(connection, t) for t in DATA_TABLES}
        for table, columns in wanted.items():
            columns = list(columns)
            count = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            summary[table] = {
                "columns": columns,
                "rows": count,
                "sha256": table_digest(connection, table, columns),
            }
    return summary


def digests(path: Path, tables: Iterable[str] = DATA_TABLES) -> dict[str, tuple[int, str]]:
    """(rows, digest over all current columns) for each table."""
    summary = table_summary(path, None)
    return {t: (summary[t]["rows"], summary[t]["sha256"]) for t in tables}


def pragma_rows(path: Path, pragma: str) -> list[tuple[Any, ...]]:
    """The rows a PRAGMA returns on a read-only connection."""
    with read_only(path) as connection:
        return connection.execute(f"PRAGMA {pragma}").fetchall()


def stored_revision(path: Path) -> str | None:
    """The alembic revision in ``path`` (None if there is no version table)."""
    with read_only(path) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def golden_files() -> list[Path]:
    """Every golden database, oldest schema first."""
    return sorted(GOLDEN_DIR.glob("schema-*.sqlite"))


def expected_for(golden: Path) -> dict[str, Any]:
    """The expected mapping recorded next to a golden database."""
    return json.loads(golden.with_suffix(".json").read_text(encoding="utf-8"))


def install_golden(golden: Path, data_dir: Path) -> Path:
    """Copy a golden database into ``data_dir`` as the live database; returns its path."""
    data_dir.mkdir(parents=True, exist_ok=True)
    target = data_dir / "progress.db"
    shutil.copyfile(golden, target)
    return target


def side_files(path: Path) -> list[Path]:
    """The -wal / -shm / -journal files next to ``path`` that exist."""
    return [
        path.with_name(path.name + suffix)
        for suffix in ("-wal", "-shm", "-journal")
        if path.with_name(path.name + suffix).exists()
    ]
