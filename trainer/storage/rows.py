"""Plain result rows to records, shared by the store and the start-up peek (no SQLAlchemy)."""

from __future__ import annotations

import json
from typing import Any

from trainer.storage.records import AttemptRecord

#: The columns :func:`attempt_from_row` unpacks, in order (``PlayRecordStore._attempt_query``
#: selects the same ones through SQLAlchemy; a test keeps the two in step).
ATTEMPT_COLUMNS = (
    "attempts.id",
    "attempts.profile_id",
    "attempts.scenario_id",
    "attempts.scenario_version_id",
    "scenario_versions.version",
    "scenario_versions.title",
    "attempts.mode",
    "attempts.language",
    "attempts.status",
    "attempts.started_at",
    "attempts.updated_at",
    "attempts.finished_at",
    "attempts.ending",
    "attempts.outcome",
    "attempts.step_count",
    "attempts.overall_percent",
    "attempts.path",
    "attempts.points",
    "attempts.maximum",
    "attempts.device_id",
    "attempts.order_seed",
    "attempts.address",
)
#: The columns that follow :data:`ATTEMPT_COLUMNS` when the saved state is read too.
STATE_COLUMNS = (
    "attempt_states.state",
    "attempt_states.clock_step",
    "attempt_states.clock_left_ms",
    "attempt_states.draft_note",
)


def attempt_from_row(row: Any, *, with_state: bool) -> AttemptRecord:
    """An attempt from a row of :data:`ATTEMPT_COLUMNS` (plus :data:`STATE_COLUMNS` if
    ``with_state``)."""
    # By position, in the order of PlayRecordStore._attempt_query: reading twenty columns by name
    # cost more than the query itself when listing a long history.
    (
        attempt_id,
        profile_id,
        scenario_id,
        scenario_version_id,
        version,
        title,
        mode,
        language,
        status,
        started_at,
        updated_at,
        finished_at,
        ending,
        outcome,
        step_count,
        overall_percent,
        path,
        points,
        maximum,
        device_id,
        order_seed,
        address,
        *state,
    ) = row
    # The three JSON columns (documents this store wrote) decoded in one call.
    path_list, points_map, maximum_map = json.loads(f"[{path},{points},{maximum}]")
    return AttemptRecord(
        id=attempt_id,
        profile_id=profile_id,
        scenario_id=scenario_id,
        scenario_version_id=scenario_version_id,
        version=version,
        title=title,
        mode=mode,
        language=language,
        status=status,
        started_at=started_at,
        updated_at=updated_at,
        finished_at=finished_at,
        ending=ending,
        outcome=outcome,
        step_count=step_count,
        overall_percent=overall_percent,
        path=path_list,
        points=points_map,
        maximum=maximum_map,
        device_id=device_id,
        state=state[0] if with_state else "",
        order_seed=order_seed,
        clock=(state[1], state[2]) if with_state and state[1] is not None else None,
        address=address,
        draft_note=state[3] if with_state else None,
    )
