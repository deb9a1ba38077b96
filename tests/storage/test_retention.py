"""Attempts past the retention period go at the next start (reliability.md T38).

The store's clock is injected: months pass between two opens of the same folder.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.postgres_support import execute, rows
from trainer.domain.model import Mode
from trainer.paths import shipped_scenarios_dir
from trainer.services.context import Services, open_services
from trainer.services.library import LibraryService
from trainer.storage.retention import META_KEY, months_before

START = dt.datetime(2026, 1, 31, 9, 0, tzinfo=dt.UTC)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.mark.parametrize(
    ("moment", "months", "expected"),
    [
        (dt.datetime(2026, 3, 31, 12), 1, dt.datetime(2026, 2, 28, 12)),
        (dt.datetime(2028, 3, 31, 12), 1, dt.datetime(2028, 2, 29, 12)),  # a leap year
        (dt.datetime(2026, 1, 15), 1, dt.datetime(2025, 12, 15)),
        (dt.datetime(2026, 11, 25), 12, dt.datetime(2025, 11, 25)),
        (dt.datetime(2026, 5, 31), 25, dt.datetime(2024, 4, 30)),
    ],
)
def test_a_month_back_is_a_calendar_month(
    moment: dt.datetime, months: int, expected: dt.datetime
) -> None:
    assert months_before(moment, months) == expected


def _attempt(services: Services, name: str) -> str:
    """A new profile's unfinished tutorial attempt with two steps; its id."""
    profile = services.profiles.create(name)
    tutorial = next(
        e
        for e in LibraryService([(shipped_scenarios_dir(), "shipped")]).load()
        if e.key == "tutorial"
    )
    active = services.play.start(profile, tutorial.result, mode=Mode.PRACTICE, language="pl")
    services.play.advance(active, "")
    services.play.advance(active, "")
    return active.attempt_id


def _rows(data_dir: Path, sql: str, *args: object) -> list[tuple[object, ...]]:
    """Read straight from the folder's database (SQLite, or its schema on the PG run)."""
    return rows(data_dir, sql, *args)


def test_old_attempts_go_at_the_next_start_and_nothing_younger(tmp_path: Path) -> None:
    clock = Clock()
    data_dir = tmp_path / "data"
    services = open_services(data_dir, clock=clock)
    old = _attempt(services, "Canary Kowalska")
    clock.now = START + dt.timedelta(days=300)
    young = _attempt(services, "Bartek")
    assert services.store.set_retention_months(12) == 0  # nothing that old yet
    services.close(backup=False)
    db = data_dir

    clock.now = START + dt.timedelta(days=366)  # a year and a day after the old one
    services = open_services(data_dir, clock=clock)
    services.close(backup=False)
    attempts = {row[0] for row in _rows(db, "SELECT id FROM attempts")}
    assert attempts == {young}
    assert _rows(db, "SELECT count(*) FROM steps WHERE attempt_id = ?", old) == [(0,)]
    assert _rows(db, "SELECT count(*) FROM steps WHERE attempt_id = ?", young) == [(2,)]
    assert _rows(db, "SELECT count(*) FROM attempt_states WHERE attempt_id = ?", old) == [(0,)]
    # Audited by count, naming no one; the profiles stay (erasing a person is separate).
    assert _rows(
        db, "SELECT action, subject_id FROM audit_log WHERE action LIKE 'retention-purge%'"
    ) == [("retention-purge:1", None)]
    assert len(_rows(db, "SELECT id FROM profiles")) == 2

    services = open_services(data_dir, clock=clock)  # again: nothing more to do
    services.close(backup=False)
    assert {row[0] for row in _rows(db, "SELECT id FROM attempts")} == {young}
    assert len(_rows(db, "SELECT 1 FROM audit_log WHERE action LIKE 'retention-purge%'")) == 1


def test_without_a_period_nothing_is_ever_deleted(tmp_path: Path) -> None:
    clock = Clock()
    data_dir = tmp_path / "data"
    services = open_services(data_dir, clock=clock)
    attempt = _attempt(services, "Anna")
    assert services.store.retention_months() is None
    services.close(backup=False)
    clock.now = START + dt.timedelta(days=3650)
    services = open_services(data_dir, clock=clock)
    assert [
        a.id for a in services.store.attempts_for_profile(services.store.list_profiles()[0].id)
    ] == [attempt]
    services.close(backup=False)


def test_a_period_the_app_does_not_understand_deletes_nothing(tmp_path: Path) -> None:
    clock = Clock()
    data_dir = tmp_path / "data"
    services = open_services(data_dir, clock=clock)
    _attempt(services, "Anna")
    services.close(backup=False)
    execute(data_dir, "INSERT INTO meta (key, value) VALUES (?, 'twelve')", META_KEY)
    clock.now = START + dt.timedelta(days=3650)
    services = open_services(data_dir, clock=clock)
    assert services.store.retention_months() is None
    assert services.store.count_attempts() == 1
    services.close(backup=False)


def test_the_cli_shows_sets_and_asks_before_deleting(
    tmp_path: Path, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    clock = Clock()
    services = open_services(data_dir, clock=clock)
    _attempt(services, "Anna")  # made in January 2026: older than a month by now
    services.profiles.set_up_first_trainer("Instruktor", "Silne-Haslo-2026")
    services.close(backup=False)
    # Changing the period needs an instructor (see tests/cli/test_administration.py).
    by = ("--by", "Instruktor", "--secret-stdin")
    monkeypatch.setattr("sys.stdin", io.StringIO("Silne-Haslo-2026\n" * 2))

    shown = run_cli("--data-dir", data_dir, "db", "retention")
    assert shown.exit_code == 0 and "until they are erased by hand" in shown.stdout
    refused = run_cli("--data-dir", data_dir, "db", "retention", "--months", "1")
    assert refused.exit_code != 0 and "1 attempt(s)" in refused.stderr and "--yes" in refused.stderr
    assert "Traceback" not in refused.stderr
    done = run_cli("--data-dir", data_dir, "db", "retention", "--months", "1", "--yes", *by)
    assert done.exit_code == 0 and "1 older one(s) deleted now" in done.stdout
    shown = run_cli("--data-dir", data_dir, "db", "retention")
    assert "1 month(s) after their last step" in shown.stdout
    bad = run_cli("--data-dir", data_dir, "db", "retention", "--months", "121")
    assert bad.exit_code != 0 and "1 to 120" in bad.stderr
    off = run_cli("--data-dir", data_dir, "db", "retention", "--off", *by)
    assert off.exit_code == 0
    assert (
        "until they are erased by hand" in run_cli("--data-dir", data_dir, "db", "retention").stdout
    )


@given(
    st.datetimes(min_value=dt.datetime(2000, 1, 1), max_value=dt.datetime(2100, 12, 31)),
    st.integers(min_value=1, max_value=120),
)
def test_months_back_land_in_the_right_month_never_later_on_the_clock(
    moment: dt.datetime, months: int
) -> None:
    earlier = months_before(moment, months)
    assert (moment.year * 12 + moment.month) - (earlier.year * 12 + earlier.month) == months
    assert earlier.day <= moment.day and earlier.time() == moment.time()
    assert earlier < moment
