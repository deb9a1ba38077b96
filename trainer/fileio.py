"""Crash-safe file writes: temp file, fsync, rename, fsync the folder (used by every layer)."""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

TEMP_MARK = ".tmp-"


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small objects at once.

    Reading a long history or a large scenario creates ~100k containers that all stay
    alive; the collector would scan them over and over and find nothing to free.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (a no-op where folders cannot be opened)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_for(target: Path) -> Path:
    """A temp file next to ``target`` that no other process would pick."""
    return target.with_name(f"{target.name}{TEMP_MARK}{os.getpid()}")


def atomic_write_bytes(target: Path, data: bytes) -> None:
    """Write ``data`` so that ``target`` is either the old file or the new one, never half."""
    atomic_write_chunks(target, (data,))


def atomic_write_chunks(target: Path, chunks: Iterable[bytes]) -> None:
    """:func:`atomic_write_bytes` for data made piece by piece (never all in memory).

    An exception while the pieces are made leaves ``target`` as it was.
    """
    if target.exists() and not target.is_file():
        # A device or a pipe (``/dev/stdout``): renaming over it would replace the node.
        with target.open("wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
        return
    temp = temp_path_for(target)
    try:
        with temp.open("wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise
    fsync_dir(target.parent)


def remove_stale_temps(folder: Path) -> int:
    """Delete temp files left by a crashed write; returns how many."""
    removed = 0
    if not folder.is_dir():
        return 0
    for candidate in folder.iterdir():
        if TEMP_MARK in candidate.name and candidate.is_file():
            with contextlib.suppress(OSError):
                candidate.unlink()
                removed += 1
    return removed
