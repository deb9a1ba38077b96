"""The page-drawing primitives of the PDF reports: an A4 page cursor (text, rules, table
rows, bars, page breaks) and the PDF painted into memory, then written atomically."""

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, Qt
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
from trainer.domain.model import Outcome, Rating
from trainer.fileio import atomic_write_bytes
from trainer.gui.assets import assets_dir
from trainer.gui.reports.wording import (
    count_text,
    ending_text,
    outcome_text,
    rating_text,
    translate,
)
from trainer.gui.style import ACCENT
from trainer.gui.words import OUTCOME_STYLE, RATING_STYLE

FONT_FAMILY = "DejaVu Sans"
CREATOR = "Case-scenario trainer"
RESOLUTION = 300

TEXT_COLOUR = "#101828"
MUTED = "#475467"
RULE_COLOUR = "#d0d5dd"
BAR_BACK = "#eef2f6"


class ReportWriteError(TrainerError):
    """A report could not be written (missing folder, no permission, disk full...)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"the report could not be written to {path}: {reason}")
        self.path = path
        self.reason = reason


def ensure_report_font() -> str:
    """Register the bundled font if the application has not; returns its family."""
    if FONT_FAMILY not in QFontDatabase.families():
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
            QFontDatabase.addApplicationFont(str(assets_dir() / "fonts" / name))
    return FONT_FAMILY


_Style = TypeVar("_Style", Rating, Outcome)


def _styled_cell(
    value: str | None,
    kind: Callable[[str], _Style],
    styles: Mapping[_Style, tuple[str, str]],
    word: Callable[[_Style], str],
) -> tuple[str, str]:
    """Symbol + word (never colour alone) and the colour of a stored rating or outcome;
    a value the enum does not know is shown as it is (or "–"), muted."""
    try:
        member = kind(value or "")
    except ValueError:
        return (value or "–"), MUTED
    symbol, colour = styles[member]
    return f"{symbol} {word(member)}", colour


def rating_cell(value: str | None) -> tuple[str, str]:
    """Symbol + word (never colour alone) and the colour of a stored rating."""
    return _styled_cell(value, Rating, RATING_STYLE, rating_text)


def outcome_cell(value: str | None) -> tuple[str, str]:
    """Symbol + word and the colour of a stored outcome."""
    return _styled_cell(value, Outcome, OUTCOME_STYLE, outcome_text)


def ending_cell(value: str, title: str) -> tuple[str, str]:
    """The ending line ("Ending: <title> (failure)") with its symbol and colour."""
    try:
        outcome = Outcome(value)
    except ValueError:
        return f"{value} — {title}", MUTED
    symbol, colour = OUTCOME_STYLE[outcome]
    return f"{symbol} {ending_text(outcome, title)}", colour


class ReportPage:
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
        painter.setPen(QColor(MUTED))
        box = QRectF(0, self.height + self.mm(2), self.width, self.footer_height - self.mm(2))
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft, self.footer)
        painter.drawText(
            box,
            Qt.AlignmentFlag.AlignRight,
            translate("Reports", "Page %1").replace("%1", count_text(self.number)),
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
        self.painter.setPen(QColor(TEXT_COLOUR))  # with no pen, Qt measures text as empty
        flags = int(Qt.TextFlag.TextWordWrap)
        return self.painter.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height()

    def text(
        self,
        text: str,
        *,
        size: float = 10,
        bold: bool = False,
        colour: str = TEXT_COLOUR,
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
        self.painter.setPen(QPen(QColor(RULE_COLOUR), self.mm(0.3)))
        self.painter.drawLine(
            0, int(self.y + self.mm(1)), int(self.width), int(self.y + self.mm(1))
        )
        self.y += self.mm(3)

    def bar(self, rect: QRectF, percent: float | None, colour: str = ACCENT) -> None:
        """A horizontal bar: a pale track, filled to ``percent``."""
        painter = self.painter
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(BAR_BACK))
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
                self.painter.setPen(QColor((colours or {}).get(index, TEXT_COLOUR)))
                self.painter.drawText(box, int(Qt.TextFlag.TextWordWrap), cell)
            x += w
        self.y += height + self.mm(1.5)


@contextmanager
def painted_pdf(path: Path | str, *, title: str, footer: str) -> Iterator[ReportPage]:
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
        page = ReportPage(writer, painter, footer)
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


def document_title(kind: str, *parts: str) -> str:
    """The PDF's title: what the report is, then what it is about."""
    # Plain ASCII words first: a test (or a file manager) finds them in the Info dictionary.
    return " | ".join((kind, *parts))


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
