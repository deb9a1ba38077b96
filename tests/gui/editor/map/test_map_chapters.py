"""Chapters on the map: made from a selection, framing and following their cards,
renamed, collapsed to one box and expanded, removed, and kept in the side file."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.editor.map.mirror import OpenMap
from trainer.authoring.map_graph import port_of
from trainer.authoring.map_layout import CARD_HEIGHT, CARD_WIDTH, load_side_file, positions_file
from trainer.gui.editor.map import MapPanel
from trainer.gui.editor.map.chapters import ChapterFrame

MEMBERS = ["olena_opens_up", "olena_withdraws", "qualify"]


def _chapter(qtbot, panel: MapPanel, title: str = "Rozmowa z Oleną") -> ChapterFrame:
    """Select MEMBERS, press Ctrl+G and answer the title; the new chapter's frame."""
    assert panel.scene is not None and panel.scene.chapters is not None
    asked: list[str] = []
    panel.ask_chapter_title = lambda current: asked.append(current) or title
    panel.scene.clearSelection()
    for node_id in MEMBERS:
        panel.scene.cards[node_id].setSelected(True)
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Chapter 1"]  # a title is proposed, the user's answer kept
    (frame,) = panel.scene.chapters.frames.values()
    return frame


def _inside(frame: ChapterFrame, panel: MapPanel, node_id: str) -> bool:
    assert panel.scene is not None
    return frame.frame_rect().contains(panel.scene.cards[node_id].sceneBoundingRect())


def _view_point(panel: MapPanel, scene_point: QPointF) -> QPoint:
    panel.view.centerOn(scene_point)
    return panel.view.mapFromScene(scene_point)


def test_a_chapter_frames_its_cards_and_follows_a_dragged_card(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    scene = panel.scene
    assert scene is not None
    frame = _chapter(qtbot, panel)
    assert frame.chapter.title == "Rozmowa z Oleną"
    assert frame.chapter.nodes == MEMBERS
    assert all(_inside(frame, panel, node_id) for node_id in MEMBERS)
    outsider = next(n for n in scene.cards if n not in MEMBERS and n != "write_note")
    assert not frame.frame_rect().intersects(scene.cards[outsider].sceneBoundingRect())
    # Drag one member far to the right with the mouse: the frame grows to hold it.
    card = scene.cards["qualify"]
    scene.clearSelection()
    panel.view.set_zoom(0.5)
    start = _view_point(panel, card.sceneBoundingRect().center() + QPointF(0, -20))
    viewport = panel.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=start + QPoint(60, 0))
    qtbot.mouseMove(viewport, pos=start + QPoint(200, 0))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(200, 0))
    assert card.x() > 300  # it really moved (400 scene units at 50 %)
    assert all(_inside(frame, panel, node_id) for node_id in MEMBERS)


def test_a_chapter_is_saved_and_read_back_with_the_positions(
    qtbot, open_map: OpenMap, tmp_path: Path
) -> None:
    panel = open_map()
    scenario = tmp_path / "tutorial" / "scenario.yaml"
    original = scenario.read_bytes()
    _chapter(qtbot, panel, "Ustalenia")
    side = json.loads(positions_file(scenario).read_text(encoding="utf-8"))
    assert side["chapters"] == [
        {"id": "ch1", "title": "Ustalenia", "nodes": MEMBERS, "collapsed": False}
    ]
    assert scenario.read_bytes() == original  # the scenario file never changes
    again = open_map()
    assert again.scene is not None and again.scene.chapters is not None
    (frame,) = again.scene.chapters.frames.values()
    assert frame.chapter.title == "Ustalenia"
    assert all(_inside(frame, again, node_id) for node_id in MEMBERS)


def test_collapse_to_one_box_with_arrows_to_it_and_expand(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    scene = panel.scene
    assert scene is not None and scene.chapters is not None
    frame = _chapter(qtbot, panel)
    layer = scene.chapters
    inner = [p for p, e in scene.edges.items() if {e.edge.source, e.edge.target} <= set(MEMBERS)]
    into = [
        e for e in scene.edges.values() if e.edge.target in MEMBERS and e.edge.source not in MEMBERS
    ]
    out_of = [
        e for e in scene.edges.values() if e.edge.source in MEMBERS and e.edge.target not in MEMBERS
    ]
    assert inner and into and out_of
    # A click on the title band's toggle collapses it.
    toggle = _view_point(panel, frame.toggle_rect().center())
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=toggle)
    qtbot.waitUntil(lambda: frame.scene() is None)
    (box,) = layer.boxes.values()
    assert all(not scene.cards[n].isVisible() for n in MEMBERS)
    assert all(not e.isVisible() for e in (*into, *out_of))
    assert all(not scene.edges[p].isVisible() for p in inner)
    box_top = QPointF(box.x() + CARD_WIDTH / 2, box.y())
    box_bottom = QPointF(box.x() + CARD_WIDTH / 2, box.y() + CARD_HEIGHT)
    # Every arrow into the chapter now ends at the box, every arrow out starts there;
    # one stand-in per pair of ends.
    assert all(link.end == box_top for link in layer.links if link.start != box_bottom)
    assert any(link.end == box_top for link in layer.links)
    assert any(link.start == box_bottom for link in layer.links)
    assert len(layer.links) <= len(into) + len(out_of)
    assert load_side_file(scene.side_file).chapters[0].collapsed  # type: ignore[arg-type]
    # A card outside moves: the stand-in arrow from it follows.
    source = into[0].source
    port = source.port_point(source.port_index(port_of(into[0].edge)))
    assert any(link.start == source.pos() + port for link in layer.links)
    source.setPos(source.pos() + QPointF(-500, 0))
    assert any(link.start == source.pos() + port for link in layer.links)
    # Double-click on the box expands the chapter again, its cards selected.
    spot = _view_point(panel, box.sceneBoundingRect().center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert not layer.boxes and len(layer.frames) == 1
    assert all(scene.cards[n].isVisible() for n in MEMBERS)
    assert all(e.isVisible() for e in scene.edges.values())
    assert layer.links == []
    assert sorted(panel.selected_ids()) == sorted(MEMBERS)
    # C collapses the chapter of the selected cards, and C on its box expands it.
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_C)
    assert layer.boxes and not scene.cards["qualify"].isVisible()
    next(iter(layer.boxes.values())).setSelected(True)
    qtbot.keyClick(panel.view, Qt.Key.Key_C)
    assert not layer.boxes and scene.cards["qualify"].isVisible()


