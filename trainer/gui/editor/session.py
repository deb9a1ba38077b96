"""One document open in the editor: the document, its QUndoStack, and what changed.

Every edit is a :mod:`trainer.authoring.commands` object pushed through
:meth:`EditorSession.push`; the QUndoStack only wraps it (undo, redo, the history
list, merging while typing in one field). Views never change the document
themselves: they push a command and follow :attr:`EditorSession.changed`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from trainer.authoring.commands import Command, SetValue
from trainer.authoring.document import DocPath, ScenarioDocument

# The QUndoCommand id of commands that may merge (typing in one field); -1: never.
_MERGING_ID = 1


class _Wrapped(QUndoCommand):
    """A document command as Qt's undo stack wants it."""

    def __init__(self, command: Command, doc: ScenarioDocument, text: str) -> None:
        super().__init__(text)
        self.command = command
        self.doc = doc

    def redo(self) -> None:  # Qt calls this on push too: that is the first "do"
        self.command.do(self.doc)

    def undo(self) -> None:
        self.command.undo(self.doc)

    def id(self) -> int:
        return _MERGING_ID if isinstance(self.command, SetValue) else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        return isinstance(other, _Wrapped) and self.command.merge(other.command)


class EditorSession(QObject):
    """The open document and its undo stack.

    ``changed(path)`` follows every change of the document (a push, undo or redo),
    with the path of what changed; ``selection_requested(path)`` asks the views to
    show a place in the document (a node, a choice, a field), e.g. after a click on
    a finding.
    """

    changed = Signal(tuple)
    selection_requested = Signal(tuple)

    def __init__(
        self,
        doc: ScenarioDocument,
        *,
        read_only: bool = False,
        describe: Callable[[Command], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.doc = doc
        self.read_only = read_only
        self.undo_stack = QUndoStack(self)
        self._describe: Callable[[Command], str] = describe or (lambda command: command.text)
        doc.add_listener(self._document_changed)

    def push(self, command: Command) -> None:
        """Do ``command`` through the undo stack (refused in a read-only document)."""
        if self.read_only:
            raise PermissionError("this scenario is read-only: save it as a copy to edit it")
        self.undo_stack.push(_Wrapped(command, self.doc, self._describe(command)))

    def select(self, path: DocPath) -> None:
        """Ask the views to show ``path``."""
        self.selection_requested.emit(tuple(path))

    @property
    def dirty(self) -> bool:
        """Whether the document differs from its saved state."""
        return not self.undo_stack.isClean()

    def _document_changed(self, path: DocPath) -> None:
        self.changed.emit(tuple(path))
