"""Numbers, percentages, dates and times as the UI language writes them.

Polish writes ``4,3 s`` and ``7.12.2026``; English (British, as the UI's wording)
``4.3 s`` and ``07/12/2026``. :class:`trainer.gui.i18n.Translations` makes the UI
language's locale Qt's default, so these functions follow the UI language without being
told; the PDF reports pass their own language's locale.

Only what people read is formatted here: CSV exports keep ISO dates and ``.`` decimals
(:mod:`trainer.services.reports`) so that spreadsheets and scripts read them alike.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QLocale, QTime

#: A missing value (an unfinished attempt's result, a competency with no maximum).
MISSING = "—"


def ui_locale(language: str) -> QLocale:
    """The locale of a UI language: Polish in Poland, British English (the UI's spelling)."""
    if language == "pl":
        return QLocale(QLocale.Language.Polish, QLocale.Country.Poland)
    if language == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(language)


def ui_language() -> str:
    """The UI language ("pl", "en"): the default locale's, which Translations.install sets.

    For the pages that show a scenario in the language it is played in but name the
    app's own things (competencies, the scenario in listings) in the UI language.
    """
    return "pl" if QLocale().language() == QLocale.Language.Polish else "en"


def number(value: float, decimals: int = 0, locale: QLocale | None = None) -> str:
    """``value`` with ``decimals`` decimals in the locale's digits and separators."""
    return (locale or QLocale()).toString(float(value), "f", decimals)


def whole(value: int, locale: QLocale | None = None) -> str:
    """A count in the locale's digit grouping (``12 345`` in Polish)."""
    return (locale or QLocale()).toString(int(value))


def percent(
    value: float | None, decimals: int = 0, locale: QLocale | None = None, missing: str = MISSING
) -> str:
    """``62%``, ``62,5%`` (Polish) or ``missing`` for None."""
    if value is None:
        return missing
    shown = locale or QLocale()
    return number(value, decimals, shown) + shown.percent()


def seconds(milliseconds: int, decimals: int = 1, locale: QLocale | None = None) -> str:
    """A duration in seconds, without the unit: ``4,3`` in Polish (the unit is translated)."""
    return number(milliseconds / 1000, decimals, locale)


def parse_utc(iso: str | None) -> dt.datetime | None:
    """A stored ISO timestamp (UTC, ``Z`` or offset) as an aware datetime; None if odd."""
    if not iso:
        return None
    try:
        moment = dt.datetime.fromisoformat(iso.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def date(day: dt.date, locale: QLocale | None = None) -> str:
    """A day in the locale's short form: ``7.12.2026``, ``07/12/2026``."""
    shown = locale or QLocale()
    return shown.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def date_time(moment: dt.datetime, locale: QLocale | None = None) -> str:
    """A moment as it is written, in the time zone it carries: ``7.12.2026 09:05``."""
    shown = locale or QLocale()
    clock = shown.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{date(moment.date(), shown)} {clock}"


def local_date_time(iso: str | None, locale: QLocale | None = None) -> str:
    """A stored UTC timestamp in this computer's time zone (empty if missing, as is if odd)."""
    moment = parse_utc(iso)
    if moment is None:
        return iso or ""
    return date_time(moment.astimezone(), locale)


def day_month(day: dt.date, locale: QLocale | None = None) -> str:
    """A day without its year, in the locale's short order: ``7.12``, ``07/12``."""
    shown = locale or QLocale()
    pattern = re.sub(r"[^dMy]*y+[^dMy]*", "", shown.dateFormat(QLocale.FormatType.ShortFormat))
    return shown.toString(QDate(day.year, day.month, day.day), pattern or "d.MM")


# Content languages by their own names (an officer picks the language they read).
_LANGUAGE_NAMES = {"pl": "Polski", "en": "English", "uk": "Українська"}


def language_name(code: str) -> str:
    """A content language as its speakers name it (``pl`` → Polski); else its code."""
    return _LANGUAGE_NAMES.get(code, code)
