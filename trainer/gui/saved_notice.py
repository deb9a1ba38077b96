"""Saying where an export was written, with a button that opens its folder.

A save dialog remembers nothing the officer can see afterwards: the file's full path
is shown once it is written, so it can be found again (or carried on a USB stick).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget


def show_saved(parent: QWidget, title: str, path: Path) -> QMessageBox:
    """An information box naming ``path`` (not blocking: the window stays usable)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        title,
        QCoreApplication.translate("SavedNotice", "Saved as:\n%1").replace(
            "%1", str(path.absolute())
        ),
        parent=parent,
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_folder = box.addButton(
        QCoreApplication.translate("SavedNotice", "&Open folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    open_folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.absolute().parent)))
    )
    done = box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(done)
    box.setEscapeButton(done)
    box.open()
    return box
