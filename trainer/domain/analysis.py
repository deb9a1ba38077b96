"""Exact analysis of a scenario: reachable endings, maximum points, the best path.

The play state that matters for the future is projected to
``(node, variable values, tracked facts)``, where a fact is tracked only if
something can observe it: a node named in ``visited()``, a choice named in
``chose()``, or a scored choice or checklist on a cycle of the node graph
(where the once-per-attempt rule can bite). Everything else cannot change
what happens next, so dropping it keeps the state space close to the number
of nodes for ordinary scenarios while staying exact.

Why the longest-path search is exact on that graph: an edge that earns points
either sits on no cycle of the node graph (so no path repeats it) or sets a
tracked "already awarded" bit, which never clears. So every cycle of the
state graph earns nothing, and a maximum over its condensation (a DAG) is the
maximum over all playable paths. The overall percentage clamps each
competency at zero, which is not additive along a path; but
``sum(max(0, p_c)) = max over subsets S of sum_{c in S} p_c``, so the best
path is the best of one linear search per subset of the competencies that
can lose points (usually none or one).

Text alternatives (format 1.1) do not change where play goes, but the
validator asks which of them a player can see. When their conditions test
``visited()``/``chose()`` facts that no flow condition tests, the analysis
tracks those facts too (only then, so a scenario without such text costs
exactly what it did). If that finer projection is too large, the analysis is
redone without it, so the scores stay exact and only the text check says it
could not finish (:attr:`Exploration.text_exact`).

When the projected state space passes :data:`MAX_STATES`, or the work of
building and searching it passes :data:`MAX_WORK`, the analysis says it is not
exact and gives an upper bound from a relaxation that ignores conditions. The
work bound matters because a state is cheap to count but not to build: a hub
with hundreds of choices, each guarded by a condition near the length cap,
evaluates all of them in every state, and 50,000 such states took minutes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from typing import NamedTuple

from trainer.domain.conditions import Condition, ConditionContext
from trainer.domain.engine import PlayState
from trainer.domain.ids import ChoiceId, CompetencyId, NodeId, VariableName
from trainer.domain.model import (
    AnyNode,
    ChecklistItem,
    ChecklistNode,
    Choice,
    DecisionNode,
    EndingNode,
    Next,
    Outcome,
    ReportNode,
    Scenario,
    SceneNode,
    Variable,
    node_successors,
)
from trainer.domain.walk import iter_flow_conditions, iter_text_conditions

MAX_STATES = 50_000
#: Most units of work one analysis may do. A unit is about 0.1–0.2 µs here: one
#: comparison or reference of a condition evaluated, or one edge visited by a
#: longest-path pass. Building a transition (a new state hashed, an edge kept)
#: costs :data:`TRANSITION_UNITS` plus one per variable and per 32 tracked facts
#: (the state's values are copied and hashed). The bound keeps the whole analysis
#: to a second or two, and its memory to tens of megabytes, for any file under the
#: size cap.
MAX_WORK = 6_000_000
TRANSITION_UNITS = 20
PASS_UNITS = 4
#: What ``Analysis.limit_reached`` names when a bound stopped the analysis.
LIMIT_STATES = "states"
LIMIT_WORK = "work"
#: "No way to an ending from here" in the longest-path values. None, not float("-inf"):
#: every value stays a Python int, so sums of large scores are exact (a float
#: loses the last digits past 2**53).
UNREACHABLE: None = None

Gain = tuple[tuple[int, int], ...]  # (competency index, points), non-zero only


@dataclass(frozen=True, slots=True)
class Edge:
    """A transition of the projected state graph."""

    target: int
    gain: Gain
    token: str | None  # choice id, comma-joined checklist items, or None for a scene


class AnalysisState(NamedTuple):
    """A projected play state (a tuple: this is built and hashed once per transition)."""

    node: NodeId
    variables: tuple[int, ...]
    facts: int


@dataclass
class StateGraph:
    """Every projected state reachable from the start, with its transitions."""

    states: list[AnalysisState] = field(default_factory=list)
    edges: list[list[Edge]] = field(default_factory=list)
    parent: list[tuple[int, int] | None] = field(default_factory=list)  # (state, edge index)
    complete: bool = True
    limit_reached: str | None = None  # LIMIT_STATES or LIMIT_WORK when not complete


class WorkExhausted(Exception):
    """The analysis used up its :data:`MAX_WORK` budget."""


class _Budget:
    """Counts the analysis's work units and stops it at the bound."""

    __slots__ = ("limit", "used")

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0

    def spend(self, units: int) -> None:
        self.used += units
        if self.used > self.limit:
            raise WorkExhausted


