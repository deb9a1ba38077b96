"""Where things live: shipped scenarios, the user data folder, crash reports."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from trainer.domain.errors import TrainerError

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


#: The data folder's setting naming a PostgreSQL server (one line: the URL).
DATABASE_URL_FILE = "database-url.txt"


def database_url(folder: Path, explicit: str | None = None) -> str | None:
    """The PostgreSQL server to keep progress on, or None for the data folder's SQLite file.

    The first given wins: ``--db-url``, then ``TRAINER_DB_URL``, then the data folder's
    ``database-url.txt`` (the centre's standing setting; its first non-blank line that
    is not a ``#`` comment). An empty ``--db-url ""`` or ``TRAINER_DB_URL=`` stops the
    search and means SQLite. Passwords belong in libpq's password file, not here
    (docs/postgres.md).
    """
    if explicit is not None:
        return explicit.strip() or None
    from_env = os.environ.get("TRAINER_DB_URL")
    if from_env is not None:
        return from_env.strip() or None
    try:
        text = (folder / DATABASE_URL_FILE).read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFolderError(
            f"cannot read the setting {folder / DATABASE_URL_FILE}: {exc}"
        ) from None
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            return line
    return None


def portable_data_dir() -> Path | None:
    """In portable mode (a ``portable.txt`` beside the bundle's executable), the data
    folder beside it: the app and its data travel together on a USB stick."""
    if getattr(sys, "frozen", False) and (Path(sys.executable).parent / "portable.txt").exists():
        return Path(sys.executable).parent / "data"
    return None


class DataFolderError(TrainerError):
    """The data folder given cannot hold the app's data; the message says why and where."""


#: Folders of the running system, never a place for data (``/proc/self`` "exists").
_SYSTEM_ROOTS = (Path("/proc"), Path("/sys"), Path("/dev"))
_HOW_TO_CHOOSE = "choose another folder with --data-dir or TRAINER_DATA_DIR"


def check_data_dir(folder: Path, *, for_writing: bool) -> None:
    """DataFolderError unless ``folder`` is, or can become, a folder for the app's data.

    A file, a symbolic link that loops or leads nowhere, and a system folder are
    refused before anything touches them; with ``for_writing`` the folder is also
    created if missing and must accept a new file (a read-only folder is refused
    here with its reason, not deep inside SQLite).
    """
    try:
        resolved = folder.resolve()
    except (OSError, RuntimeError):  # RuntimeError: Python 3.11's "Symlink loop"
        raise DataFolderError(
            f"the data folder {folder} is a symbolic link that loops back on itself: "
            f"{_HOW_TO_CHOOSE}"
        ) from None
    if sys.platform.startswith("linux") and any(
        resolved == root or root in resolved.parents for root in _SYSTEM_ROOTS
    ):
        raise DataFolderError(
            f"the data folder {folder} is inside /{resolved.parts[1]}, the running"
            f" system's own files, not a place for data: {_HOW_TO_CHOOSE}"
        )
    if os.path.lexists(folder) and not folder.is_dir():
        if folder.is_symlink() and not folder.exists():
            what = "a symbolic link to something that does not exist"
        else:
            what = "a file, not a folder"
        raise DataFolderError(f"the data folder {folder} is {what}: {_HOW_TO_CHOOSE}")
    if not for_writing:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe, name = tempfile.mkstemp(prefix=".write-check-", dir=folder)
        os.close(probe)
        os.unlink(name)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise DataFolderError(
            f"cannot write in the data folder {folder} ({reason}): the app records every"
            f" step there, so it needs a folder it may write to: {_HOW_TO_CHOOSE}"
        ) from None
