"""The trainer overview page and the PDF reports, on attempts played with the real services.

Attempts at the tutorial are played through PlayService by several officers and a
trainer on days a fake clock sets; the test keeps its own tally of every decision
and checks the page's models, the CSV exports and the PDFs against it.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog

from trainer.domain.model import ChecklistNode, DecisionNode, Mode, ReportNode, SceneNode
from trainer.gui.context import GuiContext
from trainer.gui.overview.page import (
    COUNT_ROLE,
    ROW_ROLE,
    ChoiceTreeModel,
    TrainerOverviewPage,
)
from trainer.gui.reports.pdf import (
    ReportWriteError,
    feedback_by_seq,
    pdf_page_count,
    pdf_title,
    shorten,
    write_attempt_pdf,
    write_history_pdf,
)
from trainer.gui.settings import UiSettings
from trainer.gui.tasks import TaskRunner
from trainer.scenario_io.reader import LoadResult, load_scenario
from trainer.services.context import Services, open_services
from trainer.services.library import LibraryService
from trainer.services.overview import ChoiceCount, DecisionSummary, ScenarioOverview
from trainer.services.profiles import TRAINER
from trainer.services.records import ProfileRecord
from trainer.services.replay import ReplayService
from trainer.services.reports import CHOICE_COLUMNS, ReportService

pytestmark = pytest.mark.gui

TUTORIAL = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial"
UTC = dt.UTC
PATHS = {
    "best": [
        "keep_and_come",
        "symbol,slogan,place,perception",
        "listen_first",
        "calm_boundary",
        "hate_flag",
        "motive,words,witnesses,needs",
        "club_meeting",
    ],
    "poor": [
        "just_remove",
        "symbol,overnight",
        "minimise",
        "agree_soft",
        "minor_only",
        "",
        "close_file",
    ],
    "mixed": [
        "photo_then_remove",
        "symbol,slogan,posters",
        "facts_only",
        "timeout",
        "handover",
        "motive,words",
        "leave_card",
    ],
}
MANY = 24  # attempts of one officer: the history PDF runs over several pages


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class Played:
    attempt_id: str
    profile_id: str
    day: dt.date
    choices: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class World:
    services: Services
    clock: FakeClock
    loaded: LoadResult
    anna: ProfileRecord
    jan: ProfileRecord
    ewa: ProfileRecord
    piotr: ProfileRecord
    trainer: ProfileRecord
    played: list[Played] = field(default_factory=list)

    def play(
        self, profile: ProfileRecord, path: str, *, day: int, mode: Mode = Mode.PRACTICE
    ) -> Played:
        self.clock.now = dt.datetime(2026, 3, day, 12, 0, tzinfo=UTC)
        play = self.services.play
        active = play.start(profile, self.loaded, mode=mode, language="pl")
        record = Played(active.attempt_id, profile.id, self.clock.now.date())
        tokens = iter(PATHS[path])
        while not active.state.finished:
            node = active.engine.current_node(active.state)
            token = ""
            if not isinstance(node, SceneNode):
                token = next(tokens)
                if isinstance(node, DecisionNode):
                    record.choices.append((node.id, token))
                else:
                    assert isinstance(node, ChecklistNode | ReportNode)
            self.clock.now += dt.timedelta(seconds=20)
            play.advance(active, token, elapsed_ms=4000)
        self.played.append(record)
        return record

    def tally(self, start: dt.date | None = None, end: dt.date | None = None) -> Counter[str]:
        """``node/choice`` -> how often it was chosen in the period."""
        return Counter(
            f"{node}/{choice}"
            for p in self.played
            if (start is None or p.day >= start) and (end is None or p.day <= end)
            for node, choice in p.choices
        )


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("overview")
    clock = FakeClock()
    services = open_services(root / "data", clock=clock, single_instance=False)
    loaded = load_scenario(TUTORIAL)
    assert loaded.playable
    profiles = services.profiles
    w = World(
        services=services,
        clock=clock,
        loaded=loaded,
        anna=profiles.create("Anna Łęcka"),
        jan=profiles.create("Jan Kowalski"),
        ewa=profiles.create("Ewa Żółtowska"),
        piotr=profiles.create("Piotr Wiśniewski"),
        trainer=profiles.create("Trener Tomasz", TRAINER, "Trener-Haslo-2026!"),
    )
    w.play(w.anna, "best", day=1)
    w.play(w.jan, "poor", day=2)
    w.play(w.ewa, "best", day=3)
    w.play(w.trainer, "mixed", day=4)
    w.play(w.anna, "poor", day=5, mode=Mode.ASSESSMENT)
    for n in range(MANY):
        w.play(w.piotr, ("best", "poor", "mixed")[n % 3], day=6 + n % 20)
    yield w
    services.close(backup=False)


@pytest.fixture
def page(qtbot, world: World, tmp_path: Path) -> TrainerOverviewPage:
    settings = UiSettings(tmp_path / "settings.json")
    settings.language = "pl"
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


def shown_counts(model: ChoiceTreeModel, scenario_id: str) -> Counter[str]:
    """``node/choice`` -> count, as the tree shows it under ``scenario_id`` (zeros left out)."""
    counts: Counter[str] = Counter()
    for s in range(model.rowCount()):
        top = model.index(s, 0)
        scenario = model.data(top, ROW_ROLE)
        assert isinstance(scenario, ScenarioOverview)
        if scenario.scenario_id != scenario_id:
            continue
        for d in range(model.rowCount(top)):
            decision_index = model.index(d, 0, top)
            decision = model.data(decision_index, ROW_ROLE)
            assert isinstance(decision, DecisionSummary)
            total = 0
            for c in range(model.rowCount(decision_index)):
                choice_index = model.index(c, 0, decision_index)
                choice = model.data(choice_index, ROW_ROLE)
                assert isinstance(choice, ChoiceCount)
                count = model.data(choice_index, COUNT_ROLE)
                total += count
                if count:
                    counts[f"{decision.node_id}/{choice.choice_id}"] = count
                share = model.data(model.index(c, 2, decision_index), Qt.ItemDataRole.DisplayRole)
                assert share.endswith("%") or share == "–"
            assert model.data(decision_index, COUNT_ROLE) == total == decision.answers
    return counts


# -- the overview page ------------------------------------------------------------------------


def test_choice_counts_match_the_seeded_attempts(page: TrainerOverviewPage, world: World) -> None:
    assert page.show_for(world.trainer)
    assert page.overview is not None
    assert page.overview.attempts == len(world.played)
    expected = world.tally()
    assert expected["phone_call/keep_and_come"] == 2 + MANY // 3
    assert shown_counts(page.choices_model, "tutorial") == expected

    # A date range: 2–4 March holds Jan's, Ewa's and the trainer's attempts only.
    page.set_period(dt.date(2026, 3, 2), dt.date(2026, 3, 4))
    assert page.overview.attempts == 3
    in_range = world.tally(dt.date(2026, 3, 2), dt.date(2026, 3, 4))
    assert in_range["phone_call/keep_and_come"] == 1
    assert in_range["phone_call/just_remove"] == 1
    assert shown_counts(page.choices_model, "tutorial") == in_range

    # One end open: from 6 March on, only Piotr played.
    page.set_period(dt.date(2026, 3, 6), None)
    assert page.overview.attempts == MANY
    assert shown_counts(page.choices_model, "tutorial") == world.tally(dt.date(2026, 3, 6))

    # The scenario filter offers the tutorial and keeps the counts.
    page.set_period(None, None)
    assert page.scenario_combo.findData("tutorial") > 0
    page.set_scenario("tutorial")
    assert page.scenario_id() == "tutorial"
    assert page.overview.scenario_id == "tutorial"
    assert shown_counts(page.choices_model, "tutorial") == expected


def test_profiles_table_sorts_and_filters(page: TrainerOverviewPage, world: World) -> None:
    page.show_for(world.trainer)
    model, proxy = page.profiles_model, page.profiles_proxy
    assert model.rowCount() == 5
    proxy.sort(1, Qt.SortOrder.DescendingOrder)  # attempts, most first
    first = proxy.data(proxy.index(0, 0), ROW_ROLE)
    assert first.profile_id == world.piotr.id
    assert proxy.data(proxy.index(0, 1)) == str(MANY)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    names = [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    page.search.setText("łęc")
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, 0)) == "Anna Łęcka"
    anna = proxy.data(proxy.index(0, 0), ROW_ROLE)
    assert anna.attempts == 2
    assert proxy.data(proxy.index(0, 5)).endswith("%")  # average (after the status counts)


def test_models_pass_the_model_tester(qtmodeltester, page: TrainerOverviewPage, world) -> None:
    page.show_for(world.trainer)
    for model in (
        page.profiles_model,
        page.profiles_proxy,
        page.choices_model,
        page.choices_proxy,
        page.items_model,
        page.items_proxy,
        page.endings_model,
        page.endings_proxy,
        page.competencies_model,
        page.competencies_proxy,
    ):
        assert model.rowCount(QModelIndex()) > 0
        qtmodeltester.check(model)
    # The sections beside the choice counts are filled from the same overview.
    assert page.items_model.rowCount() > 0  # the poor path misses indicators
    endings = sum(
        page.endings_model.row_object(r).count for r in range(page.endings_model.rowCount())
    )
    assert endings == len(world.played)


def test_an_officer_is_refused(qtbot, page: TrainerOverviewPage, world: World) -> None:
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        assert page.show_for(world.anna) is False
    assert page.overview is None
    assert page.profiles_model.rowCount() == 0
    assert page.notice is not None and page.notice.isVisible()
    assert page.notice.text()
    page.notice.close()

    # A stale record claiming the trainer role is refused by the service's own check.
    forged = dataclasses.replace(world.jan, role=TRAINER)
    with qtbot.waitSignal(page.back_requested, timeout=1000):
        assert page.show_for(forged) is False
    assert page.overview is None
    page.notice.close()


def test_csv_exports_parse_back(page: TrainerOverviewPage, world: World, tmp_path: Path) -> None:
    page.show_for(world.trainer)
    assert page.overview is not None
    choices = tmp_path / "choices.csv"
    written = page.export_choices_csv(choices)
    with choices.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    options = sum(len(d.choices) for s in page.overview.scenarios for d in s.decisions)
    items = sum(len(r.items) for s in page.overview.scenarios for r in s.reports)
    assert items > 0  # the tutorial's note: one row per item, rated self-assessed
    assert written == len(rows) == options + items
    assert tuple(rows[0]) == CHOICE_COLUMNS
    keep = next(r for r in rows if r["node"] == "phone_call" and r["choice"] == "keep_and_come")
    assert int(keep["count"]) == world.tally()["phone_call/keep_and_come"]

    page.set_period(dt.date(2026, 3, 1), dt.date(2026, 3, 5))
    attempts = tmp_path / "attempts.csv"
    assert page.export_attempts_csv(attempts) == 5
    with attempts.open(encoding="utf-8-sig", newline="") as handle:
        listed = list(csv.DictReader(handle))
    assert len(listed) == 5
    assert {r["id"] for r in listed} == {p.attempt_id for p in world.played[:5]}
    assert sum(r["profile"] == "Anna Łęcka" for r in listed) == 2


def test_overview_pdf_and_a_bad_path(
    page: TrainerOverviewPage, world: World, tmp_path: Path, monkeypatch
) -> None:
    page.show_for(world.trainer)
    target = page.export_pdf(tmp_path / "overview.pdf")
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_page_count(data) >= 1
    assert "overview" in (pdf_title(data) or "")

    # Through the button: a folder that does not exist gives a message, not a traceback.
    bad = tmp_path / "missing" / "overview.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(bad), ""))
    page.pdf_button.click()
    assert not bad.exists()
    assert page.notice is not None and page.notice.isVisible()
    assert "missing" in page.notice.text()
    page.notice.close()
    page.choices_csv_button.click()
    assert page.notice.isVisible()
    page.notice.close()


# -- PDF reports ------------------------------------------------------------------------------


def test_attempt_pdf_names_the_scenario_version(world: World, tmp_path: Path) -> None:
    attempt = world.played[0].attempt_id
    report = ReportService(world.services.store).attempt_report(attempt, viewer=world.trainer)
    replay = ReplayService(world.services.store).replay(attempt, viewer=world.trainer)
    feedback = feedback_by_seq(replay)
    assert feedback  # practice mode: every choice has its feedback
    target = write_attempt_pdf(report, tmp_path / "attempt.pdf", language="pl", feedback=feedback)
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_page_count(data) >= 1
    title = pdf_title(data)
    assert title is not None
    assert (report.scenario_id, report.version) == ("tutorial", 1)
    assert "tutorial v1" in title
    assert report.scenario_title in title  # Polish letters survive the Info dictionary
    assert b"DejaVu" in data  # the app font is embedded
    assert not list(tmp_path.glob("*.tmp-*"))  # written atomically, nothing left behind

    # The same attempt again over the old file, then to paths that cannot be written.
    write_attempt_pdf(report, target, language="en")
    assert target.read_bytes().startswith(b"%PDF")
    with pytest.raises(ReportWriteError, match="missing"):
        write_attempt_pdf(report, tmp_path / "missing" / "a.pdf", language="pl")
    with pytest.raises(ReportWriteError):
        write_attempt_pdf(report, tmp_path, language="pl")


def test_history_pdf_of_many_attempts_runs_over_pages(world: World, tmp_path: Path) -> None:
    reports = ReportService(world.services.store)
    report = reports.history_report(world.piotr, viewer=world.piotr, language="pl")
    assert len(report.lines) == MANY
    target = write_history_pdf(report, tmp_path / "history.pdf", language="pl")
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_page_count(data) > 1
    title = pdf_title(data) or ""
    assert world.piotr.id in title and "Piotr Wiśniewski" in title

    short = reports.history_report(world.ewa, viewer=world.ewa, language="pl")
    data = write_history_pdf(short, tmp_path / "ewa.pdf", language="en").read_bytes()
    assert pdf_page_count(data) >= 1


def test_shorten_cuts_at_a_word() -> None:
    assert shorten("**Dobrze.** To   jest\nkrótkie.") == "Dobrze. To jest krótkie."
    long = "słowo " * 100
    cut = shorten(long, 50)
    assert len(cut) <= 50 and cut.endswith("…") and "  " not in cut
    assert shorten(None) == ""
