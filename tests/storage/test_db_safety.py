"""What an adversarial test broke in the progress database (issue 13, points 1, 3–7, 15).

- an empty or missing database beside backups is damage, not a new start; rotation
  never drops a richer backup for a poorer one without saying so (T9, T10);
- the retention purge backs up first and is held back on a doubtful clock (T38);
- restore and start-up accept only this app's exact schema (T11, T35);
- one full check decides "good" everywhere (T9, T11);
- one flipped byte in stored text or in the schema never stops the app (T9);
- restoring never lowers a lockout in force (T28).
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.storage.storage_support import digests, golden_files, install_golden
from trainer.domain.errors import TrainerError
from trainer.services.context import open_services
from trainer.storage import retention
from trainer.storage.backup import KEEP_ROUTINE, Backups
from trainer.storage.errors import DatabaseCorruptError, StorageError
from trainer.storage.health import examine, expected_schema, normalise_sql, schema_objects
from trainer.storage.migrate import head_revision
from trainer.storage.peek import peek_profiles
from trainer.storage.store import Store

GOLDEN = golden_files()[-1]
NEWEST_STORED = dt.datetime(2026, 2, 2, 17, 29, 22, tzinfo=dt.UTC)  # the golden DB's audit log
INSTRUCTOR = ("Anna Nowak", "correct horse battery 1")


class FixedClock:
    """A clock that moves one second at every reading from a chosen start."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=1)
        return self.now


def count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def execute(path: Path, *statements: str, params: tuple = ()) -> None:
    connection = sqlite3.connect(path)
    try:
        for statement in statements:
            connection.execute(statement, params if "?" in statement else ())
        connection.commit()
    finally:
        connection.close()


def golden_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A data folder holding the golden database and one good backup of it."""
    data_dir = tmp_path / "data"
    install_golden(GOLDEN, data_dir)
    store = Store.open(data_dir, clock=FixedClock(NEWEST_STORED))
    backup = store.backup("exit")
    store.close(backup=False)
    return data_dir, backup


# -- 3. an empty or missing database beside backups is damage (T9, T10) -----------------


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _missing(path: Path) -> None:
    path.unlink()


def _sqlite_without_tables(path: Path) -> None:
    path.unlink()
    execute(path, "CREATE TABLE t (x)", "DROP TABLE t")


BLANK_DATABASES = {
    "empty-file": _empty_file,
    "missing": _missing,
    "sqlite-without-tables": _sqlite_without_tables,
}


@pytest.mark.parametrize("kind", sorted(BLANK_DATABASES))
def test_blank_database_beside_backups_is_damage_not_a_new_start(kind: str, tmp_path: Path) -> None:
    """T9: a blank database where backups exist offers the newest good backup."""
    data_dir, backup = golden_with_backup(tmp_path)
    path = data_dir / "progress.db"
    BLANK_DATABASES[kind](path)
    backups_before = sorted(p.name for p in (data_dir / "backups").iterdir())

    with pytest.raises(DatabaseCorruptError) as caught:
        Store.open(data_dir)
    assert caught.value.backup == backup
    assert "although the data folder holds backups" in str(caught.value)
    assert not path.exists() or kind == "missing"  # a blank file is moved aside too
    assert sorted(p.name for p in (data_dir / "backups").iterdir()) == backups_before

    # Choosing to start anew is deliberate, and then opens an empty store.
    Store.start_empty(data_dir)
    store = Store.open(data_dir)
    try:
        assert store.list_profiles() == []
    finally:
        store.close(backup=False)


@pytest.mark.parametrize("kind", sorted(BLANK_DATABASES))
def test_blank_database_without_backups_is_a_new_start(kind: str, tmp_path: Path) -> None:
    """T9: with no backup to offer, a blank database is the first start, as before."""
    data_dir = tmp_path / "data"
    install_golden(GOLDEN, data_dir)
    BLANK_DATABASES[kind](data_dir / "progress.db")
    store = Store.open(data_dir)
    try:
        assert store.list_profiles() == []
    finally:
        store.close(backup=False)


@pytest.mark.sqlite_only("an empty SQLite file and its backups")
def test_cli_says_an_empty_database_is_damage_and_restores_the_backup(
    tmp_path: Path, run_cli
) -> None:
    """T9/T11 through the CLI's real entry point: named, not silently empty."""
    data_dir, backup = golden_with_backup(tmp_path)
    (data_dir / "progress.db").write_bytes(b"")

    for command in (("profile", "list"), ("db", "check"), ("db", "backup")):
        result = run_cli("--data-dir", data_dir, *command)
        assert result.exit_code == 1, (command, result.stderr)
        assert "empty although the data folder holds backups" in result.stderr
        assert str(backup) in result.stderr
        assert "Traceback" not in result.stdout + result.stderr

    result = run_cli("--data-dir", data_dir, "db", "restore", backup)
    assert result.exit_code == 0, result.stderr
    assert digests(data_dir / "progress.db") == digests(GOLDEN)


