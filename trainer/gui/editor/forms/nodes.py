"""The form of one node: the fields every node has, then those of its type."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget
from ruamel.yaml.comments import CommentedSeq

from trainer.authoring.commands import RemoveKey, SetValue
from trainer.authoring.document import DocPath
from trainer.domain.ids import SLUG_RE
from trainer.gui.editor.forms.base import Field
from trainer.gui.editor.forms.choices import choices_section
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.form import Form
from trainer.gui.editor.forms.id_field import IdField
from trainer.gui.editor.forms.image_field import ImageField
from trainer.gui.editor.forms.items import items_section
from trainer.gui.editor.forms.labels import node_type, orders, outcomes, stages
from trainer.gui.editor.forms.node_templates import NODE_TYPES, retyped
from trainer.gui.editor.forms.nodes_list import DeleteNodeField
from trainer.gui.editor.forms.renames import rename_node
from trainer.gui.editor.forms.routes import NextField
from trainer.gui.editor.forms.scalar_fields import EnumField, IntField
from trainer.gui.editor.forms.text_field import TextField
from trainer.gui.editor.forms.timing import TimeLimitField
from trainer.scenario_io.limits import MAX_REPORT_WORDS


class TypeField(Field):
    """The node's type; changing it keeps the common fields and what both types share."""

    def __init__(self, ctx: FormContext, node_id: str, caption: str) -> None:
        super().__init__(ctx, ("nodes", node_id, "type"), caption, inline=True)
        self.node_id = node_id
        self.combo = QComboBox()
        self.combo.setAccessibleName(caption)
        for kind in NODE_TYPES:
            self.combo.addItem(node_type(kind), kind)
        self.label.setBuddy(self.combo)
        self.combo.activated.connect(self._chosen)
        self.body.addWidget(self.combo)
        self.body.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        index = self.combo.findData(str(self.ctx.get(self.path, "")))
        if index >= 0:
            self.combo.setCurrentIndex(index)

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.combo

    def set_editable(self, editable: bool) -> None:
        self.combo.setEnabled(editable)

    def _chosen(self, index: int) -> None:
        kind = str(self.combo.itemData(index))
        body = self.ctx.get(("nodes", self.node_id))
        if kind == self.ctx.get(self.path) or not isinstance(body, dict):
            return
        new = retyped(self.ctx, body, kind)
        command = SetValue(("nodes", self.node_id), new)
        if self.push_failed(self.ctx.push(command, needs_11=kind == "report")):
            self.refresh()


