"""Reading commands work while the desktop app holds the data folder; writers still wait.

The app is stood in for by another process that opens the store (taking the instance
lock, as the app does) and records a profile it never checkpoints, so what a reader
sees lives only in the WAL. Each command runs through ``trainer.cli.main``.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from tests.cli.cli_support import ready_python_process
from trainer.domain.pedagogy import PEDAGOGICAL_CODES
from trainer.storage.migrate import SHIPPED_REVISIONS

pytestmark = pytest.mark.sqlite_only(
    "readers beside the desktop app on one SQLite file (its WAL, side files and lock)"
)

REPO_ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = REPO_ROOT / "scenarios" / "tutorial"
OLDEST_GOLDEN = REPO_ROOT / "tests" / "storage" / "golden" / f"schema-{SHIPPED_REVISIONS[0]}.sqlite"
PASSWORD = "correct horse battery"

# The running app: opens the store (lock held, as the app holds it), records one more
# profile after opening, then waits with its connections open (no checkpoint).
_APP = """
import sys, time
from pathlib import Path
from trainer.services.context import open_services

services = open_services(Path(sys.argv[1]))
services.profiles.create("Celina Wal", "officer")
print("ready", flush=True)
time.sleep(120)
"""


@pytest.fixture
def recorded(cli, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with an officer's finished attempt, an officer with a PIN and an instructor."""
    result = cli("play", TUTORIAL, "--profile", "Anna Nowak", "--choose", "keep_and_come")
    assert result.exit_code == 0, result.stderr
    for command, secret in (
        (("setup", "Tomasz Trener"), PASSWORD),
        (("profile", "create", "Bartek Pin"), "739154"),
    ):
        monkeypatch.setattr("sys.stdin", _Lines(secret))
        result = cli(*command, "--secret-stdin")
        assert result.exit_code == 0, result.stderr
    return data_dir


class _Lines:
    """A stand-in standard input holding one line."""

    def __init__(self, line: str) -> None:
        self._line = line + "\n"

    def readline(self) -> str:
        line, self._line = self._line, ""
        return line

    def isatty(self) -> bool:
        return False


@pytest.fixture
def app_open(recorded: Path) -> Iterator[subprocess.Popen[str]]:
    with ready_python_process(_APP, str(recorded)) as child:
        yield child


