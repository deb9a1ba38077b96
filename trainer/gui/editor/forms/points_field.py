"""Points per competency (``score``) or changes of variables (``effects``): id → number."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)
from ruamel.yaml.comments import CommentedMap

from trainer.authoring.commands import InsertKey, RemoveKey, SetValue
from trainer.authoring.document import DocPath
from trainer.gui.editor.forms.base import Field
from trainer.gui.editor.forms.context import FormContext


class PointsField(Field):
    """The map at ``path`` from a declared id (``choices()``) to a whole number."""

    def __init__(
        self,
        ctx: FormContext,
        path: DocPath,
        caption: str,
        *,
        choices: Callable[[], list[str]],
        limit: int,
        unknown: str,
        empty: str = "",
        name_of: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``empty``: said when there is nothing to add (none declared yet);
        ``name_of``: how an id reads (a competency's name), else the id itself."""
        super().__init__(ctx, path, caption, parent=parent)
        self.choices = choices
        self.name_of = name_of or (lambda key: key)
        self.unknown = unknown
        self.spins: dict[str, QSpinBox] = {}
        self.removers: list[QToolButton] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        value = ctx.get(self.path)
        keys = [str(k) for k in value] if isinstance(value, dict) else []
        for row, key in enumerate(keys):
            name = QLabel(self.name_of(key))
            name.setToolTip(key)
            spin = QSpinBox()
            spin.setRange(-limit, limit)
            spin.setAccessibleName(f"{caption}: {self.name_of(key)}")
            name.setBuddy(spin)
            spin.valueChanged.connect(lambda number, k=key: self._set(k, number))
            remove = QToolButton()
            remove.setText(self.tr("Remove"))
            remove.setAccessibleName(self.tr("Remove %1").replace("%1", key))
            remove.clicked.connect(lambda _=False, k=key: self._remove(k))
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(remove, row, 2)
            self.spins[key] = spin
            self.removers.append(remove)
        grid.setColumnStretch(3, 1)
        self.body.addLayout(grid)
        add_row = QHBoxLayout()
        self.add_combo = QComboBox()
        self.add_combo.setAccessibleName(self.tr("%1: add").replace("%1", caption))
        for key in choices():
            if key not in self.spins:
                self.add_combo.addItem(self.name_of(key), key)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("%1: add").replace("%1", caption))
        self.add_button.clicked.connect(self._add)
        add_row.addWidget(self.add_combo)
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.body.addLayout(add_row)
        self.add_combo.setVisible(self.add_combo.count() > 0)
        self.add_button.setVisible(self.add_combo.count() > 0)
        if not self.spins and self.add_combo.count() == 0:
            self.show_hint(empty)  # a heading with nothing under it says why
        self.refresh()

    def refresh(self) -> None:
        value = self.ctx.get(self.path)
        known = set(self.choices())
        wrong = []
        for key, spin in self.spins.items():
            number = value.get(key) if isinstance(value, dict) else None
            if isinstance(number, int) and spin.value() != number:
                spin.blockSignals(True)
                spin.setValue(number)
                spin.blockSignals(False)
            if key not in known:
                wrong.append(key)
        self.show_message(self.unknown.replace("%1", ", ".join(wrong)) if wrong else None)

    def widget_for(self, path: DocPath) -> QWidget | None:
        rest = path[len(self.path) :]
        if rest and str(rest[0]) in self.spins:
            return self.spins[str(rest[0])]
        return next(iter(self.spins.values()), self.add_combo)

    def set_editable(self, editable: bool) -> None:
        for spin in self.spins.values():
            spin.setReadOnly(not editable)
            spin.setButtonSymbols(
                QAbstractSpinBox.ButtonSymbols.UpDownArrows
                if editable
                else QAbstractSpinBox.ButtonSymbols.NoButtons
            )
        for button in self.removers:
            button.setVisible(editable)
        has_more = self.add_combo.count() > 0
        self.add_combo.setVisible(editable and has_more)
        self.add_button.setVisible(editable and has_more)

    def _set(self, key: str, number: int) -> None:
        self.push_failed(self.ctx.push(SetValue((*self.path, key), number)))

    def _remove(self, key: str) -> None:
        self.push_failed(self.ctx.push(RemoveKey((*self.path, key))))

    def _add(self) -> None:
        key = self.add_combo.currentData()
        if not key:
            return
        value = self.ctx.get(self.path)
        if isinstance(value, dict):
            command: InsertKey | SetValue = InsertKey(self.path, key, 1)
        else:
            mapping = CommentedMap()
            mapping[key] = 1
            mapping.fa.set_flow_style()
            command = SetValue(self.path, mapping)
        self.push_failed(self.ctx.push(command))
