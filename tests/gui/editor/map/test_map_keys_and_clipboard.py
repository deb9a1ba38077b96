"""The map by keyboard (arrows, Enter, Ctrl+A), copy/cut/paste of nodes, the minimap,
and arrows drawn light unless their node is selected."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication

from tests.gui.editor.map.mirror import OpenMap, drawn, expected
from trainer.gui.editor.map import MapPanel


def _cross(panel: MapPanel) -> None:
    """Cards in a cross around ``call``; every other card far away to the right."""
    assert panel.scene is not None
    places = {
        "call": (0, 0),
        "phone_call": (420, 40),  # right, a little low
        "at_door": (900, 0),  # right again, further
        "indicators": (30, 300),  # below
        "talk_olena": (-420, -10),  # left
        "welcome": (0, -300),  # above
        "heads_up": (380, 330),  # right and below: nearer than at_door, but aside
    }
    for index, (node_id, card) in enumerate(panel.scene.cards.items()):
        x, y = places.get(node_id, (6000 + 300 * index, 3000))
        card.setPos(x, y)


def _key(qtbot, panel: MapPanel, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(panel.view, key, modifier)


def test_arrow_keys_move_the_selection_to_the_nearest_card_that_way(
    qtbot, open_map: OpenMap
) -> None:
    panel = open_map()
    _cross(panel)
    assert panel.scene is not None and panel.session is not None
    panel.view.setFocus()
    panel.scene.cards["call"].setSelected(True)
    shown: list[tuple[object, ...]] = []
    panel.session.selection_requested.connect(shown.append)
    for key, wanted in (
        (Qt.Key.Key_Right, "phone_call"),
        (Qt.Key.Key_Right, "at_door"),
        (Qt.Key.Key_Left, "phone_call"),
        (Qt.Key.Key_Left, "call"),
        (Qt.Key.Key_Down, "indicators"),
        (Qt.Key.Key_Up, "call"),
        (Qt.Key.Key_Up, "welcome"),
        (Qt.Key.Key_Down, "call"),
        (Qt.Key.Key_Left, "talk_olena"),
    ):
        _key(qtbot, panel, key)
        assert panel.selected_ids() == [wanted], key
    assert shown[-1] == ("nodes", "talk_olena")  # the form follows the card
    _key(qtbot, panel, Qt.Key.Key_Left)  # nothing further left: the selection stays
    assert panel.selected_ids() == ["talk_olena"]


def test_enter_opens_the_form_and_ctrl_a_selects_every_card(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    assert panel.scene is not None and panel.session is not None
    opened: list[tuple[object, ...]] = []
    panel.open_requested.connect(opened.append)
    panel.view.setFocus()
    _key(qtbot, panel, Qt.Key.Key_Down)  # nothing selected: the card nearest the middle
    (first,) = panel.selected_ids()
    _key(qtbot, panel, Qt.Key.Key_Return)
    assert opened == [("nodes", first)]
    _key(qtbot, panel, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert sorted(panel.selected_ids()) == sorted(panel.scene.cards)
    _key(qtbot, panel, Qt.Key.Key_Return)  # many selected: Enter opens nothing
    assert len(opened) == 1


def test_arrows_are_light_unless_their_node_is_selected(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    assert panel.scene is not None
    assert not any(edge.lit for edge in panel.scene.edges.values())
    panel.scene.cards["qualify"].setSelected(True)
    for edge in panel.scene.edges.values():
        touches = "qualify" in (edge.edge.source, edge.edge.target)
        assert edge.lit == touches


def test_copy_paste_makes_new_nodes_with_renamed_ids_and_one_undo_removes_them(
    qtbot, open_map: OpenMap
) -> None:
    panel = open_map()
    scene, session = panel.scene, panel.session
    assert scene is not None and session is not None
    text = session.doc.to_text()
    before = drawn(scene)
    copied = ["olena_opens_up", "qualify", "write_note"]
    for node_id in copied:
        scene.cards[node_id].setSelected(True)
    gap = scene.cards["qualify"].pos() - scene.cards["olena_opens_up"].pos()
    panel.view.setFocus()
    _key(qtbot, panel, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text().startswith("trainer-map-nodes: 1")
    assert "3" in panel.hint.text()
    _key(qtbot, panel, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    new = [f"{node_id}_2" for node_id in copied]
    assert sorted(panel.selected_ids()) == sorted(new)  # the pasted cards are selected
    nodes = session.doc.plain()["nodes"]
    assert [c["next"] for c in nodes["qualify_2"]["choices"]] == ["write_note_2"] * 3
    assert nodes["write_note_2"]["next"] == "follow_up"  # outside the copy: unchanged
    assert drawn(scene) == expected(session.doc)
    # The cards keep their places relative to each other.
    assert scene.cards["qualify_2"].pos() - scene.cards["olena_opens_up_2"].pos() == gap
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.doc.to_text() == text
    assert drawn(scene) == before


def test_cut_deletes_after_copying_and_paste_brings_the_same_ids_back(
    qtbot, open_map: OpenMap
) -> None:
    panel = open_map()
    scene, session = panel.scene, panel.session
    assert scene is not None and session is not None
    panel.confirm_orphans = lambda deleted, orphans: True
    scene.cards["passerby"].setSelected(True)
    panel.view.setFocus()
    _key(qtbot, panel, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert "passerby" not in scene.cards
    _key(qtbot, panel, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert panel.selected_ids() == ["passerby"]  # its id was free again
    assert drawn(scene) == expected(session.doc)


def test_pasting_other_text_says_so_and_a_read_only_map_copies_but_never_pastes(
    qtbot, open_map: OpenMap
) -> None:
    panel = open_map()
    assert panel.session is not None
    QGuiApplication.clipboard().setText("nodes:\n  a: {type: scene}\n")
    panel.view.setFocus()
    _key(qtbot, panel, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "no nodes copied" in panel.hint.text()
    assert panel.view.notice.isVisible()  # over the map, where a narrow dock shows it
    assert panel.view.notice.text() == panel.hint.text()
    assert panel.session.undo_stack.count() == 0
    shipped = open_map(read_only=True)
    assert shipped.scene is not None and shipped.session is not None
    shipped.scene.cards["call"].setSelected(True)
    assert shipped.copy_selected()
    assert "call:" in QGuiApplication.clipboard().text()
    assert shipped.paste() == []
    assert "read-only" in shipped.hint.text()
    assert shipped.session.undo_stack.count() == 0


def test_a_click_in_the_minimap_moves_the_view_there(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    assert panel.scene is not None
    minimap = panel.view.minimap
    assert minimap.isVisible()
    minimap.redraw()
    target = panel.scene.cards["end_failure"]
    panel.view.centerOn(panel.scene.cards["welcome"])
    visible = panel.view.mapToScene(panel.view.viewport().rect()).boundingRect()
    assert not visible.contains(target.sceneBoundingRect().center())
    spot = minimap.to_map(target.sceneBoundingRect()).center()
    qtbot.mouseClick(
        minimap, Qt.MouseButton.LeftButton, pos=QPoint(round(spot.x()), round(spot.y()))
    )
    visible = panel.view.mapToScene(panel.view.viewport().rect()).boundingRect()
    assert target.sceneBoundingRect().intersects(
        visible.adjusted(
            visible.width() / 3, visible.height() / 3, -visible.width() / 3, -visible.height() / 3
        )
    )
    # M hides it, and again shows it.
    panel.view.setFocus()
    _key(qtbot, panel, Qt.Key.Key_M)
    assert not minimap.isVisible()
    _key(qtbot, panel, Qt.Key.Key_M)
    assert minimap.isVisible()


def test_the_minimap_redraws_once_after_changes_not_per_frame(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    assert panel.scene is not None
    minimap = panel.view.minimap
    qtbot.waitUntil(lambda: not minimap.redraw_pending())
    before = minimap.redraws
    card = panel.scene.cards["call"]
    for _step in range(10):  # a drag: ten frames
        card.setPos(card.pos() + QPointF(15, 0))
        qtbot.wait(5)
    assert minimap.redraws == before
    qtbot.waitUntil(lambda: minimap.redraws == before + 1)
    qtbot.wait(400)
    assert minimap.redraws == before + 1


def test_f6_reaches_the_map_enter_opens_the_form_and_f1_lists_the_map_keys(qtbot, opened) -> None:
    from PySide6.QtWidgets import QApplication

    from trainer.gui.editor.shortcuts import ShortcutsDialog

    opened.map_dock.show()
    opened.map_dock.raise_()
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    seen = []
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget() or opened, Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert opened.map.view in seen
    opened.map.view.setFocus()
    qtbot.keyClick(opened.map.view, Qt.Key.Key_Down)
    (chosen,) = opened.map.selected_ids()
    qtbot.keyClick(opened.map.view, Qt.Key.Key_Return)
    assert opened.form is not None
    assert opened.form.current_path()[:2] == ("nodes", chosen)
    focus = QApplication.focusWidget()
    assert focus is not None and opened.form.isAncestorOf(focus)  # typing goes to the form
    qtbot.keyClick(opened, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog))
    dialog = QApplication.activeModalWidget()
    rows = {
        dialog.model.item(row, 0).text(): dialog.model.item(row, 1).text()
        for row in range(dialog.model.rowCount())
    }
    assert rows["Chapter from selection"] == "Ctrl+G"
    assert rows["Paste nodes"] == "Ctrl+V"
    assert rows["Minimap"] == "M"
    dialog.reject()


def test_the_minimap_steps_aside_in_a_narrow_panel_and_comes_back(qtbot, open_map: OpenMap) -> None:
    """In a panel too small for it the minimap would cover the cards: it hides, and shows
    again when there is room, unless M has hidden it."""
    panel = open_map()
    minimap = panel.view.minimap
    assert minimap.isVisible()
    panel.resize(420, 300)
    qtbot.waitUntil(lambda: not minimap.isVisible())
    assert panel.minimap_action.isChecked()  # still wanted: only out of the way
    panel.resize(1000, 700)
    qtbot.waitUntil(minimap.isVisible)
    panel.view.setFocus()
    _key(qtbot, panel, Qt.Key.Key_M)
    panel.resize(1100, 760)
    qtbot.wait(50)
    assert not minimap.isVisible()
