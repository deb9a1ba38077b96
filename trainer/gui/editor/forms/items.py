"""Checklist items (id, text, correct, feedback) and report items (id, text, feedback)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from ruamel.yaml.comments import CommentedMap

from trainer.authoring.commands import SetValue
from trainer.authoring.document import DocPath
from trainer.domain.ids import SLUG_RE
from trainer.gui.editor.forms.choices import fresh_id
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.id_field import IdField
from trainer.gui.editor.forms.list_section import ItemFrame, ListSection
from trainer.gui.editor.forms.scalar_fields import BoolField
from trainer.gui.editor.forms.text_field import TextField


def items_section(ctx: FormContext, node_id: str, *, checklist: bool) -> ListSection:
    path: DocPath = ("nodes", node_id, "items")

    def ids() -> list[str]:
        items = ctx.get(path) or []
        return [str(item.get("id")) for item in items if isinstance(item, dict)]

    def caption(item_path: DocPath, value: Any) -> str:
        item_id = value.get("id", "") if isinstance(value, dict) else ""
        return (
            QCoreApplication.translate("EditorForms", "Item %1: %2")
            .replace("%1", str(int(item_path[-1]) + 1))
            .replace("%2", str(item_id))
        )

    def build(frame: ItemFrame, item: DocPath, index: int) -> None:
        def rename(old: str, new: str) -> str | None:
            # Item ids are used nowhere else in the file (attempts store them, not the file).
            return ctx.push(SetValue((*item, "id"), new))

        frame.fields.addWidget(
            IdField(
                ctx,
                (*item, "id"),
                QCoreApplication.translate("EditorForms", "Id"),
                pattern=SLUG_RE,
                taken=ids,
                rename=rename,
            )
        )
        frame.fields.addWidget(
            TextField(
                ctx,
                (*item, "text"),
                QCoreApplication.translate("EditorForms", "Text"),
                required=True,
            )
        )
        if checklist:
            frame.fields.addWidget(
                BoolField(
                    ctx,
                    (*item, "correct"),
                    QCoreApplication.translate("EditorForms", "Correct: this item applies"),
                )
            )
        frame.fields.addWidget(
            TextField(
                ctx, (*item, "feedback"), QCoreApplication.translate("EditorForms", "Feedback")
            )
        )

    def new_item() -> Any:
        item = CommentedMap()
        item["id"] = fresh_id(ids(), "item")
        item["text"] = CommentedMap((language, "") for language in ctx.languages())
        if checklist:
            item["correct"] = True
        return item

    return ListSection(
        ctx,
        path,
        QCoreApplication.translate("EditorForms", "Items"),
        build=build,
        item_caption=caption,
        new_item=new_item,
        add_text=QCoreApplication.translate("EditorForms", "Add item"),
        min_items=1,
    )
