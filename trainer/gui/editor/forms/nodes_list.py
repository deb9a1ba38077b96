"""The nodes of the scenario: find one and open it, add a node of any type."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from trainer.authoring.commands import DeleteNode, InsertNode
from trainer.authoring.document import DocPath
from trainer.domain.ids import SLUG_RE
from trainer.gui.editor.forms.base import Field
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.form import Form
from trainer.gui.editor.forms.labels import node_type
from trainer.gui.editor.forms.node_templates import NODE_TYPES, new_node
from trainer.gui.editor.forms.text_field import text_values


class NodeListField(Field):
    """Every node as "id · type · title"; Enter or a double click opens its form."""

    def __init__(self, ctx: FormContext, caption: str) -> None:
        super().__init__(ctx, ("nodes",), caption)
        self.list = QListWidget()
        self.list.setAccessibleName(caption)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        self.list.itemActivated.connect(self._open)
        self.label.setBuddy(self.list)
        self.body.addWidget(self.list)
        self.refresh()

    def refresh(self) -> None:
        doc = self.ctx.doc
        default = self.ctx.languages()[0]
        rows = []
        for node_id in self.ctx.keys("nodes"):
            # peek: the plain values, without reading the node into the editable tree
            body = doc.peek(("nodes", node_id))
            kind = str(body.get("type", "")) if isinstance(body, dict) else ""
            title = body.get("title") if isinstance(body, dict) else None
            if isinstance(title, list):  # alternatives: the last one is the default
                last = title[-1] if title else None
                title = last.get("text") if isinstance(last, dict) else None
            words = text_values(title, default).get(default, "")
            parts = [node_id, node_type(kind), words] if words else [node_id, node_type(kind)]
            rows.append((node_id, "  ·  ".join(parts)))
        shown = [
            (self.list.item(i).data(Qt.ItemDataRole.UserRole), self.list.item(i).text())
            for i in range(self.list.count())
        ]
        if shown == rows:
            return
        self.list.clear()
        for node_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, node_id)
            self.list.addItem(item)

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.list

    def _open(self, item: QListWidgetItem) -> None:
        self.ctx.session.select(("nodes", item.data(Qt.ItemDataRole.UserRole)))


class AddNodeField(Field):
    """A new node: its id and type; it opens at once."""

    def __init__(self, ctx: FormContext, caption: str) -> None:
        super().__init__(ctx, ("nodes", ""), caption)
        row = QHBoxLayout()
        self.new_id = QLineEdit()
        self.new_id.setPlaceholderText(self.tr("new node id"))
        self.new_id.setAccessibleName(self.tr("New node id"))
        self.new_id.returnPressed.connect(self.add)
        self.label.setBuddy(self.new_id)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Type of the new node"))
        for kind in NODE_TYPES:
            self.kind.addItem(node_type(kind), kind)
        self.add_button = QPushButton(self.tr("Add node"))
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.new_id, 1)
        row.addWidget(self.kind)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.body.addLayout(row)

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.new_id

    def set_editable(self, editable: bool) -> None:
        self.setVisible(editable)

    def add(self) -> None:
        node_id = self.new_id.text().strip()
        if not SLUG_RE.fullmatch(node_id):
            self.show_message(self.tr("“%1” is not a valid node id.").replace("%1", node_id))
            return
        if node_id in self.ctx.keys("nodes"):
            self.show_message(self.tr("“%1” is already used.").replace("%1", node_id))
            return
        kind = str(self.kind.currentData())
        body = new_node(self.ctx, kind)
        command = InsertNode(node_id, body)
        if not self.push_failed(self.ctx.push(command, needs_11=kind == "report")):
            self.ctx.session.select(("nodes", node_id))


def build_nodes(ctx: FormContext) -> Form:
    form = Form(ctx, ("nodes",), QCoreApplication.translate("EditorForms", "Nodes"))
    form.add(AddNodeField(ctx, QCoreApplication.translate("EditorForms", "Add a node")))
    form.add(NodeListField(ctx, QCoreApplication.translate("EditorForms", "All nodes")), 1)
    form.finish(stretch=False)  # the list takes the height left
    return form


class DeleteNodeField(Field):
    """Delete the node shown (undo brings it back); says first which places lead to it."""

    def __init__(self, ctx: FormContext, node_id: str, caption: str) -> None:
        super().__init__(ctx, ("nodes", node_id, ""), caption)
        self.node_id = node_id
        self.label.hide()
        row = QHBoxLayout()
        self.button = QPushButton(caption)
        self.button.clicked.connect(self.delete)
        row.addWidget(self.button)
        row.addStretch(1)
        self.body.addLayout(row)
        self._describe()

    def _describe(self) -> None:
        # Only what is cheap: listing who leads here would read every node of a large
        # scenario; "where is this used" (the outline) answers that.
        parts = []
        if self.ctx.get(("start",)) == self.node_id:
            parts.append(self.tr("It is the start node."))
        parts.append(self.tr("Undo (Ctrl+Z) brings a deleted node back."))
        self.show_hint(" ".join(parts))

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.button

    def set_editable(self, editable: bool) -> None:
        self.setVisible(editable)

    def delete(self) -> None:
        self.push_failed(self.ctx.push(DeleteNode(self.node_id)))
