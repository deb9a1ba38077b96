"""Errors the core raises for input that is wrong (never for our own bugs)."""

from __future__ import annotations


class TrainerError(Exception):
    """Bad input or environment: shown to the user as a clear message."""


class PlayError(TrainerError):
    """An operation that the current node does not allow."""


class NotOfferedError(PlayError):
    """A choice, checklist item or action that is not available here."""

    def __init__(self, message: str, *, offered: tuple[str, ...]) -> None:
        super().__init__(message)
        self.offered = offered


class StateFormatError(TrainerError):
    """A saved play state that cannot be read back."""
