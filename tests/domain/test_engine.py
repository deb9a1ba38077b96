"""The play engine on a hand-made scenario: every operation, points once, effects, routes."""

from __future__ import annotations

import json

import pytest

from trainer.domain.conditions import parse_condition
from trainer.domain.engine import Action, PlayEngine, PlayState
from trainer.domain.errors import NotOfferedError, PlayError, StateFormatError
from trainer.domain.ids import ChoiceId, CompetencyId, ItemId, NodeId, ScenarioId, VariableName
from trainer.domain.model import (
    ChecklistItem,
    ChecklistNode,
    Choice,
    Competency,
    DecisionNode,
    EndingNode,
    Next,
    Outcome,
    Rating,
    Route,
    Scenario,
    SceneNode,
    Variable,
)
from trainer.domain.text import Text

C = CompetencyId("communication")
E = CompetencyId("ethics")
TRUST = VariableName("trust")


def t(value: str) -> Text:
    return Text({"pl": value, "en": value})


def choice(cid: str, to: str | Next, **kwargs: object) -> Choice:
    next_ = to if isinstance(to, Next) else Next.to(NodeId(to))
    return Choice(
        id=ChoiceId(cid), text=t(cid), rating=Rating.GOOD, next=next_, feedback=t("fb"), **kwargs
    )  # type: ignore[arg-type]


@pytest.fixture
def scenario() -> Scenario:
    nodes = {
        "intro": SceneNode(id=NodeId("intro"), text=t("intro"), next=Next.to(NodeId("ask"))),
        "ask": DecisionNode(
            id=NodeId("ask"),
            text=t("ask"),
            time_limit=20,
            on_timeout=choice("timeout", "ask", effects={TRUST: -1}, score={E: -1}),
            choices=(
                choice("listen", "ask", score={C: 2}, effects={TRUST: 2}),
                choice(
                    "leader",
                    "check",
                    condition=parse_condition("trust >= 2"),
                    score={C: 1, E: 1},
                ),
                choice("leave", "check"),
            ),
        ),
        "check": ChecklistNode(
            id=NodeId("check"),
            text=t("check"),
            prompt=t("tick"),
            competency=E,
            items=(
                ChecklistItem(ItemId("a"), t("a"), True, t("fb")),
                ChecklistItem(ItemId("b"), t("b"), True, t("fb")),
                ChecklistItem(ItemId("x"), t("x"), False, t("fb")),
            ),
            next=Next(
                (
                    Route(NodeId("good"), parse_condition("chose('ask', 'leader')")),
                    Route(NodeId("bad")),
                ),
                as_list=True,
            ),
        ),
        "good": EndingNode(id=NodeId("good"), text=t("good"), outcome=Outcome.SUCCESS),
        "bad": EndingNode(id=NodeId("bad"), text=t("bad"), outcome=Outcome.FAILURE),
    }
    return Scenario(
        id=ScenarioId("unit"),
        version=3,
        languages=("pl", "en"),
        title=t("unit"),
        competencies={C: Competency(C), E: Competency(E)},
        variables={TRUST: Variable(TRUST, initial=0, minimum=0, maximum=3)},
        start=NodeId("intro"),
        nodes={NodeId(k): v for k, v in nodes.items()},
    )


def test_start_enters_the_start_node(scenario: Scenario) -> None:
    state = PlayEngine(scenario).start()
    assert state.node == "intro"
    assert state.path == ("intro",)
    assert state.variables == {"trust": 0}
    assert state.points == {"communication": 0, "ethics": 0}
    assert not state.finished


def test_conditions_gate_choices_and_points_count_once(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    state = engine.continue_(engine.start())
    assert [c.id for c in engine.offered(state)] == ["listen", "leave"]
    state = engine.choose(state, "listen")
    assert state.points[C] == 2 and state.variables[TRUST] == 2
    assert [c.id for c in engine.offered(state)] == ["listen", "leader", "leave"]
    state = engine.choose(state, "listen")  # offered again by the loop: no new points
    assert state.points[C] == 2
    assert state.variables[TRUST] == 3  # effects apply every time, clamped at max 3
    assert state.steps[-1].gained == {}
    state = engine.choose(state, "leader")
    assert state.node == "check"
    state = engine.answer(state, ["a", "x"])  # one right, one wrong: 1 - 1 = 0
    assert state.points[E] == 1  # only the leader choice's point
    assert state.finished and state.node == "good"
    assert state.path == ("intro", "ask", "ask", "ask", "check", "good")


def test_checklist_points_are_right_minus_wrong_never_below_zero(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    state = engine.choose(engine.continue_(engine.start()), "leave")
    assert engine.answer(state, ["a", "b"]).points[E] == 2
    assert engine.answer(state, ["x"]).points[E] == 0
    assert engine.answer(state, []).points[E] == 0
    assert engine.answer(state, ["a", "a"]).points[E] == 1  # repeats count once


def test_timeout_applies_on_timeout_as_a_choice(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    state = engine.continue_(engine.start())
    state = engine.choose(state, "listen")
    state = engine.time_out(state)
    assert state.steps[-1].action is Action.TIMEOUT
    assert state.steps[-1].choice == "timeout"
    assert state.points[E] == -1 and state.variables[TRUST] == 1
    assert state.chosen >= {("ask", "timeout")}
    # play() maps the token "timeout" to the timeout at a timed decision.
    again = engine.play(engine.continue_(engine.start()), "timeout")
    assert again.steps[-1].action is Action.TIMEOUT


def test_routes_see_the_choice_just_made(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    state = engine.choose(engine.continue_(engine.start()), "leave")
    assert engine.answer(state, []).node == "bad"


def test_wrong_operations_are_refused_with_what_is_offered(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    state = engine.start()
    with pytest.raises(PlayError):
        engine.choose(state, "listen")  # a scene, not a decision
    state = engine.continue_(state)
    with pytest.raises(NotOfferedError) as caught:
        engine.choose(state, "leader")  # gated by trust >= 2
    assert caught.value.offered == ("listen", "leave")
    state = engine.choose(state, "leave")
    with pytest.raises(NotOfferedError):
        engine.answer(state, ["nope"])
    done = engine.answer(state, [])
    with pytest.raises(PlayError):
        engine.play(done, "anything")


def test_state_round_trips_exactly_and_resumes_identically(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    state = engine.choose(engine.continue_(engine.start()), "listen")
    saved = json.dumps(state.to_json())
    restored = PlayState.from_json(json.loads(saved))
    assert restored == state
    assert engine.choose(restored, "leader") == engine.choose(state, "leader")


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.pop("node"),
        lambda d: d.update(state_format=99),
        lambda d: d.update(variables={"trust": "2"}),
        lambda d: d.update(points={"communication": True}),
        lambda d: d["steps"][0].update(action="jump"),
        lambda d: d.update(path="intro"),
    ],
)
def test_a_damaged_saved_state_is_refused_cleanly(scenario: Scenario, damage: object) -> None:
    engine = PlayEngine(scenario)
    data = engine.choose(engine.continue_(engine.start()), "listen").to_json()
    damage(data)  # type: ignore[operator]
    with pytest.raises(StateFormatError):
        PlayState.from_json(data)
