"""The recording CLI of issue 3 end to end: play, resume, history, export, erase, db."""

from __future__ import annotations

import datetime as dt
import errno
import io
import itertools
import json
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
from trainer.storage.backup import quick_check

REPO_ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = REPO_ROOT / "scenarios" / "tutorial"
OTHER_SCENARIO = REPO_ROOT / "scenarios" / "old-town-fight"
BEST = [
    "keep_and_come",
    "symbol,slogan,place,perception",
    "listen_first",
    "calm_boundary",
    "hate_flag",
    "motive,words,witnesses,needs",  # the report node: the items the note holds
    "club_meeting",
]
BEST_PATH = [
    "welcome",
    "call",
    "phone_call",
    "at_door",
    "indicators",
    "olena_arrives",
    "talk_olena",
    "heads_up",
    "passerby",
    "man_leaves",
    "olena_opens_up",
    "qualify",
    "write_note",
    "follow_up",
    "end_success",
]
MAXIMUM = {
    "bias_indicators": 5,
    "legal_procedure": 8,
    "victim_support": 3,
    "communication": 2,
    "ethics": 2,
    "partnership": 3,
}
HISTORY_KEYS = {
    "id",
    "scenario",
    "version",
    "mode",
    "status",
    "started",
    "finished",
    "ending",
    "outcome",
    "path",
    "points",
    "percent",
    "overall_percent",
}
OUTCOME_KEYS = (
    "scenario",
    "version",
    "path",
    "ending",
    "outcome",
    "awaiting",
    "points",
    "maximum",
    "percent",
    "overall_percent",
    "variables",
)
STEP_KEYS = ("seq", "node", "action", "choice", "ticked", "gained", "to")


@pytest.fixture
def cli_after(run_cli, data_dir: Path):
    """``trainer ARGS... --data-dir D`` (the option after the command)."""

    def run(*args: str | os.PathLike[str]):
        return run_cli(*args, "--data-dir", data_dir)

    return run


def played(result) -> dict:
    """The JSON a successful ``play`` printed (``{}`` for the text form)."""
    assert result.exit_code == 0, result.stderr
    return result.json() if result.stdout.startswith("{") else {}


def history(cli, name: str) -> list[dict]:
    result = cli("history", "--profile", name, "--json")
    assert result.exit_code == 0, result.stderr
    return result.json()


def export(cli, name: str) -> dict:
    result = cli("profile", "export", name)
    assert result.exit_code == 0, result.stderr
    return result.json()


def steps_of(attempt: dict) -> list[tuple]:
    return [tuple(json.dumps(s[k], sort_keys=True) for k in STEP_KEYS) for s in attempt["steps"]]


# -- play and resume ----------------------------------------------------------------------


def test_play_records_every_step_and_creates_the_profile(
    cli, cli_after, data_dir: Path, _hermetic_data_dir: Path
) -> None:
    assert cli("profile", "list").stdout.strip() == ""
    data = played(cli("play", TUTORIAL, "--profile", "Anna Nowak", "--choose", *BEST[:2], "--json"))
    assert data["attempt"] and data["ending"] is None
    assert data["awaiting"] == "talk_olena"
    assert data["path"] == BEST_PATH[:7]

    assert "Anna Nowak" in cli_after("profile", "list").stdout
    assert (data_dir / "progress.db").exists()
    assert not (_hermetic_data_dir / "progress.db").exists()  # --data-dir beats the env

    (attempt,) = export(cli, "anna nowak")["attempts"]  # names are case-insensitive
    assert attempt["id"] == data["attempt"] and attempt["status"] == "in_progress"
    assert [s["seq"] for s in attempt["steps"]] == list(range(1, len(data["path"])))
    assert [s["node"] for s in attempt["steps"]] == data["path"][:-1]
    assert [s["to"] for s in attempt["steps"]] == data["path"][1:]
    actions = [(s["action"], s["choice"], sorted(s["ticked"])) for s in attempt["steps"]]
    assert [a for a in actions if a[0] != "continue"] == [
        ("choice", BEST[0], []),
        ("checklist", None, sorted(BEST[1].split(","))),
    ]


