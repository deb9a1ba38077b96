"""Start screen: choose or create a profile, sign in with a PIN, pick the UI language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.address import Address
from trainer.domain.errors import TrainerError
from trainer.gui.context import GuiContext
from trainer.gui.profiles.address import (
    AddressCombo,
    address_caption,
    address_changeable,
    address_explanation,
)
from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.named import named
from trainer.gui.widgets.tooltips import plain_tooltip
from trainer.services.records import ProfileRecord

ROLE_ID = Qt.ItemDataRole.UserRole
#: The width, in characters, a name or PIN field keeps beside its caption.
FIELD_CHARACTERS = 16


class _Field(QLineEdit):
    """A name or PIN field that keeps room for what is typed (a caption goes above it
    rather than squeezing it: see ``WrapLongRows`` below)."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(max(hint.width(), self.fontMetrics().averageCharWidth() * FIELD_CHARACTERS))
        return hint


class _Caption(QLabel):
    """A form caption as wide as the widest of its ``peers``: every row of the form
    wraps its caption above the field, or none does, and the form reads as one."""

    def __init__(self, peers: list[QLabel]) -> None:
        super().__init__()
        self._peers = peers
        peers.append(self)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(max(QLabel.sizeHint(peer).width() for peer in self._peers))
        return hint


