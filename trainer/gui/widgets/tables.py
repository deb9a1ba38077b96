"""Keeps the column that names things readable in a table of figures."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ReadableColumn(QObject):
    """Gives ``column`` the table's spare width, and never less than ``characters``.

    With ``QHeaderView.Stretch`` the naming column (a scenario's title) gets only what
    the other columns leave, which at a large text size is nothing: "T…". Here it
    keeps room for about ``characters`` characters of the current text size (at most
    half the visible width); the other columns keep the width of their contents, and
    the table scrolls sideways when they do not all fit.
    """

    def __init__(self, table: QTableView, column: int, characters: int = 20) -> None:
        super().__init__(table)
        self._table = table
        self._column = column
        self._characters = characters
        header = table.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._other_resized)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _other_resized(self, section: int, _old: int, _new: int) -> None:
        if section != self._column:
            self.fit()

    def fit(self) -> None:
        """Size the naming column for the current width and the other columns."""
        header = self._table.horizontalHeader()
        others = sum(
            header.sectionSize(section)
            for section in range(header.count())
            if section != self._column and not header.isSectionHidden(section)
        )
        visible = self._table.viewport().width()
        readable = self._table.fontMetrics().averageCharWidth() * self._characters
        wanted = max(visible - others, min(readable, visible // 2))
        if header.sectionSize(self._column) != wanted:
            header.resizeSection(self._column, wanted)
