"""Small scenario models for the pedagogical checks, built in code (no file involved)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from trainer.domain.conditions import parse_condition
from trainer.domain.ids import ChoiceId, CompetencyId, ItemId, NodeId, ScenarioId
from trainer.domain.model import (
    AnyNode,
    ChecklistItem,
    ChecklistNode,
    Choice,
    Competency,
    DecisionNode,
    EndingNode,
    Next,
    Outcome,
    Rating,
    ReportItem,
    ReportNode,
    Scenario,
)
from trainer.domain.text import Text
from trainer.domain.variants import Alternative, Variants

END = NodeId("end")


def text(pl: str, en: str | None = None) -> Text:
    """A text in Polish and English (English defaults to the Polish words)."""
    return Text({"pl": pl, "en": pl if en is None else en})


def variants(*pairs: tuple[str | None, Text]) -> Variants:
    """Alternatives from (condition or None, text) pairs."""
    return Variants(
        tuple(
            Alternative(value, None if condition is None else parse_condition(condition))
            for condition, value in pairs
        )
    )


def choice(
    choice_id: str,
    words: str | Text,
    rating: str = "good",
    *,
    feedback: Text | Variants | None = None,
) -> Choice:
    """A choice leading to the ending."""
    return Choice(
        id=ChoiceId(choice_id),
        text=words if isinstance(words, Text) else text(words),
        rating=Rating(rating),
        next=Next.to(END),
        feedback=feedback,
    )


def decision(
    node_id: str,
    choices: Sequence[Choice],
    *,
    title: Text | None = None,
    body: Text | Variants | None = None,
    time_limit: int | None = None,
) -> DecisionNode:
    """A decision; a timed one gets a timeout outcome."""
    timeout = None
    if time_limit is not None:
        timeout = Choice(id=ChoiceId("timeout"), text=None, rating=Rating.POOR, next=Next.to(END))
    return DecisionNode(
        id=NodeId(node_id),
        title=title,
        text=body if body is not None else text("Co robisz?", "What do you do?"),
        choices=tuple(choices),
        time_limit=time_limit,
        on_timeout=timeout,
    )


def checklist(
    node_id: str, *, title: Text | None = None, feedback: Text | None = None
) -> ChecklistNode:
    """A checklist of one correct item."""
    return ChecklistNode(
        id=NodeId(node_id),
        title=title,
        text=text("Na murze.", "On the wall."),
        prompt=text("Co wskazuje na motyw?", "What points to bias?"),
        items=(ChecklistItem(ItemId("symbol"), text("Symbol"), True, feedback),),
        competency=CompetencyId("safety"),
        next=Next.to(END),
    )


def report(node_id: str, *, title: Text | None = None, feedback: Text | None = None) -> ReportNode:
    """A report node with one item."""
    return ReportNode(
        id=NodeId(node_id),
        title=title,
        text=text("Zapisz notatkę.", "Write the note."),
        prompt=None,
        items=(ReportItem(ItemId("motive"), text("Motyw"), feedback),),
        competency=CompetencyId("safety"),
        model=text("Przykładowa notatka.", "A model note."),
        next=Next.to(END),
    )


def scenario(*nodes: AnyNode, version_format: str = "1", **fields: Any) -> Scenario:
    """A scenario holding ``nodes`` and an ending; starts at the first node."""
    ending = EndingNode(id=END, text=text("Koniec.", "The end."), outcome=Outcome.SUCCESS)
    every = {node.id: node for node in (*nodes, ending)}
    return Scenario(
        id=ScenarioId("sample"),
        version=1,
        languages=("pl", "en"),
        title=text("Próba", "Sample"),
        competencies={CompetencyId("safety"): Competency(CompetencyId("safety"))},
        start=nodes[0].id if nodes else END,
        nodes=every,
        format=version_format,
        **fields,
    )


def codes(findings: Any) -> list[str]:
    """The codes of ``findings``, in order."""
    return [finding.code for finding in findings]
