"""The services over one opened store, as the CLI and the GUI use them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer import paths
from trainer.services.data_location import check_data_folder
from trainer.services.history import HistoryService
from trainer.services.play import PlayService
from trainer.services.profiles import ProfileService
from trainer.storage.instance_lock import InstanceLock
from trainer.storage.reader import open_read_only
from trainer.storage.store import Clock, Store, utc_now


@dataclass
class Services:
    """Everything that works on the progress database."""

    store: Store
    profiles: ProfileService
    play: PlayService
    history: HistoryService

    def close(self, *, backup: bool = True) -> Path | None:
        """Close the store (with the exit backup by default)."""
        return self.store.close(backup=backup)


def recover_from_backup(data_dir: Path, backup: Path) -> None:
    """Put a verified backup in place of a database that was moved aside as damaged.

    The backup must pass the same full check as a restore (trainer.storage.health).
    """
    from trainer.storage.backup import online_backup
    from trainer.storage.errors import StorageError
    from trainer.storage.health import examine
    from trainer.storage.migrate import refuse_if_too_new
    from trainer.storage.store import DB_NAME

    target = data_dir / DB_NAME
    if target.exists() and target.stat().st_size > 0:
        raise StorageError(f"{target} exists: it was not moved aside, so nothing is replaced")
    health = examine(backup)
    if not health.good:
        raise StorageError(f"{backup} is not a usable backup: {health.verdict()}")
    refuse_if_too_new(backup)
    online_backup(backup, target)


def start_empty(data_dir: Path) -> None:
    """Start a new, empty database in place of a damaged, missing or empty one."""
    Store.start_empty(data_dir)


def open_services(
    data_dir: Path,
    *,
    clock: Clock = utc_now,
    single_instance: bool = True,
    lock: InstanceLock | None = None,
    db_url: str | None = None,
) -> Services:
    """Open the store in ``data_dir`` and build the services on it (``lock``: see Store.open).

    DataLocationError if ``data_dir`` is on a network share, a synced folder or a
    removable drive (see trainer.services.data_location); a caller passing ``lock``
    checked that when it took the lock (``quick_start.take_instance_lock``). With a
    PostgreSQL server (``db_url``, else the setting: :func:`trainer.paths.database_url`)
    the live database is not in the folder, so its location is not checked.
    """
    url = paths.database_url(data_dir, db_url)
    if lock is None and url is None:
        check_data_folder(data_dir)
    store = Store.open(
        data_dir, clock=clock, single_instance=single_instance, lock=lock, db_url=url
    )
    return Services(store, ProfileService(store), PlayService(store), HistoryService(store))


def open_read_only_services(
    data_dir: Path,
    *,
    clock: Clock = utc_now,
    check_schema: bool = True,
    db_url: str | None = None,
) -> Services:
    """The services over the store in ``data_dir`` opened for reading only.

    They work while the desktop app is open on the same folder, and change nothing:
    any write through them raises ReadOnlyStoreError. NoDatabaseError if nothing was
    ever recorded there; see :func:`trainer.storage.reader.open_read_only`. ``db_url``
    as for :func:`open_services`.
    """
    url = paths.database_url(data_dir, db_url)
    if url is None:
        check_data_folder(data_dir)
    store = open_read_only(data_dir, clock=clock, check_schema=check_schema, db_url=url)
    return Services(store, ProfileService(store), PlayService(store), HistoryService(store))
