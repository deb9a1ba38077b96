"""Faults while recording (reliability.md T4 disk full, T5 I/O errors, T7 contention)."""

from __future__ import annotations

import itertools
import json
import os
import random
import re
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text
from sqlalchemy.pool import Pool

from tests.storage.crash_helpers import (
    REPO_ROOT,
    TUTORIAL,
    Child,
    connect_ro,
    digest,
    half_written,
    integrity,
    percentile,
    pick_token,
    step_index,
)
from tests.storage.full_disk_child import OLD_EXPORT
from tests.storage.recorder_child import PROFILE
from trainer.domain.engine import PlayState
from trainer.domain.errors import PlayError
from trainer.domain.model import DecisionNode, Mode
from trainer.scenario_io.reader import LoadResult, load_scenario
from trainer.services.context import Services, open_services
from trainer.services.play import ActiveAttempt
from trainer.storage.database import classify
from trainer.storage.errors import (
    DatabaseBusyError,
    ProfileError,
    StorageError,
    StorageFullError,
    StorageIOError,
)
from trainer.storage.records import ProfileRecord
from trainer.storage.store import Store

pytestmark = pytest.mark.sqlite_only(
    "disk-full, I/O errors, locks and BEGIN IMMEDIATE of the SQLite file"
)

RECORDER = "tests.storage.recorder_child"
CLASSIFIED = {"StorageIOError", "StorageFullError"}


def report(capsys: pytest.CaptureFixture[str], line: str) -> None:
    """Show a figure in the test output even when output is captured."""
    with capsys.disabled():
        print(f"\n{line}")


@pytest.fixture(scope="module")
def tutorial() -> LoadResult:
    return load_scenario(TUTORIAL)


def play_attempts(
    services: Services, loaded: LoadResult, profile: ProfileRecord, count: int, seed: int
) -> int:
    """Play ``count`` whole attempts with random tokens; returns the steps recorded."""
    rng = random.Random(seed)
    steps = 0
    for _ in range(count):
        active = services.play.start(profile, loaded, mode=Mode.PRACTICE, language="pl")
        while not active.state.finished:
            services.play.advance(active, pick_token(active.engine, active.state, rng))
            steps += 1
    return steps


def stored_state(services: Services, attempt_id: str) -> PlayState:
    return PlayState.from_json(json.loads(services.store.attempt(attempt_id).state))


# -- T4: disk full (max_page_count) ------------------------------------------------------


