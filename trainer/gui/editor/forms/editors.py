"""Small editor widgets the fields share: a text box that grows with its text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy, QTextEdit, QWidget

#: Lines a growing text box shows before it scrolls itself.
_MAX_LINES = 14


class GrowingTextEdit(QTextEdit):
    """A plain-text box as tall as its text (2 to 14 lines); Tab moves on, as in a form.

    A QTextEdit, not a QPlainTextEdit: its document lays out every line, so its
    height is the real height of the wrapped text.
    """

    fitted = Signal()  # its height was worked out again (the text or the width changed)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    # The least height, set by the Text field so that its languages stand level.
    floor = 0

    def natural_height(self) -> int:
        """The height the text needs (2 to 14 lines)."""
        document = self.document()
        document.setTextWidth(max(50, self.viewport().width()))
        line = self.fontMetrics().lineSpacing()
        content = int(document.size().height())
        content = max(2 * line + 2 * int(document.documentMargin()), content)
        content = min(_MAX_LINES * line, content)
        return content + 2 * self.frameWidth() + 2

    def _fit(self) -> None:
        height = max(self.floor, self.natural_height())
        if height != self.height():
            self.setFixedHeight(height)
        self.fitted.emit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # wrapping changes the line count
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def sizeHint(self) -> QSize:
        return QSize(240, self.height())

    def text(self) -> str:
        return self.toPlainText()

    def show_text(self, text: str) -> None:
        """Show ``text``; the caret stays where it was (as near as the new text allows)."""
        if self.toPlainText() == text:
            return
        position = self.textCursor().position()
        self.blockSignals(True)
        self.setPlainText(text)
        self.blockSignals(False)
        self._fit()
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)), QTextCursor.MoveMode.MoveAnchor)
        self.setTextCursor(cursor)


def show_line(edit: QLineEdit, text: str) -> None:
    """Show ``text`` in a line edit, keeping the caret (no signal: the document changed)."""
    if edit.text() == text:
        return
    position = edit.cursorPosition()
    edit.blockSignals(True)
    edit.setText(text)
    edit.blockSignals(False)
    edit.setCursorPosition(min(position, len(text)))


def cursor_of(widget: QWidget) -> int:
    if isinstance(widget, QLineEdit):
        return widget.cursorPosition()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textCursor().position()
    return 0


def set_cursor(widget: QWidget, position: int) -> None:
    if isinstance(widget, QLineEdit):
        widget.setCursorPosition(min(position, len(widget.text())))
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(min(position, len(widget.toPlainText())))
        widget.setTextCursor(cursor)
