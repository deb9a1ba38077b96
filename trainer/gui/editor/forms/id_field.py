"""An id that is renamed everywhere it is used, when the author presses Enter or leaves it."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from trainer.authoring.document import DocPath
from trainer.domain.conditions import RESERVED_WORDS
from trainer.domain.ids import NAME_RE
from trainer.gui.editor.forms.base import Field
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.editors import show_line

#: Renames ``old`` to ``new`` (one undo step); the reason it was refused, or None.
Rename = Callable[[str, str], "str | None"]


def id_rule(pattern: re.Pattern[str]) -> str:
    """The id rule of ``pattern`` in words (for the message under a refused id)."""
    if pattern is NAME_RE:
        return QCoreApplication.translate(
            "IdField",
            "small letters a–z, digits and _, starting with a letter (at most 64 characters)",
        )
    return QCoreApplication.translate(
        "IdField",
        "small letters a–z, digits, - and _, starting with a letter or digit "
        "(at most 64 characters)",
    )


class IdField(Field):
    """The id at ``path`` (a map key when ``is_key``, else a value).

    Typing does not change the document; Enter or leaving the field renames, so the
    references never point at a half-typed id. ``rename`` None: the id is shown only.
    """

    def __init__(
        self,
        ctx: FormContext,
        path: DocPath,
        caption: str,
        *,
        pattern: re.Pattern[str],
        taken: Callable[[], Collection[str]],
        rename: Rename | None,
        is_key: bool = False,
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, path, caption, inline=True, parent=parent)
        self.pattern = pattern
        self.taken = taken
        self.rename = rename
        self.is_key = is_key
        self.note = note
        self.edit = QLineEdit()
        self.edit.setAccessibleName(caption)
        self.edit.setMaxLength(64)
        self._fit_width()
        self.label.setBuddy(self.edit)
        self.edit.editingFinished.connect(self._finished)
        self.edit.textEdited.connect(self._check)
        self.body.addWidget(self.edit, 1)
        self.body.addStretch(1)
        self.refresh()

    def _fit_width(self) -> None:
        """Room for an id of 24 to 48 letters in the text size now."""
        letter = self.edit.fontMetrics().averageCharWidth()
        self.edit.setMinimumWidth(letter * 24)
        self.edit.setMaximumWidth(letter * 48)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_width()  # Ctrl+plus: the letters grow, the field with them
        super().changeEvent(event)

    def current(self) -> str:
        if self.is_key:
            return str(self.path[-1])
        value = self.ctx.get(self.path)
        return "" if value is None else str(value)

    def refresh(self) -> None:
        if not self.edit.hasFocus() or not self.edit.isModified():
            show_line(self.edit, self.current())
        if self.rename is None and self.note:
            self.show_hint(self.note)

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.edit

    def set_editable(self, editable: bool) -> None:
        self.edit.setReadOnly(not editable or self.rename is None)

    def problem(self, new: str) -> str | None:
        if new == self.current():
            return None
        if not self.pattern.fullmatch(new):
            return (
                self.tr("“%1” is not a valid id: %2")
                .replace("%1", new)
                .replace("%2", id_rule(self.pattern))
            )
        if new in RESERVED_WORDS and self.pattern is NAME_RE:
            return self.tr("“%1” is a reserved word of conditions.").replace("%1", new)
        if new in self.taken():
            return self.tr("“%1” is already used.").replace("%1", new)
        return None

    def _check(self, text: str) -> None:
        self.show_message(self.problem(text.strip()))

    def _finished(self) -> None:
        if self.rename is None or self.edit.isReadOnly():
            return
        new = self.edit.text().strip()
        self.edit.setModified(False)
        old = self.current()
        if new == old:
            self.show_message(None)
            return
        problem = self.problem(new)
        if problem is None:
            problem = self.rename(old, new)
        if problem is not None:
            self.push_failed(problem)
            return
        self.show_message(None)
