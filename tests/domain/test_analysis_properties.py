"""Property tests: the exact analysis equals brute force; the engine never dead-ends.

The random scenarios hold report nodes and text alternatives with conditions too,
so the brute force also records which alternative the engine's state picks at each
moment a text is chosen, and which harmful choices still end in success: the
validator's path checks must agree with it.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from tests.domain.scenario_strategies import scenarios
from trainer.domain.analysis import analyse, best_continuation
from trainer.domain.checks import check_scenario, check_structure
from trainer.domain.engine import PlayEngine, PlayState, state_context
from trainer.domain.model import (
    ChecklistNode,
    Choice,
    DecisionNode,
    EndingNode,
    Outcome,
    Rating,
    ReportNode,
    Scenario,
)
from trainer.domain.path_checks import harmful_successes, variant_uses
from trainer.domain.variants import Variants
from trainer.domain.walk import Path, iter_path_texts

PATH_BUDGET = 20_000


class TooBig(Exception):
    """The brute force would take too long for this example."""


def shown_index(value: Variants, state: PlayState) -> int:
    """Which alternative the engine's state picks, told by the text it returns."""
    text = value.choose(state_context(state))
    return next(i for i, a in enumerate(value.alternatives) if a.text is text)


def brute_force(scenario: Scenario, start: PlayState | None = None) -> dict[str, object]:
    """Every complete playthrough by the real engine, up to repeated whole states."""
    engine = PlayEngine(scenario)
    texts_at: dict[str, list[tuple[Path, str | None, Variants]]] = {}
    for where, value in iter_path_texts(scenario):
        if isinstance(value, Variants) and where.node is not None:
            texts_at.setdefault(where.node, []).append((where.path, where.choice, value))
    shown: dict[Path, set[int]] = {}
    harmful_success: set[tuple[str, str, str]] = set()
    competencies = list(scenario.competencies)
    maximum = {c: None for c in competencies}
    endings: set[str] = set()
    best_overall: list[tuple[int, ...]] = []
    dead = False
    explored = 0
    finishes: list[dict[str, int]] = []

    def key(state: PlayState) -> tuple[object, ...]:
        return (
            state.node,
            tuple(sorted(state.variables.items())),
            state.visited,
            state.chosen,
            state.answered_checklists,
        )

    def actions(state: PlayState) -> list[str]:
        node = engine.current_node(state)
        if isinstance(node, DecisionNode):
            tokens = [c.id for c in engine.offered(state)]
            if node.on_timeout is not None:
                tokens.append("timeout")
            return tokens
        if isinstance(node, ChecklistNode):
            correct = ",".join(i.id for i in node.items if i.correct)
            everything = ",".join(i.id for i in node.items)
            return list(dict.fromkeys([correct, "", everything]))
        if isinstance(node, ReportNode):
            everything = ",".join(i.id for i in node.items)
            some = ",".join(i.id for i in node.items[:1])
            return list(dict.fromkeys([everything, "", some]))
        return ["continue"]

    def record_texts(state: PlayState, offered: list[str]) -> None:
        """The alternatives shown at this node: text, title, debrief; offered feedback."""
        for path, choice_id, value in texts_at.get(state.node, []):
            if choice_id is None or choice_id in offered:
                shown.setdefault(path, set()).add(shown_index(value, state))

    def rated_harmful(node_id: str, choice_id: str) -> bool:
        node = scenario.nodes[node_id]  # type: ignore[index]
        assert isinstance(node, DecisionNode)
        choice: Choice | None = node.choice(choice_id)
        return choice is not None and choice.rating is Rating.HARMFUL

    first = engine.start() if start is None else start
    stack: list[tuple[PlayState, frozenset[tuple[object, ...]]]] = [(first, frozenset())]
    while stack:
        state, on_path = stack.pop()
        explored += 1
        if explored > PATH_BUDGET:
            raise TooBig
        node = engine.current_node(state)
        if isinstance(node, EndingNode):
            record_texts(state, [])
            endings.add(node.id)
            finishes.append({"outcome": node.outcome, **dict(state.points)})
            if node.outcome is Outcome.SUCCESS:
                for pair in state.chosen:
                    if rated_harmful(*pair):
                        harmful_success.add((*pair, node.id))
            continue
        here = key(state)
        if here in on_path:
            continue  # an identical whole state: the loop earned nothing new
        tokens = actions(state)
        record_texts(state, tokens)
        if not tokens:
            dead = True
            continue
        for token in tokens:
            if token == "continue":
                after = engine.continue_(state)
            elif isinstance(node, DecisionNode) and token == "timeout":
                after = engine.time_out(state)
            else:
                after = engine.play(state, token)
            stack.append((after, on_path | {here}))
    for finish in finishes:
        for c in competencies:
            value = finish[c]
            if maximum[c] is None or value > maximum[c]:
                maximum[c] = value
    top = {c: (maximum[c] or 0) for c in competencies}
    for finish in finishes:
        if finish["outcome"] is Outcome.SUCCESS:
            best_overall.append((sum(max(0, min(top[c], finish[c])) for c in competencies),))
    return {
        "maximum": top,
        "endings": endings,
        "best": max(best_overall)[0] if best_overall else None,
        "dead": dead,
        "shown": shown,
        "harmful_success": harmful_success,
        "finishes": finishes,
    }


