"""The progress database on a PostgreSQL server (issue 18, point 5).

Run on the PostgreSQL run only (``TRAINER_TEST_DB_URL``, which ``make test`` sets after
starting a throwaway server); skipped on the SQLite run. Each test works in schemas of
its own (tests/postgres_support.py).
"""

from __future__ import annotations

import re
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, inspect
from sqlalchemy.pool import NullPool

from tests.postgres_support import TEST_DB_URL, fresh_schema, rows
from tests.shares_support import PASSWORD, World, make_world
from trainer.services.context import Services, open_services
from trainer.services.results import ResultsService
from trainer.storage import postgres
from trainer.storage import results_exchange as exchange
from trainer.storage.errors import (
    DatabaseBusyError,
    DatabaseTooNewError,
    ForeignDatabaseError,
    ReadOnlyStoreError,
    ServerDatabaseError,
    SqliteOnlyError,
)
from trainer.storage.health import examine_server, server_differences
from trainer.storage.migrate import head_revision, upgrade, upgrade_server
from trainer.storage.postgres import WRITE_LOCK_KEY, PostgresDatabase, server_url
from trainer.storage.store import Store

pytestmark = pytest.mark.skipif(
    TEST_DB_URL is None, reason="needs a PostgreSQL server: TRAINER_TEST_DB_URL (make test)"
)

INSTRUCTOR = ("Instruktor Nowak", "Silne-Haslo-2026")


@pytest.fixture
def url() -> Iterator[str]:
    """A new, empty schema's URL."""
    with fresh_schema() as made:
        yield made


@pytest.fixture
def database(url: str) -> Iterator[PostgresDatabase]:
    """A migrated schema, as the store opens it."""
    upgrade_server(server_url(url))
    opened = PostgresDatabase(server_url(url))
    yield opened
    opened.dispose()


def _engine(url: str) -> Any:
    return create_engine(server_url(url), poolclass=NullPool)


def _describe(connection: Any) -> dict[str, Any]:
    """The schema in portable terms: per table its columns (name, type family, nullable),
    primary key, foreign keys (with ON DELETE), unique constraints and indexes."""
    found = inspect(connection)
    described = {}
    for table in sorted(found.get_table_names()):
        described[table] = {
            "columns": [
                (c["name"], c["type"]._type_affinity.__name__, c["nullable"])
                for c in found.get_columns(table)
            ],
            "pk": found.get_pk_constraint(table)["constrained_columns"],
            "fks": sorted(
                (
                    tuple(fk["constrained_columns"]),
                    fk["referred_table"],
                    tuple(fk["referred_columns"]),
                    (fk.get("options") or {}).get("ondelete"),
                )
                for fk in found.get_foreign_keys(table)
            ),
            "unique": sorted(tuple(u["column_names"]) for u in found.get_unique_constraints(table)),
            "indexes": sorted(
                (i["name"], tuple(i["column_names"]), bool(i["unique"]))
                for i in found.get_indexes(table)
                # PostgreSQL also lists the index behind each unique constraint.
                if not i.get("duplicates_constraint")
            ),
        }
    return described


# -- migrations and the schema check ---------------------------------------------------


