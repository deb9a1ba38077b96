"""Keep the officer's form of address, and the notes written at report nodes.

Scenario format 1.1 addresses the officer in the grammatical gender their profile
names (masculine, feminine, or both forms shown as "a/b"); each attempt keeps the
form it was shown in, so a replay shows the same words after the profile changes.
A report node asks the officer to write a note: the text is kept with its step,
and a draft being written with the attempt's state, so an interruption loses
nothing. Every new column may be empty: profiles and attempts stored before show
both forms, as the app did then.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: What a downgrade drops with its columns (the older schema has nowhere to keep it);
#: tests/storage/test_migration_contract.py leaves these out of its round-trip check.
LOST_ON_DOWNGRADE = {
    "profiles": ("address",),
    "attempts": ("address",),
    "steps": ("note",),
    "attempt_states": ("draft_note",),
}


def upgrade() -> None:
    # Adding a nullable column is done in place on SQLite and PostgreSQL alike.
    op.add_column("profiles", sa.Column("address", sa.String(8), nullable=True))
    op.add_column("attempts", sa.Column("address", sa.String(8), nullable=True))
    op.add_column("steps", sa.Column("note", sa.Text(), nullable=True))
    op.add_column("attempt_states", sa.Column("draft_note", sa.Text(), nullable=True))


def downgrade() -> None:
    # SQLite recreates each table in batch mode (env.py turns foreign keys off, so the
    # copy does not cascade); PostgreSQL drops the columns in place.
    with op.batch_alter_table("attempt_states", recreate="auto") as batch:
        batch.drop_column("draft_note")
    with op.batch_alter_table("steps", recreate="auto") as batch:
        batch.drop_column("note")
    with op.batch_alter_table("attempts", recreate="auto") as batch:
        batch.drop_column("address")
    with op.batch_alter_table("profiles", recreate="auto") as batch:
        batch.drop_column("address")
