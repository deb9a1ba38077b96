"""The PDF of a profile's history: standings, where to improve, competencies over time, attempts."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QRectF

from trainer.gui.formats import day_month
from trainer.gui.reports.layout import MUTED, ReportPage, document_title, outcome_cell, painted_pdf
from trainer.gui.reports.wording import (
    count_text,
    in_language,
    local_time,
    percent_text,
    period_text,
    shown_locale,
    status_text,
    translate,
    when_text,
)
from trainer.gui.widgets.chart import ChartSeries, paint_chart
from trainer.services.reports import CompetencyTrend, HistoryReport


def _paint_trends(page: ReportPage, trends: Sequence[CompetencyTrend]) -> None:
    """Every competency over time in one line chart; x: the finished attempts in order."""
    moments = sorted({(p.at, p.attempt_id) for t in trends for p in t.points})

    def short(at: str) -> str:
        moment = local_time(at)
        return day_month(moment.date(), shown_locale()) if moment is not None else at

    label_of = {attempt_id: f"{n}. {short(at)}" for n, (at, attempt_id) in enumerate(moments, 1)}
    series = [
        ChartSeries(t.label, tuple((label_of[p.attempt_id], p.percent) for p in t.points))
        for t in trends
    ]
    legend = page.mm(4.2) * sum(1 for s in series if s.points)
    height = page.mm(60) + legend
    page.ensure(height)
    rect = QRectF(0, page.y, page.width, height)
    paint_chart(
        page.painter,
        rect,
        series,
        categories=list(label_of.values()),
        font=page.font(7.5),
        empty_text=translate("Reports", "No finished attempts yet."),
    )
    page.y += height + page.mm(3)
    widths = [0.5, 0.17, 0.17, 0.16]
    page.row(
        [
            translate("Reports", "Competency"),
            translate("Reports", "Average"),
            translate("Reports", "Last"),
            translate("Reports", "Results"),
        ],
        widths,
        bold=True,
    )
    for trend in trends:
        page.row(
            [
                trend.label,
                percent_text(trend.average),
                percent_text(trend.last),
                count_text(len(trend.points)),
            ],
            widths,
        )


def improve_lines(report: HistoryReport) -> list[str]:
    """The "where to improve" lines: each weak competency and the scenarios that train it."""
    # The scenarios by title, as the standings name them (the trends hold scenario ids).
    titles = {s.scenario_id: s.title for s in report.standings}
    lines = []
    for trend in report.weakest():
        trained_in = ", ".join(titles.get(s, s) for s in trend.scenarios)
        lines.append(
            f"• {trend.label}: {percent_text(trend.average)} — "
            + translate("Reports", "trained in %1").replace("%1", trained_in or "–")
        )
    return lines


def write_history_pdf(report: HistoryReport, path: Path | str, *, language: str) -> Path:
    """A profile's history as a PDF: standings, competency charts, every attempt.

    ``language`` ("pl", "en") is the language of the labels. ReportWriteError if the
    file cannot be written.
    """
    with in_language(language):
        title = document_title("history", report.profile_id, report.profile_name)
        history = translate("Reports", "History")
        footer = f"{history} · {report.profile_name} · {when_text(report.generated_at)}"
        with painted_pdf(path, title=title, footer=footer) as page:
            page.text(translate("Reports", "History of results"), size=9, colour=MUTED, after=0.5)
            page.text(report.profile_name, size=18, bold=True, after=1)
            page.text(
                translate("Reports", "Period: %1 · made %2")
                .replace("%1", period_text(report.period))
                .replace("%2", when_text(report.generated_at)),
                size=9,
                colour=MUTED,
            )
            page.text(
                translate("Reports", "Attempts: %1").replace("%1", count_text(len(report.lines))),
                bold=True,
            )
            page.space(2)

            if report.standings:
                page.text(translate("Reports", "Best and last per scenario"), size=13, bold=True)
                widths = [0.46, 0.14, 0.14, 0.13, 0.13]
                page.row(
                    [
                        translate("Reports", "Scenario"),
                        translate("Reports", "Attempts"),
                        translate("Reports", "Finished"),
                        translate("Reports", "Best"),
                        translate("Reports", "Last"),
                    ],
                    widths,
                    bold=True,
                )
                for standing in report.standings:
                    page.row(
                        [
                            standing.title,
                            count_text(standing.attempts),
                            count_text(standing.finished),
                            percent_text(standing.best),
                            percent_text(standing.last),
                        ],
                        widths,
                    )
                page.space(3)

            weakest = report.weakest()
            if weakest:
                page.text(translate("Reports", "Where to improve"), size=13, bold=True)
                for advice in improve_lines(report):
                    page.text(advice, indent=2)
                page.space(2)

            if report.trends:
                page.text(translate("Reports", "Competencies over time"), size=13, bold=True)
                _paint_trends(page, report.trends)
                page.space(3)

            page.text(translate("Reports", "Attempts"), size=13, bold=True)
            widths = [0.2, 0.34, 0.14, 0.2, 0.12]

            def header() -> None:
                page.row(
                    [
                        translate("Reports", "Started"),
                        translate("Reports", "Scenario"),
                        translate("Reports", "Mode"),
                        translate("Reports", "Ending"),
                        translate("Reports", "Score"),
                    ],
                    widths,
                    bold=True,
                )

            header()
            page.repeat = header
            for line in report.lines:
                mode = (
                    translate("Reports", "Assessment")
                    if line.mode == "assessment"
                    else translate("Reports", "Practice")
                )
                if line.status == "finished":
                    outcome, colour = outcome_cell(line.outcome)
                else:
                    outcome, colour = status_text(line.status), MUTED
                page.row(
                    [
                        when_text(line.started),
                        f"{line.scenario_title} (v{line.version})",
                        mode,
                        outcome,
                        percent_text(line.overall_percent),
                    ],
                    widths,
                    colours={3: colour},
                )
            page.repeat = None
    return Path(path)
