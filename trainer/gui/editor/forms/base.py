"""The base of every form field: a caption, the editor, and a message under it.

A field edits one place of the document (its ``path``). It never keeps its own copy
of the value: :meth:`Field.refresh` reads the document again (after any change, an
undo from the menu included) and leaves the caret where it was when the text did
not change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trainer.authoring.document import DocPath
from trainer.gui.editor.forms.context import FormContext

ERROR_COLOUR = QColor("#b42318")
WARNING_COLOUR = QColor("#93370d")


def coloured(label: QLabel, colour: QColor) -> QLabel:
    """``label`` drawn in ``colour`` (through the palette: a style sheet would stop the
    text size following the app's)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)
    return label


def message_label(colour: QColor = ERROR_COLOUR) -> QLabel:
    label = coloured(QLabel(), colour)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class Field(QWidget):
    """One field of a form at ``path``: caption (format name as tooltip), editor, message.

    Subclasses put their editor into :attr:`body`, read the document in
    :meth:`refresh`, and say which widget shows a deeper path in :meth:`widget_for`.
    """

    def __init__(
        self,
        ctx: FormContext,
        path: DocPath,
        caption: str,
        *,
        inline: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = tuple(path)
        self.caption = caption
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 2, 0, 2)
        outer.setSpacing(2)
        self.label = bold(QLabel(caption))
        self.label.setToolTip(str(path[-1]) if path else "")
        self.label.setWordWrap(True)
        # The caption's row: subclasses may add small buttons after the caption.
        self.header = QHBoxLayout()
        self.header.setContentsMargins(0, 0, 0, 0)
        self.header.addWidget(self.label, 1)
        self.body: QBoxLayout = QHBoxLayout() if inline else QVBoxLayout()
        self.body.setContentsMargins(0, 0, 0, 0)
        self.body.setSpacing(6)
        if inline:
            # One line, at least as wide as a typical caption: the values line up.
            self.label.setWordWrap(False)
            self.label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
            self.body.addWidget(self.label)
            outer.addLayout(self.body)
        else:
            outer.addLayout(self.header)
            outer.addLayout(self.body)
        self.message = message_label()
        outer.addWidget(self.message)
        # A quiet explanation under the field (not a problem).
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        self.hint.hide()
        outer.addWidget(self.hint)
        ctx.register(self)

    # --- what subclasses provide -------------------------------------------------------

    def refresh(self) -> None:
        """Show the document's value (keep the caret if the text is the same)."""

    def widget_for(self, path: DocPath) -> QWidget | None:
        """The editor that shows ``path`` (at or under this field's path)."""
        return None

    def set_editable(self, editable: bool) -> None:
        """Read-only: the value stays visible and selectable, nothing changes it."""

    # --- shared ---------------------------------------------------------------------

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def show_message(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))

    def push_failed(self, reason: str | None) -> bool:
        """Show why a push was refused; whether it was."""
        if reason is None:
            return False
        if reason == "read-only":
            reason = self.tr("This scenario is read-only: save it as a copy to edit it.")
        self.show_message(reason)
        return True
