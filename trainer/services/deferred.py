"""A value another thread is still computing: ``get()`` waits for it (standard library only)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class Deferred(Generic[T]):
    """Set once by the thread that computes it; read by any thread, which waits if needed."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._value: T | None = None
        self._error: BaseException | None = None

    @classmethod
    def of(cls, value: T) -> Deferred[T]:
        """A value that is already there."""
        deferred: Deferred[T] = cls()
        deferred.set(value)
        return deferred

    def set(self, value: T) -> None:
        """The value is ready."""
        self._value, self._error = value, None
        self._done.set()

    def fail(self, error: BaseException) -> None:
        """Computing the value failed: ``get()`` raises ``error``."""
        self._value, self._error = None, error
        self._done.set()

    def compute(self, work: Callable[[], T]) -> T:
        """Run ``work`` here and keep its value or its error (raised again to the caller)."""
        try:
            value = work()
        except BaseException as exc:
            self.fail(exc)
            raise
        self.set(value)
        return value

    @property
    def ready(self) -> bool:
        """Whether the value (or its error) is there."""
        return self._done.is_set()

    @property
    def failed(self) -> bool:
        """Whether computing the value failed."""
        return self._done.is_set() and self._error is not None

    def get(self, timeout: float | None = None) -> T:
        """The value, waiting for it; its error if it failed; TimeoutError after ``timeout``."""
        if not self._done.wait(timeout):
            raise TimeoutError("the value is not ready")
        if self._error is not None:
            raise self._error
        return self._value  # type: ignore[return-value]