def test_steps_before_a_token_that_is_not_offered_stay_recorded(cli) -> None:
    result = cli("play", TUTORIAL, "--profile", "Anna", "--choose", BEST[0], "no_such_choice")
    assert result.exit_code == 1
    assert "no_such_choice" in result.stderr and "stays unfinished at indicators" in result.stderr
    (entry,) = history(cli, "Anna")
    assert entry["status"] == "in_progress"
    assert entry["path"] == BEST_PATH[:5]
    # The unused tail can be played on with --resume.
    data = played(
        cli("play", TUTORIAL, "--profile", "Anna", "--resume", "--choose", *BEST[1:], "--json")
    )
    assert data["path"] == BEST_PATH and data["ending"] == "end_success"


def _uninterrupted(cli, name: str) -> dict:
    return played(cli("play", TUTORIAL, "--profile", name, "--choose", *BEST, "--json"))


@pytest.mark.parametrize("splits", [(1,), (3,), (5,), (0, 2, 4)])
def test_a_resumed_run_equals_an_uninterrupted_one(cli, cli_after, splits) -> None:
    straight = _uninterrupted(cli, "Straight")
    unrecorded = played(cli("play", TUTORIAL, "--choose", *BEST, "--note", "Notatka", "--json"))

    bounds = [*splits, len(BEST)]
    first = played(
        cli("play", TUTORIAL, "--profile", "Split", "--choose", *BEST[: bounds[0]], "--json")
    )
    resumed = [first]
    for start, end in itertools.pairwise(bounds):
        resumed.append(
            played(
                cli_after(
                    "play", TUTORIAL, "--profile", "Split", "--resume",
                    "--choose", *BEST[start:end], "--json",
                )
            )
        )  # fmt: skip
    final = resumed[-1]

    for key in OUTCOME_KEYS:
        assert final[key] == straight[key] == unrecorded[key], key
    assert final["ending"] == "end_success" and final["variables"] == {"trust": 3}
    assert {r["attempt"] for r in resumed} == {final["attempt"]}  # one attempt throughout

    (split_attempt,) = export(cli, "Split")["attempts"]
    (straight_attempt,) = export(cli, "Straight")["attempts"]
    assert steps_of(split_attempt) == steps_of(straight_attempt)
    assert split_attempt["results"] == straight_attempt["results"]
    (entry,) = history(cli, "Split")
    assert entry["status"] == "finished" and entry["path"] == BEST_PATH


def test_resume_with_nothing_to_resume_exits_1_with_a_message(cli) -> None:
    result = cli("play", TUTORIAL, "--profile", "Nobody", "--resume", "--choose", BEST[0])
    assert result.exit_code == 1
    assert "no profile called 'Nobody'" in result.stderr  # and none is created for it
    assert result.stdout == ""
    assert cli("history", "--profile", "Nobody").exit_code == 1

    # A finished attempt is not resumable either.
    _uninterrupted(cli, "Done")
    result = cli("play", TUTORIAL, "--profile", "Done", "--resume")
    assert result.exit_code == 1 and "no unfinished attempt" in result.stderr

    # Another scenario's or another profile's unfinished attempt is not this one.
    played(cli("play", OTHER_SCENARIO, "--profile", "Done"))
    played(cli("play", TUTORIAL, "--profile", "Someone Else", "--choose", BEST[0]))
    result = cli("play", TUTORIAL, "--profile", "Done", "--resume")
    assert result.exit_code == 1 and "no unfinished attempt" in result.stderr
    assert len(history(cli, "Done")) == 2

    result = cli("play", TUTORIAL, "--resume")  # --resume without --profile
    assert result.exit_code == 2


# -- history and export -------------------------------------------------------------------


def test_history_json_has_one_entry_per_attempt_with_the_contract_fields(cli) -> None:
    finished = _uninterrupted(cli, "Anna")
    partial = played(
        cli(
            "play", TUTORIAL, "--profile", "Anna", "--mode", "assessment",
            "--choose", *BEST[:3], "--json",
        )
    )  # fmt: skip

    entries = history(cli, "Anna")
    assert [e["id"] for e in entries] == [finished["attempt"], partial["attempt"]]
    for entry in entries:
        assert set(entry) >= HISTORY_KEYS
        assert (entry["scenario"], entry["version"]) == ("tutorial", 1)
        dt.datetime.fromisoformat(entry["started"])

    done, open_ = entries
    assert (done["mode"], done["status"]) == ("practice", "finished")
    assert dt.datetime.fromisoformat(done["finished"]) >= dt.datetime.fromisoformat(done["started"])
    assert (done["ending"], done["outcome"]) == ("end_success", "success")
    assert done["path"] == BEST_PATH
    assert done["points"] == MAXIMUM == finished["points"]
    assert done["percent"] == dict.fromkeys(MAXIMUM, 100.0)
    assert done["overall_percent"] == 100.0

    assert (open_["mode"], open_["status"]) == ("assessment", "in_progress")
    assert (open_["finished"], open_["ending"], open_["outcome"]) == (None, None, None)
    assert open_["path"] == partial["path"] == BEST_PATH[:9]
    assert open_["points"] == partial["points"]
    assert open_["percent"] == partial["percent"]
    assert open_["overall_percent"] == partial["overall_percent"]
    assert 0 < open_["overall_percent"] < 100
    assert open_["started"] >= done["started"]

    text = cli("history", "--profile", "Anna")
    assert text.exit_code == 0 and len(text.stdout.strip().splitlines()) == 2
    assert cli("history", "--profile", "Nobody").exit_code == 1


