"""Attempts kept only as long as the data protection officer decides (reliability.md T38).

The period is a whole number of months, stored in the database's ``meta`` table (it
travels with the data when a backup is restored elsewhere), and off until an instructor
sets it (``trainer db retention --months N``): how long results may be kept is for the
police's data protection officer to decide, not for this app. When it is set, every
start deletes the attempts whose last step is older than the period, with their steps,
look-ups and results, after a backup; the erasure is audited by count only. A start
whose clock looks wrong (behind the newest stored time, or a purge of more than half
the attempts at once) deletes nothing and says so, until an instructor confirms.
Backups holding them age out as they rotate (10 clean exits).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, delete, func, select
from sqlalchemy.orm import Session

from trainer.storage import schema
from trainer.storage.database import Database

META_KEY = "retention_months"
MAX_MONTHS = 120


def retention_months(database: Database) -> int | None:
    """The retention period in months, or None: kept until erased by hand."""
    with database.read() as session:
        value = session.scalar(select(schema.Meta.value).where(schema.Meta.key == META_KEY))
    if value is None:
        return None
    try:
        months = int(value)
    except ValueError:
        return None  # not ours to guess: keep everything
    return months if 1 <= months <= MAX_MONTHS else None


def set_retention_months(database: Database, months: int | None) -> None:
    """Set the period (1–120 months), or None to keep attempts until erased by hand."""
    if months is not None and not 1 <= months <= MAX_MONTHS:
        raise ValueError(f"a retention period is 1 to {MAX_MONTHS} months")
    with database.write() as session:
        row = session.get(schema.Meta, META_KEY)
        if months is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(schema.Meta(key=META_KEY, value=str(months)))
        else:
            row.value = str(months)


def months_before(moment: dt.datetime, months: int) -> dt.datetime:
    """The same day and time ``months`` calendar months earlier (the month's last day
    when that one is shorter: 31 March less one month is 28 or 29 February)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    last_day = (following - dt.timedelta(days=1)).day
    return moment.replace(year=year, month=month, day=min(moment.day, last_day))


def delete_attempts(session: Session, attempt_ids: Select[Any]) -> None:
    """Delete the attempts ``attempt_ids`` selects, and everything stored under them."""
    for table in (schema.Step, schema.CardLookup, schema.CompetencyResult, schema.AttemptState):
        session.execute(delete(table).where(table.attempt_id.in_(attempt_ids)))
    session.execute(delete(schema.Attempt).where(schema.Attempt.id.in_(attempt_ids)))


def expired_attempts(
    months: int, now: dt.datetime, timestamp: Callable[[dt.datetime], str]
) -> Select[Any]:
    """The ids of the attempts whose last step is more than ``months`` before ``now``."""
    cutoff = timestamp(months_before(now, months))
    return select(schema.Attempt.id).where(schema.Attempt.updated_at < cutoff)


@dataclass(frozen=True, slots=True)
class PurgeHeld:
    """A purge that was not run because the clock or its size looks wrong."""

    expired: int  # attempts the purge would have deleted
    total: int  # attempts stored
    clock_behind: bool  # the clock is before the newest stored time
    newest: str | None  # the newest stored time

    def message(self) -> str:
        """Why the purge waits, and how an instructor lets it run."""
        if self.clock_behind:
            why = (
                f"this computer's clock is behind the newest time stored ({self.newest}), "
                "so its date cannot be trusted"
            )
        else:
            why = (
                f"it would delete {self.expired} of the {self.total} stored attempts at once "
                "(more than half), which usually means the clock is wrong"
            )
        return (
            f"The retention purge was held back: {why}. Nothing was deleted. Check the date "
            "and time; an instructor can run it anyway with "
            "`trainer db retention --apply-now --by NAME`."
        )


@dataclass(frozen=True, slots=True)
class PurgeOutcome:
    """What a purge did: how many attempts it deleted, or why it was held back."""

    deleted: int = 0
    held: PurgeHeld | None = None


def newest_stored_time(session: Session) -> str | None:
    """The latest timestamp the database holds (attempts, audit log, profiles)."""
    candidates = [
        session.scalar(select(func.max(schema.Attempt.updated_at))),
        session.scalar(select(func.max(schema.AuditEntry.at))),
        session.scalar(select(func.max(schema.Profile.created_at))),
    ]
    found = [str(value) for value in candidates if value]
    return max(found) if found else None


def purge_expired(
    database: Database,
    now: dt.datetime,
    timestamp: Callable[[dt.datetime], str],
    *,
    backup: Callable[[], object],
    confirmed: bool = False,
    operator_id: str | None = None,
) -> PurgeOutcome:
    """Delete the attempts past the period (none if it is not set), after a backup.

    A purge on a clock that is wrong deletes what it should keep (one start with the
    clock two years ahead deleted every attempt): unless an instructor confirms
    nothing is deleted while
    the clock is behind the newest stored time, or when more than half of the attempts
    would go at once (``confirmed``: an instructor, ``operator_id`` when known, already
    authorised by the caller, said to go ahead). ``backup`` is called before anything
    is deleted; if it raises, nothing is. ``timestamp`` writes a time as the store does
    (they compare as text).
    """
    months = retention_months(database)
    if months is None:
        return PurgeOutcome()
    expired = expired_attempts(months, now, timestamp)
    with database.read() as session:
        count = int(session.scalar(select(func.count()).select_from(expired.subquery())) or 0)
        if not count:
            return PurgeOutcome()
        total = int(session.scalar(select(func.count()).select_from(schema.Attempt)) or 0)
        newest = newest_stored_time(session)
    clock_behind = newest is not None and timestamp(now) < newest
    if not confirmed and (clock_behind or count * 2 > total):
        return PurgeOutcome(held=PurgeHeld(count, total, clock_behind, newest))
    backup()
    with database.write() as session:
        count = len(session.scalars(expired).all())
        if count:
            delete_attempts(session, expired)
            session.add(
                schema.AuditEntry(
                    id=schema.new_id(),
                    at=timestamp(now),
                    action=f"retention-purge:{count}",  # a count, no one's id
                    subject_id=None,
                    operator_id=operator_id,
                )
            )
    if count:
        database.checkpoint()  # secure_delete zeroed the pages; no old copy in the WAL
    return PurgeOutcome(deleted=count)
