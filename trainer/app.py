"""Composition root: reads the command line, finds the data folder, starts the right front end.

``trainer`` alone opens the desktop app; ``trainer COMMAND`` runs the command line.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

NO_DISPLAY_MESSAGE = (
    "trainer: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the"
    " desktop app cannot open its window.\n"
    "Start it from a desktop session; or, without a screen, run it offscreen"
    " (QT_QPA_PLATFORM=offscreen trainer, for tests and screenshots), or use the"
    " command line: trainer --help\n"
)


def display_missing(environ: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Whether Qt would find no display: on Linux, no X11 or Wayland and no platform chosen.

    Qt itself aborts the process then (exit 134, after its own hint on stderr), so this
    is checked before Qt is imported.
    """
    env = os.environ if environ is None else environ
    if not (platform or sys.platform).startswith("linux"):
        return False  # Windows and macOS always have their own display
    return not any(env.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


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
        if display_missing():
            sys.stderr.write(NO_DISPLAY_MESSAGE)
            return 1
        from trainer.gui.self_test import self_test

        return self_test()
    if args.command is None and not args.version:
        if args.db_url is not None:
            # The desktop app reads the server's URL where every opening of the store
            # looks for it (trainer.paths.database_url): this process's environment.
            os.environ["TRAINER_DB_URL"] = args.db_url
        return _run_gui(args.data_dir)
    return cli.main(args_list)


def _run_gui(data_dir_arg: str | None) -> int:
    if display_missing():
        sys.stderr.write(NO_DISPLAY_MESSAGE)
        return 1
    from trainer.gui.main import run_gui  # Qt itself is imported there
    from trainer.paths import data_dir

    return run_gui(data_dir(data_dir_arg))