def test_profile_export_holds_every_attempt_with_its_steps(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    finished = _uninterrupted(cli, "Anna")
    partial = played(cli("play", TUTORIAL, "--profile", "Anna", "--choose", BEST[0], "--json"))
    _uninterrupted(cli, "Bartek")

    data = export(cli, "Anna")
    assert data["profile"]["display_name"] == "Anna"
    assert [a["id"] for a in data["attempts"]] == [finished["attempt"], partial["attempt"]]
    for attempt, play in zip(data["attempts"], (finished, partial), strict=True):
        assert attempt["path"] == play["path"]
        assert len(attempt["steps"]) == len(play["path"]) - 1
        assert [s["seq"] for s in attempt["steps"]] == list(range(1, len(play["path"])))
    assert {k: v["points"] for k, v in data["attempts"][0]["results"].items()} == MAXIMUM
    assert "Bartek" not in json.dumps(data)

    # --output writes the same document to a file, replacing any old one whole.
    target = tmp_path / "out" / "anna.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    result = cli("profile", "export", "Anna", "--output", target)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    written = json.loads(target.read_text(encoding="utf-8"))
    assert {**written, "exported_at": None} == {**data, "exported_at": None}
    assert sorted(p.name for p in target.parent.iterdir()) == ["anna.json"]

    # A failed write leaves the old file whole, no temp file, and a clear error.
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    target.write_text("old", encoding="utf-8")
    monkeypatch.setattr(os, "fsync", no_space)
    result = cli("profile", "export", "Anna", "--output", target)
    monkeypatch.undo()
    assert result.exit_code == 1, result.stderr
    assert "cannot write" in result.stderr and "internal error" not in result.stderr
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in target.parent.iterdir()) == ["anna.json"]

    result = cli("profile", "export", "Anna", "--output", tmp_path / "missing" / "x.json")
    assert result.exit_code == 1 and "cannot write" in result.stderr


# -- erasure --------------------------------------------------------------------------------


