"""Results export from a station and merge at a training centre (``trainer results``).

Both are an instructor's actions: the caller passes an :class:`Operator` that
:meth:`ProfileService.confirm_trainer` made, and the audit log names them. What the
file holds and how the merge keys rows: :mod:`trainer.storage.results_exchange`.

Given a centre's public key, an export is sealed to it (:mod:`trainer.exchange.sealed`):
the results file's bytes, whole, inside an envelope only that centre's private key
opens. An import opens sealed files with the centre's key and reads plain ones as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer.domain.errors import TrainerError
from trainer.exchange.centre_keys import CentreKey, CentrePublicKey, grouped, parse_fingerprint
from trainer.exchange.sealed import is_sealed, open_sealed, seal
from trainer.exchange.trust_store import TrustStore
from trainer.fileio import atomic_write_bytes
from trainer.services.profiles import Operator
from trainer.services.records import TRAINER
from trainer.storage import results_exchange as exchange
from trainer.storage.errors import ProfileError
from trainer.storage.results_exchange import MergeCounts, ResultsFileError
from trainer.storage.store import Store, iso

__all__ = [
    "ExportSummary",
    "MergeCounts",
    "RecipientError",
    "ResultsFileError",
    "ResultsService",
    "choose_recipient",
    "read_results",
    "since_bound",
]


@dataclass(frozen=True, slots=True)
class ExportSummary:
    """What an export wrote."""

    path: Path
    attempts: int
    steps: int
    profiles: int
    #: The centre the file is encrypted to (None: a plain file).
    encrypted_for: CentrePublicKey | None = None


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
        recipient: CentrePublicKey | None = None,
    ) -> ExportSummary:
        """Write the attempts that ended at ``since`` or later (store timestamps) to
        ``target`` (temp file, fsync, rename), then read it back and verify it.

        With ``recipient`` the file is sealed to that centre: only its private key opens
        it. The plain bytes are verified before sealing, and the sealed file read back
        must be the bytes written.
        """
        self._require_trainer(by)
        payload = exchange.collect(self.store, since=since, until=until, with_names=with_names)
        data = exchange.encode_file(
            payload, exported_at=self.store.now(), device_id=self.store.device_id, since=since
        )
        if recipient is None:
            atomic_write_bytes(target, data)
            exchange.read_file(target)  # what was written reads back whole
        else:
            exchange.decode_file(data, target)  # the file inside the envelope is whole
            sealed = seal(data, recipient)
            atomic_write_bytes(target, sealed)
            if target.read_bytes() != sealed:  # what was written reads back whole
                raise ResultsFileError(target, "the file read back differs from what was written")
        self.store.audit("results-export-names" if with_names else "results-export", None, by.id)
        attempts = payload["attempts"]
        return ExportSummary(
            target,
            len(attempts),
            sum(len(a["steps"]) for a in attempts),
            len(payload["profiles"]),
            recipient,
        )

    def import_files(
        self, files: Sequence[Path], *, by: Operator, key: CentreKey | None = None
    ) -> list[MergeCounts]:
        """Merge each file, in order, one transaction each; what each added and skipped.

        Every file is read, opened (sealed ones with ``key``) and verified before
        anything is merged, so a damaged one among them stops the import with nothing
        written (ResultsFileError or SealedFileError names it; KeyNeededError for a
        sealed file without its centre's key). A backup (``pre-import``) is made before
        the first merge (SQLite only).
        """
        self._require_trainer(by)
        envelopes = [read_results(path, key) for path in files]
        if any(envelope["payload"]["attempts"] for envelope in envelopes):
            # A merge adds many rows at once: the database as it was stays at hand (on a
            # station; a centre's server is backed up with pg_dump, see safety_backup).
            self.store.safety_backup("pre-import")
        counts = []
        for envelope in envelopes:
            counts.append(exchange.merge(self.store, envelope["payload"]))
        self.store.audit("results-import", None, by.id)
        return counts


def read_results(path: Path, key: CentreKey | None = None) -> dict[str, Any]:
    """The verified envelope of the results file at ``path``, sealed or plain.

    A sealed file is opened with ``key`` (KeyNeededError naming the file and the centre
    it is for when ``key`` is None or another centre's).
    """
    cap = exchange.MAX_FILE_BYTES
    try:
        if path.stat().st_size > cap + _SEAL_OVERHEAD:
            raise ResultsFileError(path, f"the file is larger than {cap} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise ResultsFileError(path, f"the file cannot be read ({exc.strerror or exc})") from exc
    if is_sealed(data):
        data = open_sealed(data, key, path)
    if len(data) > cap:
        raise ResultsFileError(path, f"the file is larger than {cap} bytes")
    return exchange.decode_file(data, path)


#: What sealing adds to a results file: a header of at most ~330 bytes and a tag.
_SEAL_OVERHEAD = 4096


class RecipientError(TrainerError):
    """No one centre to encrypt an export to: several are trusted, or ``to`` names none."""


def choose_recipient(trust: TrustStore, to: str | None = None) -> CentrePublicKey | None:
    """The centre a results export is encrypted to: the one trusted here, or the one
    whose fingerprint ``to`` gives; None when no centre is trusted (a plain export).

    There is no way to ask for a plain export while a centre is trusted: the file holds
    officers' results and travels on a stick that can be lost (docs/keys.md).
    """
    centres = trust.centres()
    if to is not None:
        try:
            wanted = parse_fingerprint(to)
        except ValueError as exc:
            raise RecipientError(str(exc)) from None
        for key in centres:
            if key.fingerprint == wanted:
                return key
        raise RecipientError(f"no trusted centre has the key {grouped(wanted)}")
    if len(centres) > 1:
        listed = "; ".join(f"{grouped(k.fingerprint)} {k.centre}" for k in centres)
        raise RecipientError(
            f"{len(centres)} centres are trusted here ({listed}): choose the one to encrypt"
            " the results to with --to FINGERPRINT"
        )
    return centres[0] if centres else None
