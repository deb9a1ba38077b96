"""The map's graph, layered layout and side file of positions."""

from __future__ import annotations

import shutil
from pathlib import Path

from trainer.authoring.commands import DeleteNode
from trainer.authoring.document import ScenarioDocument
from trainer.authoring.map_graph import (
    orphaned_by_removal,
    path_edges,
    port_of,
    scenario_graph,
)
from trainer.authoring.map_layout import (
    CARD_HEIGHT,
    CARD_WIDTH,
    layered_layout,
    load_positions,
    positions_file,
    provisional_layout,
    save_positions,
)

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = ROOT / "scenarios" / "tutorial" / "scenario.yaml"

ROUTED = """\
format: 1.1
id: routed
start: a
nodes:
  a:
    type: decision
    text: {pl: "Początek", en: "Start"}
    time_limit: 10
    on_timeout: {rating: poor, next: c}
    choices:
      - {id: go, text: {pl: x, en: x}, rating: good, next: b}
      - id: maybe
        text: {pl: y, en: y}
        rating: good
        next:
          - {if: "visited('b')", to: c}
          - {to: missing}
  b:
    type: scene
    text: {pl: "Scena", en: "Scene"}
    next: c
  c:
    type: ending
    text: {pl: "Koniec", en: "The end"}
    outcome: success
"""


def test_graph_names_every_arrow_by_where_its_target_is_written() -> None:
    graph = scenario_graph(ScenarioDocument(ROUTED), ["en"])
    assert set(graph.nodes) == {"a", "b", "c"}
    assert graph.nodes["c"].outcome == "success"
    assert graph.nodes["a"].snippet == "Start"
    kinds = {path: (e.source, e.target, e.kind, e.label) for path, e in graph.edges.items()}
    assert kinds == {
        ("nodes", "a", "on_timeout", "next"): ("a", "c", "timeout", "timeout"),
        ("nodes", "a", "choices", 0, "next"): ("a", "b", "choice", "go"),
        ("nodes", "a", "choices", 1, "next", 0): ("a", "c", "route", "maybe: visited('b')"),
        ("nodes", "b", "next"): ("b", "c", "next", ""),
    }  # the route to a missing node draws no arrow


def test_deleting_the_only_way_in_orphans_a_node_but_never_the_start() -> None:
    graph = scenario_graph(ScenarioDocument(ROUTED))
    assert orphaned_by_removal(graph, ["a"]) == ["b"]
    assert orphaned_by_removal(graph, ["b"]) == []  # c is still reached from a


def test_layered_layout_puts_cards_apart_and_arrows_downwards() -> None:
    graph = scenario_graph(ScenarioDocument.open(TUTORIAL))
    for positions in (layered_layout(graph), provisional_layout(graph)):
        assert set(positions) == set(graph.nodes)
        points = list(positions.values())
        for i, (x1, y1) in enumerate(points):
            for x2, y2 in points[i + 1 :]:
                assert abs(x1 - x2) >= CARD_WIDTH or abs(y1 - y2) >= CARD_HEIGHT
    positions = layered_layout(graph)
    assert positions["welcome"][1] < positions["call"][1] < positions["end_success"][1]


def test_layout_of_a_selection_only_places_those_nodes() -> None:
    graph = scenario_graph(ScenarioDocument(ROUTED))
    assert set(layered_layout(graph, only={"b", "c"})) == {"b", "c"}


def test_positions_round_trip_through_the_side_file(tmp_path: Path) -> None:
    scenario = tmp_path / "scenario.yaml"
    shutil.copy(TUTORIAL, scenario)
    before = scenario.read_bytes()
    side = positions_file(scenario)
    assert side == tmp_path / "scenario.map.json"
    save_positions(side, {"welcome": (10.0, 20.5), "call": (-3.0, 400.0)})
    assert load_positions(side) == {"welcome": (10.0, 20.5), "call": (-3.0, 400.0)}
    assert scenario.read_bytes() == before


def test_an_unreadable_side_file_means_no_positions(tmp_path: Path) -> None:
    side = tmp_path / "scenario.map.json"
    assert load_positions(side) == {}
    side.write_text("{not json", encoding="utf-8")
    assert load_positions(side) == {}
    side.write_text('{"nodes": {"a": [1, "x"], "b": [true, 2], "c": [1, 2]}}', encoding="utf-8")
    assert load_positions(side) == {"c": (1.0, 2.0)}


def test_graph_follows_a_deleted_node() -> None:
    doc = ScenarioDocument(ROUTED)
    DeleteNode("b").do(doc)
    graph = scenario_graph(doc)
    assert set(graph.nodes) == {"a", "c"}
    assert all(edge.target != "b" for edge in graph.edges.values())


def test_ports_name_each_way_on_and_arrows_leave_from_theirs() -> None:
    doc = ScenarioDocument(ROUTED)
    graph = scenario_graph(doc)
    assert [path for path, _ in graph.nodes["a"].ports] == [
        ("nodes", "a", "choices", 0, "next"),
        ("nodes", "a", "choices", 1, "next", 0, "to"),
        ("nodes", "a", "choices", 1, "next", 1, "to"),
        ("nodes", "a", "on_timeout", "next"),
    ]
    assert graph.nodes["c"].ports == ()
    for edge in graph.edges.values():
        assert port_of(edge) in [path for path, _ in graph.nodes[edge.source].ports]


def test_a_path_follows_the_choice_taken_among_arrows_to_the_same_node() -> None:
    graph = scenario_graph(ScenarioDocument(ROUTED))
    assert path_edges(graph, ["a", "b", "c"], ["go"]) == {
        ("nodes", "a", "choices", 0, "next"),
        ("nodes", "b", "next"),
    }
    # a → c: by the route of choice "maybe", not by the time-out.
    assert path_edges(graph, ["a", "c"], ["maybe"]) == {("nodes", "a", "choices", 1, "next", 0)}
    assert path_edges(graph, ["a", "c"], ["timeout"]) == {("nodes", "a", "on_timeout", "next")}
