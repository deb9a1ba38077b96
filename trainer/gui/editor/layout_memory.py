"""The editor's window size and panels, kept between uses in the data folder.

A small JSON file of its own (not the app's settings): the layout is the editor's
business, and a broken file only means the default layout.
"""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from trainer.fileio import atomic_write_bytes

#: The layout format; a file of another version is ignored.
LAYOUT_VERSION = 1


def restore_layout(window: QMainWindow, file: Path) -> bool:
    """Put the window's geometry and panels back as saved; False if there was nothing."""
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
        geometry = QByteArray.fromBase64(data["geometry"].encode("ascii"))
        state = QByteArray.fromBase64(data["state"].encode("ascii"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
    return window.restoreGeometry(geometry) and window.restoreState(state, LAYOUT_VERSION)


def save_layout(window: QMainWindow, file: Path) -> None:
    """Keep the window's geometry and panels (errors ignored: the layout is a comfort)."""
    data = {
        "geometry": bytes(window.saveGeometry().toBase64().data()).decode("ascii"),
        "state": bytes(window.saveState(LAYOUT_VERSION).toBase64().data()).decode("ascii"),
    }
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(file, json.dumps(data).encode("utf-8"))
    except OSError:
        pass
