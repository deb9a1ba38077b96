"""My history: every attempt in a sortable table, competencies over time, standings, tips."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Final

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.errors import TrainerError
from trainer.domain.model import Outcome
from trainer.gui.context import GuiContext
from trainer.gui.formats import percent, whole
from trainer.gui.history.model import (
    ABANDONED,
    DATE,
    OVERALL,
    TITLE,
    UNFINISHED,
    AttemptFilterModel,
    AttemptTableModel,
    local_time,
    status_text,
)
from trainer.gui.messages import describe
from trainer.gui.saved_notice import show_saved
from trainer.gui.widgets.chart import ChartSeries, LineChart
from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.labels import FittedTextBrowser
from trainer.gui.widgets.named import named
from trainer.gui.widgets.safe_text import show_plain_message
from trainer.gui.widgets.tables import ReadableColumn
from trainer.gui.widgets.tooltips import plain_tooltip
from trainer.gui.words import OUTCOME_STYLE, outcome_word
from trainer.services.cards import ScenarioCard
from trainer.services.history import scenarios_to_practise
from trainer.services.overview import ReviewAccess
from trainer.services.records import ProfileRecord
from trainer.services.reports import CompetencyTrend, HistoryReport, ReportService

# The chart shows this many of the latest finished attempts (older ones: see the table).
CHART_ATTEMPTS: Final = 40
# The "where to improve" panel names this many competencies.
WEAKEST: Final = 3
# ... and for each, this many scenarios to practise it in.
SUGGESTED: Final = 4


def chart_series(
    report: HistoryReport, limit: int = CHART_ATTEMPTS
) -> tuple[list[ChartSeries], list[str]]:
    """One series per competency with points, over the latest ``limit`` finished attempts.

    Returns the series and the x labels (local start-of-finish times, oldest first).
    """
    moments = sorted({p.at for t in report.trends for p in t.points})[-limit:]
    kept = set(moments)
    labels: dict[str, None] = {}
    for moment in moments:
        labels.setdefault(local_time(moment), None)
    series = [
        ChartSeries(
            name=_series_name(trend),
            points=tuple((local_time(p.at), p.percent) for p in trend.points if p.at in kept),
        )
        for trend in report.trends
        if trend.points
    ]
    return [s for s in series if s.points], list(labels)


def _series_name(trend: CompetencyTrend) -> str:
    """The competency's name, marked where reports add points the officer gave themselves."""
    if not trend.self_assessed:
        return trend.label
    return QCoreApplication.translate("HistoryPage", "%1 (partly self-assessed)").replace(
        "%1", trend.label
    )


