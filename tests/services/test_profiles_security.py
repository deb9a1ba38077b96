"""Credentials, lockout, erasure and secrets on disk (reliability plan T27, T28, T30, T37).

Argon2id at the production parameters costs about 20-30 ms a check, so the tests
keep the number of hashes small (tens, not thousands).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

from tests.postgres_support import child_database_env, rows
from trainer.domain.model import Mode, SceneNode
from trainer.scenario_io.reader import LoadResult, load_scenario
from trainer.services import profiles as profiles_module
from trainer.services.context import Services, open_services
from trainer.services.play import ActiveAttempt
from trainer.services.profiles import OFFICER, TRAINER, ProfileLockedError
from trainer.services.secrets import (
    FAILURES_BEFORE_LOCK,
    FIRST_LOCK_SECONDS,
    MAX_LOCK_SECONDS,
    SecretPolicyError,
    check_password_policy,
    check_pin_policy,
    hash_secret,
    verify_secret,
)
from trainer.storage.backup import KEEP_ROUTINE
from trainer.storage.errors import ProfileError
from trainer.storage.records import ProfileRecord
from trainer.storage.store import DB_NAME

REPO_ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = REPO_ROOT / "scenarios" / "tutorial"
BEST_TOKENS = [
    "keep_and_come",
    "symbol,slogan,place,perception",
    "listen_first",
    "calm_boundary",
    "hate_flag",
    "motive,words,witnesses,needs",
    "club_meeting",
]
PIN = "739154"
OTHER_PIN = "582047"
WRONG_PIN = "482913"
PASSWORD = "Canary-PW-7f3k9q2zR"
CANARY = "Canary Kowalska"
UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
ARGON2_RE = re.compile(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([^$]+)\$([^$]+)$")


class FakeClock:
    """A wall clock the test moves by hand (UTC, timezone-aware)."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def services(data_dir: Path, clock: FakeClock) -> Iterator[Services]:
    opened = open_services(data_dir, clock=clock)
    yield opened
    if opened.store.lock is not None and opened.store.lock.held:
        opened.close(backup=False)


@pytest.fixture(scope="module")
def tutorial() -> LoadResult:
    loaded = load_scenario(TUTORIAL)
    assert loaded.playable
    return loaded


def play(
    services: Services,
    profile: ProfileRecord,
    loaded: LoadResult,
    tokens: list[str],
    *,
    cards: bool = True,
) -> ActiveAttempt:
    """Start an attempt and feed ``tokens``, opening every card offered on the way."""
    active = services.play.start(profile, loaded, mode=Mode.PRACTICE, language="pl")

    def scenes() -> None:
        while not active.state.finished and isinstance(
            active.engine.current_node(active.state), SceneNode
        ):
            services.play.advance(active, "")

    scenes()
    for token in tokens:
        if cards:
            for card in active.engine.current_node(active.state).cards:
                services.play.open_card(active, card)
        services.play.advance(active, token)
        scenes()
    return active


def canary_hits(data: bytes, needle: str) -> int:
    """Case-insensitive count of ``needle`` in UTF-8 and UTF-16LE."""
    low = data.lower()
    return sum(low.count(needle.lower().encode(codec)) for codec in ("utf-8", "utf-16-le"))


_AUDIT_COLUMNS = ("id", "at", "action", "subject_id", "operator_id")


def audit_rows(data_dir: Path) -> list[dict[str, object]]:
    """The audit log read straight from the folder's database (file, or server schema)."""
    found = rows(data_dir, f"SELECT {', '.join(_AUDIT_COLUMNS)} FROM audit_log ORDER BY at")
    return [dict(zip(_AUDIT_COLUMNS, row, strict=True)) for row in found]


def assert_ids_only(row: dict[str, object]) -> None:
    """An audit row holds its action, a timestamp and UUIDs, nothing personal."""
    assert set(row) == {"id", "at", "action", "subject_id", "operator_id"}
    assert UUID_RE.match(str(row["id"]))
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", str(row["at"]))
    assert re.fullmatch(r"[a-z-]+", str(row["action"]))
    for key in ("subject_id", "operator_id"):
        assert row[key] is None or UUID_RE.match(str(row[key])), row


