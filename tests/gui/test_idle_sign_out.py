"""An officer who walks away from a shared laptop is signed out (reliability.md T29, T40).

The watch's clock is moved on by hand (minutes do not pass in a test); one test runs it
on the real clock with a short timeout.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMessageBox

from tests.gui.screens import answer_with, finish_tutorial_headless
from tests.gui.test_play_keyboard import play_tokens, press, sign_up
from trainer.gui.idle import WARNING_S, IdleWatch, SleepCountingClock
from trainer.gui.settings import DEFAULT_IDLE_MINUTES, UiSettings
from trainer.storage.errors import ProfileError

pytestmark = pytest.mark.gui

TIMEOUT_S = DEFAULT_IDLE_MINUTES * 60


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(window) -> FakeClock:
    """The window's idle watch on a clock the test moves on."""
    fake = FakeClock()
    window.idle_sign_out.watch.clock = fake
    return fake


def idle_for(window, clock: FakeClock, seconds: float) -> None:
    """Nobody touches anything for ``seconds`` (then the watch's once-a-second check)."""
    clock.now += seconds
    window.idle_sign_out.watch.check()


def stored_attempts(window, name: str) -> list:
    services = window.context.services
    profile = next(p for p in services.store.list_profiles() if p.display_name == name)
    return services.store.attempts_for_profile(profile.id)


def test_the_watch_warns_before_the_time_is_up_and_input_starts_it_again(qtbot) -> None:
    clock = FakeClock()
    watch = IdleWatch(120, clock=clock)
    warnings: list[int] = []
    expired: list[bool] = []
    resumed: list[bool] = []
    watch.warning.connect(warnings.append)
    watch.expired.connect(lambda: expired.append(True))
    watch.active_again.connect(lambda: resumed.append(True))
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    watch.start()
    try:
        clock.now += 120 - WARNING_S - 1
        watch.check()
        assert warnings == [] and expired == []
        clock.now += 2
        watch.check()
        assert warnings == [WARNING_S - 1]
        # Through the window, as the window system delivers it (a key sent to the
        # widget itself would skip the window, where the watch listens).
        qtbot.keyClick(field.windowHandle(), Qt.Key.Key_A)  # someone is there after all
        assert resumed == [True]
        assert watch.seconds_left() == pytest.approx(120)
        clock.now += 119
        watch.check()
        assert expired == []
        clock.now += 1
        watch.check()
        watch.check()  # reported once: the watch stops itself
        assert expired == [True] and not watch.watching
    finally:
        watch.stop()


def test_a_timeout_of_zero_never_signs_anyone_out() -> None:
    clock = FakeClock()
    watch = IdleWatch(0, clock=clock)
    watch.start()
    assert not watch.watching
    clock.now += 10**6
    watch.check()  # nothing to report


def test_an_idle_officer_is_signed_out_mid_scenario_and_resumes_at_the_same_step(
    qtbot, window, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_up(qtbot, window, "Piotr")
    assert window.idle_sign_out.watch.watching
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Start
    play_tokens(qtbot, window, ["keep_and_come"], practice=True)
    node_before = window.player.active.state.node
    steps_before = len(window.player.active.state.steps)

    idle_for(window, clock, TIMEOUT_S - 20)
    banner = window.idle_sign_out.banner
    assert banner is not None and "20" in banner.text()
    assert banner.geometry().intersects(window.stack.geometry())  # over the page, on screen
    assert banner.height() >= banner.heightForWidth(banner.width())  # every line of it
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Shift)  # any key: still here
    assert window.idle_sign_out.banner is None
    assert window.stack.currentWidget() is window.player

    # The officer opens the keyboard help and walks away: the time runs out under it.
    def walk_away() -> None:
        assert QApplication.activeModalWidget() is not None
        idle_for(window, clock, TIMEOUT_S)

    QTimer.singleShot(50, walk_away)
    window.shortcuts_action.trigger()  # modal: returns once the sign-out closed it
    assert QApplication.activeModalWidget() is None
    assert window.profile is None
    assert window.stack.currentWidget() is window.profiles
    notice = window.profiles.notice
    assert notice.isVisible() and str(DEFAULT_IDLE_MINUTES) in notice.text()
    assert window.player.active is None
    assert not window.idle_sign_out.watch.watching

    # Nothing was lost: the attempt is stored, unfinished, up to the step made.
    (attempt,) = stored_attempts(window, "Piotr")
    assert attempt.status == "in_progress" and attempt.step_count >= steps_before

    offers: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", answer_with(QMessageBox.ButtonRole.AcceptRole, offers))
    window.activateWindow()  # as the window system does when a dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.profiles.profiles.setCurrentRow(0)
    window.profiles.profiles.setFocus()
    press(qtbot, window, Qt.Key.Key_Return)
    assert offers  # the resume offer
    assert window.stack.currentWidget() is window.player
    assert window.player.active.state.node == node_before
    assert not notice.isVisible()


