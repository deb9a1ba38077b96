"""A one-line label that shortens its text with "…" rather than being cut off."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from trainer.gui.widgets.tooltips import plain_tooltip

# How much of the text a squeezed label still shows, in average character widths.
_MINIMUM_CHARACTERS = 8


class ElidedLabel(QLabel):
    """Plain text on one line; when the row is crowded it ends in "…".

    A plain ``QLabel`` asks for its whole text as its minimum width, so in a crowded
    row (the play view's header at a large text size) its neighbours get squeezed and
    are cut off mid-word instead. This one asks for a few characters, draws what fits
    with "…" at the end, and puts the whole text in its tooltip when shortened.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        super().setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setText(text)

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tooltip()

    def setTextFormat(self, format: Qt.TextFormat) -> None:
        """Always plain text: it shows scenario titles."""
        super().setTextFormat(Qt.TextFormat.PlainText)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        width = self.fontMetrics().averageCharWidth() * _MINIMUM_CHARACTERS
        margins = self.contentsMargins()
        return QSize(min(hint.width(), width + margins.left() + margins.right()), hint.height())

    def shown_text(self) -> str:
        """The text as drawn: whole, or shortened to the label's width."""
        return self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tooltip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )

    def _update_tooltip(self) -> None:
        # A tooltip is rich text when it looks like HTML: the whole text, escaped.
        self.setToolTip(plain_tooltip(self.text()) if self.shown_text() != self.text() else "")
