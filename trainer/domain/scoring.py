"""Percentages from points and maxima, as the format's Scoring section defines them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypeVar

from trainer.domain.ids import CompetencyId

_K = TypeVar("_K", bound=str)


@dataclass(frozen=True, slots=True)
class ScoreSheet:
    """Points, maxima and percentages of one attempt (percentages None where max is 0)."""

    points: dict[CompetencyId, int]
    maximum: dict[CompetencyId, int]
    percent: dict[CompetencyId, float | None]
    overall_percent: float | None


def percentages(
    points: Mapping[_K, int], maximum: Mapping[_K, int]
) -> tuple[dict[_K, float | None], float | None]:
    """Per-competency percent = points ÷ maximum clamped to 0–100; overall = Σ clamped ÷ Σ max.

    Percentages are rounded to one decimal place, the precision everything shows.
    A competency whose maximum is 0 has no percentage and does not count overall.
    """
    percent: dict[_K, float | None] = {}
    earned = 0
    total = 0
    for cid, top in maximum.items():
        if top <= 0:
            percent[cid] = None
            continue
        got = points.get(cid, 0)
        # Inlined clamp: this runs for every competency of every attempt in a history.
        clamped = 0 if got < 0 else top if got > top else got
        percent[cid] = round(100 * clamped / top, 1)
        earned += clamped
        total += top
    return percent, (round(100 * earned / total, 1) if total else None)


def score_sheet(
    points: Mapping[CompetencyId, int], maximum: Mapping[CompetencyId, int]
) -> ScoreSheet:
    """Points, maxima and :func:`percentages` together."""
    percent, overall = percentages(points, maximum)
    return ScoreSheet(
        points={cid: points.get(cid, 0) for cid in maximum},
        maximum=dict(maximum),
        percent=percent,
        overall_percent=overall,
    )
