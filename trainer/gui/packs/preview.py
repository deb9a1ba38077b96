"""What a checked pack holds and would do, asked before anything is installed; then
what the import did.

The signature comes first: a pack signed by a training centre this laptop trusts is
official material; any other pack can be installed only as unofficial, after the
instructor ticks that they know where it comes from.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.exchange.centre_keys import grouped
from trainer.gui.packs.texts import action_label, planned_label, reason_text
from trainer.services.packs import (
    INSTALLED,
    REPLACED,
    TRUSTED,
    UNKNOWN_SIGNER,
    ImportOutcome,
    InspectedScenario,
    PackInspection,
    SignatureInfo,
)


def size_for_text(dialog: QDialog, chars: int, lines: int) -> None:
    """Resize ``dialog`` to about ``chars`` × ``lines`` of its text, within the screen:
    at 200% text it grows with the words instead of cutting them off."""
    dialog.ensurePolished()  # the text size set by a style sheet applies from here
    metrics = dialog.fontMetrics()
    width, height = chars * metrics.averageCharWidth(), lines * metrics.lineSpacing()
    screen = dialog.screen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 40), min(height, room.height() - 60)
    dialog.resize(max(width, dialog.minimumWidth()), max(height, dialog.minimumHeight()))


class _ClickableLabel(QLabel):
    """A check box's wrapped words: a click on them ticks it, as on its own text."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


def signature_texts(signature: SignatureInfo) -> tuple[str, str]:
    """The headline and the explanation for a pack's signature state."""
    state = signature.state
    name = signature.signer_name or ""
    fingerprint = grouped(signature.fingerprint) if signature.fingerprint else ""
    if state == TRUSTED:
        return (
            QCoreApplication.translate("ScenarioPacks", "Official pack, signed by %1").replace(
                "%1", name
            ),
            QCoreApplication.translate(
                "ScenarioPacks",
                "The signature matches the pack's contents and the key is one this laptop"
                " trusts (fingerprint %1).",
            ).replace("%1", fingerprint),
        )
    if state == UNKNOWN_SIGNER:
        return (
            QCoreApplication.translate(
                "ScenarioPacks", "Signed by a key this laptop does not trust"
            ),
            QCoreApplication.translate(
                "ScenarioPacks",
                "It says it comes from %1 (fingerprint %2), but that key is not installed"
                " here, so anyone could have made it. Its scenarios would be unofficial.",
            )
            .replace("%1", name or "?")
            .replace("%2", fingerprint or "?"),
        )
    return (
        QCoreApplication.translate("ScenarioPacks", "Unsigned pack"),
        QCoreApplication.translate(
            "ScenarioPacks",
            "Nothing shows who made it: a pack on a stick can come from anyone. Its"
            " scenarios would be unofficial.",
        ),
    )


def _outcome_table(
    outcomes: Sequence[ImportOutcome | InspectedScenario],
    titles: dict[str, str],
    *,
    planned: bool,
) -> QTableWidget:
    """One row a scenario; the reason beside the action (a refusal must be read), its
    words wrapped to the column (a table view measures wrapped rows; a tree does not)."""
    table = QTableWidget(len(outcomes), 3)
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("ScenarioPacks", "Scenario"),
            QCoreApplication.translate("ScenarioPacks", "Version"),
            QCoreApplication.translate("ScenarioPacks", "What happens")
            if planned
            else QCoreApplication.translate("ScenarioPacks", "What happened"),
        ]
    )
    for row, outcome in enumerate(outcomes):
        label = planned_label(outcome.action) if planned else action_label(outcome.action)
        cells = (
            titles.get(outcome.id) or outcome.id,
            str(outcome.version),
            f"{label}: {reason_text(outcome)}",
        )
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setToolTip(outcome.id)
            table.setItem(row, column, item)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    # Measured once the sections have settled (a stretched one moves last).
    header.sectionResized.connect(
        lambda *_: QTimer.singleShot(0, table, table.resizeRowsToContents)
    )
    return table


