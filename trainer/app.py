"""Composition root: reads the command line, finds the data folder, starts the right front end.

``trainer`` alone opens the desktop app; ``trainer COMMAND`` runs the command line.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``trainer`` command and ``python -m trainer``."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:  # the desktop app, without the command line's imports
        return _run_gui(None)
    from trainer import cli

    try:
        args = cli.build_parser().parse_args(args_list)
    except cli.UsageError:
        return cli.main(args_list)  # prints the usage error the usual way
    if args.self_test:
        from trainer.gui.self_test import self_test

        return self_test()
    if args.command is None and not args.version:
        return _run_gui(args.data_dir)
    return cli.main(args_list)


def _run_gui(data_dir_arg: str | None) -> int:
    from trainer.gui.main import run_gui  # Qt itself is imported there
    from trainer.paths import data_dir

    return run_gui(data_dir(data_dir_arg))
