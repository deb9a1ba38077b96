"""The trainer overview's table models: rows of one type shown through column definitions.

Every cell gives its text for display and its raw value for sorting (``SORT_ROLE``), so
a table sorts numbers as numbers and names without regard to case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from trainer.gui.formats import percent
from trainer.gui.model_index import ROOT, Index

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3

#: The roles :meth:`RowTableModel.data` answers.
_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        SORT_ROLE,
        ROW_ROLE,
    }
)

ALIGN_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ALIGN_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def percent_text(value: float | None) -> str:
    """A percentage for a table cell, as the UI language writes it ("–" when there is none)."""
    return percent(value, missing="–")


def sortable(value: float | None) -> float:
    """A figure as a sort key: a missing one sorts before every number."""
    return -1.0 if value is None else float(value)


# -- a table of plain rows --------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """One column of a :class:`RowTableModel`: its header, cell text and sort key."""

    header: Callable[[], str]
    display: Callable[[Any], str]
    sort: Callable[[Any], str | float | int]
    numeric: bool = False
    colour: Callable[[Any], str | None] | None = None


class RowTableModel(QAbstractTableModel):
    """Rows of one dataclass type, shown through :class:`Column` definitions.

    ``SORT_ROLE`` gives each cell's raw value (numbers as numbers, names folded),
    ``ROW_ROLE`` the row's object.
    """

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        """The object shown in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED_ROLES:
            # A view sizing its columns asks every cell for a dozen roles: the ones this
            # model never answers cost nothing more than this look-up.
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.display(row)
        if role == SORT_ROLE:
            return column.sort(row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_RIGHT if column.numeric else ALIGN_LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QColor(colour) if colour else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header()
        return None


class RowFilterModel(QSortFilterProxyModel):
    """Sorts by raw values (``SORT_ROLE``) and filters on the first column's text."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterKeyColumn(0)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        """Show only rows whose first column contains ``text`` (case-insensitive)."""
        self.setFilterFixedString(text.strip())
