"""Offering back the unsaved work a stopped editor left in the recovery folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from trainer.domain.errors import TrainerError
from trainer.gui.editor.questions import ask_restore, tell

if TYPE_CHECKING:
    from trainer.gui.editor.window import EditorWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("EditorRecovery", text)


def offer_recoveries(window: EditorWindow) -> None:
    """For each kept piece of work: restore (it opens, unsaved), discard, or later.

    One document is open at a time: after one is restored, the others wait for the
    next start of the editor (their files stay).
    """
    store = window.recovery
    for entry in store.pending():
        name = f"{entry.source.parent.name} ({entry.source.name})"
        when = entry.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        answer = ask_restore(window, name, when)
        if answer is None:
            continue
        if not answer:
            store.discard(entry.source)
            continue
        try:
            doc = store.recover(entry)
        except TrainerError as exc:
            tell(window, _tr("Recover unsaved work"), str(exc), error=True)
            continue
        if not window.close_document():
            return
        window.open_document(doc, read_only=False, unsaved=True)
        return
