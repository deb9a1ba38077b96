"""Walks over every text and condition of a scenario, with the path each stands at."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from trainer.domain.conditions import Condition
from trainer.domain.model import (
    ChecklistNode,
    Choice,
    DecisionNode,
    EndingNode,
    Next,
    Scenario,
    SceneNode,
)
from trainer.domain.text import Text

Path = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Located:
    """Where something stands: the document path plus the node and choice it belongs to."""

    path: Path
    node: str | None = None
    choice: str | None = None


def _choice_paths(node: DecisionNode) -> Iterator[tuple[Choice, Path]]:
    base: Path = ("nodes", node.id)
    for index, choice in enumerate(node.choices):
        yield choice, (*base, "choices", index)
    if node.on_timeout is not None:
        yield node.on_timeout, (*base, "on_timeout")


def iter_nexts(scenario: Scenario) -> Iterator[tuple[Located, Next]]:
    """Every ``next`` in the scenario."""
    for node in scenario.nodes.values():
        if isinstance(node, SceneNode | ChecklistNode):
            yield Located(("nodes", node.id, "next"), node.id), node.next
        elif isinstance(node, DecisionNode):
            for choice, path in _choice_paths(node):
                yield Located((*path, "next"), node.id, choice.id), choice.next


def iter_conditions(scenario: Scenario) -> Iterator[tuple[Located, Condition]]:
    """Every parsed condition: choice ``if``s and route ``if``s."""
    for node in scenario.nodes.values():
        if isinstance(node, DecisionNode):
            for choice, path in _choice_paths(node):
                if choice.condition is not None:
                    yield Located((*path, "if"), node.id, choice.id), choice.condition
    for where, next_ in iter_nexts(scenario):
        if not next_.as_list:
            continue
        for index, route in enumerate(next_.routes):
            if route.condition is not None:
                yield Located((*where.path, index, "if"), where.node, where.choice), route.condition


def iter_texts(scenario: Scenario) -> Iterator[tuple[Located, Text]]:
    """Every human-readable text, in document order."""
    yield Located(("title",)), scenario.title
    if scenario.summary is not None:
        yield Located(("summary",)), scenario.summary
    for cid, competency in scenario.competencies.items():
        for name in ("label", "description"):
            text = getattr(competency, name)
            if text is not None:
                yield Located(("competencies", cid, name)), text
    for name, variable in scenario.variables.items():
        if variable.label is not None:
            yield Located(("variables", name, "label")), variable.label
    for card_id, card in scenario.cards.items():
        yield Located(("cards", card_id, "title")), card.title
        yield Located(("cards", card_id, "text")), card.text
    for node in scenario.nodes.values():
        base: Path = ("nodes", node.id)
        if node.title is not None:
            yield Located((*base, "title"), node.id), node.title
        yield Located((*base, "text"), node.id), node.text
        if isinstance(node, DecisionNode):
            for choice, path in _choice_paths(node):
                if choice.text is not None:
                    yield Located((*path, "text"), node.id, choice.id), choice.text
                if choice.feedback is not None:
                    yield Located((*path, "feedback"), node.id, choice.id), choice.feedback
        elif isinstance(node, ChecklistNode):
            yield Located((*base, "prompt"), node.id), node.prompt
            for index, item in enumerate(node.items):
                item_base = (*base, "items", index)
                yield Located((*item_base, "text"), node.id), item.text
                if item.feedback is not None:
                    yield Located((*item_base, "feedback"), node.id), item.feedback
        elif isinstance(node, EndingNode) and node.debrief is not None:
            yield Located((*base, "debrief"), node.id), node.debrief
