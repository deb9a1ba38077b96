"""The trainer overview's filters bar: a date range (each end optional) and a scenario."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from trainer.gui.widgets.flow import FlowLayout
from trainer.services.overview import Overview, Period


class OverviewFilters(QWidget):
    """From and To dates, each switched on by its check box, and one scenario or all.

    ``changed`` is emitted when the user changes a filter; the setters change them
    quietly, so that the page reloads once.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scenarios: dict[str, str] = {}  # id -> title, for the scenario filter
        filters = FlowLayout(self)
        filters.setContentsMargins(0, 0, 0, 0)
        today = QDate.currentDate()
        self.from_check = QCheckBox()
        self.from_edit = QDateEdit(today.addMonths(-1))
        self.to_check = QCheckBox()
        self.to_edit = QDateEdit(today)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self.changed.emit())
        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.to_check.toggled.connect(self.to_edit.setEnabled)
        self.from_check.toggled.connect(lambda _on: self.changed.emit())
        self.to_check.toggled.connect(lambda _on: self.changed.emit())
        self.scenario_label = QLabel()
        self.scenario_combo = QComboBox()
        self.scenario_combo.addItem("", None)
        self.scenario_combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
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

    def retranslate(self) -> None:
        """Set every text in the UI language (the page calls it when the language changes)."""
        self.from_check.setText(QCoreApplication.translate("TrainerOverview", "From"))
        self.to_check.setText(QCoreApplication.translate("TrainerOverview", "To"))
        for edit in (self.from_edit, self.to_edit):  # dates as the UI language writes them
            edit.setLocale(QLocale())
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.scenario_label.setText(QCoreApplication.translate("TrainerOverview", "&Scenario:"))
        self.scenario_combo.setItemText(
            0, QCoreApplication.translate("TrainerOverview", "All scenarios")
        )
        self.from_edit.setAccessibleName(
            QCoreApplication.translate("TrainerOverview", "Attempts from this date")
        )
        self.to_edit.setAccessibleName(
            QCoreApplication.translate("TrainerOverview", "Attempts up to this date")
        )

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
        """Set the dates (None leaves that end open), quietly."""
        self._quietly(lambda: self._set_dates(start, end))

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
        """Filter to one scenario (None: all), quietly."""
        found = 0
        if scenario_id is not None:
            found = self.scenario_combo.findData(scenario_id)
            if found < 0:  # not played yet in any period shown: offer it by id
                self._scenarios[scenario_id] = scenario_id
                self.scenario_combo.addItem(scenario_id, scenario_id)
                found = self.scenario_combo.count() - 1
        self._quietly(lambda: self.scenario_combo.setCurrentIndex(found))

    def remember_scenarios(self, overview: Overview) -> None:
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

    def _quietly(self, change: Callable[[], None]) -> None:
        widgets = (self.from_check, self.from_edit, self.to_check, self.to_edit)
        blocked = [w.blockSignals(True) for w in (*widgets, self.scenario_combo)]
        try:
            change()
        finally:
            for widget, was in zip((*widgets, self.scenario_combo), blocked, strict=True):
                widget.blockSignals(was)
