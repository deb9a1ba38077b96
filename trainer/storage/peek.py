"""A quick read-only look into the progress database, before the store is opened.

The desktop app shows its first screen before SQLAlchemy is even imported: opening
the store (imports, integrity check, migrations) takes several times longer than
starting Qt. This module reads the profile list and one profile's attempts with the
standard library alone, read-only, and gives up (``None``) on anything unexpected:
no database yet, a schema other than this version's, a file that fails to read. The
store then opens normally behind the first screen, and it decides everything that
matters (sign-in, lockout, recovery from damage).

Erased profiles stay hidden here too: the erasure ledger and the audit log are read
like the store reads them, so a restored backup never shows an erased name.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from trainer.storage.migrate import head_revision
from trainer.storage.readonly import read_only
from trainer.storage.records import AttemptRecord, ProfileRecord
from trainer.storage.rows import ATTEMPT_COLUMNS, attempt_from_row

DB_NAME = "progress.db"
ERASURE_LEDGER = "erased-profiles.json"  # beside the database: see Store.erasure_ledger

_PROFILE_COLUMNS = (
    "id, display_name, role, secret_hash, failed_logins, lock_level, locked_at, "
    "locked_seconds, language, created_at"
)
_ATTEMPTS_SQL = (
    f"SELECT {', '.join(ATTEMPT_COLUMNS)} FROM attempts "
    "JOIN scenario_versions ON scenario_versions.id = attempts.scenario_version_id "
    "WHERE attempts.profile_id = ? ORDER BY attempts.started_at, attempts.id"
)


def erased_profile_ids(data_dir: Path, connection: sqlite3.Connection) -> list[str]:
    """Ids of every profile ever erased here: the ledger, plus the audit log's record.

    The audit log covers a lost or damaged ledger file (it travels with backups, so it
    may miss the newest erasures; the ledger does not). ``Store.erased_profile_ids``
    reads them the same way, through its own connection.
    """
    ids: list[str] = []
    try:
        data = json.loads((data_dir / ERASURE_LEDGER).read_text(encoding="utf-8"))
        if isinstance(data, list):
            ids = [str(i) for i in data]
    except (OSError, ValueError):
        pass
    logged = connection.execute(
        "SELECT subject_id FROM audit_log "
        "WHERE action IN ('erase-profile', 'erase-reapplied') AND subject_id IS NOT NULL"
    )
    ids.extend(str(row[0]) for row in logged)
    return list(dict.fromkeys(ids))


def _is_current(connection: sqlite3.Connection) -> bool:
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return row is not None and row[0] == head_revision()


def peek_profiles(data_dir: Path) -> list[ProfileRecord] | None:
    """Every profile by name, as ``Store.list_profiles`` lists them; None: ask the store.

    No database file yet (the first start) means no profiles.
    """
    path = data_dir / DB_NAME
    try:
        if not path.exists():
            return []
        with read_only(path) as connection:
            if not _is_current(connection):
                return None
            erased = set(erased_profile_ids(data_dir, connection))
            rows = connection.execute(
                f"SELECT {_PROFILE_COLUMNS} FROM profiles ORDER BY name_key"
            ).fetchall()
    except (sqlite3.Error, OSError, UnicodeDecodeError):  # the last: a schema with a bad byte
        return None
    return [ProfileRecord(*row) for row in rows if row[0] not in erased]


def peek_attempts(data_dir: Path, profile_id: str) -> list[AttemptRecord] | None:
    """A profile's attempts as ``Store.attempts_for_profile`` lists them; None: ask the store."""
    path = data_dir / DB_NAME
    if not path.is_file():
        return None
    try:
        with read_only(path) as connection:
            if not _is_current(connection):
                return None
            rows = connection.execute(_ATTEMPTS_SQL, (profile_id,)).fetchall()
            return [attempt_from_row(row, with_state=False) for row in rows]
    except (sqlite3.Error, OSError, ValueError):  # ValueError covers UnicodeDecodeError
        return None
