"""The overview's choice counts as a tree: scenario → decision → option, with count and share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor

from trainer.domain.model import Rating
from trainer.gui.formats import whole
from trainer.gui.model_index import ROOT, Index
from trainer.gui.overview.models import (
    ALIGN_LEFT,
    ALIGN_RIGHT,
    COUNT_ROLE,
    ROW_ROLE,
    SORT_ROLE,
    percent_text,
    sortable,
)
from trainer.gui.widgets.tooltips import plain_tooltip
from trainer.gui.words import RATING_STYLE, rating_word
from trainer.services.overview import ChoiceCount, DecisionSummary, Overview, ScenarioOverview


class _Node:
    """One row of the choice tree."""

    __slots__ = ("children", "key", "parent", "payload", "row")

    def __init__(self, key: int, payload: Any, parent: _Node | None, row: int) -> None:
        self.key = key
        self.payload = payload
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []


class ChoiceTreeModel(QAbstractItemModel):
    """Choice counts as a tree: scenario → decision → option; columns text, count, share.

    ``ROW_ROLE`` gives the ScenarioOverview, DecisionSummary or ChoiceCount of a row,
    ``COUNT_ROLE`` its count (attempts, answers or choices) and ``SORT_ROLE`` raw values.
    """

    COLUMNS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._top: list[_Node] = []
        self._nodes: dict[int, _Node] = {}

    def set_overview(self, overview: Overview) -> None:
        """Show the choice counts of ``overview``."""
        self.beginResetModel()
        self._top = []
        self._nodes = {}
        for scenario in overview.scenarios:
            top = self._add(scenario, None, self._top)
            for decision in scenario.decisions:
                middle = self._add(decision, top, top.children)
                for choice in decision.choices:
                    self._add(choice, middle, middle.children)
        self.endResetModel()

    def _add(self, payload: Any, parent: _Node | None, siblings: list[_Node]) -> _Node:
        node = _Node(len(self._nodes) + 1, payload, parent, len(siblings))
        self._nodes[node.key] = node
        siblings.append(node)
        return node

    def _node(self, index: Index) -> _Node | None:
        if not index.isValid():
            return None
        return self._nodes.get(int(index.internalId()))

    def _children(self, parent: Index) -> list[_Node]:
        if not parent.isValid():
            return self._top
        node = self._node(parent)
        if node is None or parent.column() != 0:
            return []
        return node.children

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not 0 <= column < self.COLUMNS:
            return QModelIndex()
        children = self._children(parent)
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row].key)

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.key)

    def rowCount(self, parent: Index = ROOT) -> int:
        return len(self._children(parent))

    def columnCount(self, parent: Index = ROOT) -> int:
        return self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node(index)
        if node is None:
            return None
        payload = node.payload
        column = index.column()
        if role == ROW_ROLE:
            return payload
        if role == COUNT_ROLE:
            return _count(payload)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return _label(payload)
            if column == 1:
                return whole(_count(payload))
            return percent_text(payload.share) if isinstance(payload, ChoiceCount) else ""
        if role == SORT_ROLE:
            if column == 0:
                return _label(payload).casefold()
            if column == 1:
                return _count(payload)
            return sortable(payload.share) if isinstance(payload, ChoiceCount) else -1.0
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return ALIGN_LEFT if column == 0 else ALIGN_RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            rating = _rating(payload)
            return QColor(RATING_STYLE[rating][1]) if rating is not None else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return _tooltip(payload)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            QCoreApplication.translate("TrainerOverview", "Decision and option"),
            QCoreApplication.translate("TrainerOverview", "Count"),
            QCoreApplication.translate("TrainerOverview", "Share"),
        )
        return headers[section] if 0 <= section < len(headers) else None


def attempt_counts_text(counted: Overview | ScenarioOverview) -> str:
    """ "completed 3, abandoned 1, in progress 2": the attempts by status, in words."""
    return (
        QCoreApplication.translate("TrainerOverview", "completed %1, abandoned %2, in progress %3")
        .replace("%1", whole(counted.finished))
        .replace("%2", whole(counted.abandoned))
        .replace("%3", whole(counted.in_progress))
    )


def _rating(payload: Any) -> Rating | None:
    if isinstance(payload, ChoiceCount) and payload.rating:
        try:
            return Rating(payload.rating)
        except ValueError:
            return None
    return None


def _label(payload: Any) -> str:
    if isinstance(payload, ScenarioOverview):
        return payload.title
    if isinstance(payload, DecisionSummary):
        return payload.title or payload.text or payload.node_id
    if isinstance(payload, ChoiceCount):
        text = payload.text or (
            QCoreApplication.translate("TrainerOverview", "The time ran out")
            if payload.choice_id == "timeout"
            else payload.choice_id
        )
        rating = _rating(payload)
        if rating is None:
            return text
        return f"{RATING_STYLE[rating][0]} {text}"
    return ""


def _count(payload: Any) -> int:
    if isinstance(payload, ScenarioOverview):
        return payload.attempts
    if isinstance(payload, DecisionSummary):
        return payload.answers
    if isinstance(payload, ChoiceCount):
        return payload.count
    return 0


def _tooltip(payload: Any) -> str | None:
    if isinstance(payload, ChoiceCount):
        rating = _rating(payload)
        lines = [rating_word(rating)] if rating is not None else []
        if payload.texts_differ or len(payload.versions) > 1:
            lines.extend(f"v{v.version}: {v.count} — {v.text or ''}" for v in payload.versions)
        return plain_tooltip("\n".join(lines)) or None  # choice texts: never rich text
    if isinstance(payload, ScenarioOverview):
        return "\n".join(
            (", ".join(f"v{v}" for v in payload.versions), attempt_counts_text(payload))
        )
    return None


class ChoiceFilterModel(QSortFilterProxyModel):
    """Sorts the choice tree by raw values (``SORT_ROLE``)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
