"""Plain records of profiles and attempts the storage layer hands out (no SQLAlchemy objects).

The records of play (steps, endings, scenario snapshots) are in
:mod:`trainer.storage.play_records`: the app's first screen needs only these two, and
each frozen dataclass costs about a millisecond to create at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


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
    #: How scenarios address the officer: ``m``, ``f``, or None for both forms.
    address: str | None = None


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
    #: Orders the choices and items shown; None: stored before seeds existed (file order).
    order_seed: int | None = None
    #: A paused timed decision's clock: (step it belongs to, milliseconds left); with state.
    clock: tuple[int, int] | None = None
    #: The form of address the attempt was shown in (``m``, ``f``; None: both forms).
    address: str | None = None
    #: A report note being written when the attempt was left (with state).
    draft_note: str | None = None


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


def end_times(status: str, finished_at: str | None) -> dict[str, str | None]:
    """When an attempt ended, under the key that says how: ``finished`` or ``abandoned``.

    ``finished_at`` is when it ended either way; ``finished`` keeps meaning finished for
    scripts written before attempts could be abandoned.
    """
    return {
        "finished": finished_at if status == "finished" else None,
        "abandoned": finished_at if status == "abandoned" else None,
    }
