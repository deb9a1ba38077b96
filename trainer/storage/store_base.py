"""What every part of the store shares: its folder, database, clock and device id.

The store's operations are split by job over a few mixins (profiles, the play record,
the review queries, personal data); each reads and writes through the attributes
declared here, which :class:`trainer.storage.store.Store` sets when it opens.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from trainer.storage.database import Database

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The current time in UTC."""
    return dt.datetime.now(dt.UTC)


def iso(moment: dt.datetime) -> str:
    """A sortable UTC timestamp."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class StoreBase:
    """The state the store's mixins share (set by ``Store.__init__``)."""

    data_dir: Path
    db: Database
    clock: Clock
    device_id: str

    def backup(self, reason: str = "manual") -> Path:
        """A verified backup (``Store.backup``)."""
        raise NotImplementedError

    def safety_backup(self, reason: str) -> Path | None:
        """A backup before a large change, None on a server (``Store.safety_backup``)."""
        raise NotImplementedError

    def now(self) -> str:
        """The store's current time as a timestamp."""
        return iso(self.clock())
