"""My history and the replay of past attempts (issue 6: items 1, 2 and 5).

Attempts are played with the real PlayService on a copy of the tutorial and on
liturgy-interrupted, on days a fake clock sets; the tutorial copy is then edited
(new wording, version 2) so the replay must come from the stored snapshot.
"""

from __future__ import annotations

import datetime as dt
import shutil
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from trainer.domain.model import Mode, SceneNode
from trainer.gui.context import GuiContext
from trainer.gui.history.model import (
    DATE,
    OVERALL,
    PAGE_SIZE,
    TITLE,
    UNFINISHED,
    AttemptFilterModel,
    AttemptTableModel,
)
from trainer.gui.history.page import HistoryPage
from trainer.gui.history.replay_page import ReplayPage
from trainer.gui.settings import UiSettings
from trainer.gui.tasks import TaskRunner
from trainer.gui.widgets.chart import ChartSeries, LineChart
from trainer.gui.words import RATING_STYLE, rating_word
from trainer.scenario_io.reader import LoadResult, load_scenario
from trainer.services.context import Services, open_services
from trainer.services.errors import ProfileError
from trainer.services.library import LibraryService
from trainer.services.profiles import TRAINER
from trainer.services.records import ProfileRecord
from trainer.services.replay import ReplayService
from trainer.services.reports import ReportService

pytestmark = pytest.mark.gui

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
#: Version 1 of liturgy-interrupted, kept as it was: these tests play fixed choices through
#: it, so the shipped scenario's revisions must not change them.
FROZEN = Path(__file__).resolve().parents[1] / "scenarios" / "frozen"
TUTORIAL_BEST = [
    "keep_and_come",
    "symbol,slogan,place,perception",
    "listen_first",
    "calm_boundary",
    "hate_flag",
    "motive,words,witnesses,needs",
    "club_meeting",
]
TUTORIAL_POOR = [
    "just_remove",
    "symbol,overnight",
    "minimise",
    "agree_soft",
    "minor_only",
    "",
    "close_file",
]
TUTORIAL_MIXED = [
    "photo_then_remove",
    "symbol,slogan,posters",
    "facts_only",
    "timeout",
    "handover",
    "motive,words",
    "leave_card",
]
LITURGY_MIXED = [
    "alone_quietly",
    "quiet_order",
    "id_and_wait",
    "come_tomorrow",
    "slogans,flag,filming",
    "religious_only",
    "card_contact",
]
OLD_TITLE_PL = "Co odpowiadasz?"
NEW_TITLE_PL = "Co jej odpowiadasz?"
PASSWORD = "Trener-Haslo-2026!"
BIG_HISTORY = 10_000


class FakeClock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class World:
    services: Services
    clock: FakeClock
    folder: Path
    loaded: dict[str, LoadResult]
    anna: ProfileRecord
    jan: ProfileRecord
    trainer: ProfileRecord
    ids: dict[str, str] = field(default_factory=dict)

    def play(
        self,
        name: str,
        profile: ProfileRecord,
        scenario: str,
        tokens: list[str],
        *,
        at: dt.datetime,
        mode: Mode = Mode.PRACTICE,
        language: str = "pl",
        cards: dict[str, list[str]] | None = None,
    ) -> str:
        self.clock.now = at
        play = self.services.play
        active = play.start(profile, self.loaded[scenario], mode=mode, language=language)
        pending = iter(tokens)
        while not active.state.finished:
            node = active.engine.current_node(active.state)
            token = ""
            if not isinstance(node, SceneNode):
                next_token = next(pending, None)
                if next_token is None:
                    break  # left unfinished
                token = next_token
                for card in (cards or {}).get(node.id, []):
                    play.open_card(active, card)
            self.clock.now += dt.timedelta(seconds=30)
            play.advance(active, token, elapsed_ms=4200)
        self.ids[name] = active.attempt_id
        return active.attempt_id


