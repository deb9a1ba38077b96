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


def ask_unsaved(parent: QWidget | None, name: str) -> Answer:
    """Save, discard or cancel: the changes to ``name`` are not saved."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("EditorQuestions", "Unsaved changes"),
        QCoreApplication.translate("EditorQuestions", "The changes to %1 are not saved.").replace(
            "%1", name
        ),
    )
    box.setInformativeText(
        QCoreApplication.translate("EditorQuestions", "Save them before closing?")
    )
    save = box.addButton(
        QCoreApplication.translate("EditorQuestions", "&Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("EditorQuestions", "&Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("EditorQuestions", "&Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is save:
        return Answer.SAVE
    if clicked is discard:
        return Answer.DISCARD
    return Answer.CANCEL


def ask_restore(parent: QWidget | None, name: str, saved_at: str) -> bool | None:
    """Restore (True) or discard (False) the work on ``name`` left by an editor that
    stopped; None: decide later (the file stays)."""
    box = _box(
        parent,
        QMessageBox.Icon.Question,
        QCoreApplication.translate("EditorQuestions", "Recover unsaved work"),
        QCoreApplication.translate(
            "EditorQuestions",
            "The editor stopped before %1 was saved. Unsaved work from %2 was kept.",
        )
        .replace("%1", name)
        .replace("%2", saved_at),
    )
    box.setInformativeText(
        QCoreApplication.translate("EditorQuestions", "Restore it now, or discard it?")
    )
    restore = box.addButton(
        QCoreApplication.translate("EditorQuestions", "&Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("EditorQuestions", "&Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    later = box.addButton(
        QCoreApplication.translate("EditorQuestions", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is restore:
        return True
    if clicked is discard:
        return False
    return None


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
