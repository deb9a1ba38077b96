"""``PlayEngine.start_at``: a fresh attempt standing at any node (test from here)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.domain.scenario_strategies import scenarios
from trainer.domain.engine import PlayEngine, StartPointError, a_way_to
from trainer.domain.ids import NodeId, ScenarioId, VariableName
from trainer.domain.model import (
    EndingNode,
    Next,
    Outcome,
    Scenario,
    SceneNode,
    Variable,
)
from trainer.domain.text import Text


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios())
def test_start_at_the_start_with_initial_variables_is_start(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    initial = {name: var.initial for name, var in scenario.variables.items()}
    assert engine.start_at(scenario.start, variables=initial) == engine.start()
    # Leaving the variables out means the same: their initial values.
    assert engine.start_at(scenario.start) == engine.start()


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.data())
def test_start_at_any_node_stands_there_with_the_path_before_it(
    scenario: Scenario, data: st.DataObject
) -> None:
    engine = PlayEngine(scenario)
    ids = sorted(scenario.nodes)
    node = data.draw(st.sampled_from(ids))
    visited = data.draw(st.lists(st.sampled_from(ids), max_size=4))
    values = {name: data.draw(st.integers(-50, 50), label=name) for name in scenario.variables}
    state = engine.start_at(node, variables=values, visited=visited)
    assert state.node == node
    assert state.path == (*visited, node)
    assert state.steps == ()
    assert all(points == 0 for points in state.points.values())
    assert state.finished == isinstance(scenario.node(NodeId(node)), EndingNode)
    for name, var in scenario.variables.items():
        assert state.variables[name] == var.clamp(values[name])
    # The state plays on like any other, and survives the JSON round trip.
    assert type(state).from_json(state.to_json()) == state


def _small() -> Scenario:
    text = Text({"en": "x"})
    trust = VariableName("trust")
    return Scenario(
        id=ScenarioId("small"),
        version=1,
        languages=("en",),
        title=text,
        competencies={},
        variables={trust: Variable(trust, initial=5, minimum=0, maximum=10)},
        start=NodeId("a"),
        nodes={
            NodeId("a"): SceneNode(id=NodeId("a"), text=text, next=Next.to(NodeId("end"))),
            NodeId("end"): EndingNode(id=NodeId("end"), text=text, outcome=Outcome.SUCCESS),
        },
    )


def test_clamps_and_refuses_unknown_names() -> None:
    engine = PlayEngine(_small())
    assert engine.start_at("a", variables={"trust": 99}).variables == {"trust": 10}
    assert engine.start_at("end").finished
    with pytest.raises(StartPointError, match="no node 'nowhere'"):
        engine.start_at("nowhere")
    with pytest.raises(StartPointError, match="no node 'ghost'"):
        engine.start_at("a", visited=["ghost"])
    with pytest.raises(StartPointError, match=r"no variable 'mood' \(declared: trust\)"):
        engine.start_at("a", variables={"mood": 1})


def test_a_way_to_a_node_is_a_shortest_walk_from_the_start() -> None:
    scenario = _small()
    assert a_way_to(scenario, "a") == ()
    assert a_way_to(scenario, "end") == ("a",)
    assert a_way_to(scenario, "nowhere") is None


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.data())
def test_a_way_to_follows_the_arrows(scenario: Scenario, data: st.DataObject) -> None:
    from trainer.domain.analysis import node_successors

    node = data.draw(st.sampled_from(sorted(scenario.nodes)))
    way = a_way_to(scenario, node)
    if way is None:
        return
    walk = (*way, node)
    assert walk[0] == scenario.start
    assert len(set(walk)) == len(walk)  # shortest: no node twice
    for here, there in pairwise(walk):
        assert there in node_successors(scenario.node(NodeId(here)))
