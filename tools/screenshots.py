"""Screenshots of every screen of the desktop app, in Polish and English, at 1366×768.

Usage (``make screenshots``)::

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py docs/screenshots

``--text-size 22`` takes them at 200% text (Ctrl+plus up to 22 pt), as an officer
with large text would see the screens (``docs/screenshots/large-text``); ``--size
1000x640`` in the smallest window the app supports.

For each language the script builds the real main window on a temporary data folder,
switches the UI language with the window's own ``set_language`` (the scenario content
follows it), creates a few example profiles and plays through the real widgets:

- ``01-profiles``: the profile screen with three officers;
- ``02-library``: the library with the tutorial selected, showing the best and last
  result of two finished attempts, and another scenario marked in progress;
- ``03-decision``: a decision in practice mode, with its knowledge cards;
- ``04-feedback``: the feedback panel after a poor choice;
- ``05-checklist``: a checklist with some items ticked;
- ``06-timed``: a timed decision with the countdown running;
- ``07-card``: a knowledge card dialog over the play view;
- ``08-resume``: the offer to resume an unfinished attempt, at sign-in;
- ``09-debrief``: the debrief after a mixed path (it leaves the best path once);
- ``09-debrief-path``: the same debrief scrolled to the path, step by step, each
  answer's feedback in its own list item;
- ``10-unavailable``: a broken scenario listed as unavailable with its findings;
- ``11-history``, ``12-replay``, ``13-overview``: the officer's history, a replay, and
  the instructor's overview;
- ``14-idle-warning``, ``15-signed-out``: the countdown before an idle sign-out, and
  the profile screen after it;
- ``16-in-progress``: Start on a scenario with an attempt in progress asks whether to
  resume it or abandon it and start over;
- ``17-search-empty``: a library search that finds nothing, with the way back;
- ``18-first-start``: the profile screen of a laptop with no profiles yet;
- ``19-paused``: the timed decision paused: the question hidden, the clock stopped;
- ``20-address``: the form of address (zrobiłeś / zrobiłaś), changed from the Profile menu;
- ``21-report``: the tutorial's official note: written, submitted, the model note beside
  it and the self-check items.

The library reads a temporary copy of the shipped scenarios plus one broken draft
(``TRAINER_SCENARIOS_DIR``). Dialogs are drawn over the window at the place where they
open; offscreen rendering has no window frames, so title bars are not shown.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QMessageBox,
    QPushButton,
    QWidget,
)

from trainer.domain.model import (  # noqa: E402
    ChecklistNode,
    DecisionNode,
    EndingNode,
    Mode,
    ReportNode,
    SceneNode,
)

WIDTH, HEIGHT = 1366, 768
LANGUAGES = ("pl", "en")
SHIPPED = REPO_ROOT / "scenarios"

PROFILES: list[tuple[str, str | None]] = [
    ("Anna Nowak", None),
    ("Piotr Wiśniewski", "240613"),
    ("Kamil Zając", None),
]
OFFICER = "Anna Nowak"
IN_PROGRESS = "synagogue-graffiti"
#: A scenario whose plan comes early: the tram stop's, on its first decision.
SCENE_PLAN = "tram-ukrainian-mother"

# The tutorial played through the GUI: on the best path except at the passer-by,
# where a poor answer shows the feedback panel and a departure in the debrief.
MIXED_PATH = {
    "phone_call": "keep_and_come",
    "indicators": "symbol,slogan,place,perception",
    "talk_olena": "listen_first",
    "passerby": "argue",
    "qualify": "hate_flag",
    "follow_up": "leave_card",
}
TICKED_IN_SHOT = ("symbol", "slogan", "place")
#: What the officer writes at a report node (taken as ``21-report`` at the first one).
REPORT_NOTE = {
    "pl": "Na drzwiach domu kultury wlepka z krzyżem celtyckim. Zgłaszająca, kierowniczka "
    "klubu mam, widziała ją rano; klub spotyka się z mamami z Ukrainy.\n"
    "Przed usunięciem wlepki wykonano zdjęcie.",
    "en": "A sticker with a Celtic cross on the community centre door. The caller, who runs "
    "the mothers' club, saw it in the morning; the club meets mothers from Ukraine.\n"
    "I took a photo before removing the sticker.",
}
CARD_IN_SHOT = "evidence_first"
TIMER_LEFT_MS = 38_000
#: Shuffles the choices and items of every attempt the same way on every run, so the
#: screenshots change only when the app does.
ORDER_SEED = 20261207

BROKEN_FOLDER = "night-bus-draft"
BROKEN_SCENARIO = """\
format: 1
id: night-bus-draft
version: 1
languages: [pl, en]
title:
  pl: "Nocny autobus (szkic)"
  en: "The night bus (draft)"
