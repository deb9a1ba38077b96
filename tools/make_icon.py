"""Draw the app's icon: a shield with two speech bubbles, in the app's blue.

Usage (``make icon``; the results are committed under ``assets/icons``)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icon.py assets/icons

The shield stands for the police, the two bubbles for talking with a community. Each
size is drawn on its own (not scaled down from the largest), so the 16 px one stays
crisp. Writes ``trainer-SIZE.png`` for each size and ``trainer.ico`` for the Windows
build.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath

SIZES = (16, 24, 32, 48, 64, 128, 256)
ACCENT = QColor("#1f4e79")  # trainer.gui.style.ACCENT
LIGHT = QColor("#dce8f5")  # trainer.gui.style.ACCENT_LIGHT
WARM = QColor("#e8a33d")  # the countdown's amber


def shield(box: QRectF) -> QPainterPath:
    """A shield filling ``box``: straight top, sides curving to a point at the bottom."""
    path = QPainterPath()
    left, top, width, height = box.left(), box.top(), box.width(), box.height()
    path.moveTo(left, top + height * 0.12)
    path.quadTo(left + width * 0.5, top - height * 0.04, left + width, top + height * 0.12)
    path.lineTo(left + width, top + height * 0.5)
    path.quadTo(left + width, top + height * 0.82, left + width * 0.5, top + height)
    path.quadTo(left, top + height * 0.82, left, top + height * 0.5)
    path.closeSubpath()
    return path


def bubble(box: QRectF, tail_left: bool) -> QPainterPath:
    """A rounded speech bubble in ``box`` with its tail at the bottom left or right."""
    path = QPainterPath()
    radius = box.height() * 0.35
    path.addRoundedRect(box, radius, radius)
    tail = QPainterPath()
    base_y = box.bottom() - radius * 0.2
    if tail_left:
        x = box.left() + box.width() * 0.25
        tail.moveTo(x, base_y)
        tail.lineTo(x - box.width() * 0.12, box.bottom() + box.height() * 0.35)
        tail.lineTo(x + box.width() * 0.18, base_y)
    else:
        x = box.right() - box.width() * 0.25
        tail.moveTo(x, base_y)
        tail.lineTo(x + box.width() * 0.12, box.bottom() + box.height() * 0.35)
        tail.lineTo(x - box.width() * 0.18, base_y)
    tail.closeSubpath()
    return path.united(tail)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    # A rounded blue tile, as app icons on Windows and Linux desktops are.
    tile = QRectF(s * 0.02, s * 0.02, s * 0.96, s * 0.96)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ACCENT)
    painter.drawRoundedRect(tile, s * 0.2, s * 0.2)
    painter.setBrush(QColor("white"))
    painter.drawPath(shield(QRectF(s * 0.2, s * 0.16, s * 0.6, s * 0.7)))
    # Two bubbles on the shield: one blue, one amber, overlapping like a conversation.
    painter.setBrush(ACCENT)
    painter.drawPath(bubble(QRectF(s * 0.29, s * 0.3, s * 0.3, s * 0.19), tail_left=True))
    painter.setBrush(WARM)
    painter.drawPath(bubble(QRectF(s * 0.43, s * 0.45, s * 0.28, s * 0.17), tail_left=False))
    if size >= 48:  # three dots in the blue bubble where there is room for them
        painter.setBrush(LIGHT)
        for i in range(3):
            centre = QPointF(s * (0.37 + i * 0.07), s * 0.395)
            painter.drawEllipse(centre, s * 0.02, s * 0.02)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([])
    for size in SIZES:
        path = out / f"trainer-{size}.png"
        if not draw(size).save(str(path), "PNG"):
            raise SystemExit(f"cannot write {path}")
    # Windows wants one .ico holding several sizes; Qt's ICO writer stores one image,
    # so the 256 px one is written (Windows scales it for the smaller places).
    if not draw(256).save(str(out / "trainer.ico"), "ICO"):
        raise SystemExit("cannot write trainer.ico (Qt's ICO image plugin is missing)")
    print(f"{len(SIZES)} PNG sizes and trainer.ico written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