@dataclass(frozen=True, slots=True)
class Problem:
    """A situation a player can reach that breaks the scenario."""

    kind: str  # "no-way-out" (no choice offered) or "trapped" (no ending reachable)
    node: NodeId
    example_path: tuple[NodeId, ...]


@dataclass(frozen=True)
class Analysis:
    """What ``trainer analyze`` reports, plus details the validator and debrief use."""

    exact: bool
    maximum: dict[CompetencyId, int]
    endings: tuple[NodeId, ...]
    best_path: tuple[NodeId, ...] | None
    best_tokens: tuple[str, ...] | None
    best_points: dict[CompetencyId, int] | None
    reached_nodes: frozenset[NodeId]
    offered_choices: frozenset[tuple[NodeId, ChoiceId]]
    problems: tuple[Problem, ...]
    state_count: int
    work: int = 0  # units of work spent (see MAX_WORK)
    limit_reached: str | None = None  # LIMIT_STATES or LIMIT_WORK when not exact
    #: The explored state graph, kept only when asked (``keep_exploration``): the
    #: validator's path checks read it, and nothing else should hold on to its memory.
    exploration: Exploration | None = field(default=None, compare=False, repr=False)

    @property
    def success_reachable(self) -> bool:
        """Whether some playable path ends in success (exact analyses only)."""
        return self.best_path is not None


class _Context:
    """Condition context over a projected state."""

    __slots__ = ("_chose", "_facts", "_var_index", "_variables", "_visited")

    def __init__(
        self,
        variables: tuple[int, ...],
        facts: int,
        var_index: dict[str, int],
        visited_bits: dict[str, int],
        chose_bits: dict[tuple[str, str], int],
    ) -> None:
        self._variables = variables
        self._facts = facts
        self._var_index = var_index
        self._visited = visited_bits
        self._chose = chose_bits

    def variable(self, name: str) -> int:
        index = self._var_index.get(name)
        return 0 if index is None else self._variables[index]

    def visited(self, node_id: str) -> bool:
        bit = self._visited.get(node_id)
        return bit is not None and bool(self._facts & bit)

    def chose(self, node_id: str, choice_id: str) -> bool:
        bit = self._chose.get((node_id, choice_id))
        return bit is not None and bool(self._facts & bit)


def _all_choices(node: DecisionNode) -> tuple[Choice, ...]:
    return node.choices + ((node.on_timeout,) if node.on_timeout is not None else ())


def strongly_connected(
    count: int, successors: Sequence[Iterable[int]]
) -> tuple[list[int], list[list[int]]]:
    """Tarjan's algorithm, iteratively; components come out sinks first."""
    index = [0] * count
    low = [0] * count
    on_stack = [False] * count
    seen = [False] * count
    component = [-1] * count
    components: list[list[int]] = []
    stack: list[int] = []
    counter = 1
    for root in range(count):
        if seen[root]:
            continue
        work: list[tuple[int, Iterable[int]]] = [(root, iter(successors[root]))]
        seen[root] = True
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack[root] = True
        while work:
            vertex, children = work[-1]
            advanced = False
            for child in children:
                if not seen[child]:
                    seen[child] = True
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack[child] = True
                    work.append((child, iter(successors[child])))
                    advanced = True
                    break
                if on_stack[child]:
                    low[vertex] = min(low[vertex], index[child])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[vertex])
            if low[vertex] == index[vertex]:
                members: list[int] = []
                while True:
                    member = stack.pop()
                    on_stack[member] = False
                    component[member] = len(components)
                    members.append(member)
                    if member == vertex:
                        break
                components.append(members)
    return component, components


