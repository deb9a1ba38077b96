"""The scenario's maps of competencies, variables and knowledge cards, one form each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from ruamel.yaml.comments import CommentedMap

from trainer.authoring.document import DocPath
from trainer.domain.competencies import BUILT_IN_LABELS
from trainer.domain.ids import NAME_RE, SLUG_RE, CompetencyId
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.form import Form
from trainer.gui.editor.forms.id_field import IdField
from trainer.gui.editor.forms.list_section import ItemFrame, ListSection
from trainer.gui.editor.forms.renames import renamer_for
from trainer.gui.editor.forms.scalar_fields import IntField
from trainer.gui.editor.forms.text_field import TextField
from trainer.scenario_io.limits import MAX_VARIABLE_VALUE


def _id_field(ctx: FormContext, path: DocPath, kind: str, pattern: Any) -> IdField:
    return IdField(
        ctx,
        path,
        QCoreApplication.translate("EditorForms", "Id"),
        pattern=pattern,
        taken=lambda: ctx.keys(kind),
        rename=renamer_for(ctx, kind),
        is_key=True,
    )


def _caption(path: DocPath, value: Any) -> str:
    return str(path[-1])


def build_competencies(ctx: FormContext) -> Form:
    form = Form(ctx, ("competencies",), QCoreApplication.translate("EditorForms", "Competencies"))
    form.note(
        QCoreApplication.translate(
            "EditorForms",
            "What the scenario scores. Built-in ids (e.g. communication, ethics) "
            "need no label; any other id does.",
        )
    )

    def build(frame: ItemFrame, path: DocPath, index: int) -> None:
        frame.fields.addWidget(_id_field(ctx, path, "competencies", NAME_RE))
        label = TextField(
            ctx,
            (*path, "label"),
            QCoreApplication.translate("EditorForms", "Label"),
            multiline=False,
            required=CompetencyId(str(path[-1])) not in BUILT_IN_LABELS,
        )
        built_in = BUILT_IN_LABELS.get(CompetencyId(str(path[-1])))
        if built_in is not None:
            label.label.setText(
                QCoreApplication.translate(
                    "EditorForms", "Label (empty: the built-in “%1”)"
                ).replace("%1", str(built_in.get(ctx.languages()[0], "")))
            )
        frame.fields.addWidget(label)
        frame.fields.addWidget(
            TextField(
                ctx,
                (*path, "description"),
                QCoreApplication.translate("EditorForms", "Description"),
            )
        )

    def new_entry(key: str) -> Any:
        entry = CommentedMap()
        if key not in BUILT_IN_LABELS:
            entry["label"] = CommentedMap((language, "") for language in ctx.languages())
        return entry

    form.add(
        ListSection(
            ctx,
            ("competencies",),
            QCoreApplication.translate("EditorForms", "Competencies"),
            build=build,
            item_caption=_caption,
            new_entry=new_entry,
            key_pattern=NAME_RE,
            add_text=QCoreApplication.translate("EditorForms", "Add competency"),
            min_items=1,
            show_heading=False,
        )
    )
    form.finish()
    return form


def build_variables(ctx: FormContext) -> Form:
    form = Form(ctx, ("variables",), QCoreApplication.translate("EditorForms", "Variables"))
    form.note(
        QCoreApplication.translate(
            "EditorForms",
            "State that choices change (whole numbers, kept between min and max) "
            "and conditions read.",
        )
    )

    def build(frame: ItemFrame, path: DocPath, index: int) -> None:
        frame.fields.addWidget(_id_field(ctx, path, "variables", NAME_RE))
        for key, caption, optional in (
            ("initial", QCoreApplication.translate("EditorForms", "Initial value"), False),
            ("min", QCoreApplication.translate("EditorForms", "Smallest value"), True),
            ("max", QCoreApplication.translate("EditorForms", "Largest value"), True),
        ):
            frame.fields.addWidget(
                IntField(
                    ctx,
                    (*path, key),
                    caption,
                    low=-MAX_VARIABLE_VALUE,
                    high=MAX_VARIABLE_VALUE,
                    default=0,
                    optional=optional,
                )
            )
        frame.fields.addWidget(
            TextField(
                ctx,
                (*path, "label"),
                QCoreApplication.translate("EditorForms", "Label"),
                multiline=False,
            )
        )

    def new_entry(key: str) -> Any:
        entry = CommentedMap()
        entry["initial"] = 0
        return entry

    form.add(
        ListSection(
            ctx,
            ("variables",),
            QCoreApplication.translate("EditorForms", "Variables"),
            build=build,
            item_caption=_caption,
            new_entry=new_entry,
            key_pattern=NAME_RE,
            add_text=QCoreApplication.translate("EditorForms", "Add variable"),
            show_heading=False,
        )
    )
    form.finish()
    return form


def build_cards(ctx: FormContext) -> Form:
    form = Form(ctx, ("cards",), QCoreApplication.translate("EditorForms", "Knowledge cards"))
    form.note(
        QCoreApplication.translate(
            "EditorForms", "“Learn more” cards that nodes can offer (a node lists their ids)."
        )
    )

    def build(frame: ItemFrame, path: DocPath, index: int) -> None:
        frame.fields.addWidget(_id_field(ctx, path, "cards", SLUG_RE))
        frame.fields.addWidget(
            TextField(
                ctx,
                (*path, "title"),
                QCoreApplication.translate("EditorForms", "Title"),
                multiline=False,
                required=True,
            )
        )
        frame.fields.addWidget(
            TextField(
                ctx,
                (*path, "text"),
                QCoreApplication.translate("EditorForms", "Text"),
                required=True,
            )
        )

    def new_entry(key: str) -> Any:
        entry = CommentedMap()
        entry["title"] = CommentedMap((language, "") for language in ctx.languages())
        entry["text"] = CommentedMap((language, "") for language in ctx.languages())
        return entry

    form.add(
        ListSection(
            ctx,
            ("cards",),
            QCoreApplication.translate("EditorForms", "Knowledge cards"),
            build=build,
            item_caption=_caption,
            new_entry=new_entry,
            key_pattern=SLUG_RE,
            add_text=QCoreApplication.translate("EditorForms", "Add card"),
            show_heading=False,
        )
    )
    form.finish()
    return form
