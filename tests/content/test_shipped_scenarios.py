"""The rules every shipped scenario keeps (issue 15), checked on the files themselves.

Each scenario's own paths and endings are data in ``paths/``; what is checked here holds
for all of them: format 1.1, strictly valid with no code allowed, 5–9 decision points on
the best path, at most 20 minutes, every ending reachable, the pedagogical rules by their
own definitions (not only by the validator that also implements them), and across the
eight case scenarios a report node in six or more, a follow-up in four or more and a
scene plan in three or more.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from tests.content.content_support import PATHS_DIR, SCENARIOS_DIR, path_tables
from trainer.domain.address import has_alternation
from trainer.domain.model import (
    ChecklistNode,
    DecisionNode,
    EndingNode,
    Order,
    Rating,
    ReportNode,
    Scenario,
)
from trainer.domain.variants import Variants, every_text, fallback_text
from trainer.domain.walk import iter_path_texts, iter_texts
from trainer.scenario_io.reader import load_scenario

SHIPPED = sorted(p for p in SCENARIOS_DIR.iterdir() if (p / "scenario.yaml").is_file())
#: The eight case scenarios (the tutorial teaches the app, not a case).
CASES = [p for p in SHIPPED if p.name != "tutorial"]
#: Polish second-person past tense and conditional, gendered (zrobiłeś, zrobiłabyś...).
GENDERED_YOU = re.compile(r"\w+(?:łeś|łaś|łbyś|łabyś)\b")
ALTERNATION = re.compile(r"\{[^{}|]*\|[^{}|]*\}")


def count_words(text: str) -> int:
    """Words as a reader counts them: a dash or a bullet on its own is not one."""
    return sum(any(ch.isalnum() for ch in piece) for piece in text.split())


@cache
def scenario_of(folder: Path) -> Scenario:
    """The scenario in ``folder``, read (with its exact analysis) once per test session."""
    loaded = load_scenario(folder)
    assert loaded.scenario is not None, [f.format_line() for f in loaded.findings]
    return loaded.scenario


def test_all_nine_are_shipped_each_with_its_table_of_paths() -> None:
    assert len(SHIPPED) == 9
    assert sorted(p.stem for p in PATHS_DIR.glob("*.yaml")) == [p.name for p in SHIPPED]


@pytest.mark.parametrize("folder", SHIPPED, ids=lambda p: p.name)
def test_validates_strictly_with_nothing_allowed(run_cli, folder: Path) -> None:
    result = run_cli("validate", folder, "--strict", "--json")
    assert result.json() == []
    assert result.exit_code == 0


def test_ci_validates_with_no_code_allowed() -> None:
    makefile = (SCENARIOS_DIR.parent / "Makefile").read_text(encoding="utf-8")
    assert "trainer validate scenarios --strict\n" in makefile
    assert "--allow-code" not in makefile


@pytest.mark.parametrize("folder", SHIPPED, ids=lambda p: p.name)
def test_format_pace_and_reachable_endings(run_cli, folder: Path) -> None:
    scenario = scenario_of(folder)
    assert scenario.format == "1.1"
    if folder in CASES:
        assert scenario.version >= 2  # revised after the December 2026 review
    assert scenario.minutes is not None and scenario.minutes <= 20
    report = run_cli("analyze", folder, "--json").json()
    assert report["exact"] is True
    steps = [scenario.node(n) for n in report["best_path"]]
    points = [n for n in steps if isinstance(n, DecisionNode | ChecklistNode | ReportNode)]
    assert 5 <= len(points) <= 9, [n.id for n in points]
    endings = {n.id for n in scenario.nodes.values() if isinstance(n, EndingNode)}
    assert set(report["endings"]) == endings


@pytest.mark.parametrize("folder", SHIPPED, ids=lambda p: p.name)
def test_the_player_is_never_addressed_in_one_gender_only(folder: Path) -> None:
    for located, text in iter_texts(scenario_of(folder)):
        # Both forms of every alternation are fine; what is left has no gendered "you".
        plain = ALTERNATION.sub("", text.resolve("pl", "pl"))
        assert not GENDERED_YOU.findall(plain), located.path


@pytest.mark.parametrize("folder", SHIPPED, ids=lambda p: p.name)
def test_the_pedagogical_rules_by_their_own_definitions(folder: Path) -> None:
    scenario = scenario_of(folder)
    decisions = [n for n in scenario.nodes.values() if isinstance(n, DecisionNode)]
    for node in scenario.nodes.values():
        if isinstance(node, DecisionNode | ChecklistNode | ReportNode):
            assert node.title is not None, node.id
    for located, value in iter_path_texts(scenario):
        if located.path[-1] != "feedback":
            continue
        for language in scenario.languages:
            for _, text in every_text(value):
                words = count_words(text.resolve(language, "pl"))
                assert words <= 60, (located.path, language, words)
    for node in decisions:
        if node.time_limit:
            for language in scenario.languages:
                texts = [fallback_text(node.text), *(c.text for c in node.choices)]
                words = sum(count_words(t.resolve(language, "pl")) for t in texts if t)
                assert node.time_limit >= 5 + words / 3, node.id
    for language in scenario.languages:
        longest_is_best = [
            max(node.choices, key=lambda c: len(c.text.resolve(language, "pl"))).rating
            is Rating.BEST
            for node in decisions
            if len(node.choices) >= 3
        ]
        assert sum(longest_is_best) <= 0.6 * len(longest_is_best), language


def test_report_nodes_follow_ups_and_scene_plans_across_the_eight() -> None:
    with_report = [
        f.name
        for f in CASES
        if any(isinstance(n, ReportNode) for n in scenario_of(f).nodes.values())
    ]
    assert len(with_report) >= 6, with_report
    with_follow_up = []
    for folder in CASES:
        table = path_tables()[folder.name]
        follow_ups = table.get("followups") or []
        best_path = table["analysis"]["best_path"]
        assert set(follow_ups) <= set(best_path), folder.name
        if follow_ups:
            with_follow_up.append(folder.name)
    assert len(with_follow_up) >= 4, with_follow_up
    with_plan = []
    for folder in CASES:
        pictured = [n for n in scenario_of(folder).nodes.values() if n.image is not None]
        for node in pictured:
            assert node.image_alt is not None, (folder.name, node.id)
            assert (folder / node.image).is_file()
        if pictured:
            with_plan.append(folder.name)
    assert len(with_plan) >= 3, with_plan


def test_the_tutorial_shows_every_format_1_1_addition() -> None:
    scenario = scenario_of(SCENARIOS_DIR / "tutorial")
    path_aware = {
        located.path[-1]
        for located, value in iter_path_texts(scenario)
        if isinstance(value, Variants)
    }
    assert {"text", "title", "feedback"} <= path_aware
    endings = [n for n in scenario.nodes.values() if isinstance(n, EndingNode)]
    assert any(isinstance(n.debrief, Variants) for n in endings)
    reports = [n for n in scenario.nodes.values() if isinstance(n, ReportNode)]
    assert len(reports) == 1 and 3 <= len(reports[0].items) <= 4
    assert reports[0].title is not None and reports[0].min_words
    assert any(getattr(n, "order", None) is Order.FIXED for n in scenario.nodes.values())
    polish = [text.resolve("pl", "pl") for _, text in iter_texts(scenario)]
    assert sum(has_alternation(t) for t in polish) >= 5