class _Explorer:
    """Builds the projected state graph of one scenario."""

    def __init__(
        self, scenario: Scenario, max_states: int, budget: _Budget, *, text_facts: bool = False
    ) -> None:
        self.scenario = scenario
        #: Whether the facts that text alternatives test are tracked as well.
        self.text_facts = text_facts
        self.max_states = max_states
        self.budget = budget
        self._condition_costs: dict[int, int] = {}
        self.competencies = list(scenario.competencies)
        self.comp_index = {cid: i for i, cid in enumerate(self.competencies)}
        self.var_names = list(scenario.variables)
        self.var_index: dict[str, int] = {name: i for i, name in enumerate(self.var_names)}
        self._effect_plans: dict[int, list[tuple[int, int, Variable]]] = {}
        self._gains: dict[int, Gain] = {}
        self._assign_fact_bits()
        fact_bits = len(self.visited_bits) + len(self.chose_bits) + len(self.checklist_bits)
        self.transition_units = TRANSITION_UNITS + len(self.var_names) + fact_bits // 32

    def _assign_fact_bits(self) -> None:
        scenario = self.scenario
        visited_refs: set[str] = set()
        chose_refs: set[tuple[str, str]] = set()
        for condition in _conditions(scenario, text=self.text_facts):
            visited_refs |= condition.visited_nodes
            chose_refs |= condition.chosen_pairs
        cyclic = _cyclic_nodes(scenario)
        awarded: set[tuple[str, str]] = set()
        checklists: set[str] = set()
        for node in scenario.nodes.values():
            if node.id not in cyclic:
                continue
            if isinstance(node, DecisionNode):
                for choice in _all_choices(node):
                    if any(choice.score.values()):
                        awarded.add((node.id, choice.id))
            elif isinstance(node, ChecklistNode | ReportNode) and node.maximum > 0:
                checklists.add(node.id)
        bit = 1
        self.visited_bits: dict[str, int] = {}
        for node_id in sorted(visited_refs):
            self.visited_bits[node_id] = bit
            bit <<= 1
        self.chose_bits: dict[tuple[str, str], int] = {}
        for pair in sorted(chose_refs | awarded):
            self.chose_bits[pair] = bit
            bit <<= 1
        self.checklist_bits: dict[str, int] = {}
        for node_id in sorted(checklists):
            self.checklist_bits[node_id] = bit
            bit <<= 1

    def _context(self, variables: tuple[int, ...], facts: int) -> _Context:
        return _Context(variables, facts, self.var_index, self.visited_bits, self.chose_bits)

    def _enter(self, node_id: NodeId, facts: int) -> int:
        return facts | self.visited_bits.get(node_id, 0)

    def _gain(self, score: Mapping[CompetencyId, int]) -> Gain:
        return tuple(
            sorted((self.comp_index[c], p) for c, p in score.items() if p and c in self.comp_index)
        )

    def _apply(self, variables: tuple[int, ...], choice: Choice) -> tuple[int, ...]:
        """``apply_effects`` on a tuple of values (same clamping), planned once per choice."""
        plan = self._effect_plans.get(id(choice))
        if plan is None:
            plan = []
            for name, delta in choice.effects.items():
                index = self.var_index.get(name)
                if index is not None:
                    plan.append((index, delta, self.scenario.variables[name]))
            self._effect_plans[id(choice)] = plan
        values = list(variables)
        for index, delta, declared in plan:
            values[index] = declared.clamp(values[index] + delta)
        return tuple(values)

    def _holds(self, condition: Condition, context: _Context) -> bool:
        """``condition`` evaluated, its cost charged to the budget first."""
        cost = self._condition_costs.get(id(condition))
        if cost is None:
            cost = self._condition_costs[id(condition)] = 1 + len(condition.references)
        self.budget.spend(cost)
        return condition.evaluate(context)

    def _resolve(self, next_: Next, variables: tuple[int, ...], facts: int) -> NodeId:
        routes = next_.routes
        if len(routes) == 1:  # the common case needs no condition context
            return routes[0].to
        context = self._context(variables, facts)
        for route in routes:
            if route.condition is None or self._holds(route.condition, context):
                return route.to
        return routes[-1].to

    def transitions(self, state: AnalysisState) -> list[tuple[AnalysisState, Gain, str | None]]:
        """The projected successors of ``state`` with what each earns."""
        node = self.scenario.nodes[state.node]
        result: list[tuple[AnalysisState, Gain, str | None]] = []
        if isinstance(node, SceneNode):
            target = self._resolve(node.next, state.variables, state.facts)
            facts = self._enter(target, state.facts)
            result.append((AnalysisState(target, state.variables, facts), (), None))
        elif isinstance(node, ChecklistNode | ReportNode):
            # A report's best answer ticks every item (points are self-assessed).
            bit = self.checklist_bits.get(node.id, 0)
            already = bool(bit and state.facts & bit)
            gain: Gain = ()
            if not already and node.maximum:
                gain = ((self.comp_index[node.competency], node.maximum),)
            target = self._resolve(node.next, state.variables, state.facts)
            facts = self._enter(target, state.facts | bit)
            token = ",".join(
                item.id
                for item in node.items
                if not isinstance(item, ChecklistItem) or item.correct
            )
            result.append((AnalysisState(target, state.variables, facts), gain, token))
        elif isinstance(node, DecisionNode):
            context = self._context(state.variables, state.facts)
            options: list[Choice] = [
                c for c in node.choices if c.condition is None or self._holds(c.condition, context)
            ]
            if node.on_timeout is not None:
                options.append(node.on_timeout)
            for choice in options:
                result.append(self._choose(node, choice, state))
        return result

    def _choose(
        self, node: DecisionNode, choice: Choice, state: AnalysisState
    ) -> tuple[AnalysisState, Gain, str | None]:
        bit = self.chose_bits.get((node.id, choice.id), 0)
        already = bool(bit and state.facts & bit)
        gain: Gain = ()
        if not already:
            cached = self._gains.get(id(choice))
            if cached is None:
                cached = self._gains[id(choice)] = self._gain(choice.score)
            gain = cached
        variables = state.variables
        if choice.effects:
            variables = self._apply(variables, choice)
        facts = state.facts | bit
        target = self._resolve(choice.next, variables, facts)
        facts = self._enter(target, facts)
        return AnalysisState(target, variables, facts), gain, choice.id

    def initial_state(self) -> AnalysisState:
        """The projected state at the start of an attempt."""
        scenario = self.scenario
        initial_vars = tuple(
            scenario.variables[VariableName(n)].clamp(scenario.variables[VariableName(n)].initial)
            for n in self.var_names
        )
        return AnalysisState(scenario.start, initial_vars, self._enter(scenario.start, 0))

    def project(self, state: PlayState) -> AnalysisState:
        """The projected state of a play state (what can still influence the future)."""
        facts = 0
        for node_id in set(state.path):
            facts |= self.visited_bits.get(node_id, 0)
        for pair in state.chosen:
            facts |= self.chose_bits.get(pair, 0)
        for node_id in state.answered_checklists:
            facts |= self.checklist_bits.get(node_id, 0)
        variables = tuple(state.variables.get(VariableName(n), 0) for n in self.var_names)
        return AnalysisState(state.node, variables, facts)

    def explore(self, initial: AnalysisState | None = None) -> StateGraph:
        graph = StateGraph()
        if initial is None:
            initial = self.initial_state()
        index_of: dict[AnalysisState, int] = {initial: 0}
        graph.states.append(initial)
        graph.edges.append([])
        graph.parent.append(None)
        queue: deque[int] = deque([0])
        while queue:
            current = queue.popleft()
            try:
                transitions = self.transitions(graph.states[current])
                self.budget.spend(1 + self.transition_units * len(transitions))
            except WorkExhausted:
                graph.complete = False
                graph.limit_reached = LIMIT_WORK
                return graph
            for successor, gain, token in transitions:
                target = index_of.get(successor)
                if target is None:
                    if len(graph.states) >= self.max_states:
                        graph.complete = False
                        graph.limit_reached = LIMIT_STATES
                        return graph
                    target = len(graph.states)
                    index_of[successor] = target
                    graph.states.append(successor)
                    graph.edges.append([])
                    graph.parent.append((current, len(graph.edges[current])))
                    queue.append(target)
                graph.edges[current].append(Edge(target, gain, token))
        return graph


