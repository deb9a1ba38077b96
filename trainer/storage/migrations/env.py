"""Alembic environment: one real transaction, foreign keys off, checks before commit.

Run only through :func:`trainer.storage.migrate.upgrade`, which hands in a
connection opened with ``PRAGMA foreign_keys=OFF`` (a batch migration recreates
tables, and with foreign keys on, dropping the old parent table cascades and
silently deletes every child row), or :func:`trainer.storage.migrate.upgrade_server`
for PostgreSQL, whose batch operations alter tables in place (nothing is recreated),
whose DDL is transactional and whose references are checked as each statement runs:
the SQLite checks below have nothing to find there.
"""

from __future__ import annotations

from alembic import context

from trainer.storage.schema import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    # SQLite can roll back DDL; Alembic assumes it cannot unless told.
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
    if connection.dialect.name == "sqlite":
        # Refuse to commit a migration that broke a reference or the file itself.
        broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if broken:
            raise RuntimeError(f"migration left broken references: {broken[:5]}")
        verdict = connection.exec_driver_sql("PRAGMA integrity_check").scalar()
        if verdict != "ok":
            raise RuntimeError(f"migration failed the integrity check: {verdict}")
