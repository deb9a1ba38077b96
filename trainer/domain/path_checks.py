"""Validator checks that follow every playable path: harmful choices and text alternatives.

Both read the projected state graph of the exact analysis
(:class:`~trainer.domain.analysis.Exploration`), so "can a player get there" means
what the engine allows, conditions and variables included:

- ``harmful-success``: after taking a choice rated harmful, a success ending can
  still be reached. Which success endings each state can reach comes from one
  pass over the graph's strongly connected components (sinks first), and the
  example from one backward breadth-first search: both linear in the graph.
- ``variant-unreachable``: a text alternative that is never the one shown, because
  its condition is false in every state in which its text is chosen, or because an
  earlier alternative holds whenever it does.

When the graph is not complete (a bound stopped the exploration), the check says so
in one finding of its own instead of passing silently; what was found in the
explored part is still reported, as far as it is sound.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass

from trainer.domain.analysis import (
    LIMIT_WORK,
    MAX_WORK,
    Analysis,
    Exploration,
    StateGraph,
    WorkExhausted,
    analyse,
    strongly_connected,
)
from trainer.domain.findings import Finding, warning
from trainer.domain.ids import TIMEOUT_CHOICE, ChoiceId, NodeId
from trainer.domain.model import DecisionNode, EndingNode, Outcome, Rating, Scenario
from trainer.domain.variants import Variants
from trainer.domain.walk import Located, Path, iter_path_texts

#: Most example steps a message spells out (the path is cut in the middle beyond that).
EXAMPLE_STEPS = 12


@dataclass(frozen=True, slots=True)
class HarmfulSuccess:
    """A choice rated harmful after which a success ending can still be reached."""

    node: NodeId
    choice: ChoiceId
    path: Path  # the choice in the document
    endings: tuple[NodeId, ...]  # the success endings reachable after it, in file order
    example: tuple[str, ...]  # a shortest play: the tokens from the start to an ending
    example_ending: NodeId


@dataclass(frozen=True, slots=True)
class VariantUse:
    """Which alternatives of one path-aware text a player can see, and which can hold."""

    where: Located  # the field (``…/text``, ``…/feedback``, ``…/debrief``, ``…/title``)
    count: int  # how many alternatives
    moments: int  # distinct states in which the text is chosen (0: never shown)
    chosen: frozenset[int]  # indices shown in some state
    #: For each index whose condition is true in some state (the fallback's always is):
    #: the indices shown in those states (itself, or earlier ones that win).
    shown_when_true: dict[int, frozenset[int]]


def check_paths(scenario: Scenario, analysis: Analysis) -> Iterator[Finding]:
    """``harmful-success`` and ``variant-unreachable`` findings (and their incomplete forms).

    Reads ``analysis.exploration``; an analysis made without it is redone with the
    default bounds (``check_scenario`` keeps it, so this happens only for other callers).
    """
    exploration = analysis.exploration
    if exploration is None:
        exploration = analyse(scenario, keep_exploration=True).exploration
        assert exploration is not None
    yield from check_harmful_success(scenario, exploration)
    yield from check_variants(scenario, exploration)


# -- harmful-success -------------------------------------------------------------------


def check_harmful_success(scenario: Scenario, exploration: Exploration) -> Iterator[Finding]:
    """A finding per harmful choice that still allows success, and one if incomplete."""
    for found in harmful_successes(scenario, exploration):
        endings = ", ".join(repr(e) for e in found.endings)
        plural = "s" if len(found.endings) > 1 else ""
        yield warning(
            "harmful-success",
            f"this choice is rated harmful, yet a player who takes it can still reach the "
            f"success ending{plural} {endings}; e.g. {_example(found)}",
            path=found.path,
            node=found.node,
            choice=found.choice,
        )
    graph = exploration.graph
    if not graph.complete and any(True for _ in _harmful_choices(scenario)):
        yield warning(
            "harmful-success-incomplete",
            f"could not check every harmful choice for a way on to success: {_why(graph)}; "
            "only the situations explored were checked, so a harmful choice not named in a "
            "harmful-success warning may still lead to success",
            path=("nodes",),
        )


def _example(found: HarmfulSuccess) -> str:
    tokens = [token if token else "(nothing ticked)" for token in found.example]
    if len(tokens) > EXAMPLE_STEPS:
        half = EXAMPLE_STEPS // 2
        tokens = [*tokens[:half], "…", *tokens[-half:]]
    steps = " → ".join(tokens) if tokens else "(no choice)"
    return f"{steps} ends in {found.example_ending!r}"


def _why(graph: StateGraph) -> str:
    if graph.limit_reached == LIMIT_WORK:
        return (
            f"following every path takes too much work (stopped after {len(graph.states):,} "
            "distinct situations)"
        )
    return f"there are too many distinct situations (over {len(graph.states):,})"


def _harmful_choices(scenario: Scenario) -> Iterator[tuple[NodeId, ChoiceId, Path]]:
    for node in scenario.nodes.values():
        if not isinstance(node, DecisionNode):
            continue
        for index, choice in enumerate(node.choices):
            if choice.rating is Rating.HARMFUL:
                yield node.id, choice.id, ("nodes", node.id, "choices", index)
        timeout = node.on_timeout
        if timeout is not None and timeout.rating is Rating.HARMFUL:
            yield node.id, ChoiceId(TIMEOUT_CHOICE), ("nodes", node.id, "on_timeout")


def harmful_successes(scenario: Scenario, exploration: Exploration) -> list[HarmfulSuccess]:
    """Every harmful choice after which the explored graph reaches a success ending."""
    harmful = {(node, choice): path for node, choice, path in _harmful_choices(scenario)}
    if not harmful:
        return []
    graph = exploration.graph
    success_endings = [
        node_id
        for node_id, node in scenario.nodes.items()
        if isinstance(node, EndingNode) and node.outcome is Outcome.SUCCESS
    ]
    bit_of = {ending: 1 << index for index, ending in enumerate(success_endings)}
    reach = _success_reach(graph, bit_of)
    at_success = [i for i, state in enumerate(graph.states) if state.node in bit_of]
    distance, toward = _distances(graph, at_success)
    depth = _depths(graph)
    reached: dict[tuple[NodeId, ChoiceId], int] = {}  # the success endings' bits
    shortest: dict[tuple[NodeId, ChoiceId], tuple[int, int, int]] = {}  # length, state, edge
    for source, edges in enumerate(graph.edges):
        node_id = graph.states[source].node
        for edge_index, edge in enumerate(edges):
            if edge.token is None or not reach[edge.target]:
                continue
            key = (node_id, ChoiceId(edge.token))
            if key not in harmful:
                continue
            reached[key] = reached.get(key, 0) | reach[edge.target]
            length = depth[source] + 1 + distance[edge.target]
            if key not in shortest or length < shortest[key][0]:
                shortest[key] = (length, source, edge_index)
    result: list[HarmfulSuccess] = []
    for key, path in harmful.items():
        if key not in reached:
            continue
        _, source, edge_index = shortest[key]
        tokens, ending = _example_path(graph, source, edge_index, toward)
        result.append(
            HarmfulSuccess(
                node=key[0],
                choice=key[1],
                path=path,
                endings=tuple(e for e in success_endings if reached[key] & bit_of[e]),
                example=tokens,
                example_ending=ending,
            )
        )
    return result


def _success_reach(graph: StateGraph, bit_of: dict[NodeId, int]) -> list[int]:
    """For each state, the bits of the success endings reachable from it.

    Over the strongly connected components, sinks first: linear in the graph, however
    many success endings there are (each a bit of one integer).
    """
    successors = [[edge.target for edge in edges] for edges in graph.edges]
    component, components = strongly_connected(len(graph.states), successors)
    mask = [0] * len(components)
    for index, members in enumerate(components):
        bits = 0
        for member in members:
            bits |= bit_of.get(graph.states[member].node, 0)
            for target in successors[member]:
                bits |= mask[component[target]]  # its own component adds 0 until done
        mask[index] = bits
    return [mask[component[state]] for state in range(len(graph.states))]


def _distances(graph: StateGraph, roots: list[int]) -> tuple[list[int], list[int | None]]:
    """Fewest transitions from each state to a root, and the edge index that starts them."""
    count = len(graph.states)
    predecessors: list[list[tuple[int, int]]] = [[] for _ in range(count)]
    for source, edges in enumerate(graph.edges):
        for edge_index, edge in enumerate(edges):
            predecessors[edge.target].append((source, edge_index))
    far = count + 1
    distance = [far] * count
    toward: list[int | None] = [None] * count
    queue = deque(roots)
    for root in roots:
        distance[root] = 0
    while queue:
        state = queue.popleft()
        for source, edge_index in predecessors[state]:
            if distance[source] == far:
                distance[source] = distance[state] + 1
                toward[source] = edge_index
                queue.append(source)
    return distance, toward


def _depths(graph: StateGraph) -> list[int]:
    """Transitions from the start along the exploration's (breadth-first, so shortest) tree."""
    depth = [0] * len(graph.states)
    for state, link in enumerate(graph.parent):
        if link is not None:  # a parent is always explored, so numbered, before its children
            depth[state] = depth[link[0]] + 1
    return depth


