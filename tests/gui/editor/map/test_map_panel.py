"""The map panel: create, delete, select both ways, positions in the side file."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath

from tests.gui.editor.map.mirror import OpenMap, drawn, expected
from trainer.authoring.commands import SetValue
from trainer.authoring.map_layout import load_positions, positions_file
from trainer.gui.editor.map import MapPanel
from trainer.gui.editor.window import EditorWindow


def _empty_spot(panel: MapPanel) -> QPointF:
    """A viewport point with no card or arrow under it."""
    assert panel.scene is not None
    rect = panel.scene.itemsBoundingRect()
    point = QPointF(rect.right() + 200, rect.top() + 100)
    panel.view.centerOn(point)
    spot = panel.view.mapFromScene(point)
    assert panel.view.itemAt(spot) is None
    return QPointF(spot)


def test_double_click_on_empty_space_creates_a_node_there(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    assert panel.scene is not None
    before = set(panel.scene.cards)
    spot = _empty_spot(panel)
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=spot.toPoint())
    added = set(panel.scene.cards) - before
    assert len(added) == 1
    node_id = added.pop()
    assert panel.session is not None
    assert panel.session.doc.get(("nodes", node_id, "type")) == "scene"
    card = panel.scene.cards[node_id]
    assert card.sceneBoundingRect().contains(panel.view.mapToScene(spot.toPoint()))
    assert panel.selected_ids() == [node_id]  # the new node's form opens
    panel.session.undo_stack.undo()
    assert node_id not in panel.scene.cards


def test_box_select_delete_and_undo_restore_nodes_and_arrows(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    scene, session = panel.scene, panel.session
    assert scene is not None and session is not None
    before = drawn(scene)
    text = session.doc.to_text()
    places = {n: scene.cards[n].pos() for n in ("olena_opens_up", "olena_withdraws", "qualify")}
    asked: list[list[str]] = []
    panel.confirm_orphans = lambda deleted, orphans: asked.append(orphans) or True
    area = QRectF()
    for node_id in ("olena_opens_up", "olena_withdraws", "qualify"):
        area = area.united(scene.cards[node_id].sceneBoundingRect())
    box = QPainterPath()
    box.addRect(area.adjusted(-5, -5, 5, 5))
    scene.setSelectionArea(box)  # what the rubber band does
    assert sorted(panel.selected_ids()) == ["olena_opens_up", "olena_withdraws", "qualify"]
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert not {"olena_opens_up", "olena_withdraws", "qualify"} & set(scene.cards)
    assert drawn(scene) == expected(session.doc)
    assert asked == [["write_note"]]  # only qualify led there
    assert session.undo_stack.count() == 1  # one undo step for the three
    session.undo_stack.undo()
    assert drawn(scene) == before
    assert session.doc.to_text() == text
    # Back where they stood, not below everything.
    assert {n: scene.cards[n].pos() for n in places} == places


def test_declining_the_orphan_warning_deletes_nothing(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    assert panel.scene is not None and panel.session is not None
    panel.confirm_orphans = lambda deleted, orphans: False
    panel.scene.cards["call"].setSelected(True)
    assert not panel.delete_selected()
    assert "call" in panel.scene.cards
    assert panel.session.undo_stack.count() == 0


def test_a_read_only_map_neither_creates_nor_deletes(qtbot, open_map: OpenMap) -> None:
    panel = open_map(read_only=True)
    assert panel.scene is not None
    panel.scene.cards["call"].setSelected(True)
    assert not panel.delete_selected()
    assert panel.create_node_at(QPointF(0, 0)) is None
    assert not panel.new_action.isEnabled()


def test_moved_cards_are_kept_in_the_side_file_and_the_scenario_is_untouched(
    qtbot, open_map: OpenMap, tmp_path: Path
) -> None:
    panel = open_map()
    scenario = tmp_path / "tutorial" / "scenario.yaml"
    original = scenario.read_bytes()
    assert panel.scene is not None
    card = panel.scene.cards["call"]
    card.setPos(card.pos() + QPointF(333, 44))
    moved = (card.x(), card.y())
    panel.scene.cards_dropped()  # the end of a drag
    saved = load_positions(positions_file(scenario))
    assert saved["call"] == moved
    assert scenario.read_bytes() == original
    # Opened again, the map stands where it was left.
    again = open_map()
    assert again.scene is not None
    assert (again.scene.cards["call"].x(), again.scene.cards["call"].y()) == moved
    assert again.scene.positions() == saved


def test_tidy_up_lays_out_again(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    assert panel.scene is not None
    laid_out = panel.scene.positions()
    panel.scene.cards["call"].setPos(5000, 5000)
    panel.view.setFocus()
    panel.tidy_action.trigger()
    assert panel.scene.positions() == laid_out


def test_zoom_keys_and_fit(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    panel.view.setFocus()
    start = panel.view.zoom()
    qtbot.keyClick(panel.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert panel.view.zoom() < start
    qtbot.keyClick(panel.view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert abs(panel.view.zoom() - start) < 1e-6
    qtbot.keyClick(panel.view, Qt.Key.Key_F)
    assert panel.scene is not None
    visible = panel.view.mapToScene(panel.view.viewport().rect()).boundingRect()
    assert visible.contains(panel.scene.itemsBoundingRect())


def test_selecting_on_the_map_selects_the_form_and_back(qtbot, opened: EditorWindow) -> None:
    panel = opened.map
    opened.map_dock.show()
    opened.map_dock.raise_()
    assert panel.scene is not None and opened.form is not None
    card = panel.scene.cards["phone_call"]
    panel.view.centerOn(card)
    where = panel.view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert panel.selected_ids() == ["phone_call"]
    assert opened.form.current_path()[:2] == ("nodes", "phone_call")
    # A place chosen elsewhere (a finding, the outline) selects its card.
    assert opened.session is not None
    opened.session.select(("nodes", "talk_olena", "choices", 0, "text", "pl"))
    assert panel.selected_ids() == ["talk_olena"]
    assert opened.form.current_path()[:2] == ("nodes", "talk_olena")
    opened.session.select(("variables",))
    assert panel.selected_ids() == []


def test_the_map_toggles_from_the_view_menu(qtbot, opened: EditorWindow) -> None:
    toggle = opened.map_dock.toggleViewAction()
    assert toggle in opened.view_menu.actions()
    assert toggle.shortcut().toString() == "Alt+5"
    assert opened.map.scene is not None
    assert set(opened.map.scene.cards) == set(opened.session.doc.node_ids())  # type: ignore[union-attr]
    opened.close_document()
    assert opened.map.scene is None


def test_dragging_from_a_port_onto_a_card_sets_that_next(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    scene, session, view = panel.scene, panel.session, panel.view
    assert scene is not None and session is not None
    source, target = scene.cards["call"], scene.cards["at_door"]
    before = source.pos()
    assert source.node.ports == ((("nodes", "call", "next"), ""),)
    view.set_zoom(0.6)
    view.centerOn(source.sceneBoundingRect().united(target.sceneBoundingRect()).center())
    press = view.mapFromScene(source.mapToScene(source.port_point(0)))
    drop = view.mapFromScene(target.sceneBoundingRect().center())
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(viewport, pos=(press + drop) / 2)
    qtbot.mouseMove(viewport, pos=drop)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=drop)
    assert session.doc.get(("nodes", "call", "next")) == "at_door"
    arrow = scene.edges[("nodes", "call", "next")]
    assert (arrow.source.node_id, arrow.target.node_id) == ("call", "at_door")
    assert source.pos() == before  # the card itself did not move
    assert drawn(scene) == expected(session.doc)
    session.undo_stack.undo()
    assert scene.edges[("nodes", "call", "next")].target.node_id == "phone_call"


def test_dragging_a_choice_port_into_empty_space_changes_nothing(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    scene, session, view = panel.scene, panel.session, panel.view
    assert scene is not None and session is not None
    card = scene.cards["phone_call"]
    assert [label for _, label in card.node.ports] == [
        "keep_and_come",
        "photo_then_remove",
        "just_remove",
    ]
    view.set_zoom(0.8)
    view.centerOn(card)
    press = view.mapFromScene(card.mapToScene(card.port_point(1)))
    away = view.mapFromScene(card.sceneBoundingRect().topLeft() - QPointF(150, 0))
    assert view.itemAt(away) is None
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(viewport, pos=away)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=away)
    assert session.undo_stack.count() == 0
    assert scene.connector.source is None


def test_the_best_path_is_marked_from_the_last_check(qtbot, opened: EditorWindow) -> None:
    panel = opened.map
    scene = panel.scene
    check = opened._last_check
    assert scene is not None and check is not None and check.result.analysis is not None
    best = [str(n) for n in check.result.analysis.best_path or ()]
    assert len(best) > 5
    assert not any(card.on_path for card in scene.cards.values())
    opened.map_dock.raise_()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_B)
    assert panel.best_action.isChecked()
    assert {n for n, card in scene.cards.items() if card.on_path} == set(best)
    marked = [item.edge for item in scene.edges.values() if item.on_path]
    assert len(marked) == len(best) - 1  # one arrow per step, the choice taken
    assert {(e.source, e.target) for e in marked} == set(itertools.pairwise(best))
    qtbot.keyClick(panel.view, Qt.Key.Key_B)
    assert not any(item.on_path for item in scene.edges.values())


def test_harmful_paths_are_marked_apart_from_the_best_path(qtbot, opened: EditorWindow) -> None:
    panel = opened.map
    scene = panel.scene
    session = opened.session
    assert scene is not None and session is not None
    choices = session.doc.get(("nodes", "talk_olena", "choices"))
    index = next(i for i, c in enumerate(choices) if c["id"] == "listen_first")
    session.push(SetValue(("nodes", "talk_olena", "choices", index, "rating"), "harmful"))
    qtbot.waitUntil(lambda: opened._last_check is not None and bool(opened._last_check.harmful))
    found = opened._last_check.harmful
    assert [(f.node, f.choice) for f in found] == [("talk_olena", "listen_first")]
    assert "talk_olena › listen_first" in panel.harm_action.toolTip()
    opened.map_dock.raise_()
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_H)
    assert panel.harm_action.isChecked()
    edges = {path: item.edge for path, item in scene.edges.items()}
    choice = ("nodes", "talk_olena", "choices", index, "next")
    assert {p for p, item in scene.edges.items() if item.harm == 2} == {choice}
    # The ways on: exactly the arrows from the choice's target that still lead to success.
    graph = scene.graph()
    after = {edges[choice].target}
    before = set(found[0].endings)
    for grow, a, b in ((after, "source", "target"), (before, "target", "source")):
        while True:
            more = {getattr(e, b) for e in graph.edges.values() if getattr(e, a) in grow} - grow
            if not more:
                break
            grow |= more
    ways = {p for p, e in edges.items() if e.source in after and e.target in before} - {choice}
    assert ways
    assert {p for p, item in scene.edges.items() if item.harm == 1} == ways
    assert str(found[0].example_ending) in {edges[p].target for p in ways}
    # Both marks at once: the best path stays its own.
    qtbot.keyClick(panel.view, Qt.Key.Key_B)
    assert any(item.on_path for item in scene.edges.values())
    qtbot.keyClick(panel.view, Qt.Key.Key_H)
    assert not any(item.harm for item in scene.edges.values())