def test_rotation_never_drops_a_richer_backup_silently(tmp_path: Path) -> None:
    """T10: exit backups of an empty database do not rotate the good one out."""
    data_dir, rich = golden_with_backup(tmp_path)
    rich_digests = digests(rich)
    empty_dir = tmp_path / "empty"
    Store.open(empty_dir).close(backup=False)
    backups = Backups(data_dir / "backups")
    clock = FixedClock(NEWEST_STORED + dt.timedelta(days=1))

    backups.make(empty_dir / "progress.db", "exit", now=clock())
    assert any("holds less than the one before it" in note for note in backups.notes)
    for _ in range(KEEP_ROUTINE + 2):
        backups.make(empty_dir / "progress.db", "exit", now=clock())

    kept = [b for b in backups.all() if digests(b.path) == rich_digests]
    assert [b.reason for b in kept] == ["kept-richer"]
    assert backups.newest_good() != kept[0].path  # the newest good one is still the newest


@pytest.mark.sqlite_only("starts from a golden SQLite database and compares its backups")
def test_an_erasure_is_not_a_loss(tmp_path: Path) -> None:
    """Fewer rows with a longer audit log is the app's own doing: nothing kept apart."""
    data_dir, _backup = golden_with_backup(tmp_path)
    services = open_services(data_dir, clock=FixedClock(NEWEST_STORED))
    try:
        officer = services.store.list_profiles()[0]
        services.profiles.erase(officer)
        services.store.backup("manual")
        assert services.store.backups.notes == []
    finally:
        services.close(backup=False)


# -- 4. the retention purge trusts no clock blindly (T38) ---------------------------------


def with_retention(tmp_path: Path, months: int, *, old_attempts: int = 0) -> Path:
    """The golden data folder with a retention period; ``old_attempts`` dated 2024."""
    data_dir = tmp_path / "data"
    path = install_golden(GOLDEN, data_dir)
    execute(
        path,
        "UPDATE attempts SET updated_at = '2024-01-01T00:00:00.000000Z' "
        f"WHERE id IN (SELECT id FROM attempts ORDER BY id LIMIT {old_attempts})",
    )
    store = Store.open(data_dir, clock=FixedClock(NEWEST_STORED))
    try:
        retention.set_retention_months(store.db, months)
    finally:
        store.close(backup=False)
    return data_dir


@pytest.mark.sqlite_only(
    "starts from a golden SQLite database (the server's purge: tests/storage/test_postgres.py)"
)
def test_clock_two_years_ahead_deletes_nothing_until_an_instructor_confirms(
    tmp_path: Path,
) -> None:
    """T38 with an injected clock: the start that deleted every attempt now holds back."""
    data_dir = with_retention(tmp_path, 12)
    path = data_dir / "progress.db"
    total = count(path, "attempts")
    ahead = FixedClock(NEWEST_STORED + dt.timedelta(days=730))

    services = open_services(data_dir, clock=ahead)
    try:
        held = services.store.purge.held
        assert held is not None and not held.clock_behind
        assert (held.expired, held.total) == (total, total)
        assert "more than half" in held.message() and "--apply-now" in held.message()
        assert count(path, "attempts") == total
        assert not [b for b in services.store.backups.all() if b.reason == "pre-purge"]

        instructor = services.profiles.create(INSTRUCTOR[0], "trainer", INSTRUCTOR[1])
        assert services.store.apply_retention_now(instructor) == total
        assert count(path, "attempts") == 0
        (pre,) = [b for b in services.store.backups.all() if b.reason == "pre-purge"]
        assert count(pre.path, "attempts") == total  # backed up before anything went
        connection = sqlite3.connect(path)
        operator = connection.execute(
            "SELECT operator_id FROM audit_log WHERE action LIKE 'retention-purge:%'"
        ).fetchone()
        connection.close()
        assert operator == (instructor.id,)
    finally:
        services.close(backup=False)


