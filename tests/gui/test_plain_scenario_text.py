"""T24 across the whole app: scenario and profile text is never Qt rich text anywhere.

A scenario whose every text field (title, summary, node titles and texts, prompts,
choices, feedback, checklist items, cards, competency and variable labels, the
debrief) and a profile name hold ``<img src=…>`` and ``<a href=…>`` markup aimed at
canary files outside the scenario folder is played through every screen: library
(card tooltips, details), play (header title elided, its tooltip, cards, feedback,
checklist, pause), the "in progress" question, debrief, history, replay, the PDF
export, the trainer overview and the unlock message. On every screen each
widget's tooltip is shown (by hover help events on item views, ``QToolTip`` on the
rest), every label and message box is checked for raw markup shown as rich text,
and every file the process opens is recorded: an inotify ``IN_OPEN`` watch on the
canaries' folder sees Qt's C++ opens, and an audit hook sees every open made from
Python, which must stay inside the scenario folder, the data folder and the app's
own files.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import sysconfig
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QToolTip,
    QTreeView,
    QWidget,
)

from tests.gui.screens import settle, shown_window
from tests.gui.test_safe_text_and_images import OpenWatch, make_png
from tests.scenario_io.test_validation_rules import BASE
from trainer.domain.errors import TrainerError
from trainer.gui.player.card_dialog import CardDialog
from trainer.gui.player.page import ChoiceButton
from trainer.gui.widgets.tooltips import plain_tooltip

pytestmark = pytest.mark.gui

REPO_ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Zaq1-trener-2026"
PIN = "482915"

# --- recording Python's opens (Qt's own are seen by the inotify watch) ------------


@dataclass
class _Audit:
    recording: bool = False
    opened: list[str] = field(default_factory=list)


_AUDIT = _Audit()


def _audit_hook(event: str, args: tuple[Any, ...]) -> None:
    if event == "open" and _AUDIT.recording and args and isinstance(args[0], str | bytes):
        _AUDIT.opened.append(os.fsdecode(args[0]))


_HOOKED: list[bool] = []


@pytest.fixture
def python_opens() -> Iterator[list[str]]:
    """Every path opened from Python while the test runs (a hook cannot be removed, so one
    hook is installed per process and switched on and off)."""
    if not _HOOKED:
        sys.addaudithook(_audit_hook)
        _HOOKED.append(True)
    _AUDIT.opened = []
    _AUDIT.recording = True
    try:
        yield _AUDIT.opened
    finally:
        _AUDIT.recording = False


# --- the hostile scenario -------------------------------------------------------


@dataclass
class Place:
    outside: Path  # the canaries
    scenarios: Path
    folder: Path  # the scenario's own folder
    data: Path

    def payload(self, name: str) -> str:
        canary = self.outside / "canary.png"
        text_file = (self.outside / "canary.txt").as_uri()
        return (
            f'{name} <img src="{canary.as_uri()}"><img src="{canary}">'
            f'<img src="../../outside/canary.png"><a href="{text_file}">link</a> '
            f"<b>{name}</b> and a long tail so that a header has to shorten it"
        )

    @property
    def profile_name(self) -> str:
        return '<img src="canary.png"><b>Anna</b>'  # profile names stop at 80 characters

    @property
    def trainer_name(self) -> str:
        return '<img src="canary.png">Trener'


might_be_rich_text = QtGui.Qt.mightBeRichText  # how a tooltip or AutoText label decides

RAW_MARKUP = ('<img src="', '<a href="')


def _hostile(value: Any, place: Place, path: str = "") -> Any:
    """``value`` with every human-readable text replaced by a payload naming its place."""
    if isinstance(value, dict):
        if value and set(value) <= {"pl", "en"} and all(isinstance(v, str) for v in value.values()):
            return {language: place.payload(f"{path}.{language}") for language in value}
        return {key: _hostile(item, place, f"{path}.{key}") for key, item in value.items()}
    if isinstance(value, list):
        return [_hostile(item, place, f"{path}.{i}") for i, item in enumerate(value)]
    return value


def hostile_scenario(place: Place) -> dict[str, Any]:
    data = _hostile(json.loads(json.dumps(BASE)), place)
    data["id"] = "hostile"
    data["competencies"]["communication"] = {"label": {"pl": "x", "en": "x"}}
    data["competencies"] = _hostile(data["competencies"], place, "competencies")
    data["nodes"]["meh_end"]["debrief"] = {"pl": "", "en": ""}
    data["nodes"]["meh_end"] = _hostile(data["nodes"]["meh_end"], place, "meh_end")
    del data["nodes"]["ask"]["time_limit"], data["nodes"]["ask"]["on_timeout"]
    return data


@pytest.fixture
def place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Place:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "canary.png").write_bytes(make_png(8, 8))
    (outside / "canary.txt").write_text("CANARY: never shown\n", encoding="utf-8")
    scenarios = tmp_path / "scenarios"
    folder = scenarios / "hostile"
    folder.mkdir(parents=True)
    found = Place(outside, scenarios, folder, tmp_path / "data")
    (folder / "scenario.json").write_text(
        json.dumps(hostile_scenario(found), ensure_ascii=False, indent=1), encoding="utf-8"
    )
    monkeypatch.setenv("TRAINER_SCENARIOS_DIR", str(scenarios))
    # Relative URLs resolve against the working directory: make them reach the canary.
    monkeypatch.chdir(outside)
    return found


# --- looking at a screen as Qt would render it ----------------------------------------


def _rich(text: str, text_format: Qt.TextFormat) -> bool:
    return text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and might_be_rich_text(text)
    )


def _raw(text: str) -> bool:
    """Whether ``text`` holds the payload's markup unescaped."""
    return "canary" in text and any(tag in text for tag in RAW_MARKUP)