def test_the_next_officer_sees_nothing_of_the_last_one(qtbot, window, clock: FakeClock) -> None:
    finish_tutorial_headless(window, "Anna")
    window.profiles.profiles.setCurrentRow(0)
    window.profiles.sign_in_button.click()
    assert window.library.model.rowCount() > 0
    window.show_history()
    window.history.show_for(window.profile)
    assert window.history.model.total() == 1
    idle_for(window, clock, TIMEOUT_S)
    assert window.stack.currentWidget() is window.profiles
    assert window.profiles.notice.isVisible()
    # The profile screen lists names only: nothing of Anna's results.
    names = window.profiles.profiles
    assert [names.item(i).text() for i in range(names.count())] == ["Anna"]
    assert window.library.model.rowCount() == 0  # her cards and results are gone

    window.profiles.name_edit.setText("Bartek")
    window.profiles.create_button.click()
    assert window.profile.display_name == "Bartek"
    assert window.stack.currentWidget() is window.library
    assert not window.profiles.notice.isVisible()
    card = window.library.current_card()
    assert window.library.results.best.get(card.key) is None  # Anna's best is not his
    window.show_history()
    assert window.history.model.total() == 0


def test_the_sign_out_comes_within_a_second_of_the_timeout_on_the_real_clock(qtbot, window) -> None:
    window.context.services.profiles.create("Ola")
    window.profiles.refresh()
    window.idle_sign_out.set_minutes(0)  # set below in seconds, for a short test
    window.profiles.sign_in_button.click()
    assert window.stack.currentWidget() is window.library
    watch = window.idle_sign_out.watch
    watch.timeout_s = 1.0
    watch.start()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.profiles, timeout=2500)


