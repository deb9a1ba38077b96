"""An officer writing a report note in the real app, for the report kill test.

Runs the desktop app offscreen with the threaded task runner (as the app runs), on the
report test scenario (``TRAINER_SCENARIOS_DIR``): signs up, starts, takes the first
decision, then types the first part of a note key by key. Once the play service says
the draft is kept it writes ``kept`` (fsynced) to SIDE_FILE, types the second part,
writes ``typed`` and waits to be killed.

    python -m tests.gui.report_writer_child DATA_DIR SIDE_FILE
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from trainer.gui.main import build_window

PROFILE = "Writer"
FIRST = "The offender shouted at the victim about his origin"
SECOND = " and a neighbour saw it"


def line(side: Path, text: str) -> None:
    fd = os.open(side, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, (text + "\n").encode("utf-8"))
        os.fsync(fd)
    finally:
        os.close(fd)


def main() -> int:
    data_dir, side = Path(sys.argv[1]), Path(sys.argv[2])
    app, window = build_window(data_dir, synchronous=False)
    window.resize(1366, 768)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    w: object = window

    def write() -> None:
        QTest.keyClicks(w.profiles.name_edit, PROFILE)  # type: ignore[attr-defined]
        QTest.keyClick(w.profiles.name_edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
        w.library.start_button.click()  # type: ignore[attr-defined]
        player = w.player  # type: ignore[attr-defined]
        wait_until(lambda: player.active is not None and bool(player._choice_buttons))
        player._choice_buttons[0].click()
        wait_until(lambda: not player._busy)
        if player.feedback.isVisible():
            player.primary.click()
        wait_until(lambda: player._report is not None)
        edit = player._report.edit
        edit.setFocus()
        QTest.keyClicks(edit, FIRST)
        wait_until(lambda: player.active.draft_note == FIRST)  # stored by the service
        line(side, "kept")
        QTest.keyClicks(edit, SECOND)
        line(side, "typed")

    QTimer.singleShot(200, write)
    return app.exec()


def wait_until(condition: object, timeout_ms: int = 30_000) -> None:
    waited = 0
    while not condition():  # type: ignore[operator]
        QTest.qWait(20)
        QApplication.processEvents()
        waited += 20
        if waited > timeout_ms:
            raise SystemExit("the child waited in vain")


if __name__ == "__main__":
    sys.exit(main())
