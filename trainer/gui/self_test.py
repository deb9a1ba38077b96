"""``trainer --self-test``: does this build work? (The frozen bundle runs it in CI.)

It opens a database in a temporary folder, loads every shipped scenario, plays the
tutorial's best path headless, checks what the build must ship (fonts, icons,
translations, image readers, platforms) and shows the main window offscreen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from trainer.gui.assets import ICON_SIZES, assets_dir
from trainer.gui.main import build_window


def _bundle_problems() -> list[str]:
    """What the build must ship: fonts, icons, translations, JPEG/WebP readers, platforms."""
    from PySide6.QtCore import QLibraryInfo, QTranslator
    from PySide6.QtGui import QImageReader

    from trainer.gui.i18n import qt_translations_dirs, translations_dir

    problems = [
        f"the font {name} is missing"
        for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
        if not (assets_dir() / "fonts" / name).is_file()
    ]
    problems += [
        f"the icon trainer-{size}.png is missing"
        for size in ICON_SIZES
        if not (assets_dir() / "icons" / f"trainer-{size}.png").is_file()
    ]
    problems += [
        f"the UI translation trainer_{language}.qm is missing"
        for language in ("pl", "en")
        if not QTranslator().load(str(translations_dir() / f"trainer_{language}.qm"))
    ]
    qt_words = QTranslator()
    # Not literals in the call: lupdate would take them for a string of this app's own.
    button = ("QPlatformTheme", "Cancel")
    if not any(qt_words.load("qtbase_pl", folder) for folder in qt_translations_dirs()):
        problems.append("Qt's Polish translation (qtbase_pl.qm) is missing")
    elif qt_words.translate(*button) != "Anuluj":
        problems.append("Qt's Polish translation leaves the standard buttons in English")
    readers = {bytes(name.data()).decode() for name in QImageReader.supportedImageFormats()}
    problems += [
        f"no {kind} image reader" for kind in ("png", "jpeg", "webp") if kind not in readers
    ]
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    problems += [
        f"the {name} platform plugin is missing"
        for name in ("offscreen", "xcb")
        if sys.platform.startswith("linux") and not list(plugins.glob(f"libq{name}.so"))
    ]
    return problems


def _editor_problems(shipped: Path) -> list[str]:
    """The editor's libraries in the build: ruamel's round trip, igraph's layout."""
    from trainer.authoring.document import ScenarioDocument
    from trainer.authoring.map_graph import scenario_graph
    from trainer.authoring.map_layout import layered_layout

    problems: list[str] = []
    file = shipped / "tutorial" / "scenario.yaml"
    try:
        doc = ScenarioDocument.open(file)
        if doc.to_bytes() != file.read_bytes():
            problems.append("the editor does not write the tutorial back unchanged")
        graph = scenario_graph(doc)
        if set(layered_layout(graph)) != set(graph.nodes):
            problems.append("the map's layout leaves nodes out")
    except Exception as exc:  # a module missing from the build: say which
        problems.append(f"the editor cannot open the tutorial: {type(exc).__name__}: {exc}")
    return problems


def self_test() -> int:
    """Check a build works: database in a temp folder, every scenario, the tutorial, a window."""
    import tempfile

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
        except Exception as exc:  # a broken build (missing files, modules): say what
            print(f"self-test: cannot start: {type(exc).__name__}: {exc}")
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
        problems += _bundle_problems()
        problems += _editor_problems(tutorial.folder.parent if tutorial else Path())
        from trainer.exchange.self_check import crypto_problems

        problems += crypto_problems(data_dir / "self-test-keys")
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
