"""A decision's choices: id, text, rating, feedback, points, effects, condition, next."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget
from ruamel.yaml.comments import CommentedMap

from trainer.authoring.commands import RemoveKey, SetValue
from trainer.authoring.document import DocPath
from trainer.domain.competencies import BUILT_IN_LABELS
from trainer.domain.ids import SLUG_RE, CompetencyId
from trainer.gui.editor.forms.base import Field
from trainer.gui.editor.forms.condition_field import ConditionField
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.id_field import IdField
from trainer.gui.editor.forms.labels import ratings
from trainer.gui.editor.forms.list_section import ItemFrame, ListSection
from trainer.gui.editor.forms.points_field import PointsField
from trainer.gui.editor.forms.renames import rename_choice
from trainer.gui.editor.forms.routes import NextField
from trainer.gui.editor.forms.scalar_fields import EnumField
from trainer.gui.editor.forms.text_field import TextField
from trainer.scenario_io.limits import MAX_EFFECT, MAX_SCORE_POINTS


class OptionalCondition(Field):
    """A choice's ``if``: "Add condition" when there is none, else the condition and "Remove"."""

    def __init__(self, ctx: FormContext, path: DocPath, caption: str) -> None:
        super().__init__(ctx, path, caption)
        self.condition: ConditionField | None = None
        if ctx.doc.has(self.path):
            self.label.hide()
            self.condition = ConditionField(ctx, self.path, caption)
            self.body.addWidget(self.condition)
            self.toggle = QPushButton(self.tr("Remove condition"))
        else:
            self.toggle = QPushButton(self.tr("Offer only if… (add a condition)"))
        self.toggle.clicked.connect(self._toggled)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addStretch(1)
        self.body.addLayout(row)

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.toggle

    def set_editable(self, editable: bool) -> None:
        self.toggle.setVisible(editable)
        self.setVisible(editable or self.condition is not None)

    def _toggled(self) -> None:
        if self.condition is not None:
            self.push_failed(self.ctx.push(RemoveKey(self.path)))
        else:
            self.push_failed(self.ctx.push(SetValue(self.path, "")))


def outcome_fields(ctx: FormContext, frame_fields: Any, path: DocPath) -> None:
    """The fields a choice shares with ``on_timeout``: rating, feedback, points, effects, next."""
    frame_fields.addWidget(
        EnumField(
            ctx, (*path, "rating"), QCoreApplication.translate("EditorForms", "Rating"), ratings()
        )
    )
    frame_fields.addWidget(
        TextField(
            ctx,
            (*path, "feedback"),
            QCoreApplication.translate("EditorForms", "Feedback (why it helps or harms)"),
            alternatives=True,
        )
    )
    frame_fields.addWidget(
        PointsField(
            ctx,
            (*path, "score"),
            QCoreApplication.translate("EditorForms", "Points per competency"),
            choices=lambda: ctx.keys("competencies"),
            limit=MAX_SCORE_POINTS,
            unknown=QCoreApplication.translate(
                "EditorForms", "Not a competency of this scenario: %1"
            ),
            empty=QCoreApplication.translate(
                "EditorForms", "No competencies yet: add them under Competencies in the outline."
            ),
            name_of=lambda key: competency_name(ctx, key),
        )
    )
    frame_fields.addWidget(
        PointsField(
            ctx,
            (*path, "effects"),
            QCoreApplication.translate("EditorForms", "Changes of variables"),
            choices=lambda: ctx.keys("variables"),
            limit=MAX_EFFECT,
            unknown=QCoreApplication.translate(
                "EditorForms", "Not a variable of this scenario: %1"
            ),
            empty=QCoreApplication.translate(
                "EditorForms", "No variables yet: add them under Variables in the outline."
            ),
        )
    )


def a_next_node(ctx: FormContext) -> str:
    """Where a new choice or item first leads: an ending if there is one (changed at once)."""
    return ctx.first_ending()


def fresh_id(existing: list[str], stem: str) -> str:
    number = len(existing) + 1
    while f"{stem}-{number}" in existing:
        number += 1
    return f"{stem}-{number}"


def choices_section(ctx: FormContext, node_id: str) -> ListSection:
    path: DocPath = ("nodes", node_id, "choices")

    def caption(item_path: DocPath, value: Any) -> str:
        number = int(item_path[-1]) + 1
        choice_id = value.get("id", "") if isinstance(value, dict) else ""
        return (
            QCoreApplication.translate("EditorForms", "Choice %1: %2")
            .replace("%1", str(number))
            .replace("%2", str(choice_id))
        )

    def build(frame: ItemFrame, item: DocPath, index: int) -> None:
        frame.fields.addWidget(
            IdField(
                ctx,
                (*item, "id"),
                QCoreApplication.translate("EditorForms", "Id"),
                pattern=SLUG_RE,
                taken=lambda: [c for c in ctx.choice_ids(node_id) if c != "timeout"],
                rename=rename_choice(ctx, node_id, index),
            )
        )
        frame.fields.addWidget(
            TextField(
                ctx,
                (*item, "text"),
                QCoreApplication.translate("EditorForms", "What the officer does or says"),
                required=True,
            )
        )
        outcome_fields(ctx, frame.fields, item)
        frame.fields.addWidget(
            OptionalCondition(
                ctx, (*item, "if"), QCoreApplication.translate("EditorForms", "Offered only if")
            )
        )
        frame.fields.addWidget(
            NextField(ctx, (*item, "next"), QCoreApplication.translate("EditorForms", "Next"))
        )

    def new_item() -> Any:
        choice = CommentedMap()
        choice["id"] = fresh_id(ctx.choice_ids(node_id), "choice")
        choice["text"] = CommentedMap((language, "") for language in ctx.languages())
        choice["rating"] = "good"
        choice["next"] = a_next_node(ctx)
        return choice

    return ListSection(
        ctx,
        path,
        QCoreApplication.translate("EditorForms", "Choices"),
        build=build,
        item_caption=caption,
        new_item=new_item,
        add_text=QCoreApplication.translate("EditorForms", "Add choice"),
        min_items=1,
    )


def competency_name(ctx: FormContext, key: str) -> str:
    """A competency as the instructor knows it: its name (in the scenario's first
    language), the id after it."""
    language = ctx.languages()[0]
    label = ctx.get(("competencies", key, "label"))
    name = ""
    if isinstance(label, dict):
        name = str(label.get(language) or next(iter(label.values()), "") or "")
    elif isinstance(label, str):
        name = label
    if not name:
        built_in = BUILT_IN_LABELS.get(CompetencyId(key))
        name = built_in.get(language, "") if built_in is not None else ""
    return f"{name} ({key})" if name else key
