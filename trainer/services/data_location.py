"""The data folder must be on this computer's own disk (see trainer.storage.location)."""

from __future__ import annotations

from pathlib import Path

from trainer.paths import portable_data_dir
from trainer.storage.location import check_data_location


def check_data_folder(data_dir: Path) -> None:
    """DataLocationError if the live database would be on a network share, a synced
    folder or a removable drive; the portable app's own data folder may be removable."""
    portable = portable_data_dir()
    allow_removable = portable is not None and portable.resolve() == data_dir.resolve()
    check_data_location(data_dir, allow_removable=allow_removable)
