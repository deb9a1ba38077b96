"""Scenario text sized to its content (see also :mod:`trainer.gui.widgets.heading`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QWidget

from trainer.gui.widgets.safe_text import SafeTextBrowser


class FittedTextBrowser(SafeTextBrowser):
    """Scenario text that takes the height of its content, up to a limit, then scrolls."""

    def __init__(self, max_height: int = 420, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._max_height = max_height
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())

    def set_markup(self, text: str) -> None:
        # Fit now, not when the document is first laid out during a paint: a height set
        # while painting reaches the layout one frame late and overlaps what follows.
        super().set_markup(text)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        height = int(self.document().size().height()) + self.frameWidth() * 2 + 4
        self.setFixedHeight(max(60, min(self._max_height, height)))