# -- T27: credential storage ------------------------------------------------------------


def test_stored_credentials_are_argon2id_at_owasp_minimum_or_above(
    services: Services,
) -> None:
    officer = services.profiles.create("Officer One", OFFICER, PIN)
    trainer = services.profiles.create("Trainer One", TRAINER, PASSWORD)
    for profile in (officer, trainer):
        stored = services.store.get_profile(profile.id)
        assert stored is not None and stored.secret_hash is not None
        match = ARGON2_RE.match(stored.secret_hash)
        assert match, stored.secret_hash
        memory, passes, lanes = (int(g) for g in match.groups()[:3])
        assert memory >= 19_456 and passes >= 2 and lanes >= 1
        assert PIN not in stored.secret_hash and PASSWORD not in stored.secret_hash
    # An officer without a PIN stores no hash at all.
    assert services.profiles.create("Officer Two").secret_hash is None


def test_salts_are_unique_across_hashes_of_the_same_pin() -> None:
    hashes = [hash_secret(PIN) for _ in range(50)]
    salts = {ARGON2_RE.match(h).group(4) for h in hashes}  # type: ignore[union-attr]
    digests = {ARGON2_RE.match(h).group(5) for h in hashes}  # type: ignore[union-attr]
    assert len(salts) == len(hashes) == len(digests)
    # 16 random bytes of salt, base64 without padding.
    assert all(len(s) == 22 for s in salts)


def test_a_hash_with_older_weaker_parameters_is_rehashed_on_sign_in(
    services: Services,
) -> None:
    profile = services.profiles.create("Officer One", OFFICER, PIN)
    weak = PasswordHasher(time_cost=1, memory_cost=8_192, parallelism=1).hash(PIN)
    services.store.update_profile(profile.id, secret_hash=weak)

    # A wrong PIN must not touch the stored hash.
    with pytest.raises(ProfileError):
        services.profiles.sign_in(profile, WRONG_PIN)
    stored = services.store.get_profile(profile.id)
    assert stored is not None and stored.secret_hash == weak

    signed_in = services.profiles.sign_in(profile, PIN)
    stored = services.store.get_profile(profile.id)
    assert stored is not None and stored.secret_hash is not None
    assert stored.secret_hash != weak
    assert signed_in.secret_hash == stored.secret_hash
    assert not PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1).check_needs_rehash(
        stored.secret_hash
    )
    match = ARGON2_RE.match(stored.secret_hash)
    assert match and match.group(1, 2, 3) == ("19456", "2", "1")
    # The new hash still accepts the PIN, and needs no further rehash.
    assert verify_secret(stored.secret_hash, PIN) == (True, None)
    services.profiles.sign_in(profile, PIN)
    again = services.store.get_profile(profile.id)
    assert again is not None and again.secret_hash == stored.secret_hash


def test_a_damaged_hash_counts_as_a_failed_sign_in_not_a_crash(services: Services) -> None:
    profile = services.profiles.create("Officer One", OFFICER, PIN)
    services.store.update_profile(profile.id, secret_hash="$argon2id$garbage")
    with pytest.raises(ProfileError, match="wrong PIN"):
        services.profiles.sign_in(profile, PIN)


def test_verify_time_is_reported_and_not_trivially_cheap(
    record_property: pytest.RecordProperty,
) -> None:
    stored = hash_secret(PIN)
    verify_secret(stored, PIN)  # warm up (imports, first allocation)
    wall, cpu = [], []
    for _ in range(7):
        start, start_cpu = time.perf_counter(), time.process_time()
        assert verify_secret(stored, PIN) == (True, None)
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    wall_ms, cpu_ms = statistics.median(wall), statistics.median(cpu)
    record_property("argon2_verify_wall_ms", round(wall_ms, 1))
    record_property("argon2_verify_cpu_ms", round(cpu_ms, 1))
    print(f"argon2id verify: median {wall_ms:.1f} ms wall, {cpu_ms:.1f} ms CPU")
    # A misconfigured hasher (kilobytes of memory, one pass) verifies in well under 1 ms.
    assert cpu_ms >= 5, cpu_ms
    assert wall_ms < 1_000, wall_ms


