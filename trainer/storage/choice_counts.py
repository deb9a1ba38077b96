"""What officers chose in one scenario, counted per attempt (read-only queries).

The editor's map shows these as shares (through ``trainer.services.choice_shares``,
which hides small counts); here are the raw counts, over the attempts of every profile.

- Attempts are selected by scenario id, optionally by version number (all stored
  contents with that number) and by when they were **started**: ``since <= started_at
  < until`` (UTC timestamps as stored), as the trainer overview selects them. Starting
  is the one moment every attempt has; a finishing time would leave out the attempts
  in progress and the abandoned ones, whose choices count too.
- Everything counts **attempts, not steps**: an officer who loops through a decision
  and picks the same choice twice counts once for it (and once for each other choice
  made on another pass).
- **Abandoned** attempts and those still in progress count for the choices they made,
  the nodes they reached and the checklists they answered; only finished attempts
  count for endings.
- A checklist item is **missed** by an attempt when, in one of its answers at that
  node, a correct item was not ticked or a wrong one was ticked (how checklists are
  scored: ``ChecklistNode.points_for`` in ``trainer.domain.model``). Which items are
  correct is read from the snapshot each attempt was played on.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, ColumnElement, case, cast, distinct, func, select, true

from trainer.storage import schema
from trainer.storage.database import Database

NodeChoice = tuple[str, str]  # (node id, choice id)
NodeItem = tuple[str, str]  # (checklist node id, item id)


@dataclass(frozen=True)
class ChoiceCounts:
    """The raw counts for one selection of attempts (see the module docstring)."""

    #: Attempts selected (any status), and of them the finished ones.
    attempts: int = 0
    finished: int = 0
    #: Node id -> attempts whose path reached the node (standing there counts).
    reached: dict[str, int] = field(default_factory=dict)
    #: (node id, choice id, node led to) -> attempts that made that choice and went
    #: there (a choice with conditional routes leads to one of several nodes).
    routes: dict[tuple[str, str, str], int] = field(default_factory=dict)
    #: Decision node id -> attempts that made at least one choice there.
    decided: dict[str, int] = field(default_factory=dict)
    #: (node id, choice id) -> attempts that made that choice (``timeout`` included).
    chosen: dict[NodeChoice, int] = field(default_factory=dict)
    #: Checklist node id -> attempts that answered it at least once.
    answered: dict[str, int] = field(default_factory=dict)
    #: (checklist node id, item id) -> attempts that missed the item (see above).
    missed: dict[NodeItem, int] = field(default_factory=dict)
    #: Ending node id -> finished attempts that ended there.
    endings: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DataSpan:
    """Which data a scenario has: its version numbers with attempts, when they started."""

    versions: list[int]
    first_started: str | None
    last_started: str | None
    attempts: int


def _filters(
    scenario_id: str, version: int | None, since: str | None, until: str | None
) -> list[ColumnElement[bool]]:
    attempt = schema.Attempt
    where: list[ColumnElement[bool]] = [attempt.scenario_id == scenario_id]
    if version is not None:
        where.append(
            attempt.scenario_version_id.in_(
                select(schema.ScenarioVersion.id).where(
                    schema.ScenarioVersion.scenario_id == scenario_id,
                    schema.ScenarioVersion.version == version,
                )
            )
        )
    if since is not None:
        where.append(attempt.started_at >= since)
    if until is not None:
        where.append(attempt.started_at < until)
    return where


def data_span(db: Database, scenario_id: str) -> DataSpan:
    """The versions of ``scenario_id`` that have attempts, and the range of their starts."""
    attempt, version = schema.Attempt, schema.ScenarioVersion
    with db.read() as session:
        numbers = session.scalars(
            select(version.version)
            .join(attempt, attempt.scenario_version_id == version.id)
            .where(attempt.scenario_id == scenario_id)
            .distinct()
            .order_by(version.version)
        ).all()
        first, last, count = session.execute(
            select(func.min(attempt.started_at), func.max(attempt.started_at), func.count()).where(
                attempt.scenario_id == scenario_id
            )
        ).one()
    return DataSpan([int(n) for n in numbers], first, last, int(count or 0))


def choice_counts(
    db: Database,
    scenario_id: str,
    *,
    version: int | None = None,
    since: str | None = None,
    until: str | None = None,
) -> ChoiceCounts:
    """The counts of the attempts at ``scenario_id`` selected as the module docstring says."""
    where = _filters(scenario_id, version, since, until)
    attempt, step = schema.Attempt, schema.Step
    # The path column is the JSON list of node ids an attempt went through.
    if db.dialect == "postgresql":
        elements = func.json_array_elements_text(cast(attempt.path, JSON))
        visited = elements.table_valued("value").alias("visited")
    else:
        visited = func.json_each(attempt.path).table_valued("value").alias("visited")
    with db.read() as session:
        attempts, finished = session.execute(
            select(
                func.count(),
                # COUNT skips NULL: this counts the finished attempts.
                func.count(case((attempt.status == "finished", 1))),
            ).where(*where)
        ).one()
        reached = session.execute(
            select(visited.c.value, func.count(distinct(attempt.id)))
            .select_from(attempt)
            .join(visited, true())
            .where(*where)
            .group_by(visited.c.value)
        ).all()
        chosen = session.execute(
            select(step.node_id, step.choice_id, func.count(distinct(attempt.id)))
            .join(step, step.attempt_id == attempt.id)
            .where(step.choice_id.is_not(None), *where)
            .group_by(step.node_id, step.choice_id)
        ).all()
        routes = session.execute(
            select(step.node_id, step.choice_id, step.to_node, func.count(distinct(attempt.id)))
            .join(step, step.attempt_id == attempt.id)
            .where(step.choice_id.is_not(None), *where)
            .group_by(step.node_id, step.choice_id, step.to_node)
        ).all()
        decided = session.execute(
            select(step.node_id, func.count(distinct(attempt.id)))
            .join(step, step.attempt_id == attempt.id)
            .where(step.choice_id.is_not(None), *where)
            .group_by(step.node_id)
        ).all()
        # Identical answers of one attempt collapse here; misses are decided below.
        answers = session.execute(
            select(attempt.id, attempt.scenario_version_id, step.node_id, step.ticked)
            .join(step, step.attempt_id == attempt.id)
            .where(step.action == "checklist", *where)
            .distinct()
        ).all()
        endings = session.execute(
            select(attempt.ending, func.count())
            .where(attempt.status == "finished", attempt.ending.is_not(None), *where)
            .group_by(attempt.ending)
        ).all()
        snapshots = {
            vid: snapshot
            for vid, snapshot in session.execute(
                select(schema.ScenarioVersion.id, schema.ScenarioVersion.snapshot).where(
                    schema.ScenarioVersion.id.in_({row[1] for row in answers})
                )
            )
        }
    answered, missed = _checklist_counts(answers, snapshots)
    return ChoiceCounts(
        attempts=int(attempts),
        finished=int(finished),
        reached={str(node): int(n) for node, n in reached},
        routes={(str(node), str(choice), str(to)): int(n) for node, choice, to, n in routes},
        decided={str(node): int(n) for node, n in decided},
        chosen={(str(node), str(choice)): int(n) for node, choice, n in chosen},
        answered=answered,
        missed=missed,
        endings={str(ending): int(n) for ending, n in endings},
    )


def correct_items(snapshot: dict[str, Any]) -> dict[str, dict[str, bool]]:
    """Checklist node id -> item id -> whether it is correct, in a stored snapshot."""
    nodes = snapshot.get("nodes")
    found: dict[str, dict[str, bool]] = {}
    if not isinstance(nodes, dict):
        return found
    for node_id, body in nodes.items():
        if not isinstance(body, dict) or body.get("type") != "checklist":
            continue
        items = body.get("items")
        if isinstance(items, list):
            found[str(node_id)] = {
                str(item["id"]): bool(item.get("correct"))
                for item in items
                if isinstance(item, dict) and "id" in item
            }
    return found


def _checklist_counts(
    answers: Sequence[Any], snapshots: dict[str, str]
) -> tuple[dict[str, int], dict[NodeItem, int]]:
    """Attempts that answered each checklist, and that missed each item (once each)."""
    keys: dict[str, dict[str, dict[str, bool]]] = {}
    answering: dict[str, set[str]] = defaultdict(set)
    missing: dict[NodeItem, set[str]] = defaultdict(set)
    for attempt_id, version_id, node_id, ticked_json in answers:
        if version_id not in keys:
            keys[version_id] = correct_items(json.loads(snapshots.get(version_id, "{}")))
        items = keys[version_id].get(node_id, {})
        ticked = set(json.loads(ticked_json))
        answering[node_id].add(attempt_id)
        for item_id, correct in items.items():
            if (item_id in ticked) != correct:
                missing[(node_id, item_id)].add(attempt_id)
        # Make sure every item has a row (0 misses) once its checklist was answered.
        for item_id in items:
            missing.setdefault((node_id, item_id), set())
    return (
        {node: len(ids) for node, ids in answering.items()},
        {key: len(ids) for key, ids in missing.items()},
    )


__all__ = ["ChoiceCounts", "DataSpan", "choice_counts", "correct_items", "data_span"]
