"""The fast start: the first screen from a quick look, the store opened right behind it.

``run_gui`` shows the profile screen (or, signed in, the library) from a read-only look
at the database and the library's card cache, then opens the store and reads the
scenario files on the worker thread. These tests drive that path with the real worker
thread and check that what the officer sees and does ends up as it would after a
normal start: same profiles, fresh cards replacing stale ones, the store's recovery
when it fails to open behind the first screen.
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

import trainer.services.context as services_context
from tests.gui.screens import answer_with
from tests.play_support import play_tokens
from trainer.gui import main as gui_main
from trainer.gui.library.model import CARD_ROLE
from trainer.services.card_cache import save_cards
from trainer.services.cards import unique
from trainer.services.context import open_services
from trainer.services.library import LibraryService
from trainer.services.quick_start import quick_profiles, take_instance_lock
from trainer.storage.errors import DatabaseCorruptError

pytestmark = pytest.mark.gui

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    services = open_services(folder)
    services.profiles.create("Anna")
    services.profiles.create("Bartek", secret="739154")
    services.close(backup=False)
    return folder


def fast_start(qtbot, data_dir: Path) -> object:
    """``run_gui``'s fast path up to its event loop (the test's loop runs it)."""
    app = QApplication.instance()
    lock = take_instance_lock(data_dir)
    profiles = quick_profiles(data_dir)
    assert profiles is not None, "the quick look should have worked"
    window = gui_main._show_then_open(app, data_dir, lock, profiles)
    qtbot.addWidget(window)
    return window


@pytest.fixture
def started(qtbot, data_dir: Path) -> Iterator[object]:
    windows: list[object] = []

    def start() -> object:
        window = fast_start(qtbot, data_dir)
        windows.append(window)
        return window

    yield start
    for window in windows:
        context = window.context  # type: ignore[attr-defined]
        context.runner.wait()
        window.translations.install("en")  # type: ignore[attr-defined]
        if context.services_ready:
            context.services.close(backup=False)


def shown_main_window(data_dir: Path) -> object | None:
    """The main window ``run_gui`` shows on ``data_dir``, once it is on screen (windows
    of earlier tests may still be around, hidden)."""
    from trainer.gui.window import MainWindow

    return next(
        (
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and w.context.data_dir == data_dir
        ),
        None,
    )


def shown_titles(window: object) -> list[str]:
    proxy = window.library.proxy  # type: ignore[attr-defined]
    return [proxy.index(r, 0).data(CARD_ROLE).title_in("pl") for r in range(proxy.rowCount())]


def test_the_profile_screen_comes_before_the_store(qtbot, started) -> None:
    window = started()
    context = window.context
    # Nothing has run yet: the names come from the quick look.
    assert not context.services_ready
    names = [
        window.profiles.profiles.item(r).text() for r in range(window.profiles.profiles.count())
    ]
    assert names == ["Anna", "Bartek  (PIN)"]
    assert window.stack.currentWidget() is window.profiles
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: context.services_ready, timeout=20_000)
    assert [p.display_name for p in context.services.store.list_profiles()] == ["Anna", "Bartek"]


def test_signing_in_before_the_store_opens_then_playing(qtbot, started) -> None:
    window = started()
    context = window.context
    window.profiles.profiles.setCurrentRow(0)  # Anna, no PIN
    qtbot.keyClick(window.profiles.profiles, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library
    assert window.library.who.text() == "Anna"
    assert len(shown_titles(window)) == 9  # no card cache yet: signing in waited for the files
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: context.services_ready, timeout=20_000)
    # Start the selected scenario (the tutorial is listed first) with the keyboard.
    assert window.library.current_card().key == "tutorial"
    qtbot.keyClick(window.library.list, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.player, timeout=20_000)
    attempts = context.services.store.attempts_for_profile(window.profile.id)
    assert [(a.scenario_id, a.status) for a in attempts] == [("tutorial", "in_progress")]


def test_stale_cached_cards_are_replaced_by_the_files(qtbot, started, data_dir: Path) -> None:
    roots = [(SCENARIOS, "shipped"), (data_dir / "scenarios", "local")]
    cache = data_dir / "cache" / "library-cards.json"
    assert save_cards(cache, LibraryService(roots).read_all())
    # Same folders, same signatures, an old title: as a cache from before an edit whose
    # folder signature did not change (it always does; this shows what wins).
    data = json.loads(cache.read_text(encoding="utf-8"))
    for row in data["cards"]:
        if row["card"]["key"] == "tutorial":
            row["card"]["title"] = {"pl": "Stary tytuł", "en": "Old title"}
    cache.write_text(json.dumps(data), encoding="utf-8")

    window = started()
    window.profiles.profiles.setCurrentRow(0)
    window.profiles.sign_in_button.click()
    assert "Stary tytuł" in shown_titles(window)  # the cache, before any file is read
    qtbot.waitExposed(window)
    fresh = [e.card.title_in("pl") for e in unique(LibraryService(roots).read_all())]
    qtbot.waitUntil(lambda: sorted(shown_titles(window)) == sorted(fresh), timeout=20_000)
    assert window.library.current_card() is not None
    rewritten = json.loads(cache.read_text(encoding="utf-8"))
    titles = [row["card"]["title"].get("pl") for row in rewritten["cards"]]
    assert "Stary tytuł" not in titles


def test_a_card_whose_file_broke_cannot_start(
    qtbot, started, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = started()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.context.services_ready, timeout=20_000)
    window.entries()  # the files are read
    window.profiles.profiles.setCurrentRow(0)
    window.profiles.sign_in_button.click()
    stale = window.library.current_card()
    assert stale is not None and stale.playable
    # The file is gone by the time the officer presses Start on the card.
    monkeypatch.setattr(window, "_entry", lambda key: None)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warnings.append(box.text()) or 0)
    window.library.start_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    assert "zmienił się" in warnings[0]  # the UI speaks Polish by default
    assert window.stack.currentWidget() is window.library
    assert window.context.services.store.attempts_for_profile(window.profile.id) == []


def test_a_store_that_fails_behind_the_first_screen_is_recovered(
    qtbot, started, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_open = services_context.open_services
    calls: list[int] = []

    def open_once_damaged(data_dir: Path, **kwargs: object) -> object:
        calls.append(1)
        if len(calls) == 1:
            raise DatabaseCorruptError(data_dir / "damaged" / "progress-x.db", None, "test")
        return real_open(data_dir, **kwargs)

    monkeypatch.setattr(services_context, "open_services", open_once_damaged)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "exec", answer_with(QMessageBox.ButtonRole.DestructiveRole, asked)
    )  # start empty
    window = started()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.context.services_ready, timeout=20_000)
    assert len(calls) == 2 and "damaged" in asked[0]
    assert window.isVisible() and window.stack.currentWidget() is window.profiles
    # The profile list now comes from the store the recovery opened.
    names = [
        window.profiles.profiles.item(r).text() for r in range(window.profiles.profiles.count())
    ]
    assert names == ["Anna", "Bartek  (PIN)"]


def test_run_gui_shows_opens_and_closes_cleanly(qtbot, data_dir: Path) -> None:
    """The whole ``run_gui``: first screen, store and files behind it, a clean exit."""
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon

    seen: dict[str, object] = {}

    def poll() -> None:
        window = shown_main_window(data_dir)
        if window is None:
            QTimer.singleShot(20, poll)
            return
        seen.setdefault("ready_at_first_look", window.context.services_ready)
        if not (window.context.services_ready and window._entries.ready):
            QTimer.singleShot(20, poll)
            return
        seen["profiles"] = window.profiles.profiles.count()
        seen["collecting"] = gc.isenabled()
        seen["icon"] = not window.windowIcon().isNull()
        window.close()

    QTimer.singleShot(0, poll)
    assert gc.isenabled()
    QApplication.setWindowIcon(QIcon())  # as in a new process: none yet
    assert gui_main.run_gui(data_dir) == 0
    assert seen["profiles"] == 2
    # The garbage collector is off while the first screen is built, on once it is
    # painted, and on after.
    assert seen["collecting"] is True
    assert seen["icon"] is True  # set once the first screen was painted
    assert gc.isenabled()
    assert seen["ready_at_first_look"] is False  # shown before the store was open
    assert list((data_dir / "backups").glob("*exit*")), "the clean exit makes its backup"
    assert (data_dir / "cache" / "library-cards.json").is_file()
    take_instance_lock(data_dir).release()  # the lock was given back


def test_results_after_a_resumed_attempt_are_fresh(
    qtbot, started, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Signing in offers the unfinished attempt; once it is finished the library shows it."""
    from trainer.domain.model import Mode
    from trainer.scenario_io.reader import load_scenario

    tutorial = load_scenario(SCENARIOS / "tutorial")
    services = open_services(data_dir)
    try:
        anna = services.profiles.find("Anna")
        begun = services.play.start(anna, tutorial, mode=Mode.PRACTICE, language="pl")
        services.play.advance(begun, "")  # a step taken: only then is it offered
    finally:
        services.close(backup=False)

    monkeypatch.setattr(QMessageBox, "exec", answer_with(QMessageBox.ButtonRole.AcceptRole))
    window = started()
    window.profiles.profiles.setCurrentRow(0)
    window.profiles.sign_in_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.player, timeout=20_000)
    active = window.player.active
    play = window.context.services.play
    assert tutorial.analysis is not None
    play_tokens(play, active, tutorial.analysis.best_tokens or ())
    window.show_library()
    assert window.library.results.best.get("tutorial") == 100.0
    assert "tutorial" not in window.library.results.in_progress


