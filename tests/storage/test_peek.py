"""The start-up peek: what the first screen shows before the store opens.

It must list exactly what the store would list (same records, erased people hidden),
give up (None) rather than guess on a file it cannot trust, and leave the file and
its folder exactly as they were.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from tests.play_support import play_tokens
from trainer.domain.model import Mode
from trainer.scenario_io.reader import load_scenario
from trainer.services.context import Services, open_services
from trainer.storage.peek import peek_attempts, peek_profiles
from trainer.storage.store import DB_NAME

pytestmark = pytest.mark.sqlite_only(
    "the quick look at start-up reads the SQLite file (off with a server)"
)

TUTORIAL = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _folder_listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def services(tmp_path: Path) -> Services:
    return open_services(tmp_path / "data")


def _populate(services: Services) -> None:
    """Three profiles (one with a PIN); attempts finished, unfinished, in two modes."""
    tutorial = load_scenario(TUTORIAL)
    anna = services.profiles.create("Anna")
    services.profiles.create("bartek", secret="739154")
    services.profiles.create("Celina Trener", role="trainer", secret="Canary-PW-7f3k9q2zR")
    assert tutorial.analysis is not None
    for mode in (Mode.PRACTICE, Mode.ASSESSMENT):
        active = services.play.start(anna, tutorial, mode=mode, language="pl")
        play_tokens(services.play, active, tutorial.analysis.best_tokens or ())
    services.play.start(anna, tutorial, mode=Mode.PRACTICE, language="en")  # unfinished


def test_no_database_yet_means_no_profiles(tmp_path: Path) -> None:
    assert peek_profiles(tmp_path) == []
    assert peek_attempts(tmp_path, "anyone") is None
    assert list(tmp_path.iterdir()) == []  # nothing created


def test_lists_what_the_store_lists(services: Services) -> None:
    _populate(services)
    data_dir = services.store.data_dir
    listed = services.store.list_profiles()
    assert len(listed) == 3
    assert peek_profiles(data_dir) == listed
    for profile in listed:
        assert peek_attempts(data_dir, profile.id) == services.store.attempts_for_profile(
            profile.id
        )
    anna = listed[0]
    statuses = sorted(a.status for a in services.store.attempts_for_profile(anna.id))
    assert statuses.count("in_progress") >= 1 and "finished" in statuses


def test_erased_profiles_stay_hidden_even_when_a_backup_brings_them_back(
    services: Services,
) -> None:
    _populate(services)
    store = services.store
    data_dir = store.data_dir
    backup = store.backup("manual")
    bartek = store.find_profile("bartek")
    assert bartek is not None
    services.profiles.erase(bartek)
    services.close(backup=False)
    # Put the old file back by hand, as a careless restore would: bartek is in it.
    (data_dir / DB_NAME).unlink()
    for side in ("-wal", "-shm"):
        (data_dir / (DB_NAME + side)).unlink(missing_ok=True)
    (data_dir / DB_NAME).write_bytes(backup.read_bytes())
    names = [p.display_name for p in peek_profiles(data_dir) or []]
    assert names == ["Anna", "Celina Trener"]


def test_erasure_in_the_audit_log_alone_also_hides(services: Services) -> None:
    _populate(services)
    store = services.store
    bartek = store.find_profile("bartek")
    assert bartek is not None
    services.profiles.erase(bartek)
    store.erasure_ledger.unlink()  # a lost ledger: the audit log still says it
    assert [p.display_name for p in peek_profiles(store.data_dir) or []] == [
        "Anna",
        "Celina Trener",
    ]


def test_another_schema_revision_means_ask_the_store(services: Services) -> None:
    _populate(services)
    data_dir = services.store.data_dir
    anna = services.store.list_profiles()[0]
    services.close(backup=False)
    with closing(sqlite3.connect(data_dir / DB_NAME)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = '0001'")
    assert peek_profiles(data_dir) is None
    assert peek_attempts(data_dir, anna.id) is None


@pytest.mark.parametrize(
    "content",
    [b"", b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["empty", "text", "damaged-header"],
)
def test_a_file_it_cannot_read_means_ask_the_store(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / DB_NAME
    path.write_bytes(content)
    assert peek_profiles(tmp_path) is None
    assert peek_attempts(tmp_path, "x") is None
    assert path.read_bytes() == content
    assert _folder_listing(tmp_path) == [DB_NAME]  # no -wal or -shm left behind


def test_peeking_changes_nothing(services: Services) -> None:
    _populate(services)
    data_dir = services.store.data_dir
    anna = services.store.list_profiles()[0]
    services.close(backup=False)
    before = {
        name: _digest(data_dir / name)
        for name in _folder_listing(data_dir)
        if (data_dir / name).is_file()
    }
    assert peek_profiles(data_dir)
    assert peek_attempts(data_dir, anna.id)
    after = {
        name: _digest(data_dir / name)
        for name in _folder_listing(data_dir)
        if (data_dir / name).is_file()
    }
    assert after == before


def test_after_a_killed_recording_the_peek_sees_every_acknowledged_step(tmp_path: Path) -> None:
    """The start after a crash: the quick look reads the WAL the dead writer left."""
    from tests.storage.crash_helpers import Child
    from tests.storage.recorder_child import PROFILE

    data_dir = tmp_path / "data"
    child = Child.start(
        "tests.storage.recorder_child", str(data_dir), "--seed", "5", "--abandon-prob", "0"
    )
    child.wait_for("ready")
    for _ in range(12):
        child.wait_for("ack")
    child.kill()
    acked: dict[str, int] = {}
    for event in child.seen:
        if event["ev"] == "ack":
            acked[event["attempt"]] = max(acked.get(event["attempt"], 0), event["seq"])
    assert (data_dir / (DB_NAME + "-wal")).exists()  # the dead writer's log is still there
    before = sorted(p.name for p in data_dir.iterdir())

    profiles = peek_profiles(data_dir)
    assert profiles is not None and [p.display_name for p in profiles] == [PROFILE]
    attempts = peek_attempts(data_dir, profiles[0].id)
    assert attempts is not None
    seen = {a.id: a.step_count for a in attempts}
    for attempt_id, steps in acked.items():
        assert seen[attempt_id] >= steps  # every acknowledged step, maybe one more in flight
    assert sorted(p.name for p in data_dir.iterdir()) == before

    services = open_services(data_dir)  # the store agrees once it has opened
    try:
        assert services.store.attempts_for_profile(profiles[0].id) == attempts
    finally:
        services.close(backup=False)
