"""Keep the order choices and items were shown in, and a paused timed decision's clock.

Scenario format 1.1 shuffles a decision's choices and a checklist's items once per
attempt: the attempt keeps the seed, every step the order it showed. A timed
decision's remaining time is kept when the officer pauses or the app stops, so
neither gives time back. Every new column may be empty: attempts stored before
have no seed and show their options in file order, as they did then.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

#: What a downgrade drops with its columns (the older schema has nowhere to keep it);
#: tests/storage/test_migration_contract.py leaves these out of its round-trip check.
LOST_ON_DOWNGRADE = {
    "attempts": ("order_seed",),
    "steps": ("shown_order",),
    "attempt_states": ("clock_step", "clock_left_ms"),
}


def upgrade() -> None:
    # Adding a nullable column is done in place on SQLite and PostgreSQL alike.
    op.add_column("attempts", sa.Column("order_seed", sa.Integer(), nullable=True))
    op.add_column("steps", sa.Column("shown_order", sa.Text(), nullable=True))
    op.add_column("attempt_states", sa.Column("clock_step", sa.Integer(), nullable=True))
    op.add_column("attempt_states", sa.Column("clock_left_ms", sa.Integer(), nullable=True))


def downgrade() -> None:
    # SQLite recreates each table in batch mode (env.py turns foreign keys off, so the
    # copy does not cascade); PostgreSQL drops the columns in place.
    with op.batch_alter_table("attempt_states", recreate="auto") as batch:
        batch.drop_column("clock_left_ms")
        batch.drop_column("clock_step")
    with op.batch_alter_table("steps", recreate="auto") as batch:
        batch.drop_column("shown_order")
    with op.batch_alter_table("attempts", recreate="auto") as batch:
        batch.drop_column("order_seed")