def test_work_begun_for_an_officer_who_signed_out_is_dropped(
    qtbot, window, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    sign_up(qtbot, window, "Piotr")
    jobs: list[tuple[Callable, Callable | None]] = []

    def later(work: Callable, on_done: Callable | None = None, on_error=None) -> None:
        jobs.append((work, on_done))

    runner = window.context.runner
    monkeypatch.setattr(runner, "run", later)
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Start: queued
    monkeypatch.undo()
    (start, show) = jobs.pop()
    active = start()
    # One step taken: an attempt with none is not offered for resuming (issue 12, 13).
    window.context.services.play.advance(active, "")
    idle_for(window, clock, TIMEOUT_S)
    assert show is not None
    show(active)  # the attempt arrives after the sign-out: not shown
    assert window.stack.currentWidget() is window.profiles

    # A step stored after its officer left: kept, but nothing comes on screen.
    monkeypatch.setattr(QMessageBox, "exec", answer_with(QMessageBox.ButtonRole.AcceptRole))
    window.profiles.profiles.setCurrentRow(0)
    window.profiles.sign_in_button.click()  # the attempt was stored: resumed
    player = window.player
    assert window.stack.currentWidget() is player
    steps = len(player.active.state.steps)
    monkeypatch.setattr(runner, "run", later)
    press(qtbot, window, Qt.Key.Key_Return)  # the first scene's Continue: queued
    monkeypatch.undo()
    (store, stored) = jobs.pop()
    idle_for(window, clock, TIMEOUT_S)
    state = store()
    assert stored is not None
    stored(state)
    assert player.active is None
    assert window.stack.currentWidget() is window.profiles
    (attempt,) = stored_attempts(window, "Piotr")
    assert attempt.step_count == steps + 1  # stored all the same


def test_a_trainer_sets_the_timeout_and_officers_cannot(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = window.context.services
    anna = services.profiles.create("Anna")
    trainer = services.profiles.create("Instruktor", role="trainer", secret="Silne-Haslo-2026")
    window.profiles.signed_in.emit(anna)
    assert not window.idle_action.isVisible()
    window.sign_out()
    window.profiles.signed_in.emit(services.profiles.sign_in(trainer, "Silne-Haslo-2026"))
    assert window.idle_action.isVisible()
    asked: list[int] = []

    def get_int(_parent, _title, _label, value, low, high, *args, **kwargs):
        asked.append(value)
        assert (low, high) == (0, 240)
        return 3, True

    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    window.idle_action.trigger()
    assert asked == [DEFAULT_IDLE_MINUTES]
    assert window.idle_sign_out.watch.timeout_s == 180
    saved = json.loads((window.context.data_dir / "settings.json").read_text(encoding="utf-8"))
    assert saved["idle_minutes"] == 3
    assert UiSettings(window.context.data_dir / "settings.json").idle_minutes == 3

    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (0, True))
    window.idle_action.trigger()
    assert not window.idle_sign_out.watch.watching  # off: nobody is signed out


@pytest.mark.parametrize("value", [-1, 241, "10", 2.5, True, None])
def test_a_bad_timeout_in_the_settings_file_falls_back_to_the_default(
    tmp_path: Path, value: object
) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"idle_minutes": value}), encoding="utf-8")
    assert UiSettings(path).idle_minutes == DEFAULT_IDLE_MINUTES


def test_the_password_field_of_a_dialog_is_not_left_open(qtbot, window, clock: FakeClock) -> None:
    """A trainer's password prompt (unlock) is cancelled by the sign-out, not left up."""
    services = window.context.services
    trainer = services.profiles.create("Instruktor", role="trainer", secret="Silne-Haslo-2026")
    window.profiles.signed_in.emit(services.profiles.sign_in(trainer, "Silne-Haslo-2026"))
    anna = services.profiles.create("Anna", secret="739154")
    for _ in range(5):
        with pytest.raises(ProfileError):
            services.profiles.sign_in(anna, "000001")
    seen: list[str] = []

    def walk_away() -> None:
        modal = QApplication.activeModalWidget()
        seen.append(type(modal).__name__)
        if isinstance(modal, QInputDialog) and modal.textEchoMode() == QLineEdit.EchoMode.Password:
            idle_for(window, clock, TIMEOUT_S)
        else:
            modal.accept()  # the choice of profile
            QTimer.singleShot(50, walk_away)

    QTimer.singleShot(50, walk_away)
    window.unlock_action.trigger()
    assert seen == ["QInputDialog", "QInputDialog"]
    assert QApplication.activeModalWidget() is None
    assert window.stack.currentWidget() is window.profiles
    assert [p.display_name for p in services.profiles.locked()] == ["Anna"]  # not unlocked


