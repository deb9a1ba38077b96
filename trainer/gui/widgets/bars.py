"""A progress bar that keeps room for the text it shows."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QProgressBar


class LabelledBar(QProgressBar):
    """A bar showing a figure such as "4 / 5 · 80%" that is never cut off.

    ``QProgressBar`` sizes itself for a short percentage; with a longer format and a
    large text size its text is clipped on both sides. This one asks for the width of
    its text plus a margin of two line heights, at whatever size the text is.
    """

    def _text_width(self) -> int:
        metrics = self.fontMetrics()
        return metrics.horizontalAdvance(self.text()) + metrics.lineSpacing() * 2

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._text_width()), hint.height())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(max(hint.width(), self._text_width()), hint.height())