def _hashes(data_dir: Path) -> dict[str, str]:
    """The database and its WAL, byte for byte (the -shm index holds readers' marks)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.glob("progress.db*"))
        if not p.name.endswith("-shm")
    }


def test_reading_commands_work_while_the_app_is_open(
    cli, data_dir: Path, app_open: subprocess.Popen[str]
) -> None:
    assert (data_dir / "progress.db-wal").stat().st_size > 0  # Celina is in the WAL only
    before = _hashes(data_dir)

    result = cli("profile", "list")
    assert result.exit_code == 0, result.stderr
    lines = {line.split("  ")[0].strip(): line for line in result.stdout.splitlines()}
    assert set(lines) == {"Anna Nowak", "Bartek Pin", "Celina Wal", "Tomasz Trener"}
    assert lines["Tomasz Trener"].endswith("trainer (password)")
    assert lines["Bartek Pin"].endswith("officer (PIN)")
    assert lines["Anna Nowak"].endswith("officer")

    result = cli("history", "--profile", "anna nowak", "--json")
    assert result.exit_code == 0, result.stderr
    (attempt,) = result.json()
    assert attempt["scenario"] == "tutorial" and attempt["status"] == "in_progress"
    result = cli("history", "--profile", "Celina Wal")
    assert result.exit_code == 0 and "no attempts yet" in result.stdout

    result = cli("db", "check")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip() == f"{data_dir / 'progress.db'}: ok"

    allowed = [arg for code in PEDAGOGICAL_CODES for arg in ("--allow-code", code)]
    assert cli("validate", TUTORIAL, "--strict", *allowed).exit_code == 0
    result = cli("analyze", TUTORIAL, "--json")
    assert result.exit_code == 0 and result.json()["scenario"] == "tutorial"
    assert cli("play", TUTORIAL, "--choose", "keep_and_come").exit_code == 0  # no profile

    assert _hashes(data_dir) == before
    assert app_open.poll() is None


def test_writers_are_refused_while_the_app_is_open(
    cli, data_dir: Path, app_open: subprocess.Popen[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _hashes(data_dir)
    backup = next((data_dir / "backups").iterdir())
    monkeypatch.setattr("sys.stdin", _Lines(PASSWORD))
    for args in (
        ("play", TUTORIAL, "--profile", "Anna Nowak", "--choose", "keep_and_come"),
        ("play", TUTORIAL, "--profile", "Anna Nowak", "--resume"),
        ("profile", "create", "Dorota", "--secret-stdin", "--trainer"),
        ("profile", "unlock", "Bartek Pin", "--by", "Tomasz Trener", "--secret-stdin"),
        ("profile", "delete", "Anna Nowak", "--yes"),
        ("profile", "export", "Anna Nowak"),
        ("db", "backup"),
        ("db", "restore", backup),
        ("db", "retention", "--months", "12", "--yes"),
    ):
        result = cli(*args)
        assert result.exit_code == 1, (args, result.stderr)
        assert "already running" in result.stderr and str(data_dir) in result.stderr, args
        assert "internal error" not in result.stderr
    assert _hashes(data_dir) == before

    # Signing in is a write (wrong PINs count), so a profile with a PIN waits too, and
    # says why.
    result = cli("history", "--profile", "Bartek Pin")
    assert result.exit_code == 1
    assert "has a PIN" in result.stderr and "already running" in result.stderr


def test_after_the_app_was_killed_a_reader_sees_the_wal_and_leaves_it(
    cli, data_dir: Path, app_open: subprocess.Popen[str]
) -> None:
    os.kill(app_open.pid, signal.SIGKILL)
    app_open.wait(timeout=10)
    before = _hashes(data_dir)
    assert "progress.db-wal" in before

    result = cli("profile", "list")
    assert result.exit_code == 0 and "Celina Wal" in result.stdout
    assert _hashes(data_dir) == before  # not checkpointed: the next writer's start does that
    # The reader held the lock while it read and gave it back.
    result = cli("db", "backup")
    assert result.exit_code == 0, result.stderr


def test_a_reader_leaves_a_closed_folder_exactly_as_it_found_it(cli, recorded: Path) -> None:
    files = sorted(p.name for p in recorded.iterdir())
    assert "progress.db-wal" not in files
    before = _hashes(recorded)
    for args in (("profile", "list"), ("history", "--profile", "Anna Nowak"), ("db", "check")):
        assert cli(*args).exit_code == 0, args
        assert sorted(p.name for p in recorded.iterdir()) == files, args
    assert _hashes(recorded) == before


def test_readers_create_nothing_where_nothing_was_recorded(cli, data_dir: Path) -> None:
    result = cli("profile", "list")
    assert result.exit_code == 0
    assert result.stdout == "" and "nothing is recorded" in result.stderr

    result = cli("history", "--profile", "Anna")
    assert result.exit_code == 1 and "no profile called 'Anna'" in result.stderr

    result = cli("db", "check")
    assert result.exit_code == 1 and "no progress database" in result.stderr
    assert not data_dir.exists()


def test_readers_do_not_migrate_an_older_database(cli, data_dir: Path) -> None:
    data_dir.mkdir()
    shutil.copyfile(OLDEST_GOLDEN, data_dir / "progress.db")
    before = _hashes(data_dir)
    for args in (("profile", "list"), ("history", "--profile", "Anna"), ("db", "check")):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert "older schema" in result.stderr and "Traceback" not in result.stderr
        assert _hashes(data_dir) == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["progress.db", "trainer.lock"]
    with closing(sqlite3.connect(data_dir / "progress.db")) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    assert revision == SHIPPED_REVISIONS[0]

    assert cli("db", "backup").exit_code == 0  # a writer upgrades it, as before
    assert cli("profile", "list").exit_code == 0
