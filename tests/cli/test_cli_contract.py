"""The CLI contract of issue 2 (play, analyze, schema, exit codes) on real scenario folders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
TUTORIAL = SCENARIOS / "tutorial"
PLAY_KEYS = {
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
    "transcript",
}

MINI = """\
format: 1
id: mini
version: 4
languages: [pl, en]
title: {pl: Mini, en: Mini}
competencies: {communication: {}, ethics: {}}
variables: {trust: {initial: 0, min: 0, max: 3}}
start: a
nodes:
  a: {type: scene, text: {pl: Start, en: Start}, next: d1}
  d1:
    type: decision
    text: {pl: Co robisz?, en: What do you do?}
    time_limit: 30
    on_timeout: {rating: poor, feedback: {pl: późno, en: late}, next: bad}
    choices:
      - {id: talk, text: {pl: Mów, en: Talk}, feedback: {pl: tak, en: yes}, rating: best,
         score: {communication: 2}, effects: {trust: 2}, next: check}
      - {id: shout, text: {pl: Krzycz, en: Shout}, feedback: {pl: nie, en: no},
         rating: harmful, score: {communication: -2, ethics: -1}, next: check}
  check:
    type: checklist
    text: {pl: Lista, en: List}
    prompt: {pl: Zaznacz, en: Tick}
    competency: ethics
    items:
      - {id: x, text: {pl: X, en: X}, correct: true, feedback: {pl: tak, en: yes}}
      - {id: y, text: {pl: Y, en: Y}, correct: false, feedback: {pl: nie, en: no}}
    next:
      - {if: "trust >= 2", to: good}
      - {to: bad}
  good: {type: ending, outcome: success, text: {pl: Dobrze, en: Good}}
  bad: {type: ending, outcome: failure, text: {pl: Źle, en: Bad}}
