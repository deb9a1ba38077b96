"""The questions about an attempt in progress: resume it at sign-in, or on Start resume it
or abandon it and start over.

Only attempts with at least one step taken are offered (:func:`resumable`): an attempt
opened and left at its first screen holds no answer, so resuming it and starting over
show the same screen. Asking about it would be a question without a difference; Start
records it as abandoned without asking (so it is not left "in progress" for ever), and
the sign-in offer, the library's Resume button and its "in progress" mark leave it out.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from trainer.services.cards import ScenarioCard, resumable
from trainer.services.records import AttemptRecord

__all__ = ["StartChoice", "ask_resume_or_restart", "attempt_title", "offer_resume", "resumable"]


class StartChoice(Enum):
    """The answer to Start on a scenario with an attempt in progress."""

    RESUME = "resume"
    RESTART = "restart"  # abandon the attempt in progress, then start a new one
    CANCEL = "cancel"  # change nothing


def attempt_title(record: AttemptRecord, cards: Sequence[ScenarioCard], language: str) -> str:
    """The attempt's scenario title in the UI ``language``.

    From the library's card (which falls back to the scenario's default language); for a
    scenario no longer in the library, the title stored with the version played, which
    is in its default language.
    """
    card = next((c for c in cards if c.key == record.scenario_id), None)
    return card.title_in(language) if card is not None else record.title


def _steps_text(record: AttemptRecord) -> str:
    return QCoreApplication.translate("ResumeDialog", "Steps taken so far: %1.").replace(
        "%1", str(record.step_count)
    )


def _resume_question(
    parent: QWidget, window_title: str, text: str
) -> tuple[QMessageBox, QPushButton]:
    """A question about an attempt in progress, with its Resume button as the default
    (Enter); the caller adds the other answers."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(window_title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the scenario's title
    box.setText(text)
    resume = box.addButton(
        QCoreApplication.translate("ResumeDialog", "&Resume"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(resume)
    return box, resume


def offer_resume(parent: QWidget, title: str, record: AttemptRecord) -> bool:
    """At sign-in: resume the unfinished attempt of the scenario ``title`` now?"""
    box, resume = _resume_question(
        parent,
        QCoreApplication.translate("ResumeDialog", "Unfinished scenario"),
        QCoreApplication.translate(
            "ResumeDialog",
            "You have an unfinished attempt of “%1” (steps so far: %2). Resume it now?",
        )
        .replace("%1", title)
        .replace("%2", str(record.step_count)),
    )
    later = box.addButton(
        QCoreApplication.translate("ResumeDialog", "&Later"), QMessageBox.ButtonRole.RejectRole
    )
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is resume


def ask_resume_or_restart(parent: QWidget, title: str, record: AttemptRecord) -> StartChoice:
    """On Start: resume the attempt in progress, or abandon it and start over (or cancel).

    Resume is the default (Enter), Cancel the escape (Esc): neither loses anything.
    """
    box, resume = _resume_question(
        parent,
        QCoreApplication.translate("ResumeDialog", "Scenario in progress"),
        QCoreApplication.translate(
            "ResumeDialog", "You have an attempt of “%1” in progress. Resume it, or start over?"
        ).replace("%1", title),
    )
    box.setInformativeText(
        _steps_text(record)
        + "\n"
        + QCoreApplication.translate(
            "ResumeDialog",
            "Starting over records that attempt as abandoned: it stays in your history, "
            "without a result.",
        )
    )
    restart = box.addButton(
        QCoreApplication.translate("ResumeDialog", "&Abandon and start over"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("ResumeDialog", "&Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is resume:
        return StartChoice.RESUME
    if clicked is restart:
        return StartChoice.RESTART
    return StartChoice.CANCEL