def test_clock_behind_the_newest_stored_time_holds_the_purge(tmp_path: Path) -> None:
    """T38 with an injected clock: a clock set back cannot date the purge."""
    data_dir = with_retention(tmp_path, 1, old_attempts=10)
    path = data_dir / "progress.db"
    total = count(path, "attempts")
    behind = FixedClock(NEWEST_STORED - dt.timedelta(days=1))
    store = Store.open(data_dir, clock=behind)
    try:
        held = store.purge.held
        assert held is not None and held.clock_behind
        assert held.expired == 10
        assert "clock is behind" in held.message()
        assert count(path, "attempts") == total
    finally:
        store.close(backup=False)


def test_a_plausible_purge_runs_after_a_backup(tmp_path: Path) -> None:
    """T38: the purge a right clock asks for still runs, and a backup holds what it took."""
    data_dir = with_retention(tmp_path, 12, old_attempts=10)
    path = data_dir / "progress.db"
    total = count(path, "attempts")
    store = Store.open(data_dir, clock=FixedClock(NEWEST_STORED + dt.timedelta(days=1)))
    try:
        assert store.purge.held is None
        assert store.purge.deleted == 10
        (pre,) = [b for b in store.backups.all() if b.reason == "pre-purge"]
        assert count(pre.path, "attempts") == total
        assert count(path, "attempts") == total - 10
    finally:
        store.close(backup=False)