def day(d: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, 3, d, hour, 0, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("history")
    folder = root / "scenarios" / "tutorial"
    shutil.copytree(SCENARIOS / "tutorial", folder)
    clock = FakeClock()
    services = open_services(root / "data", clock=clock, single_instance=False)
    loaded = {
        "tutorial": load_scenario(folder),
        "liturgy": load_scenario(FROZEN / "liturgy-interrupted"),
    }
    assert all(v.playable for v in loaded.values())
    w = World(
        services=services,
        clock=clock,
        folder=folder,
        loaded=loaded,
        anna=services.profiles.create("Anna Nowak"),
        jan=services.profiles.create("Jan Kowalski"),
        trainer=services.profiles.create("Trener Tomasz", TRAINER, PASSWORD),
    )
    # Dates and scores in different orders, so the two sorts can be told apart.
    w.play(
        "mixed",
        w.anna,
        "tutorial",
        TUTORIAL_MIXED,
        at=day(1),
        cards={"phone_call": ["evidence_first"]},
    )
    w.play("best", w.anna, "tutorial", TUTORIAL_BEST, at=day(2))
    w.play(
        "poor", w.anna, "tutorial", TUTORIAL_POOR, at=day(3), mode=Mode.ASSESSMENT, language="en"
    )
    w.play("unfinished", w.anna, "tutorial", TUTORIAL_BEST[:3], at=day(4))
    w.play("liturgy", w.anna, "liturgy", LITURGY_MIXED, at=day(5), mode=Mode.ASSESSMENT)
    w.play("jan", w.jan, "tutorial", TUTORIAL_BEST, at=day(6))

    # The tutorial file is edited afterwards: new wording, version 2.
    file = folder / "scenario.yaml"
    text = file.read_text(encoding="utf-8")
    for old, new in ((OLD_TITLE_PL, NEW_TITLE_PL), ("\nversion: 1\n", "\nversion: 2\n")):
        assert text.count(old) == 1
        text = text.replace(old, new)
    file.write_text(text, encoding="utf-8")
    edited = load_scenario(folder)
    assert edited.playable and edited.scenario is not None and edited.scenario.version == 2
    yield w
    services.close(backup=False)


def gui_context(services: Services, data_dir: Path) -> GuiContext:
    return GuiContext(
        services=services,
        library=LibraryService([]),
        runner=TaskRunner(synchronous=True),
        settings=UiSettings(data_dir / "settings.json"),
        data_dir=data_dir,
    )


@pytest.fixture
def page(qtbot, world: World, tmp_path: Path) -> HistoryPage:
    widget = HistoryPage(gui_context(world.services, tmp_path))
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def by_days(world: World, *names: str) -> list[str]:
    return [world.ids[n] for n in names]


# -- the table ----------------------------------------------------------------------------


def test_table_shows_the_profiles_attempts_newest_first(page: HistoryPage, world: World) -> None:
    with_signal = []
    page.history_loaded.connect(with_signal.append)
    page.show_for(world.anna)
    assert with_signal == [5]
    assert page.visible_attempt_ids() == by_days(
        world, "liturgy", "unfinished", "poor", "best", "mixed"
    )
    assert world.ids["jan"] not in page.visible_attempt_ids()
    entries = {e["id"]: e for e in world.services.history.entries(world.anna)}
    overall = page.visible_column(OVERALL)
    assert overall[1] == "—"  # unfinished
    assert overall[3] == "100%"
    assert overall[0] == f"{entries[world.ids['liturgy']]['overall_percent']:.0f}%"
    assert "In progress" in page.visible_column(3)[1]
    assert page.visible_column(2)[0] == "Assessment"
    assert page.count.text() == "5 attempts"


def test_sorting_by_overall_and_by_date_through_the_proxy(page: HistoryPage, world: World) -> None:
    page.show_for(world.anna)
    entries = {e["id"]: e for e in world.services.history.entries(world.anna)}

    page.table.sortByColumn(OVERALL, Qt.SortOrder.DescendingOrder)
    shown = page.visible_attempt_ids()
    values = [
        entries[i]["overall_percent"] if entries[i]["status"] == "finished" else None for i in shown
    ]
    assert values[0] == 100.0 and values[-1] is None
    finished = [v for v in values if v is not None]
    assert finished == sorted(finished, reverse=True) and len(finished) == 4
    assert page.visible_column(OVERALL)[0] == "100%"

    page.table.sortByColumn(OVERALL, Qt.SortOrder.AscendingOrder)
    assert page.visible_attempt_ids()[0] == world.ids["unfinished"]

    page.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert page.visible_attempt_ids() == by_days(
        world, "mixed", "best", "poor", "unfinished", "liturgy"
    )
    page.table.sortByColumn(DATE, Qt.SortOrder.DescendingOrder)
    assert page.visible_attempt_ids()[0] == world.ids["liturgy"]


def test_filtering_by_text_mode_and_outcome(page: HistoryPage, world: World, qtbot) -> None:
    page.show_for(world.anna)
    liturgy_title = page.proxy.data(page.proxy.index(0, TITLE))
    tutorial_title = page.proxy.data(page.proxy.index(1, TITLE))
    word = liturgy_title.split()[0]
    assert word.lower() not in tutorial_title.lower()

    qtbot.keyClicks(page.search, word.upper())  # case does not matter
    assert page.visible_attempt_ids() == [world.ids["liturgy"]]
    assert page.count.text() == "1 of 5 attempts match"
    page.search.clear()
    qtbot.keyClicks(page.search, "no such scenario")
    assert page.visible_attempt_ids() == []
    page.search.clear()
    assert len(page.visible_attempt_ids()) == 5

    page.mode_filter.setCurrentIndex(page.mode_filter.findData("assessment"))
    assert set(page.visible_attempt_ids()) == set(by_days(world, "poor", "liturgy"))
    page.mode_filter.setCurrentIndex(0)
    page.outcome_filter.setCurrentIndex(page.outcome_filter.findData(UNFINISHED))
    assert page.visible_attempt_ids() == [world.ids["unfinished"]]
    page.outcome_filter.setCurrentIndex(page.outcome_filter.findData("success"))
    assert world.ids["best"] in page.visible_attempt_ids()
    assert world.ids["unfinished"] not in page.visible_attempt_ids()


def test_both_models_pass_the_model_tester(page: HistoryPage, world: World, qtmodeltester) -> None:
    page.show_for(world.anna)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_the_model_loads_lazily_in_pages_and_passes_the_tester(qtmodeltester) -> None:
    entries = [
        {
            "id": f"a{n:05d}",
            "scenario": "s",
            "version": 1,
            "title": f"Scenario {n % 7}",
            "mode": "practice" if n % 2 else "assessment",
            "status": "finished" if n % 3 else "in_progress",
            "started": f"2026-01-01T00:{n // 60 % 60:02d}:{n % 60:02d}.000000Z",
            "outcome": "success" if n % 3 else None,
            "overall_percent": float(n % 101) if n % 3 else None,
        }
        for n in range(1_234)
    ]
    model = AttemptTableModel()
    model.set_entries(entries)
    assert model.rowCount() == PAGE_SIZE and model.canFetchMore()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.UserRole + 2) == "a01233"  # newest
    qtmodeltester.check(model)
    proxy = AttemptFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    model.fetchMore()
    proxy.sort(OVERALL, Qt.SortOrder.DescendingOrder)  # another order: every row first
    assert model.rowCount() == 1_234 and not model.canFetchMore()
    assert proxy.data(proxy.index(0, OVERALL)) == "100%"


