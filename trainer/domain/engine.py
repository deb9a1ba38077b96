"""The play engine: pure functions from a play state and an action to the next state.

A :class:`PlayState` holds everything needed to continue an attempt and
serialises to JSON exactly, so an interrupted attempt resumes where it stopped.
States are immutable: a caller can record a step durably before it shows the
state that step produced.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from trainer.domain.conditions import ConditionContext
from trainer.domain.errors import NotOfferedError, PlayError, StateFormatError
from trainer.domain.ids import (
    TIMEOUT_CHOICE,
    ChoiceId,
    CompetencyId,
    ItemId,
    NodeId,
    ScenarioId,
    VariableName,
)
from trainer.domain.model import (
    AnyNode,
    ChecklistNode,
    Choice,
    DecisionNode,
    EndingNode,
    Next,
    ReportNode,
    Scenario,
    SceneNode,
    Variable,
    node_successors,
)

#: A walk longer than this is a runaway loop, not an officer playing.
MAX_STEPS = 10_000
STATE_FORMAT = 1

_N = TypeVar("_N", SceneNode, DecisionNode, ChecklistNode, ReportNode, EndingNode)


class Action(StrEnum):
    """What the player did at a node."""

    CONTINUE = "continue"
    CHOICE = "choice"
    TIMEOUT = "timeout"
    CHECKLIST = "checklist"
    REPORT = "report"


@dataclass(frozen=True, slots=True)
class Step:
    """One action taken, with the points it actually earned (after once-per-attempt).

    ``note`` is the text written at a report node (personal data, kept with the attempt).
    """

    node: NodeId
    action: Action
    to: NodeId
    choice: ChoiceId | None = None
    ticked: tuple[ItemId, ...] = ()
    gained: Mapping[CompetencyId, int] = field(default_factory=dict)
    note: str | None = None


@dataclass(frozen=True, slots=True)
class PlayState:
    """Where an attempt stands: node, variables, path, steps and points."""

    scenario_id: ScenarioId
    version: int
    node: NodeId
    variables: Mapping[VariableName, int]
    path: tuple[NodeId, ...]
    steps: tuple[Step, ...]
    points: Mapping[CompetencyId, int]
    finished: bool = False

    @property
    def visited(self) -> frozenset[NodeId]:
        """Every node entered so far, the current one included."""
        return frozenset(self.path)

    @property
    def chosen(self) -> frozenset[tuple[NodeId, ChoiceId]]:
        """Every (node, choice) made so far; the timeout counts as choice ``timeout``."""
        return frozenset((s.node, s.choice) for s in self.steps if s.choice is not None)

    @property
    def answered_checklists(self) -> frozenset[NodeId]:
        """Checklists and reports already answered (they score once per attempt)."""
        return frozenset(
            s.node for s in self.steps if s.action in (Action.CHECKLIST, Action.REPORT)
        )

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict that :meth:`from_json` turns back into an equal state."""
        return {
            "state_format": STATE_FORMAT,
            "scenario": self.scenario_id,
            "version": self.version,
            "node": self.node,
            "variables": dict(self.variables),
            "path": list(self.path),
            "steps": [
                {
                    "node": s.node,
                    "action": s.action.value,
                    "to": s.to,
                    "choice": s.choice,
                    "ticked": list(s.ticked),
                    "gained": dict(s.gained),
                    **({"note": s.note} if s.note is not None else {}),
                }
                for s in self.steps
            ],
            "points": dict(self.points),
            "finished": self.finished,
        }

    @classmethod
    def from_json(cls, data: Any) -> PlayState:
        """Rebuild a state saved by :meth:`to_json`; StateFormatError if it is malformed."""
        try:
            if data["state_format"] != STATE_FORMAT:
                raise StateFormatError(f"unknown play-state format {data['state_format']!r}")
            steps = tuple(
                Step(
                    node=NodeId(_str(s["node"])),
                    action=Action(s["action"]),
                    to=NodeId(_str(s["to"])),
                    choice=None if s["choice"] is None else ChoiceId(_str(s["choice"])),
                    ticked=tuple(ItemId(_str(t)) for t in _list(s["ticked"])),
                    gained={CompetencyId(_str(k)): _int(v) for k, v in _dict(s["gained"]).items()},
                    note=None if s.get("note") is None else _str(s["note"]),
                )
                for s in _list(data["steps"])
            )
            return cls(
                scenario_id=ScenarioId(_str(data["scenario"])),
                version=_int(data["version"]),
                node=NodeId(_str(data["node"])),
                variables={
                    VariableName(_str(k)): _int(v) for k, v in _dict(data["variables"]).items()
                },
                path=tuple(NodeId(_str(n)) for n in _list(data["path"])),
                steps=steps,
                points={CompetencyId(_str(k)): _int(v) for k, v in _dict(data["points"]).items()},
                finished=bool(data["finished"]),
            )
        except StateFormatError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise StateFormatError(f"the saved play state is damaged ({exc!r})") from exc