def test_rename_by_double_click_on_the_title_and_remove_keeps_the_nodes(
    qtbot, open_map: OpenMap
) -> None:
    panel = open_map()
    scene = panel.scene
    assert scene is not None and scene.chapters is not None
    frame = _chapter(qtbot, panel, "Old")
    panel.ask_chapter_title = lambda current: f"{current} → Nowy"
    title = _view_point(panel, frame.title_rect().center())
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=title)
    assert frame.chapter.title == "Old → Nowy"
    # The view scrolled after the rename does not drag the chapter's cards along.
    before = {n: scene.cards[n].pos() for n in MEMBERS}
    panel.view.centerOn(scene.cards["welcome"])
    assert {n: scene.cards[n].pos() for n in MEMBERS} == before
    saved = load_side_file(scene.side_file)  # type: ignore[arg-type]
    assert [c.title for c in saved.chapters] == ["Old → Nowy"]
    # A press inside the frame (not on its title) is the map's: a box-select starts.
    inside = frame.frame_rect().bottomLeft() + QPointF(6, -6)
    assert panel.view.itemAt(_view_point(panel, inside)) is None
    scene.cards["qualify"].setSelected(True)
    panel.view.setFocus()
    qtbot.keyClick(
        panel.view,
        Qt.Key.Key_G,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert scene.chapters.chapters == [] and frame.scene() is None
    assert set(MEMBERS) <= set(scene.cards)
    assert load_side_file(scene.side_file).chapters == []  # type: ignore[arg-type]
    assert panel.session is not None and panel.session.undo_stack.count() == 0


def test_ctrl_g_with_nothing_selected_says_so(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    panel.ask_chapter_title = lambda current: "never asked"  # pragma: no cover
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert panel.scene is not None and panel.scene.chapters is not None
    assert panel.scene.chapters.chapters == []
    assert "Select the nodes" in panel.hint.text()
    assert QApplication.activeModalWidget() is None


def test_a_collapsed_chapter_follows_edits_deletes_and_undo(qtbot, open_map: OpenMap) -> None:
    from trainer.authoring.commands import DeleteNode, SetValue

    panel = open_map()
    scene, session = panel.scene, panel.session
    assert scene is not None and scene.chapters is not None and session is not None
    _chapter(qtbot, panel)
    layer = scene.chapters
    layer.set_collapsed("ch1", True)
    box = layer.boxes["ch1"]
    # An arrow newly led into the chapter is hidden and drawn to the box instead.
    session.push(SetValue(("nodes", "welcome", "next"), "qualify"))
    arrow = scene.edges[("nodes", "welcome", "next")]
    assert not arrow.isVisible()
    welcome = scene.cards["welcome"]
    start = welcome.pos() + welcome.port_point(0)
    assert any(
        link.start == start and link.end == QPointF(box.x() + CARD_WIDTH / 2, box.y())
        for link in layer.links
    )
    # A member deleted leaves the box (its count shows it); undo brings it back in.
    session.push(DeleteNode("olena_withdraws"))
    assert layer.members("ch1") == ["olena_opens_up", "qualify"]
    session.undo_stack.undo()
    assert layer.members("ch1") == MEMBERS
    assert not scene.cards["olena_withdraws"].isVisible()  # back inside the collapsed box
    layer.set_collapsed("ch1", False)
    assert all(edge.isVisible() for edge in scene.edges.values())
    assert all(card.isVisible() for card in scene.cards.values())


def test_dragging_the_title_moves_the_whole_chapter(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    scene = panel.scene
    assert scene is not None
    frame = _chapter(qtbot, panel)
    before = {n: scene.cards[n].pos() for n in scene.cards}
    panel.view.set_zoom(0.5)
    start = _view_point(panel, frame.title_rect().center())
    viewport = panel.view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, pos=start + QPoint(40, 10))
    qtbot.mouseMove(viewport, pos=start + QPoint(100, 50))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(100, 50))
    moved = {n: scene.cards[n].pos() - before[n] for n in MEMBERS}
    assert len({(d.x(), d.y()) for d in moved.values()}) == 1  # all by the same step
    step = moved["qualify"]
    assert step.x() > 100 and step.y() > 50  # 100 × 50 pixels at 50 %
    assert all(scene.cards[n].pos() == before[n] for n in scene.cards if n not in MEMBERS)
    assert all(_inside(frame, panel, n) for n in MEMBERS)
    saved = load_side_file(scene.side_file).positions  # type: ignore[arg-type]
    assert saved["qualify"] == (scene.cards["qualify"].x(), scene.cards["qualify"].y())
