"""Composition root: reads the command line, finds the data folder, starts the right front end."""

from __future__ import annotations

from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``trainer`` command and ``python -m trainer``."""
    from trainer.cli import main as cli_main

    return cli_main(argv)