def _conditions(scenario: Scenario, *, text: bool = False) -> Iterable[Condition]:
    for _, condition in iter_flow_conditions(scenario):
        yield condition
    if text:
        for _, condition in iter_text_conditions(scenario):
            yield condition


def _text_needs_more_facts(scenario: Scenario) -> bool:
    """Whether a text alternative tests a visited/chose fact no flow condition tests.

    (A chose() fact may also be tracked because its choice scores on a cycle; a text
    condition naming it still counts here, which costs at most an identical rerun.)
    """
    visited: set[str] = set()
    chosen: set[tuple[str, str]] = set()
    for condition in _conditions(scenario):
        visited |= condition.visited_nodes
        chosen |= condition.chosen_pairs
    for _, condition in iter_text_conditions(scenario):
        if condition.visited_nodes - visited or condition.chosen_pairs - chosen:
            return True
    return False


@dataclass(frozen=True, eq=False)
class Exploration:
    """The projected state graph of an analysis, and how to read conditions over it.

    ``graph.complete`` says whether every reachable state is in it; when not, what is
    there is still true (every state and edge is playable), only not everything.
    ``text_exact`` says whether a text alternative's condition can be evaluated on
    these states: the graph is complete and tracks every fact the texts test.
    """

    scenario: Scenario
    graph: StateGraph
    text_exact: bool
    _explorer: _Explorer

    def context(self, state: int) -> ConditionContext:
        """A condition context for the state with index ``state`` of the graph."""
        projected = self.graph.states[state]
        return self._explorer._context(projected.variables, projected.facts)


