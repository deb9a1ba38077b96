"""One running app per data folder, with a lock the OS releases when the process dies.

An OS file lock (``flock`` / ``LockFileEx`` via ``msvcrt``) is held through an open
descriptor, so a killed process frees it at once, while a live but hung one keeps
it: the second start is refused and never takes over a live session.

Only writers need it. Commands that only read (``trainer profile list``, ``history``,
``db check``) open the database read-only beside a running app (see
:mod:`trainer.storage.reader`) and take the lock only when it is free, for as long as
they read (:meth:`InstanceLock.try_acquire`).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType

from trainer.storage.errors import AnotherInstanceError

LOCK_NAME = "trainer.lock"


class InstanceLock:
    """Exclusive lock on ``<data dir>/trainer.lock`` for the life of the process."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise AnotherInstanceError."""
        if not self.try_acquire():
            raise AnotherInstanceError(self.data_dir)

    def try_acquire(self) -> bool:
        """Take the lock if it is free; False (and nothing held) if another process has it."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return True

    def release(self) -> None:
        """Give the lock back (closing the descriptor releases it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._fd is not None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
