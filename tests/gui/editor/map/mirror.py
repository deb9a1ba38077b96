"""What the map should show, read from the document without the map's own code."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from trainer.authoring.document import DocPath, ScenarioDocument
from trainer.gui.editor.map import MapPanel
from trainer.gui.editor.map.scene import MapScene

OpenMap = Callable[..., MapPanel]


def _targets(value: Any, path: DocPath) -> dict[DocPath, str]:
    """The arrows a ``next`` value draws, found here without the map's own code."""
    if isinstance(value, str):
        return {path: value}
    found = {}
    if isinstance(value, list):
        for index, route in enumerate(value):
            if isinstance(route, dict) and isinstance(route.get("to"), str):
                found[(*path, index)] = route["to"]
    return found


def expected(doc: ScenarioDocument) -> tuple[set[str], dict[DocPath, tuple[str, str]]]:
    """The node ids and arrows (path → (source, target)) the document holds."""
    nodes = doc.plain()["nodes"]
    arrows: dict[DocPath, tuple[str, str]] = {}
    for node_id, body in nodes.items():
        base: DocPath = ("nodes", node_id)
        found = _targets(body.get("next"), (*base, "next"))
        for index, choice in enumerate(body.get("choices") or []):
            found.update(_targets(choice.get("next"), (*base, "choices", index, "next")))
        timeout = body.get("on_timeout")
        if isinstance(timeout, dict):
            found.update(_targets(timeout.get("next"), (*base, "on_timeout", "next")))
        for path, target in found.items():
            if target in nodes:
                arrows[path] = (node_id, target)
    return set(nodes), arrows


def drawn(scene: MapScene) -> tuple[set[str], dict[DocPath, tuple[str, str]]]:
    """The cards and arrows on the map, read from the items themselves."""
    cards = set(scene.cards)
    assert {card.node_id for card in scene.cards.values()} == cards
    arrows = {}
    for path, item in scene.edges.items():
        assert item.scene() is scene and item.source.scene() is scene
        assert item.target.scene() is scene
        arrows[path] = (item.source.node_id, item.target.node_id)
    return cards, arrows
