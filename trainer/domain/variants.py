"""Path-aware text (format 1.1): a text that depends on what happened in the attempt.

A node's ``text`` and ``title``, a choice's ``feedback`` and an ending's ``debrief``
may be a list of alternatives tried in order, the last one without a condition
(the same shape as a routed ``next``). Which one is shown depends on the play
state at the node: when the node is entered (text and title), before the choice
applies (feedback), when the ending is reached (debrief). All of these are the
state standing at the node, so one rule serves the player, the debrief and the
replay alike.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from trainer.domain.conditions import Condition, ConditionContext
from trainer.domain.text import Text


@dataclass(frozen=True, slots=True)
class Alternative:
    """One alternative: shown when ``condition`` holds (None: always, the last one)."""

    text: Text
    condition: Condition | None = None


@dataclass(frozen=True, slots=True)
class Variants:
    """Alternatives tried in order; a validated list ends with an unconditional one."""

    alternatives: tuple[Alternative, ...]

    @property
    def fallback(self) -> Text:
        """The last alternative: what is shown when no earlier condition holds."""
        return self.alternatives[-1].text

    def choose(self, context: ConditionContext) -> Text:
        """The first alternative whose condition holds in ``context``."""
        for alternative in self.alternatives:
            if alternative.condition is None or alternative.condition.evaluate(context):
                return alternative.text
        return self.fallback


#: What a path-aware field holds: one Text, or alternatives.
PathText = Text | Variants


def choose_text(value: PathText, context: ConditionContext | None) -> Text:
    """The Text shown for ``value`` in ``context`` (None: no play state, the fallback)."""
    if isinstance(value, Text):
        return value
    if context is None:
        return value.fallback
    return value.choose(context)


def fallback_text(value: PathText) -> Text:
    """The text shown when nothing is known about the path (lists, overviews, search)."""
    return value if isinstance(value, Text) else value.fallback


def every_text(value: PathText) -> Iterator[tuple[int | None, Text]]:
    """Each Text ``value`` can show, with its index in the list (None for a single Text)."""
    if isinstance(value, Text):
        yield None, value
        return
    for index, alternative in enumerate(value.alternatives):
        yield index, alternative.text
