"""Headings whose size follows the user's chosen text size (Ctrl+plus / Ctrl+minus)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from trainer.gui.style import HEADING_SCALES


def heading(scale: float = 1.35, *, parent: QWidget | None = None) -> QLabel:
    """A plain-text heading; its size follows the base text size (see style.stylesheet)."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    level = min(HEADING_SCALES, key=lambda name: abs(HEADING_SCALES[name] - scale))
    label.setObjectName(level)
    return label
