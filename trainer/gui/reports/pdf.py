"""PDF reports of one attempt, of a profile's history and of the trainer overview.

The reports are laid out with ``QPdfWriter`` (A4, 300 dpi) and ``QPainter`` in the
app font (DejaVu Sans, bundled, so Polish letters render on any machine). Each PDF
is painted into memory and then written atomically: a failed write leaves the old
file (or no file) in place and raises :class:`ReportWriteError`, never a traceback.

``QPdfWriter`` compresses page content, so the document title (set in the PDF's
Info dictionary, which is not compressed) names what the report is about: for an
attempt, the scenario id and version.

The work is split by job: the report's words (:mod:`.wording`), the page-drawing
primitives (:mod:`.layout`) and one module per report (:mod:`.attempt_pdf`,
:mod:`.history_pdf`, :mod:`.overview_pdf`). This module gathers the names callers use.
"""

from __future__ import annotations

from trainer.gui.reports.attempt_pdf import feedback_by_seq, write_attempt_pdf
from trainer.gui.reports.history_pdf import improve_lines, write_history_pdf
from trainer.gui.reports.layout import (
    FONT_FAMILY,
    ReportWriteError,
    ensure_report_font,
    pdf_page_count,
    pdf_title,
)
from trainer.gui.reports.overview_pdf import write_overview_pdf
from trainer.gui.reports.wording import in_language, shorten, when_text

# The private names the report tests knew these by.
_in_language = in_language
_when = when_text

__all__ = [
    "FONT_FAMILY",
    "ReportWriteError",
    "ensure_report_font",
    "feedback_by_seq",
    "improve_lines",
    "in_language",
    "pdf_page_count",
    "pdf_title",
    "shorten",
    "when_text",
    "write_attempt_pdf",
    "write_history_pdf",
    "write_overview_pdf",
]