def _example_path(
    graph: StateGraph, source: int, edge_index: int, toward: list[int | None]
) -> tuple[tuple[str, ...], NodeId]:
    """The tokens from the start through edge ``edge_index`` of ``source`` to success."""
    before: list[str | None] = []
    state = source
    while (link := graph.parent[state]) is not None:
        before.append(graph.edges[link[0]][link[1]].token)
        state = link[0]
    before.reverse()
    edge = graph.edges[source][edge_index]
    after: list[str | None] = [edge.token]
    state = edge.target
    while (step := toward[state]) is not None:
        next_edge = graph.edges[state][step]
        after.append(next_edge.token)
        state = next_edge.target
    tokens = tuple(t for t in (*before, *after) if t is not None)  # scenes need no token
    return tokens, graph.states[state].node


# -- variant-unreachable ----------------------------------------------------------------


def check_variants(
    scenario: Scenario, exploration: Exploration, *, max_work: int = MAX_WORK
) -> Iterator[Finding]:
    """A finding per alternative no player can see, or one saying the check could not run."""
    conditional = [
        (where, value)
        for where, value in iter_path_texts(scenario)
        if isinstance(value, Variants) and len(value.alternatives) > 1
    ]
    if not conditional:
        return
    if not exploration.text_exact:
        graph = exploration.graph
        reason = (
            _why(graph)
            if not graph.complete
            else "tracking what the texts' conditions test makes too many distinct situations"
        )
        yield warning(
            "variant-unreachable-incomplete",
            f"could not check which text alternatives a player can see: {reason}",
            path=("nodes",),
        )
        return
    try:
        uses = variant_uses(scenario, exploration, max_work=max_work)
    except WorkExhausted:
        yield warning(
            "variant-unreachable-incomplete",
            "could not check which text alternatives a player can see: testing their "
            f"conditions in every situation takes too much work (over {max_work:,} steps)",
            path=("nodes",),
        )
        return
    for use in uses:
        if use.moments == 0:
            continue  # never shown at all: unreachable-node or never-offered says so
        for index in range(use.count - 1):  # the last one is also what lists show
            if index in use.chosen:
                continue
            yield warning(
                "variant-unreachable",
                _unreachable_message(use, index),
                path=(*use.where.path, index),
                node=use.where.node,
                choice=use.where.choice,
            )


