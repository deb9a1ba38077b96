"""Start the desktop app (and its ``--self-test``)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from trainer.paths import shipped_scenarios_dir


def assets_dir() -> Path:
    """Fonts and icons (inside the bundle when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "assets"
    return Path(__file__).resolve().parents[2] / "assets"


def _application(argv: list[str]) -> object:
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    from trainer.gui.images import configure_image_limits
    from trainer.gui.style import STYLESHEET

    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Case-scenario trainer")
    app.setOrganizationName("KWP Kraków")
    # The bundled font renders Polish diacritics on any machine.
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        QFontDatabase.addApplicationFont(str(assets_dir() / "fonts" / name))
    configure_image_limits()
    app.setStyleSheet(STYLESHEET)  # type: ignore[attr-defined]
    font = QFont("DejaVu Sans")
    app.setFont(font)  # type: ignore[attr-defined]
    return app


def build_window(data_dir: Path, *, synchronous: bool = False) -> tuple[object, object]:
    """The app, the main window and everything behind it (used by tests too)."""
    from trainer.gui.context import GuiContext
    from trainer.gui.i18n import Translations
    from trainer.gui.settings import UiSettings
    from trainer.gui.tasks import TaskRunner
    from trainer.gui.window import MainWindow
    from trainer.services.context import open_services
    from trainer.services.library import LibraryService

    app = _application(sys.argv[:1])
    settings = UiSettings(data_dir / "settings.json")
    translations = Translations(app)  # type: ignore[arg-type]
    translations.install(settings.language)
    services = open_services(data_dir)
    library = LibraryService(
        [(shipped_scenarios_dir(), "shipped"), (data_dir / "scenarios", "local")]
    )
    context = GuiContext(
        services=services,
        library=library,
        runner=TaskRunner(synchronous=synchronous),
        settings=settings,
        data_dir=data_dir,
    )
    window = MainWindow(context, translations)
    return app, window


def run_gui(data_dir: Path) -> int:
    """Show the main window until the user closes it."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from trainer.domain.errors import TrainerError
    from trainer.gui.messages import describe

    _application(sys.argv[:1])
    try:
        _app, window = build_window(data_dir)
    except TrainerError as exc:
        QMessageBox.critical(None, "Case-scenario trainer", describe(exc))
        return 1
    window.resize(1366, 768)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    code = QApplication.exec()
    window.context.services.close()  # type: ignore[attr-defined]
    return int(code)


def self_test() -> int:
    """Check a build works: database in a temp folder, every scenario, the tutorial, a window."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from trainer.domain.errors import TrainerError

    problems: list[str] = []
    with tempfile.TemporaryDirectory(prefix="trainer-self-test-") as tmp:
        data_dir = Path(tmp)
        try:
            app, window = build_window(data_dir, synchronous=True)
        except TrainerError as exc:
            print(f"self-test: cannot open the database: {exc}")
            return 1
        context = window.context  # type: ignore[attr-defined]
        entries = context.library.load()
        for entry in entries:
            if entry.scenario is None:
                problems.append(f"{entry.folder.name}: {len(entry.result.errors)} error(s)")
        tutorial = next((e for e in entries if e.key == "tutorial"), None)
        if tutorial is None or tutorial.scenario is None:
            problems.append("the tutorial is missing or broken")
        else:
            from trainer.domain.model import Mode, SceneNode

            profile = context.services.profiles.create("Self test")
            active = context.services.play.start(
                profile, tutorial.result, mode=Mode.PRACTICE, language="pl"
            )
            assert tutorial.result.analysis is not None
            for token in tutorial.result.analysis.best_tokens or ():
                while isinstance(active.engine.current_node(active.state), SceneNode):
                    context.services.play.advance(active, "")
                context.services.play.advance(active, token)
            while not active.state.finished:
                context.services.play.advance(active, "")
            if active.sheet.overall_percent != 100.0:
                problems.append(f"tutorial best path scored {active.sheet.overall_percent}%")
        window.show()  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        if not window.isVisible():  # type: ignore[attr-defined]
            problems.append("the main window did not show")
        window.close()  # type: ignore[attr-defined]
        context.services.close(backup=False)
    for problem in problems:
        print(f"self-test: {problem}")
    print(f"self-test: {len(entries)} scenario(s), {'FAILED' if problems else 'ok'}")
    return 1 if problems else 0