def _cyclic_nodes(scenario: Scenario) -> set[NodeId]:
    """Nodes that lie on a cycle of the node graph (so can be entered twice)."""
    ids = list(scenario.nodes)
    position = {node_id: i for i, node_id in enumerate(ids)}
    successors = [
        [position[t] for t in node_successors(scenario.nodes[node_id]) if t in position]
        for node_id in ids
    ]
    component, components = strongly_connected(len(ids), successors)
    cyclic: set[NodeId] = set()
    for i, node_id in enumerate(ids):
        members = components[component[i]]
        if len(members) > 1 or i in successors[i]:
            cyclic.add(node_id)
    return cyclic


def _path_to(graph: StateGraph, state: int) -> tuple[NodeId, ...]:
    nodes: list[NodeId] = []
    current: int | None = state
    while current is not None:
        nodes.append(graph.states[current].node)
        link = graph.parent[current]
        current = link[0] if link is not None else None
    return tuple(reversed(nodes))


class _LongestPaths:
    """Max-plus dynamic programming over the condensation of the state graph."""

    def __init__(self, graph: StateGraph, scenario: Scenario, budget: _Budget) -> None:
        self.graph = graph
        self.budget = budget
        count = len(graph.states)
        successors = [[edge.target for edge in edges] for edges in graph.edges]
        self.component, self.components = strongly_connected(count, successors)
        # Edges that leave a component; inside one, edges earn nothing (module docstring).
        self.exits: list[list[tuple[int, Gain]]] = [
            [
                (self.component[edge.target], edge.gain)
                for state in members
                for edge in graph.edges[state]
                if self.component[edge.target] != c_index
            ]
            for c_index, members in enumerate(self.components)
        ]
        # A pass costs about 0.5 µs per state and exit: PASS_UNITS units each.
        self.pass_cost = PASS_UNITS * (len(graph.states) + sum(len(e) for e in self.exits))
        self.endings = [isinstance(scenario.nodes[s.node], EndingNode) for s in graph.states]
        self.success = [
            isinstance(node := scenario.nodes[s.node], EndingNode)
            and node.outcome is Outcome.SUCCESS
            for s in graph.states
        ]

    def values(self, weights: Sequence[int], *, success_only: bool) -> list[int | None]:
        """Best total of ``weights``·points from each state to an (successful) ending.

        None where no such ending can be reached.
        """
        goal = self.success if success_only else self.endings
        self.budget.spend(self.pass_cost)
        value_of_component: list[int | None] = [UNREACHABLE] * len(self.components)
        for c_index, members in enumerate(self.components):  # sinks first
            best: int | None = UNREACHABLE
            for state in members:
                if goal[state]:
                    best = 0
                    break
            for target_component, gain in self.exits[c_index]:
                downstream = value_of_component[target_component]
                if downstream is None:
                    continue
                total = downstream
                for i, p in gain:
                    total += weights[i] * p
                if best is None or total > best:
                    best = total
            value_of_component[c_index] = best
        component = self.component
        return [value_of_component[component[s]] for s in range(len(self.graph.states))]

    def follow(
        self, values: list[int | None], weights: Sequence[int], *, success_only: bool
    ) -> list[tuple[int, Edge]]:
        """The transitions of one optimal path from the start, as (state, edge) pairs."""
        goal = self.success if success_only else self.endings
        steps: list[tuple[int, Edge]] = []
        state = 0
        while not goal[state]:
            target_value = values[state]
            assert target_value is not None, "followed only from a state with a value"
            route = self._route_to_exit(state, values, weights, target_value)
            steps.extend(route)
            state = route[-1][1].target
        return steps

    def _route_to_exit(
        self, start: int, values: list[int | None], weights: Sequence[int], target_value: int
    ) -> list[tuple[int, Edge]]:
        """Shortest walk inside ``start``'s component to an edge that achieves the value."""
        home = self.component[start]
        came_from: dict[int, tuple[int, Edge] | None] = {start: None}
        queue: deque[int] = deque([start])
        while queue:
            state = queue.popleft()
            for edge in self.graph.edges[state]:
                if self.component[edge.target] != home:
                    downstream = values[edge.target]
                    gained = sum(weights[i] * p for i, p in edge.gain)
                    if downstream is not None and gained + downstream == target_value:
                        walk = [(state, edge)]
                        link = came_from[state]
                        while link is not None:
                            walk.append(link)
                            link = came_from[link[0]]
                        walk.reverse()
                        return walk
                elif edge.target not in came_from:
                    came_from[edge.target] = (state, edge)
                    queue.append(edge.target)
        raise AssertionError("an optimal exit must exist from a state with a finite value")


