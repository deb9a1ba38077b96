"""The forms of the editor: one for every field of format 1.1 (scaffold, being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from trainer.authoring.document import DocPath
from trainer.gui.editor.session import EditorSession


class FormPane(QWidget):
    """Shows the form for the place the session selects (scaffold: the path only)."""

    def __init__(self, session: EditorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._where = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self._where)
        layout.addStretch(1)
        session.selection_requested.connect(self.show_path)

    def show_path(self, path: DocPath) -> None:
        """Show the form that edits ``path`` and focus its field."""
        self._where.setText(" / ".join(map(str, path)))
