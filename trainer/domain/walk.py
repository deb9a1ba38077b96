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
    ReportNode,
    Scenario,
    SceneNode,
)
from trainer.domain.text import Text
from trainer.domain.variants import PathText, Variants, every_text

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
        if isinstance(node, SceneNode | ChecklistNode | ReportNode):
            yield Located(("nodes", node.id, "next"), node.id), node.next
        elif isinstance(node, DecisionNode):
            for choice, path in _choice_paths(node):
                yield Located((*path, "next"), node.id, choice.id), choice.next


def iter_path_texts(scenario: Scenario) -> Iterator[tuple[Located, PathText]]:
    """Every path-aware field (node text and title, feedback, debrief), as written."""
    for node in scenario.nodes.values():
        base: Path = ("nodes", node.id)
        if node.title is not None:
            yield Located((*base, "title"), node.id), node.title
        yield Located((*base, "text"), node.id), node.text
        if isinstance(node, DecisionNode):
            for choice, path in _choice_paths(node):
                if choice.feedback is not None:
                    yield Located((*path, "feedback"), node.id, choice.id), choice.feedback
        elif isinstance(node, ReportNode):
            if node.prompt is not None:
                yield Located((*base, "prompt"), node.id), node.prompt
            yield Located((*base, "model"), node.id), node.model
            for index, report_item in enumerate(node.items):
                item_base = (*base, "items", index)
                yield Located((*item_base, "text"), node.id), report_item.text
                if report_item.feedback is not None:
                    yield Located((*item_base, "feedback"), node.id), report_item.feedback
        elif isinstance(node, EndingNode) and node.debrief is not None:
            yield Located((*base, "debrief"), node.id), node.debrief


def iter_text_conditions(scenario: Scenario) -> Iterator[tuple[Located, Condition]]:
    """Every condition of a text alternative (format 1.1), at ``…/<field>/<index>/if``."""
    for where, value in iter_path_texts(scenario):
        if isinstance(value, Variants):
            for index, alternative in enumerate(value.alternatives):
                if alternative.condition is not None:
                    located = Located((*where.path, index, "if"), where.node, where.choice)
                    yield located, alternative.condition


def _path_text(where: Located, value: PathText) -> Iterator[tuple[Located, Text]]:
    for index, text in every_text(value):
        path = where.path if index is None else (*where.path, index, "text")
        yield Located(path, where.node, where.choice), text


def iter_conditions(scenario: Scenario) -> Iterator[tuple[Located, Condition]]:
    """Every parsed condition: choice ``if``s, route ``if``s and text alternatives' ``if``s."""
    yield from iter_flow_conditions(scenario)
    yield from iter_text_conditions(scenario)


def iter_flow_conditions(scenario: Scenario) -> Iterator[tuple[Located, Condition]]:
    """The conditions that decide where play goes: choice ``if``s and route ``if``s."""
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
    """Every human-readable text, in document order (each alternative of a path-aware one)."""
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
            yield from _path_text(Located((*base, "title"), node.id), node.title)
        yield from _path_text(Located((*base, "text"), node.id), node.text)
        if node.image_alt is not None:
            yield Located((*base, "image_alt"), node.id), node.image_alt
        if isinstance(node, DecisionNode):
            for choice, path in _choice_paths(node):
                if choice.text is not None:
                    yield Located((*path, "text"), node.id, choice.id), choice.text
                if choice.feedback is not None:
                    where = Located((*path, "feedback"), node.id, choice.id)
                    yield from _path_text(where, choice.feedback)
        elif isinstance(node, ChecklistNode):
            yield Located((*base, "prompt"), node.id), node.prompt
            for index, item in enumerate(node.items):
                item_base = (*base, "items", index)
                yield Located((*item_base, "text"), node.id), item.text
                if item.feedback is not None:
                    yield Located((*item_base, "feedback"), node.id), item.feedback
        elif isinstance(node, ReportNode):
            if node.prompt is not None:
                yield Located((*base, "prompt"), node.id), node.prompt
            yield Located((*base, "model"), node.id), node.model
            for index, report_item in enumerate(node.items):
                item_base = (*base, "items", index)
                yield Located((*item_base, "text"), node.id), report_item.text
                if report_item.feedback is not None:
                    yield Located((*item_base, "feedback"), node.id), report_item.feedback
        elif isinstance(node, EndingNode) and node.debrief is not None:
            yield from _path_text(Located((*base, "debrief"), node.id), node.debrief)
