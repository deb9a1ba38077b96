"""The progress store: opens the database safely and offers plain operations on it.

Start-up order (:meth:`Store.open`): take the single-instance lock; check the file
(``integrity_check`` + ``foreign_key_check``) and move a damaged one aside unchanged;
refuse a schema newer than the app; back up, then migrate; note the device id.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    delete,
    func,
    literal_column,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from trainer.fileio import atomic_write_bytes, paused_gc, remove_stale_temps
from trainer.storage import schema
from trainer.storage.backup import Backups, integrity_check, online_backup, quick_check
from trainer.storage.database import Database, translate_errors
from trainer.storage.errors import (
    BackupError,
    DatabaseCorruptError,
    ProfileError,
    StorageError,
    StorageFullError,
    StorageIOError,
)
from trainer.storage.instance_lock import InstanceLock
from trainer.storage.migrate import refuse_if_too_new, upgrade
from trainer.storage.peek import DB_NAME, ERASURE_LEDGER, erased_profile_ids
from trainer.storage.play_records import Finish, NewStep, ScenarioSnapshot, StepRecord
from trainer.storage.records import AttemptRecord, HistorySummary, ProfileRecord
from trainer.storage.retention import (
    delete_attempts,
    expired_attempts,
    purge_expired,
    retention_months,
    set_retention_months,
)
from trainer.storage.rows import attempt_from_row as _attempt

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The current time in UTC."""
    return dt.datetime.now(dt.UTC)


