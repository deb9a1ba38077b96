"""The graph of a scenario, as the tests of a round trip compare it."""

from __future__ import annotations

from typing import Any

Edge = tuple[str, str, str]


def _targets(next_value: Any) -> list[str]:
    if isinstance(next_value, list):
        return [str(route["to"]) for route in next_value]
    return [str(next_value)]


def graph(data: dict[str, Any]) -> tuple[set[str], set[Edge], str]:
    """Node ids, edges (source, choice id or "next" or "timeout", target) and the start."""
    edges: set[Edge] = set()
    for node_id, node in data["nodes"].items():
        for choice in node.get("choices", []):
            edges.update((node_id, choice["id"], to) for to in _targets(choice["next"]))
        if "on_timeout" in node:
            edges.update((node_id, "timeout", to) for to in _targets(node["on_timeout"]["next"]))
        if "next" in node:
            edges.update((node_id, "next", to) for to in _targets(node["next"]))
    return set(data["nodes"]), edges, str(data["start"])
