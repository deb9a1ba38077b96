"""The first start (no profiles yet) and signing in by keyboard: Enter in the PIN fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from tests.gui.screens import settle

pytestmark = pytest.mark.gui

PIN = "482915"


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_first_start_says_what_to_do_and_shows_the_pin_rules(qtbot, window, language) -> None:
    window.set_language(language)
    page = window.profiles
    settle(qtbot)
    assert page.profiles.count() == 0
    if language == "pl":
        assert "Utwórz swój profil" in page.intro.text()
        assert "Na tym komputerze nie ma jeszcze profili" in page.no_profiles.text()
    else:
        assert "Create your profile to begin" in page.intro.text()
        assert "No profiles on this computer yet" in page.no_profiles.text()
    assert page.no_profiles.isVisible() and not page.profiles.isVisible()
    # Nothing to continue with, nothing typed to create.
    assert not page.sign_in_button.isEnabled()
    assert not page.create_button.isEnabled()
    assert page.name_edit.hasFocus()
    # The PIN rules are on screen before anything is typed.
    assert page.pin_hint.isVisible()
    for example in ("6", "111111", "123456", "121212"):
        assert example in page.pin_hint.text()

    qtbot.keyClicks(page.name_edit, "   ")
    assert not page.create_button.isEnabled()  # blanks are no name
    qtbot.keyClicks(page.name_edit, "Anna")
    assert page.create_button.isEnabled()
    page.name_edit.clear()
    assert not page.create_button.isEnabled()


def test_enter_in_the_pin_field_creates_the_profile_and_signs_in(qtbot, window) -> None:
    page = window.profiles
    qtbot.keyClicks(page.name_edit, "Anna Nowak")
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Tab)
    assert page.pin_edit.hasFocus()
    qtbot.keyClicks(page.pin_edit, PIN)
    qtbot.keyClick(page.pin_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library
    (stored,) = window.context.services.store.list_profiles()
    assert stored.display_name == "Anna Nowak" and stored.secret_hash is not None


def test_typing_the_pin_and_pressing_enter_signs_in(qtbot, window) -> None:
    window.context.services.profiles.create("Anna Nowak", secret=PIN)
    page = window.profiles
    page.refresh()
    assert page.sign_in_button.isEnabled()
    asked: list[str] = []
    focused: list[bool] = []
    tries: list[int] = []

    def type_pin() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, type_pin)
            return
        field = dialog.findChild(QLineEdit)
        if not field.hasFocus() and len(tries) < 20:
            tries.append(1)  # the dialog is still being activated
            QTimer.singleShot(20, type_pin)
            return
        asked.append(dialog.labelText())
        focused.append(field.hasFocus() and field.echoMode() == QLineEdit.EchoMode.Password)
        qtbot.keyClicks(field, PIN)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        if dialog.isVisible():
            dialog.reject()  # Enter did not submit: fail below, do not hang

    QTimer.singleShot(0, type_pin)
    page.profiles.setFocus()
    qtbot.keyClick(page.profiles, Qt.Key.Key_Return)  # Enter on the chosen profile
    assert asked and "Anna Nowak" in asked[0]
    assert focused == [True]  # the PIN field, hidden as typed, has the keyboard
    assert window.stack.currentWidget() is window.library
    assert window.profile is not None and window.profile.display_name == "Anna Nowak"


def test_enter_on_the_focused_continue_button_signs_in(qtbot, window) -> None:
    window.context.services.profiles.create("Anna Nowak")
    page = window.profiles
    page.refresh()
    page.sign_in_button.setFocus()
    qtbot.keyClick(page.sign_in_button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library
