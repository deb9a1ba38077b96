"""Where things live: shipped scenarios, the user data folder, crash reports."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "HateCrimeTrainer"
APP_AUTHOR = "KWP-Krakow"


def shipped_scenarios_dir() -> Path:
    """The scenarios that come with the app (the repo's ``scenarios/`` or the bundle's)."""
    override = os.environ.get("TRAINER_SCENARIOS_DIR")
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "scenarios"
    return Path(__file__).resolve().parent.parent / "scenarios"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The user data folder: ``--data-dir``, else ``TRAINER_DATA_DIR``, else the OS default."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get("TRAINER_DATA_DIR")
    if from_env:
        return Path(from_env)
    portable = portable_data_dir()
    if portable is not None:
        return portable
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def portable_data_dir() -> Path | None:
    """In portable mode (a ``portable.txt`` beside the bundle's executable), the data
    folder beside it: the app and its data travel together on a USB stick."""
    if getattr(sys, "frozen", False) and (Path(sys.executable).parent / "portable.txt").exists():
        return Path(sys.executable).parent / "data"
    return None