@dataclass
class Inspector:
    """Looks at every widget on screen; collects what would show markup as rich text."""

    watch: OpenWatch
    problems: list[str] = field(default_factory=list)
    screens: list[str] = field(default_factory=list)
    tooltips: int = 0
    opened: int = 0

    def look(self, where: str) -> None:
        self.screens.append(where)
        QApplication.processEvents()
        for widget in QApplication.allWidgets():
            self._label(where, widget)
            self._tooltip(where, widget)
            if isinstance(widget, QAbstractItemView):
                self._item_tooltips(where, widget)
        for top in QApplication.topLevelWidgets():
            if top.isVisible():
                top.grab()  # paint: anything rich would load its resources now
        QToolTip.hideText()
        QApplication.processEvents()
        opened = self.watch.opens()
        if len(opened) > self.opened:
            self.problems.append(f"{where}: Qt opened {opened[self.opened :]}")
            self.opened = len(opened)

    def _label(self, where: str, widget: QWidget) -> None:
        if isinstance(widget, QMessageBox):
            if _raw(widget.text()) and _rich(widget.text(), widget.textFormat()):
                self.problems.append(f"{where}: message box {widget.text()[:80]!r}")
        elif isinstance(widget, QLabel) and _raw(widget.text()):
            name = widget.objectName() or type(widget).__name__
            if _rich(widget.text(), widget.textFormat()):
                self.problems.append(f"{where}: label {name} {widget.text()[:80]!r}")

    def _tooltip(self, where: str, widget: QWidget) -> None:
        tip = widget.toolTip()
        if not tip:
            return
        if _raw(tip) and might_be_rich_text(tip):
            self.problems.append(f"{where}: tooltip of {type(widget).__name__} {tip[:80]!r}")
        if widget.isVisible():
            QToolTip.showText(widget.mapToGlobal(widget.rect().center()), tip, widget)
            self.tooltips += 1
            QApplication.processEvents()

    def _item_tooltips(self, where: str, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None:
            return
        if isinstance(view, QTreeView):
            view.expandAll()
        pending = [QModelIndex()]
        seen = 0
        while pending and seen < 400:
            parent = pending.pop()
            try:
                columns = model.columnCount(parent)
            except TypeError:  # a list model keeps these private: one column, no children
                columns = 1
            for row in range(min(model.rowCount(parent), 40)):
                for column in range(columns):
                    index = model.index(row, column, parent)
                    seen += 1
                    self._item_tooltip(where, view, index)
                    if column == 0 and columns > 1 and model.rowCount(index) > 0:
                        pending.append(index)

    def _item_tooltip(self, where: str, view: QAbstractItemView, index: QModelIndex) -> None:
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if isinstance(tip, str) and _raw(tip) and might_be_rich_text(tip):
            self.problems.append(f"{where}: item tooltip {tip[:80]!r}")
        rect = view.visualRect(index)
        if tip and view.isVisible() and view.viewport().rect().contains(rect.center()):
            # A hover: the view asks its delegate, which shows the real tooltip.
            point = rect.center()
            event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
            QApplication.sendEvent(view.viewport(), event)
            self.tooltips += 1
            QApplication.processEvents()


@pytest.fixture
def inspector(place: Place) -> Iterator[Inspector]:
    with OpenWatch(place.outside) as watch:
        yield Inspector(watch)


def _modal_looks(
    monkeypatch: pytest.MonkeyPatch, inspector: Inspector, qtbot: Any
) -> Callable[[QMessageBox.ButtonRole], None]:
    """Message boxes and card dialogs are shown and looked at instead of blocking."""
    answer: list[QMessageBox.ButtonRole] = [QMessageBox.ButtonRole.AcceptRole]

    def box_exec(box: QMessageBox) -> int:
        box.show()
        qtbot.waitExposed(box)
        inspector.look(f"message box {box.windowTitle()!r}")
        for button in box.buttons():
            if box.buttonRole(button) == answer[0]:
                button.click()
                break
        box.hide()
        return 0

    def dialog_exec(dialog: CardDialog) -> int:
        dialog.show()
        qtbot.waitExposed(dialog)
        inspector.look("knowledge card")
        dialog.reject()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    # The static helpers read their text as rich text when it looks like HTML: shown
    # the same way here (instead of blocking), so the look above judges them too.
    for name, icon in (
        ("information", QMessageBox.Icon.Information),
        ("warning", QMessageBox.Icon.Warning),
        ("critical", QMessageBox.Icon.Critical),
    ):

        def static(
            parent: QWidget | None, title: str, text: str, *_a: object, _icon: Any = icon
        ) -> QMessageBox.StandardButton:
            box_exec(QMessageBox(_icon, title, text, QMessageBox.StandardButton.Ok, parent))
            return QMessageBox.StandardButton.Ok

        monkeypatch.setattr(QMessageBox, name, static)
    monkeypatch.setattr(CardDialog, "exec", dialog_exec)

    def set_answer(role: QMessageBox.ButtonRole) -> None:
        answer[0] = role

    return set_answer


def _allowed_roots(place: Place) -> list[Path]:
    roots = {
        place.folder,
        place.data,
        place.outside.parent / "exports",  # where the officer saves a PDF
        REPO_ROOT,
        Path(sys.prefix),
        Path(sys.base_prefix),
        Path(sys.exec_prefix),
        Path("/dev"),
        Path("/proc"),
        Path("/sys"),
        Path("/etc"),  # time zone and locale data
        Path("/usr/share/zoneinfo"),
    }
    roots.update(Path(p) for p in sysconfig.get_paths().values())
    return [root.resolve() for root in roots]


def _outside_allowed(opened: list[str], place: Place) -> list[str]:
    roots = _allowed_roots(place)
    bad = []
    for name in opened:
        if os.sep not in name:
            continue  # not a file: an import hook's name for a path entry
        path = Path(name)
        if not path.is_absolute():
            path = Path.cwd() / path
        resolved = path.resolve()
        if resolved == place.scenarios.resolve():  # the library lists the folder
            continue
        if not any(resolved.is_relative_to(root) for root in roots):
            bad.append(name)
    return bad


def test_t24_no_screen_shows_scenario_or_profile_text_as_rich_text(
    qtbot: Any,
    place: Place,
    inspector: Inspector,
    python_opens: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    answer = _modal_looks(monkeypatch, inspector, qtbot)
    with shown_window(qtbot, place.data) as window:
        window.set_language("en")
        services = window.context.services
        officer = services.profiles.create(place.profile_name, secret=PIN)
        trainer = services.profiles.create(place.trainer_name, role="trainer", secret=PASSWORD)
        window.profiles.refresh()
        settle(qtbot)
        inspector.look("profiles")

        # Signing in asks for the PIN in a dialog whose label names the profile.
        labels: list[str] = []
        secrets = iter([PIN, PASSWORD])

        def get_text(_parent: object, _title: str, label: str, *a: object) -> tuple[str, bool]:
            labels.append(label)
            return next(secrets), True

        monkeypatch.setattr(QInputDialog, "getText", get_text)
        listed = window.profiles.profiles
        ids = [listed.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(listed.count())]
        listed.setCurrentRow(ids.index(officer.id))
        window.profiles.sign_in_button.click()

        # The library: the card (its tooltip is the summary) and the details.
        assert window.stack.currentWidget() is window.library
        window.library.list.setCurrentIndex(window.library.list.model().index(0, 0))
        settle(qtbot)
        card = window.library.current_card()
        assert card is not None and card.playable, card
        inspector.look("library")

        # Play: the first node with its card, then out to the library and back in
        # (the "in progress" question names the scenario), then on to the end.
        window.library.start_button.click()
        player = window.player
        assert window.stack.currentWidget() is player
        settle(qtbot)
        assert player.scenario_title.toolTip(), "the long title must be shortened"
        inspector.look("play: first node")
        for button in player.findChildren(QWidget):
            if isinstance(button, QPushButton) and button.text().startswith("ℹ"):
                button.click()  # a knowledge card
        player.leave_button.click()
        settle(qtbot)
        inspector.look("play: paused")
        if window.stack.currentWidget() is player:
            player.library_button.click() if player.paused.isVisible() else None
        window.show_library()
        settle(qtbot)
        inspector.look("library: in progress")
        answer(QMessageBox.ButtonRole.AcceptRole)  # resume
        window.library.start_button.click()
        settle(qtbot)
        assert window.stack.currentWidget() is player
        for step in range(30):
            settle(qtbot)
            inspector.look(f"play: step {step}")
            if window.stack.currentWidget() is not player:
                break
            choices = [b for b in player.findChildren(ChoiceButton) if b.isVisible()]
            checks = [b for b in player.findChildren(QCheckBox) if b.isVisible()]
            if choices and not player.feedback.isVisible():
                choices[0].click()
            else:
                if checks and not player.feedback.isVisible():
                    checks[0].click()
                player.primary.click()
        assert window.stack.currentWidget() is window.debrief
        settle(qtbot)
        inspector.look("debrief")

        # History, replay and the attempt's PDF.
        window.show_history()
        history = window.history
        qtbot.waitUntil(lambda: history.proxy.rowCount() >= 1, timeout=10_000)
        settle(qtbot)
        inspector.look("history")
        history.table.selectRow(0)
        history.replay_button.click()
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.replay, timeout=10_000)
        settle(qtbot)
        inspector.look("replay")
        (tmp_path / "exports").mkdir()
        window.export_attempt_pdf(window.replay.replay, tmp_path / "exports" / "attempt.pdf")
        inspector.look("attempt PDF")

        # The trainer: the overview and the unlock message (it names the profile).
        window.sign_out()
        signed = services.profiles.sign_in(trainer, PASSWORD)
        window.profiles.signed_in.emit(signed)
        assert window.overview.show_for(signed)
        window.stack.setCurrentWidget(window.overview)
        settle(qtbot)
        combo = window.overview.scenario_combo
        combo.setCurrentIndex(combo.count() - 1)
        settle(qtbot)
        for tabs in window.overview.findChildren(QTabWidget):
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                settle(qtbot)
                inspector.look(f"overview: tab {tab}")
        inspector.look("overview")
        for _ in range(5):
            with contextlib.suppress(TrainerError):  # the wrong PIN is the point
                services.profiles.sign_in(officer, "999999")
        monkeypatch.setattr(
            QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[0], True)
        )
        window.unlock_action.trigger()
        settle(qtbot)
        assert len(labels) == 2
        inspector.problems.extend(f"password dialog label {x!r}" for x in labels if _raw(x))

    assert inspector.tooltips > 10, "the walk must really show tooltips"
    assert "message box" in " ".join(inspector.screens)
    assert inspector.problems == [], "\n".join(inspector.problems)
    outside = _outside_allowed(python_opens, place)
    assert outside == [], outside
    canaries = [p for p in python_opens if Path(p).name.startswith("canary")]
    assert canaries == []


