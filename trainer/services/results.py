"""Results export from a station and merge at a training centre (``trainer results``).

Both are an instructor's actions: the caller passes an :class:`Operator` that
:meth:`ProfileService.confirm_trainer` made, and the audit log names them. What the
file holds and how the merge keys rows: :mod:`trainer.storage.results_exchange`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from trainer.fileio import atomic_write_bytes
from trainer.services.profiles import Operator
from trainer.services.records import TRAINER
from trainer.storage import results_exchange as exchange
from trainer.storage.errors import ProfileError
from trainer.storage.results_exchange import MergeCounts, ResultsFileError
from trainer.storage.store import Store, iso

__all__ = ["ExportSummary", "MergeCounts", "ResultsFileError", "ResultsService", "since_bound"]


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    attempts: int
    steps: int
    profiles: int


def since_bound(text: str, tz: dt.tzinfo | None = None) -> str:
    """A ``--since`` value (a date, read as its midnight in ``tz``, None: local time; or
    an ISO date and time) as the store's timestamp. ValueError if it is neither."""
    text = text.strip()
    try:
        day = dt.date.fromisoformat(text)
    except ValueError:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    else:
        moment = dt.datetime.combine(day, dt.time())
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz) if tz is not None else moment.astimezone()
    return iso(moment)


class ResultsService:
    """Writes a station's ended attempts to a file; merges such files into this store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def _require_trainer(self, by: Operator) -> None:
        current = self.store.get_profile(by.id)
        if current is None or current.role != TRAINER:
            raise ProfileError("only an instructor can export or import results")

    def export(
        self,
        target: Path,
        *,
        by: Operator,
        since: str | None = None,
        until: str | None = None,
        with_names: bool = False,
    ) -> ExportSummary:
        """Write the attempts that ended at ``since`` or later (store timestamps) to
        ``target`` (temp file, fsync, rename), then read it back and verify it."""
        self._require_trainer(by)
        payload = exchange.collect(self.store, since=since, until=until, with_names=with_names)
        data = exchange.encode_file(
            payload, exported_at=self.store.now(), device_id=self.store.device_id, since=since
        )
        atomic_write_bytes(target, data)
        exchange.read_file(target)  # what was written reads back whole
        self.store.audit("results-export-names" if with_names else "results-export", None, by.id)
        attempts = payload["attempts"]
        return ExportSummary(
            target,
            len(attempts),
            sum(len(a["steps"]) for a in attempts),
            len(payload["profiles"]),
        )

    def import_files(self, files: Sequence[Path], *, by: Operator) -> list[MergeCounts]:
        """Merge each file, in order, one transaction each; what each added and skipped.

        Every file is read and verified before anything is merged, so a damaged one
        among them stops the import with nothing written (ResultsFileError names it).
        A backup (``pre-import``) is made before the first merge (SQLite only).
        """
        self._require_trainer(by)
        envelopes = [exchange.read_file(path) for path in files]
        if any(envelope["payload"]["attempts"] for envelope in envelopes):
            # A merge adds many rows at once: the database as it was stays at hand (on a
            # station; a centre's server is backed up with pg_dump, see safety_backup).
            self.store.safety_backup("pre-import")
        counts = []
        for envelope in envelopes:
            counts.append(exchange.merge(self.store, envelope["payload"]))
        self.store.audit("results-import", None, by.id)
        return counts
