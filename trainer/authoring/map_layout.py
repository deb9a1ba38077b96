"""Where each card stands on the map: a layered layout, and the side file that keeps it.

The layered (Sugiyama) layout comes from igraph: compared with grandalf and Graphviz's
``dot`` on the generated 2,000-node scenario it was the fastest by far (0.04 s against
3.6 s and 1.1 s), it copes with loops, and it needs no program outside the wheel.

Positions live in ``scenario.map.json`` next to ``scenario.yaml``: the scenario file
holds the story only, and a trainer's dragging never shows up in its history. Since
format 2 the side file also keeps the map's chapters (:mod:`map_chapters`); a format 1
file reads as positions without chapters.
"""

from __future__ import annotations

import json
import math
from collections import deque
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from trainer.authoring.map_chapters import Chapter, chapters_data, read_chapters
from trainer.authoring.map_graph import ScenarioGraph
from trainer.fileio import atomic_write_bytes

Point = tuple[float, float]

#: A card's size on the map (scene units); the layout keeps this much room for each.
CARD_WIDTH = 240.0
CARD_HEIGHT = 104.0
#: Room between cards side by side, and between layers.
H_GAP = 60.0
V_GAP = 96.0

_FORMAT = 2  # 2: chapters


def provisional_layout(graph: ScenarioGraph) -> dict[str, Point]:
    """A quick layout (layers by distance from the start, in file order): shown at once
    while the real one is worked out."""
    depth: dict[str, int] = {}
    order = list(graph.nodes)
    following: dict[str, list[str]] = {node_id: [] for node_id in order}
    for edge in graph.edges.values():
        following[edge.source].append(edge.target)
    roots = [graph.start] if graph.start else []
    for node_id in [*roots, *order]:
        if node_id in depth:
            continue
        depth[node_id] = 0 if not depth else max(depth.values()) + 1
        queue = deque([node_id])
        while queue:
            current = queue.popleft()
            for target in following[current]:
                if target not in depth:
                    depth[target] = depth[current] + 1
                    queue.append(target)
    layers: dict[int, list[str]] = {}
    for node_id in order:
        layers.setdefault(depth[node_id], []).append(node_id)
    positions: dict[str, Point] = {}
    for level, members in layers.items():
        width = len(members) * (CARD_WIDTH + H_GAP)
        for index, node_id in enumerate(members):
            x = index * (CARD_WIDTH + H_GAP) - width / 2
            positions[node_id] = (x, level * (CARD_HEIGHT + V_GAP))
    return positions


def layered_layout(graph: ScenarioGraph, only: Collection[str] | None = None) -> dict[str, Point]:
    """The layered layout of the whole graph, or of the nodes in ``only`` (tidy up a
    selection: the arrows among them count, the rest of the map does not).

    Top-left corners, the first layer at y = 0 and the leftmost card at x = 0.
    """
    import igraph  # imported here: the map is the only user, and it costs ~100 ms

    ids = [node_id for node_id in graph.nodes if only is None or node_id in only]
    if not ids:
        return {}
    index = {node_id: i for i, node_id in enumerate(ids)}
    pairs = sorted(
        {
            (index[edge.source], index[edge.target])
            for edge in graph.edges.values()
            if edge.source in index and edge.target in index and edge.source != edge.target
        }
    )
    network = igraph.Graph(n=len(ids), edges=pairs, directed=True)
    layout = network.layout_sugiyama(hgap=CARD_WIDTH + H_GAP, vgap=CARD_HEIGHT + V_GAP)
    coords = [layout[i] for i in range(len(ids))]
    left = min(x for x, _ in coords)
    top = min(y for _, y in coords)
    return {
        node_id: (float(coords[i][0] - left), float(coords[i][1] - top))
        for i, node_id in enumerate(ids)
    }


def positions_file(scenario_file: Path) -> Path:
    """The side file next to ``scenario_file`` (``scenario.yaml`` → ``scenario.map.json``)."""
    return scenario_file.with_name(f"{scenario_file.stem}.map.json")


@dataclass
class SideFile:
    """What the side file holds: where each card stands, and the chapters."""

    positions: dict[str, Point] = field(default_factory=dict)
    chapters: list[Chapter] = field(default_factory=list)


def _read_json(file: Path) -> object:
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return None


def _point(value: object) -> Point | None:
    if (
        isinstance(value, list)
        and len(value) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    ):
        x, y = float(value[0]), float(value[1])
        if math.isfinite(x) and math.isfinite(y):  # json reads NaN and Infinity too
            return (x, y)
    return None


def load_side_file(file: Path) -> SideFile:
    """The positions and chapters kept in ``file``; empty when there is none or it cannot
    be read, and any entry that is not what it should be is left out (the map then lays
    those cards out again: positions and chapters are a convenience, not content)."""
    data = _read_json(file)
    if not isinstance(data, dict):
        return SideFile()
    nodes = data.get("nodes")
    positions: dict[str, Point] = {}
    if isinstance(nodes, dict):
        for node_id, value in nodes.items():
            point = _point(value)
            if point is not None:
                positions[str(node_id)] = point
    return SideFile(positions, read_chapters(data.get("chapters")))


def load_positions(file: Path) -> dict[str, Point]:
    """The positions kept in ``file`` (see :func:`load_side_file`)."""
    return load_side_file(file).positions


def save_positions(
    file: Path, positions: Mapping[str, Point], *, chapters: Sequence[Chapter] | None = None
) -> None:
    """Write ``positions`` and ``chapters`` to ``file`` (temp file and rename: the old
    file or the new). ``chapters`` None keeps the chapters the file holds."""
    if chapters is None:
        chapters = load_side_file(file).chapters
    data = {
        "format": _FORMAT,
        "nodes": {node_id: [round(x, 1), round(y, 1)] for node_id, (x, y) in positions.items()},
        "chapters": chapters_data(chapters, positions),
    }
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    atomic_write_bytes(file, text.encode("utf-8"))
