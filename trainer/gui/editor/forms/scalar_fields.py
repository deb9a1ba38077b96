"""Fields for one value: a number (spin box), a choice among fixed values (combo box),
yes/no (check box), and a reference to a node (combo box of the node ids)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QComboBox, QSpinBox, QWidget

from trainer.authoring.commands import RemoveKey, SetValue
from trainer.authoring.document import DocPath
from trainer.gui.editor.forms.base import Field
from trainer.gui.editor.forms.context import FormContext


class IntField(Field):
    """A whole number in ``[low, high]``; an optional one can be switched off (key removed)."""

    def __init__(
        self,
        ctx: FormContext,
        path: DocPath,
        caption: str,
        *,
        low: int,
        high: int,
        default: int,
        optional: bool = False,
        suffix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, path, caption, inline=True, parent=parent)
        self.default = default
        self.use: QCheckBox | None = None
        if optional:
            self.use = QCheckBox(self.tr("set"))
            self.use.setAccessibleName(self.tr("%1: set").replace("%1", caption))
            self.use.toggled.connect(self._toggled)
            self.body.addWidget(self.use)
        self.spin = QSpinBox()
        self.spin.setRange(low, high)
        self.spin.setSuffix(suffix)
        self.spin.setAccessibleName(caption)
        self.spin.setKeyboardTracking(True)
        self.spin.valueChanged.connect(self._changed)
        self.label.setBuddy(self.spin)
        self.body.addWidget(self.spin)
        self.body.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        value = self.ctx.get(self.path)
        present = self.ctx.doc.has(self.path)
        if self.use is not None:
            self.use.blockSignals(True)
            self.use.setChecked(present)
            self.use.blockSignals(False)
            self.spin.setEnabled(present)
        number = value if isinstance(value, int) and not isinstance(value, bool) else None
        if present and number is None:
            self.show_message(self.tr("Not a whole number: %1").replace("%1", str(value)))
        elif number is not None and not self.spin.minimum() <= number <= self.spin.maximum():
            self.show_message(
                self.tr("Out of range: %1 (allowed %2 to %3)")
                .replace("%1", str(number))
                .replace("%2", str(self.spin.minimum()))
                .replace("%3", str(self.spin.maximum()))
            )
        else:
            self.show_message(None)
        shown = self.default if number is None else number
        if self.spin.value() != shown:
            self.spin.blockSignals(True)
            self.spin.setValue(shown)
            self.spin.blockSignals(False)

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.spin if self.spin.isEnabled() or self.use is None else self.use

    def set_editable(self, editable: bool) -> None:
        self.spin.setReadOnly(not editable)
        self.spin.setButtonSymbols(
            QAbstractSpinBox.ButtonSymbols.UpDownArrows
            if editable
            else QAbstractSpinBox.ButtonSymbols.NoButtons
        )
        if self.use is not None:
            self.use.setEnabled(editable)

    def _changed(self, value: int) -> None:
        self.push_failed(self.ctx.push(SetValue(self.path, value)))

    def _toggled(self, on: bool) -> None:
        if on:
            failed = self.push_failed(self.ctx.push(SetValue(self.path, self.spin.value())))
        else:
            failed = self.push_failed(self.ctx.push(RemoveKey(self.path)))
        if failed:
            self.refresh()


class EnumField(Field):
    """One of fixed ``options`` ((value, label) pairs); optional ones offer "not set"."""

    def __init__(
        self,
        ctx: FormContext,
        path: DocPath,
        caption: str,
        options: Sequence[tuple[Any, str]] | Callable[[], Sequence[tuple[Any, str]]],
        *,
        unset: str | None = None,
        needs_11: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, path, caption, inline=True, parent=parent)
        self.needs_11 = needs_11  # a format-1.1 field (order)
        self.options = options
        self.unset = unset
        self._items: list[tuple[Any, str]] = []
        self.combo = QComboBox()
        self.combo.setAccessibleName(caption)
        self.combo.setMinimumContentsLength(12)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.combo.activated.connect(self._chosen)
        self.label.setBuddy(self.combo)
        self.body.addWidget(self.combo)
        self.body.addStretch(1)
        self.refresh()

    def _options(self) -> list[tuple[Any, str]]:
        options = self.options() if callable(self.options) else self.options
        return list(options)

    def refresh(self) -> None:
        present = self.ctx.doc.has(self.path)
        value = self.ctx.get(self.path)
        items: list[tuple[Any, str]] = []
        if self.unset is not None:
            items.append((None, self.unset))
        items.extend(self._options())
        known = [item[0] for item in items]
        if present and value not in known:
            items.append((value, self.tr("%1 (unknown)").replace("%1", str(value))))
            self.show_message(
                self.tr("“%1” is not one of the allowed values.").replace("%1", str(value))
            )
        else:
            self.show_message(None)
        self.combo.blockSignals(True)
        if items != self._items:  # compared in Python: a combo of 2,000 node ids is slow to read
            self.combo.clear()
            for data, label in items:
                self.combo.addItem(label, data)
            self._items = items
        wanted = value if present else None
        index = next((i for i, (data, _label) in enumerate(items) if data == wanted), -1)
        if index >= 0 and index != self.combo.currentIndex():
            self.combo.setCurrentIndex(index)
        self.combo.blockSignals(False)

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.combo

    def set_editable(self, editable: bool) -> None:
        self.combo.setEnabled(editable)

    def _chosen(self, index: int) -> None:
        value = self.combo.itemData(index)
        if value is None:
            if self.ctx.doc.has(self.path):
                self.push_failed(self.ctx.push(RemoveKey(self.path)))
        elif value != self.ctx.get(self.path):
            command = SetValue(self.path, value)
            self.push_failed(self.ctx.push(command, needs_11=self.needs_11))


class BoolField(Field):
    """Yes or no, as a check box whose text is the caption."""

    def __init__(
        self, ctx: FormContext, path: DocPath, caption: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, path, caption, inline=True, parent=parent)
        self.label.hide()
        self.box = QCheckBox(caption)
        self.box.setToolTip(str(path[-1]))
        self.box.setAccessibleName(caption)
        self.box.toggled.connect(self._toggled)
        self.body.addWidget(self.box)
        self.body.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(self.ctx.get(self.path)))
        self.box.blockSignals(False)

    def widget_for(self, path: DocPath) -> QWidget | None:
        return self.box

    def set_editable(self, editable: bool) -> None:
        self.box.setEnabled(editable)

    def _toggled(self, on: bool) -> None:
        if self.push_failed(self.ctx.push(SetValue(self.path, on))):
            self.refresh()


def node_options(ctx: FormContext) -> Callable[[], list[tuple[Any, str]]]:
    """The node ids as combo options, read from the document each time."""
    return lambda: [(node_id, node_id) for node_id in ctx.keys("nodes")]
