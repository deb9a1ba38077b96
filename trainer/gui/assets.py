"""Where the app's bundled fonts and icons are, for the entry module, reports and self-test.

Kept apart from :mod:`trainer.gui.main` so that nothing below the entry module (the PDF
reports, say) has to import it: the entry module imports the window, which imports them.
"""

from __future__ import annotations

import sys
from pathlib import Path


def assets_dir() -> Path:
    """Fonts and icons (inside the bundle when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parents[2] / "assets"


# The app's icon, drawn by tools/make_icon.py (one file per size: each drawn for it).
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
