"""The trainer's overview: every profile, and per scenario what the group chose.

Only trainers may open it; the service checks the role again on every load, so a
stale or hand-made profile record cannot widen access. The page shows:

- a table of profiles (name, attempts, average %), sortable and searchable;
- per scenario, how often each option of each decision was chosen (a tree:
  scenario → decision → option, with count and share);
- the bias indicators most often missed or wrongly ticked, the endings reached and
  the average per competency;

filtered by a date range (each end optional) and a scenario, and exported as CSV
(choice counts, attempts) or PDF.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.errors import TrainerError
from trainer.domain.model import Outcome, Rating
from trainer.gui.context import GuiContext
from trainer.gui.formats import percent, whole
from trainer.gui.messages import describe
from trainer.gui.reports.pdf import write_overview_pdf
from trainer.gui.saved_notice import show_saved
from trainer.gui.widgets.flow import FlowLayout
from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.named import named
from trainer.gui.widgets.tooltips import plain_tooltip
from trainer.gui.words import (
    OUTCOME_STYLE,
    RATING_STYLE,
    outcome_word,
    rating_word,
    status_word,
)
from trainer.services.errors import ProfileError
from trainer.services.overview import (
    ChecklistSummary,
    ChoiceCount,
    DecisionSummary,
    ItemCount,
    Overview,
    OverviewService,
    Period,
    ProfileSummary,
    ScenarioOverview,
)
from trainer.services.profiles import TRAINER
from trainer.services.records import ProfileRecord
from trainer.services.reports import ReportService

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
COUNT_ROLE = Qt.ItemDataRole.UserRole + 3

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def percent_text(value: float | None) -> str:
    """A percentage for a table cell, as the UI language writes it ("–" when there is none)."""
    return percent(value, missing="–")


def _sortable(value: float | None) -> float:
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

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
            return _RIGHT if column.numeric else _LEFT
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


def _counted(header: Callable[[], str], count: Callable[[Any], int]) -> Column:
    return Column(header, lambda row: str(count(row)), count, True)


def profile_columns() -> list[Column]:
    """Name, attempts (completed, abandoned, in progress) and average percent of a
    :class:`ProfileSummary`; the average counts completed attempts only."""
    return [
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Name"),
            lambda p: p.display_name,
            lambda p: p.display_name.casefold(),
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Attempts"),
            lambda p: whole(p.attempts),
            lambda p: p.attempts,
            True,
        ),
        _counted(lambda: status_word("finished"), lambda p: p.finished),
        _counted(lambda: status_word("abandoned"), lambda p: p.abandoned),
        _counted(lambda: status_word("in_progress"), lambda p: p.in_progress),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Average"),
            lambda p: percent_text(p.average_percent),
            lambda p: _sortable(p.average_percent),
            True,
        ),
    ]


class ProfileTableModel(RowTableModel):
    """One row per profile: name, attempts, average % (``ROW_ROLE``: the ProfileSummary)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(profile_columns(), parent)

    def set_profiles(self, profiles: Sequence[ProfileSummary]) -> None:
        """Show these profiles."""
        self.set_rows(profiles)


@dataclass(frozen=True)
class ItemRow:
    """A checklist item most often missed or wrongly ticked, for the table."""

    scenario_title: str
    checklist: str
    item: ItemCount
    kind: str  # "missed" | "wrong"

    @property
    def share(self) -> float | None:
        return self.item.missed_share if self.kind == "missed" else self.item.wrong_share

    @property
    def count(self) -> int:
        return self.item.missed if self.kind == "missed" else self.item.wrong


def item_rows(overview: Overview, limit: int = 5) -> list[ItemRow]:
    """Per scenario, the items most often missed, then those most often wrongly ticked."""
    rows: list[ItemRow] = []
    for scenario in overview.scenarios:

        def name(checklist: ChecklistSummary) -> str:
            return checklist.title or checklist.prompt or checklist.node_id

        for checklist, item in scenario.most_missed(limit):
            rows.append(ItemRow(scenario.title, name(checklist), item, "missed"))
        for checklist, item in scenario.most_wrongly_ticked(limit):
            rows.append(ItemRow(scenario.title, name(checklist), item, "wrong"))
    return rows


