"""Percentages from points and maxima, as the format's Scoring section defines them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from trainer.domain.ids import CompetencyId


@dataclass(frozen=True, slots=True)
class ScoreSheet:
    """Points, maxima and percentages of one attempt (percentages None where max is 0)."""

    points: dict[CompetencyId, int]
    maximum: dict[CompetencyId, int]
    percent: dict[CompetencyId, float | None]
    overall_percent: float | None


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def score_sheet(
    points: Mapping[CompetencyId, int], maximum: Mapping[CompetencyId, int]
) -> ScoreSheet:
    """Per-competency percent = points ÷ maximum clamped to 0–100; overall = Σ clamped ÷ Σ max.

    Percentages are rounded to one decimal place, the precision everything shows.
    """
    percent: dict[CompetencyId, float | None] = {}
    earned = 0
    total = 0
    for cid, top in maximum.items():
        got = points.get(cid, 0)
        if top <= 0:
            percent[cid] = None
            continue
        clamped = _clamp(got, 0, top)
        percent[cid] = round(100 * clamped / top, 1)
        earned += clamped
        total += top
    overall = round(100 * earned / total, 1) if total else None
    return ScoreSheet(
        points={cid: points.get(cid, 0) for cid in maximum},
        maximum=dict(maximum),
        percent=percent,
        overall_percent=overall,
    )
