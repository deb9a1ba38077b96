"""Backups and exports on a full disk, run inside a private mount namespace.

The parent mounts tiny tmpfs file systems on the data folder's ``backups`` folder and
on an exports folder, then runs ``python -m tests.storage.full_disk_child DATA EXPORT``.
Each write then fails with a real ENOSPC partway through. The mounts vanish with the
process, so everything the parent needs to know is reported as one JSON line.
"""

from __future__ import annotations

import contextlib
import io
import json
import sys
import traceback
from pathlib import Path
from typing import Any

from tests.storage.recorder_child import PROFILE
from trainer.cli import main as cli_main
from trainer.fileio import atomic_write_bytes
from trainer.services.context import open_services
from trainer.storage.errors import StorageError

OLD_EXPORT = b'{"old": "export"}\n'


def outcome(action: Any) -> dict[str, Any]:
    try:
        action()
    except StorageError as exc:
        return {"error": type(exc).__name__, "message": str(exc)}
    except Exception as exc:
        return {"error": type(exc).__name__, "traceback": traceback.format_exc()}
    return {"error": None}


def listing(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_size for p in sorted(folder.iterdir())}


def main() -> int:
    data_dir, export = Path(sys.argv[1]), Path(sys.argv[2])
    report: dict[str, Any] = {}
    services = open_services(data_dir)
    report["backup"] = outcome(lambda: services.store.backup("manual"))
    report["backup_files"] = listing(data_dir / "backups")
    # Closing makes the exit backup, which fails the same way; the lock must still go.
    report["close"] = outcome(services.close)
    failed_copy = services.store.exit_backup_error
    report["exit_backup_error"] = type(failed_copy).__name__ if failed_copy else None
    report["lock_released"] = not services.store.lock.held if services.store.lock else True

    atomic_write_bytes(export, OLD_EXPORT)  # an earlier export, small enough to fit
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli_main(
            ["--data-dir", str(data_dir), "profile", "export", PROFILE, "--output", str(export)]
        )
    report["export"] = {"code": code, "stderr": err.getvalue()}
    report["export_files"] = listing(export.parent)
    report["export_intact"] = export.read_bytes() == OLD_EXPORT
    sys.stdout.write(json.dumps({"ev": "report", **report}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
