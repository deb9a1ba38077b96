"""Turn schema-checked plain data into the domain model."""

from __future__ import annotations

from typing import Any

from trainer.domain.conditions import Condition, ConditionSyntaxError, parse_condition
from trainer.domain.findings import Finding, error
from trainer.domain.ids import (
    CardId,
    ChoiceId,
    CompetencyId,
    ItemId,
    NodeId,
    ScenarioId,
    VariableName,
)
from trainer.domain.model import (
    AnyNode,
    Card,
    ChecklistItem,
    ChecklistNode,
    Choice,
    Competency,
    DecisionNode,
    EndingNode,
    Mode,
    Next,
    Order,
    Outcome,
    Rating,
    ReportItem,
    ReportNode,
    Route,
    Scenario,
    SceneNode,
    Stage,
    Variable,
)
from trainer.domain.text import Text
from trainer.domain.variants import Alternative, PathText, Variants
from trainer.scenario_io.limits import MAX_CONDITION_CHARS
from trainer.scenario_io.yaml_tree import Path


class _Builder:
    """Builds one scenario; collects condition-syntax findings on the way."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.language: str = data["languages"][0]
        self.findings: list[Finding] = []
        self._parsed: dict[str, Condition] = {}
        self._condition_chars = 0
        self._never_true: Condition | None = None

    def text(self, value: Any) -> Text:
        if isinstance(value, str):
            return Text.single(self.language, value)
        return Text(dict(value))

    def optional_text(self, value: Any) -> Text | None:
        return None if value is None else self.text(value)

    def path_text(self, value: Any, path: Path, node: str, choice: str | None) -> PathText:
        if not isinstance(value, list):
            return self.text(value)
        alternatives = []
        for index, raw in enumerate(value):
            source = raw.get("if")
            condition = (
                None
                if source is None
                else self.condition(source, (*path, index, "if"), node, choice)
            )
            alternatives.append(Alternative(self.text(raw["text"]), condition))
        return Variants(tuple(alternatives))

    def optional_path_text(
        self, value: Any, path: Path, node: str, choice: str | None
    ) -> PathText | None:
        return None if value is None else self.path_text(value, path, node, choice)

    def condition(self, source: str, path: Path, node: str | None, choice: str | None) -> Condition:
        known = self._parsed.get(source)
        if known is not None:  # the same text again parses to the same condition
            return known
        self._condition_chars += len(source)
        if self._condition_chars > MAX_CONDITION_CHARS:
            # Parsing is about a millisecond per 1,000 characters: without a total cap,
            # a file under the size cap could spend seconds here alone.
            if self._condition_chars - len(source) <= MAX_CONDITION_CHARS:
                self.findings.append(
                    error(
                        "too-many-conditions",
                        "the conditions of this scenario add up to more than"
                        f" {MAX_CONDITION_CHARS:,} characters (different conditions counted"
                        " once); this and later conditions are not read",
                        path=path,
                        node=node,
                        choice=choice,
                    )
                )
            return self._never()
        try:
            parsed = parse_condition(source)
        except ConditionSyntaxError as exc:
            self.findings.append(
                error(
                    "condition-syntax",
                    f"condition {source!r}: {exc.message}",
                    path=(*path, f"@{exc.position}"),
                    node=node,
                    choice=choice,
                )
            )
            return self._never()
        self._parsed[source] = parsed
        return parsed

    def _never(self) -> Condition:
        # A condition that never holds keeps the model usable for further checks.
        if self._never_true is None:
            self._never_true = parse_condition("0 == 1")
        return self._never_true

    def next(self, value: Any, path: Path, node: str, choice: str | None) -> Next:
        if isinstance(value, str):
            return Next.to(NodeId(value))
        routes = []
        for index, route in enumerate(value):
            source = route.get("if")
            condition = (
                None
                if source is None
                else self.condition(source, (*path, index, "if"), node, choice)
            )
            routes.append(Route(NodeId(route["to"]), condition))
        return Next(tuple(routes), as_list=True)

    def choice(self, raw: dict[str, Any], path: Path, node: str, choice_id: str) -> Choice:
        source = raw.get("if")
        return Choice(
            id=ChoiceId(choice_id),
            text=self.optional_text(raw.get("text")),
            rating=Rating(raw["rating"]),
            next=self.next(raw["next"], (*path, "next"), node, choice_id),
            feedback=self.optional_path_text(
                raw.get("feedback"), (*path, "feedback"), node, choice_id
            ),
            score={CompetencyId(k): v for k, v in (raw.get("score") or {}).items()},
            effects={VariableName(k): v for k, v in (raw.get("effects") or {}).items()},
            condition=None
            if source is None
            else self.condition(source, (*path, "if"), node, choice_id),
        )

    def node(self, node_id: str, raw: dict[str, Any]) -> AnyNode:
        path: Path = ("nodes", node_id)
        common: dict[str, Any] = {
            "id": NodeId(node_id),
            "text": self.path_text(raw["text"], (*path, "text"), node_id, None),
            "title": self.optional_path_text(raw.get("title"), (*path, "title"), node_id, None),
            "image": raw.get("image"),
            "image_alt": self.optional_text(raw.get("image_alt")),
            "cards": tuple(CardId(c) for c in raw.get("cards") or ()),
            "stage": Stage(raw["stage"]) if raw.get("stage") else None,
        }
        kind = raw["type"]
        if kind == "scene":
            return SceneNode(**common, next=self.next(raw["next"], (*path, "next"), node_id, None))
        if kind == "decision":
            choices = tuple(
                self.choice(c, (*path, "choices", i), node_id, c["id"])
                for i, c in enumerate(raw["choices"])
            )
            timeout = raw.get("on_timeout")
            return DecisionNode(
                **common,
                choices=choices,
                time_limit=raw.get("time_limit"),
                order=Order(raw["order"]) if "order" in raw else None,
                on_timeout=None
                if timeout is None
                else self.choice(timeout, (*path, "on_timeout"), node_id, "timeout"),
            )
        if kind == "checklist":
            items = tuple(
                ChecklistItem(
                    id=ItemId(item["id"]),
                    text=self.text(item["text"]),
                    correct=item["correct"],
                    feedback=self.optional_text(item.get("feedback")),
                )
                for item in raw["items"]
            )
            return ChecklistNode(
                **common,
                prompt=self.text(raw["prompt"]),
                items=items,
                competency=CompetencyId(raw["competency"]),
                next=self.next(raw["next"], (*path, "next"), node_id, None),
                order=Order(raw["order"]) if "order" in raw else None,
            )
        if kind == "report":
            return ReportNode(
                **common,
                prompt=self.optional_text(raw.get("prompt")),
                items=tuple(
                    ReportItem(
                        id=ItemId(item["id"]),
                        text=self.text(item["text"]),
                        feedback=self.optional_text(item.get("feedback")),
                    )
                    for item in raw["items"]
                ),
                competency=CompetencyId(raw["competency"]),
                model=self.text(raw["model"]),
                next=self.next(raw["next"], (*path, "next"), node_id, None),
                min_words=raw.get("min_words"),
            )
        return EndingNode(
            **common,
            outcome=Outcome(raw["outcome"]),
            debrief=self.optional_path_text(raw.get("debrief"), (*path, "debrief"), node_id, None),
        )

    def scenario(self) -> Scenario:
        data = self.data
        variables = {
            VariableName(name): Variable(
                name=VariableName(name),
                initial=raw.get("initial", 0),
                minimum=raw.get("min"),
                maximum=raw.get("max"),
                label=self.optional_text(raw.get("label")),
            )
            for name, raw in (data.get("variables") or {}).items()
        }
        return Scenario(
            format=str(data["format"]),
            id=ScenarioId(data["id"]),
            version=data["version"],
            languages=tuple(data["languages"]),
            title=self.text(data["title"]),
            summary=self.optional_text(data.get("summary")),
            tags=tuple(data.get("tags") or ()),
            minutes=data.get("minutes"),
            modes=tuple(Mode(m) for m in data["modes"])
            if data.get("modes")
            else (Mode.PRACTICE, Mode.ASSESSMENT),
            competencies={
                CompetencyId(cid): Competency(
                    id=CompetencyId(cid),
                    label=self.optional_text(raw.get("label")),
                    description=self.optional_text(raw.get("description")),
                )
                for cid, raw in data["competencies"].items()
            },
            variables=variables,
            cards={
                CardId(cid): Card(CardId(cid), self.text(raw["title"]), self.text(raw["text"]))
                for cid, raw in (data.get("cards") or {}).items()
            },
            start=NodeId(data["start"]),
            nodes={NodeId(nid): self.node(nid, raw) for nid, raw in data["nodes"].items()},
        )


def build_scenario(data: dict[str, Any]) -> tuple[Scenario, list[Finding]]:
    """The model of schema-valid ``data``, plus condition-syntax findings."""
    builder = _Builder(data)
    scenario = builder.scenario()
    return scenario, builder.findings