@pytest.mark.parametrize(
    "pin",
    [
        "123456",
        "654321",
        "000000",
        "111111",
        "12345",
        "abcdef",
        "",
        "73915",
        "739 154",
        "739154\n",
        "٧٣٩١٥٤",  # Arabic-Indic digits
        "７３９１５４",  # full-width digits
        "७३९१५४",  # Devanagari digits
        "7391S4",
        "890123",  # a run that wraps round
        "121212",  # a short group repeated
        "123123",
        "12341234",
        "90909090",
    ],
)
def test_pin_policy_refuses_weak_or_non_ascii_pins(services: Services, pin: str) -> None:
    with pytest.raises(SecretPolicyError):
        check_pin_policy(pin)
    with pytest.raises(SecretPolicyError):
        services.profiles.create("Officer One", OFFICER, pin)
    assert services.store.find_profile("Officer One") is None


@pytest.mark.parametrize("pin", [PIN, "7391540", "102938", "0739154", "1212129", "123124"])
def test_pin_policy_accepts_six_or_more_varied_digits(pin: str) -> None:
    check_pin_policy(pin)


def test_trainer_password_needs_twelve_characters(services: Services) -> None:
    with pytest.raises(SecretPolicyError):
        check_password_policy("Abcdef12345")  # 11
    check_password_policy("Abcdef123456")  # 12
    with pytest.raises(SecretPolicyError):
        services.profiles.create("Trainer One", TRAINER, "Short-pw-11")
    with pytest.raises(ProfileError):
        services.profiles.create("Trainer One", TRAINER, None)
    assert services.store.find_profile("Trainer One") is None
    services.profiles.create("Trainer One", TRAINER, PASSWORD)


# -- T28: lockout -----------------------------------------------------------------------


def fail(services: Services, profile: ProfileRecord, times: int) -> BaseException:
    """Sign in with a wrong PIN ``times`` times; returns the last error."""
    last: BaseException | None = None
    for _ in range(times):
        with pytest.raises(ProfileError) as caught:
            services.profiles.sign_in(profile, WRONG_PIN)
        last = caught.value
    assert last is not None
    return last


@pytest.fixture
def argon2_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every Argon2 verification, counted at the library and at the service's import."""
    calls: list[str] = []
    real_verify = PasswordHasher.verify
    real_service_verify = profiles_module.verify_secret

    def counting_verify(self: PasswordHasher, stored: str, secret: str) -> bool:
        calls.append("argon2")
        return real_verify(self, stored, secret)

    def counting_service_verify(stored: str, secret: str) -> tuple[bool, str | None]:
        calls.append("service")
        return real_service_verify(stored, secret)

    monkeypatch.setattr(PasswordHasher, "verify", counting_verify)
    monkeypatch.setattr(profiles_module, "verify_secret", counting_service_verify)
    return calls


def test_five_wrong_pins_lock_for_five_minutes_without_argon2_while_locked(
    services: Services, clock: FakeClock, argon2_calls: list[str]
) -> None:
    # The same (stale) record is used throughout, as a login screen would hold it.
    profile = services.profiles.create("Officer One", OFFICER, PIN)
    for left in range(FAILURES_BEFORE_LOCK - 1, 0, -1):
        error = fail(services, profile, 1)
        assert not isinstance(error, ProfileLockedError)
        assert f"{left} tries left" in str(error)
    error = fail(services, profile, 1)
    assert isinstance(error, ProfileLockedError)
    assert error.until == clock.now + dt.timedelta(seconds=FIRST_LOCK_SECONDS)
    assert FIRST_LOCK_SECONDS == 5 * 60
    assert argon2_calls.count("argon2") == FAILURES_BEFORE_LOCK

    argon2_calls.clear()
    for _ in range(20):
        with pytest.raises(ProfileLockedError):
            services.profiles.sign_in(profile, PIN)
        clock.advance(seconds=14)  # 280 s in all: still inside the 5 minutes
    with pytest.raises(ProfileLockedError):
        services.profiles.sign_in(profile, WRONG_PIN)
    assert argon2_calls == []  # no Argon2 at all while locked

    clock.advance(seconds=20)  # 300 s after the lock
    assert services.profiles.sign_in(profile, PIN).failed_logins == 0
    assert argon2_calls.count("argon2") == 1
    stored = services.store.get_profile(profile.id)
    assert stored is not None
    assert (stored.failed_logins, stored.lock_level, stored.locked_at) == (0, 0, None)