def overall(scenario: Scenario, points: dict[str, int], top: dict[str, int]) -> int:
    return sum(max(0, min(top[c], points[c])) for c in scenario.competencies)


def play_token(engine: PlayEngine, state: PlayState, token: str) -> PlayState:
    node = engine.current_node(state)
    if isinstance(node, DecisionNode) and token == "timeout":
        return engine.continue_scenes(engine.time_out(state))
    return engine.continue_scenes(engine.play(state, token))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_analysis_equals_brute_force(scenario: Scenario) -> None:
    """With alternatives and report nodes too: scores, endings, path checks."""
    assume(not any(f.is_error for f in check_structure(scenario)))
    try:
        truth = brute_force(scenario)
    except TooBig:
        assume(False)
        return
    analysis = analyse(scenario, keep_exploration=True)
    assert analysis.exact
    exploration = analysis.exploration
    assert exploration is not None and exploration.text_exact
    # Every alternative the engine can show, and only those, is shown in the analysis.
    all_uses = variant_uses(scenario, exploration)
    uses = {use.where.path: set(use.chosen) for use in all_uses}
    # What the examples exercise (shown with --hypothesis-show-statistics).
    if any(isinstance(node, ReportNode) for node in scenario.nodes.values()):
        event("a report node")
    if any(use.moments and len(use.chosen) < use.count for use in all_uses):
        event("an alternative never shown")
    if any(use.moments and len(use.chosen) > 1 for use in all_uses):
        event("different alternatives shown on different paths")
    assert {path: chosen for path, chosen in uses.items() if chosen} == truth["shown"]
    harmful = harmful_successes(scenario, exploration)
    found = {(f.node, f.choice, ending) for f in harmful for ending in f.endings}
    assert found == truth["harmful_success"]
    if found:
        event("a harmful choice followed by success")
    for finding in harmful:  # each example is a real play through the harmful choice
        engine = PlayEngine(scenario)
        state = engine.continue_scenes(engine.start())
        for token in finding.example:
            state = play_token(engine, state, token)
        assert state.finished and state.node == finding.example_ending
        assert (finding.node, finding.choice) in state.chosen
    if truth["endings"]:
        assert analysis.maximum == truth["maximum"]
    assert set(analysis.endings) == truth["endings"]
    assert any(p.kind == "no-way-out" for p in analysis.problems) == truth["dead"]
    if truth["best"] is None:
        assert analysis.best_path is None
        return
    # The reported best path is playable and earns what brute force says is best.
    assert analysis.best_tokens is not None and analysis.best_path is not None
    engine = PlayEngine(scenario)
    state = engine.continue_scenes(engine.start())
    for token in analysis.best_tokens:
        state = play_token(engine, state, token)
    assert state.finished
    ending = engine.current_node(state)
    assert isinstance(ending, EndingNode) and ending.outcome is Outcome.SUCCESS
    assert list(state.path) == list(analysis.best_path)
    assert dict(state.points) == analysis.best_points
    assert overall(scenario, dict(state.points), analysis.maximum) == truth["best"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.randoms(use_true_random=False))
