"""Report nodes in the trainer overview, the PDFs and the CSV files (issue 14, point 3):
the items most often missing from the notes, the note as written, and every point
from a report marked self-assessed."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.report_support import REPORT_SCENARIO, play_to_report
from trainer.domain.model import Mode
from trainer.gui.context import GuiContext
from trainer.gui.overview.page import TrainerOverviewPage
from trainer.gui.reports.attempt_pdf import (
    NOTE_PIECE_CHARS,
    feedback_by_seq,
    note_parts,
    write_attempt_pdf,
)
from trainer.gui.reports.layout import ReportPage, pdf_page_count
from trainer.gui.reports.overview_pdf import write_overview_pdf
from trainer.gui.settings import UiSettings
from trainer.gui.tasks import TaskRunner
from trainer.scenario_io.reader import load_scenario
from trainer.services.context import Services, open_services
from trainer.services.library import LibraryService
from trainer.services.profiles import TRAINER
from trainer.services.replay import ReplayService
from trainer.services.reports import SELF_ASSESSED, ReportService
from trainer.storage.records import ProfileRecord

pytestmark = pytest.mark.gui

LONG_NOTE = " ".join(f"zdanie{n}" for n in range(1200))  # one line, over two pages of text
ANSWERS = [("Anna", ["motive", "words"]), ("Jan", ["motive"]), ("Ewa", [])]


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=10)
        return self.now


@dataclass
class World:
    services: Services
    trainer: ProfileRecord
    attempts: dict[str, str]  # name -> attempt id


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("report-exports")
    services = open_services(root / "data", clock=Clock(), single_instance=False)
    loaded = load_scenario(REPORT_SCENARIO)
    trainer = services.profiles.create("Trener Tomasz", TRAINER, "Trener-Haslo-2026!")
    attempts = {}
    for name, ticked in ANSWERS:
        officer = services.profiles.create(name)
        active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="en")
        play_to_report(services.play, active)
        note = LONG_NOTE if name == "Anna" else f"Notatka: {name} była na miejscu."
        services.play.submit_report(active, note, ticked)
        attempts[name] = active.attempt_id
    yield World(services, trainer, attempts)
    services.close(backup=False)


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every paragraph a PDF draws, in order."""
    texts: list[str] = []
    original = ReportPage.text

    def text(self: ReportPage, value: str, **kwargs: object) -> None:
        texts.append(value)
        original(self, value, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ReportPage, "text", text)
    return texts


@pytest.fixture
def page(qtbot, world: World, tmp_path: Path) -> TrainerOverviewPage:
    settings = UiSettings(tmp_path / "settings.json")
    settings.language = "en"
    context = GuiContext(
        services=world.services,
        library=LibraryService([]),
        runner=TaskRunner(synchronous=True),
        settings=settings,
        data_dir=tmp_path,
    )
    widget = TrainerOverviewPage(context)
    qtbot.addWidget(widget)
    return widget


def test_the_attempt_pdf_has_the_note_as_written_and_marks_the_points_self_assessed(
    qapp, world: World, tmp_path: Path, drawn: list[str]
) -> None:
    attempt = world.attempts["Anna"]
    report = ReportService(world.services.store).attempt_report(attempt, viewer=world.trainer)
    (answer,) = [a for a in report.answers if a.self_assessed]
    assert answer.note == LONG_NOTE and answer.points == 2
    replay = ReplayService(world.services.store).replay(attempt, viewer=world.trainer)
    target = write_attempt_pdf(
        report, tmp_path / "a.pdf", language="en", feedback=feedback_by_seq(replay)
    )
    assert pdf_page_count(target.read_bytes()) >= 3  # the long note runs over pages
    details = next(t for t in drawn if t.startswith("self-assessed · "))
    assert details == "self-assessed · +2 points · in the note: 2 of 3 items"
    start = drawn.index("The note as written:")
    pieces = drawn[start + 1 : start + 1 + len(note_parts(LONG_NOTE))]
    assert " ".join(pieces) == LONG_NOTE  # all of it, in pieces that fit a page
    assert all(len(p) <= NOTE_PIECE_CHARS for p in pieces)
    # The feedback of the item not ticked, as for a checklist's missed item.
    assert any("Witnesses confirm the words." in t for t in drawn)
    # Not a rating of the scenario's: the decision before it keeps its own.
    assert any(t.startswith("★") for t in drawn)

    drawn.clear()
    write_attempt_pdf(report, tmp_path / "a-pl.pdf", language="pl")
    assert any(t.startswith("samoocena · ") for t in drawn)
    assert "Notatka w oryginalnym brzmieniu:" in drawn