def test_t24_no_static_message_box_helper_is_used() -> None:
    """``QMessageBox.warning`` and friends read their text as rich text when it looks like
    HTML; the app uses ``show_plain_message`` (or a box pinned to plain text) instead."""
    static = re.compile(r"QMessageBox\.(warning|information|critical|question)\(")
    found = [
        f"{path.relative_to(REPO_ROOT)}:{number}"
        for path in sorted((REPO_ROOT / "trainer" / "gui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if static.search(line)
    ]
    assert found == []


class _CountingDocument(QTextDocument):
    """A text document that records every resource it is asked to load."""

    def __init__(self) -> None:
        super().__init__()
        self.requested: list[str] = []

    def loadResource(self, kind: int, name: Any) -> Any:
        self.requested.append(str(name))
        return super().loadResource(kind, name)


@settings(max_examples=200, deadline=None)
@given(
    text=st.lists(
        st.sampled_from([*"<>&;\"'/= \nabcimgsrc:.ąż", '<img src="canary.png">', "&amp;", "<p>"]),
        max_size=80,
    ).map("".join)
)
def test_t24_a_plain_tooltip_shows_any_text_verbatim_and_loads_nothing(
    qapp: Any, text: str
) -> None:
    """Whatever the text, the tooltip renders to exactly that text, with no resource asked."""
    document = _CountingDocument()
    document.setHtml(plain_tooltip(text))
    assert document.toPlainText().strip("\n") == text.strip("\n")  # a table adds breaks
    assert document.requested == []
    assert (plain_tooltip(text) == "") == (text.strip("\n") == "")


@pytest.mark.parametrize(
    "text",
    [
        "Samouczek: wlepka na drzwiach domu kultury",
        "word " * 60 + '<img src="canary.png"> & <b>bold</b>\n\n' + "second paragraph " * 10,
    ],
)
def test_t24_short_tooltips_stay_on_one_line_and_long_ones_wrap(qapp: Any, text: str) -> None:
    document = _CountingDocument()
    document.setHtml(plain_tooltip(text))
    assert document.toPlainText().strip("\n") == text
    assert document.requested == []
    long = len(text) > 90
    assert ("pre-wrap" in plain_tooltip(text)) == long
