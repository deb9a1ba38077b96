"""A list of things in a form (choices, items, routes, alternatives, competencies…).

Each entry is an :class:`ItemFrame` with its own fields and buttons to move it up or
down and remove it; the section has a button to add one. Lists in the file are YAML
sequences (InsertItem, RemoveItem, MoveItem) or maps keyed by id (InsertKey,
RemoveKey, MoveKey; a new entry's id is typed next to the Add button).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from trainer.authoring.commands import (
    InsertItem,
    InsertKey,
    MoveItem,
    MoveKey,
    RemoveItem,
    RemoveKey,
    SetValue,
)
from trainer.authoring.document import DocPath
from trainer.domain.conditions import RESERVED_WORDS
from trainer.domain.ids import NAME_RE
from trainer.gui.editor.forms.base import Field, bold
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.id_field import id_rule
from trainer.gui.widgets.heading import heading

#: Widgets that edit a value (what "focus this entry" focuses first).
EDITOR_TYPES = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QCheckBox)
#: Builds an entry's fields into its frame: (frame, path of the entry, index).
BuildItem = Callable[["ItemFrame", DocPath, int], None]


class ItemFrame(Field):
    """One entry of a list: a card with a title line, its fields, and its buttons."""

    def __init__(self, ctx: FormContext, path: DocPath, caption: str, section: ListSection) -> None:
        super().__init__(ctx, path, caption)
        self.section = section
        self.label.hide()
        self.card = QFrame()
        self.card.setObjectName("card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(12, 8, 12, 10)
        top = QHBoxLayout()
        self.title = bold(QLabel(caption))
        # The format's name of the entry: choices[1], or the key of a map entry.
        where = f"{path[-2]}[{path[-1]}]" if isinstance(path[-1], int) else str(path[-1])
        self.title.setToolTip(where)
        top.addWidget(self.title, 1)
        self.buttons: list[QToolButton] = []
        key = path[-1]
        for text, tip, slot in (
            (self.tr("Up"), self.tr("Move up"), lambda: section.move_entry(key, -1)),
            (self.tr("Down"), self.tr("Move down"), lambda: section.move_entry(key, +1)),
            (self.tr("Remove"), self.tr("Remove this entry"), lambda: section.remove_entry(key)),
        ):
            button = QToolButton()
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(f"{tip}: {caption}")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.clicked.connect(slot)
            top.addWidget(button)
            self.buttons.append(button)
        inner.addLayout(top)
        self.fields = QVBoxLayout()
        self.fields.setSpacing(6)
        inner.addLayout(self.fields)
        self.body.addWidget(self.card)

    def refresh(self) -> None:
        self.title.setText(self.section.caption_for(self.path))
        index, count = self.section.position_of(self.path[-1])
        self.buttons[0].setEnabled(index > 0)
        self.buttons[1].setEnabled(index < count - 1)

    def widget_for(self, path: DocPath) -> QWidget | None:
        for child in self.card.findChildren(QWidget):  # depth first: the first field
            if isinstance(child, EDITOR_TYPES) and not child.isHidden():
                return child
        return self.buttons[0]

    def set_editable(self, editable: bool) -> None:
        for button in self.buttons:
            button.setVisible(editable)


class ListSection(Field):
    """The list (or id-keyed map) at ``path`` as a column of cards with Add/Up/Down/Remove."""

    def __init__(
        self,
        ctx: FormContext,
        path: DocPath,
        caption: str,
        *,
        build: BuildItem,
        item_caption: Callable[[DocPath, Any], str],
        new_item: Callable[[], Any] | None = None,
        new_entry: Callable[[str], Any] | None = None,
        key_pattern: re.Pattern[str] | None = None,
        add_text: str,
        min_items: int = 0,
        keep_last: bool = False,
        show_heading: bool = True,
    ) -> None:
        super().__init__(ctx, path, caption)
        self.label.hide()
        self.build = build
        self.item_caption = item_caption
        self.new_item = new_item
        self.new_entry = new_entry
        self.key_pattern = key_pattern
        self.min_items = min_items
        self.keep_last = keep_last
        title = heading(1.2)
        title.setText(caption)
        title.setToolTip(str(path[-1]))
        title.setVisible(show_heading)  # a form that is this list alone has the heading already
        self.body.addWidget(title)
        value = ctx.get(self.path)
        self.is_map = new_entry is not None
        keys: list[Any] = list(value) if self.is_map and isinstance(value, dict) else []
        if not self.is_map and isinstance(value, list):
            keys = list(range(len(value)))
        self.frames: list[ItemFrame] = []
        for index, key in enumerate(keys):
            item_path = (*self.path, key)
            frame = ItemFrame(ctx, item_path, self.caption_for(item_path), self)
            build(frame, item_path, index)
            frame.refresh()
            self.body.addWidget(frame)
            self.frames.append(frame)
        add_row = QHBoxLayout()
        self.new_key: QLineEdit | None = None
        if self.is_map:
            self.new_key = QLineEdit()
            self.new_key.setPlaceholderText(self.tr("new id"))
            self.new_key.setAccessibleName(f"{add_text}: {self.tr('new id')}")
            self.new_key.returnPressed.connect(self.add)
            add_row.addWidget(self.new_key)
        self.add_button = QPushButton(add_text)
        self.add_button.setAccessibleName(add_text)
        self.add_button.clicked.connect(self.add)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.body.addLayout(add_row)

    def caption_for(self, path: DocPath) -> str:
        return self.item_caption(path, self.ctx.get(path))

    def position_of(self, key: Any) -> tuple[int, int]:
        """Where the entry ``key`` is, and how many entries there are."""
        value = self.ctx.get(self.path)
        keys = list(value) if isinstance(value, dict) else list(range(len(value or [])))
        return (keys.index(key) if key in keys else 0), len(keys)

    def count(self) -> int:
        value = self.ctx.get(self.path)
        return len(value) if isinstance(value, list | dict) else 0

    def set_editable(self, editable: bool) -> None:
        self.add_button.setVisible(editable)
        if self.new_key is not None:
            self.new_key.setVisible(editable)

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.new_key or self.add_button

    # --- edits ----------------------------------------------------------------------

    def add(self) -> None:
        value = self.ctx.get(self.path)
        if self.is_map:
            assert self.new_key is not None and self.new_entry is not None
            key = self.new_key.text().strip()
            if self.key_pattern is not None and not self.key_pattern.fullmatch(key):
                self.show_message(
                    self.tr("“%1” is not a valid id: %2")
                    .replace("%1", key)
                    .replace("%2", id_rule(self.key_pattern))
                )
                return
            if key in RESERVED_WORDS and self.key_pattern is NAME_RE:
                self.show_message(
                    self.tr("“%1” is a reserved word of conditions.").replace("%1", key)
                )
                return
            if isinstance(value, dict) and key in value:
                self.show_message(self.tr("“%1” is already used.").replace("%1", key))
                return
            entry = self.new_entry(key)
            if isinstance(value, dict):
                command: Any = InsertKey(self.path, key, entry)
            else:
                command = InsertKey(
                    self.path[:-1], str(self.path[-1]), CommentedMap({key: entry}), self._place()
                )
        else:
            assert self.new_item is not None
            item = self.new_item()
            if isinstance(value, list):
                index = len(value) - 1 if self.keep_last and value else len(value)
                command = InsertItem(self.path, index, item)
            else:
                command = SetValue(self.path, CommentedSeq([item]))
        if not self.push_failed(self.ctx.push(command)):
            self.show_message(None)

    def _place(self) -> int | None:
        """Where a new top-level map goes: before ``start`` and ``nodes``, as the format lists."""
        parent = self.ctx.get(self.path[:-1])
        if not isinstance(parent, dict):
            return None
        keys = list(parent)
        later = [keys.index(k) for k in ("start", "nodes") if k in keys]
        return min(later) if later else None

    def remove_entry(self, key: Any) -> None:
        if self.count() <= self.min_items:
            self.show_message(self.tr("At least one entry must stay here."))
            return
        if self.is_map:
            command: Any = RemoveKey((*self.path, key))
        else:
            command = RemoveItem(self.path, int(key))
        self.push_failed(self.ctx.push(command))

    def move_entry(self, key: Any, step: int) -> None:
        value = self.ctx.get(self.path)
        keys = list(value) if self.is_map else list(range(len(value)))
        index = keys.index(key)
        target = index + step
        if not 0 <= target < len(keys):
            return
        if self.is_map:
            command: Any = MoveKey(self.path, str(key), target)
        else:
            command = MoveItem(self.path, index, target)
        self.push_failed(self.ctx.push(command))