def item_columns() -> list[Column]:
    """Item text, what went wrong, share and count of an :class:`ItemRow`."""

    def kind(row: ItemRow) -> str:
        return (
            QCoreApplication.translate("TrainerOverview", "missed")
            if row.kind == "missed"
            else QCoreApplication.translate("TrainerOverview", "ticked wrongly")
        )

    return [
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Indicator"),
            lambda r: r.item.text or r.item.item_id,
            lambda r: (r.item.text or r.item.item_id).casefold(),
        ),
        Column(lambda: QCoreApplication.translate("TrainerOverview", "Problem"), kind, kind),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Share"),
            lambda r: percent_text(r.share),
            lambda r: _sortable(r.share),
            True,
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Count"),
            lambda r: f"{r.count} / {r.item.answers}",
            lambda r: r.count,
            True,
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Scenario"),
            lambda r: r.scenario_title,
            lambda r: r.scenario_title,
        ),
    ]


@dataclass(frozen=True)
class EndingRow:
    """An ending reached, with its scenario."""

    scenario_title: str
    ending_id: str
    title: str | None
    outcome: str
    count: int


def ending_rows(overview: Overview) -> list[EndingRow]:
    """Every ending reached in the period, per scenario."""
    return [
        EndingRow(s.title, e.ending_id, e.title, e.outcome, e.count)
        for s in overview.scenarios
        for e in s.endings
    ]


def _outcome_text(value: str) -> str:
    try:
        outcome = Outcome(value)
    except ValueError:
        return value
    return f"{OUTCOME_STYLE[outcome][0]} {outcome_word(outcome)}"


def _outcome_colour(value: str) -> str | None:
    try:
        return OUTCOME_STYLE[Outcome(value)][1]
    except ValueError:
        return None


def ending_columns() -> list[Column]:
    """Ending, outcome (symbol and word), count and scenario of an :class:`EndingRow`."""
    return [
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Ending"),
            lambda r: r.title or r.ending_id,
            lambda r: (r.title or r.ending_id).casefold(),
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Outcome"),
            lambda r: _outcome_text(r.outcome),
            lambda r: r.outcome,
            colour=lambda r: _outcome_colour(r.outcome),
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Count"),
            lambda r: whole(r.count),
            lambda r: r.count,
            True,
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Scenario"),
            lambda r: r.scenario_title,
            lambda r: r.scenario_title,
        ),
    ]


@dataclass(frozen=True)
class CompetencyRow:
    """A competency's average percent, over all scenarios or in one."""

    scope: str  # a scenario title, or "all scenarios"
    label: str
    average_percent: float | None
    results: int


def competency_rows(overview: Overview) -> list[CompetencyRow]:
    """Averages over every scenario, then per scenario."""
    everything = QCoreApplication.translate("TrainerOverview", "All scenarios")
    rows = [
        CompetencyRow(everything, c.label, c.average_percent, c.results)
        for c in overview.competencies
    ]
    for scenario in overview.scenarios:
        rows.extend(
            CompetencyRow(scenario.title, c.label, c.average_percent, c.results)
            for c in scenario.competencies
        )
    return rows


def competency_columns() -> list[Column]:
    """Competency, average, results and scope of a :class:`CompetencyRow`."""
    return [
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Competency"),
            lambda r: r.label,
            lambda r: r.label.casefold(),
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Average"),
            lambda r: percent_text(r.average_percent),
            lambda r: _sortable(r.average_percent),
            True,
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Results"),
            lambda r: whole(r.results),
            lambda r: r.results,
            True,
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Scope"),
            lambda r: r.scope,
            lambda r: r.scope.casefold(),
        ),
    ]


# -- choice counts: scenario → decision → option --------------------------------------------


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

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if not 0 <= column < self.COLUMNS:
            return QModelIndex()
        children = self._children(parent)
        if not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row].key)

    def parent(self, index: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.key)

    def rowCount(self, parent: Index = _ROOT) -> int:
        return len(self._children(parent))

    def columnCount(self, parent: Index = _ROOT) -> int:
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
            return _sortable(payload.share) if isinstance(payload, ChoiceCount) else -1.0
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if column == 0 else _RIGHT
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