def test_the_same_migrations_give_the_same_schema_on_both_databases(
    url: str, tmp_path: Path
) -> None:
    """schema_head.json's promise on the server: the migrations make exactly the models'
    schema, the same tables, columns, keys and indexes as on SQLite."""
    result = upgrade_server(server_url(url))
    assert (result.before, result.after) == (None, head_revision())
    upgrade(tmp_path / "fresh.db")
    server, station = _engine(url), create_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    try:
        with server.connect() as on_server, station.connect() as on_station:
            assert server_differences(on_server) == []
            assert _describe(on_server) == _describe(on_station)
            assert on_server.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [
                (head_revision(),)
            ]
    finally:
        server.dispose()
        station.dispose()
    # Again: nothing to do, nothing changed.
    assert upgrade_server(server_url(url)).before == head_revision()


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ("CREATE VIEW scores AS SELECT id FROM attempts", "an extra view 'scores'"),
        (
            "CREATE FUNCTION pass_all() RETURNS trigger LANGUAGE plpgsql AS "
            "$$ BEGIN NEW.overall_percent := 100; RETURN NEW; END $$; "
            "CREATE TRIGGER pass_all BEFORE UPDATE ON attempts "
            "FOR EACH ROW EXECUTE FUNCTION pass_all()",
            "an extra trigger 'pass_all'",
        ),
        ("ALTER TABLE profiles ADD COLUMN badge TEXT", "an extra column 'badge'"),
        ("DROP INDEX ix_attempts_scenario_id", "the index 'ix_attempts_scenario_id' is missing"),
        ("CREATE TABLE notes (id int)", "an extra table 'notes'"),
    ],
)
def test_a_schema_that_is_not_the_apps_is_named_and_refused_unchanged(
    database: PostgresDatabase, url: str, tmp_path: Path, run_cli, change: str, named: str
) -> None:
    engine = _engine(url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(change)
    finally:
        engine.dispose()
    health = examine_server(database)
    assert not health.usable and named in health.verdict()
    with pytest.raises(ServerDatabaseError, match="is not this app's"):
        Store.open(tmp_path / "data", db_url=url)
    checked = run_cli("--data-dir", tmp_path / "data", "--db-url", url, "db", "check")
    assert checked.exit_code == 1 and named in checked.stdout
    assert "on the server is not this app's" in checked.stderr
    assert examine_server(database).verdict() == health.verdict()  # left as it was


def test_a_newer_or_foreign_schema_is_refused_and_left_unchanged(url: str, tmp_path: Path) -> None:
    engine = _engine(url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE things (id int)")
        with pytest.raises(ForeignDatabaseError, match="unknown tables: things"):
            Store.open(tmp_path / "a", db_url=url)
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP TABLE things")
        upgrade_server(server_url(url))
        with engine.begin() as connection:
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
        with pytest.raises(DatabaseTooNewError, match="9999"):
            Store.open(tmp_path / "b", db_url=url)
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT version_num FROM alembic_version").all() == [
                ("9999",)
            ]
    finally:
        engine.dispose()


def test_two_trainers_starting_at_once_migrate_once(url: str) -> None:
    results: list[Any] = []
    errors: list[BaseException] = []

    def start() -> None:
        try:
            results.append(upgrade_server(server_url(url)))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=start) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    # The lock ran them one after the other: exactly one found the schema empty.
    assert sorted(str(r.before) for r in results) == ["0004", "0004", "None"]


# -- the write lock and the read snapshot ----------------------------------------------


def _advisory_locks(url: str) -> int:
    engine = _engine(url)
    try:
        with engine.connect() as connection:
            return int(
                connection.exec_driver_sql(
                    "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted "
                    f"AND ((classid::bigint << 32) | objid::bigint) = {WRITE_LOCK_KEY}"
                ).scalar_one()
            )
    finally:
        engine.dispose()


def test_every_write_holds_the_write_lock_and_reads_never_take_it(
    database: PostgresDatabase, url: str
) -> None:
    """The server's counterpart of BEGIN IMMEDIATE (trainer.storage.postgres)."""
    from trainer.storage import schema

    with database.read() as session:
        session.execute(schema.Meta.__table__.select()).all()
        assert _advisory_locks(url) == 0
    with database.write() as session:
        session.add(schema.Meta(key="probe", value="1"))
        session.flush()
        assert _advisory_locks(url) == 1
    assert _advisory_locks(url) == 0  # released at commit


def test_a_read_session_cannot_write(database: PostgresDatabase) -> None:
    from sqlalchemy.exc import InternalError

    with (
        pytest.raises(InternalError, match="read-only transaction"),
        database.read() as session,
    ):
        session.connection().exec_driver_sql("INSERT INTO meta VALUES ('x', 'y')")
    reader = PostgresDatabase(database.url, read_only=True)
    try:
        with pytest.raises(ReadOnlyStoreError), reader.write():
            pass
    finally:
        reader.dispose()


