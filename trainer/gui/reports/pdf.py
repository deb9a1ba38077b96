"""PDF reports of one attempt, of a profile's history and of the trainer overview.

The reports are laid out with ``QPdfWriter`` (A4, 300 dpi) and ``QPainter`` in the
app font (DejaVu Sans, bundled, so Polish letters render on any machine). Each PDF
is painted into memory and then written atomically: a failed write leaves the old
file (or no file) in place and raises :class:`ReportWriteError`, never a traceback.

``QPdfWriter`` compresses page content, so the document title (set in the PDF's
Info dictionary, which is not compressed) names what the report is about: for an
attempt, the scenario id and version.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    Qt,
    QTranslator,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from trainer.domain.errors import TrainerError
from trainer.domain.markup import render_plain
from trainer.domain.model import Outcome, Rating
from trainer.fileio import atomic_write_bytes
from trainer.gui.assets import assets_dir
from trainer.gui.formats import (
    date,
    date_time,
    day_month,
    parse_utc,
    percent,
    seconds,
    ui_locale,
    whole,
)
from trainer.gui.i18n import translations_dir
from trainer.gui.style import ACCENT
from trainer.gui.widgets.chart import ChartSeries, paint_chart
from trainer.gui.words import OUTCOME_STYLE, RATING_STYLE
from trainer.services.overview import Overview, Period
from trainer.services.replay import Replay
from trainer.services.reports import AttemptReport, CompetencyTrend, HistoryReport

__all__ = [
    "FONT_FAMILY",
    "ReportWriteError",
    "ensure_report_font",
    "feedback_by_seq",
    "pdf_page_count",
    "pdf_title",
    "shorten",
    "write_attempt_pdf",
    "write_history_pdf",
    "write_overview_pdf",
]

FONT_FAMILY = "DejaVu Sans"
CREATOR = "Case-scenario trainer"
RESOLUTION = 300
FEEDBACK_CHARS = 260
TEXT_CHARS = 400

_TEXT = "#101828"
_MUTED = "#475467"
_RULE = "#d0d5dd"
_BAR_BACK = "#eef2f6"


class ReportWriteError(TrainerError):
    """A report could not be written (missing folder, no permission, disk full...)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"the report could not be written to {path}: {reason}")
        self.path = path
        self.reason = reason


# The report's language, set for the time one report is painted (on the UI thread).
_language: list[QTranslator | None] = []
#: The locale of the report being written (numbers and dates), innermost last.
_locale: list[QLocale] = []

# Source texts of the words style.py translates, looked up in the report's language.
_RATING_TEXTS = {
    Rating.BEST: "Best choice",
    Rating.GOOD: "Good choice",
    Rating.POOR: "Poor choice",
    Rating.HARMFUL: "Harmful choice",
}
_OUTCOME_TEXTS = {
    Outcome.SUCCESS: "Success",
    Outcome.PARTIAL: "Partial success",
    Outcome.FAILURE: "Failure",
}
_STAGE_TEXTS = {
    "information": "Information",
    "assessment": "Assessment",
    "powers": "Powers and policy",
    "options": "Options",
    "action": "Action and review",
}


def translate(context: str, text: str) -> str:
    """``text`` in the language of the report being written (else the UI language)."""
    if not _language:
        return QCoreApplication.translate(context, text)
    translator = _language[-1]
    if translator is None:
        return text  # English: the source language
    return translator.translate(context, text) or text


@contextmanager
def _in_language(language: str) -> Iterator[None]:
    """Paint the report's own labels in ``language`` ("en", "pl"), whatever the UI shows."""
    translator: QTranslator | None = None
    if language != "en":
        translator = QTranslator()
        if not translator.load(str(translations_dir() / f"trainer_{language}.qm")):
            translator = None
    _language.append(translator)
    _locale.append(ui_locale(language))
    try:
        yield
    finally:
        _language.pop()
        _locale.pop()


def _shown() -> QLocale:
    """The locale of the report being written (else the UI language's)."""
    return _locale[-1] if _locale else QLocale()


