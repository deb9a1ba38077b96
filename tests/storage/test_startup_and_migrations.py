"""Start-up safety and schema migrations (reliability plan T9, T12, T13, T15, T16, T32).

- T12: every golden database (``golden/schema-*.sqlite``, one per released schema)
  is opened by the real start-up path and must arrive at the code's head revision
  with the content recorded in its JSON mapping.
- T13, T15: a test-only revision 9999, stacked on the head in a copy of the
  migrations folder, batch-recreates the parent tables ``profiles`` and
  ``attempts`` (as real revisions on SQLite do) and can pause between operations.
  ``trainer.storage.migrate.MIGRATIONS`` is read at every call, so pointing it at
  the copy runs the project's own upgrade path and ``env.py`` on it.
- T16: a database the app does not know is refused, untouched. Decision for a
  file without an ``alembic_version`` table: empty is new; ``user_version`` other
  than 0 (this app never sets it) or any table at all means another program or a
  newer app wrote it: refused as too new. With an ``alembic_version`` table the
  revision alone decides (``user_version`` is ignored).
- T9: random damage is either harmless (the store opens and the full checks pass)
  or the file is moved aside unchanged and the newest good backup is named.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

import trainer.storage.migrate as migrate
from tests.storage.storage_support import (
    DATA_TABLES,
    columns_of,
    expected_for,
    golden_files,
    install_golden,
    pragma_rows,
    read_only,
    sha256_file,
    side_files,
    stored_revision,
    table_summary,
)
from trainer.services.context import open_services
from trainer.storage.backup import Backups, online_backup
from trainer.storage.errors import (
    AnotherInstanceError,
    DatabaseCorruptError,
    DatabaseTooNewError,
    ForeignDatabaseError,
)
from trainer.storage.health import examine
from trainer.storage.store import Store

LONG = os.environ.get("TRAINER_LONG_TESTS") == "1"
CHILD = Path(__file__).resolve().parent / "child_store.py"
NEWEST_GOLDEN = golden_files()[-1]
TEST_REVISION = "9999"

# A test-only migration in the style real ones will have on SQLite: batch mode
# recreates the table (create new, copy, drop old, rename). Dropping ``profiles``
# with foreign keys on would cascade into attempts, steps, card look-ups and
# results. Between operations it can record ``PRAGMA foreign_keys``, announce
# itself on stdout and sleep, so a test can kill it mid-way.
REVISION_9999 = '''"""Test only: recreate the parent tables in batch mode.

Revision ID: 9999
Revises: __DOWN__
"""

import os
import time

import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "__DOWN__"
branch_labels = None
depends_on = None


def _pause(label):
    probe = os.environ.get("TRAINER_TEST_MIGRATION_PROBE")
    if probe:
        on = op.get_bind().exec_driver_sql("PRAGMA foreign_keys").scalar()
        with open(probe, "a", encoding="utf-8") as handle:
            handle.write(f"{label} foreign_keys={on}\\n")
    if os.environ.get("TRAINER_TEST_MIGRATION_ANNOUNCE"):
        print(f"9999 {label}", flush=True)
    time.sleep(float(os.environ.get("TRAINER_TEST_MIGRATION_SLEEP", "0")))


def upgrade():
    _pause("start")
    with op.batch_alter_table("profiles", recreate="always") as batch:
        batch.add_column(sa.Column("nickname_9999", sa.String(40), nullable=True))
    _pause("profiles")
    with op.batch_alter_table("attempts", recreate="always") as batch:
        batch.add_column(sa.Column("reviewed_9999", sa.Integer(), nullable=True))
    _pause("attempts")
    op.create_table("notes_9999", sa.Column("id", sa.Integer(), primary_key=True))
    _pause("done")


def downgrade():
    raise NotImplementedError("test-only revision")
'''


# -- helpers ----------------------------------------------------------------------------


def assert_content_kept(path: Path, expected: dict, *, upgraded: bool = False) -> None:
    """Rows and digests of the recorded columns equal the expected mapping.

    ``after_upgrade`` in the JSON overrides tables that a later revision reshaped (with
    digests computed from the original rows), so moved data is checked, not just counted.
    """
    tables = dict(expected["tables"])
    if upgraded:
        tables.update(expected.get("after_upgrade", {}))
    found = table_summary(path, {t: facts["columns"] for t, facts in tables.items()})
    for table, facts in tables.items():
        assert found[table]["rows"] == facts["rows"], f"{table}: row count changed"
        assert found[table]["sha256"] == facts["sha256"], f"{table}: content changed"


def assert_sound(path: Path) -> None:
    assert pragma_rows(path, "integrity_check") == [("ok",)]
    assert pragma_rows(path, "foreign_key_check") == []


def markers_9999(path: Path) -> dict[str, bool]:
    """Which of revision 9999's three changes are in the file."""
    with read_only(path) as connection:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        return {
            "profiles": "nickname_9999" in columns_of(connection, "profiles"),
            "attempts": "reviewed_9999" in columns_of(connection, "attempts"),
            "notes": "notes_9999" in tables,
        }


