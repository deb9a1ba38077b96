"""Offering back the unsaved work a stopped editor left in the recovery folder."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from trainer.authoring.document import ScenarioDocument
from trainer.authoring.recovery import RecoveryStore
from trainer.domain.errors import TrainerError
from trainer.gui.editor.questions import ask_restore, tell
from trainer.gui.formats import date_time


def offer_recoveries(
    parent: QWidget, store: RecoveryStore, restore: Callable[[ScenarioDocument], bool]
) -> None:
    """For each kept piece of work: restore (``restore(doc)`` opens it), discard, or later.

    One document is open at a time: after one is restored, the others wait for the
    next start of the editor (their files stay). ``restore`` returns False when the
    instructor kept the document already open (nothing more is asked then).
    """
    for entry in store.pending():
        name = f"{entry.source.parent.name} ({entry.source.name})"
        when = date_time(entry.saved_at.astimezone())  # in the UI's locale: "7.12.2026 20:28"
        answer = ask_restore(parent, name, when)
        if answer is None:
            continue
        if not answer:
            store.discard(entry.source)
            continue
        try:
            doc = store.recover(entry)
        except TrainerError as exc:
            tell(
                parent,
                QCoreApplication.translate("EditorRecovery", "Recover unsaved work"),
                str(exc),
                error=True,
            )
            continue
        restore(doc)
        return