@pytest.mark.sqlite_only(
    "starts from a golden SQLite database (the server's purge: tests/storage/test_postgres.py)"
)
def test_cli_reports_a_held_purge_and_applies_it_with_an_instructor(
    tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """T38 through the CLI: the real clock is months past the golden attempts."""
    data_dir = with_retention(tmp_path, 1)
    path = data_dir / "progress.db"
    total = count(path, "attempts")
    services = open_services(data_dir)
    try:
        services.profiles.create(INSTRUCTOR[0], "trainer", INSTRUCTOR[1])
    finally:
        services.close(backup=False)

    result = run_cli("--data-dir", data_dir, "db", "backup")
    assert result.exit_code == 0, result.stderr
    assert "The retention purge was held back" in result.stderr
    assert count(path, "attempts") == total

    monkeypatch.setattr("sys.stdin", io.StringIO("wrong password\n"))
    result = run_cli(
        "--data-dir", data_dir, "db", "retention", "--apply-now", "--by", INSTRUCTOR[0],
        "--secret-stdin",
    )  # fmt: skip
    assert result.exit_code == 1, result.stderr
    assert count(path, "attempts") == total

    monkeypatch.setattr("sys.stdin", io.StringIO(INSTRUCTOR[1] + "\n"))
    result = run_cli(
        "--data-dir", data_dir, "db", "retention", "--apply-now", "--by", INSTRUCTOR[0],
        "--secret-stdin",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert f"{total} attempt(s)" in result.stdout
    assert count(path, "attempts") == 0


# -- 5. only this app's exact schema (T11, T35) ------------------------------------------

FOREIGN_OBJECTS = {
    "trigger": (
        "CREATE TRIGGER full_marks AFTER UPDATE ON attempts BEGIN "
        "UPDATE attempts SET overall_percent = 100 WHERE id = new.id; END",
        "trigger 'full_marks'",
    ),
    "view": ("CREATE VIEW everyone AS SELECT * FROM profiles", "view 'everyone'"),
    "table": ("CREATE TABLE notes (body TEXT)", "table 'notes'"),
    "index": ("CREATE INDEX ix_steps_node ON steps (node_id)", "index 'ix_steps_node'"),
    "dropped-index": ("DROP INDEX ix_attempts_scenario_id", "'ix_attempts_scenario_id' is missing"),
}


@pytest.mark.parametrize("kind", sorted(FOREIGN_OBJECTS))
def test_restore_refuses_a_backup_whose_schema_is_not_the_apps(kind: str, tmp_path: Path) -> None:
    """T11/T35: a backup with an added trigger once rewrote a failed assessment to 100 %."""
    data_dir, _backup = golden_with_backup(tmp_path)
    statement, named = FOREIGN_OBJECTS[kind]
    hostile = tmp_path / "hostile.db"
    shutil.copyfile(GOLDEN, hostile)
    execute(hostile, statement)
    live = data_dir / "progress.db"
    before = digests(live)

    store = Store.open(data_dir)
    try:
        with pytest.raises(StorageError, match="not a usable backup") as caught:
            store.restore(hostile)
        assert named in str(caught.value)
        assert store.check() == "ok"
    finally:
        store.close(backup=False)
    assert digests(live) == before


def test_restore_refuses_an_empty_sqlite_file(tmp_path: Path) -> None:
    """T11/T35: an empty SQLite file once restored fine and replaced everything."""
    data_dir, _backup = golden_with_backup(tmp_path)
    empty = tmp_path / "empty.db"
    execute(empty, "CREATE TABLE t (x)", "DROP TABLE t")
    before = digests(data_dir / "progress.db")
    store = Store.open(data_dir)
    try:
        with pytest.raises(StorageError, match="not this app's progress database"):
            store.restore(empty)
    finally:
        store.close(backup=False)
    assert digests(data_dir / "progress.db") == before


@pytest.mark.sqlite_only(
    "edits the SQLite file's schema (the server's check: tests/storage/test_postgres.py)"
)
@pytest.mark.parametrize("kind", sorted(FOREIGN_OBJECTS))
def test_check_and_start_up_name_a_foreign_schema_object(
    kind: str, tmp_path: Path, run_cli
) -> None:
    """T9: `db check` reports it (exit 1); start-up moves the file aside and offers the backup."""
    data_dir, backup = golden_with_backup(tmp_path)
    statement, named = FOREIGN_OBJECTS[kind]
    execute(data_dir / "progress.db", statement)

    result = run_cli("--data-dir", data_dir, "db", "check")
    assert result.exit_code == 1
    assert named in result.stdout
    assert "Traceback" not in result.stdout + result.stderr

    with pytest.raises(DatabaseCorruptError) as caught:
        Store.open(data_dir)
    assert caught.value.backup == backup
    assert caught.value.moved_to is not None and caught.value.moved_to.exists()


def test_schema_snapshot_matches_the_migrations() -> None:
    """The head schema kept in schema_head.json equals a fresh migrated database's."""
    from trainer.storage import migrate
    from trainer.storage.health import _migrated_schema

    assert expected_schema(head_revision()) == set(
        _migrated_schema(migrate.MIGRATIONS, head_revision())
    )


@pytest.mark.parametrize("golden", golden_files(), ids=lambda p: p.stem)
def test_every_released_schema_passes_its_own_check(golden: Path) -> None:
    """T12: the golden databases of every revision are this app's, as they are."""
    assert examine(golden).verdict() == "ok"


def test_constraint_order_is_not_a_difference() -> None:
    """A batch migration writes a table's constraints in a varying order."""
    first = "CREATE TABLE t (a INT, b INT, CONSTRAINT x CHECK (a > 0), CONSTRAINT y UNIQUE (b))"
    second = "CREATE TABLE t (a INT, b INT, CONSTRAINT y UNIQUE (b),\n CONSTRAINT x CHECK (a > 0))"
    swapped = "CREATE TABLE t (b INT, a INT, CONSTRAINT x CHECK (a > 0), CONSTRAINT y UNIQUE (b))"
    assert normalise_sql(first) == normalise_sql(second)
    assert normalise_sql(first) != normalise_sql(swapped)


# -- 6. one check for "good" (T9, T11) --------------------------------------------------


def damage_an_index(path: Path) -> None:
    """Change one key in an index leaf: quick_check still says ok, integrity_check not."""
    connection = sqlite3.connect(path)
    keep = [row[0] for row in connection.execute("SELECT id FROM attempts ORDER BY id LIMIT 3")]
    marks = ",".join("?" * len(keep))
    for table in ("steps", "card_lookups", "competency_results", "attempt_states"):
        connection.execute(f"DELETE FROM {table} WHERE attempt_id NOT IN ({marks})", keep)
    connection.execute(f"DELETE FROM attempts WHERE id NOT IN ({marks})", keep)
    connection.commit()
    connection.execute("VACUUM")  # the index now fits in its root page
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_attempts_profile_id'"
    ).fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    profile_id = connection.execute("SELECT profile_id FROM attempts").fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    assert data[start] == 10  # a leaf index page
    at = start + data[start : start + page_size].find(profile_id.encode()) + 35
    data[at] = ord("0") if data[at] != ord("0") else ord("1")
    path.write_bytes(bytes(data))
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA quick_check").fetchone() == ("ok",)
    assert connection.execute("PRAGMA integrity_check").fetchone() != ("ok",)
    connection.close()


def test_a_backup_with_a_damaged_index_is_never_offered_nor_restored(tmp_path: Path) -> None:
    """T9/T11: the older good backup is offered, and the damaged one is refused."""
    data_dir, good = golden_with_backup(tmp_path)
    damaged = (data_dir / "backups") / "progress-20991231T235959000000Z-manual.db"
    shutil.copyfile(good, damaged)
    damage_an_index(damaged)
    backups = Backups(data_dir / "backups")
    assert backups.all()[0].path == damaged  # the newest by name

    assert backups.newest_good() == good
    store = Store.open(data_dir)
    try:
        with pytest.raises(StorageError, match="not a usable backup"):
            store.restore(damaged)
    finally:
        store.close(backup=False)
    # At start-up the same check: the live file damaged the same way is moved aside,
    # and the backup named is the good one.
    damage_an_index(data_dir / "progress.db")
    with pytest.raises(DatabaseCorruptError) as caught:
        Store.open(data_dir)
    assert caught.value.backup == good


# -- 7. one flipped byte must not stop the app (T9) ---------------------------------------

BAD_TEXT = {
    "lone-continuation": b"\x80",
    "ff": b"\xff",
    "cut-sequence": b"\xc5",
    "surrogate": b"\xed\xa0\x80",
}


@pytest.mark.sqlite_only("flips a byte in the SQLite file (a server accepts only valid UTF-8)")
@pytest.mark.parametrize("kind", sorted(BAD_TEXT))
def test_a_bad_byte_in_a_profile_name_is_shown_replaced_and_reported(
    kind: str, tmp_path: Path, run_cli
) -> None:
    """T9: a flipped byte in a name (integrity still ok) once crashed the CLI with exit 3."""
    data_dir, backup = golden_with_backup(tmp_path)
    name = b"Ewa " + BAD_TEXT[kind] + b" Zaj\xc4\x85c"
    path = data_dir / "progress.db"
    execute(
        path,
        "UPDATE profiles SET display_name = CAST(? AS TEXT) "
        "WHERE id = (SELECT id FROM profiles ORDER BY id LIMIT 1)",
        params=(name,),
    )
    assert count(path, "profiles") == 7
    assert examine(path).usable  # integrity is fine: it is the text that is bad

    result = run_cli("--data-dir", data_dir, "profile", "list")
    assert result.exit_code == 0, result.stderr
    assert "Ewa \ufffd" in result.stdout

    result = run_cli("--data-dir", data_dir, "db", "check")
    assert result.exit_code == 1
    assert "not valid UTF-8 in profiles.display_name" in result.stdout
    assert "replacement characters" in result.stderr

    quick = peek_profiles(data_dir)
    assert quick is not None and any("\ufffd" in p.display_name for p in quick)
    store = Store.open(data_dir)  # the desktop app's opening
    try:
        assert any("\ufffd" in p.display_name for p in store.list_profiles())
        with pytest.raises(StorageError, match="not valid UTF-8"):
            store.restore(_copy(path, tmp_path))
    finally:
        store.close(backup=False)
    assert backup.exists()


def _copy(path: Path, tmp_path: Path) -> Path:
    target = tmp_path / "with-bad-text.db"
    shutil.copyfile(path, target)
    return target


SCHEMA_FLIPS = {
    # (text in the profiles table's CREATE statement, its replacement)
    "type-name": (b"display_name VARCHAR", b"display_name VARCH\xffR"),
    "column-name": (b"display_name VARCHAR", b"display_n\xffme VARCHAR"),
    "keyword": (b"CREATE TABLE profiles", b"CREATE TA\xffLE profiles"),
}


@pytest.mark.parametrize("kind", sorted(SCHEMA_FLIPS))
def test_a_bad_byte_in_the_schema_is_damage_not_a_traceback(
    kind: str, tmp_path: Path, run_cli
) -> None:
    """T9: a flipped byte in sqlite_master's SQL once crashed the CLI with exit 3."""
    data_dir, backup = golden_with_backup(tmp_path)
    path = data_dir / "progress.db"
    old, new = SCHEMA_FLIPS[kind]
    data = path.read_bytes()
    assert data.count(old) == 1
    path.write_bytes(data.replace(old, new))

    for command in (("profile", "list"), ("db", "check")):
        result = run_cli("--data-dir", data_dir, *command)
        assert result.exit_code in (0, 1), result.stderr
        assert "internal error" not in result.stderr
    result = run_cli("--data-dir", data_dir, "db", "check")
    assert result.exit_code == 1

    with pytest.raises(DatabaseCorruptError) as caught:
        Store.open(data_dir)
    assert caught.value.backup == backup
    peek_profiles(data_dir)  # the desktop app's quick look: gives up (None), never raises


# -- 1 (last sentence). restoring never lowers a lockout (T28) ----------------------------


@pytest.mark.sqlite_only("restores an SQLite backup file")
def test_restoring_an_older_backup_keeps_the_lockouts_in_force(tmp_path: Path) -> None:
    """T28: the lock and its counters survive the restore of a backup from before it."""
    data_dir, backup = golden_with_backup(tmp_path)
    clock = FixedClock(NEWEST_STORED + dt.timedelta(days=1))
    services = open_services(data_dir, clock=clock)
    try:
        officer = services.profiles.create("Bożena Przybył", secret="583920")
        services.close(backup=False)
        services = open_services(data_dir, clock=clock)
        older = services.store.backup("manual")  # Bożena, not locked yet
        for _ in range(5):
            with pytest.raises(TrainerError):
                services.profiles.sign_in(services.profiles.find("Bożena Przybył"), "000001")
        locked = services.store.get_profile(officer.id)
        assert locked is not None and locked.locked_at is not None

        services.store.restore(older)

        after = services.store.get_profile(officer.id)
        assert after is not None
        assert after.failed_logins >= locked.failed_logins
        assert after.lock_level >= locked.lock_level
        assert (after.locked_at, after.locked_seconds) == (locked.locked_at, locked.locked_seconds)
    finally:
        services.close(backup=False)
    assert backup.exists()


def test_schema_objects_read_bad_bytes_without_raising(tmp_path: Path) -> None:
    """T9: the schema is read as bytes, so a flipped byte there is compared, not raised."""
    path = tmp_path / "x.db"
    shutil.copyfile(GOLDEN, path)
    data = path.read_bytes().replace(b"display_name VARCHAR", b"display_name VARCH\xffR")
    path.write_bytes(data)
    connection = sqlite3.connect(path)
    try:
        names = {name for _kind, name, _table, _sql in schema_objects(connection)}
    finally:
        connection.close()
    assert "profiles" in names
