"""The form of address: how Polish scenarios speak to the officer (zrobiłeś / zrobiłaś).

Chosen when a profile is created (:class:`AddressCombo` on the profile screen and in
the instructor set-up) and changed later from the Profile menu (:class:`AddressDialog`).
Nothing is assumed: a new profile starts with both forms until the officer chooses.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.address import Address
from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.named import named

WIDTH_EM = 72  # the dialog's width in average characters: grows with the text size
# The order the forms are offered in: both forms first, the choice that assumes nothing.
CHOICES = (Address.NONE, Address.MASCULINE, Address.FEMININE)


def address_option(address: Address) -> str:
    """The form's name with an example, as a radio button shows it (with its mnemonic)."""
    if address is Address.MASCULINE:
        return QCoreApplication.translate("AddressChoice", "&masculine (zrobiłeś)")
    if address is Address.FEMININE:
        return QCoreApplication.translate("AddressChoice", "f&eminine (zrobiłaś)")
    return QCoreApplication.translate("AddressChoice", "&both forms (zrobiłeś/zrobiłaś)")


def address_caption() -> str:
    """The field's caption (with its mnemonic)."""
    return QCoreApplication.translate("AddressChoice", "Form of a&ddress")


def address_explanation() -> str:
    """Why the choice is asked for, in words an officer reads once."""
    return QCoreApplication.translate(
        "AddressChoice",
        "Polish scenarios speak to you in the second person, and the verb then differs for "
        "a man and a woman: “zrobiłeś” or “zrobiłaś”. Choose the form you want to read; "
        "“both forms” shows them side by side.",
    )


def address_changeable() -> str:
    """Where the form is changed later (said where a profile is created)."""
    return QCoreApplication.translate(
        "AddressChoice", "You can change it later: Profile menu, “Form of address…”."
    )


class AddressCombo(QComboBox):
    """The three forms, both forms preselected; follows the UI language."""

    # Enter pressed on the closed list (a form uses it like Enter in a text field).
    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for address in CHOICES:
            self.addItem("", address.value)
        self.setCurrentIndex(0)
        self.retranslate()

    def retranslate(self) -> None:
        """The forms' names in the current UI language."""
        for index, address in enumerate(CHOICES):
            self.setItemText(index, address_option(address).replace("&", ""))
        self.setAccessibleName(address_caption().replace("&", ""))

    def address(self) -> Address:
        """The form chosen."""
        return Address(self.currentData())

    def set_address(self, address: Address) -> None:
        """Show ``address`` as chosen."""
        self.setCurrentIndex(max(0, self.findData(address.value)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.view().isVisible():
            self.submitted.emit()
        super().keyPressEvent(event)  # ignored there: a dialog's default button still takes it

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class AddressDialog(QDialog):
    """Change the signed-in officer's form of address (the caller stores it on accept)."""

    def __init__(self, current: Address, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Form of address"))
        layout = self._layout = QVBoxLayout(self)
        title = heading(1.35)
        title.setText(self.tr("Form of address"))
        intro = named(QLabel(address_explanation()), "muted")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.group = QButtonGroup(self)
        self.buttons_by_address: dict[Address, QRadioButton] = {}
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(6)
        for address in CHOICES:
            button = QRadioButton(address_option(address))
            self.group.addButton(button)
            self.buttons_by_address[address] = button
            layout.addWidget(button)
        self.buttons_by_address[current].setChecked(True)
        note = named(QLabel(), "muted")
        note.setWordWrap(True)
        note.setTextFormat(Qt.TextFormat.PlainText)
        note.setText(
            self.tr(
                "Attempts already started (the one in progress too) and their replays keep "
                "the form they were started with. The new form applies from your next attempt."
            )
        )
        self.note = note
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addSpacing(6)
        layout.addWidget(note)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)
        self.buttons_by_address[current].setFocus()
        self._fit()

    def chosen(self) -> Address:
        """The form checked now."""
        for address, button in self.buttons_by_address.items():
            if button.isChecked():
                return address
        return Address.NONE

    def _fit(self) -> None:
        """As tall as its wrapped texts need at its width."""
        width = max(WIDTH_EM * self.fontMetrics().averageCharWidth(), 520)
        height = self._layout.totalHeightForWidth(width)
        self.setMinimumSize(width, height)
        self.resize(width, height)
