"""A profile's attempts as a Qt table model, with a proxy for search, filters and sorting.

The model holds every history entry (plain dicts from the history service) but
hands rows to views in pages of :data:`PAGE_SIZE` through ``canFetchMore`` /
``fetchMore``, newest first, so a history of 10,000 attempts shows at once.
Sorting in another order or filtering needs every row: the proxy fetches the
rest first (the entries are already in memory, so that is cheap).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Final

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from trainer.domain.model import Outcome
from trainer.gui.formats import local_date_time, percent
from trainer.gui.model_index import ROOT, Index
from trainer.gui.widgets.tooltips import plain_tooltip
from trainer.gui.words import OUTCOME_STYLE, outcome_word, status_word

PAGE_SIZE: Final = 500

TITLE, DATE, MODE, OUTCOME, OVERALL = range(5)
COLUMN_COUNT: Final = 5

ENTRY_ROLE: Final = Qt.ItemDataRole.UserRole + 1  # the history entry (dict)
ATTEMPT_ID_ROLE: Final = Qt.ItemDataRole.UserRole + 2
SORT_ROLE: Final = Qt.ItemDataRole.UserRole + 3  # a key of one type per column
SEARCH_ROLE: Final = Qt.ItemDataRole.UserRole + 4  # title and scenario id, lower case
MODE_ROLE: Final = Qt.ItemDataRole.UserRole + 5  # practice | assessment
# success | partial | failure (finished) | unfinished (in progress) | abandoned
OUTCOME_ROLE: Final = Qt.ItemDataRole.UserRole + 6

# The outcome filter value of an attempt still in progress, and of one abandoned (the
# officer started the scenario over): neither reached an ending, and the table says
# which in words, so the two are never taken for each other or for a result.
UNFINISHED: Final = "unfinished"
ABANDONED: Final = "abandoned"
_OUTCOME_RANK: Final = {"success": 4, "partial": 3, "failure": 2, UNFINISHED: 1, ABANDONED: 0}


def local_time(iso: str | None) -> str:
    """A stored UTC timestamp in local time, as the UI language writes it (empty if missing)."""
    return local_date_time(iso)


def status_text(key: str) -> str:
    """An attempt that reached no ending, in words with a symbol (:data:`OUTCOME_ROLE` key)."""
    if key == ABANDONED:
        return "⊘ " + status_word("abandoned")
    return "… " + status_word("in_progress")


def overall_of(entry: dict[str, Any]) -> float | None:
    """The overall percent of a finished attempt (an unfinished one has no result yet)."""
    value = entry.get("overall_percent")
    return None if entry.get("status") != "finished" or value is None else float(value)


def outcome_key(entry: dict[str, Any]) -> str:
    """The outcome filter value of an entry (see :data:`OUTCOME_ROLE`)."""
    status = entry.get("status")
    if status == "abandoned":
        return ABANDONED
    if status != "finished":
        return UNFINISHED
    return str(entry.get("outcome") or UNFINISHED)


class AttemptTableModel(QAbstractTableModel):
    """One row per attempt, newest first: scenario, date, mode, outcome, overall %."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[dict[str, Any]] = []
        self._loaded = 0

    # -- content ------------------------------------------------------------------

    def set_entries(self, entries: Sequence[dict[str, Any]]) -> None:
        """Replace everything (``entries`` oldest first, as the history service gives them)."""
        self.beginResetModel()
        self._entries = list(reversed(entries))
        self._loaded = min(PAGE_SIZE, len(self._entries))
        self.endResetModel()

    def clear(self) -> None:
        """Show nothing."""
        self.set_entries([])

    def total(self) -> int:
        """Every attempt, loaded into the view or not."""
        return len(self._entries)

    def entry(self, row: int) -> dict[str, Any]:
        """The entry shown in ``row``."""
        return self._entries[row]

    def fetch_all(self) -> None:
        """Load every remaining row (before sorting in another order or filtering)."""
        if self._loaded < len(self._entries):
            self.fetchMore(ROOT, everything=True)

    # -- lazy loading -------------------------------------------------------------

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._loaded < len(self._entries)

    def fetchMore(self, parent: Index = ROOT, *, everything: bool = False) -> None:
        if parent.isValid():
            return
        remaining = len(self._entries) - self._loaded
        count = remaining if everything else min(PAGE_SIZE, remaining)
        if count <= 0:
            return
        self.beginInsertRows(ROOT, self._loaded, self._loaded + count - 1)
        self._loaded += count
        self.endInsertRows()

    # -- the model ----------------------------------------------------------------

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._loaded

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("AttemptTableModel", "Scenario"),
                QCoreApplication.translate("AttemptTableModel", "Date"),
                QCoreApplication.translate("AttemptTableModel", "Mode"),
                QCoreApplication.translate("AttemptTableModel", "Ending"),
                QCoreApplication.translate("AttemptTableModel", "Score"),
            )[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == OVERALL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(entry, column)
        if role == SORT_ROLE:
            return self._sort_key(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return plain_tooltip(f"{entry.get('scenario', '')} · v{entry.get('version', '')}")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == OVERALL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ENTRY_ROLE:
            return entry
        if role == ATTEMPT_ID_ROLE:
            return str(entry["id"])
        if role == SEARCH_ROLE:
            return f"{entry.get('title') or ''} {entry.get('scenario') or ''}".lower()
        if role == MODE_ROLE:
            return str(entry.get("mode") or "")
        if role == OUTCOME_ROLE:
            return outcome_key(entry)
        return None

    @staticmethod
    def _display(entry: dict[str, Any], column: int) -> str:
        if column == TITLE:
            return str(entry.get("title") or entry.get("scenario") or "")
        if column == DATE:
            return local_time(entry.get("started"))
        if column == MODE:
            return (
                QCoreApplication.translate("AttemptTableModel", "Assessment")
                if entry.get("mode") == "assessment"
                else QCoreApplication.translate("AttemptTableModel", "Practice")
            )
        if column == OUTCOME:
            key = outcome_key(entry)
            if key in (UNFINISHED, ABANDONED):
                return status_text(key)
            try:
                outcome = Outcome(key)
            except ValueError:
                return key
            return f"{OUTCOME_STYLE[outcome][0]} {outcome_word(outcome)}"
        return percent(overall_of(entry))

    @staticmethod
    def _sort_key(entry: dict[str, Any], column: int) -> Any:
        if column == TITLE:
            return str(entry.get("title") or entry.get("scenario") or "").casefold()
        if column == DATE:
            return str(entry.get("started") or "")  # sortable UTC ISO timestamps
        if column == MODE:
            return str(entry.get("mode") or "")
        if column == OUTCOME:
            return _OUTCOME_RANK.get(outcome_key(entry), 0)
        overall = overall_of(entry)
        return -1.0 if overall is None else overall  # unfinished below 0 %


class AttemptFilterModel(QSortFilterProxyModel):
    """Filters by words of the scenario title and by mode and outcome; sorts by sort keys."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._mode = ""
        self._outcome = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def _attempts(self) -> AttemptTableModel | None:
        model = self.sourceModel()
        return model if isinstance(model, AttemptTableModel) else None

    def _fetch_all(self) -> None:
        source = self._attempts()
        if source is not None:
            source.fetch_all()

    def filtering(self) -> bool:
        """Whether any filter is set."""
        return bool(self._words or self._mode or self._outcome)

    def set_text(self, text: str) -> None:
        """Show attempts whose scenario title contains every word of ``text``."""
        self._words = text.lower().split()
        self._refilter()

    def set_mode(self, mode: str) -> None:
        """Show attempts played in ``mode`` (``practice``, ``assessment``; "" for all)."""
        self._mode = mode
        self._refilter()

    def set_outcome(self, outcome: str) -> None:
        """Show attempts with ``outcome`` (an Outcome value or ``unfinished``; "" for all)."""
        self._outcome = outcome
        self._refilter()

    def _refilter(self) -> None:
        if self.filtering():
            self._fetch_all()  # a filter over the first page alone would hide matches
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The source is newest first: any other order needs every row first.
        natural = column == DATE and order == Qt.SortOrder.DescendingOrder
        if column >= 0 and not natural:
            self._fetch_all()
        super().sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._words:
            haystack = str(model.data(index, SEARCH_ROLE) or "")
            if any(word not in haystack for word in self._words):
                return False
        if self._mode and model.data(index, MODE_ROLE) != self._mode:
            return False
        return not self._outcome or model.data(index, OUTCOME_ROLE) == self._outcome

    def attempt_id(self, row: int) -> str | None:
        """The attempt id in proxy ``row``."""
        value = self.data(self.index(row, 0), ATTEMPT_ID_ROLE)
        return None if value is None else str(value)
