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
  it and the self-check items;
- ``23-editor-open`` … ``26-editor-analysis``: the scenario editor, opened by the
  instructor (signed in on the profile screen with the password): the open dialog with
  the instructor's own scenarios, the shipped ones and the trash, a shipped case
  scenario just duplicated into the instructor's own; a decision of that copy with its
  choices, feedback and points; a choice added with its condition typed wrong: the error
  under the field, the findings listed and counted in the status bar, the error selected;
  the condition put right and the analysis panel: the maximum per competency, the
  reachable endings and the best path, its step at the decision clicked. The editor's
  live checks run off the UI thread as in the app; each shot waits for them.
- ``27-editor-map``, ``28-editor-shares``: the map of the shipped tutorial, made wide:
  the best path marked; then what officers chose, from 40 attempts the officers made
  (mostly the best choices, from a fixed seed): arrows as thick as their share, labels,
  checklist misses and endings reached, counts under 5 hidden.

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

from PySide6.QtCore import QElapsedTimer, QModelIndex, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractItemView,
    QApplication,
    QLineEdit,
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
from trainer.gui.editor.forms.condition_field import ConditionField  # noqa: E402
from trainer.gui.editor.open_dialog import ENTRY_ROLE as OPEN_ENTRY_ROLE  # noqa: E402
from trainer.gui.editor.place_requests import PATH_ROLE  # noqa: E402

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


