"""A form: a heading and its fields, built for one place of the document."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from trainer.authoring.document import DocPath
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.widgets.heading import heading


class _WheelGuard(QObject):
    """Lets the mouse wheel scroll the form past a number or list box instead of changing
    its value; a box the author has clicked into (focused) still takes the wheel."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        unfocused = isinstance(watched, QWidget) and not watched.hasFocus()
        if event.type() == QEvent.Type.Wheel and unfocused:
            area = watched.parentWidget() if isinstance(watched, QWidget) else None
            while area is not None and not isinstance(area, QAbstractScrollArea):
                area = area.parentWidget()
            if area is not None:
                QApplication.sendEvent(area.viewport(), event)  # the form scrolls on
            return True
        return False


class Form(QWidget):
    """The fields for ``root`` (``()`` metadata, a registry, or a node), top to bottom."""

    def __init__(self, ctx: FormContext, root: DocPath, title: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.root = root
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(16, 12, 16, 16)
        self.layout_.setSpacing(8)
        self.title = heading(1.6)
        self.title.setText(title)
        self.layout_.addWidget(self.title)
        self._wheel_guard = _WheelGuard(self)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.layout_.addWidget(widget, stretch)
        return widget

    def note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("muted")
        label.setWordWrap(True)
        self.layout_.addWidget(label)
        return label

    def section(self, text: str) -> None:
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        self.layout_.addWidget(line)
        title = heading(1.35)
        title.setText(text)
        self.layout_.addWidget(title)

    def finish(self, *, stretch: bool = True) -> None:
        if stretch:
            self.layout_.addStretch(1)
        for field in self.ctx.fields:
            field.set_editable(self.ctx.editable)
        for box in self.findChildren(QComboBox) + self.findChildren(QAbstractSpinBox):
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus
            box.installEventFilter(self._wheel_guard)
