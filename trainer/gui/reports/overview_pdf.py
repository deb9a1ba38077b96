"""The PDF of the trainer overview: profiles, and per scenario its choices, endings and averages."""

from collections.abc import Callable, Sequence
from pathlib import Path

from trainer.gui.reports.layout import (
    MUTED,
    ReportPage,
    document_title,
    outcome_cell,
    painted_pdf,
    rating_cell,
)
from trainer.gui.reports.wording import (
    count_text,
    in_language,
    percent_text,
    period_text,
    shorten,
    translate,
)
from trainer.services.overview import ChecklistSummary, ItemCount, Overview, ReportSummary


def _item_lines(
    page: ReportPage,
    heading: str,
    items: Sequence[tuple[ChecklistSummary | ReportSummary, ItemCount]],
    share_and_count: Callable[[ItemCount], tuple[float | None, int]],
) -> None:
    """A heading and one line per checklist item: its text, then its share and count of
    the answers; nothing when there are no items."""
    if not items:
        return
    page.text(heading, bold=True, after=0.6)
    for _checklist, item in items:
        share, count = share_and_count(item)
        page.text(
            f"• {shorten(item.text or item.item_id, 160)} — "
            f"{percent_text(share)} ({count}/{item.answers})",
            size=9,
            indent=2,
            after=0.5,
        )


def write_overview_pdf(overview: Overview, path: Path | str, *, language: str) -> Path:
    """The trainer overview as a PDF: profiles, and per scenario its counts and averages.

    ``language`` ("pl", "en") is the language of the labels. ReportWriteError if the
    file cannot be written.
    """
    with in_language(language):
        scope = overview.scenario_id or "all"
        title = document_title("overview", scope, period_text(overview.period))
        heading = translate("Reports", "Trainer overview")
        footer = f"{heading} · {period_text(overview.period)}"
        with painted_pdf(path, title=title, footer=footer) as page:
            page.text(translate("Reports", "Trainer overview"), size=18, bold=True, after=1)
            page.text(
                translate("Reports", "Period: %1 · attempts: %2")
                .replace("%1", period_text(overview.period))
                .replace("%2", count_text(overview.attempts)),
                size=9,
                colour=MUTED,
            )
            page.space(2)
            page.text(translate("Reports", "Profiles"), size=13, bold=True)
            widths = [0.28, 0.13, 0.14, 0.15, 0.16, 0.14]
            page.row(
                [
                    translate("Reports", "Name"),
                    translate("Reports", "Attempts"),
                    translate("Reports", "Finished"),
                    translate("Reports", "Abandoned"),
                    translate("Reports", "In progress"),
                    translate("Reports", "Average"),
                ],
                widths,
                bold=True,
            )
            for profile in overview.profiles:
                page.row(
                    [
                        profile.display_name,
                        count_text(profile.attempts),
                        count_text(profile.finished),
                        count_text(profile.abandoned),
                        count_text(profile.in_progress),
                        percent_text(profile.average_percent),
                    ],
                    widths,
                )
            for scenario in overview.scenarios:
                page.space(4)
                page.ensure(page.mm(40))
                page.text(scenario.title, size=14, bold=True, after=0.6)
                versions = ", ".join(f"v{v}" for v in scenario.versions)
                page.text(
                    f"{scenario.scenario_id} · {versions} · "
                    + translate(
                        "Reports",
                        "attempts %1, finished %2, abandoned %4, in progress %5, average %3",
                    )
                    .replace("%1", count_text(scenario.attempts))
                    .replace("%2", count_text(scenario.finished))
                    .replace("%3", percent_text(scenario.average_percent))
                    .replace("%4", count_text(scenario.abandoned))
                    .replace("%5", count_text(scenario.in_progress)),
                    size=9,
                    colour=MUTED,
                )
                for decision in scenario.decisions:
                    page.ensure(page.mm(16))  # a heading never ends a page alone
                    page.text(
                        f"{decision.title or decision.node_id} ({decision.answers})",
                        bold=True,
                        after=0.6,
                    )
                    widths = [0.5, 0.1, 0.1, 0.3]
                    for choice in decision.choices:
                        text = choice.text or translate("Reports", "The time ran out")
                        word, colour = rating_cell(choice.rating)
                        page.row(
                            [
                                f"{word.split(' ')[0]} {shorten(text, 140)}",
                                count_text(choice.count),
                                percent_text(choice.share),
                                "",
                            ],
                            widths,
                            bar=choice.share,
                            bar_column=3,
                            colours={0: colour},
                        )
                _item_lines(
                    page,
                    translate("Reports", "Most often missed"),
                    scenario.most_missed(),
                    lambda item: (item.missed_share, item.missed),
                )
                _item_lines(
                    page,
                    translate("Reports", "Most often ticked wrongly"),
                    scenario.most_wrongly_ticked(),
                    lambda item: (item.wrong_share, item.wrong),
                )
                _item_lines(
                    page,
                    translate("Reports", "Most often missing from the notes (self-assessed)"),
                    scenario.most_missing_in_notes(),
                    lambda item: (item.missed_share, item.missed),
                )
                if scenario.endings:
                    page.text(translate("Reports", "Endings reached"), bold=True, after=0.6)
                    for ending in scenario.endings:
                        word, colour = outcome_cell(ending.outcome)
                        page.row(
                            [
                                f"{word} — {ending.title or ending.ending_id}",
                                count_text(ending.count),
                            ],
                            [0.8, 0.2],
                            colours={0: colour},
                        )
                if scenario.competencies:
                    page.text(translate("Reports", "Average per competency"), bold=True, after=0.6)
                    widths = [0.5, 0.12, 0.38]
                    for average in scenario.competencies:
                        page.row(
                            [average.label, percent_text(average.average_percent), ""],
                            widths,
                            bar=average.average_percent,
                            bar_column=2,
                        )
    return Path(path)
