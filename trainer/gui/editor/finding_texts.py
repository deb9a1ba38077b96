"""The validator's findings in the UI language: a sentence per finding code.

The checks (Qt-free, shared with the command line) write English messages; the
editor shows a translated sentence for each code, followed by the names the message
quotes (a node, a variable, a file), and keeps the full message in the tooltip.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from trainer.domain.findings import Finding

# Names a message quotes: 'name', "name" or „name”.
_QUOTED = re.compile(r"'([^']+)'|\"([^\"]+)\"|„([^”]+)”")


_SENTENCES: dict[str, Callable[[], str]] = {
    "alt-without-image": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The picture description is there, but the step has no picture"
    ),
    "alternative-without-default": lambda: QCoreApplication.translate(
        "EditorFindingTexts",
        "The last text alternative must have no condition, so that some text is always shown",
    ),
    "analysis-inexact": lambda: QCoreApplication.translate(
        "EditorFindingTexts",
        "The analysis is approximate: maxima are upper bounds and dead ends may go unnoticed",
    ),
    "bad-alternation": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The masculine/feminine form is written wrongly"
    ),
    "bad-glossary": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The glossary cannot be read"
    ),
    "bad-image": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The picture cannot be used"
    ),
    "bad-image-path": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The picture's path is wrong"
    ),
    "bad-value": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The value is not allowed here"
    ),
    "bad-id": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The id is not valid: small letters, digits, '-' and '_'"
    ),
    "condition-syntax": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The condition cannot be read"
    ),
    "dead-end": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "No ending can be reached from this step (it only loops or stops)"
    ),
    "duplicate-id": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The same id or language is used twice"
    ),
    "feedback-long": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The feedback is long: shorten it"
    ),
    "gender-form": lambda: QCoreApplication.translate(
        "EditorFindingTexts",
        "The text addresses the officer as a man or as a woman only: write both forms",
    ),
    "glossary": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "A word the glossary advises against"
    ),
    "harmful-success": lambda: QCoreApplication.translate(
        "EditorFindingTexts",
        "This choice is rated harmful, yet success can still be reached after it",
    ),
    "harmful-success-incomplete": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "Not every harmful choice could be checked for a way on to success"
    ),
    "id-mismatch": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The scenario's id must equal its folder's name"
    ),
    "image-too-large": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The picture is too large"
    ),
    "image-without-alt": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The picture has no description: say in words what it shows"
    ),
    "large-image": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The picture is large: keep pictures smaller"
    ),
    "length-tell": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The best choice is often the longest one, which gives it away"
    ),
    "missing-field": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "A required field is missing"
    ),
    "missing-image": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The picture file does not exist"
    ),
    "missing-label": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "A competency that is not built in needs a name"
    ),
    "missing-translation": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "A translation is missing (the default language is shown instead)"
    ),
    "never-offered": lambda: QCoreApplication.translate(
        "EditorFindingTexts",
        "This choice is never offered: its condition is false whenever an officer gets here",
    ),
    "no-correct-item": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "No item is marked correct, so the checklist can earn nothing"
    ),
    "no-ending": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "No ending can be reached from the start step"
    ),
    "no-feedback": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The choice has no feedback: say why it helps or harms"
    ),
    "no-scenario-file": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The folder holds no scenario file"
    ),
    "no-success": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "No path reaches an ending with the outcome success"
    ),
    "no-way-out": lambda: QCoreApplication.translate(
        "EditorFindingTexts",
        "An officer can get here with no choice offered (every condition false)",
    ),
    "reserved-id": lambda: QCoreApplication.translate(
        "EditorFindingTexts",
        "This word belongs to the condition language and cannot name a variable",
    ),
    "route-without-default": lambda: QCoreApplication.translate(
        "EditorFindingTexts",
        "The last route must have no condition, so that some route always applies",
    ),
    "several-scenario-files": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The folder holds more than one scenario file: keep only one"
    ),
    "similar-tag": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The topic is not in the vocabulary; a similar one is"
    ),
    "single-choice": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "A decision with a single choice is not a decision (use a scene?)"
    ),
    "time-too-short": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The time limit leaves too little time to read"
    ),
    "too-many-conditions": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The scenario's conditions are too many to analyse"
    ),
    "trapped": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "An officer can get here and then never reach an ending"
    ),
    "unearnable-competency": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "No path earns points in this competency"
    ),
    "unknown-card": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "This knowledge card is not defined"
    ),
    "unknown-choice": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "chose() names something that is not a choice of a decision"
    ),
    "unknown-competency": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "This competency is not declared"
    ),
    "unknown-language": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "Text in a language the scenario does not list"
    ),
    "unknown-node": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "This step does not exist"
    ),
    "unknown-variable": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "This variable is not declared"
    ),
    "unknown-field": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "This field is not part of the format (a misspelt name?)"
    ),
    "unreachable-alternative": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "Only the last text alternative may go without a condition"
    ),
    "unreachable-node": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "No path from the start leads here"
    ),
    "unreachable-route": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "Only the last route may go without a condition"
    ),
    "unreadable": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The file cannot be read"
    ),
    "unsupported-format": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "This format version is not supported"
    ),
    "untitled-step": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "This step has no title: the debrief and the replay name each step"
    ),
    "variant-unreachable-incomplete": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "Not every text alternative could be checked"
    ),
    "wrong-type": lambda: QCoreApplication.translate(
        "EditorFindingTexts", "The value has the wrong type"
    ),
}


def quoted_names(message: str) -> list[str]:
    """The names ``message`` quotes, in order, each once."""
    names: list[str] = []
    for match in _QUOTED.finditer(message):
        name = next(group for group in match.groups() if group is not None)
        if name not in names:
            names.append(name)
    return names


def finding_text(finding: Finding) -> str:
    """The finding in the UI language (an unknown code keeps the checks' message)."""
    sentence = _SENTENCES.get(finding.code)
    if sentence is None:
        return finding.message
    names = quoted_names(finding.message)
    return f"{sentence()}: {', '.join(names)}" if names else sentence()
