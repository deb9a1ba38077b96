"""Sign an officer out of a shared laptop after a while without input.

Station laptops are shared: an officer who walks away signed in would leave their
results, history and unfinished scenario to whoever sits down next. :class:`IdleWatch`
notices input anywhere in the app and, once there has been none for the timeout,
first warns, then reports the time as up. Every choice
is already stored when it is made, so signing out loses nothing: the next sign-in of
that officer offers to resume at the same step.

Input is watched on the app's windows (each top-level ``QWindow``), where the window
system delivers it before Qt passes it on to a widget, not with an application-wide
event filter: that one would see every event of every widget (each paint, layout and
timer), all through Python, and made the library's first screen 80-100 ms slower.

The clock is injectable (tests move it on instead of waiting minutes).
"""

from __future__ import annotations

import contextlib
import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow

from trainer.gui.widgets.named import named

# Input that shows someone is at the laptop. Key releases, hovering and focus changes
# are left out: they also happen with nobody there (a key held down, a window shown).
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)

# The warning comes this long before the sign-out (or at once, for shorter timeouts).
WARNING_S = 30


class SleepCountingClock:
    """Seconds that go on counting while the laptop sleeps (its lid closed).

    Closing the lid is the usual way to walk away from a laptop; the next person opens
    it on the same screen. ``time.monotonic`` stops during sleep on Linux, the wall
    clock does not, but can be set back or forward. Each reading advances by whichever
    of the two moved more since the last one: sleep counts, a clock set back does not
    count backwards, and a clock set forward only brings a sign-out sooner (nothing is
    lost by one).
    """

    def __init__(
        self,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], float] = time.time,
    ) -> None:
        self._monotonic = monotonic
        self._wall = wall
        self._last_monotonic = monotonic()
        self._last_wall = wall()
        self._now = 0.0

    def __call__(self) -> float:
        monotonic, wall = self._monotonic(), self._wall()
        step = max(monotonic - self._last_monotonic, wall - self._last_wall, 0.0)
        self._last_monotonic, self._last_wall = monotonic, wall
        self._now += step
        return self._now


