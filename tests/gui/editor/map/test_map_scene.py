"""The map mirrors the document: after every command, undo and redo."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml.comments import CommentedMap

from tests.gui.editor.map.mirror import drawn, expected
from trainer.authoring.commands import (
    DeleteNode,
    InsertNode,
    MoveItem,
    RemoveItem,
    RenameChoice,
    RenameNode,
    RenameVariable,
    SetValue,
)
from trainer.authoring.document import ScenarioDocument
from trainer.authoring.map_layout import layered_layout
from trainer.gui.editor.map.scene import BACKGROUND_LAYOUT_NODES, MapScene
from trainer.gui.editor.session import EditorSession

TUTORIAL = Path(__file__).resolve().parents[4] / "scenarios" / "tutorial" / "scenario.yaml"
TEXT = TUTORIAL.read_text(encoding="utf-8")


def _scene_body(next_id: str) -> CommentedMap:
    body = CommentedMap()
    body["type"] = "scene"
    body["text"] = CommentedMap(pl="nowa", en="new")
    body["next"] = next_id
    return body


# A command drawn from the document as it is: (kind, index into node ids, other index).
step = st.tuples(
    st.sampled_from(
        [
            "insert",
            "delete",
            "retarget",
            "rename",
            "drop_choice",
            "move_choice",
            "rename_choice",
            "start",
            "undo",
            "redo",
        ]
    ),
    st.integers(0, 10_000),
    st.integers(0, 10_000),
)


def _apply(session: EditorSession, kind: str, a: int, b: int, counter: list[int]) -> None:
    doc = session.doc
    ids = list(doc.node_ids())
    stack = session.undo_stack
    if kind == "undo":
        if stack.canUndo():
            stack.undo()
        return
    if kind == "redo":
        if stack.canRedo():
            stack.redo()
        return
    if not ids:
        kind = "insert"
    counter[0] += 1
    if kind == "insert":
        target = ids[b % len(ids)] if ids else "nowhere"
        session.push(InsertNode(f"added_{counter[0]}", _scene_body(target), a % (len(ids) + 1)))
        return
    source = ids[a % len(ids)]
    other = ids[b % len(ids)]
    body = doc.peek(("nodes", source))
    if kind == "delete":
        session.push(DeleteNode(source))
    elif kind == "rename":
        session.push(RenameNode(source, f"renamed_{counter[0]}"))
    elif kind == "retarget":
        if isinstance(body.get("choices"), list) and body["choices"]:
            index = b % len(body["choices"])
            session.push(SetValue(("nodes", source, "choices", index, "next"), other))
        elif "next" in body:
            session.push(SetValue(("nodes", source, "next"), other))
    elif kind == "drop_choice" and isinstance(body.get("choices"), list) and body["choices"]:
        session.push(RemoveItem(("nodes", source, "choices"), b % len(body["choices"])))
    elif kind == "move_choice" and isinstance(body.get("choices"), list) and body["choices"]:
        count = len(body["choices"])
        session.push(MoveItem(("nodes", source, "choices"), a % count, b % count))
    elif kind == "rename_choice" and isinstance(body.get("choices"), list) and body["choices"]:
        session.push(RenameChoice(source, b % len(body["choices"]), f"choice-{counter[0]}"))
    elif kind == "start":
        session.push(SetValue(("start",), other))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(step, min_size=1, max_size=12))
def test_scene_mirrors_the_document_after_every_command_undo_and_redo(qtbot, steps) -> None:
    session = EditorSession(ScenarioDocument(TEXT))
    scene = MapScene(session, synchronous=True)
    assert drawn(scene) == expected(session.doc)
    starts = [card for card in scene.cards.values() if card.is_start]
    assert [card.node_id for card in starts] == [session.doc.plain()["start"]]
    counter = [0]
    for kind, a, b in steps:
        _apply(session, kind, a, b, counter)
        assert drawn(scene) == expected(session.doc), (kind, a, b)
        start = session.doc.plain().get("start")
        assert {n for n, card in scene.cards.items() if card.is_start} == (
            {start} if start in scene.cards else set()
        )
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
        assert drawn(scene) == expected(session.doc)
    assert session.doc.to_text() == TEXT
    scene.deleteLater()


def test_an_edit_inside_a_node_changes_its_card(qtbot) -> None:
    session = EditorSession(ScenarioDocument(TEXT))
    scene = MapScene(session, synchronous=True, languages=lambda: ["en"])
    session.push(SetValue(("nodes", "call", "title", "en"), "Monday, late"))
    assert scene.cards["call"].node.title == "Monday, late"
    session.undo_stack.undo()
    assert scene.cards["call"].node.title != "Monday, late"


def test_renaming_a_variable_relabels_the_routes_that_test_it(qtbot) -> None:
    session = EditorSession(ScenarioDocument(TEXT))
    scene = MapScene(session, synchronous=True)
    before = {p: e.edge.label for p, e in scene.edges.items() if "trust" in e.edge.label}
    assert before, "the tutorial routes on its variable"
    (variable,) = session.doc.plain()["variables"]
    session.push(RenameVariable(variable, "confidence"))
    after = {p: scene.edges[p].edge.label for p in before}
    assert all("confidence" in label and "trust" not in label for label in after.values())
    session.push(SetValue(("variables", "confidence", "label", "pl"), "Zaufanie"))
    assert drawn(scene) == expected(session.doc)


def _generated(nodes: int) -> str:
    spec = importlib.util.spec_from_file_location(
        "generate_big_scenario", TUTORIAL.parents[2] / "tools" / "generate_big_scenario.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text: str = module.generate_yaml(nodes)
    return text


def test_a_large_map_shows_at_once_and_is_laid_out_off_the_ui_thread(qtbot) -> None:
    session = EditorSession(ScenarioDocument(_generated(BACKGROUND_LAYOUT_NODES + 100)))
    scene = MapScene(session)  # not synchronous: as in the editor
    assert scene.layout_running
    assert len(scene.cards) > BACKGROUND_LAYOUT_NODES  # every card is there already
    quick = scene.positions()
    with qtbot.waitSignal(scene.layout_finished, timeout=30_000):
        pass
    assert not scene.layout_running
    laid_out = layered_layout(scene.graph())
    assert scene.positions() == laid_out != quick
    assert drawn(scene) == expected(session.doc)
