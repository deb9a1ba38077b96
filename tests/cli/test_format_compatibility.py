"""Format 1.1 leaves version-1 files as they were, and a reader of version 1 refuses 1.1.

"Plays exactly as before apart from the shuffled order" is checked against the engine
itself: the engine has no notion of order (a token names a choice by id), so a walk
through it is the version-1 result. The CLI's result for the same tokens must equal it
for any seed and any form of address: only the order the transcript lists choices in
may change, and it must be a permutation of what the file offers.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from trainer.domain import checks
from trainer.domain.engine import PlayEngine, PlayState
from trainer.domain.model import ChecklistNode, DecisionNode, Scenario, SceneNode
from trainer.domain.scoring import score_sheet
from trainer.scenario_io.reader import LoadResult, load_scenario

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
#: Every shipped scenario is format 1.1 since the content revision (issue 15); the frozen
#: copy of a version-1 file is what version-1 reading is checked against.
VERSION_1_DIR = Path(__file__).resolve().parents[1] / "scenarios" / "frozen"
VERSION_1 = sorted(
    folder.name
    for folder in VERSION_1_DIR.iterdir()
    if (folder / "scenario.yaml").is_file()
    and "\nformat: 1\n" in "\n" + (folder / "scenario.yaml").read_text(encoding="utf-8")
)
#: What a play result says about the attempt (everything but the transcript).
RESULT_KEYS = ("path", "ending", "outcome", "awaiting", "points", "percent", "variables")


def _walk(scenario: Scenario, pick: str) -> list[str]:
    """Tokens of a whole play: at decisions the first or last choice the file offers;
    at checklists every correct item ("first") or nothing ("last")."""
    engine = PlayEngine(scenario)
    state = engine.continue_scenes(engine.start())
    tokens: list[str] = []
    while not state.finished:
        node = engine.current_node(state)
        if isinstance(node, DecisionNode):
            offered = engine.offered(state)
            token = (offered[0] if pick == "first" else offered[-1]).id
        else:
            assert isinstance(node, ChecklistNode), node.id
            ticked = [i.id for i in node.items if i.correct] if pick == "first" else []
            token = ",".join(ticked)
        tokens.append(token)
        state = engine.continue_scenes(engine.play(state, token))
    return tokens


def _engine_result(loaded: LoadResult, tokens: list[str]) -> dict[str, Any]:
    engine = PlayEngine(loaded.scenario)
    state: PlayState = engine.continue_scenes(engine.start())
    for token in tokens:
        state = engine.continue_scenes(engine.play(state, token))
    sheet = score_sheet(state.points, loaded.analysis.maximum)
    ending = engine.current_node(state) if state.finished else None
    return {
        "path": list(state.path),
        "ending": ending.id if ending else None,
        "outcome": ending.outcome.value if ending else None,
        "awaiting": None if ending else state.node,
        "points": sheet.points,
        "percent": sheet.percent,
        "variables": dict(state.variables),
    }


def test_a_version_1_file_remains_to_check_against() -> None:
    # The checks below need at least one version-1 file.
    assert VERSION_1


@pytest.mark.parametrize("name", VERSION_1)
def test_a_version_1_file_plays_as_before_apart_from_the_order(run_cli, name: str) -> None:
    folder = VERSION_1_DIR / name
    loaded = load_scenario(folder)
    assert loaded.playable and loaded.scenario.format == "1"
    assert not loaded.scenario.reads_address_forms
    best = list(loaded.analysis.best_tokens or ())
    for tokens in (best, _walk(loaded.scenario, "first"), _walk(loaded.scenario, "last")):
        expected = _engine_result(loaded, tokens)
        transcripts = []
        for seed, address in (("0", "m"), ("1", "f"), ("2", "none")):
            result = run_cli(
                "play", folder, "--choose", *tokens, "--seed", seed, "--address", address,
                "--json",
            )  # fmt: skip
            assert result.exit_code == 0, result.stderr
            data = result.json()
            assert {key: data[key] for key in RESULT_KEYS} == expected, (name, tokens, seed)
            transcripts.append(data["transcript"])
        # Only the order differs between seeds: same nodes, same words, same options.
        for transcript in transcripts:
            assert [entry["node"] for entry in transcript] == expected["path"]
            for entry, first in zip(transcript, transcripts[0], strict=True):
                assert {k: v for k, v in entry.items() if k not in ("choices", "items")} == {
                    k: v for k, v in first.items() if k not in ("choices", "items")
                }
                for key in ("choices", "items"):
                    assert sorted(entry.get(key, ())) == sorted(first.get(key, ()))
                node = loaded.scenario.node(entry["node"])
                if isinstance(node, ChecklistNode):
                    assert sorted(entry["items"]) == sorted(i.id for i in node.items)
                if isinstance(node, SceneNode):
                    assert "choices" not in entry and "items" not in entry


def test_braces_in_a_version_1_file_stay_plain_text(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "braces"
    folder.mkdir()
    (folder / "scenario.yaml").write_text(
        "format: 1\nid: braces\nversion: 1\nlanguages: [pl]\ntitle: {pl: B}\n"
        "competencies: {ethics: {}}\nstart: a\nnodes:\n"
        '  a: {type: ending, outcome: success, text: {pl: "Co {zrobiłbyś|zrobiłabyś}?"}}\n',
        encoding="utf-8",
    )
    for address in ("m", "f", "none"):
        data = run_cli("play", folder, "--address", address, "--json").json()
        assert data["transcript"][0]["text"] == "Co {zrobiłbyś|zrobiłabyś}?"


# -- a 1.1 file under a reader of version 1 ------------------------------------------------


@pytest.fixture
def version_1_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """The validator as an app that reads only format 1 (before 1.1) would run it."""
    monkeypatch.setattr(checks, "FORMAT_VERSIONS", ("1",))


@pytest.mark.usefixtures("version_1_reader")
def test_a_version_1_reader_refuses_a_1_1_file_by_name() -> None:
    loaded = load_scenario(SCENARIOS / "tutorial")
    # Never read half-way: no model, no analysis, nothing to play.
    assert not loaded.playable and loaded.scenario is None and loaded.analysis is None
    (refusal,) = [f for f in loaded.errors if f.code == "unsupported-format"]
    assert "format 1.1 is not supported" in refusal.message
    assert "this app reads format 1:" in refusal.message
    assert "newer version of the trainer" in refusal.message  # what to do
    assert refusal.line == 1


@pytest.mark.usefixtures("version_1_reader")
def test_a_version_1_reader_still_reads_version_1(run_cli) -> None:
    name = VERSION_1[0]
    assert load_scenario(VERSION_1_DIR / name).playable
    assert run_cli("play", VERSION_1_DIR / name, "--json").exit_code == 0


@pytest.mark.usefixtures("version_1_reader")
def test_the_cli_of_a_version_1_reader_refuses_a_1_1_file(run_cli) -> None:
    result = run_cli("play", SCENARIOS / "tutorial", "--choose", "keep_and_come", "--json")
    assert result.exit_code == 1 and result.stdout == ""
    assert "[unsupported-format] format 1.1 is not supported" in result.stderr
    assert "cannot be played" in result.stderr and "Traceback" not in result.stderr
    findings = run_cli("validate", SCENARIOS / "tutorial", "--json").json()
    assert [f["code"] for f in findings if f["severity"] == "error"] == ["unsupported-format"]