def analyse(
    scenario: Scenario,
    *,
    max_states: int = MAX_STATES,
    max_work: int = MAX_WORK,
    keep_exploration: bool = False,
) -> Analysis:
    """Explore every playable path of ``scenario`` (see the module docstring).

    ``keep_exploration`` keeps the state graph in :attr:`Analysis.exploration` for
    the validator's path checks.
    """
    text_facts = _text_needs_more_facts(scenario)
    budget = _Budget(max_work)
    explorer = _Explorer(scenario, max_states, budget, text_facts=text_facts)
    graph = explorer.explore()
    if not graph.complete and text_facts:
        # Tracking the texts' facts made the space too large; the scores need not pay.
        budget = _Budget(max_work)
        explorer = _Explorer(scenario, max_states, budget)
        graph = explorer.explore()
    exploration = None
    if keep_exploration:
        text_exact = graph.complete and explorer.text_facts == text_facts
        exploration = Exploration(scenario, graph, text_exact, explorer)
    if not graph.complete:
        return replace(
            _relaxed(scenario, graph, budget, graph.limit_reached), exploration=exploration
        )
    competencies = explorer.competencies
    paths = _LongestPaths(graph, scenario, budget)

    maximum: dict[CompetencyId, int] = {}
    try:
        for i, cid in enumerate(competencies):
            weights = [1 if j == i else 0 for j in range(len(competencies))]
            value = paths.values(weights, success_only=False)[0]
            maximum[cid] = value if value is not None else 0
        # One longest-path pass per subset of the competencies that can lose points:
        # many such competencies can use the budget up here too.
        best_path, best_tokens, best_points = _best_path(graph, paths, competencies)
    except WorkExhausted:
        return replace(_relaxed(scenario, graph, budget, LIMIT_WORK), exploration=exploration)
    problems = _problems(graph, scenario, paths)
    reached = frozenset(s.node for s in graph.states)
    offered = frozenset(
        (graph.states[i].node, ChoiceId(edge.token))
        for i, edges in enumerate(graph.edges)
        if isinstance(scenario.nodes[graph.states[i].node], DecisionNode)
        for edge in edges
        if edge.token is not None
    )
    endings = tuple(dict.fromkeys(s.node for i, s in enumerate(graph.states) if paths.endings[i]))
    return Analysis(
        exact=True,
        maximum=maximum,
        endings=tuple(sorted(endings, key=list(scenario.nodes).index)),
        best_path=best_path,
        best_tokens=best_tokens,
        best_points=best_points,
        reached_nodes=reached,
        offered_choices=offered,
        problems=problems,
        state_count=len(graph.states),
        work=budget.used,
        exploration=exploration,
    )


