"""One helper for slow or fallible work: a serial executor off the UI thread.

All database work goes through one worker thread, in order, so SQLite sees one
writer and the window never freezes. Tests construct it with ``synchronous=True``
and everything runs inline, deterministically.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Carries a result back to the UI thread through a queued signal."""

    finished = Signal(object, object)  # (callback, value)


class _Job(QRunnable):
    def __init__(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        relay: _Relay,
    ) -> None:
        super().__init__()
        self.work = work
        self.on_done = on_done
        self.on_error = on_error
        self.relay = relay

    def run(self) -> None:
        try:
            value = self.work()
        except BaseException as exc:
            if self.on_error is not None:
                self.relay.finished.emit(self.on_error, exc)
            return
        if self.on_done is not None:
            self.relay.finished.emit(self.on_done, value)


class TaskRunner(QObject):
    """Runs callables one at a time on a worker thread; results come back on the UI thread."""

    def __init__(self, *, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # serial: one SQLite writer, steps in order
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work``; then ``on_done(result)`` or ``on_error(exception)`` on the UI thread."""
        if self.synchronous:
            try:
                value = work()
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(exc)
                return
            if on_done is not None:
                on_done(value)
            return
        self._pool.start(_Job(work, on_done, on_error, self._relay))

    def wait(self) -> None:
        """Block until every queued job has run (shutdown, tests)."""
        self._pool.waitForDone()

    @Slot(object, object)
    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        callback(value)