class PackPreviewDialog(QDialog):
    """The pack's signature and each scenario's planned outcome; Install or Cancel."""

    def __init__(
        self,
        file: Path,
        inspection: PackInspection,
        *,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("ScenarioPacks", "Import %1").replace("%1", file.name)
        )
        self.setMinimumSize(640, 360)
        signature = inspection.signature
        official = signature.state == TRUSTED
        headline, detail = signature_texts(signature)
        banner = QFrame()
        banner.setObjectName("packSignature")
        banner.setProperty("tone", "good" if official else "warning")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        # Green for a trusted centre's pack, amber for any other: read before the words.
        colours = ("#e8f5e9", "#2e7d32") if official else ("#fff4e0", "#b26a00")
        banner.setStyleSheet(
            f"QFrame#packSignature {{ background: {colours[0]};"
            f" border: 1px solid {colours[1]}; border-radius: 4px; }}"
        )
        banner_layout = QVBoxLayout(banner)
        self.headline = QLabel(headline)
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.detail = QLabel(detail)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        banner_layout.addWidget(self.headline)
        banner_layout.addWidget(self.detail)
        outcomes = list(inspection.scenarios)
        titles = {s.id: s.title_en if language == "en" else s.title_pl for s in outcomes}
        self.table = _outcome_table(outcomes, titles, planned=True)
        changes = any(o.action in (INSTALLED, REPLACED) for o in outcomes)
        words = QCoreApplication.translate(
            "ScenarioPacks",
            "I know where this pack comes from: install its scenarios as unofficial.",
        )
        # A check box's own text never wraps: the words are a label beside it.
        self.confirm = QCheckBox()
        self.confirm.setAccessibleName(words)
        confirm_words = _ClickableLabel(words)
        confirm_words.setWordWrap(True)
        confirm_words.setTextFormat(Qt.TextFormat.PlainText)
        confirm_words.clicked.connect(self.confirm.toggle)
        confirm_row = QWidget()
        row = QHBoxLayout(confirm_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(confirm_words, 1)
        confirm_row.setVisible(not official and changes)
        self.confirm_row = confirm_row
        self.buttons = QDialogButtonBox()
        self.install_button: QPushButton | None = None
        if changes:
            self.install_button = self.buttons.addButton(
                QCoreApplication.translate("ScenarioPacks", "&Install"),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.install_button.setEnabled(official)
            self.install_button.setDefault(official)
            self.confirm.toggled.connect(self.install_button.setEnabled)
        cancel = self.buttons.addButton(
            QCoreApplication.translate("ScenarioPacks", "Cancel")
            if changes
            else QCoreApplication.translate("ScenarioPacks", "Close"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        if not changes:
            cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        nothing = QLabel(
            QCoreApplication.translate(
                "ScenarioPacks", "Nothing in this pack would change the library."
            )
        )
        nothing.setVisible(not changes)
        layout = QVBoxLayout(self)
        layout.addWidget(banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(nothing)
        layout.addWidget(confirm_row)
        layout.addWidget(self.buttons)
        (self.table if confirm_row.isHidden() else self.confirm).setFocus()
        size_for_text(self, 110, 26)

    def unofficial_confirmed(self) -> bool:
        """Whether the instructor ticked that an unofficial pack may be installed."""
        return not self.confirm_row.isHidden() and self.confirm.isChecked()


def show_outcomes(
    parent: QWidget, file: Path, outcomes: Sequence[ImportOutcome], titles: dict[str, str]
) -> None:
    """What the import did with each scenario of ``file``."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(
        QCoreApplication.translate("ScenarioPacks", "Imported %1").replace("%1", file.name)
    )
    dialog.setMinimumSize(640, 320)
    size_for_text(dialog, 110, 20)
    table = _outcome_table(outcomes, titles, planned=False)
    buttons = QDialogButtonBox()
    ok = buttons.addButton(
        QCoreApplication.translate("ScenarioPacks", "OK"), QDialogButtonBox.ButtonRole.AcceptRole
    )
    ok.setDefault(True)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table, 1)
    layout.addWidget(buttons)
    dialog.exec()
    dialog.deleteLater()


__all__ = ["PackPreviewDialog", "show_outcomes", "signature_texts"]