def _best_path(
    graph: StateGraph,
    paths: _LongestPaths,
    competencies: list[CompetencyId],
    earned: Sequence[int] | None = None,
) -> tuple[tuple[NodeId, ...] | None, tuple[str, ...] | None, dict[CompetencyId, int] | None]:
    """The path to success with the highest overall points (clamped at zero per competency).

    ``earned`` is what the attempt already has, when searching from a mid-play state.
    """
    already = list(earned) if earned is not None else [0] * len(competencies)
    # Only competencies that some transition can lower need the subset search.
    can_lose = sorted(
        {i for edges in graph.edges for edge in edges for i, p in edge.gain if p < 0}
        | {i for i, p in enumerate(already) if p < 0}
    )
    always = [i for i in range(len(competencies)) if i not in can_lose]
    best: tuple[int, list[int], list[int | None]] | None = None
    for size in range(len(can_lose) + 1):
        for subset in combinations(can_lose, size):
            chosen = set(always) | set(subset)
            weights = [1 if i in chosen else 0 for i in range(len(competencies))]
            values = paths.values(weights, success_only=True)
            start_value = values[0]
            if start_value is None:
                continue
            total = start_value + sum(already[i] for i in chosen)
            if best is None or total > best[0]:
                best = (total, weights, values)
    if best is None:
        return None, None, None
    _, weights, values = best
    steps = paths.follow(values, weights, success_only=True)
    nodes = [graph.states[0].node] + [graph.states[edge.target].node for _, edge in steps]
    tokens = [edge.token for _, edge in steps if edge.token is not None]
    points = {cid: 0 for cid in competencies}
    for _, edge in steps:
        for i, p in edge.gain:
            points[competencies[i]] += p
    return tuple(nodes), tuple(tokens), points


@dataclass(frozen=True, slots=True)
class Continuation:
    """The best way on from a point in an attempt (for the debrief)."""

    tokens: tuple[str, ...]
    path: tuple[NodeId, ...]
    points: dict[CompetencyId, int]  # the attempt's total at the end of this path


def best_continuation(scenario: Scenario, state: PlayState) -> Continuation | None:
    """The best path to a success ending from ``state``, or None (none, or too large)."""
    budget = _Budget(MAX_WORK)
    explorer = _Explorer(scenario, MAX_STATES, budget)
    graph = explorer.explore(explorer.project(state))
    if not graph.complete:
        return None
    competencies = explorer.competencies
    earned = [state.points.get(cid, 0) for cid in competencies]
    paths = _LongestPaths(graph, scenario, budget)
    try:
        nodes, tokens, gained = _best_path(graph, paths, competencies, earned)
    except WorkExhausted:
        return None
    if nodes is None or tokens is None or gained is None:
        return None
    total = {cid: earned[i] + gained[cid] for i, cid in enumerate(competencies)}
    return Continuation(tokens, nodes, total)


def _problems(graph: StateGraph, scenario: Scenario, paths: _LongestPaths) -> tuple[Problem, ...]:
    count = len(graph.states)
    predecessors: list[list[int]] = [[] for _ in range(count)]
    for source, edges in enumerate(graph.edges):
        for edge in edges:
            predecessors[edge.target].append(source)
    can_finish = [False] * count
    queue = deque(i for i in range(count) if paths.endings[i])
    for i in queue:
        can_finish[i] = True
    while queue:
        state = queue.popleft()
        for source in predecessors[state]:
            if not can_finish[source]:
                can_finish[source] = True
                queue.append(source)
    problems: dict[tuple[str, NodeId], Problem] = {}
    for i, projected in enumerate(graph.states):
        node = scenario.nodes[projected.node]
        if isinstance(node, DecisionNode) and not graph.edges[i]:
            key = ("no-way-out", projected.node)
            problems.setdefault(key, Problem("no-way-out", projected.node, _path_to(graph, i)))
        elif not can_finish[i] and not isinstance(node, EndingNode):
            key = ("trapped", projected.node)
            problems.setdefault(key, Problem("trapped", projected.node, _path_to(graph, i)))
    return tuple(problems.values())