def test_profile_delete_needs_yes(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    _uninterrupted(cli, "Anna")
    _uninterrupted(cli, "Bartek")

    result = cli("profile", "delete", "Anna")
    assert result.exit_code == 2 and "--yes" in result.stderr
    assert len(history(cli, "Anna")) == 1

    # Anna has no PIN: nothing shows the one erasing her is Anna, so an instructor must.
    result = cli("profile", "delete", "Anna", "--yes")
    assert result.exit_code == 2 and "--by" in result.stderr
    monkeypatch.setattr("sys.stdin", io.StringIO("Silne-Haslo-2026\n"))
    assert cli("setup", "Instruktor", "--secret-stdin").exit_code == 0
    by = ("--by", "Instruktor", "--secret-stdin")
    monkeypatch.setattr("sys.stdin", io.StringIO("Silne-Haslo-2026\n"))
    result = cli("profile", "delete", "Anna", "--yes", *by)
    assert result.exit_code == 0, result.stderr
    assert cli("history", "--profile", "Anna").exit_code == 1
    assert "Anna" not in cli("profile", "list").stdout
    assert len(history(cli, "Bartek")) == 1
    monkeypatch.setattr("sys.stdin", io.StringIO("Silne-Haslo-2026\n"))
    assert cli("profile", "delete", "Anna", "--yes", *by).exit_code == 1


# -- db check, backup, restore --------------------------------------------------------------


def test_db_check_backup_and_restore(cli, cli_after, data_dir: Path, tmp_path: Path) -> None:
    first = _uninterrupted(cli, "Anna")

    result = cli("db", "check")
    assert result.exit_code == 0 and result.stdout.strip().endswith(": ok")

    result = cli_after("db", "backup")
    assert result.exit_code == 0, result.stderr
    backup = Path(result.stdout.strip())
    assert backup.is_file() and backup.parent == data_dir / "backups"
    assert quick_check(backup) == "ok"

    _uninterrupted(cli, "Anna")
    assert len(history(cli, "Anna")) == 2

    result = cli("db", "restore", backup)
    assert result.exit_code == 0, result.stderr
    assert [e["id"] for e in history(cli, "Anna")] == [first["attempt"]]
    kept = [p for p in (data_dir / "backups").iterdir() if "pre-restore" in p.name]
    assert len(kept) == 1 and str(kept[0]) in result.stderr
    assert cli("db", "check").exit_code == 0

    assert cli("db", "restore", tmp_path / "missing.db").exit_code == 2
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    result = cli("db", "restore", junk)
    assert result.exit_code == 1 and "not a usable backup" in result.stderr
    assert [e["id"] for e in history(cli, "Anna")] == [first["attempt"]]


_HOLDER = """
import sys, time
from pathlib import Path
from trainer.storage.store import Store

store = Store.open(Path(sys.argv[1]))
print("ready", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the store of ``data_dir`` open."""
    with ready_python_process(_HOLDER, str(data_dir)) as child:
        yield child


def test_a_second_process_on_the_same_data_dir_is_refused(
    cli, data_dir: Path, holder: subprocess.Popen[str]
) -> None:
    # Commands that only read work beside it: see test_read_only_commands.py.
    for args in (
        ("play", TUTORIAL, "--profile", "Anna", "--choose", BEST[0]),
        ("db", "backup"),
    ):
        result = cli(*args)
        assert result.exit_code == 1, args
        assert "already running" in result.stderr and str(data_dir) in result.stderr
        assert "internal error" not in result.stderr
    with closing(sqlite3.connect(data_dir / "progress.db")) as connection:
        assert connection.execute("SELECT count(*) FROM profiles").fetchone() == (0,)

    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    assert cli("db", "check").exit_code == 0  # a dead holder's lock is free at once


# -- replay on the stored snapshot ------------------------------------------------------------


def test_resume_after_the_scenario_file_changed_uses_the_original_snapshot(
    cli, tmp_path: Path
) -> None:
    copy = tmp_path / "tutorial"
    shutil.copytree(TUTORIAL, copy)
    start = played(cli("play", copy, "--profile", "Anna", "--choose", *BEST[:3], "--json"))
    assert start["version"] == 1

    # Version 2: another title, more points for the meeting, and it now ends partially.
    yaml_file = copy / "scenario.yaml"
    source = yaml_file.read_text(encoding="utf-8")
    edited = (
        source.replace("version: 1\n", "version: 2\n", 1)
        .replace("Samouczek: wlepka", "Samouczek (wersja 2): wlepka", 1)
        .replace("          partnership: 2\n", "          partnership: 3\n", 1)
        .replace("          - to: end_success\n", "          - to: end_partial\n", 1)
    )
    assert edited.count("\n") == source.count("\n") and edited != source
    yaml_file.write_text(edited, encoding="utf-8")
    analysed = cli("analyze", copy, "--json")
    assert analysed.exit_code == 0, analysed.stderr
    assert analysed.json()["version"] == 2 and analysed.json()["maximum"]["partnership"] == 4

    resumed = played(
        cli("play", copy, "--profile", "Anna", "--resume", "--choose", *BEST[3:], "--json")
    )
    assert resumed["attempt"] == start["attempt"]
    assert resumed["version"] == 1
    assert resumed["maximum"] == MAXIMUM
    assert resumed["path"] == BEST_PATH
    assert (resumed["ending"], resumed["outcome"]) == ("end_success", "success")
    assert resumed["overall_percent"] == 100.0

    fresh = played(cli("play", copy, "--profile", "Anna", "--choose", *BEST, "--json"))
    assert fresh["version"] == 2 and fresh["maximum"]["partnership"] == 4
    assert fresh["ending"] == "end_partial"

    entries = history(cli, "Anna")
    assert [(e["version"], e["ending"]) for e in entries] == [
        (1, "end_success"),
        (2, "end_partial"),
    ]
    assert entries[0]["title"].startswith("Samouczek: wlepka")
    assert entries[1]["title"].startswith("Samouczek (wersja 2): wlepka")
