"""Enter presses the focused button on every page and submits the dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QInputDialog

from tests.gui.screens import finish_tutorial_headless, settle

pytestmark = pytest.mark.gui


def signed_in(qtbot, window) -> None:
    finish_tutorial_headless(window, "Anna Nowak")
    qtbot.keyClick(window.profiles.profiles, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library
    settle(qtbot)


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_the_focused_start_button_starts(qtbot, window, key) -> None:
    signed_in(qtbot, window)
    window.library.start_button.setFocus()
    qtbot.keyClick(window.library.start_button, key)
    assert window.stack.currentWidget() is window.player


def test_enter_on_the_focused_history_button_opens_the_history(qtbot, window) -> None:
    signed_in(qtbot, window)
    window.library.history_button.setFocus()
    qtbot.keyClick(window.library.history_button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.history
    window.history.back_button.setFocus()
    qtbot.keyClick(window.history.back_button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library


def test_enter_on_a_disabled_or_unfocused_button_does_nothing(qtbot, window) -> None:
    signed_in(qtbot, window)
    library = window.library
    library.list.setFocus()
    library.search.setText("no such scenario anywhere")
    assert not library.start_button.isEnabled()
    library.search.setFocus()
    qtbot.keyClick(library.search, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is library


def test_enter_submits_a_dialog(qtbot, window) -> None:
    services = window.context.services
    trainer = services.profiles.create("Instruktor", role="trainer", secret="Zaq1-trener-2026")
    window.profile = trainer
    answered: list[bool] = []

    def type_minutes() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, type_minutes)
            return
        field = dialog.findChild(QAbstractSpinBox)
        field.selectAll()
        qtbot.keyClicks(field, "15")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        answered.append(not dialog.isVisible())
        if dialog.isVisible():
            dialog.reject()  # Enter did not submit: fail below, do not hang

    QTimer.singleShot(0, type_minutes)
    window.ask_idle_minutes()
    assert answered == [True]
    assert window.context.settings.idle_minutes == 15
