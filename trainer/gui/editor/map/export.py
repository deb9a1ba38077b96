"""The map as a trainer's handout: a PNG of the whole map, or one PDF page.

Cards are drawn in full (type, title, text) whatever the scale, not as the boxes a
zoomed-out view shows. The PNG is at the map's own scale, made smaller only to keep
it under ``MAX_SIDE`` pixels a side and ``MAX_PIXELS`` in all (a 2,000-node map);
the PDF fits the whole map on one landscape page, A4, or A3 when A4 would draw the
cards at under ``MIN_PDF_SCALE`` of their size.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QGraphicsItem

from trainer.gui.editor.map.items import NodeCard
from trainer.gui.editor.map.scene import MapScene

MAX_SIDE = 16000
MAX_PIXELS = 120_000_000
MARGIN = 40.0  # scene units around the map
PDF_DPI = 200
MIN_PDF_SCALE = 0.12  # of the cards' size on the page (at 72 points an inch)


def map_rect(scene: MapScene) -> QRectF:
    """The map's cards and arrows, with a margin."""
    rect = scene.itemsBoundingRect()
    return rect.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)


def png_scale(rect: QRectF) -> float:
    """The PNG's pixels per scene unit: 1, or less to keep within the caps."""
    width, height = max(rect.width(), 1.0), max(rect.height(), 1.0)
    area: float = (MAX_PIXELS / (width * height)) ** 0.5
    return min(1.0, MAX_SIDE / width, MAX_SIDE / height, area)


@contextmanager
def _printing(scene: MapScene) -> Iterator[None]:
    cards = list(scene.cards.values())
    modes = [card.cacheMode() for card in cards]
    for card in cards:
        card.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    background = scene.backgroundBrush()
    scene.setBackgroundBrush(QColor("#ffffff"))  # paper, not the view's grey
    NodeCard.printing = True
    try:
        yield
    finally:
        NodeCard.printing = False
        scene.setBackgroundBrush(background)
        for card, mode in zip(cards, modes, strict=True):
            card.setCacheMode(mode)


def write_png(scene: MapScene, path: Path) -> Path:
    """Write the whole map as a PNG; OSError when it cannot be written."""
    rect = map_rect(scene)
    scale = png_scale(rect)
    image = QImage(
        max(1, round(rect.width() * scale)),
        max(1, round(rect.height() * scale)),
        QImage.Format.Format_RGB32,
    )
    if image.isNull():
        raise OSError("not enough memory for an image of the map")
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    with _printing(scene):
        scene.render(painter, QRectF(image.rect()), rect, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    if not image.save(str(path), "PNG"):  # type: ignore[call-overload]
        raise OSError(f"cannot write {path}")
    return path


def pdf_page(rect: QRectF) -> QPageSize.PageSizeId:
    """A4, or A3 when A4 would draw the map too small (both landscape)."""
    a4 = QPageSize(QPageSize.PageSizeId.A4).sizePoints()
    fit = min(a4.height() / max(rect.width(), 1.0), a4.width() / max(rect.height(), 1.0))
    return QPageSize.PageSizeId.A4 if fit >= MIN_PDF_SCALE else QPageSize.PageSizeId.A3


def write_pdf(scene: MapScene, path: Path, title: str = "") -> Path:
    """Write the whole map on one landscape PDF page; OSError when it cannot be written."""
    rect = map_rect(scene)
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(pdf_page(rect)),
            QPageLayout.Orientation.Landscape,
            QMarginsF(10, 10, 10, 10),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write {path}")
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    target = QRectF(painter.viewport())
    with _printing(scene):
        scene.render(painter, target, rect, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"cannot write {path}")
    return path
