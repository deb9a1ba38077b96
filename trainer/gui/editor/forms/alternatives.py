"""Text that follows the path (format 1.1): alternatives ``{if, text}``, the last without ``if``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget
from ruamel.yaml.comments import CommentedMap

from trainer.authoring.commands import SetValue
from trainer.authoring.document import DocPath
from trainer.gui.editor.forms.condition_field import ConditionField
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.list_section import ItemFrame, ListSection

#: Makes the Text field of one alternative (the TextField class: passed in, so that the
#: two modules do not import each other).
TextFactory = Callable[[FormContext, DocPath, str], QWidget]


class AlternativesEditor(QWidget):
    """The alternatives of the Text at ``path``: add, remove, reorder, back to one text."""

    def __init__(
        self, ctx: FormContext, path: DocPath, caption: str, *, text_field: TextFactory
    ) -> None:
        super().__init__()
        self.text_field = text_field
        self.ctx = ctx
        self.path = path
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.section = ListSection(
            ctx,
            path,
            self.tr("%1: alternatives by path").replace("%1", caption),
            build=self._build,
            item_caption=self._caption,
            new_item=self._new,
            add_text=self.tr("Add alternative"),
            min_items=1,
            keep_last=True,
        )
        layout.addWidget(self.section)
        self.single = QPushButton(self.tr("Use one text for every path"))
        self.single.setToolTip(self.tr("Possible when only the last alternative is left"))
        self.single.clicked.connect(self._to_single)
        layout.addWidget(self.single)
        self.single.setVisible(ctx.editable and self.section.count() == 1)

    def _caption(self, path: DocPath, value: Any) -> str:
        index = int(path[-1])
        if isinstance(value, dict) and "if" not in value:
            return self.tr("Alternative %1: otherwise").replace("%1", str(index + 1))
        return self.tr("Alternative %1").replace("%1", str(index + 1))

    def _build(self, frame: ItemFrame, path: DocPath, index: int) -> None:
        value = self.ctx.get(path)
        if isinstance(value, dict) and "if" in value:
            frame.fields.addWidget(ConditionField(self.ctx, (*path, "if"), self.tr("Shown if")))
        frame.fields.addWidget(self.text_field(self.ctx, (*path, "text"), self.tr("Text")))

    def _new(self) -> Any:
        alternative = CommentedMap()
        alternative["if"] = ""
        alternative["text"] = CommentedMap()
        return alternative

    def _to_single(self) -> None:
        value = self.ctx.get(self.path)
        if isinstance(value, list) and len(value) == 1:
            self.section.push_failed(self.ctx.push(SetValue(self.path, value[0].get("text", ""))))
