"""T2 (reliability.md): SIGKILL the real GUI while an officer plays, restart, resume.

A child process runs the desktop app offscreen with the threaded task runner, played by
a scripted officer (``tests/gui/autoplayer_child.py``) that clicks random choices at
random 20–150 ms intervals and logs, fsynced, each step it submits ("sent") and each
step whose commit has returned ("acked"). The parent SIGKILLs it at a random moment
(0–2.5 s after its first attempt is on screen; an attempt takes about 2 s, so some
kills fall between two attempts, with nothing or only a fresh start to resume), then
starts the GUI again in this process on the same data folder (synchronous
runner), signs in as the same officer and checks:

- the resume offer appears exactly when an unfinished attempt is expected, and for
  that attempt; it is answered by clicking "Resume" on the real dialog;
- the stored steps of the interrupted attempt are the acked ones, in order, with
  their step ids: none lost. One more is allowed, and only one: the step that was
  in flight when the kill came (committed, but the ack line not yet written). The
  play view disables its inputs while a step is being saved, so at most one step
  can be in flight, and that extra step must carry the id of the last "sent" line;
- the resumed view shows the node after the last stored step: the node after the
  last acked step, or after the in-flight one in the case above;
- no step is stored twice or out of order (seq 1..n, each step starting where the
  one before it ended, every id known);

then it finishes the attempt with the keyboard and checks the debrief appears.

The library is pointed at the tutorial alone (``TRAINER_SCENARIOS_DIR``) to keep the
test fast; the next child is started while the parent checks, and waits for a line
on stdin before it opens the data folder, so its imports overlap the check.
"""

from __future__ import annotations

import itertools
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.autoplayer_child import PROFILE
from tests.gui.report_steps import answer_report
from trainer.domain.model import (
    ChecklistNode,
    DecisionNode,
    EndingNode,
    Mode,
    ReportNode,
    SceneNode,
)
from trainer.gui.main import build_window
from trainer.scenario_io.reader import load_scenario

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and fsync semantics: POSIX"),
]

REPO_ROOT = Path(__file__).resolve().parents[2]
TUTORIAL = REPO_ROOT / "scenarios" / "tutorial"
CHILD = "tests.gui.autoplayer_child"
LONG_TESTS = os.environ.get("TRAINER_LONG_TESTS") == "1"
KILL_WINDOW_S = (0.0, 2.5)  # after the first attempt is on screen
CHILD_TIMEOUT_S = 60.0


def report(capsys: pytest.CaptureFixture[str], text: str) -> None:
    """Show a figure in the test output even when output is captured."""
    with capsys.disabled():
        print(f"\n{text}")


# -- the child -------------------------------------------------------------------------