def iso(moment: dt.datetime) -> str:
    """A sortable UTC timestamp."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _profile(row: schema.Profile) -> ProfileRecord:
    return ProfileRecord(
        id=row.id,
        display_name=row.display_name,
        role=row.role,
        secret_hash=row.secret_hash,
        failed_logins=row.failed_logins,
        lock_level=row.lock_level,
        locked_at=row.locked_at,
        locked_seconds=row.locked_seconds,
        language=row.language,
        created_at=row.created_at,
    )


def name_key(display_name: str) -> str:
    """How names are compared: trimmed, case-insensitive."""
    return " ".join(display_name.split()).casefold()


class Store:
    """Everything the app stores about profiles and attempts, in one SQLite file."""

    def __init__(
        self,
        data_dir: Path,
        database: Database,
        lock: InstanceLock | None,
        *,
        clock: Clock = utc_now,
        device_id: str,
    ) -> None:
        self.data_dir = data_dir
        self.db = database
        self.lock = lock
        self.clock = clock
        self.device_id = device_id
        self.backups = Backups(data_dir / "backups")
        # After a restore the next automatic backup must not rotate the pre-restore copy out.
        self.auto_backup = True
        self.exit_backup_error: BackupError | None = None

    # -- opening and closing ------------------------------------------------------

    @classmethod
    def open(
        cls,
        data_dir: Path,
        *,
        clock: Clock = utc_now,
        single_instance: bool = True,
        lock: InstanceLock | None = None,
    ) -> Store:
        """Open (creating if needed) the store in ``data_dir``; see the module docstring.

        ``lock`` is the instance lock if the caller took it already (the desktop app
        takes it before its first screen): the store releases it on close, and leaves
        it held if opening fails, so the caller can retry (after a recovery) or release it.
        """
        data_dir.mkdir(parents=True, exist_ok=True)
        own_lock = lock is None and single_instance
        if own_lock:
            lock = InstanceLock(data_dir)
            lock.acquire()
        try:
            path = data_dir / DB_NAME
            remove_stale_temps(data_dir)
            backups = Backups(data_dir / "backups")
            remove_stale_temps(backups.folder)
            existed = path.exists() and path.stat().st_size > 0
            if existed:
                _check_or_move_aside(path, backups, clock)
                before = refuse_if_too_new(path)
                from trainer.storage.migrate import head_revision

                if before != head_revision():
                    make_backup(backups, path, "pre-migration", clock)
            with translate_errors():
                upgrade(path)
            database = Database(path)
            device_id = _device_id(database)
            store = cls(data_dir, database, lock, clock=clock, device_id=device_id)
            store.reapply_erasures()
            purge_expired(database, clock(), iso)
            return store
        except BaseException:
            if own_lock and lock is not None:
                lock.release()  # a lock the caller passed stays theirs until the store opens
            raise

    def close(self, *, backup: bool = True) -> Path | None:
        """Checkpoint, back up (on a clean exit), release the files and the lock."""
        made = None
        self.exit_backup_error = None
        try:
            if backup and self.auto_backup:
                try:
                    made = self.backup("exit")
                except BackupError as exc:
                    # Every step is already safe in the database: a failed extra copy is
                    # worth a warning, not an error.
                    self.exit_backup_error = exc
            self.db.checkpoint()
        finally:
            self.db.dispose()
            if self.lock is not None:
                self.lock.release()
        return made

    @property
    def path(self) -> Path:
        """The database file."""
        return self.db.path

    def now(self) -> str:
        """The store's current time as a timestamp."""
        return iso(self.clock())

    # -- integrity, backup, restore --------------------------------------------------

    def check(self) -> str:
        """``ok``, or what the full integrity and reference checks found."""
        with self.db.read() as session:
            verdict = session.execute(text("PRAGMA integrity_check")).scalar()
            if verdict != "ok":
                return str(verdict)
            broken = session.execute(text("PRAGMA foreign_key_check")).fetchall()
        return "ok" if not broken else f"broken references in {broken[0][0]}"

    def backup(self, reason: str = "manual") -> Path:
        """An online, verified backup in the backups folder; BackupError if it fails."""
        return make_backup(self.backups, self.path, reason, self.clock)

    def restore(self, source: Path) -> Path:
        """Replace the database with ``source`` (a backup), keeping the current one backed up.

        Returns the pre-restore backup. Automatic backups stay off until the app restarts.
        """
        verdict = quick_check(source)
        if verdict != "ok":
            raise StorageError(f"{source} is not a usable backup: {verdict}")
        refuse_if_too_new(source)
        kept = self.backup("pre-restore")
        self.db.dispose()
        with translate_errors():
            online_backup(source, self.path.with_name(DB_NAME + ".restoring"))
            staged = self.path.with_name(DB_NAME + ".restoring")
            for suffix in ("-wal", "-shm"):
                side = self.path.with_name(DB_NAME + suffix)
                if side.exists():
                    side.unlink()
            os.replace(staged, self.path)
            upgrade(self.path)
        self.db = Database(self.path)
        self.auto_backup = False
        self.reapply_erasures()
        return kept

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

    # -- profiles ------------------------------------------------------------------

    def create_profile(
        self, display_name: str, role: str, secret_hash: str | None = None
    ) -> ProfileRecord:
        """A new profile; ProfileError if the name is taken."""
        clean = " ".join(display_name.split())
        with self.db.write() as session:
            taken = session.scalar(
                select(schema.Profile.id).where(schema.Profile.name_key == name_key(clean))
            )
            if taken is not None:
                raise ProfileError(f"a profile called {clean!r} already exists")
            row = schema.Profile(
                id=schema.new_id(),
                display_name=clean,
                name_key=name_key(clean),
                role=role,
                secret_hash=secret_hash,
                failed_logins=0,
                lock_level=0,
                locked_seconds=0,
                created_at=self.now(),
            )
            session.add(row)
            session.flush()
            return _profile(row)

    def find_profile(self, display_name: str) -> ProfileRecord | None:
        """The profile with that name (case-insensitive), or None."""
        with self.db.read() as session:
            row = session.scalar(
                select(schema.Profile).where(schema.Profile.name_key == name_key(display_name))
            )
            return None if row is None else _profile(row)

    def get_profile(self, profile_id: str) -> ProfileRecord | None:
        """The profile with that id, or None."""
        with self.db.read() as session:
            row = session.get(schema.Profile, profile_id)
            return None if row is None else _profile(row)

    def list_profiles(self) -> list[ProfileRecord]:
        """Every profile, by name."""
        with self.db.read() as session:
            rows = session.scalars(select(schema.Profile).order_by(schema.Profile.name_key))
            return [_profile(r) for r in rows]

    def update_profile(self, profile_id: str, **values: Any) -> None:
        """Set profile columns (login counters, secret hash, language)."""
        allowed = {
            "secret_hash",
            "failed_logins",
            "lock_level",
            "locked_at",
            "locked_seconds",
            "language",
        }
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"not profile settings: {sorted(unknown)}")
        with self.db.write() as session:
            session.execute(
                update(schema.Profile).where(schema.Profile.id == profile_id).values(**values)
            )

    def audit(self, action: str, subject_id: str | None, operator_id: str | None) -> None:
        """Record an administrative action (no personal data, only ids)."""
        with self.db.write() as session:
            session.add(
                schema.AuditEntry(
                    id=schema.new_id(),
                    at=self.now(),
                    action=action,
                    subject_id=subject_id,
                    operator_id=operator_id,
                )
            )

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
    ) -> AttemptRecord:
        """A new, unfinished attempt at its start node (``order_seed``: see schema)."""
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
                )
            )
            attempt.step_count = step.seq
            session.execute(
                update(schema.AttemptState)
                .where(schema.AttemptState.attempt_id == attempt_id)
                # A paused clock belonged to the node this step left.
                .values(state=state, clock_step=None, clock_left_ms=None)
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
        ]
        if with_state:
            columns += [
                schema.AttemptState.state,
                schema.AttemptState.clock_step,
                schema.AttemptState.clock_left_ms,
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

    def history_summaries(self, profile_id: str) -> list[HistorySummary]:
        """The listing columns of a profile's attempts, oldest first, as fast as SQLite allows.

        A history may hold thousands of attempts: this reads plain tuples from the
        driver (no ORM rows) and decodes every JSON column of the listing in one call.
        """
        sql = (
            "SELECT a.id, a.scenario_id, v.version, v.title, a.mode, a.language, a.status, "
            "a.started_at, a.finished_at, a.ending, a.outcome, a.scenario_version_id, "
            "a.overall_percent, a.path, a.points, a.maximum "
            "FROM attempts AS a JOIN scenario_versions AS v ON v.id = a.scenario_version_id "
            "WHERE a.profile_id = ? ORDER BY a.started_at, a.id"
        )
        with self.db.read() as session, paused_gc():
            cursor = session.connection().connection.driver_connection
            assert cursor is not None
            rows = cursor.execute(sql, (profile_id,)).fetchall()
            # The JSON columns are documents this store wrote: one parse for all of them.
            decoded = json.loads("[" + ",".join(f"[{r[13]},{r[14]},{r[15]}]" for r in rows) + "]")
            return [
                HistorySummary._make((*row[:11], *columns, row[11], row[12]))
                for row, columns in zip(rows, decoded, strict=True)
            ]

    def played_titles(self, profile_id: str) -> dict[str, dict[str, str]]:
        """The title by language of every scenario version a profile has played.

        Read from the snapshots with SQLite's JSON functions, one row per version (a
        profile plays a handful), so listings can name each attempt in the language it
        was played in. A title written as a plain string is in the first language.
        """
        sql = (
            "SELECT id, json_type(snapshot, '$.title'), json_extract(snapshot, '$.title'), "
            "json_extract(snapshot, '$.languages[0]') FROM scenario_versions "
            "WHERE id IN (SELECT DISTINCT scenario_version_id FROM attempts "
            "WHERE profile_id = ?)"
        )
        titles: dict[str, dict[str, str]] = {}
        with self.db.read() as session:
            cursor = session.connection().connection.driver_connection
            assert cursor is not None
            for version_id, kind, value, first_language in cursor.execute(sql, (profile_id,)):
                if kind == "object":
                    decoded = json.loads(value)
                    titles[version_id] = {
                        str(k): v for k, v in decoded.items() if isinstance(v, str)
                    }
                elif kind == "text" and isinstance(first_language, str):
                    titles[version_id] = {first_language: value}
        return titles

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
                )
                for r in rows
            ]

    def count_attempts(self) -> int:
        """How many attempts are stored (all profiles)."""
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(schema.Attempt)) or 0)

    # -- personal data ----------------------------------------------------------------

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
                    # finished_at is when it ended: the status says whether finished or
                    # abandoned, and the key here says it too.
                    "finished": full.finished_at if full.status == "finished" else None,
                    "abandoned": full.finished_at if full.status == "abandoned" else None,
                    "ending": full.ending,
                    "outcome": full.outcome,
                    "overall_percent": full.overall_percent,
                    "path": full.path,
                    "points": full.points,
                    "results": by_attempt.get(full.id, {}),
                    "card_lookups": lookups.get(full.id, []),
                    "order_seed": full.order_seed,
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
            session.add(
                schema.AuditEntry(
                    id=schema.new_id(),
                    at=self.now(),
                    action=action,
                    subject_id=profile_id,
                    operator_id=operator_id,
                )
            )
        self.db.checkpoint()

    # -- retention (see trainer.storage.retention) --------------------------------------

    def retention_months(self) -> int | None:
        """How many months attempts are kept after their last step (None: until erased)."""
        return retention_months(self.db)

    def set_retention_months(self, months: int | None) -> int:
        """Set the period (None: keep until erased by hand) and apply it now.

        Returns how many attempts it deleted. ValueError outside 1–120 months.
        """
        set_retention_months(self.db, months)
        self.audit("set-retention" if months else "retention-off", None, None)
        return purge_expired(self.db, self.clock(), iso)

    def attempts_older_than(self, months: int) -> int:
        """How many attempts a period of ``months`` would delete now."""
        expired = expired_attempts(months, self.clock(), iso).subquery()
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(expired)) or 0)

    # -- review: overview, replay, reports (read-only) ------------------------------------

    def overview_rows(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        scenario_id: str | None = None,
        mode: str | None = None,
    ) -> dict[str, list[tuple[Any, ...]]]:
        """The trainer overview's counts, all read in one transaction (one consistent view).

        Attempts count when ``since <= started_at < until`` (timestamps as stored; either
        bound may be None), of ``scenario_id`` and ``mode`` when given. Keys and rows:

        - ``profiles``: (profile id, display name, role, attempts, finished attempts,
          average overall percent, newest start, abandoned attempts), every profile, by
          name;
        - ``outcomes``: (scenario id, scenario version id, ending id, outcome, attempts,
          finished attempts, sum of overall percents, how many had one, abandoned
          attempts), per version and ending (ending and outcome are None for attempts
          in progress or abandoned);

        Only finished attempts have an overall percent and competency results, so every
        sum and average here counts finished attempts alone. An abandoned attempt has
        a ``finished_at`` too (when it was abandoned): finished ones are counted by status.
        - ``choices``: (scenario version id, node id, choice id, times chosen);
        - ``checklists``: (scenario version id, node id, ticked items as JSON, times);
        - ``competencies``: (scenario id, competency, sum of percents, how many).
        """
        where = _review_filters(since=since, until=until, scenario_id=scenario_id, mode=mode)
        attempt, step = schema.Attempt, schema.Step
        result = schema.CompetencyResult
        profile = schema.Profile
        # COUNT skips NULL: these count the attempts with that status.
        finished = case((attempt.status == "finished", 1))
        abandoned = case((attempt.status == "abandoned", 1))
        queries: dict[str, Any] = {
            "profiles": select(
                profile.id,
                profile.display_name,
                profile.role,
                func.count(attempt.id),
                func.count(finished),
                func.avg(attempt.overall_percent),
                func.max(attempt.started_at),
                func.count(abandoned),
            )
            .outerjoin(attempt, and_(attempt.profile_id == profile.id, *where))
            .group_by(profile.id)
            .order_by(profile.name_key),
            # Grouped ending first: SQLite then reads the table once instead of walking an
            # index and looking every row up (twice as fast on 10,000 attempts).
            "outcomes": select(
                func.min(attempt.scenario_id),
                attempt.scenario_version_id,
                attempt.ending,
                attempt.outcome,
                func.count(),
                func.count(finished),
                func.sum(attempt.overall_percent),
                func.count(attempt.overall_percent),
                func.count(abandoned),
            )
            .where(*where)
            .group_by(attempt.ending, attempt.outcome, attempt.scenario_version_id),
            "choices": select(
                attempt.scenario_version_id, step.node_id, step.choice_id, func.count()
            )
            .join(step, step.attempt_id == attempt.id)
            .where(step.choice_id.is_not(None), *where)
            .group_by(attempt.scenario_version_id, step.node_id, step.choice_id),
            # Identical answers collapse here; the few distinct item lists are decoded later.
            "checklists": select(
                attempt.scenario_version_id, step.node_id, step.ticked, func.count()
            )
            .join(step, step.attempt_id == attempt.id)
            .where(step.action == "checklist", *where)
            .group_by(attempt.scenario_version_id, step.node_id, step.ticked),
            "competencies": select(
                attempt.scenario_id,
                result.competency,
                func.sum(result.percent),
                func.count(result.percent),
            )
            .join(result, result.attempt_id == attempt.id)
            .where(*where)
            .group_by(attempt.scenario_id, result.competency),
        }
        with self.db.read() as session:
            return {
                key: [tuple(row) for row in session.execute(query)]
                for key, query in queries.items()
            }

    def scenario_snapshots(
        self, scenario_version_ids: Iterable[str], *, documents: bool = True
    ) -> list[ScenarioSnapshot]:
        """The stored snapshots with these ids, oldest version first within a scenario.

        ``documents=False`` leaves every ``document`` empty and skips reading them (for
        callers that keep models by content hash).
        """
        ids = sorted(set(scenario_version_ids))
        if not ids:
            return []
        version = schema.ScenarioVersion
        body = version.snapshot if documents else literal_column("'{}'")
        with self.db.read() as session:
            rows = session.execute(
                select(
                    version.id,
                    version.scenario_id,
                    version.version,
                    version.title,
                    version.content_hash,
                    body,
                )
                .where(version.id.in_(ids))
                .order_by(version.scenario_id, version.version, version.created_at, version.id)
            )
            return [
                ScenarioSnapshot(vid, sid, number, title, content_hash, json.loads(document))
                for vid, sid, number, title, content_hash, document in rows
            ]

    def attempts_between(
        self,
        *,
        since: str | None = None,
        until: str | None = None,
        profile_id: str | None = None,
        scenario_id: str | None = None,
        mode: str | None = None,
    ) -> list[AttemptRecord]:
        """Attempts (of every profile, or one) started in ``[since, until)``, oldest first."""
        query = self._attempt_query(with_state=False).where(
            *_review_filters(since=since, until=until, scenario_id=scenario_id, mode=mode)
        )
        if profile_id is not None:
            query = query.where(schema.Attempt.profile_id == profile_id)
        with self.db.read() as session:
            rows = session.execute(query.order_by(schema.Attempt.started_at, schema.Attempt.id))
            return [_attempt(r, with_state=False) for r in rows]

    def card_lookups(self, attempt_id: str) -> list[tuple[int, str, str, str]]:
        """An attempt's knowledge-card look-ups: (step seq, node id, card id, time), in order."""
        lookup = schema.CardLookup
        with self.db.read() as session:
            rows = session.execute(
                select(lookup.seq, lookup.node_id, lookup.card_id, lookup.created_at)
                .where(lookup.attempt_id == attempt_id)
                # rowid: insertion order, for look-ups stamped with the same time.
                .order_by(lookup.seq, lookup.created_at, literal_column("card_lookups.rowid"))
            )
            return [(seq, node, card, at) for seq, node, card, at in rows]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A raw read session, for tests and diagnostics."""
        with self.db.read() as session:
            yield session


def _review_filters(
    *, since: str | None, until: str | None, scenario_id: str | None, mode: str | None
) -> list[ColumnElement[bool]]:
    """Conditions on ``attempts`` shared by the review queries."""
    attempt = schema.Attempt
    where: list[ColumnElement[bool]] = []
    if since is not None:
        where.append(attempt.started_at >= since)
    if until is not None:
        where.append(attempt.started_at < until)
    if scenario_id is not None:
        where.append(attempt.scenario_id == scenario_id)
    if mode is not None:
        where.append(attempt.mode == mode)
    return where


def make_backup(backups: Backups, database: Path, reason: str, clock: Clock) -> Path:
    """A verified backup, or BackupError saying why it could not be written."""
    try:
        with translate_errors():
            return backups.make(database, reason, now=clock())
    except StorageFullError as exc:
        raise BackupError("the disk is full") from exc
    except StorageIOError as exc:
        raise BackupError("the disk reported an input/output error") from exc
    except (StorageError, OSError, sqlite3.Error) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise BackupError(detail) from exc


def _device_id(database: Database) -> str:
    with database.write() as session:
        row = session.get(schema.Meta, "device_id")
        if row is None:
            row = schema.Meta(key="device_id", value=schema.new_id())
            session.add(row)
        return row.value


def _check_or_move_aside(path: Path, backups: Backups, clock: Clock) -> None:
    """Move a damaged database aside unchanged and name the newest good backup.

    The full check: ``quick_check`` lets damaged records and indexes through, and
    they fail later with a "restart to recover" message that a restart would not honour.
    """
    verdict = integrity_check(path)
    if verdict == "ok":
        return
    folder = path.parent / "damaged"
    folder.mkdir(exist_ok=True)
    stamp = clock().strftime("%Y%m%dT%H%M%S%f")
    moved = folder / f"progress-{stamp}.db"
    os.replace(path, moved)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            os.replace(side, moved.with_name(moved.name + suffix))
    raise DatabaseCorruptError(moved, backups.newest_good(), verdict)


__all__ = ["DB_NAME", "Store", "iso", "name_key", "utc_now"]
