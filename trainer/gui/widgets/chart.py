"""A small line chart drawn with QPainter (percent values, 0–100), for screens and PDFs.

QtCharts would bring in the large PySide6-Addons package for one chart, so the
drawing is done here. :func:`paint_chart` paints onto any ``QPainter`` (a widget, a
``QPdfWriter``, an image); :class:`LineChart` is the widget around it. Each series
has its own colour *and* marker shape and line style, so it can be told apart
without colour (printouts, colour-blind readers).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

__all__ = ["MARKERS", "ChartSeries", "LineChart", "categories_of", "paint_chart"]

# Marker shapes, in the order series get them.
MARKERS: Final = ("circle", "square", "triangle", "diamond", "cross", "plus", "star")
_COLOURS: Final = ("#1f4e79", "#b42318", "#1b6e3a", "#9a6700", "#6941c6", "#0e7090", "#c11574")
_DASHES: Final = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
)
_GRID: Final = (0, 50, 100)
_MAX_MARKED_POINTS: Final = 60  # more points than this: lines only, markers would blur
_MAX_X_LABELS: Final = 8


@dataclass(frozen=True, slots=True)
class ChartSeries:
    """One line: a name for the legend and (x label, value 0–100) points in order."""

    name: str
    points: tuple[tuple[str, float], ...]

    @property
    def last(self) -> float | None:
        """The value of the last point, if any."""
        return self.points[-1][1] if self.points else None


def categories_of(series: Sequence[ChartSeries]) -> list[str]:
    """The x labels of all series, in order of first appearance."""
    seen: dict[str, None] = {}
    for line in series:
        for label, _value in line.points:
            seen.setdefault(label, None)
    return list(seen)


def style_of(number: int) -> tuple[QColor, str, Qt.PenStyle]:
    """Colour, marker shape and line style of the ``number``-th series."""
    return (
        QColor(_COLOURS[number % len(_COLOURS)]),
        MARKERS[number % len(MARKERS)],
        _DASHES[number % len(_DASHES)],
    )


def draw_marker(painter: QPainter, centre: QPointF, shape: str, size: float) -> None:
    """Draw one marker (pen and brush as set by the caller)."""
    r = size / 2
    x, y = centre.x(), centre.y()
    if shape == "circle":
        painter.drawEllipse(centre, r, r)
    elif shape == "square":
        painter.drawRect(QRectF(x - r, y - r, size, size))
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y + r), QPointF(x - r, y + r)])
        )
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF([QPointF(x, y - r), QPointF(x + r, y), QPointF(x, y + r), QPointF(x - r, y)])
        )
    elif shape == "cross":
        painter.drawLine(QPointF(x - r, y - r), QPointF(x + r, y + r))
        painter.drawLine(QPointF(x - r, y + r), QPointF(x + r, y - r))
    elif shape == "plus":
        painter.drawLine(QPointF(x - r, y), QPointF(x + r, y))
        painter.drawLine(QPointF(x, y - r), QPointF(x, y + r))
    else:  # star: a plus and a cross
        draw_marker(painter, centre, "plus", size)
        draw_marker(painter, centre, "cross", size * 0.8)


def paint_chart(
    painter: QPainter,
    rect: QRectF,
    series: Sequence[ChartSeries],
    *,
    categories: Sequence[str] | None = None,
    font: QFont | None = None,
    empty_text: str = "",
) -> None:
    """Paint ``series`` as a line chart inside ``rect`` (units of the paint device).

    Args:
        painter: An active painter (widget, PDF writer, image).
        rect: Where to draw, legend included.
        series: The lines; values are percentages, clamped to 0–100.
        categories: The x labels in order; by default those of the series in order
            of first appearance. Points whose label is not listed are skipped.
        font: The text font (the painter's by default).
        empty_text: Shown in the middle when there is nothing to draw.
    """
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if font is not None:
            painter.setFont(font)
        metrics = QFontMetricsF(painter.font())
        line = metrics.height()
        xs = list(categories) if categories is not None else categories_of(series)
        drawn = [s for s in series if s.points]
        if not xs or not drawn:
            painter.setPen(QColor("#475467"))
            painter.drawText(
                rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, empty_text
            )
            return

        # Legend below the plot: one row per series, marker + line sample + name.
        legend_height = line * 1.3 * len(drawn)
        axis_width = metrics.horizontalAdvance("100%") + line * 0.5
        plot = QRectF(
            rect.left() + axis_width,
            rect.top() + line * 0.5,
            max(10.0, rect.width() - axis_width - line),
            max(10.0, rect.height() - legend_height - line * 2.2),
        )

        def y_of(value: float) -> float:
            return plot.bottom() - plot.height() * max(0.0, min(100.0, value)) / 100

        def x_of(position: int) -> float:
            if len(xs) == 1:
                return plot.center().x()
            return plot.left() + plot.width() * position / (len(xs) - 1)

        # Gridlines at 0, 50, 100 with their labels.
        grid_pen = QPen(QColor("#d0d5dd"))
        grid_pen.setWidthF(max(1.0, line / 16))
        for value in _GRID:
            painter.setPen(grid_pen)
            y = y_of(value)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("#475467"))
            label_rect = QRectF(rect.left(), y - line / 2, axis_width - line * 0.3, line)
            painter.drawText(
                label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{value}%"
            )
        axis_pen = QPen(QColor("#667085"))
        axis_pen.setWidthF(max(1.0, line / 14))
        painter.setPen(axis_pen)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

        # A few x labels, evenly spread, first and last always shown.
        step = max(1, -(-len(xs) // _MAX_X_LABELS))
        shown = set(range(0, len(xs), step)) | {len(xs) - 1}
        painter.setPen(QColor("#475467"))
        label_width = (
            plot.width() / max(1, len(shown) - 1) * 0.95 if len(shown) > 1 else plot.width()
        )
        # From the right, so the latest label always shows; a label that would
        # overlap the one to its right is left out (its tick stays).
        left_edge = rect.right() + line
        for position in sorted(shown, reverse=True):
            x = x_of(position)
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + line * 0.25))
            text = metrics.elidedText(xs[position], Qt.TextElideMode.ElideRight, label_width)
            width = metrics.horizontalAdvance(text) + line * 0.4
            box = QRectF(x - width / 2, plot.bottom() + line * 0.3, width, line)
            box.moveLeft(max(rect.left(), min(box.left(), rect.right() - box.width())))
            if box.right() > left_edge:
                continue
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            left_edge = box.left()

        where = {label: n for n, label in enumerate(xs)}
        marker = max(5.0, line * 0.45)
        for number, one in enumerate(series):
            if not one.points:
                continue
            colour, shape, dash = style_of(number)
            pen = QPen(colour)
            pen.setWidthF(max(1.5, line / 8))
            pen.setStyle(dash)
            points = [
                QPointF(x_of(where[label]), y_of(value))
                for label, value in one.points
                if label in where
            ]
            if not points:
                continue
            path = QPainterPath(points[0])
            for point in points[1:]:
                path.lineTo(point)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            if len(points) <= _MAX_MARKED_POINTS:
                pen.setStyle(Qt.PenStyle.SolidLine)
                painter.setPen(pen)
                painter.setBrush(colour)
                for point in points:
                    draw_marker(painter, point, shape, marker)

        # Legend.
        top = plot.bottom() + line * 1.6
        for row, (number, one) in enumerate((n, s) for n, s in enumerate(series) if s.points):
            colour, shape, dash = style_of(number)
            y = top + row * line * 1.3 + line / 2
            pen = QPen(colour)
            pen.setWidthF(max(1.5, line / 8))
            pen.setStyle(dash)
            painter.setPen(pen)
            painter.drawLine(
                QPointF(rect.left() + line * 0.2, y), QPointF(rect.left() + line * 2.2, y)
            )
            pen.setStyle(Qt.PenStyle.SolidLine)
            painter.setPen(pen)
            painter.setBrush(colour)
            draw_marker(painter, QPointF(rect.left() + line * 1.2, y), shape, marker)
            painter.setPen(QColor("#1d2939"))
            last = one.last
            text = one.name if last is None else f"{one.name} ({last:.0f}%)"
            painter.drawText(
                QRectF(rect.left() + line * 2.6, y - line / 2, rect.width() - line * 2.6, line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - line * 2.6),
            )
    finally:
        painter.restore()


class LineChart(QWidget):
    """A percent line chart with gridlines at 0/50/100, a legend and an accessible summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: tuple[ChartSeries, ...] = ()
        self._categories: tuple[str, ...] | None = None
        self.empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so screen readers announce it
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_series(
        self, series: Sequence[ChartSeries], *, categories: Sequence[str] | None = None
    ) -> None:
        """Show ``series`` (x positions: ``categories``, else the series' own labels)."""
        self._series = tuple(series)
        self._categories = tuple(categories) if categories is not None else None
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def series(self) -> tuple[ChartSeries, ...]:
        """The series on show."""
        return self._series

    def categories(self) -> list[str]:
        """The x labels on show."""
        if self._categories is not None:
            return list(self._categories)
        return categories_of(self._series)

    def summary(self) -> str:
        """The last value of each series, as one sentence for assistive technology."""
        parts = [
            f"{s.name}: {s.last:.0f}%" if s.last is not None else f"{s.name}: —"
            for s in self._series
        ]
        return "; ".join(parts) if parts else self.empty_text

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        rows = max(1, sum(1 for s in self._series if s.points))
        return QSize(int(line * 24), int(line * 12 + rows * line * 1.3))

    def minimumSizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        rows = max(1, sum(1 for s in self._series if s.points))
        return QSize(int(line * 12), int(line * 8 + rows * line * 1.3))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("white"))
            paint_chart(
                painter,
                QRectF(self.rect()).adjusted(6, 6, -6, -6),
                self._series,
                categories=self._categories,
                empty_text=self.empty_text,
            )
        finally:
            painter.end()