def type_text(widget: QWidget, text: str) -> None:
    """Typed key by key, Polish letters included (QTest.keyClicks takes ASCII only)."""
    for char in text:
        if char.isascii():
            QTest.keyClick(widget, char)
        else:
            no_modifier = Qt.KeyboardModifier.NoModifier
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, char, no_modifier)


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

    def shot(self, stem: str, window: QWidget | None = None) -> None:
        """The main window (or ``window``, e.g. the editor) as it is now."""
        if not self.wanted(stem):
            return
        settle()
        image = (window or self.w).grab().toImage()
        assert (image.width(), image.height()) == self.size, image.size()
        save_png(image, self.name(stem))

    def shot_over_window(self, stem: str, dialog: QWidget, window: QWidget | None = None) -> None:
        """The window with ``dialog`` drawn where it opens (centred over the window)."""
        if not self.wanted(stem):
            return
        settle()
        base = (window or self.w).grab().toImage()
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

    # -- the editor --------------------------------------------------------------------

    def while_modal(
        self, what: str, trigger: Callable[[], None], act: Callable[[QWidget], None]
    ) -> None:
        """Run ``trigger``, which opens a modal dialog and waits; ``act(dialog)`` works in it
        and closes it. Dialogs may nest: the one already up when this is called is not it."""
        outer = QApplication.activeModalWidget()
        failures: list[BaseException] = []
        state = {"acted": False, "over": False}
        clock = QElapsedTimer()
        clock.start()

        def look() -> None:
            if state["over"]:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is outer or not dialog.isVisible():
                if clock.elapsed() < 10_000:
                    QTimer.singleShot(20, look)
                return
            state["acted"] = True
            try:
                settle()
                act(dialog)
            except BaseException as exc:  # the dialog must not stay up: the run would hang
                failures.append(exc)
                if dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(20, look)
        trigger()
        state["over"] = True
        if failures:
            raise failures[0]
        if not state["acted"]:
            raise SystemExit(f"{what}: no dialog appeared")

    def wait_for_checks(self, editor: Any) -> None:
        """Until the live checks have caught up: the status bar no longer says "Checking…"."""
        clock = QElapsedTimer()
        clock.start()
        settle()
        while editor.checking_label.text() or editor.checker is None or editor.checker.busy:
            if clock.elapsed() > 60_000:
                raise SystemExit("the editor's checks did not finish")
            QTest.qWait(50)
        settle(100)

    def sign_in_instructor(self) -> None:
        """The instructor chosen on the profile screen, the password typed when asked."""
        w = self.w
        names = [
            w.profiles.profiles.item(i).text().split("  ")[0]
            for i in range(w.profiles.profiles.count())
        ]
        w.profiles.profiles.setCurrentRow(names.index(INSTRUCTOR))

        def password(dialog: QWidget) -> None:
            field = dialog.findChild(QLineEdit)
            type_text(field, INSTRUCTOR_PASSWORD)
            QTest.keyClick(field, Qt.Key.Key_Return)

        self.while_modal("password", lambda: click(w.profiles.sign_in_button), password)
        assert w.profile is not None and w.profile.role == "trainer", w.profile

    def open_editor(self) -> Any:
        """Profile > Scenario editor, as at the station laptop's 1366×768."""
        w = self.w
        assert w.editor_action.isVisible() and w.editor_action.isEnabled()
        w.editor_action.trigger()
        editor = w.editor
        assert editor is not None and editor.isVisible()
        # The offscreen screen is 800×800, where the editor opens maximised (as it does on a
        # 1366×768 laptop, where it is that size): shown again at the shots' size, its
        # panels fitted to it as at its first start.
        editor.hide()
        editor.setWindowState(Qt.WindowState.WindowNoState)
        editor.resize(*self.size)
        editor._panels_fitted_to = None
        editor.show()
        editor.activateWindow()
        QTest.qWaitForWindowActive(editor)
        # Checks off the UI thread, debounced, as in the app (the main window's worker is
        # synchronous here only so that the other screens are reproducible).
        editor.synchronous = False
        settle(200)
        assert (editor.width(), editor.height()) == self.size, editor.size()
        return editor

    def earlier_scenarios(self, editor: Any) -> None:
        """What the instructor made before: a scenario of their own, and a deleted draft."""
        workspace = editor.workspace()
        for (scenario_id, title), trashed in ((EDITOR_OWN, False), (EDITOR_TRASHED, True)):
            file = workspace.new_from_template(scenario_id, title=title, languages=["pl", "en"])
            if trashed:
                workspace.delete(file.parent)

    def editor_screens(self) -> None:
        maps = any(self.wanted(stem) for stem in MAP_STEMS)
        if maps:
            self.officers_played(MAP_SCENARIO, MAP_ATTEMPTS)
        self.sign_in_instructor()
        try:
            editor = self.open_editor()
            if any(self.wanted(stem) for stem in EDITOR_STEMS):
                self.edit_a_copy(editor)
            if maps:
                self.map_screens(editor)
        finally:
            # The editor closes with the instructor (unsaved work kept for recovery).
            self.w.sign_out()
            settle()

    def edit_a_copy(self, editor: Any) -> None:
        self.earlier_scenarios(editor)

        # The open dialog: the shipped case scenario duplicated into the instructor's own.
        def in_open_dialog(dialog: QWidget) -> None:
            assert dialog is editor.open_dialog
            shipped = _open_dialog_row(dialog, "shipped", EDITOR_SCENARIO)
            click_row(dialog.view, shipped)

            def new_id(box: QWidget) -> None:
                field = box.findChild(QLineEdit)
                field.selectAll()
                type_text(field, EDITOR_COPY)
                QTest.keyClick(field, Qt.Key.Key_Return)

            self.while_modal("duplicate", lambda: click(dialog.buttons["duplicate"]), new_id)
            kind, entry = dialog.selected()
            assert (kind, entry.scenario_id) == ("own", EDITOR_COPY), (kind, entry)
            self.shot_over_window("23-editor-open", dialog, editor)
            click(dialog.buttons["open"])

        self.while_modal("open", lambda: click(editor.empty_open), in_open_dialog)
        assert editor.session is not None and not editor.session.read_only
        self.wait_for_checks(editor)

        # The decision in the outline; the form scrolled to its choices.
        outline = editor.outline
        target = outline.proxy.mapFromSource(outline.model.index_of(("nodes", EDITOR_NODE)))
        assert target.isValid()
        click_row(outline.tree, target)
        settle()
        form = editor.form
        assert form.form.root == ("nodes", EDITOR_NODE), form.form.root
        self.lay_out_again(editor)
        choices = self.field(editor, ("nodes", EDITOR_NODE, "choices"))
        self.scroll_form_to(editor, choices.frames[0])  # as the instructor would
        self.editor_shot("24-editor-forms", editor)

        # A choice added and written; its condition typed wrong: the error under the
        # field, the findings listed and counted; the error selected in the list.
        choice = self.add_choice(editor)
        condition = self.field(editor, (*choice, "if"), ConditionField)
        click(condition.edit)
        type_text(condition.edit, WRONG_CONDITION[self.language])
        self.wait_for_checks(editor)
        assert condition.message.isVisible(), "no error under the condition"
        findings = editor.findings
        error_row = next(
            row
            for row in range(findings.proxy.rowCount())
            if findings.model().index(row, 0).data(PATH_ROLE)[: len(choice) + 1] == (*choice, "if")
        )
        self.lay_out_again(editor)
        click_row(findings, findings.model().index(error_row, 2))
        settle()
        # The form shows the condition; scrolled on to the nearest field above it that
        # keeps the whole choice from there to the condition (and its button) in sight.
        offered_if = self.field(editor, (*choice, "if"))
        bottom = offered_if.mapTo(editor.form.form, QPoint(0, offered_if.height())).y()
        room = editor.form.scroller.viewport().height()
        for name in ("text", "rating", "feedback", "score", "effects"):
            top = self.field(editor, (*choice, name))
            if bottom - top.mapTo(editor.form.form, QPoint(0, 0)).y() + 8 <= room:
                self.scroll_form_to(editor, top)
                break
        self.editor_shot("25-editor-findings", editor)

        # The condition put right: the analysis of the scenario as it now plays, in a
        # panel made wider and taller (its separators dragged) to read it whole; the
        # decision's step of the best path clicked shows the decision in the form.
        condition = self.field(editor, (*choice, "if"), ConditionField)
        click(condition.edit)
        condition.edit.selectAll()
        type_text(condition.edit, RIGHT_CONDITION)
        self.wait_for_checks(editor)
        assert not condition.message.isVisible(), condition.message.text()
        wide, low = self.size[0] * 32 // 100, self.size[1] // 7
        editor.resizeDocks([editor.analysis_dock], [wide], Qt.Orientation.Horizontal)
        editor.resizeDocks([editor.findings_dock], [low], Qt.Orientation.Vertical)
        self.lay_out_again(editor)
        analysis = editor.analysis
        sections = [analysis.model.item(row) for row in range(analysis.model.rowCount())]
        step = next(  # only the best path lists the decision
            section.child(row)
            for section in sections
            for row in range(section.rowCount())
            if section.child(row).data(PATH_ROLE) == ("nodes", EDITOR_NODE)
        )
        click_row(analysis.view, step.index())
        self.editor_shot("26-editor-analysis", editor)

    def officers_played(self, key: str, attempts: int) -> None:
        """``attempts`` finished attempts at scenario ``key`` by the officers, for what
        officers chose: mostly the best path's choices, the others now and then, from a
        fixed seed (the same figures on every run)."""
        import random

        services = self.w.context.services
        entries = {e.key: e for e in self.w.context.library.load()}
        loaded = entries[key].result
        analysis = loaded.analysis
        assert analysis is not None and analysis.best_path is not None
        best = dict(zip(analysis.best_path, analysis.best_tokens or (), strict=False))
        officers = [services.store.find_profile(name) for name, _pin in PROFILES]
        chance = random.Random(2026)
        for number in range(attempts):
            profile = officers[number % len(officers)]
            active = services.play.start(
                profile, loaded, mode=Mode.PRACTICE, language=self.language
            )
            while not active.state.finished:
                node = active.engine.current_node(active.state)
                if isinstance(node, DecisionNode):
                    offered = [c.id for c in active.engine.offered(active.state)]
                    token = best.get(node.id)
                    if token not in offered or chance.random() > 0.6:
                        token = chance.choice(offered)
                    services.play.advance(active, token)
                elif isinstance(node, ChecklistNode):
                    ticked = [
                        item.id
                        for item in node.items
                        if chance.random() < (0.8 if item.correct else 0.2)
                    ]
                    services.play.advance(active, ",".join(ticked))
                elif isinstance(node, ReportNode):
                    ticked = [item.id for item in node.items if chance.random() < 0.7]
                    services.play.advance(active, ",".join(ticked), note=MAP_NOTE)
                else:
                    services.play.advance(active, "")

    def map_screens(self, editor: Any) -> None:
        """A shipped scenario's map, made wide: its best path marked, then what officers
        chose (the attempts of ``officers_played``)."""
        if editor.session is not None:
            editor.session.undo_stack.setClean()  # the copy's edit is not the point here
        file = editor.places.shipped_dir / MAP_SCENARIO / "scenario.yaml"
        assert editor.open_file(file)
        self.wait_for_checks(editor)
        editor.wide_map_action.trigger()  # View > Map in the whole window
        self.lay_out_again(editor)
        panel = editor.map
        # Close enough to read the cards: the first decisions, from the top.
        panel.view.set_zoom(MAP_ZOOM)
        first = panel.scene.cards[MAP_FIRST]
        panel.view.centerOn(first)
        panel.view.verticalScrollBar().setValue(
            panel.view.verticalScrollBar().value()
            + round(
                (first.sceneBoundingRect().top() - 40 - panel.view.mapToScene(0, 0).y()) * MAP_ZOOM
            )
        )
        panel.best_action.setChecked(True)
        panel.best_action.triggered.emit()
        settle(100)
        if self.wanted("27-editor-map"):
            self.editor_shot("27-editor-map", editor)
        panel.best_action.setChecked(False)
        panel.best_action.triggered.emit()
        panel.shares.action.trigger()
        for _ in range(50):  # the figures are read on the worker thread
            settle(40)
            if panel.shares.bar.isVisible() and any(
                edge.share_label for edge in panel.scene.edges.values()
            ):
                break
        else:
            raise SystemExit("the choice shares did not show")
        # Further down: a checklist's misses and the decisions after it.
        panel.view.set_zoom(MAP_SHARES_ZOOM)
        panel.view.centerOn(panel.scene.cards[MAP_SHARES_CARD])
        settle(100)
        if self.wanted("28-editor-shares"):
            self.editor_shot("28-editor-shares", editor)

    def pack_screens(self) -> None:
        """Profile › Scenario packs… with a trusted centre, an official and an unofficial
        scenario; then the check of an unsigned pack before it is installed."""
        from trainer import __version__
        from trainer.exchange.centre_keys import write_new_keys
        from trainer.exchange.trust_store import TrustStore
        from trainer.services.packs import ScenarioPacks

        w = self.w
        data_dir = w.context.data_dir
        work = data_dir.parent / f"packs-{self.language}"
        centre = write_new_keys(
            PACK_CENTRE,
            INSTRUCTOR_PASSWORD * 2,
            work / "centre",
            created_at="2026-12-01T09:00:00+00:00",
            scrypt_n=2**14,
        ).key
        TrustStore.for_data_dir(data_dir).add(centre.public)
        authoring = ScenarioPacks(shipped=work / "none", data_dir=work / "author", app_version="")
        made = {}
        for scenario_id, titles in PACK_SCENARIOS.items():
            folder = work / "authored" / scenario_id
            folder.mkdir(parents=True)
            text = (SHIPPED / "tutorial" / "scenario.yaml").read_text(encoding="utf-8")
            text = text.replace("\nid: tutorial\n", f"\nid: {scenario_id}\n", 1)
            for language, old in TUTORIAL_TITLES.items():
                text = text.replace(old, titles[language], 1)
            (folder / "scenario.yaml").write_text(text, encoding="utf-8")
            made[scenario_id] = work / f"{scenario_id}.zip"
            signer = centre if scenario_id == PACK_SIGNED else None
            authoring.export([str(folder)], made[scenario_id], signer=signer)
        station = ScenarioPacks(
            shipped=w._shipped_root(), data_dir=data_dir, app_version=__version__
        )
        station.import_pack(made[PACK_SIGNED])
        station.import_pack(made[PACK_UNOFFICIAL], confirmed_unofficial=True)
        self.sign_in_instructor()
        try:

            def in_dialog(dialog: QWidget) -> None:
                settle(200)
                table = dialog.table  # type: ignore[attr-defined]
                for row in range(table.topLevelItemCount()):
                    item = table.topLevelItem(row)
                    if item.text(1) in (PACK_SIGNED, "tutorial"):
                        item.setCheckState(0, Qt.CheckState.Checked)
                table.setCurrentItem(table.topLevelItem(table.topLevelItemCount() - 1))
                settle(100)
                self.shot_over_window("29-packs", dialog)

                def preview(box: QWidget) -> None:
                    settle(100)
                    self.shot_over_window("30-pack-preview", box)
                    box.reject()  # type: ignore[attr-defined]

                if self.wanted("30-pack-preview"):
                    self.while_modal(
                        "pack preview",
                        lambda: dialog.inspect(made[PACK_NEW]),  # type: ignore[attr-defined]
                        preview,
                    )
                dialog.reject()  # type: ignore[attr-defined]

            self.while_modal("packs", w.packs_action.trigger, in_dialog)
        finally:
            self.w.sign_out()
            settle()

    def scroll_form_to(self, editor: Any, widget: QWidget) -> None:
        """The form scrolled until ``widget`` (a field) is at its top."""
        form = editor.form
        form.scroller.verticalScrollBar().setValue(widget.mapTo(form.form, QPoint(0, 0)).y() - 6)
        settle()

    def lay_out_again(self, editor: Any) -> None:
        """The live checks caught up, and the window made narrower and wide again.

        Just after a form is built, a text box of it can show a vertical scroll bar it
        does not need (its whole text in sight); laying the form out again takes it away.
        """
        self.wait_for_checks(editor)
        editor.resize(editor.minimumWidth(), self.size[1])
        settle(100)
        editor.resize(*self.size)
        for _ in range(3):
            settle(100)

    def editor_shot(self, stem: str, editor: Any) -> None:
        """The editor as it is, once its checks have caught up."""
        self.wait_for_checks(editor)
        self.shot(stem, editor)

    def field(self, editor: Any, path: tuple[str | int, ...], kind: type | None = None) -> Any:
        """The form's field for ``path`` (of class ``kind``, where fields share a path); looked
        up again after each edit, as a form may be built again."""
        settle()
        for field in editor.form.ctx.fields:
            if field.path == path and (kind is None or isinstance(field, kind)):
                return field
        raise SystemExit(f"no field for {path}")

    def add_choice(self, editor: Any) -> tuple[str | int, ...]:
        """Add choice, then its id, texts, feedback (in Polish so far), next and a condition
        still empty; the new choice's path."""
        choices_path = ("nodes", EDITOR_NODE, "choices")
        section = self.field(editor, choices_path)
        click(section.add_button)
        choice = (*choices_path, section.count() - 1)
        ident = self.field(editor, (*choice, "id"))
        click(ident.edit)
        ident.edit.selectAll()
        type_text(ident.edit, NEW_CHOICE_ID)
        QTest.keyClick(ident.edit, Qt.Key.Key_Return)
        text = self.field(editor, (*choice, "text"))
        for language, words in NEW_CHOICE.items():
            click(text.editors[language])
            type_text(text.editors[language], words)
        feedback = self.field(editor, (*choice, "feedback"))
        click(feedback.editors["pl"])
        type_text(feedback.editors["pl"], NEW_FEEDBACK_PL)
        target = self.field(editor, (*choice, "next"))
        combo = target.target.combo
        combo.setFocus(Qt.FocusReason.TabFocusReason)  # tabbed to; the letters pick the node
        type_text(combo, NEW_CHOICE_NEXT)
        settle()
        assert editor.session.doc.get((*choice, "next")) == NEW_CHOICE_NEXT
        assert editor.session.doc.get((*choice, "id")) == NEW_CHOICE_ID
        offered_if = self.field(editor, (*choice, "if"))
        click(offered_if.toggle)
        self.wait_for_checks(editor)
        return choice

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

        # The scenario editor, opened by the instructor (signed out again after it).
        if any(self.wanted(stem) for stem in (*EDITOR_STEMS, *MAP_STEMS)):
            self.editor_screens()

        # Scenario packs: one installed from the centre's signed pack, one from a stick.
        if any(self.wanted(stem) for stem in PACK_STEMS):
            self.pack_screens()

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
EDITOR_STEMS = ("23-editor-open", "24-editor-forms", "25-editor-findings", "26-editor-analysis")
MAP_STEMS = ("27-editor-map", "28-editor-shares")
PACK_STEMS = ("29-packs", "30-pack-preview")
#: The training centre whose key the station trusts (an example name), and the packs'
#: scenarios: the tutorial under other ids and titles.
PACK_CENTRE = "Ośrodek Szkolenia (przykład)"
PACK_SIGNED = "synagogue-night-2027"
PACK_UNOFFICIAL = "tram-stop-draft"
PACK_NEW = "market-square-draft"
TUTORIAL_TITLES = {
    "pl": "Samouczek: wlepka na drzwiach domu kultury",
    "en": "Tutorial: a sticker on the community centre door",
}
PACK_SCENARIOS = {
    PACK_SIGNED: {
        "pl": "Synagoga nocą: wersja szkoleniowa 2027",
        "en": "The synagogue at night: 2027 training edition",
    },
    PACK_UNOFFICIAL: {"pl": "Wiata tramwajowa (szkic)", "en": "The tram shelter (draft)"},
    PACK_NEW: {"pl": "Spór na rynku (szkic)", "en": "A quarrel on the market square (draft)"},
}
#: The shipped scenario whose map is shown, and how many attempts officers made at it.
MAP_SCENARIO = "tutorial"
MAP_ATTEMPTS = 40
MAP_ZOOM = 0.75
MAP_FIRST = "welcome"  # the card the map shots start from, at the top
MAP_SHARES_ZOOM = 0.6
MAP_SHARES_CARD = "talk_olena"  # the middle of the choice shares' shot
MAP_NOTE = "Notatka służbowa: zgłoszenie, oględziny, zabezpieczenie śladów, świadkowie."
#: The case scenario the editor shots edit, in the instructor's own copy of it.
EDITOR_SCENARIO = "old-town-fight"
EDITOR_COPY = "old-town-fight-2027"
EDITOR_NODE = "aftercare"
#: Scenarios the instructor made earlier: one kept, one deleted to the trash.
EDITOR_OWN = ("stadium-chants", {"pl": "Przyśpiewki na stadionie", "en": "Chants at the stadium"})
EDITOR_TRASHED = (
    "tram-stop-graffiti",
    {"pl": "Napis na wiacie (szkic)", "en": "Graffiti at the tram stop (draft)"},
)
#: The choice the instructor adds to EDITOR_NODE: its text, its feedback written in Polish
#: so far, and a condition typed wrong (the variable's name as the label says it), put
#: right for the analysis.
NEW_CHOICE_ID = "call_tomorrow"
NEW_CHOICE = {
    "pl": "Mówię, że jutro zadzwonię i powiem, co dalej ze sprawą, i pytam, czy mogę "
    "zapisać jego numer.",
    "en": "I say I'll ring him tomorrow to tell him what happens next with the case, and "
    "ask if I may take his number.",
}
NEW_FEEDBACK_PL = (
    "Obietnica kontaktu buduje zaufanie, o ile jej dotrzymasz. Numer zapisz tylko za jego "
    "zgodą i powiedz, kto zadzwoni, jeśli ciebie nie będzie na służbie."
)
NEW_CHOICE_NEXT = "write_note"
WRONG_CONDITION = {"pl": "zaufanie >= 3", "en": "chinedu_trust >= 3"}
RIGHT_CONDITION = "trust >= 3"
# A search that finds nothing (17-search-empty).
EMPTY_SEARCH = {"pl": "lotnisko", "en": "airport"}
INSTRUCTOR_PASSWORD = "Szkolenie-Krakow-2026"


def _open_dialog_row(dialog: Any, kind: str, scenario_id: str) -> QModelIndex:
    """The row of ``scenario_id`` in the open dialog's group ``kind`` (own, shipped, trash)."""
    proxy = dialog.proxy
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        for row in range(proxy.rowCount(parent)):
            index = proxy.index(row, 0, parent)
            found, entry = index.data(OPEN_ENTRY_ROLE)
            if (found, entry.scenario_id) == (kind, scenario_id):
                return index
    raise SystemExit(f"{scenario_id} is not in the open dialog's {kind} group")


def click_row(view: QAbstractItemView, index: QModelIndex) -> None:
    """A click on the row of ``index`` in ``view`` (scrolled into sight first)."""
    view.scrollTo(index)
    settle(0)
    QTest.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


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
                    Path(f"data-{language}"),  # relative too: the editor shows its files' paths
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
