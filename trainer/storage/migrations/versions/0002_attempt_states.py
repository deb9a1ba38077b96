"""Move each attempt's saved play state into its own table.

Listing a long history read every state (2 KB each) along with the summary
columns; in a table of their own, listings never touch them.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attempt_states",
        sa.Column("attempt_id", sa.String(36), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name="fk_attempt_states_attempt_id_attempts",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attempt_id", name="pk_attempt_states"),
    )
    op.execute("INSERT INTO attempt_states (attempt_id, state) SELECT id, state FROM attempts")
    # SQLite cannot drop a column in place: batch mode recreates `attempts`, safe only
    # because env.py turns foreign keys off, or dropping the old table would cascade
    # into steps, results and states. PostgreSQL (the training centre) drops it in place.
    with op.batch_alter_table("attempts", recreate="auto") as batch:
        batch.drop_column("state")


def downgrade() -> None:
    with op.batch_alter_table("attempts", recreate="auto") as batch:
        batch.add_column(sa.Column("state", sa.Text(), nullable=False, server_default="{}"))
    op.execute(
        "UPDATE attempts SET state = "
        "(SELECT state FROM attempt_states WHERE attempt_states.attempt_id = attempts.id)"
    )
    op.drop_table("attempt_states")
