"""Object names select the style sheet's rules (``QLabel#muted``, ``QPushButton#primary``)."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

_W = TypeVar("_W", bound=QObject)


def named(widget: _W, name: str) -> _W:
    """``widget`` with its object name set, for styling and tests."""
    widget.setObjectName(name)
    return widget
