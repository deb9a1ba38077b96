"""A scripted officer for the kill-and-resume test (reliability.md T2).

Runs the real desktop app offscreen (``build_window`` with the threaded task runner)
and plays it through its widgets: signs in (or creates the profile), starts the
tutorial in practice mode, then every 20–150 ms clicks a random offered choice, ticks
random checklist items and confirms, continues past scenes and feedback, opens the
debrief at an ending and plays again. It never stops on its own: the parent kills it.

Run from the repository root::

    python -m tests.gui.autoplayer_child DATA_DIR SIDE_FILE --seed N [--wait]

With ``--wait`` it imports everything first, then waits for a line on stdin before
opening the data folder, so the parent can start it while it still holds the folder.

Every line of SIDE_FILE is written with one ``write`` and then fsynced, so a line
that is there was on disk before the kill:

- ``ready``: signed in;
- ``starting``: about to click Start (or Play again);
- ``started <attempt> <steps> <node>``: the play view shows an attempt;
- ``sent <attempt> <seq> <step id> <token>``: a step is being submitted (``-`` is the
  empty token of a scene);
- ``acked <seq> <node after> <attempt> <step id>``: the step is committed (the
  page's completion path runs only after the storage layer returned);
- ``dialog <title>``: a message box appeared (none is expected).
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import uuid
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from trainer.gui.main import build_window
from trainer.gui.player.page import PlayPage

PROFILE = "Kill Test"
MIN_PAUSE_MS = 20
MAX_PAUSE_MS = 150


class SideFile:
    """Appends whole lines and fsyncs each one before returning."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def line(self, *fields: object) -> None:
        os.write(self.fd, (" ".join(str(f) for f in fields) + "\n").encode("utf-8"))
        os.fsync(self.fd)


def install_hooks(side: SideFile) -> None:
    """Log every submission before it is queued and every completion before the next node."""
    begin = PlayPage.begin
    submit = PlayPage._submit
    stored = PlayPage._stored

    def logged_begin(self: PlayPage, active: Any) -> None:
        begin(self, active)
        side.line("started", active.attempt_id, len(active.state.steps), active.state.node)

    def logged_submit(
        self: PlayPage, token: str, *, step_id: str | None = None, note: str | None = None
    ) -> None:
        if self.active is not None and not self._busy:
            step_id = step_id or str(uuid.uuid4())
            seq = len(self.active.state.steps) + 1
            side.line("sent", self.active.attempt_id, seq, step_id, token or "-")
        submit(self, token, step_id=step_id, note=note)

    def logged_stored(self: PlayPage, state: object) -> None:
        active = self.active
        assert active is not None and self._pending is not None
        step_id = self._pending[1]
        side.line("acked", len(active.state.steps), active.state.node, active.attempt_id, step_id)
        stored(self, state)

    PlayPage.begin = logged_begin  # type: ignore[method-assign]
    PlayPage._submit = logged_submit  # type: ignore[method-assign]
    PlayPage._stored = logged_stored  # type: ignore[method-assign]


def click(widget: QWidget) -> None:
    """A real left click in the middle of the widget."""
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


class Officer(QObject):
    """Plays whatever the window shows, one action per random pause."""

    def __init__(self, window: Any, side: SideFile, rng: random.Random) -> None:
        super().__init__()
        self.window = window
        self.side = side
        self.rng = rng
        self.starting = False
        self.playing: str | None = None  # the attempt on screen
        self.dialogs = QTimer(self)
        self.dialogs.setInterval(50)
        self.dialogs.timeout.connect(self._answer_dialogs)
        self.dialogs.start()

    def sign_in(self) -> None:
        profiles = self.window.profiles
        names = [profiles.profiles.item(i).text() for i in range(profiles.profiles.count())]
        if PROFILE in names:
            profiles.profiles.setCurrentRow(names.index(PROFILE))
            click(profiles.sign_in_button)
        else:
            QTest.keyClicks(profiles.name_edit, PROFILE)
            click(profiles.create_button)
        self.side.line("ready")
        self._schedule()

    def _schedule(self) -> None:
        QTimer.singleShot(self.rng.randint(MIN_PAUSE_MS, MAX_PAUSE_MS), self._act)

    def _act(self) -> None:
        try:
            self._step()
        finally:
            self._schedule()

    def _step(self) -> None:
        window = self.window
        page = window.stack.currentWidget()
        player = window.player
        if page is player and player.active is not None:
            if player.active.attempt_id != self.playing:
                self.playing = player.active.attempt_id
                self.starting = False
            if not player._busy:
                self._play(player)
        elif page is window.library and not self.starting:
            library = window.library
            entry = library.current_card()
            if entry is None or entry.key != "tutorial":
                return
            if not library.practice.isChecked():
                click(library.practice)
            self._start(library.start_button)
        elif page is window.debrief and not self.starting:
            self._start(window.debrief.again_button)

    def _start(self, button: QAbstractButton) -> None:
        self.starting = True
        self.side.line("starting")
        click(button)

    def _play(self, player: PlayPage) -> None:
        if player.feedback.isVisible():
            click(player.primary)  # Next
            return
        report = player._report
        if report is not None and not report.submitted and not report.can_submit():
            QTest.keyClicks(report.edit, "notatka ")  # a report: write until it may be sent
            return
        buttons = [b for b in player._choice_buttons if b.isEnabled()]
        if buttons:
            click(self.rng.choice(buttons))
            return
        if player._checks and self.rng.random() < 0.6:
            click(self.rng.choice(player._checks))
            return
        if player.primary.isVisible() and player.primary.isEnabled():
            click(player.primary)  # Continue, Submit, Confirm or See the debrief

    def _answer_dialogs(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return
        self.side.line("dialog", box.windowTitle().replace(" ", "_") or "-")
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.RejectRole:
                button.click()
                return
        box.reject()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("side_file", type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--wait", action="store_true", help="wait for a line on stdin first")
    args = parser.parse_args()
    if args.wait:
        import trainer.gui.window  # noqa: F401  (the window's modules load before the go)

        sys.stdin.readline()
    side = SideFile(args.side_file)
    install_hooks(side)
    app, window = build_window(args.data_dir, synchronous=False)
    window.resize(1366, 768)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    officer = Officer(window, side, random.Random(args.seed))
    QTimer.singleShot(0, officer.sign_in)
    return int(app.exec())  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