def test_the_lock_doubles_each_round_up_to_the_cap(services: Services, clock: FakeClock) -> None:
    profile = services.profiles.create("Officer One", OFFICER, PIN)
    expected = FIRST_LOCK_SECONDS
    seen = []
    for _ in range(8):
        error = fail(services, profile, FAILURES_BEFORE_LOCK)
        assert isinstance(error, ProfileLockedError)
        seconds = (error.until - clock.now).total_seconds()
        seen.append(seconds)
        assert seconds == expected
        clock.advance(seconds=seconds - 1)
        with pytest.raises(ProfileLockedError):
            services.profiles.sign_in(profile, PIN)
        clock.advance(seconds=1)
        expected = min(expected * 2, MAX_LOCK_SECONDS)
    assert seen == [300, 600, 1200, 2400, 4800, 9600, 14400, 14400]
    # A successful sign-in after the lock resets the doubling.
    services.profiles.sign_in(profile, PIN)
    error = fail(services, profile, FAILURES_BEFORE_LOCK)
    assert isinstance(error, ProfileLockedError)
    assert (error.until - clock.now).total_seconds() == FIRST_LOCK_SECONDS


def test_the_lock_survives_closing_and_reopening_the_store(
    services: Services, data_dir: Path, clock: FakeClock
) -> None:
    profile = services.profiles.create("Officer One", OFFICER, PIN)
    fail(services, profile, 3)
    services.close(backup=False)

    reopened = open_services(data_dir, clock=clock)
    try:
        # Three failures were kept: two more lock.
        assert "1 tries left" in str(fail(reopened, profile, 1))
        assert isinstance(fail(reopened, profile, 1), ProfileLockedError)
    finally:
        reopened.close(backup=False)

    clock.advance(minutes=4)
    reopened = open_services(data_dir, clock=clock)
    try:
        with pytest.raises(ProfileLockedError):
            reopened.profiles.sign_in(profile, PIN)
        clock.advance(minutes=1)
        reopened.profiles.sign_in(profile, PIN)
    finally:
        reopened.close(backup=False)


_CHILD = """
import sys, time
from pathlib import Path
from trainer.services.context import open_services
from trainer.storage.errors import ProfileError

services = open_services(Path(sys.argv[1]))
profile = services.profiles.find("Officer One")
for _ in range(5):
    try:
        services.profiles.sign_in(profile, sys.argv[2])
    except ProfileError as exc:
        last = exc
print(type(last).__name__, flush=True)
time.sleep(60)
"""