# -- the page -------------------------------------------------------------------------------


class TrainerOverviewPage(QWidget):
    """The overview of all profiles and scenarios; trainers only.

    Call :meth:`show_for` with the signed-in profile before showing the page.
    """

    back_requested = Signal()
    overview_loaded = Signal(object)  # Overview

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.service = OverviewService(context.services.store)
        self.reports = ReportService(context.services.store)
        self.viewer: ProfileRecord | None = None
        self.overview: Overview | None = None
        self.notice: QMessageBox | None = None
        self._scenarios: dict[str, str] = {}  # id -> title, for the scenario filter
        self.profiles_model = ProfileTableModel(self)
        self.profiles_proxy = RowFilterModel(self)
        self.profiles_proxy.setSourceModel(self.profiles_model)
        self.choices_model = ChoiceTreeModel(self)
        self.choices_proxy = ChoiceFilterModel(self)
        self.choices_proxy.setSourceModel(self.choices_model)
        self.items_model = RowTableModel(item_columns(), self)
        self.items_proxy = RowFilterModel(self)
        self.items_proxy.setSourceModel(self.items_model)
        self.endings_model = RowTableModel(ending_columns(), self)
        self.endings_proxy = RowFilterModel(self)
        self.endings_proxy.setSourceModel(self.endings_model)
        self.competencies_model = RowTableModel(competency_columns(), self)
        self.competencies_proxy = RowFilterModel(self)
        self.competencies_proxy.setSourceModel(self.competencies_model)
        self._build()
        self.retranslate()

    # -- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(30, 20, 30, 20)
        top = QHBoxLayout()
        self.title = heading(1.6)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested.emit)
        top.addWidget(self.title, 1)
        top.addWidget(self.back_button)
        outer.addLayout(top)

        filters = FlowLayout()
        today = QDate.currentDate()
        self.from_check = QCheckBox()
        self.from_edit = QDateEdit(today.addMonths(-1))
        self.to_check = QCheckBox()
        self.to_edit = QDateEdit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.refresh())
        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.to_check.toggled.connect(self.to_edit.setEnabled)
        self.from_check.toggled.connect(lambda _on: self.refresh())
        self.to_check.toggled.connect(lambda _on: self.refresh())
        self.scenario_label = QLabel()
        self.scenario_combo = QComboBox()
        self.scenario_combo.addItem("", None)
        self.scenario_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.scenario_label.setBuddy(self.scenario_combo)
        # The dates and the scenario wrap to two lines in a small window at 200% text.
        dates = QWidget()
        dates_row = QHBoxLayout(dates)
        dates_row.setContentsMargins(0, 0, 20, 0)
        for widget in (self.from_check, self.from_edit, self.to_check, self.to_edit):
            dates_row.addWidget(widget)
        scenario = QWidget()
        scenario_row = QHBoxLayout(scenario)
        scenario_row.setContentsMargins(0, 0, 0, 0)
        scenario_row.addWidget(self.scenario_label)
        scenario_row.addWidget(self.scenario_combo, 1)
        filters.addWidget(dates)
        filters.addWidget(scenario)
        outer.addLayout(filters)

        self.summary = named(QLabel(), "muted")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)

        profiles = QWidget()
        profiles_layout = QVBoxLayout(profiles)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.profiles_proxy.set_text)
        self.profiles_view = self._table(self.profiles_proxy)
        profiles_layout.addWidget(self.search)
        profiles_layout.addWidget(self.profiles_view, 1)
        self.tabs.addTab(profiles, "")

        self.choices_view = QTreeView()
        self.choices_view.setModel(self.choices_proxy)
        self.choices_view.setSortingEnabled(True)
        self.choices_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # story order
        self.choices_view.setAlternatingRowColors(True)
        self.choices_view.setUniformRowHeights(True)
        self.choices_view.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.choices_view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.choices_view.header().setStretchLastSection(False)
        self.tabs.addTab(self.choices_view, "")

        self.items_view = self._table(self.items_proxy)
        self.tabs.addTab(self.items_view, "")
        self.endings_view = self._table(self.endings_proxy)
        self.tabs.addTab(self.endings_view, "")
        self.competencies_view = self._table(self.competencies_proxy)
        self.tabs.addTab(self.competencies_view, "")

        buttons = FlowLayout(align_right=True)  # wraps at 200% text in a small window
        self.choices_csv_button = QPushButton()
        self.choices_csv_button.clicked.connect(self._on_export_choices_csv)
        self.attempts_csv_button = QPushButton()
        self.attempts_csv_button.clicked.connect(self._on_export_attempts_csv)
        self.pdf_button = named(QPushButton(), "primary")
        self.pdf_button.clicked.connect(self._on_export_pdf)
        for button in (self.choices_csv_button, self.attempts_csv_button, self.pdf_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)

    def _table(self, proxy: QSortFilterProxyModel) -> QTableView:
        view = QTableView()
        view.setModel(proxy)
        view.setSortingEnabled(True)
        view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order until clicked
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.verticalHeader().setVisible(False)
        # Figures as wide as their heading and values (at any text size); names take the rest.
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return view

    def retranslate(self) -> None:
        """Set every text in the UI language (call after the language changes)."""
        self.title.setText(QCoreApplication.translate("TrainerOverview", "Trainer overview"))
        self.back_button.setText(QCoreApplication.translate("TrainerOverview", "Back"))
        self.from_check.setText(QCoreApplication.translate("TrainerOverview", "From"))
        self.to_check.setText(QCoreApplication.translate("TrainerOverview", "To"))
        for edit in (self.from_edit, self.to_edit):  # dates as the UI language writes them
            edit.setLocale(QLocale())
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.scenario_label.setText(QCoreApplication.translate("TrainerOverview", "&Scenario:"))
        self.scenario_combo.setItemText(
            0, QCoreApplication.translate("TrainerOverview", "All scenarios")
        )
        self.search.setPlaceholderText(
            QCoreApplication.translate("TrainerOverview", "Search by name")
        )
        self.search.setAccessibleName(self.search.placeholderText())
        self.from_edit.setAccessibleName(
            QCoreApplication.translate("TrainerOverview", "Attempts from this date")
        )
        self.to_edit.setAccessibleName(
            QCoreApplication.translate("TrainerOverview", "Attempts up to this date")
        )
        views = (
            self.profiles_view,
            self.choices_view,
            self.items_view,
            self.endings_view,
            self.competencies_view,
        )
        for index, (view, text) in enumerate(
            zip(
                views,
                (
                    QCoreApplication.translate("TrainerOverview", "Profiles"),
                    QCoreApplication.translate("TrainerOverview", "Choices per decision"),
                    QCoreApplication.translate(
                        "TrainerOverview", "Indicators missed or ticked wrongly"
                    ),
                    QCoreApplication.translate("TrainerOverview", "Endings"),
                    QCoreApplication.translate("TrainerOverview", "Competencies"),
                ),
                strict=True,
            )
        ):
            self.tabs.setTabText(index, text)
            view.setAccessibleName(text)  # each table is named after its tab
        self.choices_csv_button.setText(
            QCoreApplication.translate("TrainerOverview", "Export choices (CSV)")
        )
        self.attempts_csv_button.setText(
            QCoreApplication.translate("TrainerOverview", "Export attempts (CSV)")
        )
        self.pdf_button.setText(QCoreApplication.translate("TrainerOverview", "Export PDF"))
        self._show_summary()
        language = self.overview.language if self.overview is not None else None
        if self.viewer is not None and language not in (None, self.context.settings.language):
            self.refresh()  # scenario titles and competencies in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ----------------------------------------------------------------------------

    def show_for(self, viewer: ProfileRecord) -> bool:
        """Load the overview for ``viewer``; an officer is refused (False, back_requested)."""
        if viewer.role != TRAINER:
            self._refuse(
                QCoreApplication.translate(
                    "TrainerOverview", "Only an instructor can open the overview of all profiles."
                )
            )
            return False
        self.viewer = viewer
        self.refresh()
        return self.viewer is not None

    def period(self) -> Period:
        """The date range the filters set (either end may be open)."""
        start = self.from_edit.date().toPython() if self.from_check.isChecked() else None
        end = self.to_edit.date().toPython() if self.to_check.isChecked() else None
        assert start is None or isinstance(start, dt.date)
        assert end is None or isinstance(end, dt.date)
        if start is not None and end is not None and start > end:
            start, end = end, start  # a reversed range is read the way it was meant
        return Period(start, end)

    def set_period(self, start: dt.date | None, end: dt.date | None) -> None:
        """Set the date filters (None leaves that end open) and reload."""
        self._quietly(lambda: self._set_dates(start, end))
        self.refresh()

    def _set_dates(self, start: dt.date | None, end: dt.date | None) -> None:
        self.from_check.setChecked(start is not None)
        self.from_edit.setEnabled(start is not None)
        if start is not None:
            self.from_edit.setDate(QDate(start.year, start.month, start.day))
        self.to_check.setChecked(end is not None)
        self.to_edit.setEnabled(end is not None)
        if end is not None:
            self.to_edit.setDate(QDate(end.year, end.month, end.day))

    def scenario_id(self) -> str | None:
        """The scenario the filter shows, or None for all."""
        value = self.scenario_combo.currentData()
        return value if isinstance(value, str) else None

    def set_scenario(self, scenario_id: str | None) -> None:
        """Filter to one scenario (None: all) and reload."""
        found = 0
        if scenario_id is not None:
            found = self.scenario_combo.findData(scenario_id)
            if found < 0:  # not played yet in any period shown: offer it by id
                self._scenarios[scenario_id] = scenario_id
                self.scenario_combo.addItem(scenario_id, scenario_id)
                found = self.scenario_combo.count() - 1
        self._quietly(lambda: self.scenario_combo.setCurrentIndex(found))
        self.refresh()

    def _quietly(self, change: Callable[[], None]) -> None:
        widgets = (self.from_check, self.from_edit, self.to_check, self.to_edit)
        blocked = [w.blockSignals(True) for w in (*widgets, self.scenario_combo)]
        try:
            change()
        finally:
            for widget, was in zip((*widgets, self.scenario_combo), blocked, strict=True):
                widget.blockSignals(was)

    def refresh(self) -> None:
        """Reload the overview with the current filters (off the UI thread)."""
        viewer = self.viewer
        if viewer is None:
            return
        period = self.period()
        scenario_id = self.scenario_id()
        language = self.context.settings.language

        def work() -> Overview:
            return self.service.overview(
                viewer=viewer, period=period, scenario_id=scenario_id, language=language
            )

        self.context.runner.run(work, self._loaded, self._failed)

    def _loaded(self, overview: Overview) -> None:
        self.overview = overview
        self.profiles_model.set_profiles(overview.profiles)
        self.choices_model.set_overview(overview)
        self.items_model.set_rows(item_rows(overview))
        self.endings_model.set_rows(ending_rows(overview))
        self.competencies_model.set_rows(competency_rows(overview))
        self.choices_view.expandToDepth(0)
        self._remember_scenarios(overview)
        self._show_summary()
        self.overview_loaded.emit(overview)

    def _remember_scenarios(self, overview: Overview) -> None:
        """Offer every scenario seen so far in the scenario filter."""
        added = False
        for scenario in overview.scenarios:
            # A title seen in another UI language is replaced by this language's.
            if self._scenarios.get(scenario.scenario_id) != scenario.title:
                self._scenarios[scenario.scenario_id] = scenario.title
                added = True
        if not added:
            return
        current = self.scenario_id()

        def rebuild() -> None:
            while self.scenario_combo.count() > 1:
                self.scenario_combo.removeItem(1)
            for sid, title in sorted(self._scenarios.items(), key=lambda p: p[1].casefold()):
                self.scenario_combo.addItem(title, sid)
            found = self.scenario_combo.findData(current) if current is not None else 0
            self.scenario_combo.setCurrentIndex(max(0, found))

        self._quietly(rebuild)

    def _show_summary(self) -> None:
        overview = self.overview
        if overview is None:
            self.summary.setText("")
            return
        self.summary.setText(
            QCoreApplication.translate(
                "TrainerOverview", "Attempts: %1 · scenarios: %2 · profiles: %3"
            )
            .replace("%1", whole(overview.attempts))
            .replace("%2", whole(len(overview.scenarios)))
            .replace("%3", whole(len(overview.profiles)))
            + " · "
            + attempt_counts_text(overview)
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ProfileError):
            self.viewer = None
            self._refuse(describe(error))
            return
        if isinstance(error, TrainerError):
            self._tell(describe(error))
            return
        raise error

    def _refuse(self, text: str) -> None:
        self.overview = None
        self._tell(text)
        self.back_requested.emit()

    def _tell(self, text: str) -> None:
        """A message that does not block (the window stays responsive, tests go on)."""
        if self.notice is not None:
            self.notice.close()
        self.notice = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("TrainerOverview", "Trainer overview"),
            text,
            parent=self,
        )
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.open()

    # -- exports ----------------------------------------------------------------------------

    def _require_overview(self) -> tuple[ProfileRecord, Overview]:
        if self.viewer is None or self.overview is None:
            raise _NothingLoaded(
                QCoreApplication.translate("TrainerOverview", "There is nothing to export yet.")
            )
        return self.viewer, self.overview

    def export_choices_csv(self, path: Path) -> int:
        """Write the choice counts shown to ``path``; returns the rows written.

        OSError or TrainerError if it cannot be written.
        """
        _viewer, overview = self._require_overview()
        return self.reports.write_choice_counts_csv(Path(path), overview)

    def export_attempts_csv(self, path: Path) -> int:
        """Write every attempt in the period to ``path``; returns the rows written."""
        viewer, overview = self._require_overview()
        return self.reports.write_attempts_csv(Path(path), viewer=viewer, period=overview.period)

    def export_pdf(self, path: Path) -> Path:
        """Write the overview shown as a PDF (ReportWriteError if it cannot be written)."""
        _viewer, overview = self._require_overview()
        return write_overview_pdf(overview, Path(path), language=self.context.settings.language)

    def _ask_path(self, caption: str, name: str, filter_text: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self, caption, str(Path.home() / name), filter_text
        )
        return Path(chosen) if chosen else None

    def _export(self, export: Callable[[Path], object], caption: str, name: str, kind: str) -> None:
        session = self.context.session
        path = self._ask_path(caption, name, kind)
        if path is None or self.context.session != session:  # signed out meanwhile
            return
        try:
            written = export(path)
        except TrainerError as exc:
            self._tell(describe(exc))
            return
        except OSError as exc:
            self._tell(
                QCoreApplication.translate(
                    "TrainerOverview", "The file could not be saved: %1"
                ).replace("%1", exc.strerror or str(exc))
            )
            return
        if self.notice is not None:
            self.notice.close()
        self.notice = show_saved(self, caption, written if isinstance(written, Path) else path)

    def _on_export_choices_csv(self) -> None:
        self._export(
            self.export_choices_csv,
            QCoreApplication.translate("TrainerOverview", "Export choices"),
            QCoreApplication.translate("TrainerOverview", "choices", "default file name") + ".csv",
            QCoreApplication.translate("TrainerOverview", "CSV files (*.csv)"),
        )

    def _on_export_attempts_csv(self) -> None:
        self._export(
            self.export_attempts_csv,
            QCoreApplication.translate("TrainerOverview", "Export attempts"),
            QCoreApplication.translate("TrainerOverview", "attempts", "default file name") + ".csv",
            QCoreApplication.translate("TrainerOverview", "CSV files (*.csv)"),
        )

    def _on_export_pdf(self) -> None:
        self._export(
            self.export_pdf,
            QCoreApplication.translate("TrainerOverview", "Export PDF"),
            QCoreApplication.translate("TrainerOverview", "overview", "default file name") + ".pdf",
            QCoreApplication.translate("TrainerOverview", "PDF files (*.pdf)"),
        )


class _NothingLoaded(TrainerError):
    """An export asked for before the overview was loaded."""