def test_a_second_writer_waits_then_gives_up_busy(
    url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.storage import schema

    monkeypatch.setattr(postgres, "BUSY_TIMEOUT_MS", 300)
    upgrade_server(server_url(url))
    first, second = PostgresDatabase(server_url(url)), PostgresDatabase(server_url(url))
    try:
        with first.write() as session:
            session.add(schema.Meta(key="first", value="1"))
            session.flush()
            with pytest.raises(DatabaseBusyError), second.write() as other:
                other.add(schema.Meta(key="second", value="2"))
        with second.write() as other:  # free again: it goes through
            other.add(schema.Meta(key="second", value="2"))
        assert {row[0] for row in rows_of(first, "SELECT key FROM meta")} >= {"first", "second"}
    finally:
        first.dispose()
        second.dispose()


def rows_of(database: PostgresDatabase, sql: str) -> list[Any]:
    with database.read() as session:
        return list(session.connection().exec_driver_sql(sql).all())


def test_one_read_session_sees_one_snapshot(database: PostgresDatabase) -> None:
    from trainer.storage import schema

    with database.read() as session:
        before = session.connection().exec_driver_sql("SELECT count(*) FROM meta").scalar_one()
        with database.write() as writer:
            writer.add(schema.Meta(key="later", value="1"))
        during = session.connection().exec_driver_sql("SELECT count(*) FROM meta").scalar_one()
    assert during == before
    assert rows_of(database, "SELECT count(*) FROM meta")[0][0] == before + 1


# -- what the store does on a server ---------------------------------------------------


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(tmp_path / "data")  # the folder's schema (tests/postgres_support)
    assert opened.store.db.is_server
    yield opened
    opened.close()


def test_file_operations_say_they_are_sqlite_only_and_name_pg_dump(
    services: Services, tmp_path: Path, run_cli
) -> None:
    with pytest.raises(SqliteOnlyError, match="pg_dump"):
        services.store.backup()
    with pytest.raises(SqliteOnlyError, match="pg_restore"):
        services.store.restore(tmp_path / "backup.db")
    assert services.store.check() == "ok"
    services.profiles.set_up_first_trainer(*INSTRUCTOR)
    services.close()
    assert not (tmp_path / "data" / "progress.db").exists()
    assert not (tmp_path / "data" / "backups").exists() or not any(
        (tmp_path / "data" / "backups").iterdir()
    )
    backup = run_cli("--data-dir", tmp_path / "data", "db", "backup")
    assert backup.exit_code == 1 and "pg_dump" in backup.stderr
    assert "Traceback" not in backup.stderr
    checked = run_cli("--data-dir", tmp_path / "data", "db", "check")
    assert checked.exit_code == 0 and checked.stdout.startswith("postgresql+psycopg://")
    listed = run_cli("--data-dir", tmp_path / "data", "profile", "list")
    assert listed.exit_code == 0 and INSTRUCTOR[0] in listed.stdout
    services.store.lock = None  # closed already: the fixture's close does nothing more


def test_the_retention_purge_runs_on_the_server_without_a_backup(tmp_path: Path) -> None:
    import datetime as dt

    from tests.storage.test_retention import START, Clock, _attempt

    clock = Clock()
    data_dir = tmp_path / "data"
    opened = open_services(data_dir, clock=clock)
    old = _attempt(opened, "Canary Kowalska")
    clock.now = START + dt.timedelta(days=300)
    young = _attempt(opened, "Bartek")
    assert opened.store.set_retention_months(12) == 0
    opened.close()
    clock.now = START + dt.timedelta(days=366)
    opened = open_services(data_dir, clock=clock)
    opened.close()
    assert {r[0] for r in rows(data_dir, "SELECT id FROM attempts")} == {young}
    assert rows(data_dir, "SELECT count(*) FROM steps WHERE attempt_id = ?", old) == [(0,)]
    assert not (data_dir / "backups").exists() or not any((data_dir / "backups").iterdir())


def test_an_erasure_on_the_server_leaves_no_row_of_the_person(tmp_path: Path) -> None:
    from tests.storage.test_retention import _attempt

    data_dir = tmp_path / "data"
    opened = open_services(data_dir)
    attempt = _attempt(opened, "Canary Kowalska")
    profile = opened.store.find_profile("Canary Kowalska")
    assert profile is not None
    opened.store.erase_profile(profile.id)
    opened.close()
    for table, column in (
        ("profiles", "id"),
        ("attempts", "profile_id"),
        ("steps", "attempt_id"),
        ("attempt_states", "attempt_id"),
    ):
        wanted = profile.id if column.startswith("profile") or table == "profiles" else attempt
        assert rows(data_dir, f"SELECT count(*) FROM {table} WHERE {column} = ?", wanted) == [(0,)]
    assert rows(data_dir, "SELECT count(*) FROM profiles WHERE display_name LIKE '%Kowalska%'") == [
        (0,)
    ]
    # Reopening does not bring her back, and the ledger in the folder lists her.
    reopened = open_services(data_dir)
    try:
        assert reopened.store.find_profile("Canary Kowalska") is None
        assert profile.id in reopened.store.erased_profile_ids()
    finally:
        reopened.close()


# -- the centre's merge: the same on both databases (reliability.md T34) ---------------


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    world = make_world(tmp_path_factory.mktemp("station"))
    yield world
    world.services.close(backup=False)


def _centre(folder: Path, db_url: str | None) -> tuple[Services, Any]:
    opened = open_services(folder, db_url=db_url)
    opened.profiles.create("Centrum Ewa", "trainer", PASSWORD)
    return opened, opened.profiles.confirm_trainer("Centrum Ewa", PASSWORD)


def test_merging_into_sqlite_and_into_postgresql_gives_identical_aggregates(
    station: World, tmp_path: Path
) -> None:
    operator = station.services.profiles.confirm_trainer("Trener Tomasz", PASSWORD)
    results = ResultsService(station.services.store)
    early, late, whole = tmp_path / "a.gz", tmp_path / "b.gz", tmp_path / "all.gz"
    results.export(early, by=operator, until="2026-03-04")
    results.export(late, by=operator, since="2026-03-03")  # overlaps the first
    results.export(whole, by=operator)
    found = {}
    for name, db_url in (("sqlite", ""), ("postgresql", None)):  # "": SQLite, whatever is set
        folder = Path(tempfile.mkdtemp(dir=tmp_path, prefix=name))
        opened, by = _centre(folder, db_url)
        try:
            assert opened.store.db.dialect == name
            counts = ResultsService(opened.store).import_files([early, late, whole, early], by=by)
            store = opened.store
            found[name] = {
                "counts": [
                    (c.attempts_added, c.attempts_skipped, c.steps_added, c.profiles_added)
                    for c in counts
                ],
                "overview": {
                    key: sorted((_rounded(row) for row in value), key=repr)
                    for key, value in store.overview_rows().items()
                },
                "attempts": store.count_attempts(),
            }
        finally:
            opened.close(backup=False)
            shutil.rmtree(folder, ignore_errors=True)
    exported = len(exchange.read_file(whole)["payload"]["attempts"])
    assert found["sqlite"]["attempts"] == exported > 10
    assert found["postgresql"] == found["sqlite"]


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _rounded(row: Any) -> tuple[Any, ...]:
    """A row with its averages to 6 places (the two databases sum floats in other orders)
    and its ids left out (each centre gives its own instructor and scenario versions
    new ones)."""
    out: list[Any] = []
    for value in row:
        if isinstance(value, str) and _UUID.match(value):
            out.append("<id>")
        elif isinstance(value, float):
            out.append(round(value, 6))
        elif hasattr(value, "__float__") and not isinstance(value, int | bool):
            out.append(round(float(value), 6))
        else:
            out.append(value)
    return tuple(out)


def test_a_merge_into_empty_tables_leaves_the_planner_statistics_that_keep_it_fast(
    station: World, tmp_path: Path
) -> None:
    """The merge bench took 64-82 s on a fresh server (every later file's key lookups
    planned on "empty table" statistics), 6-7 s once a merge analyses what it doubled."""
    operator = station.services.profiles.confirm_trainer("Trener Tomasz", PASSWORD)
    whole = tmp_path / "all.gz"
    ResultsService(station.services.store).export(whole, by=operator)
    opened, by = _centre(tmp_path / "centre", None)
    try:
        ResultsService(opened.store).import_files([whole], by=by)
        with opened.store.db.read() as session:
            known = dict(
                session.connection()
                .exec_driver_sql(
                    "SELECT relname, reltuples FROM pg_class "
                    "WHERE relnamespace = current_schema()::regnamespace AND relkind = 'r'"
                )
                .all()
            )
        steps = rows(tmp_path / "centre", "SELECT count(*) FROM steps")[0][0]
        assert steps > 50
        assert known["steps"] == steps and known["attempts"] > 0
    finally:
        opened.close(backup=False)
