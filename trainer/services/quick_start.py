"""What the desktop app reads before the store is open, to show its first screen at once.

The store (SQLAlchemy, the integrity check, migrations) opens behind the first screen;
until then the profile list and a profile's results come from a read-only look at the
database (:mod:`trainer.storage.peek`), and the library's cards from the card cache.
The instance lock is taken first, so a second start is refused before it shows anything.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from trainer import paths
from trainer.services.data_location import check_data_folder
from trainer.services.records import ProfileRecord
from trainer.storage.instance_lock import InstanceLock
from trainer.storage.peek import peek_attempts, peek_profiles

if TYPE_CHECKING:
    from trainer.services.cards import Results


def take_instance_lock(data_dir: Path) -> InstanceLock:
    """The data folder's single-instance lock; AnotherInstanceError if another app holds it.

    DataLocationError first if the folder is no place for the live database: nothing
    is created or read there (not asked when the database is on a PostgreSQL server).
    """
    if paths.database_url(data_dir) is None:
        check_data_folder(data_dir)
    lock = InstanceLock(data_dir)
    lock.acquire()
    return lock


def quick_profiles(data_dir: Path) -> list[ProfileRecord] | None:
    """The profiles by name; [] before the first start; None: wait for the store.

    Always None with a PostgreSQL server: the quick look reads the SQLite file only
    (a file left in the folder would show someone else's profiles).
    """
    if paths.database_url(data_dir) is not None:
        return None
    return peek_profiles(data_dir)


def quick_results(data_dir: Path, profile_id: str) -> Results | None:
    """A profile's best, last and unfinished attempt per scenario; None: wait for the store."""
    from trainer.services.cards import results_by_scenario

    if paths.database_url(data_dir) is not None:
        return None  # as quick_profiles
    attempts = peek_attempts(data_dir, profile_id)
    return None if attempts is None else results_by_scenario(attempts)
