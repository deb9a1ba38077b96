"""The Help menu: F1 lists the keyboard shortcuts; About says what the app is and where."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.screens import shown_window
from trainer import __version__
from trainer.gui import help as help_windows
from trainer.gui.help import ShortcutsDialog, about_text

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[object]:
    with shown_window(qtbot, tmp_path / "data & <more>") as main:
        yield main


@pytest.mark.parametrize("language", ["pl", "en"])
def test_f1_lists_the_keyboard_shortcuts(
    qtbot, window, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    window.set_language(language)
    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    qtbot.keyClick(window.profiles.profiles, Qt.Key.Key_F1)
    assert len(shown) == 1
    table = shown[0].table.text()
    for keys in ("1 … 9", "Enter", "Esc", "Ctrl+F", "F1"):
        assert f"<b>{keys}</b>" in table
    words = "Skróty klawiszowe" if language == "pl" else "Keyboard shortcuts"
    assert shown[0].windowTitle() == words
    if language == "pl":
        assert "Przerwanie scenariusza" in table  # the rows are translated too


def test_the_listed_keys_are_the_ones_the_app_answers_to(window) -> None:
    """The list names F1 and Ctrl+F: the window and the library really have them."""
    assert window.shortcuts_action.shortcut().toString() == "F1"
    keys = [keys for keys, _what in help_windows.shortcuts()]
    assert "Ctrl+F" in keys and "Esc" in keys


def test_about_says_the_version_the_data_folder_and_the_licences(
    window, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: said.append(text))
    window.about_action.trigger()
    assert len(said) == 1
    text = said[0]
    assert text == about_text(window.context.data_dir)
    assert __version__ in text and pyside_version in text and "LGPL" in text
    assert "data &amp; &lt;more&gt;" in text  # the folder's name, escaped


def test_every_listed_key_does_what_the_list_says(qtbot, window) -> None:
    """Each row of the F1 list, pressed for real on the screen it is for."""
    from PySide6.QtWidgets import QApplication

    from tests.gui.screens import finish_tutorial_headless, settle
    from trainer.domain.model import DecisionNode

    window.set_language("en")
    listed = [keys for keys, _what in help_windows.shortcuts()]
    assert listed == [
        "1 … 9",
        "Enter",
        "Esc",
        "Tab, Shift+Tab",
        "Alt + underlined letter",
        "Ctrl+F",
        "Enter on a scenario",
        "Ctrl++, Ctrl+−, Ctrl+0",
        "F1",
    ]  # a row added here needs its check below

    def focus() -> object:
        return QApplication.focusWidget()

    finish_tutorial_headless(window, "Anna Nowak")
    profiles = window.profiles
    assert profiles.profiles.hasFocus()
    # Tab, Shift+Tab: from the profile list to Continue and back.
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    assert profiles.sign_in_button.hasFocus()
    qtbot.keyClick(focus(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert profiles.profiles.hasFocus()
    # Enter on the focused Continue button signs in.
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    library = window.library
    assert window.stack.currentWidget() is library
    settle(qtbot)

    # Ctrl++, Ctrl+−, Ctrl+0: larger, smaller, normal text.
    size = window.context.settings.point_size
    qtbot.keyClick(focus(), Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.context.settings.point_size == size + 1
    qtbot.keyClick(focus(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(focus(), Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.context.settings.point_size == size - 1
    qtbot.keyClick(focus(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.context.settings.point_size == 11

    # Ctrl+F: the search field.
    qtbot.keyClick(focus(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert library.search.hasFocus()

    # Alt + underlined letter: Alt+M is My history, Alt+B back to the library.
    qtbot.keyClick(focus(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.history, timeout=2000)
    qtbot.keyClick(focus() or window, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is library, timeout=2000)

    # Enter on a scenario: starts the selected one.
    library.list.setFocus()
    assert library.current_card().key == "tutorial"
    qtbot.keyClick(library.list, Qt.Key.Key_Return)
    player = window.player
    assert window.stack.currentWidget() is player
    # Enter goes on; 1 … 9 choose the answer on screen.
    for _ in range(20):
        node = player.active.engine.current_node(player.active.state)
        if isinstance(node, DecisionNode):
            break
        qtbot.keyClick(focus() or player, Qt.Key.Key_Return)
    assert isinstance(player.active.engine.current_node(player.active.state), DecisionNode)
    steps = len(player.active.state.steps)
    first_on_screen = player._offered[0].id
    qtbot.keyClick(focus() or player, Qt.Key.Key_1)
    assert len(player.active.state.steps) == steps + 1
    assert player.active.state.steps[-1].choice == first_on_screen
    assert player.feedback.isVisible()  # practice mode: feedback at once
    # Esc: pause, back to the library with the attempt kept.
    qtbot.keyClick(focus() or player, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is library
    settle(qtbot)
    assert "tutorial" in library.results.in_progress
