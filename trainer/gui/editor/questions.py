"""The editor's questions to the instructor: unsaved changes, a recovery, publishing.

Message boxes with the app's own button words (translated with the rest of the UI)
and plain text only: scenario titles and paths are never read as rich text.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def _three_way(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str,
    buttons: tuple[str, str, str],
) -> int:
    """Ask with three buttons (accept, destructive, reject: Escape): the index clicked.

    The accept button is the default; closing the box counts as the reject one (2).
    """
    box = _box(parent, icon, title, text)
    box.setInformativeText(informative)
    roles = (
        QMessageBox.ButtonRole.AcceptRole,
        QMessageBox.ButtonRole.DestructiveRole,
        QMessageBox.ButtonRole.RejectRole,
    )
    added = [box.addButton(label, role) for label, role in zip(buttons, roles, strict=True)]
    box.setDefaultButton(added[0])
    box.setEscapeButton(added[2])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return next((i for i, button in enumerate(added) if button is clicked), 2)


def ask_unsaved(parent: QWidget | None, name: str) -> Answer:
    """Save, discard or cancel: the changes to ``name`` are not saved."""
    clicked = _three_way(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("EditorQuestions", "Unsaved changes"),
        QCoreApplication.translate("EditorQuestions", "The changes to %1 are not saved.").replace(
            "%1", name
        ),
        QCoreApplication.translate("EditorQuestions", "Save them before closing?"),
        (
            QCoreApplication.translate("EditorQuestions", "&Save"),
            QCoreApplication.translate("EditorQuestions", "&Discard changes"),
            QCoreApplication.translate("EditorQuestions", "&Cancel"),
        ),
    )
    return (Answer.SAVE, Answer.DISCARD, Answer.CANCEL)[clicked]


def ask_restore(parent: QWidget | None, name: str, saved_at: str) -> bool | None:
    """Restore (True) or discard (False) the work on ``name`` left by an editor that
    stopped; None: decide later (the file stays)."""
    clicked = _three_way(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("EditorQuestions", "Recover unsaved work"),
        QCoreApplication.translate(
            "EditorQuestions",
            "The editor stopped before %1 was saved. Unsaved work from %2 was kept.",
        )
        .replace("%1", name)
        .replace("%2", saved_at),
        QCoreApplication.translate("EditorQuestions", "Restore it now, or discard it?"),
        (
            QCoreApplication.translate("EditorQuestions", "&Restore"),
            QCoreApplication.translate("EditorQuestions", "&Discard"),
            QCoreApplication.translate("EditorQuestions", "&Later"),
        ),
    )
    return (True, False, None)[clicked]


def ask_yes(parent: QWidget | None, title: str, text: str, detail: str, yes: str) -> bool:
    """A question answered by ``yes`` or Cancel (Cancel is the default)."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    if detail:
        box.setInformativeText(detail)
    confirm = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(
        QCoreApplication.translate("EditorQuestions", "&Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    return clicked is confirm


def tell(parent: QWidget | None, title: str, text: str, detail: str = "", *, error: bool) -> None:
    """A message with OK (a warning icon when ``error``)."""
    icon = QMessageBox.Icon.Warning if error else QMessageBox.Icon.Information
    box = _box(parent, icon, title, text)
    if detail:
        box.setDetailedText(detail) if len(detail) > 600 else box.setInformativeText(detail)
    box.addButton(
        QCoreApplication.translate("EditorQuestions", "OK"), QMessageBox.ButtonRole.AcceptRole
    )
    box.exec()
    box.deleteLater()
