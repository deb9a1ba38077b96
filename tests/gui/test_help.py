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