"""


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    folder = tmp_path / "mini"
    folder.mkdir()
    (folder / "scenario.yaml").write_text(MINI, encoding="utf-8")
    return folder


def test_play_json_has_exactly_the_contract_keys(run_cli, mini: Path) -> None:
    result = run_cli("play", mini, "--choose", "talk", "x", "--json")
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert set(data) == PLAY_KEYS
    assert data["scenario"] == "mini" and data["version"] == 4
    assert data["path"] == ["a", "d1", "check", "good"]
    assert (data["ending"], data["outcome"], data["awaiting"]) == ("good", "success", None)
    assert data["points"] == {"communication": 2, "ethics": 1}
    assert data["maximum"] == {"communication": 2, "ethics": 1}
    assert data["percent"] == {"communication": 100.0, "ethics": 100.0}
    assert data["overall_percent"] == 100.0
    assert data["variables"] == {"trust": 2}


def test_negative_points_clamp_to_zero_in_percentages(run_cli, mini: Path) -> None:
    data = run_cli("play", mini, "--choose", "shout", "x,y", "--json").json()
    assert data["points"] == {"communication": -2, "ethics": -1}
    assert data["percent"] == {"communication": 0.0, "ethics": 0.0}
    assert data["overall_percent"] == 0.0
    assert data["outcome"] == "failure"


def test_tokens_running_out_leave_the_attempt_awaiting(run_cli, mini: Path) -> None:
    data = run_cli("play", mini, "--json").json()
    assert data["path"] == ["a", "d1"]  # the scene continued by itself
    assert (data["ending"], data["outcome"], data["awaiting"]) == (None, None, "d1")
    data = run_cli("play", mini, "--choose", "talk", "--json").json()
    assert data["awaiting"] == "check"


def test_timeout_and_empty_checklist_tokens(run_cli, mini: Path) -> None:
    data = run_cli("play", mini, "--choose", "timeout", "--json").json()
    assert data["ending"] == "bad" and data["path"] == ["a", "d1", "bad"]
    data = run_cli("play", mini, "--choose", "talk", "", "--json").json()
    assert data["ending"] == "good" and data["points"]["ethics"] == 0


@pytest.mark.parametrize(
    "split",
    [
        ("--choose", "talk", "--choose", "x"),
        ("--choose", "talk", "--json", "--choose", "x"),
        ("--choose", "--choose", "talk", "x", "--choose"),
    ],
)
def test_repeated_choose_flags_add_up(run_cli, mini: Path, split: tuple[str, ...]) -> None:
    joined = run_cli("play", mini, "--choose", "talk", "x", "--seed", "5", "--json")
    result = run_cli("play", mini, *split, "--seed", "5", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json() == joined.json()
    assert result.json()["path"] == ["a", "d1", "check", "good"]


def test_repeated_choose_flags_keep_an_empty_checklist_token(run_cli, mini: Path) -> None:
    data = run_cli("play", mini, "--choose", "talk", "--choose", "", "--json").json()
    assert data["ending"] == "good" and data["points"]["ethics"] == 0


def test_repeated_choose_flags_add_up_when_recorded(run_cli, tmp_path: Path) -> None:
    first, second = run_cli("analyze", TUTORIAL, "--json").json()["best_choices"][:2]
    data_dir = tmp_path / "data"
    args = ("--data-dir", data_dir, "play", TUTORIAL, "--profile", "Anna", "--json")
    result = run_cli(*args, "--choose", first, "--choose", second)
    assert result.exit_code == 0, result.stderr
    (attempt,) = run_cli("--data-dir", data_dir, "profile", "export", "Anna").json()["attempts"]
    taken = [
        step["choice"] or sorted(step["ticked"])
        for step in attempt["steps"]
        if step["action"] != "continue"
    ]
    assert taken == [first, sorted(second.split(","))]


def test_a_token_not_offered_exits_1_and_lists_the_offer(run_cli, mini: Path) -> None:
    result = run_cli("play", mini, "--choose", "wave", "--json")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "'wave'" in result.stderr and "'talk', 'shout'" in result.stderr
    result = run_cli("play", mini, "--choose", "talk", "z")
    assert result.exit_code == 1 and "'x', 'y'" in result.stderr


def test_analyze_json_contract(run_cli, mini: Path) -> None:
    result = run_cli("analyze", mini, "--json")
    assert result.exit_code == 0
    data = result.json()
    assert {"maximum", "best_path", "endings", "exact"} <= set(data)
    assert data["exact"] is True
    assert data["maximum"] == {"communication": 2, "ethics": 1}
    assert data["endings"] == ["good", "bad"]
    assert data["best_path"] == ["a", "d1", "check", "good"]
    assert data["best_choices"] == ["talk", "x"]


def test_best_path_replayed_scores_what_analyze_promises(run_cli) -> None:
    analysis = run_cli("analyze", TUTORIAL, "--json").json()
    best = analysis["best_choices"]
    played = run_cli("play", TUTORIAL, "--choose", *best, "--note", "Notatka", "--json").json()
    assert played["path"] == analysis["best_path"]
    assert played["outcome"] == "success"
    assert played["maximum"] == analysis["maximum"]


def test_human_output_is_readable(run_cli, mini: Path) -> None:
    result = run_cli("play", mini, "--choose", "talk", "x")
    assert "ending: good (success)" in result.stdout
    assert "overall: 100.0%" in result.stdout
    result = run_cli("analyze", mini)
    assert "best path: a → d1 → check → good" in result.stdout


def test_a_broken_scenario_cannot_be_played(run_cli, mini: Path) -> None:
    text = (mini / "scenario.yaml").read_text(encoding="utf-8")
    (mini / "scenario.yaml").write_text(text.replace("next: d1", "next: d9"), encoding="utf-8")
    result = run_cli("play", mini, "--choose", "talk")
    assert result.exit_code == 1
    assert "unknown-node" in result.stderr and "node a" in result.stderr
    assert run_cli("analyze", mini).exit_code == 1


@pytest.mark.parametrize(
    "args",
    [
        ("validate",),
        ("play",),
        ("frobnicate",),
        ("play", "scenarios/tutorial", "--bogus"),
        ("analyze", "/no/such/folder"),
    ],
)
def test_usage_errors_exit_2_without_traceback(run_cli, args: tuple[str, ...]) -> None:
    result = run_cli(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    assert "usage" in result.stderr.lower()


def test_schema_is_json_schema(run_cli) -> None:
    result = run_cli("schema")
    assert result.exit_code == 0
    schema = result.json()
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["required"]) >= {"format", "id", "version", "start", "nodes"}
    assert {"Text", "Next", "Choice", "Node"} <= set(schema["$defs"])


def test_an_internal_error_saves_a_crash_report_and_prints_no_traceback(
    run_cli, monkeypatch: pytest.MonkeyPatch, _hermetic_data_dir: Path
) -> None:
    from trainer import cli

    def explode(args: object) -> int:
        raise RuntimeError("simulated bug")

    monkeypatch.setitem(cli.COMMANDS, "schema", explode)
    result = run_cli("schema")
    assert result.exit_code == 3
    assert "Traceback" not in result.stderr and "internal error" in result.stderr
    reports = list((_hermetic_data_dir / "crash-reports").glob("crash-*.txt"))
    assert len(reports) == 1
    assert "simulated bug" in reports[0].read_text(encoding="utf-8")


def test_python_m_trainer_works_and_cli_paths_import_no_qt_or_sqlalchemy(mini: Path) -> None:
    probe = (
        "import sys, runpy\n"
        "sys.argv = ['trainer', 'validate', sys.argv[1]]\n"
        "try:\n"
        "    runpy.run_module('trainer', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    code = exc.code\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy'))\n"
        "print(code, heavy)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe, str(mini)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip().splitlines()[-1] == "0 []"
