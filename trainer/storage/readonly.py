"""A read-only look into an SQLite file that leaves the folder exactly as it found it.

Its own module, so the app's quick look at start-up (:mod:`trainer.storage.peek`)
does not import the backup machinery.
"""

from __future__ import annotations

import contextlib
import functools
import sqlite3
from collections.abc import Iterator
from pathlib import Path

#: How text read back from the database becomes ``str``: one flipped byte in a stored
#: name shows as a replacement character (and ``db check`` reports it) instead of
#: failing every query that reads the name. ``str`` itself, so it costs nothing.
decode_text = functools.partial(str, encoding="utf-8", errors="replace")


@contextlib.contextmanager
def read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to ``path`` that leaves no file behind.

    A read-only connection to a WAL database creates ``-wal``/``-shm`` files but
    cannot remove them on close: the ones it created (an empty WAL, the index) are
    removed here, so a file we refuse or move aside is left exactly as found. Not
    ``immutable=1``: that ignores a WAL holding committed transactions.
    """
    wal, shm = (path.with_name(path.name + suffix) for suffix in ("-wal", "-shm"))
    had_wal, had_shm = wal.exists(), shm.exists()
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.text_factory = decode_text
    try:
        yield connection
    finally:
        connection.close()
        with contextlib.suppress(OSError):
            if not had_wal and wal.exists() and wal.stat().st_size == 0:
                wal.unlink()
            if not had_shm and shm.exists():
                shm.unlink()
