"""The side file's chapters and the copied-nodes text: round trips and hostile input."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.authoring.commands import InsertNode
from trainer.authoring.document import ScenarioDocument
from trainer.authoring.map_chapters import Chapter, group, read_chapters
from trainer.authoring.map_layout import load_side_file, save_positions
from trainer.authoring.node_clipboard import (
    NotCopiedNodes,
    copy_text,
    free_id,
    paste_plan,
    read_copied,
)

ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = ROOT / "scenarios" / "tutorial"


def test_chapters_round_trip_through_the_side_file(tmp_path: Path) -> None:
    side = tmp_path / "scenario.map.json"
    chapters = [
        Chapter("ch1", "Telefon", ["call", "phone_call"], collapsed=True),
        Chapter("ch2", "Pod drzwiami – „Olena”", ["at_door"]),
    ]
    positions = {"call": (1.0, 2.0), "phone_call": (3.0, 4.0), "at_door": (5.5, -6.0)}
    save_positions(side, positions, chapters=chapters)
    read = load_side_file(side)
    assert read.positions == positions
    assert read.chapters == chapters
    assert json.loads(side.read_text(encoding="utf-8"))["format"] == 2


def test_saving_positions_alone_keeps_the_chapters(tmp_path: Path) -> None:
    side = tmp_path / "scenario.map.json"
    save_positions(side, {"a": (0.0, 0.0)}, chapters=[Chapter("ch1", "A", ["a"])])
    save_positions(side, {"a": (9.0, 9.0)})
    assert load_side_file(side).chapters == [Chapter("ch1", "A", ["a"])]


def test_a_deleted_node_leaves_its_chapter_and_an_empty_chapter_is_not_kept(
    tmp_path: Path,
) -> None:
    side = tmp_path / "scenario.map.json"
    chapters = [Chapter("ch1", "A", ["a", "gone"]), Chapter("ch2", "B", ["gone_too"])]
    save_positions(side, {"a": (0.0, 0.0)}, chapters=chapters)
    assert load_side_file(side).chapters == [Chapter("ch1", "A", ["a"])]


def test_a_format_1_file_reads_as_positions_without_chapters(tmp_path: Path) -> None:
    side = tmp_path / "scenario.map.json"
    side.write_text('{"format": 1, "nodes": {"a": [1, 2]}}', encoding="utf-8")
    read = load_side_file(side)
    assert read.positions == {"a": (1.0, 2.0)}
    assert read.chapters == []


def test_bad_chapter_entries_are_dropped_never_an_error(tmp_path: Path) -> None:
    raw = [
        {"id": "ok", "title": "Fine", "nodes": ["a", "b"], "collapsed": True},
        "not an object",
        {"id": 7, "title": "number id", "nodes": ["c"]},
        {"id": "ok", "title": "repeated id", "nodes": ["d"]},
        {"id": "t", "title": ["not", "text"], "nodes": ["e"]},
        {"id": "n", "title": "nodes not a list", "nodes": "f"},
        {"id": "mixed", "title": "Mixed", "nodes": ["a", 3, None, "g"], "collapsed": "yes"},
        {"id": "empty", "title": "No nodes", "nodes": []},
        {"id": "untitled", "nodes": ["h"]},
    ]
    assert read_chapters(raw) == [
        Chapter("ok", "Fine", ["a", "b"], collapsed=True),
        Chapter("mixed", "Mixed", ["g"]),  # "a" is ok's already; "yes" is not true
        Chapter("untitled", "", ["h"]),
    ]
    side = tmp_path / "scenario.map.json"
    for text in (
        '{"nodes": {"a": [1, 2]}, "chapters": {"not": "a list"}}',
        '{"nodes": {"a": [NaN, 2], "b": [Infinity, 1], "c": [3, 4]}, "chapters": null}',
        "[" * 100_000,  # deeper than the JSON reader goes
        "\ufffe\x00garbage",
    ):
        side.write_text(text, encoding="utf-8")
        read = load_side_file(side)
        assert read.chapters == []
        assert all(isinstance(x, float) for point in read.positions.values() for x in point)
    assert load_side_file(side.with_name("missing.json")).chapters == []


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=5),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
ENTRY = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(st.text(max_size=3), JSON),
        "title": st.one_of(st.text(max_size=5), JSON),
        "nodes": st.one_of(st.lists(st.one_of(st.sampled_from("abcd"), JSON), max_size=5), JSON),
        "collapsed": JSON,
    },
)


@settings(max_examples=150, deadline=None)
@given(raw=st.one_of(JSON, st.lists(st.one_of(ENTRY, JSON), max_size=6)))
def test_any_json_reads_as_well_formed_chapters(raw: Any) -> None:
    chapters = read_chapters(raw)
    ids = [chapter.id for chapter in chapters]
    assert len(ids) == len(set(ids))
    members = [node for chapter in chapters for node in chapter.nodes]
    assert len(members) == len(set(members))  # a node in one frame
    for chapter in chapters:
        assert chapter.id and isinstance(chapter.title, str) and chapter.nodes
        assert isinstance(chapter.collapsed, bool)
        assert all(isinstance(node, str) and node for node in chapter.nodes)


def test_grouping_takes_nodes_out_of_their_old_chapter() -> None:
    chapters = [Chapter("ch1", "Old", ["a", "b"]), Chapter("ch2", "Gone", ["c"])]
    made = group(chapters, ["b", "c", "b"], "  New  ")
    assert made == Chapter("ch2", "New", ["b", "c"])  # ch2 was free again
    assert chapters == [Chapter("ch1", "Old", ["a"]), made]


# -- copied nodes ---------------------------------------------------------------------


def _tutorial(tmp_path: Path) -> ScenarioDocument:
    shutil.copytree(TUTORIAL, tmp_path / "tutorial")
    return ScenarioDocument.open(tmp_path / "tutorial" / "scenario.yaml")


def test_copied_nodes_paste_with_new_ids_and_inner_ways_renamed(tmp_path: Path) -> None:
    doc = _tutorial(tmp_path)
    plain = doc.plain()["nodes"]
    copied = ["olena_opens_up", "qualify", "write_note"]
    positions = {"olena_opens_up": (100.0, 50.0), "qualify": (400.0, 300.0)}
    text = copy_text(doc, copied, positions)
    nodes, places = read_copied(text)
    assert list(nodes) == copied
    assert places == {"olena_opens_up": (0.0, 0.0), "qualify": (300.0, 250.0)}
    planned = paste_plan(nodes, places, set(doc.node_ids()))
    renamed = {p.old_id: p.node_id for p in planned}
    assert renamed == {old: f"{old}_2" for old in copied}
    for pasted in planned:
        doc_before = plain[pasted.old_id]
        for way in ("next",):
            target = doc_before.get(way)
            if isinstance(target, str):
                # Inside the copy: the new id; outside: the same node as before.
                assert pasted.body[way] == renamed.get(target, target)
    assert planned[2].offset == (80.0, 400.0)  # no place kept: below the others
    for pasted in planned:
        InsertNode(pasted.node_id, pasted.body).do(doc)
    # The pasted copies make a playable scenario still (they only add nodes).
    result = doc.validate(tmp_path / "tutorial")
    assert result.errors == []
    pasted_qualify = doc.plain()["nodes"]["qualify_2"]
    assert [c["next"] for c in pasted_qualify["choices"]] == ["write_note_2"] * 3
    # A condition naming a copied node names its copy; the original is untouched.
    assert "visited('olena_opens_up_2')" in json.dumps(pasted_qualify)
    assert "visited('olena_opens_up')" in json.dumps(doc.plain()["nodes"]["qualify"])
    assert doc.plain()["nodes"]["write_note_2"]["next"] == plain["write_note"]["next"]


def test_paste_keeps_ids_that_are_free_and_never_chains_renames() -> None:
    nodes = {
        "a": {"type": "scene", "next": "a_2"},
        "a_2": {"type": "scene", "next": "a"},
        "free": {
            "type": "decision",
            "choices": [{"id": "x", "next": [{"if": "visited('a')", "to": "a"}, {"to": "out"}]}],
        },
    }
    planned = paste_plan(nodes, {}, taken={"a", "a_2", "out"})
    renamed = {p.old_id: p.node_id for p in planned}
    assert renamed == {"a": "a_3", "a_2": "a_2_2", "free": "free"}
    bodies = {p.node_id: p.body for p in planned}
    assert bodies["a_3"]["next"] == "a_2_2"
    assert bodies["a_2_2"]["next"] == "a_3"
    routes = bodies["free"]["choices"][0]["next"]
    assert routes[0] == {"if": "visited('a_3')", "to": "a_3"}
    assert routes[1] == {"to": "out"}  # outside the copy: stays


def test_a_suffixed_id_stays_within_the_longest_id() -> None:
    long = "n" * 64
    assert free_id(long, {long}) == "n" * 62 + "_2"
    assert free_id(long, {long, "n" * 62 + "_2"}) == "n" * 62 + "_3"
    assert free_id("short", {"other"}) == "short"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "just some words from a mail",
        "nodes:\n  a: {type: scene}\n",  # YAML nodes, but not copied from the map
        "trainer-map-nodes: 1\nnodes: [1, 2]\n",
        "trainer-map-nodes: 1\nnodes:\n  a: just text\n",
        "trainer-map-nodes: 1\nnodes: {}\n",
        "trainer-map-nodes: 1\nnodes:\n  a: {type: scene\n",  # broken YAML
        "trainer-map-nodes: 1\nnodes:\n  a: {}\n  a: {}\n",  # a repeated id
        "trainer-map-nodes: 1\nnodes:\n  ? [1, 2]\n  : {type: scene}\n",
        "trainer-map-nodes: 1\nnodes:\n  Not An Id: {type: scene}\n",
        "trainer-map-nodes: 1\n" + "nodes:\n  a: {type: scene}\n" + "#" * 5_000_001,
    ],
)
def test_text_that_is_not_copied_nodes_is_refused_with_a_typed_error(text: str) -> None:
    with pytest.raises(NotCopiedNodes):
        read_copied(text)


def _ways(body: Any) -> list[str]:
    """The node ids a plain node body leads to, in order (read here without the module)."""
    found: list[str] = []

    def add(value: Any) -> None:
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, list):
            found.extend(r["to"] for r in value if isinstance(r, dict) and "to" in r)

    add(body.get("next"))
    for choice in body.get("choices") or []:
        add(choice.get("next"))
    if isinstance(body.get("on_timeout"), dict):
        add(body["on_timeout"].get("next"))
    return found


TUTORIAL_IDS = list(ScenarioDocument.open(TUTORIAL / "scenario.yaml").node_ids())


@settings(max_examples=25, deadline=None)
@given(chosen=st.lists(st.sampled_from(TUTORIAL_IDS), min_size=1, max_size=6, unique=True))
def test_any_copied_set_pastes_with_its_inner_ways_renamed_and_undoes_cleanly(
    chosen: list[str],
) -> None:
    doc = ScenarioDocument((TUTORIAL / "scenario.yaml").read_text(encoding="utf-8"))
    text = doc.to_text()
    plain = doc.plain()["nodes"]
    nodes, places = read_copied(copy_text(doc, chosen, {}))
    planned = paste_plan(nodes, places, set(doc.node_ids()))
    renamed = {p.old_id: p.node_id for p in planned}
    assert set(renamed) == set(chosen)
    assert not set(renamed.values()) & set(TUTORIAL_IDS)  # every id was taken: all new
    assert len(set(renamed.values())) == len(chosen)
    commands = [InsertNode(p.node_id, p.body) for p in planned]
    for command in commands:
        command.do(doc)
    after = doc.plain()["nodes"]
    for old, new in renamed.items():
        assert _ways(after[new]) == [renamed.get(t, t) for t in _ways(plain[old])]
        assert _ways(after[old]) == _ways(plain[old])  # the originals are untouched
    for command in reversed(commands):
        command.undo(doc)
    assert doc.to_text() == text
