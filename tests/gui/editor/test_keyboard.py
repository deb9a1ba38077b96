"""The editor by keyboard: F6 through the panels, mnemonics, names for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.screens import settle
from trainer.gui.editor.shortcuts import ShortcutsDialog

pytestmark = pytest.mark.gui


def test_f6_cycles_through_the_form_and_the_panels(qtbot, opened) -> None:
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget() or opened, Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    targets = {
        "form": opened.form,
        "outline": opened.outline.tree,
        "findings": opened.findings,
        "analysis": opened.analysis.view,
    }
    reached = {
        name
        for name, widget in targets.items()
        for focus in seen
        if focus is widget or widget.isAncestorOf(focus)
    }
    assert reached == set(targets)
    before = QApplication.focusWidget()
    qtbot.keyClick(before, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is before


@pytest.mark.parametrize("language", ["en", "pl"])
def test_every_menu_action_has_a_mnemonic_or_a_shortcut_and_they_do_not_clash(
    qtbot, opened, language: str
) -> None:
    from trainer.gui.i18n import Translations

    Translations(QApplication.instance()).install(language)  # the conftest removes it after
    if language == "pl":  # the window follows the language change (an event, posted)
        qtbot.waitUntil(lambda: opened.file_menu.title() == "&Plik")
    menus = (opened.file_menu, opened.edit_menu, opened.view_menu, opened.help_menu)
    for menu in menus:
        letters = []
        for action in menu.actions():
            if action.isSeparator():
                continue
            text = action.text()
            assert "&" in text or not action.shortcut().isEmpty(), text
            if "&" in text:
                letters.append(text[text.index("&") + 1].lower())
        assert len(letters) == len(set(letters)), (menu.title(), letters)
    titles = [m.title() for m in menus]
    assert len({t[t.index("&") + 1].lower() for t in titles}) == len(menus)


def test_panels_and_fields_have_accessible_names(opened) -> None:
    for widget in (
        opened.outline.search,
        opened.outline.tree,
        opened.outline.uses_button,
        opened.findings,
        opened.analysis.view,
        opened.history,
        opened.form,
    ):
        assert widget.accessibleName(), type(widget).__name__


def test_the_editor_fits_at_double_text_size(qtbot, opened) -> None:
    from trainer.gui.style import stylesheet

    app = QApplication.instance()
    app.setStyleSheet(stylesheet(22))
    try:
        settle(qtbot)
        opened.fit_panels()
        form_width = opened.centralWidget().width()
        assert form_width >= opened.width() * 0.4  # the form keeps the middle
        for dock in (opened.outline_dock, opened.findings_dock, opened.analysis_dock):
            assert dock.isVisible() and dock.widget().height() > 100
        assert opened.counts_label.isVisible()
        assert opened.counts_label.width() >= opened.counts_label.sizeHint().width()
    finally:
        app.setStyleSheet("")


def test_f1_lists_the_editor_shortcuts(qtbot, opened) -> None:
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    qtbot.keyClick(opened, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog))
    dialog = QApplication.activeModalWidget()
    rows = {
        dialog.model.item(row, 0).text(): dialog.model.item(row, 1).text()
        for row in range(dialog.model.rowCount())
    }
    assert rows["Save"] == "Ctrl+S"
    assert rows["Redo"] == "Ctrl+Shift+Z, Ctrl+Y"
    assert rows["Next panel"] == "F6"
    dialog.reject()


def test_the_panels_are_where_the_instructor_left_them(qtbot, places) -> None:
    from trainer.gui.editor.window import EditorWindow

    first = EditorWindow(places, synchronous=True)
    first.show()
    qtbot.waitExposed(first)
    first.findings_dock.hide()
    first.history_dock.raise_()
    first.close()
    assert places.layout_file.is_file()
    second = EditorWindow(places, synchronous=True)
    second.show()
    qtbot.waitExposed(second)
    try:
        assert not second.findings_dock.isVisible()
        assert second.outline_dock.isVisible()
    finally:
        second.close()
    places.layout_file.write_text("not json", encoding="utf-8")
    third = EditorWindow(places, synchronous=True)  # a broken file: the default layout
    third.show()
    qtbot.waitExposed(third)
    try:
        assert third.findings_dock.isVisible()
    finally:
        third.close()


def test_the_id_field_grows_with_the_text_size(qtbot, opened) -> None:
    from PySide6.QtWidgets import QLineEdit

    from trainer.gui.style import stylesheet

    opened.session.select(("id",))
    edit = next(w for w in opened.form.form.findChildren(QLineEdit) if w.accessibleName() == "Id")
    app = QApplication.instance()
    app.setStyleSheet(stylesheet(22))  # the form was built at the normal size
    try:
        settle(qtbot)
        # Room for 24 letters of the new size, however narrow the form gets.
        assert edit.minimumWidth() >= 24 * edit.fontMetrics().averageCharWidth()
    finally:
        app.setStyleSheet("")


def test_the_map_fills_the_window_and_gives_the_panels_back(qtbot, opened) -> None:
    """View > Map in the whole window (Ctrl+Shift+M): the form and the other panels step
    aside for the map; again, or Enter on a card, brings them back as they were."""
    editor = opened
    assert editor.centre.isVisible() and editor.outline_dock.isVisible()
    qtbot.keyClick(
        editor,
        Qt.Key.Key_M,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: editor.map.isVisible())
    assert not editor.centre.isVisible()
    assert not editor.outline_dock.isVisible() and not editor.findings_dock.isVisible()
    qtbot.waitUntil(lambda: editor.map.width() > editor.width() * 0.9)
    assert editor.wide_map_action.isChecked()
    # Enter on a card opens its form: the panels come back for it.
    editor.map.view.setFocus()
    assert editor.map.scene is not None
    editor.map.scene.cards["phone_call"].setSelected(True)
    qtbot.keyClick(editor.map.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.centre.isVisible())
    assert editor.outline_dock.isVisible() and editor.findings_dock.isVisible()
    assert not editor.wide_map_action.isChecked()
    qtbot.waitUntil(lambda: editor.centre.width() > editor.width() * 0.4)


def test_a_panels_key_brings_it_from_behind_a_tab_then_closes_it(qtbot, opened) -> None:
    """Alt+5 with the map behind the analysis' tab shows the map (it does not close it);
    pressed again with the map in front, it closes it; again, it comes back."""
    editor = opened

    def in_front() -> bool:
        return not editor.map_dock.isHidden() and not editor.map.visibleRegion().isEmpty()

    assert not in_front()  # behind the analysis' tab
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(editor, Qt.Key.Key_5, alt)
    qtbot.waitUntil(in_front)
    qtbot.keyClick(editor, Qt.Key.Key_5, alt)
    qtbot.waitUntil(editor.map_dock.isHidden)
    qtbot.keyClick(editor, Qt.Key.Key_5, alt)
    qtbot.waitUntil(in_front)


@pytest.mark.parametrize("wide", [False, True])
def test_a_card_chosen_on_the_map_shows_its_form_but_the_keys_stay_on_the_map(
    qtbot, opened, wide: bool
) -> None:
    """Choosing a card (a click, a paste) shows its form; the keyboard stays in the map,
    so Ctrl+G or Delete act on the cards and letters never land in a field, above all in
    a form out of sight behind the map in the whole window."""
    editor = opened
    editor.set_wide_map(wide)
    view = editor.map.view
    editor.map_dock.show()
    editor.map_dock.raise_()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert editor.map.scene is not None
    card = editor.map.scene.cards["heads_up"]
    editor.map.view.centerOn(card)
    point = view.mapFromScene(card.sceneBoundingRect().center())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert editor.form.form.root == ("nodes", "heads_up")  # the form follows
    assert QApplication.focusWidget() is view
    before = editor.session.doc.to_text()
    qtbot.keyClicks(view, "abc")
    assert editor.session.doc.to_text() == before