def _unreachable_message(use: VariantUse, index: int) -> str:
    field = str(use.where.path[-1])
    ordinal = f"alternative {index + 1} of {use.count} of this {field}"
    if index not in use.shown_when_true:
        return (
            f"{ordinal} is never shown: its condition is false in every situation a player "
            f"can reach here ({_moment(field)})"
        )
    earlier = ", ".join(str(i + 1) for i in sorted(use.shown_when_true[index]))
    return (
        f"{ordinal} is never shown: whenever its condition holds, an earlier alternative "
        f"({earlier}) holds too and is shown instead"
    )


def _moment(field: str) -> str:
    if field == "feedback":
        return "feedback is chosen with the state before the choice applies"
    if field == "debrief":
        return "the debrief is chosen when the ending is reached"
    return f"the {field} is chosen when the node is entered"


def variant_uses(
    scenario: Scenario, exploration: Exploration, *, max_work: int = MAX_WORK
) -> list[VariantUse]:
    """For every list of text alternatives: which are shown and which can hold.

    Needs ``exploration.text_exact``; the states at a node are the states standing
    there when its text, title or debrief is chosen; a feedback's are those at its
    decision in which its choice is offered (the state before the choice applies).
    Every condition is tested in every such state, counted as the analysis counts
    (one unit, plus one per reference); WorkExhausted past ``max_work`` units, so
    a file built to be slow cannot stall the validator.
    """
    work = 0
    graph = exploration.graph
    states_at: dict[str, list[int]] = {}
    for index, projected in enumerate(graph.states):
        states_at.setdefault(projected.node, []).append(index)
    result: list[VariantUse] = []
    for where, value in iter_path_texts(scenario):
        if not isinstance(value, Variants):
            continue
        moments = states_at.get(where.node or "", [])
        if where.choice is not None:
            moments = [
                s for s in moments if any(edge.token == where.choice for edge in graph.edges[s])
            ]
        chosen: set[int] = set()
        shown_when_true: dict[int, set[int]] = {}
        last = len(value.alternatives) - 1
        cost = sum(
            1 + len(a.condition.references) for a in value.alternatives if a.condition is not None
        )
        work += cost * len(moments)
        if work > max_work:
            raise WorkExhausted
        for state in moments:
            context = exploration.context(state)
            true = [
                index
                for index, alternative in enumerate(value.alternatives)
                if alternative.condition is None or alternative.condition.evaluate(context)
            ]
            shown = true[0] if true else last
            chosen.add(shown)
            for index in true:
                shown_when_true.setdefault(index, set()).add(shown)
        result.append(
            VariantUse(
                where=where,
                count=len(value.alternatives),
                moments=len(moments),
                chosen=frozenset(chosen),
                shown_when_true={i: frozenset(s) for i, s in shown_when_true.items()},
            )
        )
    return result


__all__ = [
    "HarmfulSuccess",
    "VariantUse",
    "check_harmful_success",
    "check_paths",
    "check_variants",
    "harmful_successes",
    "variant_uses",
]
