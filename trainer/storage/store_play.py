"""The play record: scenario versions as played, attempts, their steps and look-ups.

Every write an officer's play makes goes through here, one transaction per step, and
so do the reads that bring an attempt back (resume, replay, the personal data export).
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, update

from trainer.storage import schema
from trainer.storage.errors import StorageError
from trainer.storage.play_records import Finish, NewStep, ScenarioSnapshot, StepRecord
from trainer.storage.records import AttemptRecord
from trainer.storage.rows import attempt_from_row as _attempt
from trainer.storage.store_base import StoreBase


class PlayRecordStore(StoreBase):
    """Scenario snapshots, attempts and steps: written while playing, read to resume."""

    # -- scenario versions --------------------------------------------------------------

    def ensure_scenario_version(
        self, *, scenario_id: str, version: int, title: str, document: dict[str, Any]
    ) -> ScenarioSnapshot:
        """The stored snapshot of this exact content, stored now if new."""
        import hashlib

        snapshot = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        content_hash = hashlib.sha256(snapshot.encode()).hexdigest()
        with self.db.write() as session:
            row = session.scalar(
                select(schema.ScenarioVersion).where(
                    schema.ScenarioVersion.content_hash == content_hash
                )
            )
            if row is None:
                row = schema.ScenarioVersion(
                    id=schema.new_id(),
                    content_hash=content_hash,
                    scenario_id=scenario_id,
                    version=version,
                    title=title,
                    snapshot=snapshot,
                    created_at=self.now(),
                )
                session.add(row)
            return ScenarioSnapshot(
                row.id, row.scenario_id, row.version, row.title, content_hash, document
            )

    def scenario_snapshot(self, scenario_version_id: str) -> ScenarioSnapshot:
        """The snapshot an attempt was played on."""
        with self.db.read() as session:
            row = session.get(schema.ScenarioVersion, scenario_version_id)
            if row is None:
                raise StorageError(f"scenario version {scenario_version_id} is not stored")
            return ScenarioSnapshot(
                row.id,
                row.scenario_id,
                row.version,
                row.title,
                row.content_hash,
                json.loads(row.snapshot),
            )

    # -- attempts and steps -----------------------------------------------------------

    def start_attempt(
        self,
        *,
        profile_id: str,
        snapshot: ScenarioSnapshot,
        mode: str,
        language: str,
        state: str,
        path: list[str],
        points: dict[str, int],
        maximum: dict[str, int],
        order_seed: int | None = None,
        address: str | None = None,
    ) -> AttemptRecord:
        """A new, unfinished attempt at its start node (``order_seed``, ``address``: see schema)."""
        now = self.now()
        with self.db.write() as session:
            row = schema.Attempt(
                id=schema.new_id(),
                profile_id=profile_id,
                scenario_version_id=snapshot.id,
                scenario_id=snapshot.scenario_id,
                mode=mode,
                language=language,
                status="in_progress",
                started_at=now,
                updated_at=now,
                step_count=0,
                path=json.dumps(path),
                points=json.dumps(points),
                maximum=json.dumps(maximum),
                device_id=self.device_id,
                order_seed=order_seed,
                address=address,
            )
            session.add(row)
            session.add(schema.AttemptState(attempt_id=row.id, state=state))
        return self.attempt(row.id)

    def record_step(
        self,
        attempt_id: str,
        step: NewStep,
        *,
        state: str,
        path: list[str],
        points: dict[str, int],
        finish: Finish | None = None,
    ) -> bool:
        """Store one step and the resulting state in one transaction, durably.

        Returns False (and changes nothing) if a step with this id is already stored:
        the id makes a retried or doubled submit harmless.
        """
        now = self.now()
        with self.db.write() as session:
            if session.get(schema.Step, step.id) is not None:
                return False
            attempt = session.get(schema.Attempt, attempt_id)
            if attempt is None:
                raise StorageError(f"attempt {attempt_id} does not exist")
            if attempt.status != "in_progress":
                raise StorageError(f"this attempt has already ended ({attempt.status})")
            if step.seq != attempt.step_count + 1:
                raise StorageError(
                    f"step {step.seq} does not follow step {attempt.step_count} of the attempt"
                )
            session.add(
                schema.Step(
                    id=step.id,
                    attempt_id=attempt_id,
                    seq=step.seq,
                    node_id=step.node_id,
                    action=step.action,
                    choice_id=step.choice_id,
                    ticked=json.dumps(step.ticked),
                    gained=json.dumps(step.gained),
                    to_node=step.to_node,
                    elapsed_ms=step.elapsed_ms,
                    created_at=now,
                    shown_order=None if step.shown_order is None else json.dumps(step.shown_order),
                    note=step.note,
                )
            )
            attempt.step_count = step.seq
            session.execute(
                update(schema.AttemptState)
                .where(schema.AttemptState.attempt_id == attempt_id)
                # A paused clock and a draft note belonged to the node this step left.
                .values(state=state, clock_step=None, clock_left_ms=None, draft_note=None)
            )
            attempt.path = json.dumps(path)
            attempt.points = json.dumps(points)
            attempt.updated_at = now
            if finish is not None:
                attempt.status = "finished"
                attempt.finished_at = now
                attempt.ending = finish.ending
                attempt.outcome = finish.outcome
                attempt.overall_percent = finish.overall_percent
                for competency, (got, top, percent) in finish.results.items():
                    session.add(
                        schema.CompetencyResult(
                            attempt_id=attempt_id,
                            competency=competency,
                            points=got,
                            maximum=top,
                            percent=percent,
                        )
                    )
        return True

    def save_clock(self, attempt_id: str, *, step: int, left_ms: int) -> None:
        """Keep a timed decision's remaining time: ``step`` is the seq of the step it awaits.

        Ignored once that step is stored or the attempt has ended (a late save from a
        countdown that was already answered must not stick to the next node).
        """
        with self.db.write() as session:
            attempt = session.get(schema.Attempt, attempt_id)
            if attempt is None:
                raise StorageError(f"attempt {attempt_id} does not exist")
            if attempt.status != "in_progress" or attempt.step_count != step - 1:
                return
            session.execute(
                update(schema.AttemptState)
                .where(schema.AttemptState.attempt_id == attempt_id)
                .values(clock_step=step, clock_left_ms=left_ms)
            )

    def keep_draft_note(self, attempt_id: str, step: int, text: str | None) -> None:
        """Keep the note being written at a report node (``step``: the seq it will get).

        Ignored once that step is stored or the attempt has ended, like a paused clock.
        """
        with self.db.write() as session:
            attempt = session.get(schema.Attempt, attempt_id)
            if attempt is None:
                raise StorageError(f"attempt {attempt_id} does not exist")
            if attempt.status != "in_progress" or attempt.step_count != step - 1:
                return
            session.execute(
                update(schema.AttemptState)
                .where(schema.AttemptState.attempt_id == attempt_id)
                .values(draft_note=text)
            )

    def abandon_attempt(self, attempt_id: str) -> bool:
        """Mark an attempt in progress as abandoned, now (the officer chose to start over).

        Its steps stay as they were; ``finished_at`` records when it ended, ``status``
        how (``abandoned``, with no ending, outcome or result). Returns False (and
        changes nothing) if the attempt is no longer in progress: finished meanwhile, or
        abandoned already (a doubled click).
        """
        now = self.now()
        with self.db.write() as session:
            attempt = session.get(schema.Attempt, attempt_id)
            if attempt is None:
                raise StorageError(f"attempt {attempt_id} does not exist")
            if attempt.status != "in_progress":
                return False
            attempt.status = "abandoned"
            attempt.finished_at = now
            attempt.updated_at = now
        return True

    def record_card_lookup(self, attempt_id: str, *, seq: int, node_id: str, card_id: str) -> None:
        """Note that a knowledge card was opened before step ``seq``."""
        with self.db.write() as session:
            session.add(
                schema.CardLookup(
                    id=schema.new_id(),
                    attempt_id=attempt_id,
                    seq=seq,
                    node_id=node_id,
                    card_id=card_id,
                    created_at=self.now(),
                )
            )

    def _attempt_query(self, *, with_state: bool) -> Any:
        # _attempt() unpacks these by position: keep the two in step.
        columns = [
            schema.Attempt.id,
            schema.Attempt.profile_id,
            schema.Attempt.scenario_id,
            schema.Attempt.scenario_version_id,
            schema.ScenarioVersion.version,
            schema.ScenarioVersion.title,
            schema.Attempt.mode,
            schema.Attempt.language,
            schema.Attempt.status,
            schema.Attempt.started_at,
            schema.Attempt.updated_at,
            schema.Attempt.finished_at,
            schema.Attempt.ending,
            schema.Attempt.outcome,
            schema.Attempt.step_count,
            schema.Attempt.overall_percent,
            schema.Attempt.path,
            schema.Attempt.points,
            schema.Attempt.maximum,
            schema.Attempt.device_id,
            schema.Attempt.order_seed,
            schema.Attempt.address,
        ]
        if with_state:
            columns += [
                schema.AttemptState.state,
                schema.AttemptState.clock_step,
                schema.AttemptState.clock_left_ms,
                schema.AttemptState.draft_note,
            ]
        query = select(*columns).join(
            schema.ScenarioVersion,
            schema.ScenarioVersion.id == schema.Attempt.scenario_version_id,
        )
        if with_state:
            # The state lives in its own table so that listings never read it.
            query = query.join(
                schema.AttemptState, schema.AttemptState.attempt_id == schema.Attempt.id
            )
        return query

    def attempt(self, attempt_id: str) -> AttemptRecord:
        """One attempt with its state; StorageError if unknown."""
        with self.db.read() as session:
            row = session.execute(
                self._attempt_query(with_state=True).where(schema.Attempt.id == attempt_id)
            ).first()
            if row is None:
                raise StorageError(f"attempt {attempt_id} does not exist")
            return _attempt(row, with_state=True)

    def unfinished_attempts(
        self, profile_id: str, scenario_id: str | None = None
    ) -> list[AttemptRecord]:
        """A profile's unfinished attempts (of one scenario), newest first, with state."""
        query = self._attempt_query(with_state=True).where(
            schema.Attempt.profile_id == profile_id, schema.Attempt.status == "in_progress"
        )
        if scenario_id is not None:
            query = query.where(schema.Attempt.scenario_id == scenario_id)
        with self.db.read() as session:
            rows = session.execute(
                query.order_by(schema.Attempt.updated_at.desc(), schema.Attempt.id)
            )
            return [_attempt(r, with_state=True) for r in rows]

    def attempts_for_profile(self, profile_id: str) -> list[AttemptRecord]:
        """A profile's attempts in the order they were started (without states)."""
        with self.db.read() as session:
            rows = session.execute(
                self._attempt_query(with_state=False)
                .where(schema.Attempt.profile_id == profile_id)
                .order_by(schema.Attempt.started_at, schema.Attempt.id)
            )
            return [_attempt(r, with_state=False) for r in rows]

    def steps(self, attempt_id: str) -> list[StepRecord]:
        """An attempt's steps in order."""
        with self.db.read() as session:
            rows = session.scalars(
                select(schema.Step)
                .where(schema.Step.attempt_id == attempt_id)
                .order_by(schema.Step.seq)
            )
            return [
                StepRecord(
                    id=r.id,
                    seq=r.seq,
                    node_id=r.node_id,
                    action=r.action,
                    to_node=r.to_node,
                    choice_id=r.choice_id,
                    ticked=json.loads(r.ticked),
                    gained=json.loads(r.gained),
                    elapsed_ms=r.elapsed_ms,
                    created_at=r.created_at,
                    shown_order=None if r.shown_order is None else json.loads(r.shown_order),
                    note=r.note,
                )
                for r in rows
            ]
