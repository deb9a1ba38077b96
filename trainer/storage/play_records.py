"""Records of play: the steps of an attempt, its ending, and the scenario version played."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class NewStep:
    """A step to record; ``id`` is the caller's idempotency key."""

    id: str
    seq: int
    node_id: str
    action: str
    to_node: str
    choice_id: str | None = None
    ticked: list[str] = field(default_factory=list)
    gained: dict[str, int] = field(default_factory=dict)
    elapsed_ms: int | None = None
    #: The choice or item ids in the order shown (None at scenes and endings).
    shown_order: list[str] | None = None
    #: The note written at a report node (personal data).
    note: str | None = None


@dataclass(frozen=True, slots=True)
class StepRecord:
    """A recorded step."""

    id: str
    seq: int
    node_id: str
    action: str
    to_node: str
    choice_id: str | None
    ticked: list[str]
    gained: dict[str, int]
    elapsed_ms: int | None
    created_at: str
    #: The order shown; None at scenes, endings, and steps stored before orders were.
    shown_order: list[str] | None = None
    #: The note written at a report node; None elsewhere.
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Finish:
    """What is stored when an attempt reaches an ending."""

    ending: str
    outcome: str
    overall_percent: float | None
    results: dict[str, tuple[int, int, float | None]]  # competency -> points, maximum, percent


@dataclass(frozen=True, slots=True)
class ScenarioSnapshot:
    """The exact content of a played scenario version."""

    id: str
    scenario_id: str
    version: int
    title: str
    content_hash: str
    document: dict[str, Any]
