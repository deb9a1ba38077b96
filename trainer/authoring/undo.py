"""A Qt-free undo stack for document commands (the GUI mirrors it in a QUndoStack).

Kept apart from Qt so tests and scripts get the same undo, merging and clean
state as the editor window.
"""

from __future__ import annotations

from trainer.authoring.commands import Command
from trainer.authoring.document import ScenarioDocument


class UndoStack:
    """The commands done on one document; ``index`` commands are currently applied."""

    def __init__(self, doc: ScenarioDocument) -> None:
        self.doc = doc
        self._commands: list[Command] = []
        self.index = 0
        #: The index at the last save (None: that state was dropped by a new edit).
        self.clean_index: int | None = 0

    def push(self, command: Command) -> None:
        """Do ``command``; merge it into the last one when it continues it (typing)."""
        command.do(self.doc)
        del self._commands[self.index :]
        if self.clean_index is not None and self.clean_index > self.index:
            self.clean_index = None  # the saved state can no longer be reached
        top = self._commands[-1] if self._commands else None
        # Never merge into the saved state: undo must still be able to return to it.
        if top is not None and self.clean_index != self.index and top.merge(command):
            return
        self._commands.append(command)
        self.index += 1

    def undo(self) -> None:
        """Undo the last applied command."""
        if not self.can_undo:
            raise IndexError("nothing to undo")
        self.index -= 1
        self._commands[self.index].undo(self.doc)

    def redo(self) -> None:
        """Do again the next undone command."""
        if not self.can_redo:
            raise IndexError("nothing to redo")
        self._commands[self.index].do(self.doc)
        self.index += 1

    @property
    def can_undo(self) -> bool:
        return self.index > 0

    @property
    def can_redo(self) -> bool:
        return self.index < len(self._commands)

    def texts(self) -> list[str]:
        """The history list, oldest first."""
        return [command.text for command in self._commands]

    def set_clean(self) -> None:
        """Mark the current state as saved."""
        self.clean_index = self.index

    @property
    def dirty(self) -> bool:
        """Whether the document differs from its saved state."""
        return self.clean_index != self.index
