"""The analysis does bounded work on any scenario, and stays exact with big numbers.

Covers T21 (property tests for the scenario graph: score within declared bounds)
and the "each case is fast" pass rule of T19/T20 for scenarios that are valid but
built to be expensive. Work is measured with the analysis's own work counter, not
wall time, so the tests do not depend on the machine's load.
"""

from __future__ import annotations

import json
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.domain.adversarial import (
    hub_scenario,
    many_competencies_scenario,
    wide_hub_scenario,
    write_scenario,
)
from trainer.domain import conditions as conditions_module
from trainer.domain.analysis import (
    LIMIT_STATES,
    LIMIT_WORK,
    MAX_STATES,
    MAX_WORK,
    TRANSITION_UNITS,
    analyse,
)
from trainer.domain.model import Scenario
from trainer.domain.scoring import percentages
from trainer.scenario_io import build as build_module
from trainer.scenario_io.build import build_scenario
from trainer.scenario_io.limits import MAX_COMPETENCIES, MAX_CONDITION_CHARS, MAX_FILE_BYTES
from trainer.scenario_io.reader import load_scenario

#: One spend of the budget can pass the bound by at most one state's transitions
#: or one condition, so the counter may end this far above MAX_WORK.
OVERSHOOT = 20_000


def load(tmp_path: Path, data: dict[str, Any]) -> Any:
    return load_scenario(write_scenario(tmp_path, data))


@pytest.mark.parametrize(
    ("shape", "arguments"),
    [
        ("300-choice hub, 1,000-character conditions", {"choices": 300}),
        ("300-choice hub, 100-character conditions", {"choices": 300, "condition_chars": 100}),
        ("1,000-choice hub", {"choices": 1_000}),
        ("30-choice hub, distinct conditions", {"choices": 30, "distinct": True}),
        ("400 open choices, no conditions", {"wide": True, "choices": 400}),
        ("100 open choices, 2,000 variables", {"wide": True, "choices": 100, "variables": 2000}),
    ],
)
def test_expensive_hub_stops_at_the_work_bound(
    tmp_path: Path, shape: str, arguments: dict[str, Any]
) -> None:
    """T21: a hub that re-evaluates long conditions, or builds large states, is cut off by work.

    Before the work bound the first took 96 s; the last two (states built cheaply,
    or each copying 2,000 values) took 26 s and 16 s with 450–800 MB.
    """
    arguments = dict(arguments)
    if arguments.pop("wide", False):
        data = wide_hub_scenario(**arguments)
        overshoot = 100 * (TRANSITION_UNITS + 2001)  # one state's transitions
    else:
        data = hub_scenario(**arguments)
        overshoot = OVERSHOOT
    result = load(tmp_path, data)
    analysis = result.analysis
    assert analysis is not None, shape
    assert not analysis.exact
    assert analysis.limit_reached == LIMIT_WORK
    assert MAX_WORK < analysis.work <= MAX_WORK + max(overshoot, 400 * (TRANSITION_UNITS + 2))
    assert analysis.state_count < MAX_STATES  # the state cap alone would not have stopped it
    # Upper bounds as before: the relaxation still sees the one scored choice.
    assert analysis.maximum == {"communication": 1}
    inexact = [f for f in result.findings if f.code == "analysis-inexact"]
    assert len(inexact) == 1
    assert f"over {MAX_WORK:,} steps" in inexact[0].message


