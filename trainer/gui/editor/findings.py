"""The findings panel: what the validator says about the document, a click away from the place.

A table model (severity, code, message, where) behind a sort proxy; activating a row
(a click, Enter) asks the session to show the finding's path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from trainer.authoring.document import DocPath
from trainer.domain.findings import Finding
from trainer.gui.editor.finding_texts import finding_text
from trainer.gui.editor.place_requests import PATH_ROLE, enter_shows_place, request_places
from trainer.gui.model_index import ROOT, Index

# The finding's place in the document (a DocPath tuple).
# Errors first, then warnings: the sort key of the severity column.
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

SEVERITY, CODE, MESSAGE, WHERE = range(4)
_ERROR_COLOUR = "#b42318"
_WARNING_COLOUR = "#9a6700"


def finding_path(finding: Finding) -> DocPath:
    """Where a click on ``finding`` goes: its path, else its node, else the metadata.

    The path is passed on as the validator gives it, ``"#key"`` (the key itself, e.g. a
    misspelt field name) included: the form decides how to show that.
    """
    if finding.path:
        return tuple(finding.path)
    if finding.node:
        return ("nodes", finding.node)
    return ()


def severity_word(finding: Finding) -> str:
    """ "✖ Error" or "! Warning": a symbol and a word, never colour alone."""
    return (
        "✖ " + QCoreApplication.translate("EditorFindings", "Error")
        if finding.is_error
        else "! " + QCoreApplication.translate("EditorFindings", "Warning")
    )


class FindingsModel(QAbstractTableModel):
    """The findings of the last check."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        # The UI language (the window's): English shows the checks' own messages.
        self.language: Callable[[], str] = lambda: "en"

    def set_findings(self, findings: Sequence[Finding]) -> None:
        """Show ``findings`` (the last check's)."""
        self.beginResetModel()
        self._findings = list(findings)
        self.endResetModel()

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    @property
    def findings(self) -> list[Finding]:
        return list(self._findings)

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._findings)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        finding = self._findings[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == SEVERITY:
                return severity_word(finding)
            if column == CODE:
                return finding.code
            if column == MESSAGE:
                return self.message_of(finding)
            return self._where(finding)
        if role == Qt.ItemDataRole.ToolTipRole and column == MESSAGE:
            if self.language() == "en":
                return finding.message
            details = QCoreApplication.translate("EditorFindings", "Details (in English): %1")
            return f"{self.message_of(finding)}\n\n{details.replace('%1', finding.message)}"
        if role == Qt.ItemDataRole.ForegroundRole and column == SEVERITY:
            return QBrush(QColor(_ERROR_COLOUR if finding.is_error else _WARNING_COLOUR))
        if role == PATH_ROLE:
            return finding_path(finding)
        if role == SORT_ROLE:
            key = [SEVERITY, CODE, MESSAGE, WHERE][column]
            if key == SEVERITY:
                return (0 if finding.is_error else 1, index.row())
            return str(self.data(index))
        return None

    def message_of(self, finding: Finding) -> str:
        """The checks write English: in another UI language, a sentence per code."""
        return finding.message if self.language() == "en" else finding_text(finding)

    @staticmethod
    def _where(finding: Finding) -> str:
        parts = []
        if finding.node:
            parts.append(
                QCoreApplication.translate("EditorFindings", "node %1").replace("%1", finding.node)
            )
        if finding.choice:
            parts.append(
                QCoreApplication.translate("EditorFindings", "choice %1").replace(
                    "%1", finding.choice
                )
            )
        if not parts and finding.line:
            parts.append(
                QCoreApplication.translate("EditorFindings", "line %1").replace(
                    "%1", str(finding.line)
                )
            )
        return ", ".join(parts)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            QCoreApplication.translate("EditorFindings", "Severity"),
            QCoreApplication.translate("EditorFindings", "Code"),
            QCoreApplication.translate("EditorFindings", "Message"),
            QCoreApplication.translate("EditorFindings", "Where"),
        ]
        return headers[section] if 0 <= section < len(headers) else None


class FindingsSort(QSortFilterProxyModel):
    """Errors before warnings, each in the validator's order, unless a header is clicked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: Index, right: Index) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if isinstance(a, tuple) and isinstance(b, tuple):
            return a < b
        return str(a) < str(b)


class FindingsView(QTableView):
    """The findings table; a click or Enter on a row requests its path."""

    path_requested = Signal(tuple)

    def __init__(self, model: FindingsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = FindingsSort(self)
        self.proxy.setSourceModel(model)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSortingEnabled(True)
        self.sortByColumn(SEVERITY, Qt.SortOrder.AscendingOrder)
        self.setWordWrap(True)  # a long message wraps inside its row, nothing is cut off
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CODE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(MESSAGE, QHeaderView.ResizeMode.Stretch)
        # "Where" keeps a fixed share (its text is short); the message takes the rest and
        # wraps, so the table never needs a horizontal scroll bar.
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(WHERE, self.fontMetrics().averageCharWidth() * 22)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        self.proxy.modelReset.connect(self.resizeRowsToContents)
        self.proxy.layoutChanged.connect(self.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())
        request_places(self, self.path_requested.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_shows_place(self, event):
            super().keyPressEvent(event)