class CardRefsField(Field):
    """The knowledge cards a node offers: one check box per card of the scenario."""

    def __init__(self, ctx: FormContext, path: DocPath, caption: str) -> None:
        super().__init__(ctx, path, caption)
        self.boxes: dict[str, QCheckBox] = {}
        for card_id in ctx.keys("cards"):
            title = ctx.get(("cards", card_id, "title"))
            words = title.get(ctx.languages()[0], "") if isinstance(title, dict) else title
            box = QCheckBox(f"{card_id} — {words}" if words else card_id)
            box.setAccessibleName(f"{caption}: {card_id}")
            box.toggled.connect(self._toggled)
            row = QHBoxLayout()
            row.addWidget(box)
            row.addStretch(1)
            self.body.addLayout(row)
            self.boxes[card_id] = box
        if not self.boxes:
            self.show_message(None)
            self.label.setText(caption + " " + self.tr("(the scenario has no cards)"))
        self.refresh()

    def chosen(self) -> list[str]:
        value = self.ctx.get(self.path)
        return [str(v) for v in value] if isinstance(value, list) else []

    def refresh(self) -> None:
        chosen = self.chosen()
        for card_id, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(card_id in chosen)
            box.blockSignals(False)
        unknown = [card for card in chosen if card not in self.boxes]
        self.show_message(
            self.tr("Unknown card: %1").replace("%1", ", ".join(unknown)) if unknown else None
        )

    def widget_for(self, path: DocPath) -> QWidget | None:
        return next(iter(self.boxes.values()), None)

    def set_editable(self, editable: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(editable)

    def _toggled(self) -> None:
        # Keep the author's order for cards already listed; new ones go last.
        old = self.chosen()
        ticked = [card for card, box in self.boxes.items() if box.isChecked()]
        new = [card for card in old if card in ticked or card not in self.boxes]
        new += [card for card in ticked if card not in new]
        if not new:
            self.push_failed(self.ctx.push(RemoveKey(self.path)))
            return
        seq = CommentedSeq(new)
        seq.fa.set_flow_style()
        self.push_failed(self.ctx.push(SetValue(self.path, seq)))


def build_node(ctx: FormContext, node_id: str) -> Form:
    path: DocPath = ("nodes", node_id)
    node: Any = ctx.get(path) or {}
    kind = str(node.get("type", "")) if isinstance(node, dict) else ""
    title = (
        QCoreApplication.translate("EditorForms", "%1 “%2”")
        .replace("%1", node_type(kind))
        .replace("%2", node_id)
    )
    form = Form(ctx, path, title)
    form.add(
        IdField(
            ctx,
            path,
            QCoreApplication.translate("EditorForms", "Id"),
            pattern=SLUG_RE,
            taken=lambda: ctx.keys("nodes"),
            rename=rename_node(ctx),
            is_key=True,
        )
    )
    form.add(TypeField(ctx, node_id, QCoreApplication.translate("EditorForms", "Type")))
    form.add(
        TextField(
            ctx,
            (*path, "title"),
            QCoreApplication.translate("EditorForms", "Title"),
            multiline=False,
            alternatives=True,
        )
    )
    form.add(
        TextField(
            ctx,
            (*path, "text"),
            QCoreApplication.translate("EditorForms", "Text"),
            required=True,
            alternatives=True,
        )
    )
    if kind in ("decision", "checklist"):
        form.add(
            EnumField(
                ctx,
                (*path, "order"),
                QCoreApplication.translate("EditorForms", "Order shown"),
                orders(),
                unset=QCoreApplication.translate("EditorForms", "Default (shuffled)"),
                needs_11=True,
            )
        )
    if kind == "decision":
        form.add(
            TimeLimitField(ctx, path, QCoreApplication.translate("EditorForms", "Timed decision"))
        )
        form.add(choices_section(ctx, node_id))
    elif kind in ("checklist", "report"):
        form.add(
            TextField(
                ctx,
                (*path, "prompt"),
                QCoreApplication.translate("EditorForms", "Prompt"),
                multiline=False,
            )
        )
        if kind == "report":
            form.add(
                IntField(
                    ctx,
                    (*path, "min_words"),
                    QCoreApplication.translate("EditorForms", "Fewest words"),
                    low=1,
                    high=MAX_REPORT_WORDS,
                    default=25,
                    optional=True,
                )
            )
        form.add(
            EnumField(
                ctx,
                (*path, "competency"),
                QCoreApplication.translate("EditorForms", "Competency scored"),
                lambda: [(key, key) for key in ctx.keys("competencies")],
            )
        )
        if kind == "report":
            form.add(
                TextField(
                    ctx,
                    (*path, "model"),
                    QCoreApplication.translate("EditorForms", "Model note (shown after writing)"),
                    required=True,
                )
            )
        form.add(items_section(ctx, node_id, checklist=kind == "checklist"))
    elif kind == "ending":
        form.add(
            EnumField(
                ctx,
                (*path, "outcome"),
                QCoreApplication.translate("EditorForms", "Outcome"),
                outcomes(),
            )
        )
        form.add(
            TextField(
                ctx,
                (*path, "debrief"),
                QCoreApplication.translate("EditorForms", "Debrief"),
                alternatives=True,
            )
        )
    if kind in ("scene", "checklist", "report"):
        form.add(NextField(ctx, (*path, "next"), QCoreApplication.translate("EditorForms", "Next")))
    form.section(QCoreApplication.translate("EditorForms", "Picture, cards and stage"))
    form.add(
        ImageField(ctx, (*path, "image"), QCoreApplication.translate("EditorForms", "Picture"))
    )
    form.add(
        TextField(
            ctx,
            (*path, "image_alt"),
            QCoreApplication.translate("EditorForms", "What the picture shows (alternative text)"),
            needs_11=True,
        )
    )
    form.add(
        CardRefsField(
            ctx,
            (*path, "cards"),
            QCoreApplication.translate("EditorForms", "Knowledge cards offered"),
        )
    )
    form.add(
        EnumField(
            ctx,
            (*path, "stage"),
            QCoreApplication.translate("EditorForms", "Decision-model stage"),
            stages(),
            unset=QCoreApplication.translate("EditorForms", "None"),
        )
    )
    form.section(QCoreApplication.translate("EditorForms", "Delete"))
    form.add(
        DeleteNodeField(ctx, node_id, QCoreApplication.translate("EditorForms", "Delete this node"))
    )
    form.finish()
    return form