def test_the_lock_survives_a_kill_9_of_the_process_that_made_the_failures(
    services: Services, data_dir: Path
) -> None:
    profile = services.profiles.create("Officer One", OFFICER, PIN)
    services.close(backup=False)
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(data_dir), WRONG_PIN],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO_ROOT,
        env={**os.environ, **child_database_env(data_dir)},
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline().strip()
        assert line == "ProfileLockedError", child.stderr.read() if child.stderr else line
        os.kill(child.pid, signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()

    reopened = open_services(data_dir)  # the real clock, as the child used
    try:
        with pytest.raises(ProfileLockedError):
            reopened.profiles.sign_in(profile, PIN)
        stored = reopened.store.get_profile(profile.id)
        assert stored is not None and stored.lock_level == 1
    finally:
        reopened.close(backup=False)


def test_a_lock_does_not_affect_other_profiles(services: Services, clock: FakeClock) -> None:
    locked = services.profiles.create("Officer One", OFFICER, PIN)
    other = services.profiles.create("Officer Two", OFFICER, OTHER_PIN)
    assert isinstance(fail(services, locked, FAILURES_BEFORE_LOCK), ProfileLockedError)
    assert services.profiles.sign_in(other, OTHER_PIN).id == other.id
    # The other profile's own counter starts from zero.
    assert "4 tries left" in str(fail(services, other, 1))
    stored = services.store.get_profile(other.id)
    assert stored is not None and (stored.failed_logins, stored.lock_level) == (1, 0)


def test_a_trainer_unlocks_and_the_unlock_is_audited_with_ids_only(
    services: Services, argon2_calls: list[str]
) -> None:
    officer = services.profiles.create(CANARY, OFFICER, PIN)
    colleague = services.profiles.create("Officer Two", OFFICER, OTHER_PIN)
    trainer = services.profiles.create("Trainer Nowicka", TRAINER, PASSWORD)
    assert isinstance(fail(services, officer, FAILURES_BEFORE_LOCK), ProfileLockedError)

    with pytest.raises(ProfileError):
        services.profiles.unlock(officer, trainer=colleague, password=OTHER_PIN)
    with pytest.raises(ProfileLockedError):
        services.profiles.sign_in(officer, PIN)

    services.profiles.unlock(officer, trainer=trainer, password=PASSWORD)
    assert services.profiles.sign_in(officer, PIN).id == officer.id

    rows = audit_rows(services.store.data_dir)
    assert [r["action"] for r in rows] == ["unlock-profile"]
    row = rows[0]
    assert_ids_only(row)
    assert (row["subject_id"], row["operator_id"]) == (officer.id, trainer.id)
    assert not any("Kowalska" in str(v) or "Nowicka" in str(v) for v in row.values())


def test_moving_the_clock_back_during_a_lock_keeps_the_lock(
    services: Services, clock: FakeClock, argon2_calls: list[str]
) -> None:
    profile = services.profiles.create("Officer One", OFFICER, PIN)
    assert isinstance(fail(services, profile, FAILURES_BEFORE_LOCK), ProfileLockedError)
    locked_at = clock.now
    argon2_calls.clear()
    for back in (dt.timedelta(seconds=1), dt.timedelta(hours=1), dt.timedelta(days=400)):
        clock.now = locked_at - back
        with pytest.raises(ProfileLockedError) as caught:
            services.profiles.sign_in(profile, PIN)
        # The message never promises an end before the real one.
        assert caught.value.until >= locked_at + dt.timedelta(seconds=FIRST_LOCK_SECONDS)
    assert argon2_calls == []
    clock.now = locked_at + dt.timedelta(seconds=FIRST_LOCK_SECONDS)
    services.profiles.sign_in(profile, PIN)


# -- T37: erasure -----------------------------------------------------------------------


def _erase_setup(services: Services, tutorial: LoadResult) -> tuple[str, list[str]]:
    """The canary with a finished and an unfinished attempt, plus a bystander."""
    canary = services.profiles.create(CANARY, OFFICER, PIN)
    bystander = services.profiles.create("Officer Two")
    finished = play(services, canary, tutorial, BEST_TOKENS)
    unfinished = play(services, canary, tutorial, BEST_TOKENS[:2])
    play(services, bystander, tutorial, BEST_TOKENS)
    assert finished.state.finished and not unfinished.state.finished
    with services.store.session() as session:
        lookups = session.execute(text("SELECT count(*) FROM card_lookups")).scalar()
    assert lookups and lookups > 0
    return canary.id, [finished.attempt_id, unfinished.attempt_id]


def _all_cells(path: Path) -> Iterator[tuple[str, str, object]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            for row in cursor:
                for name, value in zip(names, row, strict=True):
                    yield table, name, value


def _db_files(data_dir: Path) -> list[Path]:
    return [p for p in data_dir.iterdir() if p.name.startswith(DB_NAME) and p.is_file()]


@pytest.mark.sqlite_only("scans the SQLite file's bytes (secure_delete)")
def test_erasure_leaves_no_rows_and_no_bytes_of_the_profile(
    services: Services,
    data_dir: Path,
    tutorial: LoadResult,
    run_cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profile_id, attempt_ids = _erase_setup(services, tutorial)
    services.close(backup=False)
    assert canary_hits((data_dir / DB_NAME).read_bytes(), CANARY) > 0  # the scan can see it

    monkeypatch.setattr("sys.stdin", io.StringIO(PIN + "\n"))  # she erases her own profile
    result = run_cli("--data-dir", data_dir, "profile", "delete", CANARY, "--yes", "--secret-stdin")
    assert result.exit_code == 0, result.stderr

    for table, column, value in _all_cells(data_dir / DB_NAME):
        # The audit keeps the erased id as the subject, and as the operator when the
        # person erased their own profile (who did it), and nowhere else.
        if (table, column) in (("audit_log", "subject_id"), ("audit_log", "operator_id")):
            continue
        for erased in (profile_id, *attempt_ids):
            assert erased not in str(value), (table, column)
        assert "kowalska" not in str(value).lower(), (table, column)

    files = _db_files(data_dir)
    assert data_dir / DB_NAME in files
    for file in files:
        data = file.read_bytes()
        assert canary_hits(data, CANARY) == 0, file.name
        assert canary_hits(data, "Kowalska") == 0, file.name

    rows = audit_rows(data_dir)
    erasures = [r for r in rows if r["action"] == "erase-profile"]
    assert len(erasures) == 1
    assert_ids_only(erasures[0])
    assert erasures[0]["subject_id"] == profile_id

    # The bystander is untouched.
    reopened = open_services(data_dir)
    try:
        other = reopened.profiles.find("Officer Two")
        assert len(reopened.history.entries(other)) == 1
        assert reopened.store.check() == "ok"
    finally:
        reopened.close(backup=False)


@pytest.mark.sqlite_only("backups are copies of the SQLite file")
def test_backups_made_before_an_erasure_keep_the_name_until_rotated_out(
    services: Services, data_dir: Path, clock: FakeClock, tutorial: LoadResult
) -> None:
    """Documented behaviour: old backups still hold the person until rotation drops them."""
    _erase_setup(services, tutorial)
    clock.advance(seconds=1)
    before = services.store.backup("exit")
    services.profiles.erase(services.profiles.find(CANARY))
    assert canary_hits(before.read_bytes(), CANARY) > 0

    for _ in range(KEEP_ROUTINE):
        clock.advance(seconds=1)
        services.store.backup("manual")
    backups = sorted((data_dir / "backups").iterdir())
    assert not before.exists()
    assert len(backups) == KEEP_ROUTINE
    for backup in backups:
        assert canary_hits(backup.read_bytes(), "Kowalska") == 0, backup.name


@pytest.mark.sqlite_only("restores an SQLite backup file")
def test_restoring_a_backup_from_before_the_erasure_erases_again(
    services: Services,
    data_dir: Path,
    clock: FakeClock,
    tutorial: LoadResult,
    run_cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    profile_id, _ = _erase_setup(services, tutorial)
    clock.advance(seconds=1)
    before = services.store.backup("manual")
    services.close(backup=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(PIN + "\n"))  # she erases her own profile
    erased = run_cli("--data-dir", data_dir, "profile", "delete", CANARY, "--yes", "--secret-stdin")
    assert erased.exit_code == 0, erased.stderr

    result = run_cli("--data-dir", data_dir, "db", "restore", before)
    assert result.exit_code == 0, result.stderr

    reopened = open_services(data_dir)
    try:
        assert reopened.store.find_profile(CANARY) is None
        assert reopened.store.find_profile("Officer Two") is not None
        assert reopened.store.check() == "ok"
    finally:
        reopened.close(backup=False)
    for file in _db_files(data_dir):
        assert canary_hits(file.read_bytes(), "Kowalska") == 0, file.name
    rows = audit_rows(data_dir)
    reapplied = [r for r in rows if r["action"] == "erase-reapplied"]
    assert [r["subject_id"] for r in reapplied] == [profile_id]
    for row in rows:
        assert_ids_only(row)


@pytest.mark.sqlite_only("restores SQLite backup files")
def test_an_erasure_survives_a_chain_of_restores(
    services: Services, clock: FakeClock, tutorial: LoadResult
) -> None:
    oldest = services.store.backup("manual")
    clock.advance(seconds=1)
    _erase_setup(services, tutorial)
    holding = services.store.backup("manual")
    services.profiles.erase(services.profiles.find(CANARY))
    services.store.restore(oldest)
    services.store.restore(holding)
    assert services.store.find_profile(CANARY) is None


# -- T30: no secrets in files -----------------------------------------------------------

_TIMESTAMP_HITS = (
    re.compile(rb"\d\d:\d\d:\d\d\.%s" % PIN.encode()),  # microseconds of an ISO timestamp
    re.compile(rb"T\d{6}%sZ" % PIN.encode()),  # a backup file's stamp
)


def _secret_hits(data: bytes, secret: str) -> int:
    hits = canary_hits(data, secret)
    for pattern in _TIMESTAMP_HITS:  # chance collisions with clock digits, not leaks
        hits -= len(pattern.findall(data))
    return hits


@pytest.mark.sqlite_only("scans the data folder's files, the SQLite file among them")
def test_no_pin_or_password_in_any_file_after_a_session_with_errors(
    services: Services,
    data_dir: Path,
    tutorial: LoadResult,
    run_cli,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    officer = services.profiles.create(CANARY, OFFICER, PIN)
    trainer = services.profiles.create("Trainer Nowicka", TRAINER, PASSWORD)
    with pytest.raises(ProfileError):
        services.profiles.sign_in(trainer, PASSWORD + "x")
    services.profiles.sign_in(trainer, PASSWORD)
    play(services, services.profiles.sign_in(officer, PIN), tutorial, BEST_TOKENS[:3])
    services.close()  # with the exit backup

    # The CLI reads the PIN from the terminal: a wrong one, then the right one.
    monkeypatch.setenv("TRAINER_DATA_DIR", str(data_dir))  # crash reports go here too
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    answers = iter([WRONG_PIN, PIN, PIN])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    outputs = []
    wrong = run_cli("play", TUTORIAL, "--profile", CANARY, "--resume", "--choose", "hate_flag")
    assert wrong.exit_code == 1 and "wrong PIN" in wrong.stderr
    right = run_cli("play", TUTORIAL, "--profile", CANARY, "--resume", "--choose", "calm_boundary")
    assert right.exit_code == 0, right.stderr
    outputs += [wrong.stdout, wrong.stderr, right.stdout, right.stderr]

    # An internal error after the PIN was entered writes a crash report.
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("simulated bug after sign-in")

    monkeypatch.setattr("trainer.services.play.PlayService.resume", broken)
    crash = run_cli("play", TUTORIAL, "--profile", CANARY, "--resume", "--choose", "hate_flag")
    assert crash.exit_code == 3
    outputs += [crash.stdout, crash.stderr]

    scanned = [p for p in data_dir.rglob("*") if p.is_file()]
    names = {p.name for p in scanned}
    assert DB_NAME in names
    assert any(p.parent.name == "backups" for p in scanned)
    assert any(p.parent.name == "crash-reports" for p in scanned)
    hits = {
        str(p.relative_to(data_dir)): n
        for p in scanned
        for secret in (PIN, WRONG_PIN, PASSWORD)
        if (n := _secret_hits(p.read_bytes(), secret))
    }
    assert hits == {}
    for output in outputs:
        for secret in (PIN, WRONG_PIN, PASSWORD):
            assert secret not in output

    # What is stored for the secrets is an Argon2id hash and nothing else.
    with closing(sqlite3.connect(f"file:{data_dir / DB_NAME}?mode=ro", uri=True)) as connection:
        stored = [r[0] for r in connection.execute("SELECT secret_hash FROM profiles")]
    assert len(stored) == 2 and all(ARGON2_RE.match(h) for h in stored)


def test_an_unlock_needs_the_trainers_own_password(services: Services) -> None:
    officer = services.profiles.create(CANARY, OFFICER, PIN)
    trainer = services.profiles.create("Trainer Nowicka", TRAINER, PASSWORD)
    assert isinstance(fail(services, officer, FAILURES_BEFORE_LOCK), ProfileLockedError)
    assert [p.id for p in services.profiles.locked()] == [officer.id]
    with pytest.raises(ProfileError, match="wrong"):
        services.profiles.unlock(officer, trainer=trainer, password="not the password")
    assert [p.id for p in services.profiles.locked()] == [officer.id]
    stored = services.store.get_profile(trainer.id)
    assert stored is not None and stored.failed_logins == 1  # counts against the trainer
    services.profiles.unlock(officer, trainer=trainer, password=PASSWORD)
    assert services.profiles.locked() == []
    assert services.profiles.sign_in(officer, PIN).id == officer.id