def test_engine_never_dead_ends_in_a_valid_scenario(scenario: Scenario, rng: object) -> None:
    findings, analysis = check_scenario(scenario)
    assume(analysis is not None and analysis.exact)
    assume(not any(f.is_error for f in findings))
    engine = PlayEngine(scenario)
    state = engine.start()
    for _ in range(200):
        if state.finished:
            break
        node = engine.current_node(state)
        if isinstance(node, DecisionNode):
            tokens = [c.id for c in engine.offered(state)]
            if node.on_timeout is not None:
                tokens.append("timeout")
            assert tokens, f"dead state at {node.id}"
            token = rng.choice(tokens)  # type: ignore[attr-defined]
            state = engine.time_out(state) if token == "timeout" else engine.choose(state, token)
        elif isinstance(node, ChecklistNode):
            ticked = [i.id for i in node.items if rng.random() < 0.5]  # type: ignore[attr-defined]
            state = engine.answer(state, ticked)
        elif isinstance(node, ReportNode):
            ticked = [i.id for i in node.items if rng.random() < 0.5]  # type: ignore[attr-defined]
            state = engine.report(state, "a note", ticked)
        else:
            state = engine.continue_(state)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.randoms(use_true_random=False))
def test_play_state_round_trips_through_json(scenario: Scenario, rng: object) -> None:
    assume(not any(f.is_error for f in check_structure(scenario)))
    engine = PlayEngine(scenario)
    state = engine.start()
    for _ in range(30):
        restored = PlayState.from_json(json.loads(json.dumps(state.to_json())))
        assert restored == state
        if state.finished:
            break
        node = engine.current_node(state)
        if isinstance(node, DecisionNode):
            tokens = [c.id for c in engine.offered(state)]
            if node.on_timeout is not None:
                tokens.append("timeout")
            if not tokens:
                break
            token = rng.choice(tokens)  # type: ignore[attr-defined]
            advance = engine.time_out if token == "timeout" else None
            state = advance(state) if advance else engine.choose(state, token)
            again = (
                engine.time_out(restored) if token == "timeout" else engine.choose(restored, token)
            )
            assert again == state  # resuming from the restored state continues identically
        elif isinstance(node, ChecklistNode):
            ticked = [i.id for i in node.items if rng.random() < 0.5]  # type: ignore[attr-defined]
            state = engine.answer(state, ticked)
        elif isinstance(node, ReportNode):
            ticked = [i.id for i in node.items if rng.random() < 0.5]  # type: ignore[attr-defined]
            state = engine.report(state, "a note", ticked)
        else:
            state = engine.continue_(state)


def random_prefix(engine: PlayEngine, rng: object, steps: int) -> PlayState:
    """A state some way into an attempt, by random play (the last one before an ending)."""
    state = engine.continue_scenes(engine.start())
    for _ in range(steps):
        if state.finished:
            break
        before = state
        node = engine.current_node(state)
        if isinstance(node, DecisionNode):
            tokens = [c.id for c in engine.offered(state)]
            if node.on_timeout is not None:
                tokens.append("timeout")
            if not tokens:
                break
            state = play_token(engine, state, rng.choice(tokens))  # type: ignore[attr-defined]
        elif isinstance(node, ChecklistNode | ReportNode):
            ticked = [i.id for i in node.items if rng.random() < 0.5]  # type: ignore[attr-defined]
            state = play_token(engine, state, ",".join(ticked))
        if state.finished:
            return before
    return state


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(scenarios(), st.randoms(use_true_random=False), st.integers(0, 6))
def test_best_continuation_equals_brute_force_from_any_point(
    scenario: Scenario, rng: object, steps: int
) -> None:
    """From a point mid-attempt (reports and checklists already answered count)."""
    findings, analysis = check_scenario(scenario)  # no trap: scenes never loop for ever
    assume(analysis is not None and analysis.exact and not any(f.is_error for f in findings))
    engine = PlayEngine(scenario)
    state = random_prefix(engine, rng, steps)
    assume(not state.finished)
    try:
        truth = brute_force(scenario, state)
    except TooBig:
        assume(False)
        return
    finishes: list[dict[str, object]] = truth["finishes"]  # type: ignore[assignment]
    successes = [
        sum(max(0, int(finish[c])) for c in scenario.competencies)  # type: ignore[call-overload]
        for finish in finishes
        if finish["outcome"] is Outcome.SUCCESS
    ]
    continuation = best_continuation(scenario, state)
    if not successes:
        assert continuation is None
        return
    assert continuation is not None
    after = state
    for token in continuation.tokens:
        after = play_token(engine, after, token)
    assert after.finished
    ending = engine.current_node(after)
    assert isinstance(ending, EndingNode) and ending.outcome is Outcome.SUCCESS
    assert list(after.path[len(state.path) - 1 :]) == list(continuation.path)
    assert dict(after.points) == continuation.points
    assert sum(max(0, p) for p in continuation.points.values()) == max(successes)
    assert truth["endings"]
