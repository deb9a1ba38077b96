"""Ratings, outcomes and stages in the UI language, with a symbol and a colour each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainer.domain.model import Outcome, Rating

# Symbol + word + colour: never colour alone.
RATING_STYLE: dict[Rating, tuple[str, str]] = {
    Rating.BEST: ("★", "#1b6e3a"),
    Rating.GOOD: ("✓", "#2e6b9e"),
    Rating.POOR: ("!", "#9a6700"),
    Rating.HARMFUL: ("✖", "#b42318"),
}
OUTCOME_STYLE: dict[Outcome, tuple[str, str]] = {
    Outcome.SUCCESS: ("★", "#1b6e3a"),
    Outcome.PARTIAL: ("◐", "#9a6700"),
    Outcome.FAILURE: ("✖", "#b42318"),
}


def rating_word(rating: Rating) -> str:
    """The rating in the UI language."""
    words = {
        Rating.BEST: QCoreApplication.translate("Rating", "Best choice"),
        Rating.GOOD: QCoreApplication.translate("Rating", "Good choice"),
        Rating.POOR: QCoreApplication.translate("Rating", "Poor choice"),
        Rating.HARMFUL: QCoreApplication.translate("Rating", "Harmful choice"),
    }
    return words[rating]


def outcome_word(outcome: Outcome) -> str:
    """The outcome in the UI language."""
    words = {
        Outcome.SUCCESS: QCoreApplication.translate("Outcome", "Success"),
        Outcome.PARTIAL: QCoreApplication.translate("Outcome", "Partial success"),
        Outcome.FAILURE: QCoreApplication.translate("Outcome", "Failure"),
    }
    return words[outcome]


def stage_word(stage: str | None) -> str:
    """A decision-model stage in the UI language."""
    words = {
        "information": QCoreApplication.translate("Stage", "Information"),
        "assessment": QCoreApplication.translate("Stage", "Assessment"),
        "powers": QCoreApplication.translate("Stage", "Powers and policy"),
        "options": QCoreApplication.translate("Stage", "Options"),
        "action": QCoreApplication.translate("Stage", "Action and review"),
    }
    return words.get(stage or "", QCoreApplication.translate("Stage", "Other"))


def status_word(status: str) -> str:
    """An attempt's status (``finished``, ``abandoned``, ``in_progress``) in the UI language."""
    words = {
        "finished": QCoreApplication.translate("AttemptStatus", "Completed"),
        "abandoned": QCoreApplication.translate("AttemptStatus", "Abandoned"),
    }
    return words.get(status, QCoreApplication.translate("AttemptStatus", "In progress"))
