"""Which text alternative is shown: ``Variants.choose`` and the renderer agree with the rule.

The rule (format 1.1): alternatives are tried in order and the first whose condition
holds is shown; when none holds, the last one (the fallback). The oracle below reads
each condition from its parts in plain Python, not through the condition language.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.domain.scenario_strategies import scenarios
from trainer.domain.address import Address
from trainer.domain.checks import check_structure
from trainer.domain.conditions import parse_condition
from trainer.domain.engine import PlayEngine, PlayState, state_context
from trainer.domain.model import ChecklistNode, DecisionNode, EndingNode, ReportNode, Scenario
from trainer.domain.render import TextRenderer
from trainer.domain.text import Text
from trainer.domain.variants import Alternative, PathText, Variants, choose_text

NODES = ("arrival", "talk", "search")
CHOICES = (("talk", "calm"), ("talk", "shout"))


@dataclass(frozen=True)
class Atom:
    """One test: a variable compared with a number, or a visited()/chose() fact."""

    kind: str  # "trust >=", "trust <", "visited", "chose"
    argument: object

    @property
    def source(self) -> str:
        if self.kind == "visited":
            return f"visited('{self.argument}')"
        if self.kind == "chose":
            node, choice = self.argument  # type: ignore[misc]
            return f"chose('{node}', '{choice}')"
        return f"{self.kind} {self.argument}"


@dataclass(frozen=True)
class World:
    """A condition context, and the oracle's own reading of an atom against it."""

    trust: int
    seen: frozenset[str]
    chosen: frozenset[tuple[str, str]]

    def variable(self, name: str) -> int:
        return self.trust if name == "trust" else 0

    def visited(self, node_id: str) -> bool:
        return node_id in self.seen

    def chose(self, node_id: str, choice_id: str) -> bool:
        return (node_id, choice_id) in self.chosen

    def holds(self, atom: Atom, negated: bool) -> bool:
        if atom.kind == "visited":
            value = atom.argument in self.seen
        elif atom.kind == "chose":
            value = atom.argument in self.chosen
        elif atom.kind == "trust >=":
            value = self.trust >= atom.argument  # type: ignore[operator]
        else:
            value = self.trust < atom.argument  # type: ignore[operator]
        return value != negated


atoms = st.one_of(
    st.builds(Atom, st.just("visited"), st.sampled_from(NODES)),
    st.builds(Atom, st.just("chose"), st.sampled_from(CHOICES)),
    st.builds(Atom, st.sampled_from(["trust >=", "trust <"]), st.integers(-1, 4)),
)
worlds = st.builds(
    World,
    st.integers(0, 3),
    st.frozensets(st.sampled_from(NODES)),
    st.frozensets(st.sampled_from(CHOICES)),
)


@settings(max_examples=300)
@given(
    st.lists(st.tuples(atoms, st.booleans()), min_size=1, max_size=5),
    st.booleans(),
    worlds,
)
def test_choose_returns_the_first_alternative_that_holds(
    tests: list[tuple[Atom, bool]], with_fallback: bool, world: World
) -> None:
    alternatives = [
        Alternative(
            Text.single("pl", f"alternative {index}"),
            parse_condition(f"not {atom.source}" if negated else atom.source),
        )
        for index, (atom, negated) in enumerate(tests)
    ]
    if with_fallback:
        alternatives.append(Alternative(Text.single("pl", "fallback")))
    variants = Variants(tuple(alternatives))
    holding = [i for i, (atom, negated) in enumerate(tests) if world.holds(atom, negated)]
    if holding:
        expected = f"alternative {holding[0]}"
    else:  # nothing holds: the last alternative, conditional or not
        expected = "fallback" if with_fallback else f"alternative {len(tests) - 1}"
    assert variants.choose(world).resolve("pl", "pl") == expected
    assert choose_text(variants, world).resolve("pl", "pl") == expected
    assert choose_text(variants, None) is variants.fallback


def texts_chosen_at(scenario: Scenario, state: PlayState, offered: list[str]) -> list[PathText]:
    """Every path-aware text chosen with ``state`` standing at its node."""
    node = scenario.nodes[state.node]
    values: list[PathText] = [node.text]
    if node.title is not None:
        values.append(node.title)
    if isinstance(node, DecisionNode):
        for choice in (*node.choices, *([node.on_timeout] if node.on_timeout else [])):
            if choice.id in offered and choice.feedback is not None:
                values.append(choice.feedback)  # chosen before the choice applies
    if isinstance(node, EndingNode) and node.debrief is not None:
        values.append(node.debrief)
    return values


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scenarios(), st.randoms(use_true_random=False), st.sampled_from(list(Address)))
def test_the_renderer_shows_what_choose_picks_in_the_play_state(
    scenario: Scenario, rng: object, address: Address
) -> None:
    assume(not any(f.is_error for f in check_structure(scenario)))
    renderer = TextRenderer(scenario, "pl", address)
    engine = PlayEngine(scenario)
    state = engine.start()
    for _ in range(40):
        node = scenario.nodes[state.node]
        offered: list[str] = []
        if isinstance(node, DecisionNode) and not state.finished:
            offered = [c.id for c in engine.offered(state)]
            if node.on_timeout is not None:
                offered.append("timeout")
        for value in texts_chosen_at(scenario, state, offered):
            if isinstance(value, Variants):
                world = state_context(state)
                holding = [
                    a
                    for a in value.alternatives
                    if a.condition is None or a.condition.evaluate(world)
                ]
                expected = holding[0].text if holding else value.fallback
                assert value.choose(world) is expected
            else:
                expected = value
            assert renderer.at(value, state) == renderer.text(expected)
            assert renderer.at(value, None) == renderer.text(choose_text(value, None))
        if state.finished:
            break
        if isinstance(node, DecisionNode):
            if not offered:
                break
            token = rng.choice(offered)  # type: ignore[attr-defined]
            state = engine.time_out(state) if token == "timeout" else engine.choose(state, token)
        elif isinstance(node, ChecklistNode | ReportNode):
            ticked = [i.id for i in node.items if rng.random() < 0.5]  # type: ignore[attr-defined]
            state = engine.play(state, ",".join(ticked))
        else:
            state = engine.continue_(state)