summary:
  pl: "Szkic: kierowca nocnego autobusu zgłasza pobicie pasażera."
  en: "Draft: a night-bus driver reports an assault on a passenger."
tags: [draft, public-transport]
minutes: 15
competencies:
  communication: {}
start: stop
nodes:
  stop:
    type: scene
    title: {pl: "Przystanek", en: "The bus stop"}
    text: {pl: "Jest 1:20 w nocy.", en: "It is 1:20 am."}
    next: driver
  driver:
    type: decision
    title: {pl: "Kierowca"}
    text:
      pl: "Kierowca macha do Ciebie z kabiny."
      en: "The driver waves at you from the cab."
    choices:
      - id: talk
        text: {pl: "Podchodzisz do kierowcy.", en: "You walk over to the driver."}
        rating: best
        score: {empathy: 2}
        next: cab
      - id: wait
        text: {pl: "Czekasz na wsparcie.", en: "You wait for backup."}
        rating: good
        next: stop
"""


def settle(ms: int = 60) -> None:
    """Let layouts, deferred deletions and size fitting finish."""
    QApplication.processEvents()
    QTest.qWait(ms)
    QApplication.processEvents()


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def save_png(image: QImage, path: Path) -> None:
    """A compact PNG (maximum compression)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG", 0):
        raise SystemExit(f"cannot write {path}")
    print(f"  {path.name}  {image.width()}×{image.height()}  {path.stat().st_size // 1024} KB")


