"""The scenario's own fields: format, id, version, languages, title, summary, tags,
minutes, modes and the start node."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget
from ruamel.yaml.comments import CommentedSeq

from trainer.authoring.commands import RemoveKey, SetValue
from trainer.authoring.document import DocPath
from trainer.domain.ids import LANGUAGE_RE, SCENARIO_ID_RE, SLUG_RE
from trainer.domain.tags import similar_tag
from trainer.gui.editor.forms.base import Field
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.editors import show_line
from trainer.gui.editor.forms.form import Form
from trainer.gui.editor.forms.id_field import IdField
from trainer.gui.editor.forms.scalar_fields import EnumField, IntField, node_options
from trainer.gui.editor.forms.text_field import TextField
from trainer.scenario_io.limits import MAX_MINUTES, MAX_VERSION

MODES = ("practice", "assessment")


def _flow(items: list[str]) -> CommentedSeq:
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


class WordListField(Field):
    """A list of codes or slugs typed as ``a, b, c``; stored when Enter is pressed or on leaving."""

    def __init__(
        self,
        ctx: FormContext,
        path: DocPath,
        caption: str,
        *,
        language_codes: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, path, caption, parent=parent)
        self.language_codes = language_codes
        self.edit = QLineEdit()
        self.edit.setAccessibleName(caption)
        self.edit.setPlaceholderText("pl, en" if language_codes else "hate-crime, synagogue")
        self.label.setBuddy(self.edit)
        self.edit.editingFinished.connect(self._finished)
        self.body.addWidget(self.edit)
        self.refresh()

    def words(self) -> list[str]:
        return [
            word.strip() for word in self.edit.text().replace(";", ",").split(",") if word.strip()
        ]

    def refresh(self) -> None:
        value = self.ctx.get(self.path)
        if not self.edit.isModified():
            show_line(self.edit, ", ".join(map(str, value)) if isinstance(value, list) else "")
        self.show_message(self._problem(self.words()))

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.edit

    def set_editable(self, editable: bool) -> None:
        self.edit.setReadOnly(not editable)

    def _problem(self, words: list[str]) -> str | None:
        pattern = LANGUAGE_RE if self.language_codes else SLUG_RE
        bad = [word for word in words if not pattern.fullmatch(word)]
        if bad:
            return self.tr("Not valid: %1").replace("%1", ", ".join(bad))
        if self.language_codes and not words:
            return self.tr("At least one language is needed; the first is the default.")
        if len(set(words)) != len(words):
            return self.tr("A word is listed twice.")
        if not self.language_codes:
            hints = [f"{w} → {similar_tag(w)}" for w in words if similar_tag(w)]
            if hints:
                return self.tr("Did you mean: %1?").replace("%1", ", ".join(hints))
        return None

    def _finished(self) -> None:
        if not self.edit.isModified():
            return
        self.edit.setModified(False)
        words = self.words()
        problem = self._problem(words)
        self.show_message(problem)
        if problem is not None and self.language_codes:
            return
        value = self.ctx.get(self.path)
        if isinstance(value, list) and [str(v) for v in value] == words:
            return
        if not words and not self.language_codes:
            if self.ctx.doc.has(self.path):
                self.push_failed(self.ctx.push(RemoveKey(self.path)))
            return
        self.push_failed(self.ctx.push(SetValue(self.path, _flow(words))))


class ModesField(Field):
    """Practice and assessment, as two check boxes (no ``modes``: both)."""

    def __init__(
        self, ctx: FormContext, path: DocPath, caption: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, path, caption, inline=True, parent=parent)
        labels = {"practice": self.tr("Practice"), "assessment": self.tr("Assessment")}
        self.boxes: dict[str, QCheckBox] = {}
        for mode in MODES:
            box = QCheckBox(labels[mode])
            box.setToolTip(mode)
            box.setAccessibleName(f"{caption}: {labels[mode]}")
            box.toggled.connect(self._toggled)
            self.body.addWidget(box)
            self.boxes[mode] = box
        self.body.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        value = self.ctx.get(self.path)
        chosen = [str(v) for v in value] if isinstance(value, list) else list(MODES)
        for mode, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(mode in chosen)
            box.blockSignals(False)

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.boxes["practice"]

    def set_editable(self, editable: bool) -> None:
        for box in self.boxes.values():
            box.setEnabled(editable)

    def _toggled(self) -> None:
        chosen = [mode for mode, box in self.boxes.items() if box.isChecked()]
        if not chosen:
            self.show_message(self.tr("A scenario is played in at least one mode."))
            self.refresh()
            return
        self.show_message(None)
        self.push_failed(self.ctx.push(SetValue(self.path, _flow(chosen))))


def build_metadata(ctx: FormContext) -> Form:
    form = Form(ctx, (), QCoreApplication.translate("EditorForms", "Scenario"))
    form.add(
        EnumField(
            ctx,
            ("format",),
            QCoreApplication.translate("EditorForms", "Format"),
            [(1, "1"), (1.1, "1.1")],
        )
    )
    form.add(
        IdField(
            ctx,
            ("id",),
            QCoreApplication.translate("EditorForms", "Id"),
            pattern=SCENARIO_ID_RE,
            taken=list,
            rename=None,
            note=QCoreApplication.translate(
                "EditorForms", "The id names the folder: rename the scenario from the library."
            ),
        )
    )
    form.add(
        IntField(
            ctx,
            ("version",),
            QCoreApplication.translate("EditorForms", "Version"),
            low=1,
            high=MAX_VERSION,
            default=1,
        )
    )
    form.add(
        WordListField(
            ctx,
            ("languages",),
            QCoreApplication.translate("EditorForms", "Languages (the first is the default)"),
            language_codes=True,
        )
    )
    form.add(
        TextField(
            ctx,
            ("title",),
            QCoreApplication.translate("EditorForms", "Title"),
            multiline=False,
            required=True,
        )
    )
    form.add(TextField(ctx, ("summary",), QCoreApplication.translate("EditorForms", "Summary")))
    form.add(WordListField(ctx, ("tags",), QCoreApplication.translate("EditorForms", "Tags")))
    form.add(
        IntField(
            ctx,
            ("minutes",),
            QCoreApplication.translate("EditorForms", "Length"),
            low=1,
            high=MAX_MINUTES,
            default=10,
            optional=True,
            suffix=QCoreApplication.translate("EditorForms", " min"),
        )
    )
    form.add(ModesField(ctx, ("modes",), QCoreApplication.translate("EditorForms", "Modes")))
    form.add(
        EnumField(
            ctx,
            ("start",),
            QCoreApplication.translate("EditorForms", "Start node"),
            node_options(ctx),
        )
    )
    form.finish()
    return form
