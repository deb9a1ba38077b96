"""The editor's keyboard shortcuts (F1), read from its own actions so the list never lies."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut, mnemonics and dots left out."""
    rows = []
    for action in actions:
        keys = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()]
        if not keys:
            continue
        what = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        rows.append((what.rstrip("…").strip(), ", ".join(keys)))
    return rows


class ShortcutsDialog(QDialog):
    """A two-column table: what, and the keys that do it."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("EditorShortcuts", "Editor shortcuts"))
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("EditorShortcuts", "Action"),
                QCoreApplication.translate("EditorShortcuts", "Keys"),
            ]
        )
        extra = [
            (
                QCoreApplication.translate("EditorShortcuts", "Show the selected entry or finding"),
                "Enter",
            ),
            (
                QCoreApplication.translate("EditorShortcuts", "From the search to the results"),
                QCoreApplication.translate("EditorShortcuts", "Down arrow"),
            ),
        ]
        for what, keys in [*rows, *extra]:
            cells = [QStandardItem(what), QStandardItem(keys)]
            for cell in cells:
                cell.setEditable(False)
            self.model.appendRow(cells)
        view = QTreeView(self)
        view.setModel(self.model)
        view.setRootIsDecorated(False)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAccessibleName(QCoreApplication.translate("EditorShortcuts", "Editor shortcuts"))
        view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        view.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        layout.addWidget(buttons)
        self.view = view
        self.resize(640, 560)