def test_note_parts_keep_lines_and_cut_long_ones_at_a_space() -> None:
    assert note_parts("") == [" "]
    assert note_parts("a\n\nb") == ["a", " ", "b"]
    long = "x" * (NOTE_PIECE_CHARS + 5)
    assert note_parts(long) == ["x" * NOTE_PIECE_CHARS, "xxxxx"]  # no space: cut anyway
    words = note_parts(LONG_NOTE)
    assert len(words) > 1 and " ".join(words) == LONG_NOTE


def test_the_overview_lists_the_items_most_often_missing_from_the_notes(
    page: TrainerOverviewPage, world: World, tmp_path: Path, drawn: list[str]
) -> None:
    page.show_for(world.trainer)
    model = page.notes_model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert rows == [
        [
            "Witnesses and their details",
            "Official note",
            "100%",
            "3 / 3",
            "The note after the call",
        ],
        [
            "The offender's exact words",
            "Official note",
            "67%",
            "2 / 3",
            "The note after the call",
        ],
        [
            "The possible bias motive described",
            "Official note",
            "33%",
            "1 / 3",
            "The note after the call",
        ],
    ]
    horizontal = Qt.Orientation.Horizontal
    headers = [model.headerData(c, horizontal) for c in range(model.columnCount())]
    assert "Share (self-assessed)" in headers
    tab = page.tabs.indexOf(page.notes_view)
    assert page.tabs.tabText(tab) == "Missing from notes (self-assessed)"

    write_overview_pdf(page.overview, tmp_path / "overview.pdf", language="en")
    heading = drawn.index("Most often missing from the notes (self-assessed)")
    assert drawn[heading + 1].startswith("• Witnesses and their details — ")
    assert drawn[heading + 1].endswith("(3/3)")

    choices = tmp_path / "choices.csv"
    page.export_choices_csv(choices)
    with choices.open(encoding="utf-8-sig", newline="") as handle:
        listed = [r for r in csv.DictReader(handle) if r["node"] == "note"]
    assert [(r["choice"], r["rating"], r["count"]) for r in listed] == [
        ("motive", SELF_ASSESSED, "2"),
        ("words", SELF_ASSESSED, "1"),
        ("witnesses", SELF_ASSESSED, "0"),
    ]
    attempts = tmp_path / "attempts.csv"
    page.export_attempts_csv(attempts)
    with attempts.open(encoding="utf-8-sig", newline="") as handle:
        by_id = {r["id"]: r for r in csv.DictReader(handle)}
    assert [by_id[world.attempts[n]]["self_assessed_points"] for n, _t in ANSWERS] == [
        "2",
        "1",
        "0",
    ]


def test_the_history_chart_marks_competencies_scored_partly_by_reports(qapp, world: World) -> None:
    from trainer.gui.history.page import chart_series

    anna = world.services.store.find_profile("Anna")
    assert anna is not None
    report = ReportService(world.services.store).history_report(anna, viewer=anna, language="en")
    marked = {t.competency: t.self_assessed for t in report.trends}
    assert marked == {"legal_procedure": True, "communication": False}
    names = sorted(s.name for s in chart_series(report)[0])
    assert names == ["Communication and de-escalation", "Legal procedure (partly self-assessed)"]
