"""Plain records the storage layer hands out (no SQLAlchemy objects leave it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple


@dataclass(frozen=True, slots=True)
class ProfileRecord:
    """A profile as stored (the secret hash stays inside the storage and services)."""

    id: str
    display_name: str
    role: str
    secret_hash: str | None
    failed_logins: int
    lock_level: int
    locked_at: str | None
    locked_seconds: int
    language: str | None
    created_at: str


@dataclass(frozen=True, slots=True)
class AttemptRecord:
    """One attempt's summary and its resumable state."""

    id: str
    profile_id: str
    scenario_id: str
    scenario_version_id: str
    version: int
    title: str
    mode: str
    language: str
    status: str
    started_at: str
    updated_at: str
    finished_at: str | None
    ending: str | None
    outcome: str | None
    step_count: int
    overall_percent: float | None
    path: list[str]
    points: dict[str, int]
    maximum: dict[str, int]
    device_id: str
    state: str = ""  # JSON; empty in listings, which do not need it


class HistorySummary(NamedTuple):
    """What a history listing shows of one attempt (a tuple: thousands are built at once)."""

    id: str
    scenario_id: str
    version: int
    title: str
    mode: str
    language: str
    status: str
    started_at: str
    finished_at: str | None
    ending: str | None
    outcome: str | None
    path: list[str]
    points: dict[str, int]
    maximum: dict[str, int]
    scenario_version_id: str = ""
    overall_percent: float | None = None


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
