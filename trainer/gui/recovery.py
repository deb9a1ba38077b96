"""Opening the progress database at start-up, with a way out when it is damaged."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from trainer.domain.errors import TrainerError
from trainer.gui.formats import local_date_time, whole
from trainer.gui.messages import describe
from trainer.gui.widgets.safe_text import show_plain_message
from trainer.services.context import recover_from_backup, start_empty
from trainer.services.errors import DatabaseCorruptError

_T = TypeVar("_T")


def open_with_recovery(data_dir: Path, opener: Callable[[], _T]) -> _T | None:
    """Run ``opener``; if the database is damaged, offer its newest good backup.

    The damaged file has already been moved aside unchanged. The officer can restore
    the backup, start with an empty database, or quit. None means quit.
    """
    for _attempt in range(3):
        try:
            return opener()
        except DatabaseCorruptError as exc:
            choice = _ask(exc)
            if choice == "quit":
                return None
            if choice == "restore" and exc.backup is not None:
                try:
                    recover_from_backup(data_dir, exc.backup)
                except TrainerError as failed:
                    show_plain_message(
                        None,
                        QMessageBox.Icon.Critical,
                        QCoreApplication.translate("Recovery", "Case-scenario trainer"),
                        describe(failed),
                    )
                    return None
            if choice == "fresh":
                # The damaged file is out of the way; with backups beside it, a missing
                # database is damage too, so the new one is made here, deliberately.
                try:
                    start_empty(data_dir)
                except TrainerError as failed:
                    show_plain_message(
                        None,
                        QMessageBox.Icon.Critical,
                        QCoreApplication.translate("Recovery", "Case-scenario trainer"),
                        describe(failed),
                    )
                    return None
        except TrainerError as exc:
            show_plain_message(
                None,
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("Recovery", "Case-scenario trainer"),
                describe(exc),
            )
            return None
    return None


def _ask(error: DatabaseCorruptError) -> str:
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "Progress database damaged"))
    box.setTextFormat(Qt.TextFormat.PlainText)  # file paths
    if error.moved_to is not None:
        lines = [
            QCoreApplication.translate(
                "Recovery",
                "The file with your progress failed its check and was moved aside, unchanged:",
            ),
            str(error.moved_to),
        ]
    else:
        lines = [
            QCoreApplication.translate(
                "Recovery",
                "The file with your progress is missing, although the data folder holds "
                "backups of it.",
            )
        ]
    if error.backup is not None:
        lines += [
            "",
            QCoreApplication.translate("Recovery", "The newest good backup is:"),
            str(error.backup),
        ]
    box.setText("\n".join(lines))
    restore = None
    if error.backup is not None:
        restore = box.addButton(
            QCoreApplication.translate("Recovery", "&Restore the backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    fresh = box.addButton(
        QCoreApplication.translate("Recovery", "Start &empty"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(
        QCoreApplication.translate("Recovery", "&Quit"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(restore or fresh)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return "restore"
    if clicked is fresh:
        return "fresh"
    return "quit"


def tell_if_purge_held(services: object, parent: QWidget | None = None) -> None:
    """Say on start that the retention purge was held back, and why (nothing was deleted)."""
    held = getattr(getattr(services, "store", None), "purge", None)
    held = getattr(held, "held", None)
    if held is None:
        return
    if held.clock_behind:
        why = QCoreApplication.translate(
            "Recovery",
            "This computer's clock is behind the newest time stored in the progress "
            "database (%1), so its date cannot be trusted.",
        ).replace("%1", local_date_time(held.newest))
    else:
        why = (
            QCoreApplication.translate(
                "Recovery",
                "It would delete %1 of the %2 stored attempts at once (more than half), "
                "which usually means the clock is wrong.",
            )
            .replace("%1", whole(held.expired))
            .replace("%2", whole(held.total))
        )
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setWindowTitle(QCoreApplication.translate("Recovery", "Old attempts were not deleted"))
    box.setText(
        "\n\n".join(
            [
                QCoreApplication.translate(
                    "Recovery",
                    "The deletion of attempts past the retention period was held back; "
                    "nothing was deleted.",
                ),
                why,
                QCoreApplication.translate(
                    "Recovery",
                    "Check the date and time of this computer. An instructor can run the "
                    "deletion anyway from the command line: trainer db retention "
                    "--apply-now --by NAME",
                ),
            ]
        )
    )
    box.exec()