class PageLimit:
    """Caps the database at ``limit`` pages on every connection the store writes with.

    ``PRAGMA max_page_count`` is per connection, so it is set each time the store's write
    engine hands out a connection; ``lift`` restores SQLite's default.
    """

    def __init__(self, store: Store) -> None:
        with closing(sqlite3.connect(":memory:")) as probe:
            self.unlimited = int(probe.execute("PRAGMA max_page_count").fetchone()[0])
        self.engine = store.db.write_engine
        self.limit: int | None = None
        event.listen(self.engine, "checkout", self._apply)

    def _apply(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA max_page_count={self.limit or self.unlimited}")
        cursor.close()

    def cap(self, pages: int) -> None:
        self.limit = pages

    def lift(self) -> None:
        self.limit = None

    def remove(self) -> None:
        event.remove(self.engine, "checkout", self._apply)


@dataclass
class FullFigures:
    runs: int = 0
    step_failures: int = 0
    start_failures: int = 0
    retries_ok: int = 0
    doubled_submits: int = 0
    steps: int = 0
    ks: list[int] = field(default_factory=list)


@dataclass
class DiskFullBench:
    """One store, capped and uncapped again and again, played by random tokens."""

    services: Services
    loaded: LoadResult
    profile: ProfileRecord
    limiter: PageLimit
    reader: sqlite3.Connection
    figures: FullFigures = field(default_factory=FullFigures)
    active: ActiveAttempt | None = None
    others: str = ""  # the digest of every row but the active attempt's

    @classmethod
    @contextmanager
    def open(cls, data_dir: Path, loaded: LoadResult) -> Iterator[DiskFullBench]:
        services = open_services(data_dir)
        limiter = PageLimit(services.store)
        try:
            profile = services.profiles.get_or_create_officer("Full Disk")
            with closing(sqlite3.connect(services.store.path)) as reader:
                yield cls(services, loaded, profile, limiter, reader)
        finally:
            limiter.remove()
            services.close(backup=False)

    def pages(self) -> int:
        return int(self.reader.execute("PRAGMA page_count").fetchone()[0])

    def run(self, k: int, rng: random.Random) -> None:
        """Cap at current + k pages, play until a write fails, check, lift, retry."""
        self.figures.runs += 1
        self.figures.ks.append(k)
        self.limiter.cap(self.pages() + k)
        for _ in range(20_000):
            if self.active is None or self.active.state.finished:
                if self._start_until_full():
                    return
                continue
            if self._step_until_full(rng):
                return
        raise AssertionError(f"{k} more pages never filled up")

    def _start_until_full(self) -> bool:
        before = digest(self.reader)
        try:
            self.active = self.services.play.start(
                self.profile, self.loaded, mode=Mode.PRACTICE, language="pl"
            )
        except StorageFullError as exc:
            self._check_refusal(exc, before)
            self.figures.start_failures += 1
            self.limiter.lift()
            self.active = self.services.play.start(
                self.profile, self.loaded, mode=Mode.PRACTICE, language="pl"
            )
            self.others = digest(self.reader, attempt=self.active.attempt_id)
            return True
        self.others = digest(self.reader, attempt=self.active.attempt_id)
        return False

    def _step_until_full(self, rng: random.Random) -> bool:
        active = self.active
        assert active is not None
        token = pick_token(active.engine, active.state, rng)
        step_id = str(uuid.uuid4())
        state_before = active.state
        # Only this attempt's rows change while it is played; the rest was hashed at its start.
        mine = digest(self.reader, attempt=active.attempt_id, of_attempt=True)
        try:
            self.services.play.advance(active, token, step_id=step_id)
        except StorageFullError as exc:
            others = digest(self.reader, attempt=active.attempt_id)
            assert others == self.others, "a refused write changed another attempt's rows"
            self._check_refusal(exc, mine, attempt=active.attempt_id)
            # The choice is still in memory and the screen still shows the same node.
            assert active.state is state_before
            assert self._rows_with(step_id) == 0
            self.figures.step_failures += 1
            self._retry(active, token, step_id, state_before)
            return True
        self.figures.steps += 1
        return False

    def _check_refusal(
        self, exc: StorageFullError, before: str, *, attempt: str | None = None
    ) -> None:
        """The error says what happened, and the stored rows are as they were before."""
        assert str(exc).startswith("Storage is full: your last answer is not saved")
        now = digest(self.reader, attempt=attempt, of_attempt=attempt is not None)
        assert now == before, "a refused write changed stored rows"
        assert self.services.store.check() == "ok"

    def _rows_with(self, step_id: str) -> int:
        return int(
            self.reader.execute("SELECT count(*) FROM steps WHERE id = ?", (step_id,)).fetchone()[0]
        )

    def _retry(
        self, active: ActiveAttempt, token: str, step_id: str, state_before: PlayState
    ) -> None:
        """Space is freed: the same step (same id) goes through, exactly once."""
        self.limiter.lift()
        expected = active.engine.play(state_before, token)
        after = self.services.play.advance(active, token, step_id=step_id)
        assert after == expected
        assert self._rows_with(step_id) == 1
        assert stored_state(self.services, active.attempt_id) == active.state
        self.figures.retries_ok += 1
        # A doubled submit of the same step changes nothing, in the file or in memory.
        rows = digest(self.reader, attempt=active.attempt_id, of_attempt=True)
        # (A PlayError is fine too: the token may not be offered where that step led.)
        with suppress(PlayError):
            self.services.play.advance(active, token, step_id=step_id)
        assert digest(self.reader, attempt=active.attempt_id, of_attempt=True) == rows
        assert digest(self.reader, attempt=active.attempt_id) == self.others
        assert active.state == expected
        self.figures.doubled_submits += 1
        assert half_written(self.reader) == []


@pytest.mark.slow
def test_disk_full_refuses_the_step_and_the_retry_succeeds_once(
    tmp_path: Path, tutorial: LoadResult, capsys: pytest.CaptureFixture[str]
) -> None:
    """T4: 50 runs with the file capped at current + k pages, for random k."""
    rng = random.Random(4)
    with DiskFullBench.open(tmp_path / "data", tutorial) as bench:
        for _ in range(50):
            bench.run(rng.randint(1, 12), rng)
        figures = bench.figures
        verdict, broken = integrity(bench.reader)
    report(
        capsys,
        f"T4 disk full: runs={figures.runs} refused steps={figures.step_failures} "
        f"refused starts={figures.start_failures} retries ok={figures.retries_ok} "
        f"doubled submits harmless={figures.doubled_submits} steps={figures.steps} "
        f"k={min(figures.ks)}..{max(figures.ks)} unhandled=0",
    )
    assert verdict == "ok" and not broken
    assert figures.retries_ok + figures.start_failures == figures.runs
    assert figures.step_failures >= figures.runs * 3 // 4


@pytest.mark.slow
def test_disk_full_property(tmp_path: Path, tutorial: LoadResult) -> None:
    """T4 as a property: any cap, any tokens -> refused cleanly, retried once."""
    with DiskFullBench.open(tmp_path / "data", tutorial) as bench:

        @settings(
            max_examples=12,
            deadline=None,
            database=None,
            suppress_health_check=[HealthCheck.too_slow],
        )
        @given(k=st.integers(min_value=1, max_value=40), seed=st.integers(0, 2**32 - 1))
        def capped(k: int, seed: int) -> None:
            bench.run(k, random.Random(seed))

        capped()
        assert bench.figures.retries_ok + bench.figures.start_failures == bench.figures.runs


def test_storage_errors_are_classified() -> None:
    """The sqlite3 errors a full or failing disk raises map to the user-facing errors."""
    full = sqlite3.OperationalError("database or disk is full")
    full.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
    io = sqlite3.OperationalError("disk I/O error")
    io.sqlite_errorname = "SQLITE_IOERR_WRITE"  # type: ignore[attr-defined]
    assert isinstance(classify(full), StorageFullError)
    assert isinstance(classify(io), StorageIOError)
    assert "not saved" in str(classify(io)) and "Nothing saved before is lost" in str(classify(io))


# -- T5: I/O errors (RLIMIT_FSIZE, /dev/full, a full file system) ----------------------------


def _prefill(data_dir: Path, loaded: LoadResult, attempts: int) -> int:
    services = open_services(data_dir)
    try:
        profile = services.profiles.get_or_create_officer(PROFILE)
        return play_attempts(services, loaded, profile, attempts, seed=attempts)
    finally:
        services.close(backup=False)


def _limit_file_size(limit: int) -> Callable[[], None]:
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.slow
def test_io_error_while_recording(
    tmp_path: Path, tutorial: LoadResult, capsys: pytest.CaptureFixture[str]
) -> None:
    """T5: a recorder whose files may not grow past the database's size + 64 KiB.

    The failing write surfaces as a classified error (never a traceback), nothing is
    acknowledged after it, and after reopening the committed steps are exactly the
    acknowledged ones, with the file intact.
    """
    data_dir = tmp_path / "data"
    attempts_before = 30
    before = _prefill(data_dir, tutorial, attempts=attempts_before)
    child = Child.start(
        RECORDER, str(data_dir), "--fsize-margin", str(64 * 1024), "--resume-prob", "0"
    )
    events = child.finish(timeout=120)
    assert child.process.returncode == 0, child.stderr.decode(errors="replace")
    assert b"Traceback" not in child.stderr
    kinds = [e["ev"] for e in events]
    errors = [e for e in events if e["ev"] == "error"]
    assert len(errors) == 1, events[-5:]
    error = errors[0]
    assert error["type"] in CLASSIFIED and not error["traceback"], error
    assert "your last answer is not saved" in error["message"]
    assert "ack" not in kinds[kinds.index("error") :], "a step was reported saved after a failure"
    acked = {e["id"]: (e["attempt"], e["seq"]) for e in events if e["ev"] == "ack"}
    # The failing write was a step (tried, never acknowledged) or the start of an attempt.
    failed = [e["id"] for e in events if e["ev"] == "try" and e["id"] not in acked]
    assert len(failed) <= 1
    announced = {e["attempt"] for e in events if e["ev"] == "attempt"}
    closed = next(e for e in events if e["ev"] == "closed")
    assert closed["error"] in {None, *CLASSIFIED}, closed

    services = open_services(data_dir)
    try:
        assert services.store.check() == "ok"
    finally:
        services.close(backup=False)
    with closing(connect_ro(data_dir / "progress.db")) as connection:
        stored = step_index(connection)
        assert half_written(connection) == []
        attempts = connection.execute("SELECT count(*) FROM attempts").fetchone()[0]
    assert not set(failed) & set(stored), "the failed step was stored"
    assert attempts == attempts_before + len(announced), "an unannounced attempt was stored"
    assert all(stored.get(step_id) == where for step_id, where in acked.items())
    assert len(stored) - before == len(acked)
    report(
        capsys,
        f"T5 RLIMIT_FSIZE: commits acknowledged before the failure={len(acked)}, "
        f"rows after reopening={len(stored) - before}, error={error['type']}, "
        f"close={closed['error']}",
    )


def _trainer(*args: str, limit: int | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=None if limit is None else _limit_file_size(limit),
    )


def _assert_clear_error(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert result.stderr.startswith("error:"), result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


@pytest.mark.slow
def test_backup_and_export_under_file_size_limit(tmp_path: Path, tutorial: LoadResult) -> None:
    """T5: ``db backup`` and ``profile export --output`` when files may not exceed 64 KiB."""
    data_dir = tmp_path / "data"
    _prefill(data_dir, tutorial, attempts=20)
    backups = data_dir / "backups"
    backups.mkdir(exist_ok=True)
    limit = 64 * 1024

    result = _trainer("--data-dir", str(data_dir), "db", "backup", limit=limit)
    _assert_clear_error(result)
    assert list(backups.iterdir()) == [], "a partial backup was left behind"

    out = tmp_path / "exports" / "crash-test.json"
    out.parent.mkdir()
    out.write_bytes(OLD_EXPORT)
    result = _trainer(
        "--data-dir", str(data_dir), "profile", "export", PROFILE, "--output", str(out), limit=limit
    )
    _assert_clear_error(result)
    assert str(out) in result.stderr
    assert out.read_bytes() == OLD_EXPORT, "the earlier export was damaged"
    assert sorted(out.parent.iterdir()) == [out], "a temp file was left behind"

    # Without the limit both work (the failures above were the limit's doing).
    assert _trainer("--data-dir", str(data_dir), "db", "backup").returncode == 0
    assert len(list(backups.iterdir())) == 1
    exported = _trainer(
        "--data-dir", str(data_dir), "profile", "export", PROFILE, "--output", str(out)
    )
    assert exported.returncode == 0, exported.stderr
    assert out.stat().st_size > limit


def _device_like_dev_full(tmp_path: Path) -> Path:
    """``/dev/full``, or (as root) a private node of the same device.

    As root an export that renamed a temp file over the target would replace the
    machine's /dev/full with a plain file; the private node keeps that harmless.
    """
    if os.geteuid() != 0:
        return Path("/dev/full")
    node = tmp_path / "full"
    try:
        os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, 7))
        with node.open("wb") as handle:
            handle.write(b"x")
            handle.flush()
    except OSError as exc:
        if exc.errno == 28:  # ENOSPC: the node works like /dev/full
            return node
        pytest.skip(f"cannot make a /dev/full node here: {exc}")
    raise AssertionError("writing to the /dev/full node succeeded")


