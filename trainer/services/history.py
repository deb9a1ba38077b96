"""A profile's attempts as the history listing shows them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from trainer.domain.ids import CompetencyId
from trainer.domain.scoring import score_sheet
from trainer.storage.records import AttemptRecord, ProfileRecord
from trainer.storage.store import Store


def history_entry(record: AttemptRecord) -> dict[str, Any]:
    """One attempt in the shape of ``trainer history --json``."""
    # Competency ids are plain strings at run time: no copies needed to type them.
    sheet = score_sheet(
        cast("Mapping[CompetencyId, int]", record.points),
        cast("Mapping[CompetencyId, int]", record.maximum),
    )
    return {
        "id": record.id,
        "scenario": record.scenario_id,
        "version": record.version,
        "title": record.title,
        "mode": record.mode,
        "language": record.language,
        "status": record.status,
        "started": record.started_at,
        "finished": record.finished_at,
        "ending": record.ending,
        "outcome": record.outcome,
        "path": record.path,
        "points": sheet.points,  # fresh dicts made by score_sheet
        "maximum": sheet.maximum,
        "percent": sheet.percent,
        "overall_percent": sheet.overall_percent,
    }


class HistoryService:
    """Read-only views of past attempts."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def entries(self, profile: ProfileRecord) -> list[dict[str, Any]]:
        """Every attempt of the profile, oldest first."""
        return [history_entry(r) for r in self.store.attempts_for_profile(profile.id)]
