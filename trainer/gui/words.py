"""Ratings, outcomes and stages in the UI language, with a symbol and a colour each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainer.domain.markup import one_line, render_plain
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


def marked_rating_word(rating: Rating) -> str:
    """The rating's symbol and its word in the UI language ("★ Best choice")."""
    return f"{RATING_STYLE[rating][0]} {rating_word(rating)}"


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


def ending_line(outcome: Outcome, ending_title: str) -> str:
    """The ending reached and what kind of outcome it is, told apart from the score.

    "Failure" next to "Score: 62%" reads as a failed test; "Ending: Parish left on
    its own (failure)" says it is where the story went.
    """
    lines = {
        Outcome.SUCCESS: QCoreApplication.translate("Outcome", "Ending: %1 (success)"),
        Outcome.PARTIAL: QCoreApplication.translate("Outcome", "Ending: %1 (partial success)"),
        Outcome.FAILURE: QCoreApplication.translate("Outcome", "Ending: %1 (failure)"),
    }
    return lines[outcome].replace("%1", ending_title)


def score_line(percent: str) -> str:
    """The attempt's score (its points as a share of the most it could earn)."""
    return QCoreApplication.translate("Outcome", "Score: %1").replace("%1", percent)


def ending_and_score_hint() -> str:
    """Why an attempt has both an ending and a score."""
    return QCoreApplication.translate(
        "Outcome",
        "The ending is where your decisions led the story; the score counts the points"
        " each decision earned.",
    )


def kind_word(kind: str) -> str:
    """A kind of step (scene, decision, checklist, ending) in the UI language."""
    words = {
        "scene": QCoreApplication.translate("NodeKind", "Scene"),
        "decision": QCoreApplication.translate("NodeKind", "Decision"),
        "checklist": QCoreApplication.translate("NodeKind", "Checklist"),
        "report": QCoreApplication.translate("NodeKind", "Report"),
        "ending": QCoreApplication.translate("NodeKind", "Ending"),
    }
    return words.get(kind, kind)


def step_kind_or_stage(stage: str | None, kind: str) -> str:
    """What a step is, for a heading: its decision-model stage, else its kind."""
    return stage_word(stage) if stage else kind_word(kind)


def checklist_verdict(correct: bool, ticked: bool) -> tuple[str, str]:
    """What a checklist item was and what the officer did with it: a symbol and a phrase.

    The phrase opens a sentence that goes on with the item (and its feedback).
    """
    translate = QCoreApplication.translate
    verdicts = {
        (True, True): ("✓", translate("Checklist", "An indicator, rightly ticked:")),
        (True, False): ("!", translate("Checklist", "An indicator you missed:")),
        (False, True): ("✖", translate("Checklist", "Not an indicator, but ticked:")),
        (False, False): ("✓", translate("Checklist", "Not an indicator, rightly left out:")),
    }
    return verdicts[(correct, ticked)]


def item_sentence(text: str, feedback: str | None) -> str:
    """An item's text in italics, then its feedback: read as two sentences.

    Items are often written without a full stop ("Witnesses and monitoring"); one is
    added before the feedback, else the item would run on into it. The item's own
    asterisks are dropped so that they cannot pair with ours.
    """
    item = one_line(render_plain(text)).replace("*", "")
    after = one_line(feedback)
    if after and item and item[-1] not in ".!?…:;”\"'":
        item += "."
    return f"*{item}* {after}".rstrip()


def checklist_item_markup(correct: bool, ticked: bool, text: str, feedback: str | None) -> str:
    """One checklist item as a list item of scenario markup, read as a sentence.

    "! An indicator you missed: *The words on the wall.* Yes. Words like these…"
    """
    symbol, verdict = checklist_verdict(correct, ticked)
    return f"- {symbol} **{verdict}** {item_sentence(text, feedback)}"
