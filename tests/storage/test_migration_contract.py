"""The migrations as a whole (reliability.md T14, the checks pytest-alembic's built-ins make).

- one head and a straight line of revisions;
- upgrading an empty database to the head gives exactly the tables the code declares
  (column types included), so the ORM and the shipped DDL cannot drift apart;
- every reversible revision goes down and up again with the data unchanged, on the
  head revision's golden database (except the columns a revision declares it loses on
  the way down, ``LOST_ON_DOWNGRADE``: the older schema has nowhere to keep them); the
  first one refuses to go down, explicitly;
- the migrations also render as PostgreSQL DDL (the training centre's database), with
  no SQLite-only step in them.
"""

from __future__ import annotations

import hashlib
import io
import itertools
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from tests.storage.storage_support import golden_files, install_golden
from trainer.storage import migrate
from trainer.storage.database import _make_engine
from trainer.storage.schema import Base
from trainer.storage.store import Store


def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(migrate._config())  # type: ignore[arg-type]


def _run(path: Path, action: str, target: str) -> None:
    """Alembic ``upgrade``/``downgrade`` through the app's own env.py (foreign keys off)."""
    engine = _make_engine(path, "BEGIN IMMEDIATE", foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = migrate._config()
            config.attributes["connection"] = connection  # type: ignore[attr-defined]
            getattr(command, action)(config, target)
            connection.commit()
    finally:
        engine.dispose()


def _lost_on_downgrade() -> dict[str, set[str]]:
    """Columns some revision drops on the way down, by table (see the module docstring)."""
    lost: dict[str, set[str]] = {}
    for revision in _script().walk_revisions():
        for table, columns in getattr(revision.module, "LOST_ON_DOWNGRADE", {}).items():
            lost.setdefault(table, set()).update(columns)
    return lost


def _content(path: Path, leave_out: dict[str, set[str]] | None = None) -> dict[str, str]:
    """A checksum of every table's columns and rows (alembic's own table left out)."""
    sums: dict[str, str] = {}
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version' ORDER BY name"
            )
        ]
        for table in tables:
            columns = [
                row[1]
                for row in connection.execute(f'PRAGMA table_info("{table}")')
                if row[1] not in (leave_out or {}).get(table, set())
            ]
            order = ", ".join(f'"{c}"' for c in sorted(columns))
            digest = hashlib.sha256(repr(sorted(columns)).encode())
            for row in connection.execute(f'SELECT {order} FROM "{table}" ORDER BY {order}'):
                digest.update(repr(row).encode())
            sums[table] = digest.hexdigest()
    connection.close()
    return sums


def test_one_head_and_a_straight_line_of_revisions() -> None:
    script = _script()
    assert script.get_heads() == [migrate.head_revision()]
    revisions = list(script.walk_revisions())  # newest first
    assert [r.revision for r in reversed(revisions)] == list(migrate.SHIPPED_REVISIONS)
    for newer, older in itertools.pairwise(revisions):
        assert newer.down_revision == older.revision  # no branches, no merges


def test_the_migrated_schema_is_exactly_the_declared_one(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "data", single_instance=False)
    store.close(backup=False)
    engine = create_engine(f"sqlite:///{tmp_path / 'data' / 'progress.db'}")
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_every_reversible_revision_goes_down_and_up_with_the_data_unchanged(
    tmp_path: Path,
) -> None:
    head = migrate.head_revision()
    (golden,) = [g for g in golden_files() if g.stem == f"schema-{head}"]
    path = install_golden(golden, tmp_path / "data")
    lost = _lost_on_downgrade()
    before = _content(path, lost)
    revisions = [r for r in _script().walk_revisions() if r.down_revision is not None]
    assert revisions, "no reversible revision to check"
    for revision in revisions:  # newest first: down one step at a time
        _run(path, "downgrade", str(revision.down_revision))
        assert migrate.stored_revision(path) == revision.down_revision
    _run(path, "upgrade", "head")
    assert migrate.stored_revision(path) == head
    assert _content(path, lost) == before
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        for table, columns in lost.items():
            for column in columns:  # gone on the way down, empty on the way up
                count = f'SELECT count(*) FROM "{table}" WHERE "{column}" IS NOT NULL'
                assert connection.execute(count).fetchone()[0] == 0, (table, column)
    connection.close()