def child_rows(path: Path) -> dict[str, int]:
    with read_only(path) as connection:
        return {
            t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("attempts", "steps", "card_lookups", "competency_results")
        }


def spawn(
    *args: str | Path, stderr_to: Path, env: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """Start child_store.py; its stderr goes to a file (read when it fails)."""
    with stderr_to.open("w", encoding="utf-8") as errors:
        return subprocess.Popen(
            [sys.executable, str(CHILD), *map(str, args)],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env={**os.environ, **(env or {})},
        )


def finish(proc: subprocess.Popen[str]) -> None:
    """Reap a child and close its pipes (an open pipe is a ResourceWarning)."""
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)
    if proc.stdout is not None:
        proc.stdout.close()


def wait_for_line(proc: subprocess.Popen[str], wanted: str, stderr_file: Path) -> None:
    assert proc.stdout is not None
    while True:
        line = proc.stdout.readline()
        if not line:
            proc.wait(timeout=10)
            raise AssertionError(
                f"child ended (rc {proc.returncode}) before {wanted!r}:\n"
                + stderr_file.read_text(encoding="utf-8")
            )
        if line.strip() == wanted:
            return


@pytest.fixture
def test_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the migrations with revision 9999 on top, used by the store from now on."""
    folder = tmp_path / "migrations"
    shutil.copytree(
        migrate.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__", "*.pyc")
    )
    text = REVISION_9999.replace("__DOWN__", migrate.head_revision())
    (folder / "versions" / "9999_recreate_parents.py").write_text(text, encoding="utf-8")
    monkeypatch.setattr(migrate, "MIGRATIONS", folder)
    assert migrate.head_revision() == TEST_REVISION
    return folder


# -- T12: golden databases ----------------------------------------------------------------


def test_a_golden_database_exists_for_the_head_revision() -> None:
    """Design rule 7: each released schema has a sample database that a test migrates."""
    revisions = {expected_for(g)["revision"] for g in golden_files()}
    assert migrate.head_revision() in revisions, (
        "no golden database for the head revision: run "
        "`.venv/bin/python -m tests.storage.golden.make_golden`"
    )
    for golden in golden_files():
        assert golden.stat().st_size < 1_500_000, f"{golden.name} is too big to commit"


@pytest.mark.sqlite_only(
    "the golden databases are SQLite files (the server's: tests/storage/test_postgres.py)"
)
@pytest.mark.parametrize("golden", golden_files(), ids=lambda p: p.stem)
def test_golden_database_upgrades_with_data_intact(golden: Path, tmp_path: Path) -> None:
    expected = expected_for(golden)
    data_dir = tmp_path / "data"
    path = install_golden(golden, data_dir)
    assert stored_revision(path) == expected["revision"]
    assert_content_kept(path, expected)  # the fixture itself is what its JSON says

    services = open_services(data_dir)
    try:
        # The migrated data works with today's code: histories list, unfinished attempts
        # resume exactly where they stopped (a few per profile: a resume rebuilds and
        # re-analyses the scenario from its snapshot).
        resumed = listed = 0
        for profile in services.store.list_profiles():
            listed += len(services.history.entries(profile))
            for record in services.play.unfinished(profile)[:3]:
                active = services.play.resume(record)
                assert list(active.state.path) == record.path
                assert active.state.finished is False
                resumed += 1
        assert listed == expected["tables"]["attempts"]["rows"]
        assert resumed > 0
        assert services.store.check() == "ok"
    finally:
        services.close(backup=False)

    assert stored_revision(path) == migrate.head_revision()
    assert_content_kept(path, expected, upgraded=True)
    assert_sound(path)
    backups = Backups(data_dir / "backups").all()
    if expected["revision"] == migrate.head_revision():
        assert backups == []  # nothing to migrate, nothing to back up
    else:
        (pre,) = [b for b in backups if b.reason == "pre-migration"]
        assert stored_revision(pre.path) == expected["revision"]
        assert_content_kept(pre.path, expected)


# -- T13: the batch-migration cascade trap -----------------------------------------------


def test_batch_migration_keeps_child_rows(
    tmp_path: Path, test_migrations: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = expected_for(NEWEST_GOLDEN)
    data_dir = tmp_path / "data"
    path = install_golden(NEWEST_GOLDEN, data_dir)
    before = child_rows(path)
    assert min(before.values()) > 0
    probe = tmp_path / "probe.txt"
    monkeypatch.setenv("TRAINER_TEST_MIGRATION_PROBE", str(probe))

    store = Store.open(data_dir)
    # Read before the check: it migrates a fresh database too, to compare schemas.
    probed = probe.read_text(encoding="utf-8").split("\n")[:-1]
    try:
        # Foreign keys are back on in every new connection of the store.
        for engine in (store.db.write_engine, store.db.read_engine):
            with engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert store.check() == "ok"
    finally:
        store.close(backup=False)

    assert probed == [
        "start foreign_keys=0",
        "profiles foreign_keys=0",
        "attempts foreign_keys=0",
        "done foreign_keys=0",
    ]
    assert markers_9999(path) == {"profiles": True, "attempts": True, "notes": True}
    assert stored_revision(path) == TEST_REVISION
    assert child_rows(path) == before
    assert_content_kept(path, expected)
    assert_sound(path)
    (pre,) = Backups(data_dir / "backups").all()
    assert pre.reason == "pre-migration"
    assert stored_revision(pre.path) == expected["revision"]


def test_control_the_same_migration_with_foreign_keys_on_loses_child_rows(
    tmp_path: Path, test_migrations: Path
) -> None:
    """Without the guard the trap is real: the upgrade "succeeds" and the children are gone."""
    from alembic import command

    from trainer.storage.database import _make_engine

    path = install_golden(NEWEST_GOLDEN, tmp_path / "data")
    before = child_rows(path)
    engine = _make_engine(path, "BEGIN IMMEDIATE", foreign_keys=True)
    try:
        with engine.connect() as connection:
            config = migrate._config()
            config.attributes["connection"] = connection  # type: ignore[attr-defined]
            command.upgrade(config, "head")  # type: ignore[arg-type]
            connection.commit()
    finally:
        engine.dispose()
    assert stored_revision(path) == TEST_REVISION
    assert min(before.values()) > 0
    assert child_rows(path) == {t: 0 for t in before}
    assert pragma_rows(path, "foreign_key_check") == []  # nothing dangles: it is all gone


# -- T15: kill -9 during the migration ---------------------------------------------------


def _run_migration_child(
    data_dir: Path, migrations: Path, log: Path, pause: float
) -> subprocess.Popen[str]:
    proc = spawn(
        "open",
        data_dir,
        migrations,
        stderr_to=log,
        env={
            "TRAINER_TEST_MIGRATION_ANNOUNCE": "1",
            "TRAINER_TEST_MIGRATION_SLEEP": str(pause),
        },
    )
    wait_for_line(proc, "9999 start", log)
    return proc


@pytest.mark.sqlite_only("kills a child migrating the SQLite file")
def test_kill_during_migration_leaves_old_or_new_never_a_mix(
    tmp_path: Path, test_migrations: Path
) -> None:
    runs = 100 if LONG else 10
    pause = 0.04  # between the four steps of revision 9999
    expected = expected_for(NEWEST_GOLDEN)
    old_revision = expected["revision"]
    rng = random.Random(15)

    # Calibrate: how long from the first operation until the upgrade is committed here.
    log = tmp_path / "calibration.stderr"
    calibration = tmp_path / "calibration"
    install_golden(NEWEST_GOLDEN, calibration)
    proc = _run_migration_child(calibration, test_migrations, log, pause)
    try:
        started = time.perf_counter()
        wait_for_line(proc, "opened", log)
        window = time.perf_counter() - started
    finally:
        finish(proc)

    outcomes = {"old": 0, "new": 0}
    for run in range(runs):
        data_dir = tmp_path / f"run{run}"
        path = install_golden(NEWEST_GOLDEN, data_dir)
        log = tmp_path / f"run{run}.stderr"
        proc = _run_migration_child(data_dir, test_migrations, log, pause)
        try:
            # Anywhere in the upgrade, with extra weight around the commit at its end.
            if rng.random() < 0.5:
                delay = rng.uniform(0, window)
            else:
                delay = rng.uniform(0.8 * window, 1.2 * window)
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
        finally:
            finish(proc)

        revision, markers = stored_revision(path), markers_9999(path)
        if revision == old_revision and not any(markers.values()):
            outcomes["old"] += 1
        elif revision == TEST_REVISION and all(markers.values()):
            outcomes["new"] += 1
        else:
            pytest.fail(f"run {run}: a mixed state: revision {revision}, changes {markers}")
        assert_content_kept(path, expected)
        assert_sound(path)

        # Either way the app starts, and finishes the upgrade if it had not happened.
        Store.open(data_dir).close(backup=False)
        assert stored_revision(path) == TEST_REVISION
        assert_content_kept(path, expected)
    print(
        f"\nT15 kill during migration: {runs} runs, outcomes {outcomes}, mixed 0 "
        f"(upgrade window {window * 1000:.0f} ms)"
    )
    assert sum(outcomes.values()) == runs


# -- T16: refuse a database the app does not know ----------------------------------------


def _future_revision(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
        connection.commit()
    finally:
        connection.close()


def _future_revision_in_wal(path: Path) -> None:
    """A newer app migrated and was killed before checkpointing: the new revision is in the WAL."""
    source = path.with_name("source.db")
    path.rename(source)
    connection = sqlite3.connect(source)
    try:
        connection.execute("PRAGMA wal_autocheckpoint=0")
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
        connection.commit()
        shutil.copyfile(source, path)
        shutil.copyfile(f"{source}-wal", f"{path}-wal")
    finally:
        connection.close()
    source.unlink()


def _user_version_without_alembic(path: Path) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute("DROP TABLE alembic_version")
        connection.execute("PRAGMA user_version = 7")
        connection.commit()
    finally:
        connection.close()


def _foreign_tables(path: Path) -> None:
    path.unlink()
    connection = sqlite3.connect(path)
    try:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('not ours')")
        connection.commit()
    finally:
        connection.close()


NEWER = "newer version of the trainer"
NOT_OURS = "is not this app's progress database"
#: How the file is made, what the message names, and what it says the file is: a
#: database of unknown origin is not "from a newer version... schema none" (issue 13.15).
UNKNOWN_SCHEMAS = {
    "future-revision": (_future_revision, "schema ffff", NEWER),
    "future-revision-in-wal": (_future_revision_in_wal, "schema ffff", NEWER),
    "user-version-without-alembic": (_user_version_without_alembic, "user_version 7", NOT_OURS),
    "foreign-tables": (_foreign_tables, "unknown tables: notes", NOT_OURS),
}


def _fingerprint(data_dir: Path) -> dict[str, str]:
    """Hashes of the database and its side files, by name."""
    path = data_dir / "progress.db"
    return {p.name: sha256_file(p) for p in [path, *side_files(path)]}


@pytest.mark.sqlite_only(
    "SQLite files of other schemas (the server's: tests/storage/test_postgres.py)"
)
@pytest.mark.parametrize("kind", sorted(UNKNOWN_SCHEMAS))
def test_unknown_schema_is_refused_and_left_unchanged(kind: str, tmp_path: Path, run_cli) -> None:
    """T16; a database with no revision is named as not this app's (issue 13.15)."""
    make, detail, what = UNKNOWN_SCHEMAS[kind]
    data_dir = tmp_path / "data"
    make(install_golden(NEWEST_GOLDEN, data_dir))
    before = _fingerprint(data_dir)

    with pytest.raises((DatabaseTooNewError, ForeignDatabaseError)) as caught:
        Store.open(data_dir)
    message = str(caught.value)
    assert what in message
    assert (NEWER in message) == (what == NEWER)
    assert "schema none" not in message
    assert detail in message
    assert "left unchanged" in message
    assert _fingerprint(data_dir) == before  # same bytes, and no -wal/-shm left behind
    assert not (data_dir / "backups").exists()

    result = run_cli("--data-dir", data_dir, "db", "check")
    assert result.exit_code == 1
    assert what in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert _fingerprint(data_dir) == before


