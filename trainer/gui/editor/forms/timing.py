"""A timed decision: ``time_limit`` in seconds and ``on_timeout``, what running out does."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QVBoxLayout, QWidget
from ruamel.yaml.comments import CommentedMap

from trainer.authoring.commands import RemoveKey, SetValue
from trainer.authoring.document import DocPath
from trainer.gui.editor.forms.base import Field
from trainer.gui.editor.forms.choices import a_next_node, outcome_fields
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.routes import NextField
from trainer.gui.editor.forms.scalar_fields import IntField
from trainer.scenario_io.limits import MAX_TIME_LIMIT_SECONDS


class TimeLimitField(Field):
    """ "Timed" on or off (both keys together, one undo step), the seconds, and ``on_timeout``."""

    def __init__(self, ctx: FormContext, node: DocPath, caption: str) -> None:
        super().__init__(ctx, (*node, "time_limit"), caption)
        self.node = node
        self.label.hide()
        self.timed = QCheckBox(caption)
        self.timed.setToolTip("time_limit, on_timeout")
        self.timed.setAccessibleName(caption)
        self.timed.setChecked(ctx.doc.has(self.path))
        self.timed.toggled.connect(self._toggled)
        row = QHBoxLayout()
        row.addWidget(self.timed)
        row.addStretch(1)  # the box as wide as its words: a click beside it does nothing
        self.body.addLayout(row)
        if ctx.doc.has(self.path):
            self.body.addWidget(
                IntField(
                    ctx,
                    self.path,
                    self.tr("Time limit"),
                    low=1,
                    high=MAX_TIME_LIMIT_SECONDS,
                    default=30,
                    suffix=self.tr(" s"),
                )
            )
        if ctx.doc.has((*node, "on_timeout")):
            card = QFrame()
            card.setObjectName("card")
            inner = QVBoxLayout(card)
            inner.setContentsMargins(12, 8, 12, 10)
            heading = Field(ctx, (*node, "on_timeout"), self.tr("When the time runs out"))
            inner.addWidget(heading)
            outcome_fields(ctx, inner, (*node, "on_timeout"))
            inner.addWidget(NextField(ctx, (*node, "on_timeout", "next"), self.tr("Next")))
            self.body.addWidget(card)

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.timed

    def set_editable(self, editable: bool) -> None:
        self.timed.setEnabled(editable)

    def _toggled(self, on: bool) -> None:
        timeout = (*self.node, "on_timeout")
        with self.ctx.macro(self.tr("Timed decision")):
            if on:
                problem = self.ctx.push(SetValue(self.path, 30))
                if problem is None and not self.ctx.doc.has(timeout):
                    outcome = CommentedMap()
                    outcome["rating"] = "poor"
                    outcome["next"] = a_next_node(self.ctx)
                    problem = self.ctx.push(SetValue(timeout, outcome))
            else:
                problem = self.ctx.push(RemoveKey(self.path))
                if problem is None and self.ctx.doc.has(timeout):
                    problem = self.ctx.push(RemoveKey(timeout))
        if self.push_failed(problem):
            self.timed.blockSignals(True)
            self.timed.setChecked(self.ctx.doc.has(self.path))
            self.timed.blockSignals(False)