def test_the_head_golden_database_holds_what_revision_0003_added(tmp_path: Path) -> None:
    """Else the round trip above would prove nothing about the new columns."""
    (golden,) = [g for g in golden_files() if g.stem == "schema-0003"]
    path = install_golden(golden, tmp_path / "data")  # a copy: WAL side files stay out of git
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        for table, column in (
            ("attempts", "order_seed"),
            ("steps", "shown_order"),
            ("attempt_states", "clock_left_ms"),
        ):
            count = f'SELECT count(*) FROM "{table}" WHERE "{column}" IS NOT NULL'
            assert connection.execute(count).fetchone()[0] > 0, (table, column)
    connection.close()


def test_the_golden_database_of_0004_holds_what_that_revision_added(tmp_path: Path) -> None:
    """Forms of address, report notes and a draft: else the round trip proves nothing."""
    (golden,) = [g for g in golden_files() if g.stem == "schema-0004"]
    path = install_golden(golden, tmp_path / "data")
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        for table, column in (
            ("profiles", "address"),
            ("attempts", "address"),
            ("steps", "note"),
            ("attempt_states", "draft_note"),
        ):
            count = f'SELECT count(*) FROM "{table}" WHERE "{column}" IS NOT NULL'
            assert connection.execute(count).fetchone()[0] > 0, (table, column)
    connection.close()


def test_the_first_revision_refuses_to_go_down_and_says_so(tmp_path: Path) -> None:
    path = install_golden(golden_files()[0], tmp_path / "data")
    _run(path, "upgrade", "head")
    _run(path, "downgrade", migrate.SHIPPED_REVISIONS[0])
    with pytest.raises(NotImplementedError, match="first schema"):
        _run(path, "downgrade", "base")
    assert migrate.stored_revision(path) == migrate.SHIPPED_REVISIONS[0]  # nothing undone


# An env.py for Alembic's offline mode: no connection, DDL written out for a dialect.
OFFLINE_ENV = """
from alembic import context
from trainer.storage.schema import Base
context.configure(
    url="postgresql://centre/trainer", target_metadata=Base.metadata,
    literal_binds=True, transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
"""


def _postgresql_sql(tmp_path: Path, action: str, target: str) -> str:
    folder = tmp_path / "migrations"
    shutil.copytree(
        migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    (folder / "env.py").write_text(OFFLINE_ENV, encoding="utf-8")
    config = migrate._config()
    config.set_main_option("script_location", str(folder))  # type: ignore[attr-defined]
    out = io.StringIO()
    config.output_buffer = out  # type: ignore[attr-defined]
    getattr(command, action)(config, target, sql=True)
    return out.getvalue()


def test_the_migrations_render_for_postgresql(tmp_path: Path) -> None:
    up = _postgresql_sql(tmp_path / "up", "upgrade", "head")
    assert up.count("CREATE TABLE") == len(Base.metadata.tables) + 1  # and alembic_version
    assert "ALTER TABLE attempts DROP COLUMN state" in up  # in place, no table copy
    assert f"version_num='{migrate.head_revision()}'" in up
    down = _postgresql_sql(tmp_path / "down", "downgrade", "0002:0001")
    assert "ALTER TABLE attempts ADD COLUMN state TEXT" in down
    assert "DROP TABLE attempt_states" in down
    assert "ALTER TABLE attempts ADD COLUMN order_seed INTEGER" in up
    assert "ALTER TABLE steps ADD COLUMN shown_order TEXT" in up
    down = _postgresql_sql(tmp_path / "down-0003", "downgrade", "0003:0002")
    assert "ALTER TABLE attempts DROP COLUMN order_seed" in down  # in place, no table copy
    assert "ALTER TABLE profiles ADD COLUMN address VARCHAR(8)" in up
    assert "ALTER TABLE steps ADD COLUMN note TEXT" in up
    down = _postgresql_sql(tmp_path / "down-0004", "downgrade", "0004:0003")
    assert "ALTER TABLE steps DROP COLUMN note" in down
    assert "ALTER TABLE attempt_states DROP COLUMN draft_note" in down
