"""The services over one opened store, as the CLI and the GUI use them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.services.history import HistoryService
from trainer.services.play import PlayService
from trainer.services.profiles import ProfileService
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


def open_services(
    data_dir: Path, *, clock: Clock = utc_now, single_instance: bool = True
) -> Services:
    """Open the store in ``data_dir`` and build the services on it."""
    store = Store.open(data_dir, clock=clock, single_instance=single_instance)
    return Services(store, ProfileService(store), PlayService(store), HistoryService(store))