def test_file_at_the_size_cap_with_distinct_long_conditions_is_bounded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """T20: the worst file under the size cap parses a bounded amount of condition text."""
    data = hub_scenario(choices=4_000, distinct=True)
    text = json.dumps(data)
    while (size := len(text.encode())) > MAX_FILE_BYTES:
        choices = data["nodes"]["hub"]["choices"]
        del choices[-(1 + (size - MAX_FILE_BYTES) // 900) :]  # a choice is ~1,000 bytes
        text = json.dumps(data)
    assert len(data["nodes"]["hub"]["choices"]) > 3_000
    parsed_chars = 0
    real_parse = conditions_module.parse_condition

    def counting_parse(source: str) -> Any:
        nonlocal parsed_chars
        parsed_chars += len(source)
        return real_parse(source)

    monkeypatch.setattr(build_module, "parse_condition", counting_parse)
    result = load(tmp_path, data)
    assert parsed_chars <= MAX_CONDITION_CHARS + 10  # + one never-true stand-in
    codes = [f.code for f in result.findings]
    assert codes.count("too-many-conditions") == 1


def test_repeated_conditions_are_parsed_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same condition text on many choices counts once towards the cap."""
    sources: list[str] = []
    real_parse = conditions_module.parse_condition

    def recording_parse(source: str) -> Any:
        sources.append(source)
        return real_parse(source)

    monkeypatch.setattr(build_module, "parse_condition", recording_parse)
    result = load(tmp_path, hub_scenario(choices=1_000, steps=10))
    assert len(sources) == 1
    assert "too-many-conditions" not in [f.code for f in result.findings]


def test_small_hub_stays_exact(tmp_path: Path) -> None:
    """Ordinary scenarios keep the exact analysis: the bound is far above them."""
    result = load(tmp_path, hub_scenario(choices=10, steps=100, points=3))
    analysis = result.analysis
    assert analysis is not None
    assert analysis.exact
    assert analysis.limit_reached is None
    assert analysis.maximum == {"communication": 3}
    assert analysis.work < MAX_WORK // 10


def test_state_bound_is_named_when_states_run_out(tmp_path: Path) -> None:
    """A cheap but huge state space still stops at MAX_STATES, and says so."""
    result = load(tmp_path, hub_scenario(choices=0, steps=MAX_STATES * 2))
    analysis = result.analysis
    assert analysis is not None
    assert not analysis.exact
    assert analysis.limit_reached == LIMIT_STATES


def test_a_tiny_budget_is_honoured(tmp_path: Path) -> None:
    """The bound is a parameter: a scenario analysed with a small budget stops there."""
    result = load(tmp_path, hub_scenario(choices=5, steps=100))
    assert result.scenario is not None
    analysis = analyse(result.scenario, max_work=500)
    assert not analysis.exact
    assert analysis.limit_reached == LIMIT_WORK
    assert analysis.work <= 500 + OVERSHOOT


def test_cli_analyze_reports_the_bound(tmp_path: Path, run_cli: Any) -> None:
    """`trainer analyze --json` says it is not exact and which bound it reached."""
    folder = write_scenario(tmp_path, hub_scenario(choices=300))
    result = run_cli("analyze", folder, "--json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["exact"] is False
    assert data["limit_reached"] == "work"
    assert data["work"] > MAX_WORK


# --------------------------------------------------------------------------------------
# Exact big numbers (point 14)
# --------------------------------------------------------------------------------------


def chain_scenario(scores: list[int]) -> dict[str, Any]:
    """A straight line of one-choice decisions, each earning one of ``scores``."""
    nodes: dict[str, Any] = {}
    for i, points in enumerate(scores):
        nxt = f"d{i + 1}" if i + 1 < len(scores) else "good_end"
        nodes[f"d{i}"] = {
            "type": "decision",
            "text": "Go on",
            "choices": [
                {
                    "id": "go",
                    "text": "Go",
                    "feedback": "Yes.",
                    "rating": "best",
                    "score": {"communication": points},
                    "next": nxt,
                }
            ],
        }
    nodes["good_end"] = {"type": "ending", "text": "Done", "outcome": "success"}
    return {
        "format": 1,
        "id": "bignumbers",
        "version": 1,
        "languages": ["en"],
        "title": "Big numbers",
        "competencies": {"communication": {}},
        "start": "d0",
        "nodes": nodes,
    }


def big_chain(scores: list[int]) -> Scenario:
    scenario, findings = build_scenario(chain_scenario(scores))
    assert not findings
    return scenario


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(min_value=2**53 - 1000, max_value=2**60), min_size=2, max_size=6))
def test_sums_of_big_scores_are_exact(scores: list[int]) -> None:
    """T21 property 4: the maximum is the exact integer sum, however large (no float)."""
    scenario = big_chain(scores)
    analysis = analyse(scenario)
    assert analysis.exact
    assert analysis.maximum["communication"] == sum(scores)
    assert type(analysis.maximum["communication"]) is int
    assert analysis.best_points == {"communication": sum(scores)}
    # The upper bound used when a bound is reached is exact integer arithmetic too.
    relaxed = analyse(scenario, max_states=1)
    assert not relaxed.exact
    assert relaxed.maximum["communication"] == sum(scores)


def test_the_reported_big_sum() -> None:
    """The example from the report: 10999999999999988 was reported for …989."""
    scenario = big_chain([999_999_999_999_999, 9_999_999_999_999_990])
    assert analyse(scenario).maximum["communication"] == 10_999_999_999_999_989


@given(
    st.dictionaries(
        st.sampled_from(["a", "b", "c"]),
        st.tuples(st.integers(-(2**62), 2**62), st.integers(0, 2**62)),
        min_size=1,
    )
)
def test_percentages_of_big_integers_stay_in_range(values: dict[str, tuple[int, int]]) -> None:
    """T21 property 4: percentages of huge points and maxima stay 0–100, full marks are 100."""
    points = {cid: got for cid, (got, _) in values.items()}
    maximum = {cid: top for cid, (_, top) in values.items()}
    percent, overall = percentages(points, maximum)
    for cid, top in maximum.items():
        value = percent[cid]
        if top == 0:
            assert value is None
            continue
        assert value is not None and 0.0 <= value <= 100.0
        clamped = min(max(points[cid], 0), top)
        assert abs(value - float(Fraction(100 * clamped, top))) <= 0.05 + 1e-9
        if clamped == top:
            assert value == 100.0
    if overall is not None:
        assert 0.0 <= overall <= 100.0
    _, overall_full = percentages(maximum, maximum)
    assert overall_full in (None, 100.0)


@pytest.mark.parametrize(("competencies", "steps"), [(50, 60), (30, 2_000)])
def test_many_competencies_that_can_lose_points_stay_bounded(
    tmp_path: Path, competencies: int, steps: int
) -> None:
    """T21: the per-subset best-path search is charged to the same work bound."""
    result = load(tmp_path, many_competencies_scenario(competencies, steps))
    analysis = result.analysis
    assert analysis is not None
    assert analysis.work <= MAX_WORK + OVERSHOOT * 10
    if not analysis.exact:
        assert analysis.limit_reached == LIMIT_WORK
    # Upper bounds either way: each competency can earn 2 at most at its turns plus 1.
    assert all(points >= 0 for points in analysis.maximum.values())


def test_more_than_fifty_competencies_are_refused(tmp_path: Path) -> None:
    """Each analysis pass runs once per competency: their number is capped (50)."""
    result = load(tmp_path, many_competencies_scenario(MAX_COMPETENCIES + 1, 3))
    assert [f.code for f in result.errors] == ["too-many"]
    assert "at most 50" in result.errors[0].message
    assert load(tmp_path / "ok", many_competencies_scenario(MAX_COMPETENCIES, 3)).playable
