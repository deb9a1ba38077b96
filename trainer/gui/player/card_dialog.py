"""A knowledge card, shown over the play view."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.safe_text import SafeTextBrowser


class CardDialog(QDialog):
    """Title and text of a card; Esc or Enter closes it."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        title_label = heading(1.35)
        title_label.setText(title)
        body = SafeTextBrowser()
        body.set_markup(text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(title_label)
        layout.addWidget(body, 1)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()
        self._fit_to_text(parent)

    def _fit_to_text(self, parent: QWidget | None) -> None:
        """About 34 by 26 lines of the current text size, within the window behind it."""
        self.ensurePolished()  # the style sheet sets the text size
        line = self.fontMetrics().lineSpacing()
        width, height = line * 34, line * 26
        window = parent.window() if parent is not None else None
        if window is not None:
            width = min(width, round(window.width() * 0.85))
            height = min(height, round(window.height() * 0.85))
        self.resize(width, height)
