"""Answering the app's message boxes as an officer would: a click or a key on the real box."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


@dataclass
class Asked:
    """One message box as the officer saw it."""

    title: str
    text: str
    detail: str
    buttons: list[str]


class Answerer:
    """Answers the next message box with a click or a key on it, once it is up.

    Its looks stop when the test ends (the fixture below): one left waiting for a box
    that never came must not answer a later test's dialog.
    """

    def __init__(self) -> None:
        self.stopped = False

    def __call__(self, qtbot, how: Callable[[QMessageBox], None]) -> list[Asked]:
        asked: list[Asked] = []

        def look() -> None:
            if self.stopped:
                return
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox) or not box.isVisible():
                QTimer.singleShot(10, look)
                return
            asked.append(
                Asked(
                    box.windowTitle(),
                    box.text(),
                    box.informativeText(),
                    [b.text() for b in box.buttons()],
                )
            )
            how(box)

        QTimer.singleShot(0, look)
        return asked


def click(qtbot, role: QMessageBox.ButtonRole) -> Callable[[QMessageBox], None]:
    def do(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if box.buttonRole(b) == role)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    return do


def key(qtbot, pressed: Qt.Key) -> Callable[[QMessageBox], None]:
    return lambda box: qtbot.keyClick(box, pressed)
