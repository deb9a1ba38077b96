"""Unsaved editor work kept on disk, so a crash loses at most a few seconds of it.

One file per open scenario (named from a hash of the scenario's path) holds the
scenario's path, the time and the document's text; each write replaces it in one
go. After a save, or when the trainer declines the recovery, the file is removed.
On the next start, the files still there are the work a crashed editor left.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ruamel.yaml.error import YAMLError

from trainer.authoring.document import ScenarioDocument
from trainer.domain.errors import TrainerError
from trainer.fileio import TEMP_MARK, atomic_write_bytes

_log = logging.getLogger(__name__)

#: The recovery file's own format, so a later editor can tell an old one.
RECOVERY_FORMAT = 1
_SUFFIX = ".recovery.json"


class RecoveryError(TrainerError):
    """Kept work that cannot be turned back into a document (the message names the file)."""


@dataclass(frozen=True)
class RecoveryEntry:
    """Unsaved work found on disk: the text of the document edited from ``source``."""

    file: Path
    source: Path
    saved_at: datetime
    text: str


@dataclass(frozen=True)
class SkippedRecovery:
    """A recovery file that could not be read, and why (it is left where it is)."""

    file: Path
    reason: str


def _name_for(source: Path) -> str:
    key = str(source.absolute()).encode("utf-8", "surrogatepass")
    return hashlib.sha256(key).hexdigest()[:32] + _SUFFIX


class RecoveryStore:
    """The recovery files in ``folder`` (``data_dir / "editor-recovery"``)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        #: The files the last :meth:`pending` could not read, with the reason.
        self.skipped: list[SkippedRecovery] = []

    def file_for(self, source: Path) -> Path:
        """The recovery file of the scenario file ``source``."""
        return self.folder / _name_for(source)

    def write(self, doc: ScenarioDocument) -> None:
        """Keep ``doc``'s text as the recovery of its file (replacing the previous one)."""
        if doc.path is None:
            raise ValueError("the document has no file: nothing to recover it into")
        record = {
            "format": RECOVERY_FORMAT,
            "source": str(doc.path.absolute()),
            "saved_at": datetime.now(UTC).isoformat(),
            "text": doc.to_text(),
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        atomic_write_bytes(self.file_for(doc.path), data)

    def pending(self) -> list[RecoveryEntry]:
        """The unsaved work left behind, oldest first; unreadable files go to ``skipped``."""
        self.skipped = []
        if not self.folder.is_dir():
            return []
        entries = []
        for file in sorted(self.folder.iterdir()):
            if not file.name.endswith(_SUFFIX) or TEMP_MARK in file.name:
                continue
            try:
                entries.append(_read(file))
            except (OSError, ValueError, KeyError, TypeError) as exc:
                reason = f"{file}: not a readable recovery file ({exc})"
                _log.warning("skipped %s", reason)
                self.skipped.append(SkippedRecovery(file, reason))
        return sorted(entries, key=lambda e: e.saved_at)

    def recover(self, entry: RecoveryEntry) -> ScenarioDocument:
        """The document as it was edited, saving to its source file (unsaved: differs).

        RecoveryError if the kept text is not a scenario document any more.
        """
        try:
            return ScenarioDocument.edited_from(entry.text, path=entry.source)
        except (YAMLError, ValueError) as exc:
            raise RecoveryError(f"{entry.file}: the kept work cannot be read: {exc}") from exc

    def discard(self, source: Path) -> None:
        """Forget the unsaved work of ``source`` (after a save, or when declined)."""
        self.file_for(source).unlink(missing_ok=True)


def _read(file: Path) -> RecoveryEntry:
    record = json.loads(file.read_bytes().decode("utf-8"))
    if not isinstance(record, dict):
        raise ValueError("not a JSON object")
    if record.get("format") != RECOVERY_FORMAT:
        raise ValueError(f"unknown recovery format {record.get('format')!r}")
    text = record["text"]
    if not isinstance(text, str):
        raise TypeError("the text is not a string")
    saved_at = datetime.fromisoformat(record["saved_at"])
    return RecoveryEntry(file=file, source=Path(record["source"]), saved_at=saved_at, text=text)
