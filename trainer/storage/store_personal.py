"""Personal data: a profile's export (access), its erasure, and the retention period."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from trainer.fileio import atomic_write_bytes
from trainer.storage import schema
from trainer.storage.errors import ProfileError
from trainer.storage.peek import ERASURE_LEDGER, erased_profile_ids
from trainer.storage.records import ProfileRecord, end_times
from trainer.storage.retention import (
    PurgeOutcome,
    delete_attempts,
    expired_attempts,
    purge_expired,
    retention_months,
    set_retention_months,
)
from trainer.storage.store_base import iso
from trainer.storage.store_play import PlayRecordStore
from trainer.storage.store_profiles import ProfileStore


class PersonalDataStore(ProfileStore, PlayRecordStore):
    """Exporting and erasing what is stored about a person; keeping attempts no longer than set."""

    # -- the erasure ledger -------------------------------------------------------------

    # An erasure is final: a backup from before it must not bring the person back. The
    # ledger lives beside the database, not in it, so no restore can roll it back; it
    # holds only random profile ids.
    @property
    def erasure_ledger(self) -> Path:
        """The file listing the ids of every profile erased on this laptop."""
        return self.data_dir / ERASURE_LEDGER

    def erased_profile_ids(self) -> list[str]:
        """Ids of every profile ever erased here (see ``peek.erased_profile_ids``)."""
        with self.db.read() as session:
            connection = session.connection().connection.driver_connection
            assert connection is not None
            return erased_profile_ids(self.data_dir, connection)

    def reapply_erasures(self) -> int:
        """Erase again any erased profile that a restored backup brought back."""
        count = 0
        for profile_id in self.erased_profile_ids():
            if self.get_profile(profile_id) is not None:
                self.erase_profile(profile_id, operator_id=None, action="erase-reapplied")
                count += 1
        return count

    # -- access and erasure ------------------------------------------------------------

    def export_profile(self, profile_id: str) -> dict[str, Any]:
        """Everything stored about one profile, as JSON-ready data (GDPR access)."""
        profile = self.get_profile(profile_id)
        if profile is None:
            raise ProfileError("no such profile")
        attempts = []
        with self.db.read() as session:
            results = session.execute(
                select(schema.CompetencyResult)
                .join(schema.Attempt, schema.Attempt.id == schema.CompetencyResult.attempt_id)
                .where(schema.Attempt.profile_id == profile_id)
            ).scalars()
            by_attempt: dict[str, dict[str, Any]] = {}
            for r in results:
                by_attempt.setdefault(r.attempt_id, {})[r.competency] = {
                    "points": r.points,
                    "maximum": r.maximum,
                    "percent": r.percent,
                }
            lookups: dict[str, list[dict[str, Any]]] = {}
            for lookup in session.scalars(
                select(schema.CardLookup)
                .join(schema.Attempt, schema.Attempt.id == schema.CardLookup.attempt_id)
                .where(schema.Attempt.profile_id == profile_id)
            ):
                lookups.setdefault(lookup.attempt_id, []).append(
                    {
                        "seq": lookup.seq,
                        "node": lookup.node_id,
                        "card": lookup.card_id,
                        "at": lookup.created_at,
                    }
                )
        for attempt in self.attempts_for_profile(profile_id):
            full = self.attempt(attempt.id)
            attempts.append(
                {
                    "id": full.id,
                    "scenario": full.scenario_id,
                    "version": full.version,
                    "title": full.title,
                    "mode": full.mode,
                    "language": full.language,
                    "status": full.status,
                    "started": full.started_at,
                    **end_times(full.status, full.finished_at),
                    "ending": full.ending,
                    "outcome": full.outcome,
                    "overall_percent": full.overall_percent,
                    "path": full.path,
                    "points": full.points,
                    "results": by_attempt.get(full.id, {}),
                    "card_lookups": lookups.get(full.id, []),
                    "order_seed": full.order_seed,
                    "address": full.address,
                    "steps": [
                        {
                            "seq": s.seq,
                            "node": s.node_id,
                            "action": s.action,
                            "choice": s.choice_id,
                            "ticked": s.ticked,
                            "gained": s.gained,
                            "to": s.to_node,
                            "elapsed_ms": s.elapsed_ms,
                            "shown": s.shown_order,
                            "note": s.note,
                            "at": s.created_at,
                        }
                        for s in self.steps(full.id)
                    ],
                    "device": full.device_id,
                }
            )
        return {
            "export_format": 1,
            "exported_at": self.now(),
            "profile": {
                "id": profile.id,
                "display_name": profile.display_name,
                "role": profile.role,
                "language": profile.language,
                "address": profile.address,
                "created": profile.created_at,
                "has_pin_or_password": profile.secret_hash is not None,
            },
            "attempts": attempts,
        }

    def erase_profile(
        self, profile_id: str, *, operator_id: str | None = None, action: str = "erase-profile"
    ) -> None:
        """Delete a profile and everything about it, leaving no copy in the file.

        ``secure_delete`` zeroes freed pages; the WAL is checkpointed and truncated so
        no old page survives there either. The audit log keeps only the profile's id.
        """
        if self.get_profile(profile_id) is None:
            raise ProfileError("no such profile")
        erased = self.erased_profile_ids()
        if profile_id not in erased:
            # Written first: if the process dies after this, the next start finishes the job.
            atomic_write_bytes(self.erasure_ledger, json.dumps([*erased, profile_id]).encode())
        with self.db.write() as session:
            found = session.get(schema.Profile, profile_id)
            if found is None:
                raise ProfileError("no such profile")
            delete_attempts(
                session, select(schema.Attempt.id).where(schema.Attempt.profile_id == profile_id)
            )
            session.execute(delete(schema.Profile).where(schema.Profile.id == profile_id))
            session.add(self._audit_entry(action, profile_id, operator_id))
        self.db.checkpoint()

    # -- retention (see trainer.storage.retention) --------------------------------------

    def retention_months(self) -> int | None:
        """How many months attempts are kept after their last step (None: until erased)."""
        return retention_months(self.db)

    def set_retention_months(self, months: int | None, *, operator_id: str | None = None) -> int:
        """Set the period (None: keep until erased by hand) and apply it now, after a backup.

        Setting it is the instructor's confirmation. Returns how many attempts it
        deleted. ValueError outside 1–120 months. ``operator_id``: the instructor who
        set it, for the audit log.
        """
        set_retention_months(self.db, months)
        self.audit("set-retention" if months else "retention-off", None, operator_id)
        return self.purge_expired(confirmed=True, operator_id=operator_id).deleted

    def purge_expired(
        self, *, confirmed: bool = False, operator_id: str | None = None
    ) -> PurgeOutcome:
        """Apply the retention period now, after a ``pre-purge`` backup (see
        :func:`trainer.storage.retention.purge_expired`: unless ``confirmed`` by an
        instructor the caller has authorised, a purge on a doubtful clock is held back)."""
        return purge_expired(
            self.db,
            self.clock(),
            iso,
            backup=lambda: self.safety_backup("pre-purge"),
            confirmed=confirmed,
            operator_id=operator_id,
        )

    def apply_retention_now(self, operator: ProfileRecord) -> int:
        """Run a held-back purge: ``operator`` is an instructor the caller has authorised."""
        return self.purge_expired(confirmed=True, operator_id=operator.id).deleted

    def attempts_older_than(self, months: int) -> int:
        """How many attempts a period of ``months`` would delete now."""
        expired = expired_attempts(months, self.clock(), iso).subquery()
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(expired)) or 0)
