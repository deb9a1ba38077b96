"""The outline: nodes grouped by type, Ctrl+F search in any language, "where is this used"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trainer.authoring.commands import InsertNode, SetValue
from trainer.authoring.document import ScenarioDocument
from trainer.gui.editor.outline_model import OutlineFilter, OutlineModel

pytestmark = pytest.mark.gui


def _top_labels(editor) -> list[str]:
    proxy = editor.outline.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def test_the_outline_lists_the_parts_and_the_nodes_by_type(opened) -> None:
    labels = _top_labels(opened)
    assert labels == [
        "Scenario (5)",
        "Scenes (9)",
        "Decisions (5)",
        "Checklists (1)",
        "Reports (1)",
        "Endings (3)",
    ]
    paths = opened.outline.visible_paths()
    assert paths[0] == ()  # the metadata first
    assert ("competencies", "bias_indicators") in paths
    assert ("variables", "trust") in paths
    assert ("cards", "how_to_play") in paths
    assert ("nodes", "phone_call") in paths
    assert len([p for p in paths if p[0:1] == ("nodes",)]) == 19


def test_ctrl_f_searches_by_id_and_by_text_in_either_language(qtbot, opened) -> None:
    qtbot.keyClick(opened, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert opened.outline.search.hasFocus()
    search = opened.outline.search
    assert search.toolTip() == search.placeholderText()  # whole where the field cuts it
    qtbot.keyClicks(opened.outline.search, "phone_c")
    assert opened.outline.visible_paths() == [("nodes", "phone_call")]
    # Polish text of a choice deep in a node finds its node.
    opened.outline.search.clear()
    qtbot.keyClicks(opened.outline.search, "Celtic cross")  # English summary / texts
    english = opened.outline.visible_paths()
    assert () in english  # the summary is the scenario's own
    opened.outline.search.clear()
    qtbot.keyClicks(opened.outline.search, "ZAUFANIE KLUBU")  # any case, Polish label
    found = opened.outline.visible_paths()
    assert found[0] == ("variables", "trust") and () not in found
    # Down goes into the results and Enter shows the entry.
    with qtbot.waitSignal(opened.session.selection_requested) as shown:
        qtbot.keyClick(opened.outline.search, Qt.Key.Key_Down)
    assert shown.args == [("variables", "trust")]
    qtbot.keyClick(opened.outline.search, Qt.Key.Key_Escape)
    assert len(opened.outline.visible_paths()) > 30  # Escape in the field clears it


def test_the_outline_follows_edits_and_selection(qtbot, opened) -> None:
    session = opened.session
    session.push(InsertNode("extra_scene", {"type": "scene", "text": {"pl": "Nowa"}}))
    assert "Scenes (10)" in _top_labels(opened)
    session.push(SetValue(("nodes", "extra_scene", "title"), {"pl": "Zupełnie nowa scena"}))
    qtbot.keyClicks(opened.outline.search, "zupe")
    assert opened.outline.visible_paths() == [("nodes", "extra_scene")]
    opened.undo_action.trigger()
    opened.undo_action.trigger()
    assert opened.outline.visible_paths() == []
    opened.outline.search.clear()
    session.select(("nodes", "qualify", "choices", 1, "text", "pl"))
    assert opened.outline.current_path() == ("nodes", "qualify")


def test_where_is_a_node_a_card_and_a_variable_used(qtbot, opened) -> None:
    outline = opened.outline
    outline.follow(("nodes", "olena_arrives"))
    assert outline.uses_button.isEnabled()
    qtbot.mouseClick(outline.uses_button, Qt.MouseButton.LeftButton)
    model = outline.uses_model
    places = [model.item(row).data(Qt.ItemDataRole.UserRole + 1) for row in range(model.rowCount())]
    assert places and all(place[0] == "nodes" for place in places)
    for place in places:
        assert opened.session.doc.get(place) == "olena_arrives" or "olena_arrives" in str(
            opened.session.doc.get(place)
        )
    assert model.item(0).text().startswith("Next step") or " of " in model.item(0).text()
    with qtbot.waitSignal(opened.session.selection_requested) as shown:
        qtbot.mouseClick(
            outline.uses.viewport(),
            Qt.MouseButton.LeftButton,
            pos=outline.uses.visualRect(model.index(0, 0)).center(),
        )
    assert shown.args == [places[0]]

    outline.follow(("variables", "trust"))
    qtbot.keyClick(
        opened,
        Qt.Key.Key_U,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    variable_places = [
        model.item(row).data(Qt.ItemDataRole.UserRole + 1) for row in range(model.rowCount())
    ]
    assert variable_places
    assert any("effects" in place or "if" in place for place in variable_places)

    outline.follow(("cards", "how_to_play"))
    outline.show_uses()
    card_places = [
        model.item(row).data(Qt.ItemDataRole.UserRole + 1) for row in range(model.rowCount())
    ]
    assert card_places and all(p[-2] == "cards" for p in card_places)

    outline.follow(())  # the metadata: nothing to look up
    assert not outline.uses_button.isEnabled()


def test_outline_models_pass_the_model_tester(qtmodeltester, own_file) -> None:
    doc = ScenarioDocument.open(own_file)
    model = OutlineModel(doc)
    qtmodeltester.check(model, force_py=True)
    proxy = OutlineFilter()
    proxy.setSourceModel(model)
    proxy.set_search("olena")
    qtmodeltester.check(proxy, force_py=True)
    assert proxy.rowCount() > 0


def test_a_group_opens_the_form_where_its_entries_are_added(qtbot, opened) -> None:
    """ "Variables (0)" or "Scenes" is where an instructor looks to add one."""
    opened.session.push(SetValue(("variables",), {}))
    proxy = opened.outline.proxy
    scenario = proxy.index(0, 0)
    variables = next(
        proxy.index(row, 0, scenario)
        for row in range(proxy.rowCount(scenario))
        if proxy.index(row, 0, scenario).data() == "Variables (0)"
    )
    tree = opened.outline.tree
    tree.scrollTo(variables)  # the outline was rebuilt after the edit
    qtbot.waitUntil(lambda: not tree.visualRect(variables).isEmpty())
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(variables).center()
    )
    assert opened.form.form.root == ("variables",)
    scenes = next(
        proxy.index(row, 0)
        for row in range(proxy.rowCount())
        if proxy.index(row, 0).data().startswith("Scenes")
    )
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(scenes).center()
    )
    assert opened.form.form.root == ("nodes",)  # the list of nodes, with "Add a node"


def test_adding_a_node_keeps_the_groups_that_were_open(qtbot, opened) -> None:
    tree = opened.outline.tree
    proxy = opened.outline.proxy
    opened_before = [
        proxy.index(r, 0).data()
        for r in range(proxy.rowCount())
        if tree.isExpanded(proxy.index(r, 0))
    ]
    assert len(opened_before) == proxy.rowCount()  # every group open at first
    opened.session.push(InsertNode("extra_scene", {"type": "scene", "text": {"pl": "Nowa"}}))
    still = [r for r in range(proxy.rowCount()) if tree.isExpanded(proxy.index(r, 0))]
    assert len(still) == proxy.rowCount()


def test_a_search_does_not_hide_the_next_document(qtbot, opened, places) -> None:
    qtbot.keyClick(opened, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(opened.outline.search, "phone_c")
    assert opened.outline.visible_paths() == [("nodes", "phone_call")]
    assert opened.open_file(places.shipped_dir / "old-town-fight" / "scenario.yaml")
    assert opened.outline.search.text() == ""
    assert len(opened.outline.visible_paths()) > 10


def test_browsing_the_outline_by_keys_keeps_the_keyboard_there(qtbot, opened) -> None:
    from PySide6.QtWidgets import QApplication

    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    qtbot.keyClick(opened, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for letter in "qualify":  # each letter filters the tree and shows the first match
        qtbot.keyClicks(QApplication.focusWidget(), letter)
    assert opened.outline.search.text() == "qualify"
    assert QApplication.focusWidget() is opened.outline.search
    tree = opened.outline.tree
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home)
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert QApplication.focusWidget() is tree  # arrows browse; the form follows
    from trainer.gui.editor.forms.shape import form_root

    assert opened.form.form.root == form_root(opened.outline.current_path())
    qtbot.keyClick(tree, Qt.Key.Key_Return)  # Enter goes into the form
    assert opened.form.isAncestorOf(QApplication.focusWidget())


def test_the_selection_follows_a_renamed_node(qtbot, opened) -> None:
    from trainer.authoring.commands import RenameNode

    opened.session.select(("nodes", "qualify"))
    assert opened.outline.current_path() == ("nodes", "qualify")
    opened.session.push(RenameNode("qualify", "qualify_case"))
    assert opened.outline.current_path() == ("nodes", "qualify_case")
