"""Crash reports for our own bugs: saved locally, never shown as a traceback."""

from __future__ import annotations

import datetime as _dt
import os
import traceback
from pathlib import Path

from trainer.paths import data_dir


def save_crash_report(exc: BaseException, folder_hint: str | None = None) -> Path | None:
    """Write the traceback to ``<data dir>/crash-reports``; None if even that fails.

    ``folder_hint`` is a ``--data-dir`` given on the command line, if any.
    """
    try:
        folder = data_dir(folder_hint) / "crash-reports"
        folder.mkdir(parents=True, exist_ok=True)
        stamp = _dt.datetime.now(_dt.UTC).strftime("%Y%m%d-%H%M%S")
        target = folder / f"crash-{stamp}-{os.getpid()}.txt"
        from trainer import __version__

        body = "".join(traceback.format_exception(exc))
        target.write_text(f"trainer {__version__}\n\n{body}", encoding="utf-8")
        return target
    except OSError:
        return None
