"""Initial schema: profiles, scenario versions, attempts, steps, results, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_meta"),
    )
    op.create_table(
        "profiles",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("display_name", sa.String(80), nullable=False),
        sa.Column("name_key", sa.String(80), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("secret_hash", sa.String(200), nullable=True),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("lock_level", sa.Integer(), nullable=False),
        sa.Column("locked_at", sa.String(32), nullable=True),
        sa.Column("locked_seconds", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_profiles"),
        sa.UniqueConstraint("name_key", name="uq_profiles_name_key"),
    )
    op.create_table(
        "scenario_versions",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("scenario_id", sa.String(64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("snapshot", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_scenario_versions"),
        sa.UniqueConstraint("content_hash", name="uq_scenario_versions_content_hash"),
    )
    op.create_index(
        "ix_scenario_versions_scenario_id", "scenario_versions", ["scenario_id"], unique=False
    )
    op.create_table(
        "attempts",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("profile_id", sa.String(36), nullable=False),
        sa.Column("scenario_version_id", sa.String(36), nullable=False),
        sa.Column("scenario_id", sa.String(64), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("started_at", sa.String(32), nullable=False),
        sa.Column("updated_at", sa.String(32), nullable=False),
        sa.Column("finished_at", sa.String(32), nullable=True),
        sa.Column("ending", sa.String(64), nullable=True),
        sa.Column("outcome", sa.String(16), nullable=True),
        sa.Column("step_count", sa.Integer(), nullable=False),
        sa.Column("overall_percent", sa.Float(), nullable=True),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("points", sa.Text(), nullable=False),
        sa.Column("maximum", sa.Text(), nullable=False),
        sa.Column("state", sa.Text(), nullable=False),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.ForeignKeyConstraint(
            ["profile_id"],
            ["profiles.id"],
            name="fk_attempts_profile_id_profiles",
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["scenario_version_id"],
            ["scenario_versions.id"],
            name="fk_attempts_scenario_version_id_scenario_versions",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_attempts"),
    )
    op.create_index("ix_attempts_profile_id", "attempts", ["profile_id"], unique=False)
    op.create_index(
        "ix_attempts_scenario_version_id", "attempts", ["scenario_version_id"], unique=False
    )
    op.create_index("ix_attempts_scenario_id", "attempts", ["scenario_id"], unique=False)
    op.create_index(
        "ix_attempts_profile_started", "attempts", ["profile_id", "started_at"], unique=False
    )
    op.create_table(
        "steps",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("attempt_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("node_id", sa.String(64), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("choice_id", sa.String(64), nullable=True),
        sa.Column("ticked", sa.Text(), nullable=False),
        sa.Column("gained", sa.Text(), nullable=False),
        sa.Column("to_node", sa.String(64), nullable=False),
        sa.Column("elapsed_ms", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name="fk_steps_attempt_id_attempts",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_steps"),
        sa.UniqueConstraint("attempt_id", "seq", name="uq_steps_attempt_seq"),
    )
    op.create_table(
        "card_lookups",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("attempt_id", sa.String(36), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("node_id", sa.String(64), nullable=False),
        sa.Column("card_id", sa.String(64), nullable=False),
        sa.Column("created_at", sa.String(32), nullable=False),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name="fk_card_lookups_attempt_id_attempts",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_card_lookups"),
    )
    op.create_index("ix_card_lookups_attempt_id", "card_lookups", ["attempt_id"], unique=False)
    op.create_table(
        "competency_results",
        sa.Column("attempt_id", sa.String(36), nullable=False),
        sa.Column("competency", sa.String(64), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("maximum", sa.Integer(), nullable=False),
        sa.Column("percent", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["attempts.id"],
            name="fk_competency_results_attempt_id_attempts",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("attempt_id", "competency", name="pk_competency_results"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("subject_id", sa.String(36), nullable=True),
        sa.Column("operator_id", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )


def downgrade() -> None:
    raise NotImplementedError("0001 is the first schema: there is nothing to go back to")
