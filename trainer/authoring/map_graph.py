"""The scenario as the map draws it: a card per node, an arrow per way on.

Read from plain data (a node's dict as :meth:`ScenarioDocument.peek` gives it), so
the map of a large document is built without reading every node with ruamel. An
arrow is named by the DocPath of the ``next`` (or route) it draws: that path is
unique, tells the form where to go when the arrow is picked, and is how the map
knows which arrows to replace when one node changes.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from trainer.authoring.document import DocPath, ScenarioDocument

EdgeKind = Literal["next", "choice", "route", "timeout"]

_VARIANTS = re.compile(r"\{([^{}|]*)\|[^{}]*\}")

#: How much of a node's text a card shows (characters).
SNIPPET_CHARS = 140


@dataclass(frozen=True)
class MapNode:
    """What one card shows."""

    node_id: str
    node_type: str
    title: str
    snippet: str
    outcome: str | None = None  # endings: success, partial or failure
    #: Where arrows leave from (see :func:`node_ports`), in the file's order.
    ports: tuple[tuple[DocPath, str], ...] = ()


@dataclass(frozen=True)
class MapEdge:
    """One way from a node to the next: a choice, a ``next``, a route or the time-out.

    ``path`` is where the target is written (the ``next`` value, or the route);
    ``label`` is the choice's id or the route's condition.
    """

    source: str
    target: str
    kind: EdgeKind
    label: str
    path: DocPath


@dataclass(frozen=True)
class ScenarioGraph:
    """Every card and arrow of a document; arrows lead only to nodes that exist."""

    nodes: dict[str, MapNode]
    edges: dict[DocPath, MapEdge]
    start: str | None = None


def pick_text(value: Any, languages: Sequence[str]) -> str:
    """The first text of ``value`` (a Text, a plain string or a list of alternatives)
    in the first of ``languages`` that has one, on one line."""
    if isinstance(value, list):
        # Alternatives: the one without a condition is the one shown where there is no path.
        fallback = value[-1] if value else None
        value = fallback.get("text") if isinstance(fallback, dict) else fallback
    if isinstance(value, str):
        return " ".join(value.split())
    if isinstance(value, dict):
        for language in (*languages, *value.keys()):
            text = value.get(language)
            if isinstance(text, str) and text.strip():
                return " ".join(text.split())
    return ""


def _plain_words(text: str) -> str:
    """``text`` without its emphasis marks, a form-of-address choice as its first form."""
    text = _VARIANTS.sub(lambda m: m.group(1), text)
    return text.replace("**", "").replace("*", "")


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"


def map_node(node_id: str, body: Any, languages: Sequence[str]) -> MapNode:
    """The card of node ``node_id`` (``body`` as plain data; anything else is shown as is)."""
    if not isinstance(body, dict):
        return MapNode(str(node_id), "", "", "")
    node_type = body.get("type")
    outcome = body.get("outcome") if node_type == "ending" else None
    return MapNode(
        node_id=str(node_id),
        node_type=node_type if isinstance(node_type, str) else "",
        title=_shorten(pick_text(body.get("title"), languages), 80),
        snippet=_shorten(_plain_words(pick_text(body.get("text"), languages)), SNIPPET_CHARS),
        outcome=outcome if isinstance(outcome, str) else None,
        ports=tuple(node_ports(str(node_id), body)),
    )


def _next_edges(
    source: str, value: Any, path: DocPath, kind: EdgeKind, label: str
) -> Iterator[MapEdge]:
    """The arrows a ``next`` makes: one for a node id, one per route for a list of routes."""
    if isinstance(value, str):
        yield MapEdge(source, value, kind, label, path)
        return
    if not isinstance(value, list):
        return
    for index, route in enumerate(value):
        if not isinstance(route, dict) or not isinstance(route.get("to"), str):
            continue
        condition = route.get("if")
        route_label = str(condition) if condition is not None else ""
        if label and route_label:
            route_label = f"{label}: {route_label}"
        elif label:
            route_label = label
        yield MapEdge(source, route["to"], "route", route_label, (*path, index))


def node_edges(node_id: str, body: Any) -> list[MapEdge]:
    """Every arrow leaving node ``node_id`` (targets not checked), in the file's order."""
    if not isinstance(body, dict):
        return []
    source = str(node_id)
    base: DocPath = ("nodes", source)
    edges = list(_next_edges(source, body.get("next"), (*base, "next"), "next", ""))
    choices = body.get("choices")
    if isinstance(choices, list):
        for index, choice in enumerate(choices):
            if not isinstance(choice, dict):
                continue
            label = str(choice.get("id", index))
            path = (*base, "choices", index, "next")
            edges.extend(_next_edges(source, choice.get("next"), path, "choice", label))
    timeout = body.get("on_timeout")
    if isinstance(timeout, dict):
        path = (*base, "on_timeout", "next")
        edges.extend(_next_edges(source, timeout.get("next"), path, "timeout", "timeout"))
    return edges


def node_ports(node_id: str, body: Any) -> list[tuple[DocPath, str]]:
    """Where an arrow may be dragged from: for each way on of node ``node_id``, the path
    whose value is the target's id, and its label (a choice's id, a route's condition).

    One per ``next`` that is a node id (or missing from a choice), one per route.
    """
    if not isinstance(body, dict):
        return []
    base: DocPath = ("nodes", str(node_id))
    ways: list[tuple[DocPath, Any, str]] = []
    if "next" in body or body.get("type") in ("scene", "checklist", "report"):
        ways.append(((*base, "next"), body.get("next"), ""))
    choices = body.get("choices")
    if isinstance(choices, list):
        for index, choice in enumerate(choices):
            if isinstance(choice, dict):
                label = str(choice.get("id", index))
                ways.append(((*base, "choices", index, "next"), choice.get("next"), label))
    timeout = body.get("on_timeout")
    if isinstance(timeout, dict):
        ways.append(((*base, "on_timeout", "next"), timeout.get("next"), "timeout"))
    ports: list[tuple[DocPath, str]] = []
    for path, value, label in ways:
        if isinstance(value, list):
            for index, route in enumerate(value):
                if isinstance(route, dict):
                    condition = route.get("if")
                    text = (
                        f"{label}: {condition}"
                        if label and condition
                        else label or str(condition or "")
                    )
                    ports.append(((*path, index, "to"), text))
        else:
            ports.append((path, label))
    return ports


