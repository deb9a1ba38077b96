"""Set up this laptop for an instructor: the first instructor's name and password.

Offered only while the laptop has no instructor (the Profile menu, on the profile
screen); after that only an instructor creates another one (`trainer profile create
NAME --trainer --by INSTRUCTOR`), so no one at the keyboard can make themselves one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.errors import TrainerError
from trainer.gui.profiles.address import (
    AddressCombo,
    address_caption,
    address_changeable,
    address_explanation,
)
from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.named import named
from trainer.services.profiles import ProfileService
from trainer.services.records import ProfileRecord
from trainer.services.secrets import MIN_PASSWORD_CHARS

WIDTH_EM = 80  # the dialog's width in average characters: grows with the text size


class InstructorSetupDialog(QDialog):
    """Name, password and the password again; the profile is made on OK."""

    def __init__(self, profiles: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.profiles = profiles
        self.created: ProfileRecord | None = None
        self.setWindowTitle(self.tr("Set up this laptop for an instructor"))
        layout = self._layout = QVBoxLayout(self)
        title = heading(1.35)
        title.setText(self.tr("Set up this laptop for an instructor"))
        intro = named(QLabel(), "muted")
        intro.setWordWrap(True)
        intro.setText(
            self.tr(
                "The first instructor is set up once per laptop. An instructor unlocks "
                "profiles and sees everyone's results; other instructors can only be added "
                "by an instructor. Officers do not need this: they create their own profile."
            )
        )
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(80)
        self.password_edit = QLineEdit()
        self.again_edit = QLineEdit()
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(256)
        captions = (
            (self.tr("Instructor's &name"), self.name_edit),
            (self.tr("&Password"), self.password_edit),
            (self.tr("Password &again"), self.again_edit),
        )
        for caption, edit in captions:
            label = QLabel(caption)
            label.setBuddy(edit)
            edit.setAccessibleName(caption.replace("&", ""))
            form.addRow(label, edit)
        # An instructor plays scenarios too: asked as for any profile, both forms preselected.
        self.address_combo = AddressCombo()
        address_label = QLabel(address_caption())
        address_label.setBuddy(self.address_combo)
        form.addRow(address_label, self.address_combo)
        address_hint = named(QLabel(), "muted")
        address_hint.setWordWrap(True)
        address_hint.setTextFormat(Qt.TextFormat.PlainText)
        address_hint.setText(address_explanation() + " " + address_changeable())
        hint = named(QLabel(), "muted")
        hint.setWordWrap(True)
        hint.setText(
            self.tr(
                "At least %1 characters. Keep it to yourself: officers use this laptop too."
            ).replace("%1", str(MIN_PASSWORD_CHARS))
        )
        self.error = named(QLabel(), "notice")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Set up"))
        self.buttons.accepted.connect(self._set_up)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(address_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name_edit.setFocus()
        self._fit()

    def _fit(self) -> None:
        """As tall as its wrapped texts need at its width (also once a message shows)."""
        width = max(WIDTH_EM * self.fontMetrics().averageCharWidth(), 560)
        height = self._layout.totalHeightForWidth(width)
        self.setMinimumSize(width, height)
        self.resize(width, height)

    def _set_up(self) -> None:
        name = self.name_edit.text().strip()
        password = self.password_edit.text()
        if not name:
            self._refuse(self.tr("Enter the instructor's name."), self.name_edit)
            return
        if password != self.again_edit.text():
            self._refuse(self.tr("The two passwords differ."), self.again_edit)
            return
        try:
            self.created = self.profiles.set_up_first_trainer(
                name, password, address=self.address_combo.address()
            )
        except TrainerError as exc:
            from trainer.gui.messages import describe

            self._refuse(describe(exc), self.password_edit)
            return
        self.accept()

    def _refuse(self, message: str, field: QLineEdit) -> None:
        self.error.setText(message)
        self.error.show()
        self._fit()
        field.setFocus()
        field.selectAll()
