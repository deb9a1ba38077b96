"""The training centres a station trusts, in the packs dialog: list, trust, forget.

Trusting a centre makes the packs it signs install as official and the results exports
encrypted to it (docs/keys.md), so it is the instructor's decision, confirmed with their
password, after comparing the key's fingerprint with the one the centre gave them by
another way (on paper, by phone): a key file on a stick could be anyone's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.errors import TrainerError
from trainer.exchange.centre_keys import CentreKeyError, CentrePublicKey, grouped, read_public_key
from trainer.gui.widgets.safe_text import plain_message_box, show_plain_message
from trainer.gui.widgets.tooltips import plain_tooltip

if TYPE_CHECKING:
    from trainer.exchange.trust_store import TrustStore
    from trainer.services.centre_trust import CentreTrustService
    from trainer.services.profiles import Operator


@dataclass
class CentresAccess:
    """What the panel needs: the trust store, the service that changes it, and a way to
    turn the signed-in instructor's password into an :class:`Operator`."""

    store: TrustStore
    service: CentreTrustService
    confirm: Callable[[str], Operator]  # password → the instructor, or TrainerError
    instructor: str  # the instructor's name, for the password prompt


class CentresPanel(QGroupBox):
    """Trusted centres: the list, "Trust a centre's key…" and "Forget"."""

    def __init__(
        self,
        access: CentresAccess,
        *,
        start_dir: Path,
        describe: Callable[[TrainerError], str],
        on_changed: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("ScenarioPacks", "Training centres this laptop trusts"),
            parent,
        )
        self.access = access
        self.start_dir = start_dir
        self.describe = describe
        self.on_changed = on_changed
        self.list = QListWidget()
        self.list.setMaximumHeight(96)
        self.list.setWordWrap(True)  # a fingerprint is read whole, never cut off
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.trust_button = QPushButton(
            QCoreApplication.translate("ScenarioPacks", "&Trust a centre's key…")
        )
        self.trust_button.clicked.connect(self.choose_and_trust)
        self.forget_button = QPushButton(QCoreApplication.translate("ScenarioPacks", "&Forget…"))
        self.forget_button.clicked.connect(self.forget_current)
        buttons = QVBoxLayout()
        buttons.addWidget(self.trust_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self._keys = self.access.store.centres()
        self.list.clear()
        if not self._keys:
            item = QListWidgetItem(
                QCoreApplication.translate(
                    "ScenarioPacks",
                    "None yet: every pack installs as unofficial, and results leave this"
                    " laptop unencrypted.",
                )
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(item)
        for key in self._keys:
            self.list.addItem(
                QCoreApplication.translate("ScenarioPacks", "%1\nfingerprint %2")
                .replace("%1", key.centre)
                .replace("%2", grouped(key.fingerprint))
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.forget_button.setEnabled(bool(self._keys) and self.list.currentRow() >= 0)

    def _title(self) -> str:
        return QCoreApplication.translate("ScenarioPacks", "Trusted training centres")

    def _password(self) -> str | None:
        password, ok = QInputDialog.getText(
            self,
            self._title(),
            plain_tooltip(
                QCoreApplication.translate("ScenarioPacks", "Your password, %1:").replace(
                    "%1", self.access.instructor
                )
            ),
            QLineEdit.EchoMode.Password,
        )
        return password if ok else None

    def choose_and_trust(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ScenarioPacks", "A training centre's public key"),
            str(self.start_dir),
            QCoreApplication.translate("ScenarioPacks", "Centre public keys (*.centre-pub.json)"),
        )
        if chosen:
            self.trust_file(Path(chosen))

    def trust_file(self, file: Path) -> None:
        """Read ``file``, show its fingerprint to compare, then trust it on the password."""
        self.start_dir = file.parent
        try:
            key = read_public_key(file)
        except CentreKeyError:
            show_plain_message(
                self,
                QMessageBox.Icon.Warning,
                self._title(),
                QCoreApplication.translate(
                    "ScenarioPacks",
                    "%1 is not a training centre's public key file, or it is damaged. Nothing"
                    " was changed.",
                ).replace("%1", file.name),
            )
            return
        if not self._confirm_fingerprint(key):
            return
        self._with_password(lambda operator: self.access.service.trust_key(key, by=operator))

    def _confirm_fingerprint(self, key: CentrePublicKey) -> bool:
        box = plain_message_box(
            self,
            QMessageBox.Icon.Question,
            self._title(),
            QCoreApplication.translate(
                "ScenarioPacks",
                "Trust the key of %1? Its fingerprint is:\n\n%2\n\nCompare it with the fingerprint"
                " the centre gave you on paper or by phone: a key file on a stick could be"
                " anyone's. Packs this key signs will install as official, and results"
                " exported here will be encrypted to the centre.",
            )
            .replace("%1", key.centre)
            .replace("%2", grouped(key.fingerprint)),
        )
        return self._ask(
            box,
            QCoreApplication.translate("ScenarioPacks", "The fingerprints &match: trust it"),
            QMessageBox.ButtonRole.AcceptRole,
        )

    def _ask(self, box: QMessageBox, label: str, role: QMessageBox.ButtonRole) -> bool:
        """Whether the button ``label`` was clicked in ``box`` (Cancel is the default: an
        Enter pressed by mistake changes nothing)."""
        box.setStandardButtons(QMessageBox.StandardButton.NoButton)
        yes = box.addButton(label, role)
        cancel = box.addButton(
            QCoreApplication.translate("ScenarioPacks", "Cancel"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return clicked is yes

    def forget_current(self) -> None:
        row = self.list.currentRow()
        if not self._keys or not 0 <= row < len(self._keys):
            return
        key = self._keys[row]
        box = plain_message_box(
            self,
            QMessageBox.Icon.Warning,
            self._title(),
            QCoreApplication.translate(
                "ScenarioPacks",
                "Stop trusting the key of %1 (fingerprint %2)? Scenarios from its packs will"
                " show as unofficial, and results will no longer be encrypted to it.",
            )
            .replace("%1", key.centre)
            .replace("%2", grouped(key.fingerprint)),
        )
        forget = self._ask(
            box,
            QCoreApplication.translate("ScenarioPacks", "&Forget the centre"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        if forget:
            self._with_password(
                lambda operator: self.access.service.forget(key.fingerprint, by=operator)
            )

    def _with_password(self, change: Callable[[Operator], object]) -> None:
        password = self._password()
        if password is None:
            return
        try:
            change(self.access.confirm(password))
        except TrainerError as exc:
            show_plain_message(self, QMessageBox.Icon.Warning, self._title(), self.describe(exc))
            return
        except OSError as exc:
            show_plain_message(
                self,
                QMessageBox.Icon.Warning,
                self._title(),
                QCoreApplication.translate(
                    "ScenarioPacks", "The trust store could not be changed: %1"
                ).replace("%1", exc.strerror or str(exc)),
            )
            return
        self.refresh()
        self.on_changed()


__all__ = ["CentresAccess", "CentresPanel"]
