"""Attempts kept only as long as the data protection officer decides (reliability.md T38).

The period is a whole number of months, stored in the database's ``meta`` table (it
travels with the data when a backup is restored elsewhere), and off until an instructor
sets it (``trainer db retention --months N``): how long results may be kept is for the
police's data protection officer to decide, not for this app. When it is set, every
start deletes the attempts whose last step is older than the period, with their steps,
look-ups and results; the erasure is audited by count only. Backups holding them age
out as they rotate (10 clean exits).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sqlalchemy import Select, delete, select
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


def purge_expired(
    database: Database, now: dt.datetime, timestamp: Callable[[dt.datetime], str]
) -> int:
    """Delete the attempts past the period (none if it is not set); returns how many.

    ``timestamp`` writes a time as the store does (its timestamps compare as text).
    """
    months = retention_months(database)
    if months is None:
        return 0
    expired = expired_attempts(months, now, timestamp)
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
                    operator_id=None,
                )
            )
    if count:
        database.checkpoint()  # secure_delete zeroed the pages; no old copy in the WAL
    return count