def test_user_version_alone_does_not_refuse_a_known_revision(tmp_path: Path) -> None:
    """With an alembic revision the app knows, ``user_version`` is not consulted."""
    data_dir = tmp_path / "data"
    path = install_golden(NEWEST_GOLDEN, data_dir)
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA user_version = 3")
        connection.commit()
    finally:
        connection.close()
    Store.open(data_dir).close(backup=False)
    assert pragma_rows(path, "user_version") == [(3,)]
    assert_content_kept(path, expected_for(NEWEST_GOLDEN))


# -- T9: corruption at start-up ---------------------------------------------------------


CORRUPTION_CASES = 1000 if LONG else 100
GOOD_BACKUP = "progress-20260301T080000000000Z-exit.db"
DAMAGED_BACKUP = "progress-20260302T080000000000Z-exit.db"  # newer, but unusable


def damage(data: bytearray, rng: random.Random) -> str:
    """Flip bytes or zero pages, weighted towards the file and page headers."""
    page_size = int.from_bytes(data[16:18], "big")
    pages = len(data) // page_size
    kind = rng.choices(["file-header", "page-header", "zero-page", "bytes"], [30, 25, 20, 25])[0]
    if kind == "file-header":
        for _ in range(rng.randint(1, 3)):
            data[rng.randrange(100)] ^= rng.randrange(1, 256)
    elif kind == "page-header":
        page = rng.randrange(pages)
        start = page * page_size + (100 if page == 0 else 0)
        for _ in range(rng.randint(1, 2)):
            data[start + rng.randrange(12)] ^= rng.randrange(1, 256)
    elif kind == "zero-page":
        page = rng.randrange(pages)
        if not any(data[page * page_size : (page + 1) * page_size]):
            page = (page + 1) % pages
        data[page * page_size : (page + 1) * page_size] = bytes(page_size)
    else:
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return kind