class Child:
    """One app process, started early and released with a line on stdin."""

    def __init__(self, data_dir: Path, side_file: Path, seed: int, log_dir: Path) -> None:
        self.side_file = side_file
        self.stderr_path = log_dir / f"{side_file.stem}.stderr"
        command = [sys.executable, "-m", CHILD, str(data_dir), str(side_file), "--wait"]
        command += ["--seed", str(seed)]
        with self.stderr_path.open("wb") as stderr:
            self.process = subprocess.Popen(
                command,
                cwd=REPO_ROOT,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=stderr,
            )

    def go(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(b"go\n")
        self.process.stdin.flush()

    def lines(self) -> list[list[str]]:
        """The side file's complete lines, split into fields (a torn last line is dropped)."""
        try:
            raw = self.side_file.read_bytes()
        except FileNotFoundError:
            return []
        return [line.split(" ") for line in raw.decode("utf-8").split("\n")[:-1]]

    def wait_for(self, kind: str) -> None:
        deadline = time.monotonic() + CHILD_TIMEOUT_S
        while not any(fields[0] == kind for fields in self.lines()):
            if self.process.poll() is not None:
                raise AssertionError(f"the child exited before {kind!r}:\n{self.stderr()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"no {kind!r} from the child in {CHILD_TIMEOUT_S} s")
            time.sleep(0.01)

    def kill(self) -> None:
        """SIGKILL (it must still be running: the app never exits on its own)."""
        alive = self.process.poll() is None
        if alive:
            os.kill(self.process.pid, signal.SIGKILL)
        self.close()
        assert alive, (
            f"the child ended by itself (exit status {self.process.returncode}) after "
            f"{self.lines()[-3:]}:\n{self.stderr()}"
        )

    def close(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)
        if self.process.stdin is not None:
            self.process.stdin.close()

    def stderr(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")


# -- what the side file says -----------------------------------------------------------


@dataclass
class Sent:
    attempt: str
    seq: int
    step_id: str


@dataclass
class Acked:
    attempt: str
    seq: int
    node: str
    step_id: str


@dataclass
class SideLog:
    """The child's log: the attempt on screen at the kill and what it sent and acked."""

    attempt: str | None = None
    start_steps: int = 0
    start_node: str = ""
    acked: list[Acked] = field(default_factory=list)  # of every attempt, in order
    last_sent: Sent | None = None  # of ``attempt``
    start_pending: bool = False  # "starting" after the last "started"
    dialogs: list[str] = field(default_factory=list)

    @classmethod
    def parse(cls, lines: list[list[str]]) -> SideLog:
        log = cls()
        for fields in lines:
            kind = fields[0]
            if kind == "starting":
                log.start_pending = True
            elif kind == "started":
                log.attempt = fields[1]
                log.start_steps = int(fields[2])
                log.start_node = fields[3]
                log.last_sent = None
                log.start_pending = False
            elif kind == "sent":
                log.last_sent = Sent(fields[1], int(fields[2]), fields[3])
            elif kind == "acked":
                log.acked.append(Acked(fields[3], int(fields[1]), fields[2], fields[4]))
            elif kind == "dialog":
                log.dialogs.append(fields[1])
        return log

    def last_ack(self) -> tuple[int, str]:
        """Seq and node after the last acked step of the attempt on screen."""
        mine = [a for a in self.acked if a.attempt == self.attempt]
        if not mine:
            return self.start_steps, self.start_node
        return mine[-1].seq, mine[-1].node


# -- the parent's checks ---------------------------------------------------------------


@dataclass
class Figures:
    kills: int = 0
    acked: int = 0
    lost: int = 0
    in_flight_committed: int = 0
    resumes_expected: int = 0
    resumes_right: int = 0
    no_resume_rounds: int = 0
    debriefs: int = 0
    offer_seconds: list[float] = field(default_factory=list)
    known_steps: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> attempt, seq

    def line(self, elapsed: float) -> str:
        accuracy = (
            100.0 * self.resumes_right / self.resumes_expected if self.resumes_expected else 0
        )
        offers = self.offer_seconds
        median = statistics.median(offers) * 1000 if offers else float("nan")
        worst = max(offers) * 1000 if offers else float("nan")
        return (
            f"T2: {self.kills} kills, {self.acked} acked steps, {self.lost} lost; "
            f"resume accuracy {accuracy:.0f}% ({self.resumes_right}/{self.resumes_expected}), "
            f"{self.no_resume_rounds} kill(s) with nothing to resume, "
            f"{self.in_flight_committed} in-flight step(s) committed before their ack; "
            f"{self.debriefs} finished by keyboard to the debrief; restart to resume offer: "
            f"median {median:.0f} ms, max {worst:.0f} ms (restart in this process); "
            f"{elapsed:.1f} s"
        )


_TUTORIAL = load_scenario(TUTORIAL).scenario
assert _TUTORIAL is not None
ENDINGS = frozenset(str(n) for n, node in _TUTORIAL.nodes.items() if isinstance(node, EndingNode))
START_NODE = str(_TUTORIAL.start)


@dataclass
class Resume:
    """The resume the restarted app must offer (attempt None: no offer)."""

    attempt: str | None = None
    node: str = ""
    steps: int = 0
    in_flight: str | None = None  # id of a step committed but never acked


@contextmanager
def restarted(qtbot: QtBot, data_dir: Path) -> Iterator[Any]:
    """The GUI started again in this process on the child's data folder."""
    _app, window = build_window(data_dir, synchronous=True)
    try:
        window.resize(1366, 768)  # type: ignore[attr-defined]
        window.show()  # type: ignore[attr-defined]
        window.activateWindow()  # type: ignore[attr-defined]
        yield window
    finally:
        window.translations.install("en")  # type: ignore[attr-defined]  # its translators out
        window.context.services.close(backup=False)  # type: ignore[attr-defined]
        window.close()  # type: ignore[attr-defined]
        window.deleteLater()  # type: ignore[attr-defined]
        QApplication.processEvents()


class OfferWatcher:
    """Answers the real resume dialog by clicking its accept button, and times it."""

    def __init__(self, started: float) -> None:
        self.started = started
        self.seconds: float | None = None
        self.text = ""
        self.timer = QTimer()
        self.timer.setInterval(2)
        self.timer.timeout.connect(self._look)
        self.timer.start()

    def _look(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or self.seconds is not None:
            return
        self.seconds = time.perf_counter() - self.started
        self.text = box.text()
        accept = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
        ]
        assert len(accept) == 1, [b.text() for b in box.buttons()]
        QTest.mouseClick(accept[0], Qt.MouseButton.LeftButton)

    def stop(self) -> None:
        self.timer.stop()


def check_stored(store: Any, profile_id: str, figures: Figures, in_flight: str | None) -> None:
    """Every acked step is stored where it was acked; nothing doubled, out of order or unknown."""
    stored = {r.id: store.steps(r.id) for r in store.attempts_for_profile(profile_id)}
    for step_id, (attempt, seq) in figures.known_steps.items():
        steps = stored.get(attempt, [])
        if len(steps) < seq or steps[seq - 1].id != step_id:
            figures.lost += 1
            raise AssertionError(f"acked step {seq} ({step_id}) of {attempt} is not stored")
    seen: set[str] = set()
    for attempt, steps in stored.items():
        assert [s.seq for s in steps] == list(range(1, len(steps) + 1)), attempt
        assert store.attempt(attempt).step_count == len(steps)
        for before, after in itertools.pairwise(steps):
            assert before.to_node == after.node_id, (attempt, before.seq)
        for step in steps:
            assert step.id not in seen, f"step {step.id} stored twice"
            seen.add(step.id)
            assert step.id in figures.known_steps or step.id == in_flight, (
                f"stored step {step.seq} ({step.id}) of {attempt} was never submitted"
            )


def digit(n: int) -> Qt.Key:
    return Qt.Key(Qt.Key.Key_0 + n)


def finish_by_keyboard(qtbot: QtBot, window: Any, rng: random.Random) -> None:
    """Digits for choices and checklist items, Enter for everything else."""
    player = window.player

    def press(key: Qt.Key) -> None:
        target: QWidget = QApplication.focusWidget() or player
        qtbot.keyClick(target, key)

    for _ in range(300):
        if window.stack.currentWidget() is window.debrief:
            return
        assert window.stack.currentWidget() is player
        active = player.active
        node = active.engine.current_node(active.state)
        # Enter also continues a timed decision resumed with its clock stopped.
        paused = player.is_paused()
        if paused or player.feedback.isVisible() or isinstance(node, SceneNode | EndingNode):
            press(Qt.Key.Key_Return)
        elif isinstance(node, DecisionNode):
            press(digit(rng.randint(1, len(player.current_choice_texts()))))
        elif isinstance(node, ReportNode):
            answer_report(qtbot, player, [i.id for i in node.items if rng.random() < 0.5])
        else:
            assert isinstance(node, ChecklistNode)
            for number in rng.sample(range(1, len(node.items) + 1), rng.randint(0, 3)):
                press(digit(number))
            press(Qt.Key.Key_Return)
    raise AssertionError("the attempt did not reach the debrief")


def expected_resume(store: Any, profile_id: str, log: SideLog, figures: Figures) -> Resume:
    """What the database must hold after the kill, from the log (plus the one in-flight step)."""
    seq, node_after = log.last_ack()
    expected = Resume()
    if log.attempt is not None and node_after not in ENDINGS:
        stored = store.steps(log.attempt)
        if len(stored) < seq:
            figures.lost += seq - len(stored)
        assert len(stored) in (seq, seq + 1), (
            f"{len(stored)} stored steps, {seq} acked: at most one may be in flight"
        )
        if len(stored) == seq + 1:
            sent = log.last_sent
            assert sent is not None and sent.seq == seq + 1, sent
            assert stored[-1].id == sent.step_id, "the extra step is not the one in flight"
            expected.in_flight = sent.step_id
            figures.known_steps[sent.step_id] = (log.attempt, seq + 1)
            figures.in_flight_committed += 1
            node_after = stored[-1].to_node
        else:
            assert not stored or stored[-1].to_node == node_after
        if node_after not in ENDINGS:
            expected.attempt, expected.node, expected.steps = log.attempt, node_after, len(stored)
    unfinished = store.unfinished_attempts(profile_id)
    if expected.attempt is None and unfinished and log.start_pending:
        # Killed between storing a new attempt and showing it: at its start (so, with
        # no step taken, not offered: see check_round).
        assert unfinished[0].step_count == 0 and unfinished[0].id != log.attempt
        expected.attempt, expected.node = unfinished[0].id, START_NODE
    assert [u.id for u in unfinished] == ([expected.attempt] if expected.attempt else [])
    return expected


def check_round(qtbot: QtBot, data_dir: Path, log: SideLog, figures: Figures, seed: int) -> None:
    """Restart, sign in, check the offer and the resumed node, finish, check the store."""
    assert not log.dialogs, f"the child saw message boxes: {log.dialogs}"
    figures.acked += len(log.acked)
    for ack in log.acked:
        figures.known_steps[ack.step_id] = (ack.attempt, ack.seq)
    started = time.perf_counter()
    with restarted(qtbot, data_dir) as window:
        # Sign in on the real profile screen; the real dialog is answered "Resume".
        profiles = window.profiles
        assert profiles.profiles.currentItem().text() == PROFILE
        watcher = OfferWatcher(started)
        try:
            QTest.mouseClick(profiles.sign_in_button, Qt.MouseButton.LeftButton)
        finally:
            watcher.stop()

        # Resuming only reads: the database is as the kill left it.
        store = window.context.services.store
        profile = window.profile
        expected = expected_resume(store, profile.id, log, figures)
        check_stored(store, profile.id, figures, expected.in_flight)
        if expected.attempt is not None and expected.steps == 0:
            # An attempt with no step taken is not offered (issue 12, point 13); it stays
            # in progress until the next Start records it as abandoned without asking.
            figures.no_resume_rounds += 1
            assert watcher.seconds is None, f"unexpected offer: {watcher.text}"
            assert window.stack.currentWidget() is window.library
            assert store.attempt(expected.attempt).status == "in_progress"
            return
        if expected.attempt is None:
            figures.no_resume_rounds += 1
            assert watcher.seconds is None, f"unexpected offer: {watcher.text}"
            assert window.stack.currentWidget() is window.library
            return
        figures.resumes_expected += 1
        assert watcher.seconds is not None, "no resume offer"
        figures.offer_seconds.append(watcher.seconds)
        assert re.search(rf"\b{expected.steps}\b", watcher.text), watcher.text
        player = window.player
        assert window.stack.currentWidget() is player
        active = player.active
        assert active.attempt_id == expected.attempt
        assert active.state.node == expected.node
        assert len(active.state.steps) == expected.steps
        node = active.engine.current_node(active.state)
        title = node.title.resolve(active.language, active.scenario.default_language)
        assert player.node_title.text() == title
        figures.resumes_right += 1

        finish_by_keyboard(qtbot, window, random.Random(seed))
        assert window.debrief.debrief is not None
        assert window.debrief.outcome.accessibleName()
        assert store.attempt(expected.attempt).status == "finished"
        steps = store.steps(expected.attempt)
        assert len(steps) == len(active.state.steps)
        for step in steps[expected.steps :]:
            figures.known_steps[step.id] = (expected.attempt, step.seq)
        check_stored(store, profile.id, figures, None)
        figures.debriefs += 1


def run_kills(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kills: int, seed: int
) -> Figures:
    monkeypatch.setenv("TRAINER_SCENARIOS_DIR", str(TUTORIAL))
    rng = random.Random(seed)
    data_dir = tmp_path / "data"
    logs = tmp_path / "logs"
    logs.mkdir()
    figures = Figures()
    child = Child(data_dir, logs / "kill-000.log", rng.randrange(2**32), logs)
    try:
        for kill in range(kills):
            child.go()
            child.wait_for("started")
            time.sleep(rng.uniform(*KILL_WINDOW_S))
            child.kill()
            figures.kills += 1
            log = SideLog.parse(child.lines())
            assert "Traceback" not in child.stderr(), child.stderr()
            if kill + 1 < kills:  # its imports overlap the check below
                child = Child(
                    data_dir, logs / f"kill-{kill + 1:03}.log", rng.randrange(2**32), logs
                )
            check_round(qtbot, data_dir, log, figures, rng.randrange(2**32))
    finally:
        child.close()
    return figures


@pytest.mark.slow
def test_kill_the_gui_and_resume(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """T2 (CI): 10 SIGKILLs of the playing GUI; every resume on the right node, 0 lost."""
    started = time.monotonic()
    figures = run_kills(qtbot, tmp_path, monkeypatch, kills=10, seed=20260611)
    report(capsys, figures.line(time.monotonic() - started))
    assert figures.lost == 0
    assert figures.resumes_right == figures.resumes_expected
    assert figures.resumes_expected >= 5, "too few kills left something to resume"
    assert figures.acked > 0


def test_a_fresh_window_resumes_a_timed_decision_with_its_countdown(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The state a kill leaves while a timed decision is on screen, resumed by a new process.

    A new play page had never started its clock, and the countdown's first tick read
    an invalid timer (an OverflowError in the slot: no resume). The random kills hit
    this node only now and then, so it is pinned here.
    """
    from trainer.services.context import open_services

    monkeypatch.setenv("TRAINER_SCENARIOS_DIR", str(TUTORIAL))
    data_dir = tmp_path / "data"
    services = open_services(data_dir)
    try:
        loaded = load_scenario(TUTORIAL)
        profile = services.profiles.create(PROFILE)
        active = services.play.start(profile, loaded, mode=Mode.PRACTICE, language="pl")
        assert loaded.analysis is not None and loaded.analysis.best_tokens is not None
        tokens = iter(loaded.analysis.best_tokens)
        while active.state.node != "passerby":
            scene = isinstance(active.engine.current_node(active.state), SceneNode)
            services.play.advance(active, "" if scene else next(tokens))
        steps = len(active.state.steps)
    finally:
        services.close(backup=False)

    with restarted(qtbot, data_dir) as window:
        watcher = OfferWatcher(time.perf_counter())
        try:
            QTest.mouseClick(window.profiles.sign_in_button, Qt.MouseButton.LeftButton)
        finally:
            watcher.stop()
        assert watcher.seconds is not None, "no resume offer"
        player = window.player
        assert window.stack.currentWidget() is player
        assert player.active.state.node == "passerby"
        assert len(player.active.state.steps) == steps
        assert player.timer_label.isVisible()
        assert 50_000 < player.timer_bar.value() <= player.timer_bar.maximum() == 60_000
        finish_by_keyboard(qtbot, window, random.Random(1))
        assert window.debrief.debrief is not None


@pytest.mark.long
@pytest.mark.timeout(1800)  # hundreds of kills: far beyond the usual limit
@pytest.mark.skipif(not LONG_TESTS, reason="long variant: set TRAINER_LONG_TESTS=1")
def test_kill_the_gui_and_resume_long(
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """T2 (nightly): 100 SIGKILLs."""
    started = time.monotonic()
    figures = run_kills(qtbot, tmp_path, monkeypatch, kills=100, seed=4711)
    report(capsys, figures.line(time.monotonic() - started))
    assert figures.lost == 0
    assert figures.resumes_right == figures.resumes_expected