class StartPointError(PlayError):
    """A place to start from (``start_at``) names a node or variable the scenario lacks."""


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected text, got {type(value).__name__}")
    return value


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value


def _dict(value: Any) -> dict[Any, Any]:
    if not isinstance(value, dict):
        raise TypeError(f"expected a mapping, got {type(value).__name__}")
    return value


def _int(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def state_context(state: PlayState) -> ConditionContext:
    """A condition context over ``state`` (for path-aware text and routes)."""
    return _StateContext(state)


class _StateContext:
    """Answers a condition's questions about a play state."""

    __slots__ = ("_chosen", "_state")

    def __init__(self, state: PlayState) -> None:
        self._state = state
        self._chosen: frozenset[tuple[NodeId, ChoiceId]] | None = None

    def variable(self, name: str) -> int:
        return self._state.variables.get(VariableName(name), 0)

    def visited(self, node_id: str) -> bool:
        return node_id in self._state.path

    def chose(self, node_id: str, choice_id: str) -> bool:
        if self._chosen is None:
            self._chosen = self._state.chosen
        return (NodeId(node_id), ChoiceId(choice_id)) in self._chosen


def apply_effects(
    variables: Mapping[VariableName, int],
    effects: Mapping[VariableName, int],
    declared: Mapping[VariableName, Variable],
) -> dict[VariableName, int]:
    """Variables after adding ``effects``, each clamped to its declared bounds."""
    result = dict(variables)
    for name, delta in effects.items():
        variable = declared.get(name)
        value = result.get(name, 0) + delta
        result[name] = variable.clamp(value) if variable is not None else value
    return result


def resolve_next(next_: Next, context: Any) -> NodeId:
    """The first route whose condition holds (the last route has none)."""
    for route in next_.routes:
        if route.condition is None or route.condition.evaluate(context):
            return route.to
    # A validated scenario always ends its route list with an unconditional route.
    raise PlayError("no route applies and the route list has no unconditional last route")


def offered_choices(node: DecisionNode, context: Any) -> tuple[Choice, ...]:
    """The choices whose ``if`` holds in this context, in file order."""
    return tuple(c for c in node.choices if c.condition is None or c.condition.evaluate(context))


class PlayEngine:
    """Plays one scenario. Stateless: every operation takes and returns a PlayState."""

    def __init__(self, scenario: Scenario) -> None:
        self.scenario = scenario

    # -- queries -------------------------------------------------------------

    def current_node(self, state: PlayState) -> AnyNode:
        """The node the player is at."""
        return self.scenario.node(state.node)

    def offered(self, state: PlayState) -> tuple[Choice, ...]:
        """The choices offered at the current decision (empty elsewhere)."""
        node = self.current_node(state)
        if not isinstance(node, DecisionNode) or state.finished:
            return ()
        return offered_choices(node, _StateContext(state))

    # -- operations ------------------------------------------------------------

    def start(self) -> PlayState:
        """A fresh attempt at the start node."""
        scenario = self.scenario
        return self._enter(
            PlayState(
                scenario_id=scenario.id,
                version=scenario.version,
                node=scenario.start,
                variables={
                    name: var.clamp(var.initial) for name, var in scenario.variables.items()
                },
                path=(),
                steps=(),
                points={cid: 0 for cid in scenario.competencies},
            ),
            scenario.start,
        )

    def start_at(
        self,
        node: str,
        *,
        variables: Mapping[str, int] | None = None,
        visited: Iterable[str] = (),
    ) -> PlayState:
        """A fresh attempt standing at ``node``, as if play had reached it ("test from here").

        ``variables`` set some variables (each clamped to its declared bounds, the rest
        at their initial values); ``visited`` is the path walked before ``node``, in
        order, for conditions that ask ``visited(...)``. No choice counts as made and
        no points as earned. Entering ``node`` does what entering any node does (an
        ending finishes the attempt). :class:`StartPointError` names an unknown node or
        variable. ``start_at(scenario.start)`` with no overrides equals :meth:`start`.
        """
        scenario = self.scenario
        before = tuple(NodeId(n) for n in visited)
        unknown_nodes = [n for n in (node, *before) if n not in scenario.nodes]
        if unknown_nodes:
            raise StartPointError(f"the scenario has no node {unknown_nodes[0]!r}")
        given = dict(variables or {})
        unknown_names = sorted(n for n in given if n not in scenario.variables)
        if unknown_names:
            declared = ", ".join(scenario.variables) or "none"
            raise StartPointError(
                f"the scenario has no variable {unknown_names[0]!r} (declared: {declared})"
            )
        values = {
            name: var.clamp(given.get(name, var.initial))
            for name, var in scenario.variables.items()
        }
        return self._enter(
            PlayState(
                scenario_id=scenario.id,
                version=scenario.version,
                node=NodeId(node),
                variables=values,
                path=before,
                steps=(),
                points={cid: 0 for cid in scenario.competencies},
            ),
            NodeId(node),
        )

    def continue_(self, state: PlayState) -> PlayState:
        """Leave a scene node."""
        node = self._require(state, SceneNode, "continue")
        target = resolve_next(node.next, _StateContext(state))
        return self._enter(self._record(state, Step(node.id, Action.CONTINUE, target)), target)

    def choose(self, state: PlayState, choice_id: str) -> PlayState:
        """Make one of the offered choices at a decision."""
        node = self._require(state, DecisionNode, "choose")
        offered = offered_choices(node, _StateContext(state))
        choice = next((c for c in offered if c.id == choice_id), None)
        if choice is None:
            ids = tuple(c.id for c in offered)
            raise NotOfferedError(
                f"choice {choice_id!r} is not offered at node {node.id!r}", offered=ids
            )
        return self._apply_choice(state, node, choice, Action.CHOICE)

    def time_out(self, state: PlayState) -> PlayState:
        """Apply a timed decision's ``on_timeout`` as if it were a choice."""
        node = self._require(state, DecisionNode, "time out")
        if node.on_timeout is None:
            offered = tuple(c.id for c in offered_choices(node, _StateContext(state)))
            raise NotOfferedError(f"node {node.id!r} has no time limit", offered=offered)
        return self._apply_choice(state, node, node.on_timeout, Action.TIMEOUT)

    def answer(self, state: PlayState, ticked: Iterable[str]) -> PlayState:
        """Confirm a checklist with the items the player ticked."""
        node = self._require(state, ChecklistNode, "answer a checklist")
        return self._tick(state, node, "checklist", Action.CHECKLIST, ticked)

    def report(self, state: PlayState, note: str, ticked: Iterable[str]) -> PlayState:
        """Submit a report: the text written and the items the officer says it contains."""
        node = self._require(state, ReportNode, "submit a report")
        return self._tick(state, node, "report", Action.REPORT, ticked, note=note)

    def _tick(
        self,
        state: PlayState,
        node: ChecklistNode | ReportNode,
        kind: str,
        action: Action,
        ticked: Iterable[str],
        *,
        note: str | None = None,
    ) -> PlayState:
        # Checklists and reports alike: known items only, scored once per attempt.
        known = {item.id for item in node.items}
        chosen = tuple(dict.fromkeys(ticked))  # keep order, drop repeats
        unknown = [t for t in chosen if t not in known]
        if unknown:
            raise NotOfferedError(
                f"{kind} {node.id!r} has no item {unknown[0]!r}",
                offered=tuple(item.id for item in node.items),
            )
        gained: dict[CompetencyId, int] = {}
        if node.id not in state.answered_checklists:
            gained[node.competency] = node.points_for(frozenset(chosen))
        target = resolve_next(node.next, _StateContext(state))
        step = Step(
            node.id,
            action,
            target,
            ticked=tuple(ItemId(t) for t in chosen),
            gained=gained,
            note=note,
        )
        return self._enter(self._record(state, step), target)

    def play(self, state: PlayState, token: str, note: str = "") -> PlayState:
        """Apply a CLI-style token: a choice id, ``timeout``, or comma-separated items.

        At a report node the token is the ticked items and ``note`` the text written.
        """
        node = self.current_node(state)
        if isinstance(node, DecisionNode):
            timeout_applies = token == TIMEOUT_CHOICE and node.on_timeout is not None
            if timeout_applies and not any(c.id == token for c in self.offered(state)):
                return self.time_out(state)
            return self.choose(state, token)
        if isinstance(node, ChecklistNode | ReportNode):
            items = [t.strip() for t in token.split(",") if t.strip()]
            if isinstance(node, ReportNode):
                return self.report(state, note, items)
            return self.answer(state, items)
        if isinstance(node, SceneNode):
            return self.continue_(state)
        raise PlayError("the attempt has ended")

    def continue_scenes(self, state: PlayState) -> PlayState:
        """Step through scene nodes until a node that needs the player (or an ending)."""
        while not state.finished and isinstance(self.current_node(state), SceneNode):
            state = self.continue_(state)
        return state

    # -- internals -------------------------------------------------------------

    def _require(self, state: PlayState, kind: type[_N], verb: str) -> _N:
        if state.finished:
            raise PlayError("the attempt has already ended")
        node = self.current_node(state)
        if not isinstance(node, kind):
            raise PlayError(f"cannot {verb} at {node.type.value} node {node.id!r}")
        return node

    def _apply_choice(
        self, state: PlayState, node: DecisionNode, choice: Choice, action: Action
    ) -> PlayState:
        # Points count once per attempt: a loop offering the same choice again earns nothing.
        first_time = (node.id, choice.id) not in state.chosen
        gained = {c: p for c, p in choice.score.items() if p} if first_time else {}
        variables = apply_effects(state.variables, choice.effects, self.scenario.variables)
        step = Step(node.id, action, node.id, choice=choice.id, gained=gained)
        # Routes see the state after this choice: its effects and the choice itself.
        provisional = self._record(state, step, variables=variables)
        target = resolve_next(choice.next, _StateContext(provisional))
        step = Step(node.id, action, target, choice=choice.id, gained=gained)
        return self._enter(self._record(state, step, variables=variables), target)

    def _record(
        self,
        state: PlayState,
        step: Step,
        *,
        variables: Mapping[VariableName, int] | None = None,
    ) -> PlayState:
        if len(state.steps) >= MAX_STEPS:
            raise PlayError(f"more than {MAX_STEPS} steps: the scenario loops without end")
        points = dict(state.points)
        for competency, gained in step.gained.items():
            points[competency] = points.get(competency, 0) + gained
        return PlayState(
            scenario_id=state.scenario_id,
            version=state.version,
            node=state.node,
            variables=state.variables if variables is None else variables,
            path=state.path,
            steps=(*state.steps, step),
            points=points,
            finished=state.finished,
        )

    def _enter(self, state: PlayState, node_id: NodeId) -> PlayState:
        node = self.scenario.node(node_id)
        return PlayState(
            scenario_id=state.scenario_id,
            version=state.version,
            node=node_id,
            variables=state.variables,
            path=(*state.path, node_id),
            steps=state.steps,
            points=state.points,
            finished=isinstance(node, EndingNode),
        )


def a_way_to(scenario: Scenario, node: str) -> tuple[NodeId, ...] | None:
    """The nodes of a shortest way from the start to ``node``, ``node`` left out
    (conditions ignored): a starting guess for ``start_at``'s ``visited``.

    Empty when ``node`` is the start; None when no way leads there.
    """
    came_from: dict[NodeId, NodeId | None] = {scenario.start: None}
    queue = deque([scenario.start])
    while queue:
        current = queue.popleft()
        if current == node:
            way: list[NodeId] = []
            step = came_from[current]
            while step is not None:
                way.append(step)
                step = came_from[step]
            return tuple(reversed(way))
        for target in node_successors(scenario.node(current)):
            if target not in came_from and target in scenario.nodes:
                came_from[target] = current
                queue.append(target)
    return None