@pytest.fixture(scope="module")
def backups_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A backups folder holding a good backup and a newer, damaged one."""
    folder = tmp_path_factory.mktemp("backups")
    live = folder / "live.db"
    shutil.copyfile(NEWEST_GOLDEN, live)
    online_backup(live, folder / GOOD_BACKUP)
    live.unlink()
    broken = bytearray((folder / GOOD_BACKUP).read_bytes())
    broken[:100] = bytes(100)
    (folder / DAMAGED_BACKUP).write_bytes(bytes(broken))
    return folder


def corrupt_data_dir(data_dir: Path, backups_template: Path, case: int) -> tuple[bytes, str]:
    rng = random.Random(f"t9-{case}")
    data = bytearray(NEWEST_GOLDEN.read_bytes())
    kind = damage(data, rng)
    assert bytes(data) != NEWEST_GOLDEN.read_bytes()
    data_dir.mkdir(parents=True)
    (data_dir / "progress.db").write_bytes(bytes(data))
    shutil.copytree(backups_template, data_dir / "backups")
    return bytes(data), kind


@pytest.mark.parametrize("case", range(CORRUPTION_CASES))
def test_damaged_database_is_moved_aside_or_harmless(
    case: int, tmp_path: Path, backups_template: Path
) -> None:
    data_dir = tmp_path / "data"
    damaged, kind = corrupt_data_dir(data_dir, backups_template, case)
    path = data_dir / "progress.db"
    good = data_dir / "backups" / GOOD_BACKUP
    try:
        store = Store.open(data_dir)
    except DatabaseCorruptError as exc:
        # Recovery flow: the file was moved aside byte for byte, the good backup is named.
        assert exc.moved_to is not None
        assert exc.moved_to.parent == data_dir / "damaged"
        assert exc.moved_to.read_bytes() == damaged, "the damaged file was written to"
        assert sorted(p.name for p in exc.moved_to.parent.iterdir()) == [exc.moved_to.name]
        assert not path.exists()
        assert side_files(path) == []
        assert exc.backup == good
        assert str(good) in str(exc)
        assert "moved aside, unchanged" in str(exc)
        if case % 10:
            return
        # ... and (in every tenth case) the recovery works: a fresh store starts (made
        # deliberately: with backups present a missing database is damage, not a new
        # start) and the named backup restores.
        Store.start_empty(data_dir)
        store = Store.open(data_dir)
        try:
            store.restore(exc.backup)
            assert store.check() == "ok"
        finally:
            store.close(backup=False)
        assert_content_kept(path, expected_for(NEWEST_GOLDEN))
        return
    # The damage was harmless: the store opened and the full checks pass, except perhaps
    # for a flipped byte in stored text, which shows replaced (and `db check` names it).
    try:
        health = examine(path)
        assert health.usable, f"case {case} ({kind}) opened a damaged database"
        assert store.check() == health.verdict()
        assert store.list_profiles()  # readable, replaced characters and all
    finally:
        store.close(backup=False)
    assert not (data_dir / "damaged").exists()


@pytest.mark.sqlite_only("times the SQLite file's integrity check at start-up")
def test_startup_check_time(tmp_path: Path) -> None:
    """Figure: the start-up check (integrity + references) and a whole open on the golden DB."""
    from trainer.storage.backup import integrity_check

    data_dir = tmp_path / "data"
    path = install_golden(NEWEST_GOLDEN, data_dir)
    Store.open(data_dir).close(backup=False)
    checks, opens = [], []
    for _ in range(5):
        started = time.perf_counter()
        assert integrity_check(path) == "ok"
        checks.append(time.perf_counter() - started)
        started = time.perf_counter()
        Store.open(data_dir).close(backup=False)
        opens.append(time.perf_counter() - started)
    size_mb = path.stat().st_size / 1e6
    print(
        f"\nT9 start-up check on {size_mb:.1f} MB: median {sorted(checks)[2] * 1000:.1f} ms; "
        f"whole Store.open+close median {sorted(opens)[2] * 1000:.1f} ms"
    )
    assert sorted(checks)[2] < 0.5


@pytest.mark.sqlite_only("a damaged SQLite file")
def test_damaged_database_through_the_cli(tmp_path: Path, backups_template: Path, run_cli) -> None:
    data_dir = tmp_path / "data"
    path = install_golden(NEWEST_GOLDEN, data_dir)
    shutil.copytree(backups_template, data_dir / "backups")
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 4] = bytes(4096)
    path.write_bytes(bytes(data))
    damaged_hash = hashlib.sha256(bytes(data)).hexdigest()
    good = data_dir / "backups" / GOOD_BACKUP

    # The check only reads (it works while the app is open): it reports, never moves.
    result = run_cli("--data-dir", data_dir, "db", "check")
    assert result.exit_code == 1
    assert "damaged" in result.stderr and "left unchanged" in result.stderr
    assert str(good) in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert sha256_file(path) == damaged_hash
    assert not (data_dir / "damaged").exists()

    # Restoring moves the damaged file aside, unchanged, then puts the backup in place.
    result = run_cli("--data-dir", data_dir, "db", "restore", good)
    assert result.exit_code == 0, result.stderr
    assert "moved aside, unchanged" in result.stderr
    (moved,) = (data_dir / "damaged").iterdir()
    assert sha256_file(moved) == damaged_hash
    result = run_cli("--data-dir", data_dir, "db", "check")
    assert result.exit_code == 0
    assert result.stdout.strip().endswith(": ok")
    assert_content_kept(path, expected_for(NEWEST_GOLDEN))


# -- T32: one instance per data folder ---------------------------------------------------


def test_second_open_in_the_same_data_dir_is_refused(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    first = Store.open(data_dir)
    try:
        with pytest.raises(AnotherInstanceError, match="already running"):
            Store.open(data_dir)
    finally:
        first.close(backup=False)
    Store.open(data_dir).close(backup=False)


def test_lock_of_a_killed_instance_is_taken_at_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = tmp_path / "child.stderr"
    proc = spawn("hold", data_dir, stderr_to=log)
    try:
        wait_for_line(proc, "ready", log)
        with pytest.raises(AnotherInstanceError):
            Store.open(data_dir)
        killed = time.perf_counter()
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        store = Store.open(data_dir)  # the first try, no retry loop
        took = time.perf_counter() - killed
        try:
            assert store.check() == "ok"
        finally:
            store.close(backup=False)
    finally:
        finish(proc)
    print(f"\nT32 open after kill -9 of the holder: {took * 1000:.1f} ms (incl. reaping)")
    assert took < 1.0


def test_lock_of_a_stopped_instance_is_not_taken_over(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    log = tmp_path / "child.stderr"
    proc = spawn("hold", data_dir, stderr_to=log)
    try:
        wait_for_line(proc, "ready", log)
        proc.send_signal(signal.SIGSTOP)
        time.sleep(1.5)
        with pytest.raises(AnotherInstanceError, match="already running"):
            Store.open(data_dir)
    finally:
        proc.send_signal(signal.SIGCONT)
        finish(proc)


# -- stale temp files --------------------------------------------------------------------


def test_stale_temp_files_are_removed_on_open(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    store = Store.open(data_dir)
    kept = store.backup("manual")
    store.close(backup=False)
    stale = [
        data_dir / "progress.db.tmp-424242",
        data_dir / "backups" / f"{kept.name}.tmp-31337",
        data_dir / "backups" / "progress-20260101T000000000000Z-exit.db.tmp-7",
    ]
    for temp in stale:
        temp.write_bytes(b"half a write")
    Store.open(data_dir).close(backup=False)
    assert [p for p in stale if p.exists()] == []
    assert kept.exists()
    assert (data_dir / "progress.db").exists()


def test_every_data_table_is_in_the_golden_mapping() -> None:
    """A new table must be added to the golden mapping (and DATA_TABLES) to be checked."""
    # immutable: the committed file has no WAL, and nothing may be written next to it.
    uri = f"file:{NEWEST_GOLDEN}?mode=ro&immutable=1"
    with contextlib.closing(sqlite3.connect(uri, uri=True)) as connection:
        tables = {
            r[0]
            for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            if not r[0].startswith("sqlite_") and r[0] != "alembic_version"
        }
    assert tables == set(DATA_TABLES) == set(expected_for(NEWEST_GOLDEN)["tables"])


def test_the_shipped_revision_list_matches_the_migrations_folder() -> None:
    """``SHIPPED_REVISIONS`` lets start-up skip importing Alembic: it must not drift."""
    from alembic.script import ScriptDirectory

    config = migrate._config()
    script = ScriptDirectory.from_config(config)  # type: ignore[arg-type]
    in_folder = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(in_folder) == migrate.SHIPPED_REVISIONS
    assert script.get_current_head() == migrate.SHIPPED_REVISIONS[-1]
