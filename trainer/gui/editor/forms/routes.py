"""Where the story goes next: one node, or routes tried in order (the last without ``if``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from trainer.authoring.commands import SetValue
from trainer.authoring.document import DocPath
from trainer.gui.editor.forms.base import Field
from trainer.gui.editor.forms.condition_field import ConditionField
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.list_section import ItemFrame, ListSection
from trainer.gui.editor.forms.scalar_fields import EnumField, node_options


class NextField(Field):
    """The ``next`` at ``path``: a node id, or a list of ``{if, to}`` routes."""

    def __init__(
        self, ctx: FormContext, path: DocPath, caption: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, path, caption, inline=False, parent=parent)
        self.mode = QComboBox()
        self.mode.addItem(self.tr("Go to one node"), "node")
        self.mode.addItem(self.tr("Routes by condition"), "routes")
        self.mode.setAccessibleName(self.tr("%1: kind").replace("%1", caption))
        self.mode.setToolTip(self.tr("A node id, or routes tried from the top"))
        self.label.setBuddy(self.mode)
        self.mode.activated.connect(self._mode_chosen)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.mode)
        mode_row.addStretch(1)
        self.body.addLayout(mode_row)
        self.routed = isinstance(ctx.get(self.path), list)
        self.mode.setCurrentIndex(1 if self.routed else 0)
        self.target: EnumField | None = None
        self.routes: ListSection | None = None
        if self.routed:
            self.routes = ListSection(
                ctx,
                self.path,
                self.tr("Routes"),
                build=self._build_route,
                item_caption=self._route_caption,
                new_item=self._new_route,
                add_text=self.tr("Add route"),
                min_items=1,
                keep_last=True,
            )
            self.body.addWidget(self.routes)
        else:
            self.target = EnumField(
                ctx, self.path, self.tr("Node"), node_options(ctx), unset=self.tr("— choose —")
            )
            self.body.addWidget(self.target)
        self.refresh()

    def refresh(self) -> None:
        value = self.ctx.get(self.path)
        if not self.routed and isinstance(value, str) and value not in self.ctx.keys("nodes"):
            self.show_message(self.tr("Unknown node “%1”.").replace("%1", value))
        elif not self.ctx.doc.has(self.path):
            self.show_message(self.tr("Say where the story goes next."))
        else:
            self.show_message(None)

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.mode

    def set_editable(self, editable: bool) -> None:
        self.mode.setEnabled(editable)

    def _mode_chosen(self, index: int) -> None:
        value = self.ctx.get(self.path)
        wanted = self.mode.itemData(index)
        if wanted == "routes" and not isinstance(value, list):
            route = CommentedMap()
            route["to"] = value if isinstance(value, str) else self._a_node()
            command = SetValue(self.path, CommentedSeq([route]))
        elif wanted == "node" and isinstance(value, list):
            last = value[-1] if value else {}
            target = last.get("to") if isinstance(last, dict) else None
            command = SetValue(self.path, target or self._a_node())
        else:
            return
        if self.push_failed(self.ctx.push(command)):
            self.mode.setCurrentIndex(1 if self.routed else 0)

    def _a_node(self) -> str:
        nodes = self.ctx.keys("nodes")
        return nodes[0] if nodes else ""

    def _route_caption(self, path: DocPath, value: Any) -> str:
        number = str(int(path[-1]) + 1)
        if isinstance(value, dict) and "if" not in value:
            return self.tr("Route %1: otherwise").replace("%1", number)
        return self.tr("Route %1").replace("%1", number)

    def _build_route(self, frame: ItemFrame, path: DocPath, index: int) -> None:
        value = self.ctx.get(path)
        if isinstance(value, dict) and "if" in value:
            frame.fields.addWidget(ConditionField(self.ctx, (*path, "if"), self.tr("If")))
        frame.fields.addWidget(
            EnumField(
                self.ctx,
                (*path, "to"),
                self.tr("Go to"),
                node_options(self.ctx),
                unset=self.tr("— choose —"),
            )
        )

    def _new_route(self) -> Any:
        value = self.ctx.get(self.path)
        last = value[-1] if isinstance(value, list) and value else {}
        route = CommentedMap()
        route["if"] = ""
        route["to"] = last.get("to", self._a_node()) if isinstance(last, dict) else self._a_node()
        return route
