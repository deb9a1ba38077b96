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

The page lays these out, loads them and exports them; what each table shows is in
:mod:`.tables` (on the table models of :mod:`.models`), the choice tree in
:mod:`.choice_tree`, the date and scenario filters in :mod:`.filters`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
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
from trainer.gui.context import GuiContext
from trainer.gui.formats import whole
from trainer.gui.messages import describe
from trainer.gui.overview.choice_tree import ChoiceFilterModel, ChoiceTreeModel, attempt_counts_text
from trainer.gui.overview.filters import OverviewFilters
from trainer.gui.overview.models import COUNT_ROLE, ROW_ROLE, RowFilterModel, RowTableModel
from trainer.gui.overview.tables import (
    ProfileTableModel,
    competency_columns,
    competency_rows,
    ending_columns,
    ending_rows,
    item_columns,
    item_rows,
    note_item_columns,
    note_item_rows,
)
from trainer.gui.reports.overview_pdf import write_overview_pdf
from trainer.gui.saved_notice import show_saved
from trainer.gui.widgets.flow import FlowLayout
from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.named import named
from trainer.gui.widgets.tables import LongTable
from trainer.services.errors import ProfileError
from trainer.services.overview import Overview, OverviewService, Period
from trainer.services.profiles import TRAINER
from trainer.services.records import ProfileRecord
from trainer.services.reports import ReportService

# Imported from here by tests and callers that knew them as the page's.


__all__ = ["COUNT_ROLE", "ROW_ROLE", "ChoiceTreeModel", "TrainerOverviewPage"]


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
        self.profiles_model = ProfileTableModel(self)
        self.profiles_proxy = RowFilterModel(self)
        self.profiles_proxy.setSourceModel(self.profiles_model)
        self.choices_model = ChoiceTreeModel(self)
        self.choices_proxy = ChoiceFilterModel(self)
        self.choices_proxy.setSourceModel(self.choices_model)
        self.items_model = RowTableModel(item_columns(), self)
        self.items_proxy = RowFilterModel(self)
        self.items_proxy.setSourceModel(self.items_model)
        self.notes_model = RowTableModel(note_item_columns(), self)
        self.notes_proxy = RowFilterModel(self)
        self.notes_proxy.setSourceModel(self.notes_model)
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

        self.filters = OverviewFilters()
        self.filters.changed.connect(self.refresh)
        outer.addWidget(self.filters)

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
        self.notes_view = self._table(self.notes_proxy)
        self.tabs.addTab(self.notes_view, "")
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
        view = LongTable()  # a centre's 2,000 profiles, sized without measuring every cell
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
        self.filters.retranslate()
        self.search.setPlaceholderText(
            QCoreApplication.translate("TrainerOverview", "Search by name")
        )
        self.search.setAccessibleName(self.search.placeholderText())
        views = (
            self.profiles_view,
            self.choices_view,
            self.items_view,
            self.notes_view,
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
                    QCoreApplication.translate(
                        "TrainerOverview", "Missing from notes (self-assessed)"
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

    @property
    def scenario_combo(self) -> QComboBox:
        """The scenario filter's list."""
        return self.filters.scenario_combo

    def period(self) -> Period:
        """The date range the filters set (either end may be open)."""
        return self.filters.period()

    def set_period(self, start: dt.date | None, end: dt.date | None) -> None:
        """Set the date filters (None leaves that end open) and reload."""
        self.filters.set_period(start, end)
        self.refresh()

    def scenario_id(self) -> str | None:
        """The scenario the filter shows, or None for all."""
        return self.filters.scenario_id()

    def set_scenario(self, scenario_id: str | None) -> None:
        """Filter to one scenario (None: all) and reload."""
        self.filters.set_scenario(scenario_id)
        self.refresh()

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
        self.notes_model.set_rows(note_item_rows(overview))
        self.endings_model.set_rows(ending_rows(overview))
        self.competencies_model.set_rows(competency_rows(overview))
        self.choices_view.expandToDepth(0)
        self.filters.remember_scenarios(overview)
        self._show_summary()
        self.overview_loaded.emit(overview)

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
