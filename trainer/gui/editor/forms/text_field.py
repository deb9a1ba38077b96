"""A Text of the scenario: every language side by side, a missing translation said in words.

A Text is a plain string (the default language), a map language → string, or (for a
node's text and title, a choice's feedback, an ending's debrief) a list of
alternatives chosen by the path; the alternatives are edited by
:class:`~trainer.gui.editor.forms.alternatives.AlternativesEditor`.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QToolButton, QWidget
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from trainer.authoring.commands import SetValue
from trainer.authoring.document import DocPath
from trainer.domain.address import alternation_problem
from trainer.gui.editor.forms.alternatives import AlternativesEditor
from trainer.gui.editor.forms.base import WARNING_COLOUR, Field, bold, message_label
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.editors import GrowingTextEdit, show_line
from trainer.gui.editor.forms.parser_texts import address_problem_text

Editor = GrowingTextEdit | QLineEdit


def text_values(value: Any, default: str) -> dict[str, str]:
    """A Text's translations by language (a plain string is the default language's)."""
    if isinstance(value, str):
        return {default: value}
    if isinstance(value, dict):
        return {str(k): "" if v is None else str(v) for k, v in value.items()}
    return {}


class TextField(Field):
    """The Text at ``path`` in one column per language of the scenario."""

    def __init__(
        self,
        ctx: FormContext,
        path: DocPath,
        caption: str,
        *,
        multiline: bool = True,
        alternatives: bool = False,
        required: bool = False,
        needs_11: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, path, caption, parent=parent)
        self.required = required
        self.needs_11 = needs_11  # a format-1.1 field (image_alt)
        self.languages = ctx.languages()
        self.editors: dict[str, Editor] = {}
        self.missing: dict[str, QLabel] = {}
        self.problems: dict[str, QLabel] = {}  # a form of address that cannot be read
        self.alternatives_editor: QWidget | None = None
        self.vary_button: QToolButton | None = None
        if isinstance(ctx.get(self.path), list):
            self.label.hide()  # the alternatives' own heading names the field
            self.alternatives_editor = AlternativesEditor(
                ctx, self.path, caption, text_field=partial(TextField, required=True)
            )
            self.body.addWidget(self.alternatives_editor)
            return
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        for column, language in enumerate(self.languages):
            header = bold(QLabel(language.upper()))
            header.setToolTip(self.tr("Language: %1").replace("%1", language))
            editor: Editor = GrowingTextEdit() if multiline else QLineEdit()
            editor.setAccessibleName(f"{caption} ({language})")
            header.setBuddy(editor)
            if isinstance(editor, QLineEdit):
                editor.textEdited.connect(lambda text, lang=language: self._edited(lang, text))
            else:
                editor.textChanged.connect(
                    lambda lang=language, box=editor: self._edited(lang, box.toPlainText())
                )
            if isinstance(editor, GrowingTextEdit):
                editor.fitted.connect(self._level)
            missing = message_label(WARNING_COLOUR)
            grid.addWidget(header, 0, column)
            grid.addWidget(editor, 1, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(missing, 2, column)
            problem = message_label()
            grid.addWidget(problem, 3, column)
            self.problems[language] = problem
            grid.setColumnStretch(column, 1)
            self.editors[language] = editor
            self.missing[language] = missing
        self.body.addLayout(grid)
        if alternatives:
            self.vary_button = QToolButton()
            self.vary_button.setText(self.tr("Vary by path…"))
            self.vary_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.vary_button.setToolTip(
                self.tr("Different text depending on what the officer did before (format 1.1)")
            )
            self.vary_button.clicked.connect(self._make_alternatives)
            self.header.addWidget(self.vary_button)
        self.refresh()

    # --- Field ----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.alternatives_editor is not None:
            return  # its own fields refresh themselves
        values = text_values(self.ctx.get(self.path), self.languages[0])
        for language, editor in self.editors.items():
            text = values.get(language, "")
            if isinstance(editor, QLineEdit):
                show_line(editor, text)
            else:
                editor.show_text(text)
            editor.setPlaceholderText("" if self.required else self.tr("optional"))
            self._mark(language, text)

    def widget_for(self, path: DocPath) -> QWidget | None:
        if self.alternatives_editor is not None:
            return None
        rest = path[len(self.path) :]
        if rest and rest[0] in self.editors:
            return self.editors[str(rest[0])]
        return self.editors[self.languages[0]]

    def set_editable(self, editable: bool) -> None:
        for editor in self.editors.values():
            editor.setReadOnly(not editable)
        if self.vary_button is not None:
            self.vary_button.setVisible(editable)

    # --- editing --------------------------------------------------------------------

    def _level(self) -> None:
        """Give every language's box the height of the tallest, so they stand side by side."""
        boxes = [e for e in self.editors.values() if isinstance(e, GrowingTextEdit)]
        tallest = max((box.natural_height() for box in boxes), default=0)
        for box in boxes:
            if box.floor != tallest or box.height() != tallest:
                box.floor = tallest
                box.blockSignals(True)
                box.setFixedHeight(tallest)
                box.blockSignals(False)

    def _mark(self, language: str, text: str) -> None:
        self._check_forms(language, text)
        label = self.missing[language]
        # An optional Text nobody wrote (absent, or empty in every language, as a new
        # node's title) is not missing; one written in some language is.
        written = self.ctx.doc.has(self.path) and any(
            value.strip()
            for value in text_values(self.ctx.get(self.path), self.languages[0]).values()
        )
        absent = not written and not self.required
        if text.strip() or absent:
            label.hide()
            return
        default = self.languages[0]
        if language == default:
            label.setText(self.tr("⚠ Missing: no text in %1").replace("%1", language.upper()))
        else:
            label.setText(
                self.tr("⚠ Missing translation: %1 shows the %2 text")
                .replace("%1", language.upper())
                .replace("%2", default.upper())
            )
        label.show()

    def _check_forms(self, language: str, text: str) -> None:
        """Forms of address ``{masculine|feminine}`` (read only in format 1.1), as typed."""
        label = self.problems[language]
        problem = alternation_problem(text) if self.ctx.get(("format",)) == 1.1 else None
        if problem is None:
            label.hide()
            return
        label.setText(
            self.tr("Form of address, at character %1: %2")
            .replace("%1", str(problem.position + 1))
            .replace("%2", address_problem_text(problem))
        )
        label.show()

    def _edited(self, language: str, text: str) -> None:
        value = self.ctx.get(self.path)
        default = self.languages[0]
        if isinstance(value, dict):
            command = SetValue((*self.path, language), text)
        elif isinstance(value, str) and language == default:
            command = SetValue(self.path, text)
        else:
            # A plain string or no text yet: it becomes a map of the languages.
            values = text_values(value, default)
            values[language] = text
            mapping = CommentedMap()
            for code in [*self.languages, *values]:
                if code in values and code not in mapping:
                    mapping[code] = values[code]
            command = SetValue(self.path, mapping)
        self.push_failed(self.ctx.push(command, needs_11=self.needs_11))
        self._mark(language, text)

    def _make_alternatives(self) -> None:
        value = self.ctx.get(self.path)
        alternative = CommentedMap()
        alternative["text"] = value if value is not None else CommentedMap()
        command = SetValue(self.path, CommentedSeq([alternative]))
        self.push_failed(self.ctx.push(command, needs_11=True))