class ProfilePage(QWidget):
    """Lists profiles by name only (no scores: the screen is shared by everyone)."""

    signed_in = Signal(object)  # ProfileRecord
    language_change_requested = Signal(str)

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        # Minutes of the inactivity sign-out the notice tells of, while it is shown.
        self._idle_minutes: int | None = None
        self._build()
        self.retranslate()

    def _build(self) -> None:
        # At 200% text in the smallest window the page is taller than the window: it
        # scrolls rather than squeezing the PIN rules and the buttons out of sight.
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        # No tab stop of its own: it follows the focus from field to field (and the
        # list, the first stop, is at the top).
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroller)
        body = named(QWidget(), "page")
        outer = QVBoxLayout(body)
        outer.setContentsMargins(40, 30, 40, 30)
        self.title = heading(1.6)
        self.title.setWordWrap(False)
        self.intro = named(QLabel(), "muted")
        self.intro.setWordWrap(True)
        self.notice = named(QLabel(), "notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.title)
        outer.addWidget(self.intro)
        outer.addWidget(self.notice)

        row = QHBoxLayout()
        outer.addLayout(row, 1)

        choose = named(QFrame(), "card")
        choose_layout = QVBoxLayout(choose)
        self.choose_label = QLabel()
        self.profiles = QListWidget()
        self.profiles.itemActivated.connect(lambda _item: self._sign_in())
        self.profiles.currentItemChanged.connect(lambda _cur, _prev: self._update_buttons())
        # On the first start there is nobody to choose: say so where the names would be.
        self.no_profiles = named(QLabel(), "muted")
        self.no_profiles.setWordWrap(True)
        self.no_profiles.hide()
        self.sign_in_button = named(QPushButton(), "primary")
        self.sign_in_button.clicked.connect(self._sign_in)
        choose_layout.addWidget(self.choose_label)
        choose_layout.addWidget(self.no_profiles, 1, Qt.AlignmentFlag.AlignTop)
        choose_layout.addWidget(self.profiles, 1)
        choose_layout.addWidget(self.sign_in_button)
        row.addWidget(choose, 3)

        create = named(QFrame(), "card")
        create_layout = QVBoxLayout(create)
        self.create_label = QLabel()
        form = QFormLayout()
        # A caption goes above its field when the card is too narrow for both on one
        # line (200% text in a small window): never a caption or a field cut short.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.name_edit = _Field()
        self.name_edit.setMaxLength(80)
        self.pin_edit = _Field()
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(32)
        captions: list[QLabel] = []
        self.name_caption = _Caption(captions)
        self.pin_caption = _Caption(captions)
        self.name_caption.setBuddy(self.name_edit)
        self.pin_caption.setBuddy(self.pin_edit)
        form.addRow(self.name_caption, self.name_edit)
        form.addRow(self.pin_caption, self.pin_edit)
        self.pin_hint = named(QLabel(), "muted")
        self.pin_hint.setWordWrap(True)
        # How Polish scenarios address the officer: asked here, both forms preselected.
        address_form = QFormLayout()
        address_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.address_combo = AddressCombo()
        self.address_caption = _Caption(captions)
        self.address_caption.setBuddy(self.address_combo)
        address_form.addRow(self.address_caption, self.address_combo)
        self.address_hint = named(QLabel(), "muted")
        self.address_hint.setWordWrap(True)
        self.address_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self._create)
        self.name_edit.returnPressed.connect(self._create)
        self.pin_edit.returnPressed.connect(self._create)
        self.address_combo.submitted.connect(self._create)
        self.name_edit.textChanged.connect(lambda _text: self._update_buttons())
        create_layout.addWidget(self.create_label)
        create_layout.addLayout(form)
        create_layout.addWidget(self.pin_hint)
        create_layout.addLayout(address_form)
        create_layout.addWidget(self.address_hint)
        create_layout.addStretch(1)
        create_layout.addWidget(self.create_button)
        row.addWidget(create, 2)

        bottom = QHBoxLayout()
        self.language_caption = QLabel()
        self.language = QComboBox()
        self.language.addItem("Polski", "pl")
        self.language.addItem("English", "en")
        self.language_caption.setBuddy(self.language)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.context.settings.language))
        )
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_change_requested.emit(self.language.currentData())
        )
        bottom.addWidget(self.language_caption)
        bottom.addWidget(self.language)
        bottom.addStretch(1)
        outer.addLayout(bottom)
        scroller.setWidget(body)

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.title.setText(self.tr("Case-scenario trainer"))
        if self.profiles.count():
            self.intro.setText(
                self.tr(
                    "Practise real interventions: hate crime, victims' needs, communities and "
                    "the law. Choose your profile to continue, or create a new one. A pseudonym "
                    "is fine."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "Practise real interventions: hate crime, victims' needs, communities and "
                    "the law. Create your profile to begin: type a name or pseudonym under "
                    "“New profile”, add a PIN if you want one, and press “Create profile”."
                )
            )
        self.no_profiles.setText(
            self.tr("No profiles on this computer yet. Create yours under “New profile”.")
        )
        self.choose_label.setText(self.tr("Who is training?"))
        self.sign_in_button.setText(self.tr("Continue"))
        self.create_label.setText(self.tr("New profile"))
        self.name_caption.setText(self.tr("N&ame or pseudonym"))
        self.pin_caption.setText(self.tr("&PIN (optional)"))
        self.pin_hint.setText(
            self.tr(
                "A PIN keeps others on this laptop out of your results. It needs at least 6 "
                "digits, and cannot be one digit repeated (111111), a run (123456, 987654) or "
                "a short group repeated (121212). After 5 wrong tries the profile locks for "
                "a while."
            )
        )
        self.address_caption.setText(address_caption())
        self.address_hint.setText(address_explanation() + " " + address_changeable())
        self.address_combo.retranslate()
        self.create_button.setText(self.tr("Create profile"))
        self.language_caption.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language of the program"))
        self.name_edit.setAccessibleName(self.tr("Name or pseudonym"))
        self.pin_edit.setAccessibleName(self.tr("PIN (optional)"))
        self.language.blockSignals(True)  # follow a change made from the menu
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.context.settings.language))
        )
        self.language.blockSignals(False)
        self.profiles.setAccessibleName(self.tr("Profiles"))
        if self._idle_minutes is not None:
            self.notice.setText(
                self.tr(
                    "The previous user was signed out after %1 min without activity. "
                    "Their answers are saved: they can sign in and go on where they were."
                ).replace("%1", str(self._idle_minutes))
            )

    def show_idle_notice(self, minutes: int) -> None:
        """Say why the profile screen is back: an officer was signed out for inactivity."""
        self._idle_minutes = minutes
        self.retranslate()
        self.notice.show()

    def clear_notice(self) -> None:
        """No notice (someone signed in, or out by hand)."""
        self._idle_minutes = None
        self.notice.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _secret_mark(self, profile: ProfileRecord) -> str:
        """What signing in asks: an instructor's password, an officer's PIN, or nothing."""
        if not profile.secret_hash:
            return ""
        if profile.role == "trainer":
            return "  (" + self.tr("password") + ")"
        return "  (PIN)"

    def refresh(self) -> None:
        """Reload the profile list (names only)."""
        self.profiles.clear()
        for profile in self.context.list_profiles():
            item = QListWidgetItem(profile.display_name + self._secret_mark(profile))
            item.setData(ROLE_ID, profile)
            self.profiles.addItem(item)
        if self.profiles.count():
            self.profiles.setCurrentRow(0)
            self.profiles.setFocus()
        else:
            self.name_edit.setFocus()
        self.profiles.setVisible(self.profiles.count() > 0)
        self.no_profiles.setVisible(self.profiles.count() == 0)
        self._update_buttons()
        self.retranslate()  # the introduction says what to do first

    def _update_buttons(self) -> None:
        """Continue needs a profile chosen, Create a name typed."""
        self.sign_in_button.setEnabled(self.profiles.currentItem() is not None)
        self.create_button.setEnabled(bool(self.name_edit.text().strip()))

    def _sign_in(self) -> None:
        item = self.profiles.currentItem()
        if item is None:
            return
        profile: ProfileRecord = item.data(ROLE_ID)
        secret: str | None = None
        if profile.secret_hash is not None:
            from PySide6.QtWidgets import QInputDialog

            secret, ok = QInputDialog.getText(
                self,
                self.tr("PIN"),
                # The dialog's label reads rich text like a tooltip does: the name escaped.
                plain_tooltip(
                    self.tr("PIN or password for %1:").replace("%1", profile.display_name)
                ),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                return
        if profile.secret_hash is None and not self.context.services_ready:
            # Nothing to check, and nothing can have changed while the store opens.
            self.signed_in.emit(profile)
            return
        try:
            signed = self.context.services.profiles.sign_in(profile, secret)
        except TrainerError as exc:
            from PySide6.QtWidgets import QMessageBox

            from trainer.gui.messages import describe
            from trainer.gui.widgets.safe_text import show_plain_message

            show_plain_message(
                self, QMessageBox.Icon.Warning, self.tr("Cannot sign in"), describe(exc)
            )
            return
        self.signed_in.emit(signed)

    def _create(self) -> None:
        name = self.name_edit.text().strip()
        pin = self.pin_edit.text().strip() or None
        if not name:
            self.name_edit.setFocus()
            return
        try:
            profile = self.context.services.profiles.create(
                name, secret=pin, address=self.address_combo.address()
            )
        except TrainerError as exc:
            from PySide6.QtWidgets import QMessageBox

            from trainer.gui.messages import describe
            from trainer.gui.widgets.safe_text import show_plain_message

            show_plain_message(
                self, QMessageBox.Icon.Warning, self.tr("Cannot create the profile"), describe(exc)
            )
            return
        self.name_edit.clear()
        self.pin_edit.clear()
        self.address_combo.set_address(Address.NONE)  # the next person chooses afresh
        self.refresh()
        self.signed_in.emit(profile)
