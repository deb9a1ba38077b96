"""The words of a report: its own language (whatever the UI shows), numbers, dates and
shortened texts, as every PDF report writes them."""

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from trainer.domain.markup import render_plain
from trainer.domain.model import Outcome, Rating
from trainer.gui.formats import date, date_time, parse_utc, percent, ui_locale, whole
from trainer.gui.i18n import translations_dir
from trainer.services.overview import Period

FEEDBACK_CHARS = 260
TEXT_CHARS = 400

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
_ENDING_TEXTS = {
    Outcome.SUCCESS: "Ending: %1 (success)",
    Outcome.PARTIAL: "Ending: %1 (partial success)",
    Outcome.FAILURE: "Ending: %1 (failure)",
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
def in_language(language: str) -> Iterator[None]:
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


def shown_locale() -> QLocale:
    """The locale of the report being written (else the UI language's)."""
    return _locale[-1] if _locale else QLocale()


def rating_text(rating: Rating) -> str:
    """The rating's word in the report's language."""
    return translate("Rating", _RATING_TEXTS[rating])


def outcome_text(outcome: Outcome) -> str:
    """The outcome's word in the report's language."""
    return translate("Outcome", _OUTCOME_TEXTS[outcome])


def ending_text(outcome: Outcome, title: str) -> str:
    """The ending reached and its kind ("Ending: <title> (failure)"), apart from the score."""
    return translate("Outcome", _ENDING_TEXTS[outcome]).replace("%1", title)


def stage_text(stage: str | None) -> str:
    """A decision-model stage in the report's language."""
    return translate("Stage", _STAGE_TEXTS.get(stage or "", "Other"))


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


def local_time(stamp: str | None) -> dt.datetime | None:
    """A stored ISO timestamp in this computer's time zone (None if missing or odd)."""
    moment = parse_utc(stamp)
    return None if moment is None else moment.astimezone()


def when_text(stamp: str | None) -> str:
    """A stored ISO timestamp as local date and time in the report's language."""
    moment = local_time(stamp)
    if moment is None:
        return stamp or "–"
    return date_time(moment, shown_locale())


def percent_text(value: float | None) -> str:
    """A percentage as the report's language writes it ("–" when there is none)."""
    return percent(value, locale=shown_locale(), missing="–")


def count_text(value: int) -> str:
    """A whole number as the report's language writes it."""
    return whole(value, shown_locale())


def period_text(period: Period) -> str:
    """A date range, each end open or a date in the report's language."""
    if period.start is None and period.end is None:
        return translate("Reports", "All dates")
    start = date(period.start, shown_locale()) if period.start else "…"
    end = date(period.end, shown_locale()) if period.end else "…"
    return f"{start} – {end}"


def status_text(status: str) -> str:
    """An attempt that reached no ending: in progress, or abandoned (started over)."""
    if status == "abandoned":
        return "⊘ " + translate("Reports", "abandoned")
    return "… " + translate("Reports", "in progress")
