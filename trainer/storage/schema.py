"""Tables of the progress database (SQLAlchemy 2 declarative, portable SQL).

Every row that may travel to a training centre has a UUID made on the device, so
results from many laptops merge without collisions. Times are UTC ISO strings;
ordering within an attempt uses ``seq``, never the wall clock.
"""

from __future__ import annotations

import uuid

from sqlalchemy import (
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so Alembic batch migrations can find them on SQLite.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def new_id() -> str:
    """A random UUID as text."""
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Meta(Base):
    """Key/value facts about this database (the device id)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Profile(Base):
    """A person using this laptop. ``display_name`` may be a pseudonym."""

    __tablename__ = "profiles"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    display_name: Mapped[str] = mapped_column(String(80))
    # Lower-cased name: unique, so "Anna" and "anna" are one profile.
    name_key: Mapped[str] = mapped_column(String(80), unique=True)
    role: Mapped[str] = mapped_column(String(16))  # officer | trainer
    secret_hash: Mapped[str | None] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    lock_level: Mapped[int] = mapped_column(Integer, default=0)
    locked_at: Mapped[str | None] = mapped_column(String(32))
    locked_seconds: Mapped[int] = mapped_column(Integer, default=0)
    language: Mapped[str | None] = mapped_column(String(8))
    created_at: Mapped[str] = mapped_column(String(32))
    # How scenarios address the officer (migration 0004): m, f, or None for both forms.
    address: Mapped[str | None] = mapped_column(String(8))


class ScenarioVersion(Base):
    """The exact scenario content an attempt was played on (snapshot + hash)."""

    __tablename__ = "scenario_versions"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    scenario_id: Mapped[str] = mapped_column(String(64), index=True)
    version: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text)  # default-language title, for listings
    snapshot: Mapped[str] = mapped_column(Text)  # the scenario document as JSON
    created_at: Mapped[str] = mapped_column(String(32))


class Attempt(Base):
    """One play of one scenario version by one profile."""

    __tablename__ = "attempts"
    __table_args__ = (Index("ix_attempts_profile_started", "profile_id", "started_at"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    profile_id: Mapped[str] = mapped_column(
        ForeignKey("profiles.id", ondelete="CASCADE"), index=True
    )
    scenario_version_id: Mapped[str] = mapped_column(
        ForeignKey("scenario_versions.id", ondelete="RESTRICT"), index=True
    )
    scenario_id: Mapped[str] = mapped_column(String(64), index=True)
    mode: Mapped[str] = mapped_column(String(16))  # practice | assessment
    language: Mapped[str] = mapped_column(String(8))
    status: Mapped[str] = mapped_column(String(16))  # in_progress | finished | abandoned
    started_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    finished_at: Mapped[str | None] = mapped_column(String(32))
    ending: Mapped[str | None] = mapped_column(String(64))
    outcome: Mapped[str | None] = mapped_column(String(16))
    step_count: Mapped[int] = mapped_column(Integer, default=0)
    overall_percent: Mapped[float | None] = mapped_column(Float)  # as migration 0001 made it
    path: Mapped[str] = mapped_column(Text, default="[]")  # JSON node ids, for listings
    points: Mapped[str] = mapped_column(Text, default="{}")  # JSON competency -> points
    maximum: Mapped[str] = mapped_column(Text, default="{}")  # JSON competency -> maximum
    device_id: Mapped[str] = mapped_column(String(36))
    # Orders the choices and items shown (migration 0003); None: stored before, file order.
    order_seed: Mapped[int | None] = mapped_column(Integer)
    # The form of address the attempt was shown in (migration 0004); None: both forms.
    address: Mapped[str | None] = mapped_column(String(8))


class AttemptState(Base):
    """The engine's PlayState of an attempt as JSON (kept apart: listings never need it)."""

    __tablename__ = "attempt_states"
    attempt_id: Mapped[str] = mapped_column(
        ForeignKey("attempts.id", ondelete="CASCADE"), primary_key=True
    )
    state: Mapped[str] = mapped_column(Text)
    # A timed decision's clock, kept when paused or interrupted (migration 0003): the
    # step it belongs to (the next step's seq) and the milliseconds left.
    clock_step: Mapped[int | None] = mapped_column(Integer)
    clock_left_ms: Mapped[int | None] = mapped_column(Integer)
    # The note being written at a report node, kept while it is written (migration 0004).
    draft_note: Mapped[str | None] = mapped_column(Text)


class Step(Base):
    """One action in an attempt, committed before the next node is shown."""

    __tablename__ = "steps"
    __table_args__ = (UniqueConstraint("attempt_id", "seq", name="uq_steps_attempt_seq"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the caller's idempotency key
    attempt_id: Mapped[str] = mapped_column(ForeignKey("attempts.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    node_id: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(16))
    choice_id: Mapped[str | None] = mapped_column(String(64))
    ticked: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of item ids
    gained: Mapped[str] = mapped_column(Text, default="{}")  # JSON competency -> points
    to_node: Mapped[str] = mapped_column(String(64))
    elapsed_ms: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[str] = mapped_column(String(32))
    # JSON list of the choice or item ids in the order shown (migration 0003); None at
    # scenes and endings, and for steps stored before (shown in file order).
    shown_order: Mapped[str | None] = mapped_column(Text)
    # The note written at a report node (migration 0004); None elsewhere.
    note: Mapped[str | None] = mapped_column(Text)


class CardLookup(Base):
    """A knowledge card opened during an attempt."""

    __tablename__ = "card_lookups"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    attempt_id: Mapped[str] = mapped_column(
        ForeignKey("attempts.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)  # the step the officer was about to take
    node_id: Mapped[str] = mapped_column(String(64))
    card_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[str] = mapped_column(String(32))


class CompetencyResult(Base):
    """Points and maximum per competency of a finished attempt."""

    __tablename__ = "competency_results"
    attempt_id: Mapped[str] = mapped_column(
        ForeignKey("attempts.id", ondelete="CASCADE"), primary_key=True
    )
    competency: Mapped[str] = mapped_column(String(64), primary_key=True)
    points: Mapped[int] = mapped_column(Integer)
    maximum: Mapped[int] = mapped_column(Integer)
    percent: Mapped[float | None] = mapped_column(Float)


class AuditEntry(Base):
    """Who did what to whom, without personal data (pseudonymous ids only)."""

    __tablename__ = "audit_log"
    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    at: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(32))
    subject_id: Mapped[str | None] = mapped_column(String(36))
    operator_id: Mapped[str | None] = mapped_column(String(36))