def port_of(edge: MapEdge) -> DocPath:
    """The port an arrow leaves from (a route's arrow: its ``to``)."""
    return (*edge.path, "to") if edge.kind == "route" else edge.path


def document_languages(doc: ScenarioDocument, preferred: Iterable[str] = ()) -> list[str]:
    """The languages to show texts in: the preferred ones first, then the scenario's."""
    declared = doc.root.get("languages") if isinstance(doc.root, dict) else None
    own = [str(x) for x in declared] if isinstance(declared, list) else []
    return list(dict.fromkeys([*preferred, *own]))


def peek_node(doc: ScenarioDocument, node_id: str) -> Any:
    """Node ``node_id`` as plain data for reading (None when it is gone)."""
    try:
        return doc.peek(("nodes", node_id))
    except (KeyError, IndexError, TypeError):
        return None


def scenario_graph(doc: ScenarioDocument, languages: Sequence[str] = ()) -> ScenarioGraph:
    """The whole map of ``doc``: arrows to nodes that do not exist are left out."""
    languages = document_languages(doc, languages)
    ids = [str(node_id) for node_id in doc.node_ids()]
    bodies = {node_id: peek_node(doc, node_id) for node_id in ids}
    nodes = {node_id: map_node(node_id, body, languages) for node_id, body in bodies.items()}
    edges: dict[DocPath, MapEdge] = {}
    for node_id, body in bodies.items():
        for edge in node_edges(node_id, body):
            if edge.target in nodes:
                edges[edge.path] = edge
    start = doc.root.get("start") if isinstance(doc.root, dict) else None
    return ScenarioGraph(nodes, edges, str(start) if start in nodes else None)


def incoming(graph: ScenarioGraph) -> dict[str, set[str]]:
    """For each node, the nodes with an arrow to it."""
    result: dict[str, set[str]] = {node_id: set() for node_id in graph.nodes}
    for edge in graph.edges.values():
        result.setdefault(edge.target, set()).add(edge.source)
    return result


def orphaned_by_removal(graph: ScenarioGraph, removed: Iterable[str]) -> list[str]:
    """Nodes that keep no way in once ``removed`` are deleted (they had one before).

    The start node needs none and is never counted.
    """
    gone = set(removed)
    result = []
    for node_id, sources in incoming(graph).items():
        if node_id in gone or node_id == graph.start or not sources:
            continue
        if sources <= gone:
            result.append(node_id)
    return result


#: Node types whose step on a path is an answer (one token each in the analysis).
ANSWERED_TYPES = frozenset({"decision", "checklist", "report"})


def path_edges(
    graph: ScenarioGraph, nodes: Sequence[str], tokens: Sequence[str] = ()
) -> set[DocPath]:
    """The arrows a path through ``nodes`` follows (the analysis's best path).

    ``tokens`` holds one answer per decision, checklist or report on the path, in order;
    a decision's is the id of the choice taken, so of two choices leading to the same
    node only the one taken is named.
    """
    leaving: dict[str, list[MapEdge]] = {}
    for edge in graph.edges.values():
        leaving.setdefault(edge.source, []).append(edge)
    answers = list(tokens)
    result: set[DocPath] = set()
    for source, target in itertools.pairwise(nodes):
        node = graph.nodes.get(source)
        token = (
            answers.pop(0)
            if node is not None and node.node_type in ANSWERED_TYPES and answers
            else None
        )
        candidates = [e for e in leaving.get(source, []) if e.target == target]
        if node is not None and node.node_type == "decision" and token is not None:
            taken = [e for e in candidates if e.label.split(":", 1)[0] == token]
            candidates = taken or candidates
        result.update(edge.path for edge in candidates)
    return result


def harmful_edges(
    graph: ScenarioGraph, choice: DocPath, endings: Sequence[str]
) -> tuple[set[DocPath], set[DocPath]]:
    """The arrow of a harmful choice, and the arrows of any way from it to ``endings``.

    ``choice`` is the choice's place in the document; the ways after it are the map's
    (conditions are not evaluated: every arrow that lies on some way to one of the
    success endings is named).
    """
    own = {edge.path for edge in graph.edges.values() if edge.path[: len(choice)] == choice}
    starts = {edge.target for edge in graph.edges.values() if edge.path in own}
    leaving: dict[str, list[MapEdge]] = {}
    entering: dict[str, list[MapEdge]] = {}
    for edge in graph.edges.values():
        leaving.setdefault(edge.source, []).append(edge)
        entering.setdefault(edge.target, []).append(edge)
    after = _reach(starts, lambda n: [e.target for e in leaving.get(n, [])])
    before = _reach(set(endings), lambda n: [e.source for e in entering.get(n, [])])
    ways = {
        edge.path for edge in graph.edges.values() if edge.source in after and edge.target in before
    }
    return own, ways - own


def _reach(roots: set[str], step: Callable[[str], Iterable[str]]) -> set[str]:
    seen = set(roots)
    todo = list(roots)
    while todo:
        for other in step(todo.pop()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen
