"""Per-laptop UI preferences (language, text size, window), kept in the data folder."""

from __future__ import annotations

import json
from pathlib import Path

from trainer.fileio import atomic_write_bytes

DEFAULT_LANGUAGE = "pl"
UI_LANGUAGES = ("pl", "en")
MIN_POINT_SIZE = 9
MAX_POINT_SIZE = 28
DEFAULT_POINT_SIZE = 11
# Minutes without input before a signed-in officer is signed out (0: never).
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240


class UiSettings:
    """A small JSON file; a damaged one falls back to the defaults."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.language = DEFAULT_LANGUAGE
        self.point_size = DEFAULT_POINT_SIZE
        # The main window's size, place and state as Qt saves them (base64), or "".
        self.window_geometry = ""
        # See trainer.gui.idle; set by hand in settings.json (a per-laptop choice).
        self.idle_minutes = DEFAULT_IDLE_MINUTES
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError):  # deeply nested JSON recurses
            return
        if isinstance(data, dict):
            if data.get("language") in UI_LANGUAGES:
                self.language = data["language"]
            size = data.get("point_size")
            if isinstance(size, int) and MIN_POINT_SIZE <= size <= MAX_POINT_SIZE:
                self.point_size = size
            geometry = data.get("window_geometry")
            if isinstance(geometry, str) and len(geometry) < 4096:
                self.window_geometry = geometry
            minutes = data.get("idle_minutes")
            if type(minutes) is int and 0 <= minutes <= MAX_IDLE_MINUTES:
                self.idle_minutes = minutes

    def save(self) -> None:
        """Write the settings; a failure to save preferences is not worth an error dialog."""
        data = {
            "language": self.language,
            "point_size": self.point_size,
            "window_geometry": self.window_geometry,
            "idle_minutes": self.idle_minutes,
        }
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(self.path, json.dumps(data).encode("utf-8"))
        except OSError:
            pass