def test_export_to_dev_full(tmp_path: Path, tutorial: LoadResult, run_cli: Any) -> None:
    """T5: ``profile export --output /dev/full``: a clear ENOSPC error, the device untouched."""
    data_dir = tmp_path / "data"
    _prefill(data_dir, tutorial, attempts=1)
    target = _device_like_dev_full(tmp_path)
    before = set(target.parent.iterdir())
    result = run_cli("--data-dir", data_dir, "profile", "export", PROFILE, "--output", target)
    assert result.exit_code == 1, (result.exit_code, result.stderr)
    assert result.stderr.startswith("error:") and "internal error" not in result.stderr
    assert "No space left on device" in result.stderr
    assert stat.S_ISCHR(os.stat(target).st_mode), "the device node was replaced"
    assert set(target.parent.iterdir()) == before, "a temp file was left beside the target"


def _namespaces_work() -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-Urm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt"],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0


@pytest.mark.slow
@pytest.mark.skipif(not _namespaces_work(), reason="needs unprivileged mount namespaces")
def test_backup_and_export_on_a_full_disk(tmp_path: Path, tutorial: LoadResult) -> None:
    """T5: ENOSPC partway through a backup, the exit backup and an export (a 64 KiB tmpfs)."""
    data_dir = tmp_path / "data"
    _prefill(data_dir, tutorial, attempts=20)
    backups = data_dir / "backups"
    exports = tmp_path / "exports"
    backups.mkdir(exist_ok=True)
    exports.mkdir()
    mount = 'mount -t tmpfs -o size=64k tmpfs "$1" && mount -t tmpfs -o size=64k tmpfs "$2"'
    result = subprocess.run(
        [
            "unshare",
            "-Urm",
            "sh",
            "-c",
            f'{mount} && shift 2 && exec "$@"',
            "sh",
            str(backups),
            str(exports),
            sys.executable,
            "-m",
            "tests.storage.full_disk_child",
            str(data_dir),
            str(exports / "crash-test.json"),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.splitlines()[-1])
    assert found["backup"]["error"] == "BackupError", found["backup"]
    assert "disk is full" in found["backup"]["message"]
    assert "answer" not in found["backup"]["message"]  # no step was lost: don't say so
    assert found["backup_files"] == {}, "a partial backup was left in the backups folder"
    # Closing still works: the failed exit backup is a warning, the steps are all saved.
    assert found["close"]["error"] is None, found["close"]
    assert found["exit_backup_error"] == "BackupError"
    assert found["lock_released"]
    assert found["export"]["code"] == 1, found["export"]
    assert found["export"]["stderr"].startswith("error:"), found["export"]
    assert "No space left on device" in found["export"]["stderr"]
    assert found["export_intact"], "the earlier export was damaged"
    assert list(found["export_files"]) == ["crash-test.json"], found["export_files"]
    with closing(connect_ro(data_dir / "progress.db")) as connection:
        assert integrity(connection) == ("ok", [])


# -- T7: contention and "database is locked" -----------------------------------------------


WRITES = 3000


@pytest.mark.slow
def test_recording_while_another_process_backs_up_and_reads(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """T7a: one process records 3,000 steps; this one backs up, reads and writes meanwhile.

    Both are instances of the app on the same folder (the instance lock bypassed for
    the second). No lock error may reach either user.
    """
    data_dir = tmp_path / "data"
    writer = Child.start(RECORDER, str(data_dir), "--steps", str(WRITES), "--seed", "77")
    writer.wait_for("ready")
    services = open_services(data_dir, single_instance=False)  # a second instance
    failures: list[str] = []
    rounds = 0
    try:
        profile = services.profiles.find(PROFILE)
        while writer.process.poll() is None:
            rounds += 1
            for action in (
                partial(services.store.backup, "manual"),
                partial(services.history.entries, profile),
                partial(services.play.unfinished, profile),
                # A write from this side too, so the two writers meet on the lock.
                partial(services.profiles.get_or_create_officer, f"Second {rounds}"),
            ):
                try:
                    action()
                except StorageError as exc:
                    failures.append(f"{type(exc).__name__}: {exc}")
            time.sleep(0.02)
    finally:
        services.close(backup=False)
    events = writer.finish()
    errors = [e for e in events if e["ev"] == "error"]
    done = [e for e in events if e["ev"] == "done"]
    assert not errors, errors
    assert done and done[0]["acked"] == WRITES
    latencies = done[0]["latencies"]
    lock_errors = [f for f in failures if f.startswith(DatabaseBusyError.__name__)]
    report(
        capsys,
        f"T7 contention: writes={WRITES}, meanwhile {rounds} rounds of backup + 2 reads + "
        f"1 write in the other process; lock errors="
        f"{len(lock_errors)} other errors={len(failures) - len(lock_errors)} write latency "
        f"p50={percentile(latencies, 0.5):.1f} ms p99={percentile(latencies, 0.99):.1f} ms "
        f"max={max(latencies):.1f} ms",
    )
    assert not failures, failures[:5]
    with closing(connect_ro(data_dir / "progress.db")) as connection:
        assert integrity(connection) == ("ok", [])
        assert half_written(connection) == []
        assert len(step_index(connection)) == WRITES


def test_deferred_read_then_write_fails_at_once_but_the_store_waits(tmp_path: Path) -> None:
    """T7b: the SQLITE_BUSY_SNAPSHOT trap with plain sqlite3, and the store's guard.

    A deferred transaction that read before another connection committed cannot
    upgrade to a writer: it fails immediately, whatever the busy timeout. The store
    takes the write lock up front (BEGIN IMMEDIATE), so the other writer waits instead.
    """
    db = tmp_path / "plain.db"
    with closing(sqlite3.connect(db, isolation_level=None)) as setup:
        setup.execute("PRAGMA journal_mode=WAL")
        setup.execute("CREATE TABLE t (x INTEGER)")
    reader = sqlite3.connect(db, timeout=5, isolation_level=None)
    other = sqlite3.connect(db, timeout=5, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM t").fetchone()
        other.execute("BEGIN IMMEDIATE")
        other.execute("INSERT INTO t VALUES (1)")
        other.execute("COMMIT")
        started = time.monotonic()
        with pytest.raises(sqlite3.OperationalError) as caught:
            reader.execute("INSERT INTO t VALUES (2)")
        waited = time.monotonic() - started
        reader.execute("ROLLBACK")
    finally:
        reader.close()
        other.close()
    assert waited < 1.0, "the busy timeout should not even be tried"
    assert caught.value.sqlite_errorname == "SQLITE_BUSY_SNAPSHOT"
    assert isinstance(classify(caught.value), DatabaseBusyError)

    store = Store.open(tmp_path / "data")
    try:
        # The other writer tries while the store is between its read and its write.
        other = _WriteThread(partial(_plain_write, store.path, "other"))
        with store.db.write() as session:
            session.execute(text("SELECT count(*) FROM profiles")).scalar()  # read first
            other.start()
            time.sleep(0.2)
            assert other.is_alive(), "the other writer got in between the read and the write"
            session.execute(text("INSERT INTO meta (key, value) VALUES ('store', 'writer')"))
            committing = time.monotonic()
        other.join(timeout=10)
        assert other.error is None, other.error
        assert other.finished_at >= committing, "the other writer did not wait for the store"

        # And the other way round: the store waits out a writer instead of failing.
        holder = sqlite3.connect(store.path, timeout=5, isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")
            holder.execute("INSERT INTO meta (key, value) VALUES ('holder', 'x')")
            waiting = _WriteThread(partial(store.create_profile, "Waiting Officer", "officer"))
            waiting.start()
            time.sleep(0.2)
            assert waiting.is_alive(), "the store's write did not wait for the lock"
            released = time.monotonic()
            holder.execute("COMMIT")
        finally:
            holder.close()
        waiting.join(timeout=10)
        assert waiting.error is None, waiting.error
        assert waiting.finished_at >= released
        with store.db.read() as session:
            keys = set(session.execute(text("SELECT key FROM meta")).scalars())
        assert {"store", "other", "holder"} <= keys
    finally:
        store.close(backup=False)


def _plain_write(path: Path, key: str) -> None:
    connection = sqlite3.connect(path, timeout=5, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO meta (key, value) VALUES (?, 'writer')", (key,))
        connection.execute("COMMIT")
    finally:
        connection.close()


class _WriteThread(threading.Thread):
    """Runs one write in a thread, noting when it ended and what it raised."""

    def __init__(self, action: Callable[[], object]) -> None:
        super().__init__(daemon=True)
        self.action = action
        self.error: BaseException | None = None
        self.finished_at = float("inf")

    def run(self) -> None:
        try:
            self.action()
        except BaseException as exc:
            self.error = exc
        self.finished_at = time.monotonic()


WRITE_SQL = re.compile(r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b", re.I)


class SqlTrace:
    """Every statement SQLite runs on every pooled connection, per connection."""

    def __init__(self) -> None:
        self.statements: dict[int, list[str]] = {}
        self.read_connections: set[int] = set()
        self._lock = threading.Lock()
        self._keys = itertools.count()

    def _key(self, record: Any) -> int:
        # Not id(connection): a closed connection's address is reused by a later one,
        # which would mix the migration's statements into a read connection's log.
        with self._lock:
            if "trace_key" not in record.info:
                record.info["trace_key"] = next(self._keys)
            return int(record.info["trace_key"])

    def on_connect(self, dbapi_connection: Any, record: Any) -> None:
        key = self._key(record)
        with self._lock:
            log = self.statements.setdefault(key, [])
        dbapi_connection.set_trace_callback(log.append)

    def mark_read(self, _dbapi_connection: Any, record: Any) -> None:
        self.read_connections.add(self._key(record))

    def violations(self) -> list[str]:
        found = []
        for key, statements in self.statements.items():
            transaction: str | None = None
            for sql in statements:
                head = sql.strip().upper()
                if head.startswith("BEGIN"):
                    if transaction is not None:
                        found.append(f"nested BEGIN: {sql}")
                    transaction = "immediate" if "IMMEDIATE" in head else "deferred"
                    if key in self.read_connections and transaction != "deferred":
                        found.append(f"the read engine took the write lock: {sql}")
                elif head.startswith(("COMMIT", "END")) or head == "ROLLBACK":
                    transaction = None
                elif WRITE_SQL.match(sql):
                    if key in self.read_connections:
                        found.append(f"the read engine wrote: {sql[:80]}")
                    if transaction != "immediate":
                        found.append(f"write outside BEGIN IMMEDIATE ({transaction}): {sql[:80]}")
        return found


def test_every_write_starts_with_begin_immediate(tmp_path: Path, tutorial: LoadResult) -> None:
    """T7c: trace the SQL of every write path; each write is inside BEGIN IMMEDIATE.

    Covers opening (migrating) a new database, profiles with PINs and lockout, unlock
    (audit), playing to the end with a card look-up and a timeout, history, export,
    backup, restore and erasure. The read engine must never write.
    """
    trace = SqlTrace()
    event.listen(Pool, "connect", trace.on_connect)
    try:
        services = open_services(tmp_path / "data")
        read_engine = services.store.db.read_engine
        read_engine.dispose()  # from here on every read connection is new, and tagged
        event.listen(read_engine, "connect", trace.mark_read)
        try:
            _every_write_path(services, tutorial)
        finally:
            event.remove(read_engine, "connect", trace.mark_read)
            services.close()
    finally:
        event.remove(Pool, "connect", trace.on_connect)
    statements = [s for log in trace.statements.values() for s in log]
    writes = [s for s in statements if WRITE_SQL.match(s)]
    assert trace.read_connections, "the read engine was never used"
    assert sum(s.strip().upper() == "BEGIN IMMEDIATE" for s in statements) >= 20
    assert len(writes) >= 50
    assert trace.violations() == []


def _every_write_path(services: Services, loaded: LoadResult) -> None:
    officer = services.profiles.create("Trace Officer", "officer", "739154")
    trainer = services.profiles.create("Trace Trainer", "trainer", "a long trainer password")
    for _ in range(5):
        with pytest.raises(ProfileError):  # wrong PIN, then locked
            services.profiles.sign_in(officer, "000001")
    services.profiles.unlock(officer, trainer=trainer, password="a long trainer password")
    officer = services.profiles.sign_in(officer, "739154")
    rng = random.Random(3)
    active = services.play.start(officer, loaded, mode=Mode.ASSESSMENT, language="pl")
    cards = list(loaded.scenario.cards) if loaded.scenario is not None else []
    timed_out = False
    while not active.state.finished:
        node = active.engine.current_node(active.state)
        if cards:
            services.play.open_card(active, cards[0])
        if isinstance(node, DecisionNode) and node.on_timeout is not None and not timed_out:
            services.play.time_out(active, elapsed_ms=30_000, step_id=str(uuid.uuid4()))
            timed_out = True
            continue
        services.play.advance(active, pick_token(active.engine, active.state, rng))
    assert timed_out, "the walk never met the timed decision: pick another seed"
    services.history.entries(officer)
    services.profiles.export(officer)
    backup = services.store.backup("manual")
    services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
    services.store.restore(backup)
    services.profiles.erase(services.profiles.find("Trace Officer"), operator=trainer)
