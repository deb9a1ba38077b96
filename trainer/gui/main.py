"""Start the desktop app (its ``--self-test`` is in :mod:`trainer.gui.self_test`).

Two environment variables serve the start-up benchmark (``bench/startup_bench.py``):

- ``TRAINER_EXIT_WHEN_SHOWN=1``: print ``trainer: splash shown after N ms`` when the
  start-up card is painted, then, once the main window has been painted for the first
  time, ``trainer: window shown after N ms`` (N counted from the start of the process,
  Linux only, else ``?``) and quit.
- ``TRAINER_BENCH_PROFILE=NAME``: sign in the profile called NAME before the window is
  shown, so the first screen is the library. It goes through the normal sign-in, so a
  profile with a PIN cannot be signed in this way.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from trainer.gui.assets import ICON_SIZES, assets_dir
from trainer.paths import shipped_scenarios_dir


def _application(argv: list[str]) -> object:
    from PySide6.QtGui import QFont, QFontDatabase, QImageReader
    from PySide6.QtWidgets import QApplication

    from trainer.gui.style import STYLESHEET
    from trainer.scenario_io.limits import IMAGE_ALLOCATION_LIMIT_MB

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Case-scenario trainer")
    app.setOrganizationName("KWP Kraków")
    # The bundled font renders Polish diacritics on any machine.
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(assets_dir() / "fonts" / name))
    # As trainer.gui.images.configure_image_limits, without importing the image reader.
    QImageReader.setAllocationLimit(IMAGE_ALLOCATION_LIMIT_MB)
    # Setting a style sheet re-polishes every widget alive: only when it changes.
    if app.styleSheet() != STYLESHEET:  # type: ignore[attr-defined]
        app.setStyleSheet(STYLESHEET)  # type: ignore[attr-defined]
    font = QFont("DejaVu Sans")
    app.setFont(font)  # type: ignore[attr-defined]
    return app


def _set_icon(app: object) -> None:
    """The app's icon on every window (the desktop shows it in the title bar and taskbar).

    Set once the first screen is painted at a normal start: nothing on that screen needs
    it, and building Qt's icon type and finding the files costs a few milliseconds.
    """
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(assets_dir() / "icons" / f"trainer-{size}.png"), QSize(size, size))
    app.setWindowIcon(icon)  # type: ignore[attr-defined]


def _scenario_roots(data_dir: Path) -> list[tuple[Path, str]]:
    return [(shipped_scenarios_dir(), "shipped"), (data_dir / "scenarios", "local")]


def _ui_settings(data_dir: Path) -> object:
    from trainer.gui.settings import UiSettings

    return UiSettings(data_dir / "settings.json")


def _install_language(app: object, settings: object) -> object:
    """The app's and Qt's translations for the remembered UI language, installed."""
    from trainer.gui.i18n import Translations

    translations = Translations(app)  # type: ignore[arg-type]
    translations.install(settings.language)  # type: ignore[attr-defined]
    return translations


def _main_window(
    app: object,
    data_dir: Path,
    services: object,
    profiles: Sequence[object] | None = None,
    *,
    synchronous: bool = False,
    settings: object | None = None,
    translations: object | None = None,
) -> object:
    """The main window on ``services`` (the services, or a Deferred of them).

    ``profiles``: the quick look's profile list, shown while the store opens.
    ``synchronous``: run the worker's jobs inline (tests).
    ``settings``, ``translations``: as already read and installed, if they were.
    """
    from trainer.gui.context import GuiContext
    from trainer.gui.tasks import TaskRunner
    from trainer.gui.window import MainWindow

    if settings is None:
        settings = _ui_settings(data_dir)
    if translations is None:
        translations = _install_language(app, settings)
    context = GuiContext(
        services=services,  # type: ignore[arg-type]
        runner=TaskRunner(synchronous=synchronous),
        settings=settings,  # type: ignore[arg-type]
        data_dir=data_dir,
        scenario_roots=_scenario_roots(data_dir),
    )
    context.quick_profiles = None if profiles is None else list(profiles)  # type: ignore[arg-type]
    return MainWindow(context, translations)  # type: ignore[arg-type]


def build_window(
    data_dir: Path, *, synchronous: bool = False, services: object | None = None
) -> tuple[object, object]:
    """The app, the main window and everything behind it (used by tests too).

    The scenario files are read at once (inline when ``synchronous``).
    """
    from trainer.services.context import open_services

    app = _application(sys.argv[:1])
    _set_icon(app)
    if services is None:
        services = open_services(data_dir)
    window = _main_window(app, data_dir, services, synchronous=synchronous)
    window.load_library()  # type: ignore[attr-defined]
    return app, window


def run_gui(data_dir: Path) -> int:
    """Show the main window until the user closes it.

    The first screen is shown before the progress database is opened, from a quick
    read-only look at it and the library's card cache (``trainer.services.quick_start``);
    the store opens and the scenario files are read on the worker thread right after the
    first paint. Without a usable quick look (a damaged file, a schema to migrate) the
    store is opened first, behind a start-up card, as it always must be then.
    """
    gc.disable()  # until the first screen is painted: see _finish_after_first_paint
    try:
        return _start_and_run(data_dir)
    finally:
        gc.enable()


def _start_and_run(data_dir: Path) -> int:
    # The modules without Qt first: once imported, PySide6 reads the source file of
    # every module imported after it (looking for ``from __feature__`` imports);
    # importing these before it spares some thirty such reads.
    from trainer.domain.errors import TrainerError
    from trainer.services.quick_start import quick_profiles, take_instance_lock

    try:
        from PySide6.QtWidgets import QApplication  # isort: skip
    except ImportError as exc:  # Qt's system libraries missing: say so plainly
        sys.stderr.write(
            f"The desktop app cannot start: {exc}.\n"
            "Install Qt's runtime libraries (see README), or use the command line: "
            "trainer --help\n"
        )
        return 1

    app = _application(sys.argv[:1])
    try:
        lock = take_instance_lock(data_dir)
    except (TrainerError, OSError) as exc:
        from PySide6.QtWidgets import QMessageBox  # here: building its type costs ~1 ms

        from trainer.gui.messages import describe

        _install_language(app, _ui_settings(data_dir))
        from trainer.gui.widgets.safe_text import show_plain_message

        detail = describe(exc) if isinstance(exc, TrainerError) else str(exc)
        show_plain_message(None, QMessageBox.Icon.Critical, "Case-scenario trainer", detail)
        return 1
    profiles = quick_profiles(data_dir)
    if profiles is None:
        window = _open_then_show(app, data_dir, lock)
    else:
        window = _show_then_open(app, data_dir, lock, profiles)
    if window is None:
        lock.release()
        return 1
    code = QApplication.exec()
    context = window.context  # type: ignore[attr-defined]
    context.hurry()
    context.runner.wait()
    if context.services_ready:
        context.services.close()
    else:
        lock.release()
    return int(code)


def _show_window(window: object) -> None:
    bench_profile = os.environ.get("TRAINER_BENCH_PROFILE")
    if bench_profile:
        _sign_in_by_name(window, bench_profile)
    if os.environ.get("TRAINER_EXIT_WHEN_SHOWN") == "1":
        _report_first_paint(window, "window", then_quit=True)
    window.restore_place()  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]


def _show_then_open(
    app: object, data_dir: Path, lock: object, profiles: Sequence[object]
) -> object:
    """The fast start: the first screen now, the store and the scenario files right after."""
    from PySide6.QtCore import QTimer

    from trainer.services.deferred import Deferred

    services: Deferred[object] = Deferred()
    window = _main_window(app, data_dir, services, profiles)
    context = window.context  # type: ignore[attr-defined]
    # The worker waits for the first paint (it holds the interpreter lock for long
    # stretches, which would delay it), or until the UI thread needs what it makes.
    painted = threading.Event()
    context.hurry = painted.set

    def open_store() -> object:
        painted.wait(timeout=3.0)  # a window that is never painted (minimised) must not stall it
        from trainer.services.context import open_services  # after the wait: a slow import

        return open_services(data_dir, lock=lock)  # type: ignore[arg-type]

    # Queued first, so whatever the officer starts runs after it on the serial worker.
    def opened(value: object) -> None:
        from trainer.gui.recovery import tell_if_purge_held

        tell_if_purge_held(value, window)  # type: ignore[arg-type]

    context.runner.run(
        lambda: services.compute(open_store),
        on_done=opened,
        on_error=lambda exc: _recover_after_start(window, data_dir, exc, open_store),
    )
    window.load_library()  # type: ignore[attr-defined]
    _show_window(window)
    # After the benchmark's report of the paint, which is watched first.
    _after_first_paint(window, lambda: QTimer.singleShot(0, painted.set))
    _finish_after_first_paint(window)
    return window


def _finish_after_first_paint(window: object) -> None:
    """What the first screen does not need waits until ``window`` has been painted.

    - The cyclic garbage collector: ``run_gui`` turns it off while it builds the first
      screen, which allocates some hundred thousand objects (Qt's types and enums, the
      app's modules) that live as long as the app; the collections they would trigger
      cost several milliseconds. A window never painted (started minimised) gets it
      back after 3 s.
    - The app's icon (see :func:`_set_icon`).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    _after_first_paint(window, gc.enable)
    QTimer.singleShot(3000, gc.enable)
    _after_first_paint(window, lambda: _set_icon(QApplication.instance()))


def _recover_after_start(
    window: object, data_dir: Path, error: BaseException, open_store: Callable[[], object]
) -> None:
    """The store failed to open behind the first screen: recover as at a normal start."""
    from PySide6.QtWidgets import QApplication

    from trainer.domain.errors import TrainerError
    from trainer.gui.recovery import open_with_recovery, tell_if_purge_held

    if not isinstance(error, TrainerError):
        window._error(error)  # type: ignore[attr-defined]  # a bug: crash report, then quit
        QApplication.exit(3)
        return
    window.hide()  # type: ignore[attr-defined]
    pending = [error]

    def opener() -> object:
        if pending:
            raise pending.pop()
        return open_store()

    services = open_with_recovery(data_dir, opener)
    if services is None:
        QApplication.exit(1)
        return
    window.context.replace_services(services)  # type: ignore[attr-defined]
    window.sign_out()  # type: ignore[attr-defined]  # the profile list as the store has it
    window.show()  # type: ignore[attr-defined]
    tell_if_purge_held(services, window)  # type: ignore[arg-type]


def _open_then_show(app: object, data_dir: Path, lock: object) -> object | None:
    """The careful start: a start-up card while the store opens (and maybe recovers)."""
    from PySide6.QtCore import QTimer

    from trainer.gui.recovery import open_with_recovery, tell_if_purge_held
    from trainer.services.context import open_services

    gc.enable()  # the store may take a while here, and a recovery dialog may wait
    _set_icon(app)
    settings = _ui_settings(data_dir)
    # The start-up card and the recovery dialog speak the officer's language too.
    translations = _install_language(app, settings)
    splash = _splash(app)
    services = open_with_recovery(data_dir, lambda: open_services(data_dir, lock=lock))  # type: ignore[arg-type]
    if services is None:
        splash.close()  # type: ignore[attr-defined]
        return None
    window = _main_window(app, data_dir, services, settings=settings, translations=translations)
    window.load_library()  # type: ignore[attr-defined]
    _show_window(window)
    QTimer.singleShot(0, splash.close)  # type: ignore[attr-defined]
    tell_if_purge_held(services, window)  # type: ignore[arg-type]
    return window


def _splash(app: object) -> object:
    """A card with the app's name in the UI language, painted before anything slow."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QRect, Qt
    from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
    from PySide6.QtWidgets import QLabel

    from trainer.gui.style import ACCENT

    title = QCoreApplication.translate("MainWindow", "Case-scenario trainer")
    width, height = 560, 160
    ratio = app.devicePixelRatio()  # type: ignore[attr-defined]
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("white"))
    painter = QPainter(pixmap)
    painter.fillRect(0, 0, width, 8, QColor(ACCENT))
    painter.setPen(QColor(ACCENT))
    painter.drawRect(0, 0, width - 1, height - 1)
    painter.setFont(QFont("DejaVu Sans", 20, QFont.Weight.Bold))
    painter.drawText(QRect(0, 8, width, height - 8), Qt.AlignmentFlag.AlignCenter, title)
    painter.end()
    # A plain frameless label: QSplashScreen.show() blocks for a second (Qt 6.11).
    splash = QLabel()
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setPixmap(pixmap)
    splash.setAccessibleName(title)
    splash.resize(width, height)
    screen = app.primaryScreen()  # type: ignore[attr-defined]
    if screen is not None:
        splash.move(screen.availableGeometry().center() - splash.rect().center())
    painted = _report_first_paint(splash, "splash", then_quit=False)
    splash.show()
    deadline = time.monotonic() + 0.3  # the window system may map the window asynchronously
    while not painted() and time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)  # type: ignore[attr-defined]
    return splash


def _sign_in_by_name(window: object, name: str) -> None:
    """Sign in the profile called ``name`` (benchmark only: see the module docstring)."""
    from trainer.gui.profiles.page import ROLE_ID

    profiles = window.profiles  # type: ignore[attr-defined]
    for row in range(profiles.profiles.count()):
        if profiles.profiles.item(row).data(ROLE_ID).display_name == name:
            profiles.profiles.setCurrentRow(row)
            profiles.sign_in_button.click()
            return
    print(f"trainer: no profile called {name!r}", file=sys.stderr)


def _ms_since_process_start() -> str:
    """Milliseconds since this process started (clock-tick resolution), or ``?``."""
    try:
        fields = Path("/proc/self/stat").read_text().rsplit(")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
        return f"{(time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000:.0f}"
    except (OSError, ValueError, IndexError, AttributeError):
        return "?"


def _after_first_paint(widget: object, callback: Callable[[], None]) -> Callable[[], bool]:
    """Call ``callback`` when ``widget`` is painted the first time; returns "painted yet?"."""
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.painted:
                self.painted = True
                watched.removeEventFilter(self)
                callback()
            return False

    watcher = FirstPaint(widget)  # type: ignore[arg-type]
    widget.installEventFilter(watcher)  # type: ignore[attr-defined]
    return lambda: watcher.painted


def _report_first_paint(widget: object, what: str, *, then_quit: bool) -> Callable[[], bool]:
    """Watch for the first paint of ``widget``; returns "has it been painted yet?".

    With ``TRAINER_EXIT_WHEN_SHOWN=1`` it prints ``trainer: WHAT shown after N ms``,
    and quits the app if ``then_quit`` (benchmark only: see the module docstring).
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    if os.environ.get("TRAINER_EXIT_WHEN_SHOWN") != "1":
        return _after_first_paint(widget, lambda: None)

    def report() -> None:
        print(f"trainer: {what} shown after {_ms_since_process_start()} ms", flush=True)
        if then_quit:
            QApplication.quit()

    if then_quit:  # after the children's paint events
        return _after_first_paint(widget, lambda: QTimer.singleShot(0, report))
    return _after_first_paint(widget, report)
