"""``trainer results export`` and ``trainer results import`` through the real entry point."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_support import REPO_ROOT
from tests.play_support import play_tokens
from tests.postgres_support import child_database_env
from tests.shares_support import BEST, MIXED, TUTORIAL
from trainer.domain.model import Mode
from trainer.scenario_io.reader import load_scenario
from trainer.services.context import open_services

INSTRUCTOR = "Instruktor Nowak"
PASSWORD = "Silne-Haslo-2026"
OFFICERS = ("Anna Kowalska", "Bartek Zieliński", "Celina Wójcik")


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 5, 4, 8, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=20)
        return self.now


@pytest.fixture
def cli(run_cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    """``cli(stdin_lines, *args)``: run the CLI with these lines on standard input."""

    def run(lines: tuple[str, ...], *args: str | os.PathLike[str]) -> Any:
        monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{x}\n" for x in lines)))
        return run_cli(*args)

    return run


def set_up(cli: Callable[..., Any], data: Path) -> None:
    result = cli((PASSWORD,), "setup", INSTRUCTOR, "--secret-stdin", "--data-dir", data)
    assert result.exit_code == 0, result.stderr


@pytest.fixture
def station(cli: Callable[..., Any], tmp_path: Path) -> Path:
    """A station with three officers: two finished attempts each on 4 May, one finished
    on 6 May, and one attempt left in progress."""
    data = tmp_path / "station"
    set_up(cli, data)
    clock = Clock()
    services = open_services(data, clock=clock)
    try:
        loaded = load_scenario(TUTORIAL)
        for name in OFFICERS:
            officer = services.profiles.create(name)
            for tokens in (BEST, MIXED):
                active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
                play_tokens(services.play, active, tokens)
        clock.now = dt.datetime(2026, 5, 6, 12, tzinfo=dt.UTC)
        active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
        play_tokens(services.play, active, BEST)
        active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
        play_tokens(services.play, active, BEST[:2], finish=False)
    finally:
        services.close(backup=False)
    return data


def export(cli: Callable[..., Any], station: Path, target: Path, *extra: str) -> Any:
    return cli(
        (PASSWORD,),
        "results",
        "export",
        "-o",
        target,
        "--by",
        INSTRUCTOR,
        "--secret-stdin",
        "--data-dir",
        station,
        *extra,
    )


def import_(cli: Callable[..., Any], centre: Path, *files: Path, by: str = INSTRUCTOR) -> Any:
    return cli(
        (PASSWORD,),
        "results",
        "import",
        *files,
        "--json",
        "--by",
        by,
        "--secret-stdin",
        "--data-dir",
        centre,
    )


def test_export_then_import_twice_adds_once(
    cli: Callable[..., Any], station: Path, tmp_path: Path
) -> None:
    everything, recent = tmp_path / "all.trainer-results", tmp_path / "recent.trainer-results"
    made = export(cli, station, everything, "--json")
    assert made.exit_code == 0, made.stderr
    assert made.json()["attempts"] == 7  # the one in progress stays behind
    steps = made.json()["steps"]
    later = export(cli, station, recent, "--since", "2026-05-06")
    assert later.exit_code == 0, later.stderr
    assert "exported 1 attempt(s)" in later.stdout and "as pseudonyms" in later.stdout
    text = gzip.decompress(everything.read_bytes()).decode()
    assert not any(name in text for name in (*OFFICERS, INSTRUCTOR))

    centre = tmp_path / "centre"
    set_up(cli, centre)
    first = import_(cli, centre, recent)
    assert first.exit_code == 0, first.stderr
    assert first.json() == {"attempts_added": 1, "attempts_skipped": 0, "steps_added": 14}
    second = import_(cli, centre, everything, recent, everything)
    assert second.exit_code == 0, second.stderr
    assert second.json() == {
        "attempts_added": 6,
        "attempts_skipped": 1 + 1 + 7,
        "steps_added": steps - 14,
    }
    plain = cli(
        (PASSWORD,),
        "results",
        "import",
        everything,
        "--by",
        INSTRUCTOR,
        "--secret-stdin",
        "--data-dir",
        centre,
    )
    assert plain.exit_code == 0, plain.stderr
    assert "added 0 attempt(s)" in plain.stdout and "skipped 7 attempt(s)" in plain.stdout


def test_a_damaged_file_is_refused_by_name_with_nothing_written(
    cli: Callable[..., Any], station: Path, tmp_path: Path
) -> None:
    good, cut = tmp_path / "good.gz", tmp_path / "cut.gz"
    assert export(cli, station, good).exit_code == 0
    cut.write_bytes(good.read_bytes()[:-40])
    centre = tmp_path / "centre"
    set_up(cli, centre)
    refused = import_(cli, centre, good, cut)
    assert refused.exit_code == 1
    assert str(cut) in refused.stderr and "nothing was imported" in refused.stderr
    assert import_(cli, centre, good).json()["attempts_added"] == 7  # none came before


def test_only_an_instructor_runs_them(
    cli: Callable[..., Any], station: Path, tmp_path: Path
) -> None:
    target = tmp_path / "x.gz"
    missing = cli((), "results", "export", "-o", target, "--data-dir", station)
    assert missing.exit_code == 2 and "needs an instructor" in missing.stderr
    officer = cli(
        (PASSWORD,),
        "results",
        "export",
        "-o",
        target,
        "--by",
        OFFICERS[0],
        "--secret-stdin",
        "--data-dir",
        station,
    )
    assert officer.exit_code == 1 and "not an instructor" in officer.stderr
    wrong = cli(
        ("wrong-password-1",),
        "results",
        "export",
        "-o",
        target,
        "--by",
        INSTRUCTOR,
        "--secret-stdin",
        "--data-dir",
        station,
    )
    assert wrong.exit_code == 1
    assert not target.exists()
    bad_date = export(cli, station, target, "--since", "last tuesday")
    assert bad_date.exit_code == 2 and "--since" in bad_date.stderr
    no_file = import_(cli, station, tmp_path / "nowhere.gz")
    assert no_file.exit_code == 2 and "nowhere.gz" in no_file.stderr


def test_names_only_when_asked(cli: Callable[..., Any], station: Path, tmp_path: Path) -> None:
    target = tmp_path / "named.gz"
    assert export(cli, station, target, "--with-names").exit_code == 0
    payload = json.loads(gzip.decompress(target.read_bytes()))["payload"]
    assert {p["name"] for p in payload["profiles"]} == set(OFFICERS)
    assert "argon2" not in gzip.decompress(target.read_bytes()).decode()


def test_import_as_a_separate_process(
    cli: Callable[..., Any], station: Path, tmp_path: Path
) -> None:
    target = tmp_path / "all.gz"
    assert export(cli, station, target).exit_code == 0
    centre = tmp_path / "centre"
    set_up(cli, centre)
    env = {**os.environ, "TRAINER_DATA_DIR": str(centre), **child_database_env(centre)}
    args = ["results", "import", str(target), "--json", "--by", INSTRUCTOR, "--secret-stdin"]
    for expected in (7, 0):
        done = subprocess.run(
            [sys.executable, "-m", "trainer", *args],
            input=PASSWORD + "\n",
            capture_output=True,
            text=True,
            cwd=REPO_ROOT,
            env=env,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        counts = json.loads(done.stdout)
        assert set(counts) == {"attempts_added", "attempts_skipped", "steps_added"}
        assert counts["attempts_added"] == expected
        assert counts["attempts_skipped"] == 7 - expected


def test_merged_profiles_are_open_to_no_one(
    cli: Callable[..., Any], station: Path, tmp_path: Path
) -> None:
    target = tmp_path / "all.gz"
    assert export(cli, station, target).exit_code == 0
    centre = tmp_path / "centre"
    set_up(cli, centre)
    assert import_(cli, centre, target).exit_code == 0
    listed = cli((), "profile", "list", "--data-dir", centre)
    anon = next(line.split()[0] for line in listed.stdout.splitlines() if "imported" in line)
    history = cli((), "history", "--profile", anon, "--data-dir", centre)
    assert history.exit_code == 1 and "cannot sign in" in history.stderr
    play = cli(
        (),
        "play",
        TUTORIAL,
        "--profile",
        anon,
        "--choose",
        BEST[0],
        "--data-dir",
        centre,
    )
    assert play.exit_code == 1 and "cannot sign in" in play.stderr
