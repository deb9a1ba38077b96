"""A scroll area that scrolls up and down only, and is never narrower than its content."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class VerticalScrollArea(QScrollArea):
    """Holds a panel that may be too tall for the window (large text), never too wide.

    A plain ``QScrollArea`` may be squeezed narrower than its content, which is then
    cut off at the right or needs a sideways scroll bar. This one reports its
    content's minimum width as its own (a splitter or layout gives it at least that)
    and follows the content when that changes, for instance with the text size.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def setWidget(self, widget: QWidget) -> None:
        super().setWidget(widget)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # its minimum width may have changed
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        content = self.widget()
        if content is None:
            return hint
        width = (
            content.minimumSizeHint().width()
            + self.frameWidth() * 2
            + self.verticalScrollBar().sizeHint().width()
        )
        return QSize(max(hint.width(), width), hint.height())
