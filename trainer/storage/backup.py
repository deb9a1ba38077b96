"""Online backups of the progress database: consistent, verified, rotated.

Never copy a live SQLite file byte by byte: the WAL may hold the newest pages.
``sqlite3.Connection.backup`` copies a consistent snapshot while the app writes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from trainer.fileio import fsync_dir, remove_stale_temps, temp_path_for
from trainer.storage.health import examine
from trainer.storage.readonly import read_only

_NAME_RE = re.compile(r"^progress-(\d{8}T\d{12})Z-([a-z-]+)\.db$")
KEEP_ROUTINE = 10
KEEP_PROTECTED = 5  # before migrations, restores and purges: rarer and more precious
#: "kept-richer": a backup that held more than the one made after it (see Backups.make).
PROTECTED_REASONS = ("pre-migration", "pre-restore", "pre-purge", "kept-richer")
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup on disk, with when and why it was made."""

    path: Path
    stamp: str
    reason: str


def quick_check(path: Path) -> str:
    """``ok`` or SQLite's description of what is wrong (never raises)."""
    return _check(path, "quick_check")


def integrity_check(path: Path) -> str:
    """Like :func:`quick_check`, but also compares every index with its table.

    ``quick_check`` misses damaged records and indexes (about a third of random
    bit flips in a progress database), which then fail later at run time.
    """
    return _check(path, "integrity_check")


def _check(path: Path, pragma: str) -> str:
    try:
        with read_only(path) as connection:
            verdict = connection.execute(f"PRAGMA {pragma}").fetchone()[0]
            if verdict != "ok":
                return str(verdict)
            broken = connection.execute("PRAGMA foreign_key_check").fetchall()
            return "ok" if not broken else f"broken references in {broken[0][0]}"
    except sqlite3.Error as exc:
        return str(exc)


def online_backup(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target`` through SQLite's backup API, verified, atomically."""
    temp = temp_path_for(target)
    try:
        src = sqlite3.connect(source)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                # A backup is a standalone file: no WAL beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        health = examine(temp, scan_text=False)  # the live file's text was not scanned either
        if not health.usable:
            raise sqlite3.DatabaseError(f"the backup copy failed its check: {health.verdict()}")
        os.replace(temp, target)
        fsync_dir(target.parent)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


class Backups:
    """The backup folder: make, list, rotate, find the newest good one."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        #: What the last :meth:`make` has to say (a richer backup kept), for the user.
        self.notes: list[str] = []

    def make(self, database: Path, reason: str, *, now: dt.datetime | None = None) -> Path:
        """Back up ``database`` now; ``reason`` is a short slug (``exit``, ``pre-migration``).

        Rotation never silently drops a backup that holds more than the new one (an
        empty database backed up at every exit used to rotate every good backup out):
        the newest earlier backup is then also kept as ``kept-richer``, and
        :attr:`notes` says so.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        self.notes = []
        moment = now or dt.datetime.now(dt.UTC)
        stamp = moment.strftime("%Y%m%dT%H%M%S%f")
        target = self.folder / f"progress-{stamp}Z-{reason}.db"
        previous = next(iter(self.all()), None)
        online_backup(database, target)
        if previous is not None and previous.path != target:
            self._keep_if_richer(previous, target)
        self.rotate()
        return target

    def _keep_if_richer(self, previous: BackupFile, new: Path) -> None:
        old_size, new_size = contents_size(previous.path), contents_size(new)
        if old_size is None or new_size is None or not holds_less(new_size, old_size):
            return
        kept = previous.path
        if previous.reason not in PROTECTED_REASONS:
            # A second name (not a move: a caller may hold the old one, to restore it).
            kept = previous.path.with_name(f"progress-{previous.stamp}Z-kept-richer.db")
            with contextlib.suppress(FileExistsError):
                try:
                    os.link(previous.path, kept)
                except OSError:
                    shutil.copyfile(previous.path, kept)
        note = (
            f"The new backup {new.name} holds less than the one before it "
            f"({describe_size(new_size)} against {describe_size(old_size)}); "
            f"the richer one is kept as {kept}."
        )
        _log.warning(note)
        self.notes.append(note)

    def all(self) -> list[BackupFile]:
        """Every backup, newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _NAME_RE.match(path.name)
            if match:
                found.append(BackupFile(path, match.group(1), match.group(2)))
        return sorted(found, key=lambda b: b.stamp, reverse=True)

    def rotate(self) -> list[Path]:
        """Delete old backups beyond the kept numbers; returns what was removed."""
        removed = []
        routine = [b for b in self.all() if b.reason not in PROTECTED_REASONS]
        protected = [b for b in self.all() if b.reason in PROTECTED_REASONS]
        for old in routine[KEEP_ROUTINE:] + protected[KEEP_PROTECTED:]:
            with contextlib.suppress(OSError):
                old.path.unlink()
                removed.append(old.path)
        remove_stale_temps(self.folder)
        return removed

    def newest_good(self) -> Path | None:
        """The newest backup that passes the full check (the one a restore accepts), or None."""
        for backup in self.all():
            if examine(backup.path).good:
                return backup.path
        return None


#: What a backup holds: audit entries, then profiles + attempts + steps.
ContentsSize = tuple[int, int]


def contents_size(path: Path) -> ContentsSize | None:
    """How much ``path`` holds (None if it cannot be counted)."""
    try:
        with read_only(path) as connection:
            audit = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
            rows = sum(
                connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for table in ("profiles", "attempts", "steps")
            )
    except sqlite3.Error:
        return None
    return int(audit), int(rows)


def holds_less(new: ContentsSize, old: ContentsSize) -> bool:
    """Whether ``new`` lost something ``old`` had that no recorded action explains.

    Erasures and retention purges delete rows but add to the audit log, which only
    grows: fewer rows with a longer log is the app's own doing, not a loss.
    """
    new_audit, new_rows = new
    old_audit, old_rows = old
    return new_audit < old_audit or (new_audit == old_audit and new_rows < old_rows)


def describe_size(size: ContentsSize) -> str:
    """``"12 records, 3 audit entries"``."""
    return f"{size[1]} records, {size[0]} audit entries"