def rating_text(rating: Rating) -> str:
    """The rating's word in the report's language."""
    return translate("Rating", _RATING_TEXTS[rating])


def outcome_text(outcome: Outcome) -> str:
    """The outcome's word in the report's language."""
    return translate("Outcome", _OUTCOME_TEXTS[outcome])


def stage_text(stage: str | None) -> str:
    """A decision-model stage in the report's language."""
    return translate("Stage", _STAGE_TEXTS.get(stage or "", "Other"))


def ensure_report_font() -> str:
    """Register the bundled font if the application has not; returns its family."""
    if FONT_FAMILY not in QFontDatabase.families():
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            QFontDatabase.addApplicationFont(str(assets_dir() / "fonts" / name))
    return FONT_FAMILY


def shorten(text: str | None, limit: int = FEEDBACK_CHARS) -> str:
    """``text`` as one line of plain text, cut at a word boundary to ``limit`` characters."""
    if not text:
        return ""
    flat = " ".join(render_plain(text).split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


def feedback_by_seq(replay: Replay) -> dict[int, str]:
    """The feedback shown for each answered step of a replay, by step number.

    For a decision, the chosen option's feedback; for a checklist, the feedback of
    the items answered wrongly or missed, joined.
    """
    found: dict[int, str] = {}
    for step in replay.steps:
        if step.choice is not None and step.choice.feedback:
            found[step.seq] = step.choice.feedback
        elif step.items:
            notes = [
                i.feedback for i in step.items if i.feedback and i.verdict in ("wrong", "missed")
            ]
            if notes:
                found[step.seq] = " ".join(notes)
    return found


def _moment(stamp: str | None) -> dt.datetime | None:
    """A stored ISO timestamp in this computer's time zone (None if missing or odd)."""
    moment = parse_utc(stamp)
    return None if moment is None else moment.astimezone()


def _when(stamp: str | None) -> str:
    """A stored ISO timestamp as local date and time in the report's language."""
    moment = _moment(stamp)
    if moment is None:
        return stamp or "–"
    return date_time(moment, _shown())


def _percent(value: float | None) -> str:
    return percent(value, locale=_shown(), missing="–")


def _count(value: int) -> str:
    return whole(value, _shown())


def _period(period: Period) -> str:
    if period.start is None and period.end is None:
        return translate("Reports", "All dates")
    start = date(period.start, _shown()) if period.start else "…"
    end = date(period.end, _shown()) if period.end else "…"
    return f"{start} – {end}"


def _rating(value: str | None) -> tuple[str, str]:
    """Symbol + word (never colour alone) and the colour of a stored rating."""
    try:
        rating = Rating(value or "")
    except ValueError:
        return (value or "–"), _MUTED
    symbol, colour = RATING_STYLE[rating]
    return f"{symbol} {rating_text(rating)}", colour


def _outcome(value: str | None) -> tuple[str, str]:
    try:
        outcome = Outcome(value or "")
    except ValueError:
        return (value or "–"), _MUTED
    symbol, colour = OUTCOME_STYLE[outcome]
    return f"{symbol} {outcome_text(outcome)}", colour


def _status(status: str) -> str:
    """An attempt that reached no ending: in progress, or abandoned (started over)."""
    if status == "abandoned":
        return "⊘ " + translate("Reports", "abandoned")
    return "… " + translate("Reports", "in progress")


# -- layout ---------------------------------------------------------------------------------


class _Page:
    """A cursor over the pages of a PDF: text, rules, tables and bars; breaks pages."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, footer: str) -> None:
        self.writer = writer
        self.painter = painter
        self.footer = footer
        self.width = float(writer.width())
        self.footer_height = self.mm(8)
        self.height = float(writer.height()) - self.footer_height
        self.y = 0.0
        self.number = 1
        self.repeat: Callable[[], None] | None = None  # a table header to repeat

    def mm(self, value: float) -> float:
        return value * RESOLUTION / 25.4

    def font(self, size: float = 10, *, bold: bool = False) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def finish_page(self) -> None:
        painter = self.painter
        painter.setFont(self.font(7.5))
        painter.setPen(QColor(_MUTED))
        box = QRectF(0, self.height + self.mm(2), self.width, self.footer_height - self.mm(2))
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft, self.footer)
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignRight,
            translate("Reports", "Page %1").replace("%1", _count(self.number)),
        )

    def new_page(self) -> None:
        self.finish_page()
        self.writer.newPage()
        self.number += 1
        self.y = 0.0
        if self.repeat is not None:
            self.repeat()

    def ensure(self, height: float) -> None:
        """Break the page unless ``height`` more fits (a block taller than a page starts one)."""
        if self.y + height > self.height and self.y > 0:
            self.new_page()

    def space(self, millimetres: float) -> None:
        self.y += self.mm(millimetres)

    def measure(self, text: str, font: QFont, width: float) -> float:
        self.painter.setFont(font)
        self.painter.setPen(QColor(_TEXT))  # with no pen, Qt measures text as empty
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def text(
        self,
        text: str,
        *,
        size: float = 10,
        bold: bool = False,
        colour: str = _TEXT,
        indent: float = 0.0,
        after: float = 1.2,
    ) -> None:
        """A word-wrapped paragraph, moved to the next page if it does not fit."""
        font = self.font(size, bold=bold)
        left = self.mm(indent)
        width = self.width - left
        height = self.measure(text, font, width)
        self.ensure(height)
        self.painter.setFont(font)
        self.painter.setPen(QColor(colour))
        self.painter.drawText(
            QRectF(left, self.y, width, height), int(Qt.TextFlag.TextWordWrap), text
        )
        self.y += height + self.mm(after)

    def rule(self) -> None:
        self.ensure(self.mm(3))
        self.painter.setPen(QPen(QColor(_RULE), self.mm(0.3)))
        self.painter.drawLine(
            0, int(self.y + self.mm(1)), int(self.width), int(self.y + self.mm(1))
        )
        self.y += self.mm(3)

    def bar(self, rect: QRectF, percent: float | None, colour: str = ACCENT) -> None:
        """A horizontal bar: a pale track, filled to ``percent``."""
        painter = self.painter
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(_BAR_BACK))
        painter.drawRect(rect)
        if percent is not None:
            filled = QRectF(rect)
            filled.setWidth(rect.width() * max(0.0, min(100.0, percent)) / 100)
            painter.setBrush(QColor(colour))
            painter.drawRect(filled)
        painter.restore()

    def row(
        self,
        cells: Sequence[str],
        widths: Sequence[float],
        *,
        bold: bool = False,
        size: float = 9,
        bar: float | None = None,
        bar_column: int | None = None,
        colours: Mapping[int, str] | None = None,
    ) -> None:
        """One table row; ``widths`` are shares of the page width; one cell may be a bar."""
        font = self.font(size, bold=bold)
        pad = self.mm(1.2)
        columns = [w * self.width for w in widths]
        height = max(
            self.measure(cell, font, max(1.0, w - 2 * pad))
            for cell, w in zip(cells, columns, strict=True)
        )
        height = max(height, self.mm(4.5))
        self.ensure(height + self.mm(1.5))
        x = 0.0
        for index, (cell, w) in enumerate(zip(cells, columns, strict=True)):
            box = QRectF(x + pad, self.y, w - 2 * pad, height)
            if index == bar_column:
                track = QRectF(box.left(), box.top() + self.mm(0.8), box.width(), self.mm(3))
                self.bar(track, bar)
            else:
                self.painter.setFont(font)
                self.painter.setPen(QColor((colours or {}).get(index, _TEXT)))
                self.painter.drawText(box, int(Qt.TextFlag.TextWordWrap), cell)
            x += w
        self.y += height + self.mm(1.5)


@contextmanager
def _pdf(path: Path | str, *, title: str, footer: str) -> Iterator[_Page]:
    """A PDF painted into memory, then written atomically to ``path``."""
    target = Path(path)
    ensure_report_font()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(16, 14, 16, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator(CREATOR)
    painter = QPainter()
    if not painter.begin(writer):
        raise ReportWriteError(target, "the PDF writer could not start")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        page = _Page(writer, painter, footer)
        yield page
        page.finish_page()
    finally:
        painter.end()
        buffer.close()
    try:
        if target.is_dir():
            raise IsADirectoryError(f"{target} is a folder")
        atomic_write_bytes(target, bytes(data.data()))
    except OSError as exc:
        raise ReportWriteError(target, exc.strerror or str(exc)) from exc


def _document_title(kind: str, *parts: str) -> str:
    # Plain ASCII words first: a test (or a file manager) finds them in the Info dictionary.
    return " | ".join((kind, *parts))


# -- one attempt --------------------------------------------------------------------------------


def write_attempt_pdf(
    report: AttemptReport,
    path: Path | str,
    *,
    language: str,
    feedback: Mapping[int, str] | None = None,
) -> Path:
    """The debrief of one attempt as a PDF; it names the scenario version.

    ``feedback`` maps step numbers to the feedback shown there (see
    :func:`feedback_by_seq`); it is shortened in the report. ``language`` ("pl", "en") is
    the language of the labels (the answers stay in the language played).
    ReportWriteError if the file cannot be written.
    """
    with _in_language(language):
        version = translate("Reports", "version %1").replace("%1", _count(report.version))
        title = _document_title(
            "attempt", f"{report.scenario_id} v{report.version}", report.scenario_title
        )
        footer = (
            f"{report.scenario_title} · {report.scenario_id} · {version} · {report.profile_name}"
        )
        with _pdf(path, title=title, footer=footer) as page:
            page.text(
                translate("Reports", "Debrief of an attempt"), size=9, colour=_MUTED, after=0.5
            )
            page.text(report.scenario_title, size=18, bold=True, after=1)
            page.text(
                f"{report.scenario_id} · {version} · {report.content_hash[:12]}",
                size=9,
                colour=_MUTED,
            )
            mode = (
                translate("Reports", "Assessment")
                if report.mode == "assessment"
                else translate("Reports", "Practice")
            )
            facts = [
                (translate("Reports", "Officer"), report.profile_name),
                (translate("Reports", "Mode"), mode),
                (translate("Reports", "Language played"), report.language.upper()),
                (translate("Reports", "Started"), _when(report.started)),
                (
                    translate("Reports", "Finished"),
                    _when(report.finished) if report.finished else _status(report.status),
                ),
            ]
            for label, value in facts:
                page.row([label, value], [0.25, 0.75], size=9.5)
            page.space(2)

            page.text(translate("Reports", "Outcome"), size=13, bold=True)
            if report.outcome is not None:
                word, colour = _outcome(report.outcome)
                page.text(f"{word} — {report.ending_title or ''}".rstrip(" —"), colour=colour)
                if report.ending_text:
                    page.text(shorten(report.ending_text, TEXT_CHARS), size=9, colour=_MUTED)
            elif report.status == "abandoned":
                page.text(
                    translate("Reports", "The attempt was abandoned (started over)."),
                    colour=_MUTED,
                )
            else:
                page.text(translate("Reports", "The attempt was not finished."), colour=_MUTED)
            page.text(
                translate("Reports", "Overall: %1").replace("%1", _percent(report.overall_percent)),
                bold=True,
            )
            page.space(2)

            page.text(translate("Reports", "Competencies"), size=13, bold=True)
            widths = [0.38, 0.14, 0.1, 0.38]
            page.row(
                [translate("Reports", "Competency"), translate("Reports", "Points"), "%", ""],
                widths,
                bold=True,
            )
            for line in report.competencies:
                page.row(
                    [line.label, f"{line.points} / {line.maximum}", _percent(line.percent), ""],
                    widths,
                    bar=line.percent,
                    bar_column=3,
                )
            page.space(3)

            page.text(translate("Reports", "Answers step by step"), size=13, bold=True)
            for number, answer in enumerate(report.answers, start=1):
                stage = f"[{stage_text(answer.stage)}] " if answer.stage else ""
                page.rule()
                page.text(
                    f"{number}. {stage}{shorten(answer.question, TEXT_CHARS)}", bold=True, after=0.6
                )
                given = (
                    translate("Reports", "The time ran out.")
                    if answer.timed_out
                    else shorten(answer.answer)
                )
                page.text(
                    translate("Reports", "Answer: %1").replace("%1", given), indent=4, after=0.6
                )
                word, colour = _rating(answer.rating)
                points = translate("Reports", "%1 points").replace("%1", f"{answer.points:+d}")
                details = [word, points]
                if answer.elapsed_ms is not None:
                    details.append(
                        translate("Reports", "%1 s").replace(
                            "%1", seconds(answer.elapsed_ms, 1, _shown())
                        )
                    )
                if answer.checklist_right or answer.checklist_wrong or answer.checklist_missed:
                    details.append(
                        translate("Reports", "right %1, wrong %2, missed %3")
                        .replace("%1", _count(answer.checklist_right))
                        .replace("%2", _count(answer.checklist_wrong))
                        .replace("%3", _count(answer.checklist_missed))
                    )
                page.text(" · ".join(details), colour=colour, indent=4, after=0.6)
                note = (feedback or {}).get(answer.seq)
                if note:
                    page.text(
                        translate("Reports", "Feedback: %1").replace("%1", shorten(note)),
                        size=9,
                        colour=_MUTED,
                        indent=4,
                        after=0.6,
                    )
                if answer.best_answer and not answer.on_best_path:
                    page.text(
                        translate("Reports", "Best answer here: %1").replace(
                            "%1", shorten(answer.best_answer)
                        ),
                        size=9,
                        indent=4,
                        after=0.6,
                    )
                if answer.cards:
                    page.text(
                        translate("Reports", "Cards opened: %1").replace(
                            "%1", ", ".join(answer.cards)
                        ),
                        size=9,
                        colour=_MUTED,
                        indent=4,
                        after=0.6,
                    )
    return Path(path)


# -- a profile's history ----------------------------------------------------------------------


def _paint_trends(page: _Page, trends: Sequence[CompetencyTrend]) -> None:
    """Every competency over time in one line chart; x: the finished attempts in order."""
    moments = sorted({(p.at, p.attempt_id) for t in trends for p in t.points})

    def short(at: str) -> str:
        moment = _moment(at)
        return day_month(moment.date(), _shown()) if moment is not None else at

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
            [trend.label, _percent(trend.average), _percent(trend.last), _count(len(trend.points))],
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
            f"• {trend.label}: {_percent(trend.average)} — "
            + translate("Reports", "trained in %1").replace("%1", trained_in or "–")
        )
    return lines


def write_history_pdf(report: HistoryReport, path: Path | str, *, language: str) -> Path:
    """A profile's history as a PDF: standings, competency charts, every attempt.

    ``language`` ("pl", "en") is the language of the labels. ReportWriteError if the
    file cannot be written.
    """
    with _in_language(language):
        title = _document_title("history", report.profile_id, report.profile_name)
        history = translate("Reports", "History")
        footer = f"{history} · {report.profile_name} · {_when(report.generated_at)}"
        with _pdf(path, title=title, footer=footer) as page:
            page.text(translate("Reports", "History of results"), size=9, colour=_MUTED, after=0.5)
            page.text(report.profile_name, size=18, bold=True, after=1)
            page.text(
                translate("Reports", "Period: %1 · made %2")
                .replace("%1", _period(report.period))
                .replace("%2", _when(report.generated_at)),
                size=9,
                colour=_MUTED,
            )
            page.text(
                translate("Reports", "Attempts: %1").replace("%1", _count(len(report.lines))),
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
                            _count(standing.attempts),
                            _count(standing.finished),
                            _percent(standing.best),
                            _percent(standing.last),
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
                        translate("Reports", "Outcome"),
                        translate("Reports", "Overall"),
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
                    outcome, colour = _outcome(line.outcome)
                else:
                    outcome, colour = _status(line.status), _MUTED
                page.row(
                    [
                        _when(line.started),
                        f"{line.scenario_title} (v{line.version})",
                        mode,
                        outcome,
                        _percent(line.overall_percent),
                    ],
                    widths,
                    colours={3: colour},
                )
            page.repeat = None
    return Path(path)


# -- the trainer overview ---------------------------------------------------------------------


def write_overview_pdf(overview: Overview, path: Path | str, *, language: str) -> Path:
    """The trainer overview as a PDF: profiles, and per scenario its counts and averages.

    ``language`` ("pl", "en") is the language of the labels. ReportWriteError if the
    file cannot be written.
    """
    with _in_language(language):
        scope = overview.scenario_id or "all"
        title = _document_title("overview", scope, _period(overview.period))
        heading = translate("Reports", "Trainer overview")
        footer = f"{heading} · {_period(overview.period)}"
        with _pdf(path, title=title, footer=footer) as page:
            page.text(translate("Reports", "Trainer overview"), size=18, bold=True, after=1)
            page.text(
                translate("Reports", "Period: %1 · attempts: %2")
                .replace("%1", _period(overview.period))
                .replace("%2", _count(overview.attempts)),
                size=9,
                colour=_MUTED,
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
                        _count(profile.attempts),
                        _count(profile.finished),
                        _count(profile.abandoned),
                        _count(profile.in_progress),
                        _percent(profile.average_percent),
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
                    .replace("%1", _count(scenario.attempts))
                    .replace("%2", _count(scenario.finished))
                    .replace("%3", _percent(scenario.average_percent))
                    .replace("%4", _count(scenario.abandoned))
                    .replace("%5", _count(scenario.in_progress)),
                    size=9,
                    colour=_MUTED,
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
                        word, colour = _rating(choice.rating)
                        page.row(
                            [
                                f"{word.split(' ')[0]} {shorten(text, 140)}",
                                _count(choice.count),
                                _percent(choice.share),
                                "",
                            ],
                            widths,
                            bar=choice.share,
                            bar_column=3,
                            colours={0: colour},
                        )
                missed = scenario.most_missed()
                if missed:
                    page.text(translate("Reports", "Most often missed"), bold=True, after=0.6)
                    for _checklist, item in missed:
                        page.text(
                            f"• {shorten(item.text or item.item_id, 160)} — "
                            f"{_percent(item.missed_share)} ({item.missed}/{item.answers})",
                            size=9,
                            indent=2,
                            after=0.5,
                        )
                wrong = scenario.most_wrongly_ticked()
                if wrong:
                    page.text(
                        translate("Reports", "Most often ticked wrongly"), bold=True, after=0.6
                    )
                    for _checklist, item in wrong:
                        page.text(
                            f"• {shorten(item.text or item.item_id, 160)} — "
                            f"{_percent(item.wrong_share)} ({item.wrong}/{item.answers})",
                            size=9,
                            indent=2,
                            after=0.5,
                        )
                if scenario.endings:
                    page.text(translate("Reports", "Endings reached"), bold=True, after=0.6)
                    for ending in scenario.endings:
                        word, colour = _outcome(ending.outcome)
                        page.row(
                            [f"{word} — {ending.title or ending.ending_id}", _count(ending.count)],
                            [0.8, 0.2],
                            colours={0: colour},
                        )
                if scenario.competencies:
                    page.text(translate("Reports", "Average per competency"), bold=True, after=0.6)
                    widths = [0.5, 0.12, 0.38]
                    for average in scenario.competencies:
                        page.row(
                            [average.label, _percent(average.average_percent), ""],
                            widths,
                            bar=average.average_percent,
                            bar_column=2,
                        )
    return Path(path)


def pdf_page_count(data: bytes) -> int:
    """Page objects in a PDF's bytes (``/Type /Page``, not ``/Pages``)."""
    return len(re.findall(rb"/Type\s*/Page(?![A-Za-z])", data))


def pdf_title(data: bytes) -> str | None:
    """The title in a PDF's Info dictionary (as QPdfWriter writes it), or None."""
    match = re.search(rb"/Title\s*\(((?:\\.|[^\\)])*)\)", data, re.DOTALL)
    if match is None:
        return None
    raw = re.sub(rb"\\(.)", lambda m: m.group(1), match.group(1), flags=re.DOTALL)
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be", errors="replace")
    return raw.decode("latin-1")
