"""Where an id is used: every place in the document that refers to a node, card,
variable or competency.

Places are DocPaths, the same tuples as a validator finding's ``path``, so "where is
this used" and a click on a finding select the same way. A use inside a condition
is the path of the condition (its ``if``) with the offset of the name in it; the
condition is read with the app's own parser, so an id inside another word is never
taken for a use. The rename commands (:mod:`trainer.authoring.commands`) change
exactly the uses listed here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from trainer.authoring.document import DocPath, ScenarioDocument
from trainer.domain.conditions import ConditionSyntaxError, Reference, parse_condition

Kind = Literal["node", "card", "variable", "competency"]

#: Where each kind of id is declared (a top-level map of id → definition).
DEFINITIONS: dict[Kind, str] = {
    "node": "nodes",
    "card": "cards",
    "variable": "variables",
    "competency": "competencies",
}


@dataclass(frozen=True)
class Use:
    """One reference to an id.

    ``how`` says what holds it: ``value`` (the value at ``path`` is the id: ``start``,
    ``next``, a route's ``to``, a node's ``cards`` item, a checklist's
    ``competency``), ``key`` (the last step of ``path`` is the id: a ``score`` or
    ``effects`` key), or ``condition`` (the ``if`` at ``path`` names it at
    ``position``: the variable's first letter, or the opening quote of the id in
    ``visited``/``chose``).
    """

    kind: Kind
    name: str
    path: DocPath
    how: Literal["value", "key", "condition"]
    position: int | None = None


@lru_cache(maxsize=4096)
def condition_references(source: str) -> tuple[Reference, ...]:
    """The references of condition ``source`` (none if it does not parse)."""
    try:
        return tuple(parse_condition(source).references)
    except ConditionSyntaxError:
        return ()


_CONDITION_KINDS: dict[str, Kind] = {"visited": "node", "chose": "node", "variable": "variable"}


def _condition_uses(source: str, path: DocPath) -> Iterator[Use]:
    for reference in condition_references(source):
        kind = _CONDITION_KINDS[reference.kind]
        yield Use(kind, reference.name, path, "condition", reference.position)


def _walk(value: Any, path: DocPath) -> Iterator[Use]:
    """The uses inside a node (or any part of one) at ``path``."""
    if isinstance(value, dict):
        for key, item in value.items():
            here = (*path, key)
            if key == "next":
                if isinstance(item, str):
                    yield Use("node", item, here, "value")
                elif isinstance(item, list):
                    for index, route in enumerate(item):
                        if isinstance(route, dict) and isinstance(route.get("to"), str):
                            yield Use("node", route["to"], (*here, index, "to"), "value")
            elif key == "if" and isinstance(item, str):
                yield from _condition_uses(item, here)
            elif key == "cards" and isinstance(item, list):
                for index, card in enumerate(item):
                    if isinstance(card, str):
                        yield Use("card", card, (*here, index), "value")
                continue
            elif key == "competency" and isinstance(item, str):
                yield Use("competency", item, here, "value")
            elif key in ("score", "effects") and isinstance(item, dict):
                kind: Kind = "competency" if key == "score" else "variable"
                for name in item:
                    yield Use(kind, str(name), (*here, name), "key")
                continue
            yield from _walk(item, here)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, index))


def find_uses(doc: ScenarioDocument) -> list[Use]:
    """Every reference to a node, card, variable or competency, in file order.

    Read from the document's plain data (:meth:`ScenarioDocument.plain`), so a large
    document is not read node by node with ruamel just to be searched.
    """
    root = doc.plain()
    if not isinstance(root, dict):
        return []
    found: list[Use] = []
    if isinstance(root.get("start"), str):
        found.append(Use("node", root["start"], ("start",), "value"))
    nodes = root.get("nodes")
    if isinstance(nodes, dict):
        for node_id, node in nodes.items():
            found.extend(_walk(node, ("nodes", node_id)))
    return found


def uses_of(doc: ScenarioDocument, kind: Kind, name: str) -> list[Use]:
    """The references to the ``kind`` id ``name`` (its definition not included)."""
    return [use for use in find_uses(doc) if use.kind == kind and use.name == name]


def where_used(doc: ScenarioDocument, kind: Kind, name: str) -> list[DocPath]:
    """The places that refer to ``name`` (one path per place, in file order)."""
    return list(dict.fromkeys(use.path for use in uses_of(doc, kind, name)))


def node_uses(doc: ScenarioDocument, node_id: str) -> list[DocPath]:
    """Where node ``node_id`` is used: ``start``, ``next``, routes, conditions."""
    return where_used(doc, "node", node_id)


def card_uses(doc: ScenarioDocument, card_id: str) -> list[DocPath]:
    """Where card ``card_id`` is used: the nodes' ``cards`` lists."""
    return where_used(doc, "card", card_id)


def variable_uses(doc: ScenarioDocument, name: str) -> list[DocPath]:
    """Where variable ``name`` is used: ``effects`` keys and conditions."""
    return where_used(doc, "variable", name)


def competency_uses(doc: ScenarioDocument, competency_id: str) -> list[DocPath]:
    """Where competency ``competency_id`` is used: ``score`` keys, checklists, reports."""
    return where_used(doc, "competency", competency_id)


def unused(doc: ScenarioDocument, kind: Kind) -> list[str]:
    """Declared ids of ``kind`` that nothing refers to (nodes: the start is a use)."""
    root = doc.plain()
    declared = root.get(DEFINITIONS[kind]) if isinstance(root, dict) else None
    if not isinstance(declared, dict):
        return []
    used = {use.name for use in find_uses(doc) if use.kind == kind}
    return [str(name) for name in declared if name not in used]


def choice_uses(doc: ScenarioDocument, node_id: str, choice_id: str) -> list[DocPath]:
    """The conditions that name ``chose('node_id', 'choice_id')``."""
    plain = doc.plain()
    found: list[DocPath] = []
    for use in uses_of(doc, "node", node_id):
        if use.how != "condition" or use.path in found:
            continue
        source: Any = plain
        for step in use.path:
            source = source[step]
        if any(
            r.kind == "chose" and r.name == node_id and r.choice == choice_id
            for r in condition_references(str(source))
        ):
            found.append(use.path)
    return found
