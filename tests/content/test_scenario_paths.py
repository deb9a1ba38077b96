"""Every shipped scenario played through the CLI, its paths and expected endings kept as data.

Each scenario has one file ``tests/content/paths/<id>.yaml``; see ``paths/README.md`` for
its fields. This module turns every file into an analysis test and every case in it into a
play test, so adding a scenario or a path means adding data, not code.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.content.content_support import SCENARIOS_DIR, path_tables

#: Keys a case's ``expect`` may hold; anything else is a typo in the data, not a silent pass.
EXPECT_KEYS = frozenset(
    {
        "path",
        "full_marks",
        "ending",
        "outcome",
        "awaiting",
        "variables",
        "points",
        "percent",
        "overall_percent",
        "path_includes",
        "path_excludes",
        "shown",
        "not_shown",
        "choices",
        "items",
        "refused",
    }
)
CASE_KEYS = frozenset({"name", "why", "choose", "notes", "lang", "address", "seed", "expect"})
TABLES = path_tables()


def _cases() -> Iterator[Any]:
    for scenario, table in TABLES.items():
        for case in table["cases"]:
            yield pytest.param(scenario, case, id=f"{scenario}: {case['name']}")


def _flat(text: str | None) -> str:
    """A rendered text with its line breaks and runs of spaces as single spaces."""
    return " ".join((text or "").split())


def _shown(entry: dict[str, Any]) -> str:
    """Everything the player read at one step: title, picture, text, feedback, debrief."""
    keys = ("title", "image_alt", "text", "feedback", "debrief")
    return " ".join(_flat(entry.get(key)) for key in keys)


def _entries(state: dict[str, Any], node: str) -> list[dict[str, Any]]:
    entries = [entry for entry in state["transcript"] if entry["node"] == node]
    assert entries, f"{node!r} is not on the path {state['path']}"
    return entries


def test_every_table_names_a_shipped_scenario() -> None:
    shipped = {p.name for p in SCENARIOS_DIR.iterdir() if (p / "scenario.yaml").is_file()}
    assert set(TABLES) <= shipped


@pytest.mark.parametrize("scenario", sorted(TABLES))
def test_analysis_gives_the_expected_maxima_endings_and_best_path(run_cli, scenario) -> None:
    expected = TABLES[scenario]["analysis"]
    result = run_cli("analyze", SCENARIOS_DIR / scenario, "--json")
    assert result.exit_code == 0, result.stderr
    report = result.json()
    assert report["exact"] is True
    assert report["maximum"] == expected["maximum"]
    assert all(value > 0 for value in report["maximum"].values())
    assert sorted(report["endings"]) == sorted(expected["endings"])
    assert report["best_path"] == expected["best_path"]


@pytest.mark.parametrize(("scenario", "case"), list(_cases()))
def test_case(run_cli, scenario: str, case: dict[str, Any]) -> None:
    unknown = (set(case) - CASE_KEYS) | (set(case.get("expect", {})) - EXPECT_KEYS)
    assert not unknown, f"unknown keys {sorted(unknown)}"
    args: list[str] = ["play", str(SCENARIOS_DIR / scenario), "--choose", *case["choose"]]
    for note in case.get("notes", []):
        args += ["--note", note]
    for option in ("lang", "address", "seed"):
        if option in case:
            args += [f"--{option}", str(case[option])]
    expect: dict[str, Any] = case["expect"]
    result = run_cli(*args, "--json")

    if "refused" in expect:
        assert result.exit_code == 1, result.stdout
        for words in expect["refused"]:
            assert words in result.stderr
        return
    assert result.exit_code == 0, result.stderr
    state: dict[str, Any] = result.json()
    _check_outcome(state, expect, TABLES[scenario]["analysis"])
    _check_texts(state, expect)


def _check_outcome(state: dict[str, Any], expect: dict[str, Any], analysis: dict[str, Any]) -> None:
    if "path" in expect:
        path = analysis["best_path"] if expect["path"] == "best" else expect["path"]
        assert state["path"] == path
    if expect.get("full_marks"):
        maximum = analysis["maximum"]
        assert state["awaiting"] is None
        assert state["outcome"] == "success"
        assert state["points"] == maximum
        assert state["percent"] == dict.fromkeys(maximum, 100.0)
        assert state["overall_percent"] == 100.0
    for key in ("ending", "outcome", "awaiting", "variables", "points", "percent"):
        if key in expect:
            assert state[key] == expect[key], key
    if "overall_percent" in expect:
        assert state["overall_percent"] == pytest.approx(expect["overall_percent"], abs=0.05)
    for node in expect.get("path_includes", []):
        assert node in state["path"]
    for node in expect.get("path_excludes", []):
        assert node not in state["path"]


def _check_texts(state: dict[str, Any], expect: dict[str, Any]) -> None:
    for node, phrases in expect.get("shown", {}).items():
        seen = " ".join(_shown(entry) for entry in _entries(state, node))
        for phrase in phrases:
            assert phrase in seen, f"{node}: {phrase!r} not in {seen!r}"
    for node, phrases in expect.get("not_shown", {}).items():
        seen = " ".join(_shown(entry) for entry in _entries(state, node))
        for phrase in phrases:
            assert phrase not in seen, f"{node}: {phrase!r} shown"
    for node, choices in expect.get("choices", {}).items():
        assert _entries(state, node)[0]["choices"] == choices
    for node, items in expect.get("items", {}).items():
        assert _entries(state, node)[0]["items"] == items
