"""A form: a heading and its fields, built for one place of the document."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QTextEdit,
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


class _UndoKeys(QObject):
    """Ctrl+Z and Ctrl+Y (Ctrl+Shift+Z) in a text box undo the document, not the box.

    A text box would otherwise take the keys for its own small undo and the edits
    would come back as new commands; this way the keys do what the Edit menu does,
    and a run of typing goes back in one step.
    """

    def __init__(self, stack: QUndoStack, parent: QObject) -> None:
        super().__init__(parent)
        self.stack = stack

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key comes to the box (and here) rather than to a menu
            return True
        if undo and self.stack.canUndo():
            self.stack.undo()
        elif redo and self.stack.canRedo():
            self.stack.redo()
        return True


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
        keys = _UndoKeys(self.ctx.session.undo_stack, self)
        for text_box in self.findChildren(QLineEdit) + self.findChildren(QTextEdit):
            text_box.installEventFilter(keys)
        for box in self.findChildren(QComboBox) + self.findChildren(QAbstractSpinBox):
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # not WheelFocus
            box.installEventFilter(self._wheel_guard)