class Shots:
    """One language: a window on its own data folder, driven through its widgets."""

    def __init__(
        self,
        out: Path,
        language: str,
        data_dir: Path,
        text_size: int | None = None,
        only: set[str] | None = None,
        size: tuple[int, int] = (WIDTH, HEIGHT),
    ) -> None:
        from trainer.gui.main import build_window

        self.out = out
        self.language = language
        self.report_shot = False  # the first report node met is taken
        self.only = only
        self.size = size
        # The application is held as long as its window is.
        self.app, self.window = build_window(data_dir, synchronous=True)
        self.window.context.services.play.seeds = lambda: ORDER_SEED  # type: ignore[attr-defined]
        self.window.resize(*size)  # type: ignore[attr-defined]
        self.window.show()  # type: ignore[attr-defined]
        self.window.set_language(language)  # type: ignore[attr-defined]
        if text_size is not None:
            self.window.apply_font_size(text_size)  # type: ignore[attr-defined]
        settle()
        if language != "en" and self.w.windowTitle() == "Case-scenario trainer":
            raise SystemExit(f"the {language} UI translation is not built: run make translations")

    @property
    def w(self) -> Any:
        return self.window

    def close(self) -> None:
        # Its translators belong to the application: take them out with the window.
        self.w.translations.install("en")
        self.w.context.services.close(backup=False)
        self.w.close()
        self.w.deleteLater()
        settle(0)

    # -- saving ----------------------------------------------------------------------

    def name(self, stem: str) -> Path:
        return self.out / f"{self.language}-{stem}.png"

    def wanted(self, stem: str) -> bool:
        return self.only is None or stem in self.only

    def shot(self, stem: str) -> None:
        if not self.wanted(stem):
            return
        settle()
        image = self.w.grab().toImage()
        assert (image.width(), image.height()) == self.size, image.size()
        save_png(image, self.name(stem))

    def shot_over_window(self, stem: str, dialog: QWidget) -> None:
        """The window with ``dialog`` drawn where it opens (centred over the window)."""
        if not self.wanted(stem):
            return
        settle()
        base = self.w.grab().toImage()
        top = dialog.grab().toImage()
        corner = QPoint((base.width() - top.width()) // 2, (base.height() - top.height()) // 2)
        painter = QPainter(base)
        painter.drawImage(corner, top)
        painter.setPen(QPen(QColor("#667085"), 1))
        painter.drawRect(corner.x() - 1, corner.y() - 1, top.width() + 1, top.height() + 1)
        painter.end()
        save_png(base, self.name(stem))

    def with_modal(
        self, stem: str, trigger: Callable[[], None], answer: Callable[[QWidget], None]
    ) -> None:
        """Run ``trigger``; when its modal dialog is up, photograph it and ``answer`` it."""
        seen: list[QWidget] = []
        clock = QElapsedTimer()
        clock.start()

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                if clock.elapsed() > 10_000:
                    raise SystemExit(f"{stem}: no dialog appeared")
                QTimer.singleShot(20, look)
                return
            self.shot_over_window(stem, dialog)
            seen.append(dialog)
            answer(dialog)

        QTimer.singleShot(20, look)
        trigger()
        if not seen:
            raise SystemExit(f"{stem}: no dialog appeared")

    # -- data ------------------------------------------------------------------------

    def make_profiles(self) -> None:
        profiles = self.w.context.services.profiles
        for name, pin in PROFILES:
            profiles.create(name, secret=pin)
        self.w.profiles.refresh()

    def headless_history(self) -> None:
        """A finished best-path tutorial and an unfinished attempt of another scenario."""
        services = self.w.context.services
        profile = services.store.find_profile(OFFICER)
        entries = {e.key: e for e in self.w.context.library.load()}
        tutorial = entries["tutorial"]
        assert tutorial.result.analysis is not None
        active = services.play.start(
            profile, tutorial.result, mode=Mode.PRACTICE, language=self.language
        )
        for token in tutorial.result.analysis.best_tokens or ():
            while isinstance(active.engine.current_node(active.state), SceneNode):
                services.play.advance(active, "")
            services.play.advance(active, token)
        while not active.state.finished:
            services.play.advance(active, "")
        other = entries[IN_PROGRESS]
        active = services.play.start(
            profile, other.result, mode=Mode.PRACTICE, language=self.language
        )
        for _ in range(4):
            node = active.engine.current_node(active.state)
            if isinstance(node, DecisionNode):
                services.play.advance(active, active.engine.offered(active.state)[0].id)
            elif isinstance(node, ChecklistNode):
                services.play.advance(active, node.items[0].id)
            else:
                services.play.advance(active, "")

    def select_card(self, key: str) -> None:
        library = self.w.library
        proxy = library.proxy
        for row in range(proxy.rowCount()):
            if library.model.card(proxy.mapToSource(proxy.index(row, 0)).row()).key == key:
                library.list.setCurrentIndex(proxy.index(row, 0))
                library.list.scrollTo(proxy.index(row, 0))
                return
        raise SystemExit(f"{key} is not in the library")

    # -- playing through the widgets ---------------------------------------------------

    def node(self) -> Any:
        active = self.w.player.active
        return active.engine.current_node(active.state)

    def act(self, *, leave_feedback: bool = False) -> None:
        """One action at the current node as MIXED_PATH says; Next past the feedback."""
        player = self.w.player
        node = self.node()
        if isinstance(node, DecisionNode):
            offered = [c.id for c in player.active.shown_choices()]
            click(player._choice_buttons[offered.index(MIXED_PATH[node.id])])
        elif isinstance(node, ChecklistNode):
            wanted = set(MIXED_PATH[node.id].split(","))
            for box in player._checks:
                if (box.property("item_id") in wanted) != box.isChecked():
                    click(box)
            click(player.primary)
        elif isinstance(node, ReportNode):
            # Written, submitted, every item but the last ticked: the model and the items.
            player._report.edit.setPlainText(REPORT_NOTE[self.language])
            click(player.primary)
            for box in player._checks[:-1]:
                click(box)
            if not self.report_shot:
                self.report_shot = True
                self.shot("21-report")
            click(player.primary)
        else:
            click(player.primary)
        settle(10)
        if player.feedback.isVisible() and not leave_feedback:
            click(player.primary)
            settle(10)

    def play_until(self, node_id: str) -> None:
        for _ in range(60):
            if self.node().id == node_id:
                return
            self.act()
        raise SystemExit(f"never reached {node_id}")

    # -- the screens -------------------------------------------------------------------

    def run(self) -> None:
        w = self.w
        self.shot("18-first-start")  # no profiles yet: what to do, and the PIN rules
        self.make_profiles()
        row = [
            w.profiles.profiles.item(i).text().split("  ")[0]
            for i in range(w.profiles.profiles.count())
        ].index(OFFICER)
        w.profiles.profiles.setCurrentRow(row)
        self.shot("01-profiles")

        self.headless_history()
        self.with_modal(
            "08-resume",
            lambda: click(w.profiles.sign_in_button),
            lambda box: _click_role(box, QMessageBox.ButtonRole.RejectRole),  # Later
        )
        assert w.stack.currentWidget() is w.library
        library = w.library
        # Start on the scenario in progress asks: resume, or abandon it and start over.
        self.select_card(IN_PROGRESS)
        self.with_modal(
            "16-in-progress",
            lambda: click(library.start_button),
            lambda box: _click_role(box, QMessageBox.ButtonRole.RejectRole),  # Cancel
        )
        assert w.stack.currentWidget() is w.library
        self.select_card("tutorial")
        assert library.current_card().key == "tutorial"
        assert library.content_language.currentData() == self.language
        click(library.start_button)
        assert w.stack.currentWidget() is w.player

        self.play_until("phone_call")
        self.shot("03-decision")
        card_buttons = [
            w.player.cards_row.itemAt(i).widget()
            for i in range(w.player.cards_row.count())
            if isinstance(w.player.cards_row.itemAt(i).widget(), QPushButton)
        ]
        card = w.player.active.scenario.cards[CARD_IN_SHOT]
        title = card.title.resolve(self.language, w.player.active.scenario.default_language)
        button = next(b for b in card_buttons if title in b.text())
        self.with_modal("07-card", lambda: click(button), lambda dialog: dialog.reject())

        self.play_until("indicators")
        for box in w.player._checks:
            if box.property("item_id") in TICKED_IN_SHOT:
                click(box)
        self.shot("05-checklist")

        self.play_until("passerby")
        # As if the officer had been reading for 22 s; the clock is held still for the shot.
        w.player._left_at_start_ms = int(w.player._running.elapsed()) + TIMER_LEFT_MS
        w.player._tick()
        w.player._countdown.stop()
        self.shot("06-timed")
        w.player._countdown.start()  # running again, then paused as an officer would
        click(w.player.leave_button)
        assert w.player.is_paused()
        self.shot("19-paused")
        click(w.player.resume_clock_button)
        w.player._countdown.stop()
        self.act(leave_feedback=True)
        assert w.player.feedback.isVisible()
        self.shot("04-feedback")
        click(w.player.primary)

        for _ in range(60):
            if isinstance(self.node(), EndingNode):
                break
            self.act()
        click(w.player.primary)  # See the debrief
        assert w.stack.currentWidget() is w.debrief
        self.shot("09-debrief")
        debrief = w.debrief
        settle()  # the page laid out at this text size before finding where the path is
        debrief.scroller.verticalScrollBar().setValue(debrief.path_heading.y() - 8)
        self.shot("09-debrief-path")

        click(w.debrief.library_button)
        assert w.stack.currentWidget() is w.library
        assert library.current_card().key == "tutorial"
        self.shot("02-library")
        if self.wanted("20-address"):  # opened with open(), not exec(): no with_modal
            w.address_action.trigger()
            settle()
            dialog = QApplication.activeModalWidget()
            assert dialog is not None
            self.shot_over_window("20-address", dialog)
            dialog.reject()
        library.search.setText(EMPTY_SEARCH[self.language])
        self.shot("17-search-empty")
        library.clear_search()

        proxy = library.proxy
        broken = next(
            proxy.index(r, 0)
            for r in range(proxy.rowCount())
            if not library.model.card(proxy.mapToSource(proxy.index(r, 0)).row()).playable
        )
        library.list.setCurrentIndex(broken)
        library.list.scrollTo(broken)
        self.shot("10-unavailable")

        # Score history, a replay, and the instructor's overview.
        w.show_history()
        settle(200)
        self.shot("11-history")
        attempt_ids = w.history.visible_attempt_ids()
        w._replay(attempt_ids[-1])
        settle(200)
        self.shot("12-replay")
        services = w.context.services
        instructor = services.profiles.create(INSTRUCTOR, "trainer", INSTRUCTOR_PASSWORD)
        w.profile = services.profiles.sign_in(instructor, INSTRUCTOR_PASSWORD)
        w.show_overview()
        settle(300)
        self.shot("13-overview")

        # The laptop left alone: the warning over the library, then the profile screen
        # saying why it is back. The idle watch's clock is moved on, not waited for.
        now = [0.0]
        watch = w.idle_sign_out.watch
        watch.clock = lambda: now[0]
        w.show_library()
        w.idle_sign_out.start()
        now[0] += watch.timeout_s - 25
        watch.check()
        self.shot("14-idle-warning")
        now[0] += 25
        watch.check()
        assert w.stack.currentWidget() is w.profiles
        self.shot("15-signed-out")

        # Last, so that its attempt shows in no other screen: a scene plan with its legend.
        if self.wanted("22-scene-plan"):
            officer = services.store.find_profile(OFFICER)
            w.profile = services.profiles.sign_in(officer, None)
            w.show_library()
            self.select_card(SCENE_PLAN)
            click(library.start_button)
            assert w.stack.currentWidget() is w.player
            for _ in range(5):
                if self.node().image is not None:
                    break
                click(w.player.primary)
                settle(10)
            assert w.player.image.isVisible()
            self.shot("22-scene-plan")


INSTRUCTOR = "Instruktor Wiśniewska"
# A search that finds nothing (17-search-empty).
EMPTY_SEARCH = {"pl": "lotnisko", "en": "airport"}
INSTRUCTOR_PASSWORD = "Szkolenie-Krakow-2026"


def _click_role(box: QWidget, role: QMessageBox.ButtonRole) -> None:
    assert isinstance(box, QMessageBox)
    button = next(b for b in box.buttons() if box.buttonRole(b) == role)
    click(button)


def scenarios_with_a_broken_one(root: Path) -> Path:
    """A copy of the shipped scenarios plus one draft with errors."""
    folder = root / "scenarios"
    shutil.copytree(SHIPPED, folder)
    (folder / BROKEN_FOLDER).mkdir()
    (folder / BROKEN_FOLDER / "scenario.yaml").write_text(BROKEN_SCENARIO, encoding="utf-8")
    return folder


def window_size(text: str) -> tuple[int, int]:
    """``1000x640`` as (1000, 640), for ``--size``."""
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not WIDTHxHEIGHT: {text!r}") from None
    return width, height


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder for the PNG files")
    parser.add_argument("--language", choices=LANGUAGES, action="append")
    parser.add_argument(
        "--text-size",
        type=int,
        metavar="PT",
        help="text size in points, as set with Ctrl+plus (the default is 11; 22 is 200%%)",
    )
    parser.add_argument(
        "--size",
        type=window_size,
        default=(WIDTH, HEIGHT),
        metavar="WxH",
        help=f"window size in pixels (the default is {WIDTH}x{HEIGHT}; the smallest is 1000x640)",
    )
    parser.add_argument(
        "--only", action="append", metavar="STEM", help="save only this screen, e.g. 02-library"
    )
    args = parser.parse_args(argv)
    out = args.out.resolve()
    home = Path.cwd()
    with tempfile.TemporaryDirectory(prefix="trainer-screenshots-") as tmp:
        # A relative scenarios folder: the findings of the broken one name the same path
        # on every run, so the screenshots only change when the app does.
        os.chdir(tmp)
        try:
            scenarios_with_a_broken_one(Path(tmp))
            os.environ["TRAINER_SCENARIOS_DIR"] = "scenarios"
            for language in args.language or LANGUAGES:
                print(f"{language}:")
                shots = Shots(
                    out,
                    language,
                    Path(tmp) / f"data-{language}",
                    args.text_size,
                    set(args.only) if args.only else None,
                    args.size,
                )
                try:
                    shots.run()
                finally:
                    shots.close()
        finally:
            os.chdir(home)
    return 0


if __name__ == "__main__":
    sys.exit(main())