def test_a_second_start_on_the_same_data_is_refused_plainly(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another app holds the data folder: a message says so, nothing is shown or opened."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    # English: the message's translator would otherwise stay installed for later tests.
    (data_dir / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    lock = take_instance_lock(data_dir)  # as the other app would
    try:
        assert gui_main.run_gui(data_dir) == 1
    finally:
        lock.release()
    assert len(said) == 1 and "already" in said[0].lower(), said
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert gc.isenabled()


def test_a_data_folder_on_a_network_share_is_refused_before_anything_is_opened(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """reliability.md T8: a message in the officer's language; no database, no lock file."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text()) or 0)
    monkeypatch.setattr("trainer.storage.location.probe_location", lambda _folder: "network")
    data_dir = tmp_path / "H-drive" / "trainer"
    assert gui_main.run_gui(data_dir) == 1
    assert len(said) == 1 and str(data_dir) in said[0], said
    assert "sieciowym" in said[0]  # in Polish, the default language
    assert not data_dir.exists()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_a_careful_start_shows_its_card_in_the_officers_language_then_the_window(
    qtbot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No usable quick look: the store opens first, behind a start-up card."""
    from PySide6.QtCore import QTimer

    import trainer.services.quick_start as quick_start

    monkeypatch.setattr(quick_start, "quick_profiles", lambda _data_dir: None)
    cards: list[object] = []
    make_card = gui_main._splash
    monkeypatch.setattr(gui_main, "_splash", lambda app: cards.append(make_card(app)) or cards[-1])
    seen: dict[str, object] = {}

    def poll() -> None:
        window = shown_main_window(data_dir)
        if window is None:
            QTimer.singleShot(20, poll)
            return
        seen["ready"] = window.context.services_ready
        seen["title"] = window.windowTitle()
        seen["profiles"] = window.profiles.profiles.count()
        window.close()

    QTimer.singleShot(0, poll)
    assert gui_main.run_gui(data_dir) == 0
    assert seen == {"ready": True, "title": "Trening scenariuszowy", "profiles": 2}
    assert len(cards) == 1
    assert cards[0].accessibleName() == "Trening scenariuszowy"  # the card speaks Polish too
    assert not cards[0].isVisible()  # and it is gone


def test_the_first_screen_imports_neither_the_store_nor_sqlalchemy() -> None:
    """What the first screen is built from leaves SQLAlchemy (~250 ms) to the worker.

    A module-level import of ``services.profiles`` (for a role name) once pulled the
    store into the window and doubled the time to the first screen.
    """
    code = (
        "import sys\n"
        "import trainer.gui.main, trainer.gui.window\n"
        "import trainer.gui.profiles.page, trainer.gui.library.page\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')]\n"
        "heavy += [m for m in ('trainer.storage.store', 'trainer.services.context')"
        " if m in sys.modules]\n"
        "print(sorted(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
