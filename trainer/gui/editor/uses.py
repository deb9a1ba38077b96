""" "Where is this used": the places that refer to a node, a card or a variable.

Read from the document's tree as it is now (the same rules as the validator: ``next``
and route targets, ``start``, node cards, effects, and names inside conditions found
through the condition parser, so an id inside another word never counts).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from trainer.authoring.document import DocPath, ScenarioDocument
from trainer.domain.conditions import ConditionSyntaxError, parse_condition


def _condition_names(source: str) -> list[tuple[str, str]]:
    """(kind, name) of every reference in a condition; none when it does not parse."""
    try:
        condition = parse_condition(source)
    except ConditionSyntaxError:
        return []
    return [(reference.kind, reference.name) for reference in condition.references]


def _walk(value: Any, path: DocPath) -> Iterator[tuple[DocPath, Any]]:
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(item, (*path, str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*path, index))


def find_uses(doc: ScenarioDocument, kind: str, name: str) -> list[DocPath]:
    """The places that refer to node, card or variable ``name`` (``kind``), in file order."""
    found: list[DocPath] = []
    root = doc.root
    if kind == "node" and root.get("start") == name:
        found.append(("start",))
    for path, value in _walk(root.get("nodes", {}), ("nodes",)):
        key = path[-1] if path else None
        if isinstance(value, str):
            if (
                (kind == "node" and key in ("next", "to") and value == name)
                or (key == "if" and _refers(value, kind, name))
                or (kind == "card" and len(path) >= 2 and path[-2] == "cards" and value == name)
            ):
                found.append(path)
        elif kind == "variable" and key == "effects" and isinstance(value, dict) and name in value:
            found.append((*path, name))
    return found


def _refers(condition: str, kind: str, name: str) -> bool:
    wanted = {"node": ("visited", "chose"), "variable": ("variable",)}.get(kind, ())
    return any(k in wanted and n == name for k, n in _condition_names(condition))