class HistoryPage(QWidget):
    """A profile's history; the access rule is checked by the services on every load."""

    replay_requested = Signal(str)  # attempt id
    back_requested = Signal()
    history_loaded = Signal(int)  # the table is filled: number of attempts
    report_loaded = Signal()  # the chart, standings and tips are filled
    load_failed = Signal(object)  # the exception (ProfileError if the viewer may not see it)

    def __init__(
        self,
        context: GuiContext,
        parent: QWidget | None = None,
        *,
        catalogue: Callable[[], Sequence[ScenarioCard]] = list,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        # The library's scenarios now: "where to improve" suggests those not played yet.
        self.catalogue = catalogue
        self.profile: ProfileRecord | None = None
        self.viewer: ProfileRecord | None = None
        self.report: HistoryReport | None = None
        self.error: BaseException | None = None
        self.saved_notice: QMessageBox | None = None  # where the last export went
        self._load_number = 0
        self._language: str | None = None  # the UI language of the titles on show

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        self.title = heading(1.6)
        outer.addWidget(self.title)
        self.notice = named(QLabel(), "muted")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)

        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.setChildrenCollapsible(False)
        outer.addWidget(self.content, 1)

        # Left: filters and the table.
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_text)
        self.mode_filter = QComboBox()
        self.mode_filter.currentIndexChanged.connect(self._filter_mode)
        self.outcome_filter = QComboBox()
        self.outcome_filter.currentIndexChanged.connect(self._filter_outcome)
        # The search on a row of its own, so the filters keep their words at 200% text.
        left_layout.addWidget(self.search)
        filters.addWidget(self.mode_filter, 1)
        filters.addWidget(self.outcome_filter, 1)
        left_layout.addLayout(filters)

        self.model = AttemptTableModel(self)
        self.proxy = AttemptFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        for column in range(1, self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.title_column = ReadableColumn(self.table, TITLE)
        # Size the columns from a sample of rows: measuring all of a long history is slow.
        header.setResizeContentsPrecision(50)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._activated)  # Enter, double-click
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        left_layout.addWidget(self.table, 1)
        self.count = named(QLabel(), "muted")
        left_layout.addWidget(self.count)
        self.content.addWidget(left)

        # Right: the chart, best and last per scenario, where to improve.
        self.side_scroll = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        side = named(QWidget(), "page")
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 0, 0, 0)
        self.chart_heading = heading(1.2)
        side_layout.addWidget(self.chart_heading)
        self.chart = LineChart()
        side_layout.addWidget(self.chart)
        self.standings_heading = heading(1.2)
        side_layout.addWidget(self.standings_heading)
        self.standings = QStandardItemModel(0, 4, self)
        self.standings_table = QTableView()
        self.standings_table.setModel(self.standings)
        self.standings_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.standings_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.standings_table.verticalHeader().hide()
        self.standings_table.setSizeAdjustPolicy(
            QAbstractItemView.SizeAdjustPolicy.AdjustToContents
        )
        self.standings_table.setSortingEnabled(True)
        standings_header = self.standings_table.horizontalHeader()
        standings_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 4):
            standings_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        side_layout.addWidget(self.standings_table)
        self.improve_heading = heading(1.2)
        side_layout.addWidget(self.improve_heading)
        self.improve = FittedTextBrowser(max_height=100_000)  # the side panel scrolls
        side_layout.addWidget(self.improve)
        side_layout.addStretch(1)
        scroll.setWidget(side)
        self.content.addWidget(scroll)
        self.content.setStretchFactor(0, 3)
        self.content.setStretchFactor(1, 2)
        # 3 : 2 from the start too: stretch factors alone share only what is left after
        # the size hints, which left the table's title column a few letters wide.
        self.content.setSizes([3000, 2000])

        buttons = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.replay_button = named(QPushButton(), "primary")
        self.replay_button.clicked.connect(self._replay_current)
        self.csv_button = QPushButton()
        self.csv_button.clicked.connect(self._export_csv)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(self._export_pdf)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.csv_button)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.replay_button)
        outer.addLayout(buttons)
        self.retranslate()

    # -- texts --------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.side_scroll.setAccessibleName(self.tr("Competencies over time and per scenario"))
        self.csv_button.setText(self.tr("Export &CSV"))
        self.pdf_button.setText(self.tr("Export P&DF"))
        self.search.setPlaceholderText(self.tr("Search by scenario title"))
        self.search.setAccessibleName(self.tr("Search by scenario title"))
        self._fill_combo(
            self.mode_filter,
            [
                ("", self.tr("All modes")),
                ("practice", self.tr("Practice")),
                ("assessment", self.tr("Assessment")),
            ],
        )
        self.mode_filter.setAccessibleName(self.tr("Mode"))
        self._fill_combo(
            self.outcome_filter,
            [
                ("", self.tr("All outcomes")),
                *((o.value, f"{OUTCOME_STYLE[o][0]} {outcome_word(o)}") for o in Outcome),
                (UNFINISHED, status_text(UNFINISHED)),
                (ABANDONED, status_text(ABANDONED)),
            ],
        )
        self.outcome_filter.setAccessibleName(self.tr("Outcome"))
        self.table.setAccessibleName(self.tr("Attempts"))
        self.chart_heading.setText(self.tr("Competencies over time"))
        self.chart.empty_text = self.tr("Finish a scenario to see your competencies here.")
        self.chart.setAccessibleName(self.tr("Competencies over time"))
        self.standings_heading.setText(self.tr("Best and last per scenario"))
        self.standings.setHorizontalHeaderLabels(
            [self.tr("Scenario"), self.tr("Attempts"), self.tr("Best"), self.tr("Last")]
        )
        self.standings_table.setAccessibleName(self.tr("Best and last per scenario"))
        self.improve_heading.setText(self.tr("Where to improve"))
        self.improve.setAccessibleName(self.tr("Where to improve"))
        self.back_button.setText(self.tr("&Back"))
        self.replay_button.setText(self.tr("&Replay the attempt"))
        if self.profile is not None:
            self.title.setText(self.tr("History: %1").replace("%1", self.profile.display_name))
        if self.report is not None:
            self._show_report(self.report)
        self._update_count()
        if self.profile is not None and self._language not in (
            None,
            self.context.settings.language,
        ):
            # Titles and competencies come from the services in the UI language: ask again.
            self.show_for(self.profile, viewer=self.viewer)

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for data, text in items:
            combo.addItem(text, data)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- loading ------------------------------------------------------------------

    def show_for(self, profile: ProfileRecord, *, viewer: ProfileRecord | None = None) -> None:
        """Load and show ``profile``'s history as ``viewer`` sees it (default: their own).

        The services check that ``viewer`` may read it; if not, the page shows
        nothing but the refusal and emits :attr:`load_failed` with the ProfileError.
        The table comes first (:attr:`history_loaded`), then the chart, standings and
        tips (:attr:`report_loaded`), which take longer to compute.
        """
        viewer = viewer if viewer is not None else profile
        self._load_number += 1
        number = self._load_number
        store = self.context.services.store
        language = self.context.settings.language  # titles in the UI language
        self._language = language
        self.context.runner.run(
            lambda: ReviewAccess(store).history_listing(profile, viewer=viewer, language=language),
            lambda loaded: self._loaded(number, profile, viewer, *loaded),
            lambda error: self._failed(number, error),
        )

    def _loaded(
        self,
        number: int,
        profile: ProfileRecord,
        viewer: ProfileRecord,
        entries: list[dict[str, Any]],
        summaries: list[Any],
    ) -> None:
        if number != self._load_number:
            return  # a later load replaced this one
        self.error = None
        self.profile = profile
        self.viewer = viewer
        self.report = None
        self.notice.hide()
        self.content.show()
        self.replay_button.setEnabled(True)
        self.title.setText(self.tr("History: %1").replace("%1", profile.display_name))
        self.model.set_entries(entries)
        column, order = self.proxy.sortColumn(), self.proxy.sortOrder()
        natural = column == -1 or (column == DATE and order == Qt.SortOrder.DescendingOrder)
        if self.proxy.filtering() or not natural:
            self.model.fetch_all()  # the first page alone would sort or filter wrongly
        if self.proxy.rowCount():
            self.table.selectRow(0)
        self._update_count()
        self._clear_report()
        self.history_loaded.emit(self.model.total())
        store = self.context.services.store
        language = self.context.settings.language  # labels in the UI language
        self.context.runner.run(
            lambda: ReportService(store).history_report(
                profile,
                viewer=viewer,
                language=language,
                summaries=summaries,
                with_lines=False,
            ),
            lambda report: self._report_ready(number, report),
            lambda error: self._report_failed(number, error),
        )

    def _report_ready(self, number: int, report: HistoryReport) -> None:
        if number != self._load_number:
            return
        self.report = report
        self._show_report(report)
        self.report_loaded.emit()

    def _report_failed(self, number: int, error: BaseException) -> None:
        if number != self._load_number:
            return
        self.error = error
        self.improve.set_markup(
            self.tr("The charts cannot be shown: %1").replace("%1", _message(error))
        )
        self.load_failed.emit(error)

    def _clear_report(self) -> None:
        self.chart.set_series([])
        self.standings.removeRows(0, self.standings.rowCount())
        self.improve.set_markup("")

    def _failed(self, number: int, error: BaseException) -> None:
        if number != self._load_number:
            return
        self.error = error
        self.profile = None
        self.report = None
        self.model.clear()
        self._clear_report()
        self.content.hide()
        self.replay_button.setEnabled(False)
        self.title.setText(self.tr("History"))
        self.notice.setText(
            self.tr("This history cannot be shown: %1").replace("%1", _message(error))
        )
        self.notice.show()
        self.load_failed.emit(error)

    # -- the side panel -----------------------------------------------------------

    def _show_report(self, report: HistoryReport) -> None:
        series, categories = chart_series(report)
        self.chart.set_series(series, categories=categories)

        self.standings.setSortRole(Qt.ItemDataRole.UserRole)
        self.standings.removeRows(0, self.standings.rowCount())
        for standing in report.standings:
            cells = [
                self._cell(standing.title, standing.title.casefold()),
                self._cell(str(standing.attempts), standing.attempts),
                self._cell(self._percent(standing.best), self._rank(standing.best)),
                self._cell(self._percent(standing.last), self._rank(standing.last)),
            ]
            cells[0].setToolTip(plain_tooltip(standing.scenario_id))
            self.standings.appendRow(cells)
        self.improve.set_markup(self._improve_markup(report))

    @staticmethod
    def _cell(text: str, key: object) -> QStandardItem:
        item = QStandardItem(text)
        item.setData(key, Qt.ItemDataRole.UserRole)
        item.setEditable(False)
        return item

    @staticmethod
    def _percent(value: float | None) -> str:
        return percent(value)

    @staticmethod
    def _rank(value: float | None) -> float:
        return -1.0 if value is None else value

    def _improve_markup(self, report: HistoryReport) -> str:
        weakest = report.weakest(WEAKEST)
        if not weakest:
            return self.tr("Finish a scenario to see which competencies to work on.")
        titles = {s.scenario_id: s.title for s in report.standings}
        cards = [card for card in self.catalogue() if card.playable]
        language = self.context.settings.language
        for card in cards:
            titles.setdefault(card.key, card.title_in(language))
        catalogue = [(card.key, card.competency_ids) for card in cards]
        played = {standing.scenario_id for standing in report.standings}
        not_yet = self.tr("not played yet")
        lines: list[str] = []
        for trend in weakest:
            average = self._percent(trend.average)
            last = self._percent(trend.last)
            summary = self.tr("average %1, last %2").replace("%1", average).replace("%2", last)
            lines.append(f"**{_inline(trend.label)}** — {summary}")
            lines.append("")
            suggestions = scenarios_to_practise(
                trend.competency,
                catalogue=catalogue,
                played=played,
                trained_before=trend.scenarios,
            )[:SUGGESTED]
            if suggestions:
                lines.append(self.tr("Scenarios that train it:"))
                lines.append("")
                for key, played_before in suggestions:
                    title = _inline(titles.get(key, key))
                    if played_before:
                        lines.append(f"- {title}")
                    else:
                        lines.append(f"- {title} — *{not_yet}*")
                lines.append("")
        return "\n".join(lines)

    # -- interaction --------------------------------------------------------------

    def _filter_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _filter_mode(self, _index: int) -> None:
        self.proxy.set_mode(str(self.mode_filter.currentData() or ""))
        self._update_count()

    def _filter_outcome(self, _index: int) -> None:
        self.proxy.set_outcome(str(self.outcome_filter.currentData() or ""))
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        total = self.model.total()
        shown = self.proxy.rowCount()
        if self.proxy.filtering():
            text = self.tr("%1 of %2 attempts match").replace("%1", whole(shown))
        else:
            text = self.tr("%2 attempts").replace("%1", whole(shown))
        self.count.setText(text.replace("%2", whole(total)))

    def _activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        attempt_id = self.proxy.attempt_id(index.row())
        if attempt_id is not None:
            self.replay_requested.emit(attempt_id)

    def _replay_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._activated(index)

    def visible_attempt_ids(self) -> list[str]:
        """The attempt ids in the order the table shows them (rows loaded so far)."""
        return [
            attempt_id
            for row in range(self.proxy.rowCount())
            if (attempt_id := self.proxy.attempt_id(row)) is not None
        ]

    def visible_column(self, column: int = OVERALL) -> list[str]:
        """The texts of one column, in the order the table shows them."""
        return [
            str(self.proxy.data(self.proxy.index(row, column)))
            for row in range(self.proxy.rowCount())
        ]

    # -- exports --------------------------------------------------------------------

    def export_csv(self, path: Path) -> int:
        """Write this profile's attempts as CSV; returns the number of rows."""
        assert self.profile is not None and self.viewer is not None
        reports = ReportService(self.context.services.store)
        return reports.write_attempts_csv(path, viewer=self.viewer, profile=self.profile)

    def export_pdf(self, path: Path) -> Path:
        """Write this profile's history, with its charts, as a PDF."""
        assert self.profile is not None and self.viewer is not None
        from trainer.gui.reports.history_pdf import write_history_pdf

        language = self.context.settings.language
        report = ReportService(self.context.services.store).history_report(
            self.profile, viewer=self.viewer, language=language
        )
        return write_history_pdf(report, path, language=language)

    def _export_csv(self) -> None:
        # The default file name in the UI language (no diacritics: safe on any disk).
        name = self.tr("history", "default file name of a history export")
        self._export(self.tr("Export CSV"), f"{name}.csv", "CSV (*.csv)", self.export_csv)

    def _export_pdf(self) -> None:
        name = self.tr("history", "default file name of a history export")
        self._export(self.tr("Export PDF"), f"{name}.pdf", "PDF (*.pdf)", self.export_pdf)

    def _export(self, title: str, name: str, pattern: str, write: Callable[[Path], object]) -> None:
        if self.profile is None:
            return
        session = self.context.session
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        if not chosen or self.context.session != session:  # signed out meanwhile
            return
        try:
            written = write(Path(chosen))
        except (OSError, TrainerError) as exc:
            detail = describe(exc) if isinstance(exc, TrainerError) else str(exc)
            show_plain_message(
                self,
                QMessageBox.Icon.Warning,
                title,
                self.tr("The file could not be written.") + "\n\n" + detail,
            )
            return
        saved = written if isinstance(written, Path) else Path(chosen)
        self.saved_notice = show_saved(self, title, saved)


def _message(error: BaseException) -> str:
    return describe(error) if isinstance(error, TrainerError) else str(error)


def _inline(text: str) -> str:
    """Content text for one line of markup (line breaks would end a list item)."""
    return " ".join(text.split())
