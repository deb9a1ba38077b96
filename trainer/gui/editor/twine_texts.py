"""What a Twine import warns about, in the UI language: a sentence per warning code.

The importer (trainer.exchange) words its warnings in English for the command line;
the editor shows them in the instructor's language from their codes and the parts the
messages quote (``TweeWarning.args``). An unknown code keeps the importer's words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from trainer.exchange.twee import TweeWarning

_PLACE = re.compile(r"%(\d+)")


# The kinds of passage a scenario has no place for (the importer's tag, or "special").
_PASSAGES: dict[str, Callable[[], str]] = {
    "script": lambda: QCoreApplication.translate("EditorTwine", "a script passage (JavaScript)"),
    "stylesheet": lambda: QCoreApplication.translate("EditorTwine", "a stylesheet passage (CSS)"),
    "widget": lambda: QCoreApplication.translate("EditorTwine", "a SugarCube widget passage"),
    "startup": lambda: QCoreApplication.translate("EditorTwine", "a Harlowe startup passage"),
    "header": lambda: QCoreApplication.translate("EditorTwine", "a Harlowe header passage"),
    "footer": lambda: QCoreApplication.translate("EditorTwine", "a Harlowe footer passage"),
    "special": lambda: QCoreApplication.translate(
        "EditorTwine", "a story format's special passage"
    ),
}
# The kinds of story-format code kept in a text as written.
_MARKUP: dict[str, Callable[[], str]] = {
    "sugarcube": lambda: QCoreApplication.translate("EditorTwine", "a SugarCube macro"),
    "harlowe": lambda: QCoreApplication.translate("EditorTwine", "a Harlowe macro"),
    "script": lambda: QCoreApplication.translate("EditorTwine", "a <script> element"),
    "html": lambda: QCoreApplication.translate("EditorTwine", "HTML markup"),
    "variable": lambda: QCoreApplication.translate("EditorTwine", "a story variable"),
}

# %1, %2, … are the warning's args, in order.
_SENTENCES: dict[str, Callable[[], str]] = {
    "stray-text": lambda: QCoreApplication.translate(
        "EditorTwine",
        "Text before the first passage header belongs to no passage and was not read.",
    ),
    "duplicate-passage": lambda: QCoreApplication.translate(
        "EditorTwine",
        "A second passage with this name (the first is on line %1): links go to the first.",
    ),
    "bad-metadata": lambda: QCoreApplication.translate(
        "EditorTwine", "The passage's metadata could not be read and was left out."
    ),
    "scenario-block-unreadable": lambda: QCoreApplication.translate(
        "EditorTwine", "The scenario's own block could not be read: its settings were left out."
    ),
    "storydata-unreadable": lambda: QCoreApplication.translate(
        "EditorTwine", "StoryData could not be read and was left out."
    ),
    "start-missing": lambda: QCoreApplication.translate(
        "EditorTwine", "StoryData names %1 as the start, but there is no such passage."
    ),
    "no-start": lambda: QCoreApplication.translate(
        "EditorTwine", "No start passage is named: the story starts at the first passage."
    ),
    "no-title": lambda: QCoreApplication.translate(
        "EditorTwine", "No StoryTitle passage: the scenario is titled by its id."
    ),
    "node-block-unreadable": lambda: QCoreApplication.translate(
        "EditorTwine",
        "The passage's trainer block could not be read: it came in as a plain passage.",
    ),
    "node-block-empty": lambda: QCoreApplication.translate(
        "EditorTwine", "The passage's trainer block holds no node: it came in as a plain passage."
    ),
    "control-characters": lambda: QCoreApplication.translate(
        "EditorTwine", "%1 control character(s) were removed from the text."
    ),
    "web-link": lambda: QCoreApplication.translate(
        "EditorTwine", "A link to the web address %1 is not a choice: its words stay in the text."
    ),
    "link-setter": lambda: QCoreApplication.translate(
        "EditorTwine", "The link's setter [%1] is story-format code and was left out."
    ),
    "missing-target": lambda: QCoreApplication.translate(
        "EditorTwine",
        "A link leads to %1, which is no passage here: the empty ending %2 stands in for it.",
    ),
    "tag-dropped": lambda: QCoreApplication.translate(
        "EditorTwine", "The tag %1 has no place on a node and was left out."
    ),
    "ending-without-outcome": lambda: QCoreApplication.translate(
        "EditorTwine",
        "An ending without a success, partial or failure tag: its outcome is set to partial.",
    ),
    "scene-link-words": lambda: QCoreApplication.translate(
        "EditorTwine", "The link's words %1 were not kept: a scene's way on has no label."
    ),
    "outcome-with-links": lambda: QCoreApplication.translate(
        "EditorTwine", "The tag %1 is for endings, but this passage has links."
    ),
    "node-type-mismatch": lambda: QCoreApplication.translate(
        "EditorTwine",
        "The passage's links no longer fit its node type (%1): it came in as a plain passage.",
    ),
    "choices-dropped": lambda: QCoreApplication.translate(
        "EditorTwine", "%1 choice(s) of the trainer block have no link any more and were dropped."
    ),
    "bad-position": lambda: QCoreApplication.translate(
        "EditorTwine", "The position %1 is not 'x,y': the map places the card itself."
    ),
}


def _fill(template: str, args: tuple[str, ...]) -> str:
    # In one pass: a quoted part that itself holds "%2" is not filled in again.
    def part(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return args[number - 1] if 0 < number <= len(args) else match.group(0)

    return _PLACE.sub(part, template)


def warning_text(warning: TweeWarning) -> str:
    """The warning's sentence in the UI language (its own words for an unknown code)."""
    args = warning.args
    if warning.code == "passage-skipped" and args and args[0] in _PASSAGES:
        return _fill(
            QCoreApplication.translate(
                "EditorTwine", "%1: not imported (a scenario has no place for it)."
            ),
            (_PASSAGES[args[0]](),),
        )
    if warning.code == "format-markup" and len(args) == 3 and args[0] in _MARKUP:
        more = int(args[2]) if args[2].isdigit() else 0
        text = _fill(
            QCoreApplication.translate(
                "EditorTwine",
                "%1, “%2”: kept in the text as written, but the trainer does not run it.",
            ),
            (_MARKUP[args[0]](), args[1]),
        )
        if more:
            text += " " + _fill(
                QCoreApplication.translate("EditorTwine", "(%1 more like it in this passage.)"),
                (str(more),),
            )
        return text
    template = _SENTENCES.get(warning.code)
    if template is None:
        return warning.message
    quote = QCoreApplication.translate("EditorTwine", "“%1”")
    quoted = tuple(arg if arg.isdigit() else quote.replace("%1", arg) for arg in args)
    return _fill(template(), quoted)


def warning_line(file_name: str, warning: TweeWarning) -> str:
    """``story.twee, line 12, passage “Gate”: …`` in the UI language."""
    where = [file_name]
    if warning.line > 0:
        where.append(
            QCoreApplication.translate("EditorTwine", "line %1").replace("%1", str(warning.line))
        )
    if warning.passage is not None:
        where.append(
            QCoreApplication.translate("EditorTwine", "passage “%1”").replace("%1", warning.passage)
        )
    return f"{', '.join(where)}: {warning_text(warning)}"
