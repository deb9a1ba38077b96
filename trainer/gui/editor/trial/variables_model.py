"""The variables of a trial play as a table: name, value now, change at the last step."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

_Index = QModelIndex | QPersistentModelIndex

# Background of a value the last step changed (the app's light accent).
_CHANGED = QColor("#fff4d6")


class VariablesModel(QAbstractTableModel):
    """One row per declared variable, in the scenario's order.

    :meth:`show` takes the values after each step; a value that step changed shows
    its change ("+2") and is marked (bold, tinted), so the instructor sees what a
    choice did at a glance. ``VALUE_ROLE`` gives the plain number.
    """

    VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
    NAME, VALUE, CHANGE = range(3)

    def __init__(self, names: list[str], labels: Mapping[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self._names = list(names)
        self._labels = dict(labels)
        self._values: dict[str, int] = {}
        self._changes: dict[str, int] = {}

    def show(self, values: Mapping[str, int], *, first: bool = False) -> None:
        """The values after a step (``first``: the values play starts with)."""
        before = self._values
        self._changes = (
            {}
            if first
            else {
                n: values.get(n, 0) - before.get(n, 0)
                for n in self._names
                if values.get(n, 0) != before.get(n, 0)
            }
        )
        self._values = {n: values.get(n, 0) for n in self._names}
        if self._names:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._names) - 1, 2))

    def value(self, name: str) -> int:
        return self._values.get(name, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._names)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._names):
            return None
        name = self._names[index.row()]
        column = index.column()
        change = self._changes.get(name)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                label = self._labels.get(name)
                return f"{label} ({name})" if label else name
            if column == self.VALUE:
                return str(self._values.get(name, 0))
            if column == self.CHANGE:
                return "" if change is None else f"{change:+d}"
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return self._labels.get(name) or name
        if role == self.VALUE_ROLE:
            return self._values.get(name, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if change is not None and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_CHANGED)
        if change is not None and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("TrialVariables", "Variable"),
            QCoreApplication.translate("TrialVariables", "Value"),
            QCoreApplication.translate("TrialVariables", "Last step"),
        )
        return titles[section] if 0 <= section < 3 else None