def test_input_in_a_dialog_counts_and_painting_costs_the_watch_nothing(
    qtbot, window, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The watch listens on windows, not on every widget's every event."""
    from trainer.gui.idle import IdleWatch as Watch

    seen: list[str] = []
    filter_events = Watch.eventFilter

    def counted(self, watched, event):  # type: ignore[no-untyped-def]
        seen.append(event.type().name)
        return filter_events(self, watched, event)

    monkeypatch.setattr(Watch, "eventFilter", counted)
    sign_up(qtbot, window, "Piotr")
    seen.clear()
    window.library.update()
    for child in window.library.findChildren(QLineEdit):
        child.update()
    window.resize(1300, 760)
    qtbot.wait(100)
    assert len(seen) < 40, seen  # the window's own few events, not each widget's

    idle_for(window, clock, TIMEOUT_S - 10)
    assert window.idle_sign_out.banner is not None
    typed: list[bool] = []
    tries: list[int] = []

    def type_in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        # Keys reach a window once it has the focus (and the watch listens on it from
        # then): on a busy machine the dialog may not have it 50 ms after it opened.
        focused = dialog is not None and QGuiApplication.focusWindow() is dialog.windowHandle()
        if not focused and len(tries) < 250:
            tries.append(1)
            QTimer.singleShot(20, type_in_dialog)
            return
        assert dialog is not None and dialog.windowHandle() is not None
        qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_Down)
        typed.append(window.idle_sign_out.watch.seconds_left() > TIMEOUT_S - 1)
        dialog.reject()

    QTimer.singleShot(50, type_in_dialog)
    window.shortcuts_action.trigger()
    assert typed == [True]
    assert window.profile is not None


def test_the_key_pressed_to_stay_does_not_also_answer_the_step(
    qtbot, window, clock: FakeClock
) -> None:
    sign_up(qtbot, window, "Piotr")
    press(qtbot, window, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Start
    player = window.player
    node = player.active.state.node  # the first scene: Enter continues
    idle_for(window, clock, TIMEOUT_S - 5)
    assert window.idle_sign_out.banner is not None
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Return)  # "I'm here"
    assert window.idle_sign_out.banner is None
    assert player.active.state.node == node  # not answered
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_Return)  # now it is an answer
    assert player.active.state.node != node


def test_an_export_whose_officer_was_signed_out_during_its_file_dialog_writes_nothing(
    qtbot, window, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file dialog the sign-out could not close (a native one) answers afterwards."""
    from PySide6.QtWidgets import QFileDialog

    finish_tutorial_headless(window, "Anna")
    window.profiles.profiles.setCurrentRow(0)
    window.profiles.sign_in_button.click()
    window.show_history()
    target = tmp_path / "anna.csv"

    def walk_away_then_choose(*_args: object, **_kwargs: object) -> tuple[str, str]:
        idle_for(window, clock, TIMEOUT_S)  # signed out while the dialog was up
        return str(target), "CSV (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", walk_away_then_choose)
    window.history.csv_button.click()
    assert window.stack.currentWidget() is window.profiles
    assert not target.exists()


class Clocks:
    """A monotonic clock and a wall clock moved by hand."""

    def __init__(self) -> None:
        self.monotonic = 500.0
        self.wall = 1_790_000_000.0

    def awake(self, seconds: float) -> None:
        self.monotonic += seconds
        self.wall += seconds


def test_the_idle_clock_counts_sleep_but_not_a_clock_set_back() -> None:
    clocks = Clocks()
    clock = SleepCountingClock(lambda: clocks.monotonic, lambda: clocks.wall)
    start = clock()
    clocks.awake(10)
    assert clock() - start == pytest.approx(10)
    clocks.wall += 3600  # the lid closed for an hour: the monotonic clock stood still
    assert clock() - start == pytest.approx(3610)
    clocks.wall -= 7200  # the wall clock set back two hours
    clocks.monotonic += 1
    assert clock() - start == pytest.approx(3611)  # never backwards
    clocks.awake(5)
    assert clock() - start == pytest.approx(3616)


def test_an_officer_who_closed_the_lid_is_signed_out_when_it_opens(qtbot, window) -> None:
    clocks = Clocks()
    window.idle_sign_out.watch.clock = SleepCountingClock(
        lambda: clocks.monotonic, lambda: clocks.wall
    )
    sign_up(qtbot, window, "Piotr")
    clocks.awake(60)
    window.idle_sign_out.watch.check()
    assert window.profile is not None
    clocks.wall += 2 * 3600  # asleep for two hours
    window.idle_sign_out.watch.check()  # the first check after waking
    assert window.profile is None
    assert window.stack.currentWidget() is window.profiles
