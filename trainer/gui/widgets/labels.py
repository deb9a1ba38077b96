"""Text that scales with the user's chosen text size (Ctrl+plus / Ctrl+minus)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from trainer.gui.widgets.safe_text import SafeTextBrowser

SCALE_PROPERTY = "fontScale"
BOLD_PROPERTY = "fontBold"


def heading(scale: float = 1.35, *, bold: bool = True, parent: QWidget | None = None) -> QLabel:
    """A plain-text heading whose size follows the application font."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setProperty(SCALE_PROPERTY, scale)
    label.setProperty(BOLD_PROPERTY, bold)
    apply_scale(label, QApplication.font().pointSizeF())
    return label


def apply_scale(widget: QWidget, base_size: float) -> None:
    """Give ``widget`` its scaled font for the base size (no-op without a scale)."""
    scale = widget.property(SCALE_PROPERTY)
    if scale is None:
        return
    font = QFont(widget.font())
    font.setPointSizeF(base_size * float(scale))
    font.setBold(bool(widget.property(BOLD_PROPERTY)))
    widget.setFont(font)


class FittedTextBrowser(SafeTextBrowser):
    """Scenario text that takes the height of its content, up to a limit, then scrolls."""

    def __init__(self, max_height: int = 420, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._max_height = max_height
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + self.frameWidth() * 2 + 24
        self.setFixedHeight(max(60, min(self._max_height, height)))