class IdleWatch(QObject):
    """Reports when nobody has used the app for ``timeout_s`` seconds.

    Watches only between :meth:`start` and :meth:`stop` (while someone is signed in).
    Signals: :attr:`warning` (seconds left, every second of the last ``WARNING_S``),
    :attr:`active_again` (input during the warning; a key pressed then goes no further),
    :attr:`expired` (once; the watch stops itself).
    """

    warning = Signal(int)
    active_again = Signal()
    expired = Signal()

    def __init__(
        self,
        timeout_s: float,
        *,
        clock: Callable[[], float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_s
        self.clock: Callable[[], float] = clock if clock is not None else SleepCountingClock()
        self._last_input = self.clock()
        self._warned = False
        self._watching = False
        self._windows: list[QWindow] = []
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.check)

    @property
    def watching(self) -> bool:
        """Whether the watch is on (someone is signed in and the timeout is not off)."""
        return self._watching

    def start(self) -> None:
        """Start counting from now; nothing happens when the timeout is off (0)."""
        self.stop()
        if self.timeout_s <= 0:
            return
        app = QGuiApplication.instance()
        if not isinstance(app, QGuiApplication):
            return
        self._last_input = self.clock()
        self._watching = True
        for window in app.topLevelWindows():
            self._watch(window)
        # A window shown later (a dialog, or the main window itself at start-up) is
        # watched once it has the focus, as it must to receive keys.
        app.focusWindowChanged.connect(self._watch)
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (signed out, or the time is up)."""
        if self._watching:
            app = QGuiApplication.instance()
            if isinstance(app, QGuiApplication):
                app.focusWindowChanged.disconnect(self._watch)
            for window in self._windows:
                with contextlib.suppress(RuntimeError):  # a dialog closed and deleted
                    window.removeEventFilter(self)
        self._windows = []
        self._watching = False
        self._warned = False
        self._timer.stop()

    def _watch(self, window: QWindow | None) -> None:
        if window is None or not self._watching or any(w is window for w in self._windows):
            return
        window.installEventFilter(self)
        self._windows.append(window)  # a closed dialog's stays listed until stop()

    def seconds_left(self) -> float:
        """Seconds until the sign-out, were there no more input."""
        return self.timeout_s - (self.clock() - self._last_input)

    def check(self) -> None:
        """Warn or report the time as up, as the clock says (run every second)."""
        if not self._watching:
            return
        left = self.seconds_left()
        if left <= 0:
            self.stop()
            self.expired.emit()
        elif left <= WARNING_S:
            self._warned = True
            self.warning.emit(math.ceil(left))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in _INPUT:
            self._last_input = self.clock()
            if self._warned:
                self._warned = False
                self.active_again.emit()
                # The key pressed to stay only says so: Enter or a digit must not also
                # answer the step on screen. (A click is aimed, and goes through.)
                return kind == QEvent.Type.KeyPress
        return False


def close_open_dialogs() -> None:
    """Close every dialog and pop-up on screen, as Cancel or Esc would.

    A dialog's own code then goes on as after a cancel (its ``exec()`` returns once the
    event loop is back in it), so nothing is saved or exported.
    """
    for _ in range(50):  # a dialog may open another as it closes; never loop forever
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
            continue
        modal = QApplication.activeModalWidget()
        if modal is None:
            return
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()


class IdleSignOut(QObject):
    """Signs ``window``'s officer out after ``minutes`` without input, warning first.

    The warning is a banner across the top of the window, counting down; any input
    takes it away. When the time is up, open dialogs are closed (as if cancelled) and
    ``sign_out`` is called.
    """

    def __init__(
        self,
        window: QMainWindow,
        minutes: int,
        sign_out: Callable[[], None],
        *,
        clock: Callable[[], float] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._sign_out = sign_out
        self.watch = IdleWatch(minutes * 60, clock=clock, parent=self)
        self.watch.warning.connect(self._warn)
        self.watch.active_again.connect(self._hide_banner)
        self.watch.expired.connect(self._expired)
        self._banner: QLabel | None = None
        self._signed_in = False

    @property
    def minutes(self) -> int:
        """The timeout in minutes (0: never)."""
        return round(self.watch.timeout_s / 60)

    def set_minutes(self, minutes: int) -> None:
        """A new timeout, counted from now if someone is signed in."""
        self.watch.timeout_s = minutes * 60
        if self._signed_in:
            self.start()

    def start(self) -> None:
        """Someone signed in."""
        self._signed_in = True
        self._hide_banner()
        self.watch.start()

    def stop(self) -> None:
        """Signed out by hand."""
        self._signed_in = False
        self.watch.stop()
        self._hide_banner()

    @property
    def banner(self) -> QLabel | None:
        """The warning banner while it is shown (tests, screen readers)."""
        banner = self._banner
        return banner if banner is not None and banner.isVisible() else None

    def _warn(self, seconds: int) -> None:
        banner = self._banner
        if banner is None:
            banner = self._banner = named(QLabel(self.window), "notice")
            banner.setWordWrap(True)
            banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.window.installEventFilter(self)  # follows the window's size
        text = QCoreApplication.translate(
            "IdleSignOut",
            "Nobody has used the trainer for a while: signing out in %1 s to keep your "
            "results private. Move the mouse or press a key to stay signed in.",
        ).replace("%1", str(seconds))
        banner.setText(text)
        banner.setAccessibleName(text)
        self._place_banner()
        banner.show()
        banner.raise_()

    def _place_banner(self) -> None:
        banner = self._banner
        central = self.window.centralWidget()
        if banner is None or central is None:
            return
        banner.ensurePolished()  # the style sheet's padding and font count in its height
        area = central.geometry()
        width = min(area.width() - 40, 900)
        height = banner.heightForWidth(width)
        banner.setGeometry(area.x() + (area.width() - width) // 2, area.y() + 8, width, height)

    def _hide_banner(self) -> None:
        if self._banner is not None:
            self._banner.hide()

    def _expired(self) -> None:
        self._signed_in = False
        self._hide_banner()
        close_open_dialogs()
        self._sign_out()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.banner is not None:
            self._place_banner()
        return False
