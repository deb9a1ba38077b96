"""Where scenarios are: a folder holding a scenario file (standard library only)."""

from __future__ import annotations

from pathlib import Path

SCENARIO_FILES = ("scenario.yaml", "scenario.yml", "scenario.json")


def scenario_files(folder: Path) -> list[Path]:
    """Every scenario file name present in ``folder``, symbolic links included.

    A folder may hold one; the reader refuses a folder with several, and a link.
    """
    return [
        candidate
        for candidate in (folder / name for name in SCENARIO_FILES)
        if candidate.is_file() or candidate.is_symlink()
    ]


def scenario_file(folder: Path) -> Path | None:
    """The scenario file in ``folder`` (``scenario.yaml``, ``.yml`` or ``.json``)."""
    present = scenario_files(folder)
    return present[0] if present else None


def is_scenario_folder(path: Path) -> bool:
    """Whether ``path`` is a folder holding a scenario file."""
    return path.is_dir() and scenario_file(path) is not None


def find_scenario_folders(path: Path) -> list[Path]:
    """``path`` itself if it is a scenario folder, else the scenario folders directly in it."""
    if is_scenario_folder(path):
        return [path]
    if not path.is_dir():
        return []
    return sorted(p for p in path.iterdir() if is_scenario_folder(p))


__all__ = [
    "SCENARIO_FILES",
    "find_scenario_folders",
    "is_scenario_folder",
    "scenario_file",
    "scenario_files",
]
