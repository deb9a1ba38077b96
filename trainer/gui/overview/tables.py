"""What the overview's tables show: the rows and columns of profiles, indicators, endings
and competencies, drawn from an :class:`~trainer.services.overview.Overview`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject

from trainer.domain.model import Outcome
from trainer.gui.formats import whole
from trainer.gui.overview.models import Column, RowTableModel, percent_text, sortable
from trainer.gui.words import OUTCOME_STYLE, outcome_word, status_word
from trainer.services.overview import (
    ChecklistSummary,
    ItemCount,
    Overview,
    ProfileSummary,
    ReportSummary,
)


def _counted(header: Callable[[], str], count: Callable[[Any], int]) -> Column:
    return Column(header, lambda row: str(count(row)), count, True)


def _scenario_column() -> Column:
    """The title of the scenario a row belongs to (rows with a ``scenario_title``)."""
    return Column(
        lambda: QCoreApplication.translate("TrainerOverview", "Scenario"),
        lambda row: row.scenario_title,
        lambda row: row.scenario_title,
    )


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
            lambda p: sortable(p.average_percent),
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
            lambda r: sortable(r.share),
            True,
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Count"),
            lambda r: f"{r.count} / {r.item.answers}",
            lambda r: r.count,
            True,
        ),
        _scenario_column(),
    ]


@dataclass(frozen=True)
class NoteItemRow:
    """A report item most often missing from the notes (self-assessed), for the table."""

    scenario_title: str
    report: str
    item: ItemCount


def note_item_rows(overview: Overview, limit: int = 5) -> list[NoteItemRow]:
    """Per scenario, the report items most often missing from the officers' notes."""

    def name(report: ReportSummary) -> str:
        return report.title or report.prompt or report.node_id

    return [
        NoteItemRow(scenario.title, name(report), item)
        for scenario in overview.scenarios
        for report, item in scenario.most_missing_in_notes(limit)
    ]


def note_item_columns() -> list[Column]:
    """Item, report, share and count missing of a :class:`NoteItemRow`."""
    return [
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Missing from the note"),
            lambda r: r.item.text or r.item.item_id,
            lambda r: (r.item.text or r.item.item_id).casefold(),
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Report"),
            lambda r: r.report,
            lambda r: r.report.casefold(),
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Share (self-assessed)"),
            lambda r: percent_text(r.item.missed_share),
            lambda r: sortable(r.item.missed_share),
            True,
        ),
        Column(
            lambda: QCoreApplication.translate("TrainerOverview", "Count"),
            lambda r: f"{r.item.missed} / {r.item.answers}",
            lambda r: r.item.missed,
            True,
        ),
        _scenario_column(),
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
        _scenario_column(),
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
            lambda r: sortable(r.average_percent),
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