def test_enter_and_double_click_request_the_replay(page: HistoryPage, world: World, qtbot) -> None:
    page.show_for(world.anna)
    page.table.setFocus()
    page.table.setCurrentIndex(page.proxy.index(2, 0))
    with qtbot.waitSignal(page.replay_requested) as blocker:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert blocker.args == [world.ids["poor"]]
    rect = page.table.visualRect(page.proxy.index(3, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.replay_requested) as blocker:
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [world.ids["best"]]
    with qtbot.waitSignal(page.back_requested):
        page.back_button.click()


# -- the side panel -----------------------------------------------------------------------


def test_the_chart_standings_and_tips_follow_the_history_report(
    page: HistoryPage, world: World
) -> None:
    page.show_for(world.anna)
    report = ReportService(world.services.store).history_report(world.anna, viewer=world.anna)
    trends = [t for t in report.trends if t.points]
    series = page.chart.series()
    # Competencies a report scores are marked: their points are partly self-assessed.
    names = [f"{t.label} (partly self-assessed)" if t.self_assessed else t.label for t in trends]
    assert [s.name for s in series] == names
    assert [t.competency for t in trends if t.self_assessed] == ["legal_procedure"]
    for line, trend in zip(series, trends, strict=True):
        assert [v for _x, v in line.points] == [p.percent for p in trend.points]
    assert len(page.chart.categories()) == 4  # the finished attempts, on four days
    description = page.chart.accessibleDescription()
    for name, trend in zip(names, trends, strict=True):
        assert f"{name}: {trend.last:.0f}%" in description

    rows = {
        page.standings.item(r, 0).text(): [page.standings.item(r, c).text() for c in range(1, 4)]
        for r in range(page.standings.rowCount())
    }
    assert len(rows) == 2
    tutorial = next(s for s in report.standings if s.scenario_id == "tutorial")
    assert rows[tutorial.title] == ["4", "100%", f"{tutorial.last:.0f}%"]

    tips = page.improve.toPlainText()
    for weak in report.weakest(3):
        assert weak.label in tips
    assert "Scenarios that train it" in tips


def test_the_chart_paints_with_markers_and_an_empty_text(qtbot) -> None:
    chart = LineChart()
    qtbot.addWidget(chart)
    chart.empty_text = "Nothing yet"
    chart.set_series([])
    assert chart.accessibleDescription() == "Nothing yet"
    chart.set_series(
        [
            ChartSeries("Empathy", (("1 Mar", 40.0), ("2 Mar", 75.0))),
            ChartSeries("Law", (("2 Mar", 20.0),)),
        ]
    )
    assert chart.categories() == ["1 Mar", "2 Mar"]
    assert chart.accessibleDescription() == "Empathy: 75%; Law: 20%"
    chart.resize(500, 300)
    image = chart.grab().toImage()
    assert not image.isNull()


# -- access -------------------------------------------------------------------------------


def test_an_officer_cannot_open_another_profiles_history(
    page: HistoryPage, world: World, qtbot
) -> None:
    page.show_for(world.anna)
    assert page.model.total() == 5
    with qtbot.waitSignal(page.load_failed) as blocker:
        page.show_for(world.jan, viewer=world.anna)
    assert isinstance(blocker.args[0], ProfileError)
    assert page.model.total() == 0 and page.proxy.rowCount() == 0
    assert page.chart.series() == ()
    assert page.content.isHidden() and not page.notice.isHidden()
    assert "cannot be shown" in page.notice.text()
    assert not page.replay_button.isEnabled()
    # The trainer may.
    page.show_for(world.jan, viewer=world.trainer)
    assert page.visible_attempt_ids() == [world.ids["jan"]]
    assert not page.content.isHidden() and page.notice.isHidden()


# -- replay -------------------------------------------------------------------------------


def test_replay_shows_the_old_text_after_the_file_changed(qtbot, world: World) -> None:
    replay = ReplayService(world.services.store).replay(world.ids["mixed"], viewer=world.anna)
    page = ReplayPage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.show_replay(replay)
    text = page.text.toPlainText()
    assert OLD_TITLE_PL in text and NEW_TITLE_PL not in text
    assert "Version 1" in page.meta.text() and "Anna Nowak" in page.meta.text()
    assert replay.steps[0].node.text.split()[0] in text
    chosen = next(s.choice for s in replay.steps if s.choice is not None)
    assert chosen.text is not None and " ".join(chosen.text.split()) in text
    assert "(time ran out)" in text  # the mixed path lets the clock run out once
    assert "Card opened" in text and "Time taken: 4.2 s" in text
    assert "An indicator, rightly ticked:" in text and "Not an indicator, but ticked:" in text
    rated = next(s for s in replay.steps if s.choice is not None and s.rating is not None)
    assert rated.rating is not None
    assert f"Rating: {RATING_STYLE[rated.rating][0]} {rating_word(rated.rating)}" in text
    assert "The ending" in text and "Competencies" in text
    assert page.text.refused_count == 0
    with qtbot.waitSignal(page.back_requested):
        page.back_button.click()


def test_replay_of_an_unfinished_attempt_in_english(qtbot, world: World) -> None:
    services = world.services
    english = ReplayService(services.store).replay(world.ids["poor"], viewer=world.anna)
    page = ReplayPage()
    qtbot.addWidget(page)
    page.show_replay(english)
    assert "EN" in page.meta.text()
    assert english.steps[0].node.text.split()[0] in page.text.toPlainText()
    unfinished = ReplayService(services.store).replay(world.ids["unfinished"], viewer=world.anna)
    page.show_replay(unfinished)
    assert "In progress" in page.outcome.text()
    assert "the attempt stopped here" in page.text.toPlainText()


# -- a long history -----------------------------------------------------------------------


def test_ten_thousand_attempts_show_at_once(qtbot, tmp_path: Path, capsys) -> None:
    from bench.storage_bench import seed_attempts

    services = open_services(tmp_path / "data", single_instance=False)
    try:
        profile = services.profiles.create("Bench Officer")
        loaded = load_scenario(SCENARIOS / "tutorial")
        active = services.play.start(profile, loaded, mode=Mode.PRACTICE, language="pl")
        tokens = iter(TUTORIAL_BEST)
        while not active.state.finished:
            node = active.engine.current_node(active.state)
            services.play.advance(active, "" if isinstance(node, SceneNode) else next(tokens))
        seed_attempts(services.store, profile.id, active.attempt_id, BIG_HISTORY - 1)

        page = HistoryPage(gui_context(services, tmp_path))
        qtbot.addWidget(page)
        page.resize(1366, 768)
        page.show()
        qtbot.waitExposed(page)
        table_ms: list[float] = []
        total_ms: list[float] = []
        for _ in range(3):
            start = time.perf_counter()
            page.history_loaded.connect(
                lambda _n, t=start: table_ms.append((time.perf_counter() - t) * 1000)
            )
            page.show_for(profile)  # synchronous runner: table, then chart and panels
            qtbot.wait(0)  # let the view lay out and paint once
            total_ms.append((time.perf_counter() - start) * 1000)
            page.history_loaded.disconnect()
        assert page.model.total() == BIG_HISTORY
        assert page.proxy.rowCount() == PAGE_SIZE  # the rest loads on scroll
        with capsys.disabled():
            print(
                f"\nhistory page, {BIG_HISTORY} attempts: table filled in "
                f"{table_ms[0]:.0f} ms (first) / {min(table_ms[1:]):.0f} ms (again); "
                f"with chart and panels {total_ms[0]:.0f} / {min(total_ms[1:]):.0f} ms"
            )
        assert min(table_ms) < 1_500 and min(total_ms) < 4_000  # generous: CI machines vary
        assert len(page.chart.series()) > 0
        page.table.sortByColumn(OVERALL, Qt.SortOrder.AscendingOrder)
        assert page.proxy.rowCount() == BIG_HISTORY
        assert page.visible_column(OVERALL)[0] == "—"
    finally:
        services.close(backup=False)
