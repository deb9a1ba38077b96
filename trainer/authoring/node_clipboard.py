"""Copied nodes as text: what the map puts on the clipboard, and how it pastes back.

The text is YAML a trainer can read (and paste into a scenario file by hand): a marker
line, the nodes' places relative to each other, and the nodes themselves as the
scenario file writes them, comments included. Pasting makes new ids where they clash
and renames the ways on (``next``, routes, time-outs, ``visited``/``chose`` in
conditions) that lead to other copied nodes; ways to nodes outside the copy stay.
"""

from __future__ import annotations

import io
import math
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from trainer.authoring.commands import rename_in_condition
from trainer.authoring.document import ScenarioDocument
from trainer.domain.ids import SLUG_RE

#: The first key of copied nodes: tells them from any other text on the clipboard.
MARKER = "trainer-map-nodes"
_VERSION = 1
#: Copied text longer than this is not read (it cannot be a sane set of nodes).
MAX_CHARS = 5_000_000

# The longest node id the format allows (``SLUG_PATTERN``).
MAX_ID_CHARS = 64

Point = tuple[float, float]


class NotCopiedNodes(ValueError):
    """The text is not nodes copied from the map (bad input, never our bug)."""


@dataclass(frozen=True)
class PastedNode:
    """One node to insert: its new id, its body, where it goes relative to the others."""

    old_id: str
    node_id: str
    body: Any
    offset: Point


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 100
    return yaml


def copy_text(
    doc: ScenarioDocument, node_ids: Sequence[str], positions: Mapping[str, Point]
) -> str:
    """The text for the clipboard of nodes ``node_ids`` of ``doc`` (``positions``: where
    their cards stand; kept relative to the top-left of them all)."""
    chosen = [node_id for node_id in node_ids if node_id in doc.nodes]
    placed = [positions[node_id] for node_id in chosen if node_id in positions]
    left = min((x for x, _ in placed), default=0.0)
    top = min((y for _, y in placed), default=0.0)
    data = CommentedMap()
    data[MARKER] = _VERSION
    data["positions"] = CommentedMap()
    for node_id in chosen:
        if node_id in positions:
            x, y = positions[node_id]
            place = CommentedSeq([round(x - left, 1), round(y - top, 1)])
            place.fa.set_flow_style()
            data["positions"][node_id] = place
    data["nodes"] = CommentedMap((node_id, doc.get(("nodes", node_id))) for node_id in chosen)
    out = io.StringIO()
    _yaml().dump(data, out)
    return out.getvalue()


def _offset(value: Any) -> Point | None:
    if not (isinstance(value, list) and len(value) == 2):
        return None
    x, y = value
    numbers = all(isinstance(v, int | float) and not isinstance(v, bool) for v in (x, y))
    if numbers and math.isfinite(x) and math.isfinite(y):
        return (float(x), float(y))
    return None


def read_copied(text: str) -> tuple[dict[str, Any], dict[str, Point]]:
    """The nodes (id → body) and their relative places in copied ``text``.

    Raises NotCopiedNodes when the text is anything else (another program's text,
    broken YAML, nodes that are not maps).
    """
    if len(text) > MAX_CHARS or MARKER not in text:
        raise NotCopiedNodes("no copied nodes")
    try:
        data = _yaml().load(text)
    except (YAMLError, ValueError, TypeError, RecursionError) as exc:
        raise NotCopiedNodes(str(exc)) from exc
    if not isinstance(data, dict) or MARKER not in data:
        raise NotCopiedNodes("no copied nodes")
    nodes = data.get("nodes")
    if not isinstance(nodes, dict) or not nodes:
        raise NotCopiedNodes("no nodes")
    for node_id, body in nodes.items():
        if not isinstance(node_id, str) or not SLUG_RE.match(node_id) or not isinstance(body, dict):
            raise NotCopiedNodes(f"not a node: {node_id!r}")
    raw_places = data.get("positions")
    places: dict[str, Point] = {}
    if isinstance(raw_places, dict):
        for node_id, value in raw_places.items():
            point = _offset(value)
            if point is not None and node_id in nodes:
                places[str(node_id)] = point
    return dict(nodes), places


def free_id(wanted: str, taken: Collection[str]) -> str:
    """``wanted``, or ``wanted_2``, ``wanted_3``… whichever is not in ``taken`` (the
    start cut where the suffix would make it longer than an id may be)."""
    if wanted not in taken:
        return wanted
    number = 2
    while True:
        suffix = f"_{number}"
        candidate = wanted[: MAX_ID_CHARS - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
        number += 1


def _targets(node: Any) -> Iterator[tuple[Any, Any]]:
    """(container, key) of every place in ``node`` that names the node a way leads to."""
    ways: list[tuple[Any, Any]] = [(node, "next")]
    choices = node.get("choices")
    if isinstance(choices, list):
        ways.extend((choice, "next") for choice in choices if isinstance(choice, dict))
    timeout = node.get("on_timeout")
    if isinstance(timeout, dict):
        ways.append((timeout, "next"))
    for container, key in ways:
        value = container.get(key)
        if isinstance(value, str):
            yield container, key
        elif isinstance(value, list):
            for route in value:
                if isinstance(route, dict) and isinstance(route.get("to"), str):
                    yield route, "to"


def _conditions(value: Any) -> Iterator[tuple[Any, Any]]:
    """(container, key) of every condition (an ``if`` text) anywhere in ``value``."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "if" and isinstance(item, str):
                yield value, key
            else:
                yield from _conditions(item)
    elif isinstance(value, list):
        for item in value:
            yield from _conditions(item)


def paste_plan(
    nodes: Mapping[str, Any], places: Mapping[str, Point], taken: Collection[str]
) -> list[PastedNode]:
    """The nodes to insert for copied ``nodes`` into a document whose ids are ``taken``.

    A clashing id gets a suffix (never an id of the document or of the copy, so the
    renames cannot chain); ways on and conditions naming a copied node follow its new
    id; ways to any other node stay. A node without a place goes below the others.
    """
    avoid = set(taken) | set(nodes)
    renamed: dict[str, str] = {}
    for old in nodes:
        new = old if old not in taken else free_id(old, avoid)
        avoid.add(new)
        renamed[old] = new
    bottom = max((y for _, y in places.values()), default=-150.0)
    planned = []
    for index, (old, body) in enumerate(nodes.items()):
        for container, key in _targets(body):
            target = container[key]
            if target in renamed and renamed[target] != target:
                container[key] = renamed[target]
        for container, key in _conditions(body):
            source = container[key]
            for before, after in renamed.items():
                if before != after:
                    source = rename_in_condition(source, before, after)
            if source != container[key]:  # untouched conditions keep their quoting
                container[key] = source
        offset = places.get(old, (index * 40.0, bottom + 150.0))
        planned.append(PastedNode(old, renamed[old], body, offset))
    return planned
