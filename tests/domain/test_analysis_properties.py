"""Property tests: the exact analysis equals brute force; the engine never dead-ends."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.domain.scenario_strategies import scenarios
from trainer.domain.analysis import analyse
from trainer.domain.checks import check_scenario, check_structure
from trainer.domain.engine import PlayEngine, PlayState
from trainer.domain.model import ChecklistNode, DecisionNode, EndingNode, Outcome, Scenario

PATH_BUDGET = 20_000


class TooBig(Exception):
    """The brute force would take too long for this example."""


def brute_force(scenario: Scenario) -> dict[str, object]:
    """Every complete playthrough by the real engine, up to repeated whole states."""
    engine = PlayEngine(scenario)
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
        return ["continue"]

    stack: list[tuple[PlayState, frozenset[tuple[object, ...]]]] = [(engine.start(), frozenset())]
    while stack:
        state, on_path = stack.pop()
        explored += 1
        if explored > PATH_BUDGET:
            raise TooBig
        node = engine.current_node(state)
        if isinstance(node, EndingNode):
            endings.add(node.id)
            finishes.append({"outcome": node.outcome, **dict(state.points)})
            continue
        here = key(state)
        if here in on_path:
            continue  # an identical whole state: the loop earned nothing new
        tokens = actions(state)
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
    }


def overall(scenario: Scenario, points: dict[str, int], top: dict[str, int]) -> int:
    return sum(max(0, min(top[c], points[c])) for c in scenario.competencies)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_analysis_equals_brute_force(scenario: Scenario) -> None:
    assume(not any(f.is_error for f in check_structure(scenario)))
    try:
        truth = brute_force(scenario)
    except TooBig:
        assume(False)
        return
    analysis = analyse(scenario)
    assert analysis.exact
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
        node = engine.current_node(state)
        if isinstance(node, DecisionNode) and token == "timeout":
            state = engine.continue_scenes(engine.time_out(state))
        else:
            state = engine.continue_scenes(engine.play(state, token))
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
        else:
            state = engine.continue_(state)
