"""Hypothesis strategies for small random scenarios (valid and invalid), built as models."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from trainer.domain.conditions import parse_condition
from trainer.domain.ids import (
    ChoiceId,
    CompetencyId,
    ItemId,
    NodeId,
    ScenarioId,
    VariableName,
)
from trainer.domain.model import (
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
    Route,
    Scenario,
    SceneNode,
    Variable,
)
from trainer.domain.text import Text
from trainer.domain.variants import Alternative, PathText, Variants

COMPETENCIES = ("communication", "ethics", "safety")


def _text(value: str) -> Text:
    return Text({"pl": value, "en": value})


@st.composite
def conditions(
    draw: st.DrawFn, node_ids: list[str], variables: list[str], choices: dict[str, int]
) -> str:
    """A condition over the scenario's own nodes, choices and variables."""
    atoms = [f"visited('{n}')" for n in node_ids]
    atoms += [f"chose('{n}', 'c{i}')" for n, count in choices.items() for i in range(count)]
    for name in variables:
        atoms += [f"{name} >= {k}" for k in range(3)] + [f"{name} < {k}" for k in range(1, 3)]
    atom = draw(st.sampled_from(atoms))
    if draw(st.booleans()):
        return f"not {atom}"
    if draw(st.booleans()):
        other = draw(st.sampled_from(atoms))
        return f"{atom} {draw(st.sampled_from(['and', 'or']))} {other}"
    return atom


@st.composite
def scenarios(draw: st.DrawFn, max_nodes: int = 7, *, format_1_1: bool = True) -> Scenario:
    """A random scenario: cycles, conditions, variables, timeouts and checklists included.

    With ``format_1_1`` (the default) it may also hold report nodes and text
    alternatives (node text and title, feedback, debrief) with conditions; each
    alternative's text is distinct (``"<field> <index>"``), so which one was shown
    can be told from the text. Conditions only name choices c0..c2, which may not
    exist: callers filter with the structure checks, exactly as the validator would.
    """
    count = draw(st.integers(2, max_nodes))
    ids = [f"n{i}" for i in range(count)]
    competency_ids = draw(
        st.lists(st.sampled_from(COMPETENCIES), min_size=1, max_size=3, unique=True)
    )
    var_names = draw(st.lists(st.sampled_from(["trust", "tension"]), max_size=2, unique=True))
    variables = {
        VariableName(name): Variable(
            VariableName(name),
            initial=draw(st.integers(0, 1)),
            minimum=0,
            maximum=draw(st.integers(1, 3)),
        )
        for name in var_names
    }
    reports = ["report"] if format_1_1 else []
    ending_count = draw(st.integers(1, min(3, count - 1)))
    ending_ids = ids[-ending_count:]
    kinds = {
        node_id: "ending"
        if node_id in ending_ids
        else draw(st.sampled_from(["scene", "decision", "decision", "checklist", *reports]))
        for node_id in ids
    }
    choice_counts = {n: draw(st.integers(1, 3)) for n in ids if kinds[n] == "decision"}

    def condition() -> Any:
        return parse_condition(draw(conditions(ids, var_names, choice_counts)))

    def target() -> NodeId:
        return NodeId(draw(st.sampled_from(ids)))

    def next_() -> Next:
        if draw(st.integers(0, 3)) == 0:
            routes = [Route(target(), condition()) for _ in range(draw(st.integers(1, 2)))]
            routes.append(Route(target()))
            return Next(tuple(routes), as_list=True)
        return Next.to(target())

    def score() -> dict[CompetencyId, int]:
        chosen = draw(st.lists(st.sampled_from(competency_ids), max_size=2, unique=True))
        return {CompetencyId(c): draw(st.integers(-2, 3)) for c in chosen}

    def effects() -> dict[VariableName, int]:
        if not var_names:
            return {}
        chosen = draw(st.lists(st.sampled_from(var_names), max_size=1, unique=True))
        return {VariableName(v): draw(st.integers(-1, 2)) for v in chosen}

    condition_ = condition
    uses_1_1 = False

    def path_text(label: str) -> PathText:
        """One Text, or (format 1.1) alternatives with conditions and a fallback."""
        nonlocal uses_1_1
        if not format_1_1 or draw(st.integers(0, 2)) == 0:
            return _text(label)
        uses_1_1 = True
        conditional = draw(st.integers(1, 2))
        alternatives = [
            Alternative(_text(f"{label} {k}"), condition_()) for k in range(conditional)
        ]
        alternatives.append(Alternative(_text(f"{label} {conditional}")))
        return Variants(tuple(alternatives))

    def choice(index: int | None) -> Choice:
        condition = None
        if index is not None and draw(st.booleans()):
            condition = condition_()
        return Choice(
            id=ChoiceId("timeout" if index is None else f"c{index}"),
            text=None if index is None else _text(f"choice {index}"),
            rating=draw(st.sampled_from(list(Rating))),
            next=next_(),
            feedback=path_text("why"),
            score=score(),
            effects=effects(),
            condition=condition,
        )

    nodes: dict[NodeId, Any] = {}
    for node_id in ids:
        nid = NodeId(node_id)
        title = path_text("title") if draw(st.booleans()) else None
        if node_id in ending_ids:
            nodes[nid] = EndingNode(
                id=nid,
                text=path_text("end"),
                title=title,
                outcome=draw(st.sampled_from(list(Outcome))),
                debrief=path_text("debrief") if draw(st.booleans()) else None,
            )
            continue
        kind = kinds[node_id]
        if kind == "scene":
            nodes[nid] = SceneNode(id=nid, text=path_text("scene"), title=title, next=next_())
        elif kind == "report":
            uses_1_1 = True
            report_items = tuple(
                ReportItem(ItemId(f"r{k}"), _text("has"), _text("fb"))
                for k in range(draw(st.integers(0, 3)))
            )
            nodes[nid] = ReportNode(
                id=nid,
                text=path_text("write"),
                title=title,
                prompt=_text("note"),
                items=report_items,
                competency=CompetencyId(draw(st.sampled_from(competency_ids))),
                model=_text("model"),
                next=next_(),
            )
        elif kind == "checklist":
            items = tuple(
                ChecklistItem(ItemId(f"i{k}"), _text("item"), draw(st.booleans()), _text("fb"))
                for k in range(draw(st.integers(1, 3)))
            )
            nodes[nid] = ChecklistNode(
                id=nid,
                text=path_text("check"),
                title=title,
                prompt=_text("tick"),
                items=items,
                competency=CompetencyId(draw(st.sampled_from(competency_ids))),
                next=next_(),
            )
        else:
            timed = draw(st.integers(0, 4)) == 0
            nodes[nid] = DecisionNode(
                id=nid,
                text=path_text("decide"),
                title=title,
                choices=tuple(choice(k) for k in range(choice_counts[node_id])),
                time_limit=30 if timed else None,
                on_timeout=choice(None) if timed else None,
            )
    return Scenario(
        id=ScenarioId("random"),
        version=1,
        languages=("pl", "en"),
        title=_text("random"),
        competencies={CompetencyId(c): Competency(CompetencyId(c)) for c in competency_ids},
        variables=variables,
        start=NodeId(ids[0]),
        nodes=nodes,
        format="1.1" if uses_1_1 else "1",
    )
