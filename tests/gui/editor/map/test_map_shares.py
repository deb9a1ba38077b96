"""The map's "Officers' choices" tool on a store of real attempts (tests/shares_support.py).

Figures (all attempts at the tutorial, 20): qualify's hate_flag 12 of 17 (the other
choices 4 and 1, hidden, add up to 5); phone_call 13, 5, 2 (hidden whole: "13 and 5 of
20" would give the 2 away); endings 12, 4, 1; the checklist's 'place' missed by 7 of 19.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from tests.gui.editor.map.mirror import OpenMap
from tests.shares_support import World, make_world
from trainer.authoring.document import DocPath
from trainer.gui.context import GuiContext
from trainer.gui.editor.map import MapPanel
from trainer.gui.editor.map.items import EdgeItem
from trainer.gui.editor.map.shares import SharesSource
from trainer.gui.editor.window import EditorWindow
from trainer.gui.settings import UiSettings
from trainer.gui.tasks import TaskRunner
from trainer.services.library import LibraryService
from trainer.storage.records import ProfileRecord


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    w = make_world(tmp_path_factory.mktemp("map-shares"))
    yield w
    w.services.close(backup=False)


def _context(world: World, folder: Path) -> GuiContext:
    return GuiContext(
        services=world.services,
        library=LibraryService([]),
        runner=TaskRunner(synchronous=True),
        settings=UiSettings(folder / "settings.json"),
        data_dir=folder,
    )


def _with_source(
    open_map: OpenMap, world: World, tmp_path: Path, viewer: ProfileRecord
) -> MapPanel:
    panel = open_map()
    panel.shares.set_source(SharesSource(_context(world, tmp_path / "ctx"), lambda: viewer))
    return panel


def _choice_edge(panel: MapPanel, node: str, choice: str) -> EdgeItem:
    assert panel.scene is not None and panel.session is not None
    choices = panel.session.doc.peek(("nodes", node, "choices"))
    index = next(i for i, c in enumerate(choices) if c["id"] == choice)
    prefix: DocPath = ("nodes", node, "choices", index)
    found = [e for path, e in panel.scene.edges.items() if path[:4] == prefix]
    assert found
    return found[0]


def _labels(panel: MapPanel, node: str) -> dict[str, str]:
    assert panel.session is not None
    choices = panel.session.doc.peek(("nodes", node, "choices"))
    return {c["id"]: _choice_edge(panel, node, c["id"]).share_label for c in choices}


def test_disabled_without_the_apps_store(qtbot, open_map: OpenMap) -> None:
    panel = open_map()
    assert not panel.shares.action.isEnabled()
    assert "store of attempts" in panel.shares.action.toolTip()
    qtbot.keyClick(panel.view, Qt.Key.Key_O)
    assert not panel.shares.action.isChecked() and panel.shares.bar.isHidden()
    assert panel.scene is not None
    assert all(not e.share_label for e in panel.scene.edges.values())


def test_key_o_shows_shares_on_arrows_and_cards(
    qtbot, open_map: OpenMap, world: World, tmp_path: Path
) -> None:
    panel = _with_source(open_map, world, tmp_path, world.trainer)
    assert panel.shares.action.isEnabled()
    qtbot.keyClick(panel.view, Qt.Key.Key_O)
    bar = panel.shares.bar
    assert panel.shares.action.isChecked() and bar.isVisible()
    assert [bar.version.itemData(i) for i in range(bar.version.count())] == [None, 1, 2]
    # The first and last start (09:00 on 1 March, 15:00 on 5 March UTC) in local days.
    first = dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC).astimezone().date()
    last = dt.datetime(2026, 3, 5, 15, tzinfo=dt.UTC).astimezone().date()
    assert bar.chosen_days() == (first, last)
    assert "20" in bar.attempts.text()

    hate_flag = _choice_edge(panel, "qualify", "hate_flag")
    assert hate_flag.share == pytest.approx(12 / 17)
    assert hate_flag.share_label == "71 %"
    assert hate_flag.share_width() == pytest.approx(1 + 10 * 12 / 17)
    assert _labels(panel, "qualify") == {
        "hate_flag": "71 %",
        "minor_only": "< 5",
        "handover": "< 5",
    }
    # Hidden whole: no share, the thinnest pen.
    assert set(_labels(panel, "phone_call").values()) == {"< 5"}
    assert _choice_edge(panel, "phone_call", "keep_and_come").share is None
    assert _choice_edge(panel, "phone_call", "keep_and_come").share_width() == 1
    # A choice with two conditional routes: each arrow shows the attempts that went
    # that way (all 12 to end_success; none to end_partial, shown as hidden).
    assert panel.session is not None
    choices = panel.session.doc.peek(("nodes", "follow_up", "choices"))
    index = next(i for i, c in enumerate(choices) if c["id"] == "club_meeting")
    routes = {
        e.target.node_id: e.share_label
        for path, e in panel.scene.edges.items()
        if path[:4] == ("nodes", "follow_up", "choices", index)
    }
    assert routes == {"end_success": "71 %", "end_partial": "< 5"}
    # A plain "next" arrow carries no share.
    assert panel.scene is not None
    nexts = [e for e in panel.scene.edges.values() if e.edge.kind == "next"]
    assert nexts and all(not e.share_label for e in nexts)

    cards = panel.scene.cards
    assert cards["end_success"].shares_badge.endswith("12")
    assert cards["end_failure"].shares_badge.endswith("< 5")
    assert "< 5" in cards["end_failure"].toolTip()
    checklist = cards["indicators"]
    assert "37 %" in checklist.shares_badge  # the highest shown miss rate: 'place', 7 of 19
    assert "• place: 37 %" in checklist.toolTip()
    assert "• slogan: 26 %" in checklist.toolTip()
    assert "• posters: < 5" in checklist.toolTip()

    # Turned off: nothing left on the map.
    qtbot.keyClick(panel.view, Qt.Key.Key_O)
    assert bar.isHidden()
    assert all(not e.share_label for e in panel.scene.edges.values())
    assert all(not c.shares_badge for c in cards.values())


def test_the_bar_filters_change_the_figures(
    qtbot, open_map: OpenMap, world: World, tmp_path: Path
) -> None:
    panel = _with_source(open_map, world, tmp_path, world.trainer)
    panel.shares.action.trigger()
    bar = panel.shares.bar
    # Version 1 (keyboard on the combo box): phone_call 8, 4, 2 of 14 -> 8 shows.
    bar.version.setFocus()
    qtbot.keyClick(bar.version, Qt.Key.Key_Down)
    assert bar.chosen_version() == 1
    assert "14" in bar.attempts.text()
    assert _labels(panel, "phone_call")["keep_and_come"] == "57 %"
    # qualify in version 1: 7, 3, 1 -> the hidden ones add up to 4: all hidden.
    assert set(_labels(panel, "qualify").values()) == {"< 5"}
    # Back to all versions, and from day 5 on: 6 attempts, all figures hidden.
    qtbot.keyClick(bar.version, Qt.Key.Key_Up)
    assert bar.chosen_version() is None
    bar.since.setFocus()
    bar.since.setDate(QDate(2026, 3, 5))
    assert bar.chosen_days() == (dt.date(2026, 3, 5), dt.date(2026, 3, 5))
    assert "6" in bar.attempts.text()
    assert set(_labels(panel, "qualify").values()) == {"< 5"}
    assert panel.scene is not None
    assert panel.scene.cards["end_success"].shares_badge.endswith("< 5")
    # A first day after the last one: said so, nothing drawn.
    bar.until.setDate(QDate(2026, 3, 4))
    assert bar.attempts.text() and "20" not in bar.attempts.text()
    assert all(not e.share_label for e in panel.scene.edges.values())


def test_shares_follow_edits_of_the_document(
    qtbot, open_map: OpenMap, world: World, tmp_path: Path
) -> None:
    """After an undoable edit that rebuilds arrows, the new arrows carry the shares."""
    from trainer.authoring.commands import SetValue

    panel = _with_source(open_map, world, tmp_path, world.trainer)
    panel.shares.action.trigger()
    assert panel.session is not None
    before = _choice_edge(panel, "qualify", "hate_flag")
    choices = panel.session.doc.peek(("nodes", "qualify", "choices"))
    index = next(i for i, c in enumerate(choices) if c["id"] == "hate_flag")
    target = "end_failure" if before.target.node_id != "end_failure" else "end_success"
    path = ("nodes", "qualify", "choices", index, "next")
    old = panel.session.doc.peek(path)
    if isinstance(old, list):
        path = (*path, 0, "to")
    panel.session.push(SetValue(path, target))
    after = _choice_edge(panel, "qualify", "hate_flag")
    assert after.target.node_id == target
    assert after.share_label == "71 %"
    panel.session.undo_stack.undo()
    assert _choice_edge(panel, "qualify", "hate_flag").share_label == "71 %"


def test_officers_cannot_reach_it(qtbot, open_map: OpenMap, world: World, tmp_path: Path) -> None:
    panel = _with_source(open_map, world, tmp_path, world.officers[0])
    qtbot.keyClick(panel.view, Qt.Key.Key_O)
    assert panel.shares.bar.isVisible()
    assert panel.shares.shares is None
    assert panel.scene is not None
    assert all(not e.share_label for e in panel.scene.edges.values())
    assert all(not c.shares_badge for c in panel.scene.cards.values())
    assert panel.shares.bar.attempts.text()  # says why (only an instructor may)
    assert "20" not in panel.shares.bar.attempts.text()


def test_editor_window_wires_the_tool(qtbot, places, world: World, tmp_path: Path) -> None:
    """In the editor, the tool reads the app's store as the signed-in instructor."""
    window = EditorWindow(places, synchronous=True, context=_context(world, tmp_path / "ctx"))
    window.viewer = lambda: world.trainer
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    try:
        assert window.open_file(places.own_dir / "tutorial" / "scenario.yaml")
        tool = window.map.shares
        assert tool.action.isEnabled()
        tool.action.trigger()
        assert _choice_edge(window.map, "qualify", "hate_flag").share_label == "71 %"
    finally:
        if window.session is not None:
            window.session.undo_stack.setClean()
        window.close()
        window.deleteLater()
    bare = EditorWindow(places, synchronous=True)
    qtbot.addWidget(bare)
    assert not bare.map.shares.action.isEnabled()
