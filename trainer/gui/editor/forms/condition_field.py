"""A condition typed in one line, checked at every key: syntax, then the names it uses."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from trainer.authoring.commands import SetValue
from trainer.authoring.document import DocPath
from trainer.domain.conditions import ConditionSyntaxError, parse_condition
from trainer.gui.editor.forms.base import Field
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.editors import show_line
from trainer.gui.editor.forms.parser_texts import condition_error_text


class ConditionField(Field):
    """The ``if`` at ``path``; its problem (if any) is shown under it as it is typed.

    The text goes into the document even while wrong: the author's typing is never
    lost, and the live checks list the same problem until it is fixed.
    """

    def __init__(
        self, ctx: FormContext, path: DocPath, caption: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, path, caption, parent=parent)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(caption)
        self.edit.setPlaceholderText("trust >= 2 and not visited('node_id')")
        self.edit.textEdited.connect(self._edited)
        self.body.addWidget(self.edit)
        self.refresh()

    def refresh(self) -> None:
        value = self.ctx.get(self.path)
        show_line(self.edit, "" if value is None else str(value))
        self.show_message(self.problem(self.edit.text()))

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.edit

    def set_editable(self, editable: bool) -> None:
        self.edit.setReadOnly(not editable)

    def _edited(self, text: str) -> None:
        if not self.push_failed(self.ctx.push(SetValue(self.path, text))):
            self.show_message(self.problem(text))

    def problem(self, source: str) -> str | None:
        """What is wrong with ``source`` for this scenario, in words; None when nothing."""
        if not source.strip():
            return self.tr("Write a condition, e.g. trust >= 2 (the last one may go without).")
        try:
            condition = parse_condition(source)
        except ConditionSyntaxError as exc:
            return (
                self.tr("Error at character %1: %2")
                .replace("%1", str(exc.position + 1))
                .replace("%2", condition_error_text(exc))
            )
        variables = set(self.ctx.keys("variables"))
        nodes = set(self.ctx.keys("nodes"))
        for reference in condition.references:
            if reference.kind == "variable" and reference.name not in variables:
                return self.tr("Unknown variable “%1”: declare it under Variables.").replace(
                    "%1", reference.name
                )
            if reference.kind in ("visited", "chose") and reference.name not in nodes:
                return self.tr("Unknown node “%1”.").replace("%1", reference.name)
            if reference.choice is not None and reference.choice not in self.ctx.choice_ids(
                reference.name
            ):
                return (
                    self.tr("Node “%1” has no choice “%2”.")
                    .replace("%1", reference.name)
                    .replace("%2", reference.choice)
                )
        return None