def _relaxed(
    scenario: Scenario, graph: StateGraph, budget: _Budget, limit_reached: str | None
) -> Analysis:
    """An upper bound that ignores conditions: every route and choice is open.

    Linear in the size of the file (once per competency), so it needs no budget.
    """
    ids = list(scenario.nodes)
    position = {node_id: i for i, node_id in enumerate(ids)}
    competencies = list(scenario.competencies)
    successors = [
        [position[t] for t in node_successors(scenario.nodes[n]) if t in position] for n in ids
    ]
    component, components = strongly_connected(len(ids), successors)

    def outgoing(node: AnyNode) -> list[tuple[NodeId, Mapping[CompetencyId, int]]]:
        if isinstance(node, DecisionNode):
            return [(t, c.score) for c in _all_choices(node) for t in c.next.targets]
        if isinstance(node, ChecklistNode | ReportNode):
            return [(t, {node.competency: node.maximum}) for t in node.next.targets]
        if isinstance(node, SceneNode):
            return [(t, {}) for t in node.next.targets]
        return []

    # The graph's shape once; then one cheap pass per competency over it.
    has_ending = [False] * len(components)
    inside_gain: list[dict[CompetencyId, int]] = [{} for _ in components]
    exits: list[list[tuple[int, Mapping[CompetencyId, int]]]] = [[] for _ in components]
    for c_index, members in enumerate(components):
        for member in members:
            node = scenario.nodes[ids[member]]
            has_ending[c_index] = has_ending[c_index] or isinstance(node, EndingNode)
            for target, score in outgoing(node):
                target_component = component[position[target]]
                if target_component == c_index:
                    # Every positive gain inside a cycle can be collected, once.
                    for cid, points in score.items():
                        if points > 0:
                            inside_gain[c_index][cid] = inside_gain[c_index].get(cid, 0) + points
                else:
                    exits[c_index].append((target_component, score))

    maximum: dict[CompetencyId, int] = {}
    for cid in competencies:
        value: list[int | None] = [UNREACHABLE] * len(components)
        for c_index in range(len(components)):
            best_exit: int | None = 0 if has_ending[c_index] else UNREACHABLE
            for target_component, score in exits[c_index]:
                downstream = value[target_component]
                if downstream is None:
                    continue
                total = score.get(cid, 0) + downstream
                if best_exit is None or total > best_exit:
                    best_exit = total
            if best_exit is not None:
                value[c_index] = inside_gain[c_index].get(cid, 0) + best_exit
        start_value = value[component[position[scenario.start]]]
        maximum[cid] = start_value if start_value is not None else 0
    reachable = _reachable(scenario)
    endings = tuple(n for n in ids if n in reachable and isinstance(scenario.nodes[n], EndingNode))
    return Analysis(
        exact=False,
        maximum=maximum,
        endings=endings,
        best_path=None,
        best_tokens=None,
        best_points=None,
        reached_nodes=frozenset(reachable),
        offered_choices=frozenset(),
        problems=(),
        state_count=len(graph.states),
        work=budget.used,
        limit_reached=limit_reached,
    )


def _reachable(scenario: Scenario) -> set[NodeId]:
    seen = {scenario.start}
    queue = deque([scenario.start])
    while queue:
        for target in node_successors(scenario.nodes[queue.popleft()]):
            if target in scenario.nodes and target not in seen:
                seen.add(target)
                queue.append(target)
    return seen


__all__ = [
    "LIMIT_STATES",
    "LIMIT_WORK",
    "MAX_STATES",
    "MAX_WORK",
    "TRANSITION_UNITS",
    "Analysis",
    "Edge",
    "Exploration",
    "Problem",
    "StateGraph",
    "WorkExhausted",
    "analyse",
    "best_continuation",
    "node_successors",
    "strongly_connected",
]
