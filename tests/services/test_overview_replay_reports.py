"""Trainer overview, replay of past attempts, reports and the review access rule.

Attempts are played with the real PlayService on a copy of the tutorial (edited
half-way: new wording, version 2) and on liturgy-interrupted, by two officers and
a trainer, on days a fake clock sets. The test keeps its own record of every answer
and checks the overview, the CSV files and the report models against it.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import shutil
import statistics
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from trainer.domain.engine import Action
from trainer.domain.model import (
    ChecklistNode,
    DecisionNode,
    Mode,
    ReportNode,
    Scenario,
    SceneNode,
)
from trainer.scenario_io.reader import LoadResult, load_scenario
from trainer.services.context import Services, open_services
from trainer.services.overview import (
    OverviewService,
    Period,
    PeriodError,
    ReviewAccess,
    may_review,
)
from trainer.services.profiles import TRAINER
from trainer.services.replay import ReplayService
from trainer.services.reports import (
    ATTEMPT_COLUMNS,
    CHOICE_COLUMNS,
    ReportService,
    competency_column,
    safe_cell,
)
from trainer.storage.errors import ProfileError, StorageError
from trainer.storage.records import ProfileRecord

REPO_ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = REPO_ROOT / "scenarios"
#: Version 1 of liturgy-interrupted, kept as it was: these tests play fixed choices through
#: it, so the shipped scenario's revisions must not change them.
FROZEN = Path(__file__).resolve().parents[1] / "scenarios" / "frozen"
UTC = dt.UTC
TUTORIAL = {
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
LITURGY = {
    "best": [
        "with_warden",
        "approach_side",
        "listen_boundaries",
        "qualified_interpreter",
        "slogans,flag,place_time,perception,no_other_motive",
        "qualify_bias",
        "meet_priest",
    ],
    "poor": [
        "straight_in",
        "takedown",
        "argue_history",
        "daughter_translates",
        "slogans,alcohol,crowded",
        "order_ticket",
        "just_leave",
    ],
    "mixed": [
        "alone_quietly",
        "quiet_order",
        "id_and_wait",
        "come_tomorrow",
        "slogans,flag,filming",
        "religious_only",
        "card_contact",
    ],
}
OLD_TITLE_PL = "Co odpowiadasz?"
NEW_TITLE_PL = "Co jej odpowiadasz?"
OLD_CHOICE_PL = "Proszę jej na razie nie ruszać"
NEW_CHOICE_PL = "Proszę na razie niczego nie dotykać"
PASSWORD = "Trener-Haslo-2026!"


class FakeClock:
    """A wall clock the test sets by hand (UTC)."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class Played:
    """What the test itself recorded about one attempt it played."""

    attempt_id: str
    profile_id: str
    scenario_id: str
    version: int
    scenario: Scenario
    mode: str
    language: str
    started: dt.datetime
    choices: list[tuple[str, str]] = field(default_factory=list)
    checklists: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    reports: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    elapsed: dict[int, int] = field(default_factory=dict)
    finished: bool = False
    ending: str | None = None
    outcome: str | None = None
    overall: float | None = None
    percent: dict[str, float | None] = field(default_factory=dict)


@dataclass
class World:
    services: Services
    clock: FakeClock
    tutorial_folder: Path
    loaded: dict[str, LoadResult]
    anna: ProfileRecord
    jan: ProfileRecord
    trainer: ProfileRecord
    idle: ProfileRecord
    played: list[Played] = field(default_factory=list)

    def play(
        self,
        profile: ProfileRecord,
        scenario: str,
        tokens: list[str],
        *,
        at: dt.datetime,
        mode: Mode = Mode.PRACTICE,
        language: str = "pl",
        cards: dict[str, list[str]] | None = None,
    ) -> Played:
        self.clock.now = at
        loaded = self.loaded[scenario]
        assert loaded.scenario is not None
        play = self.services.play
        active = play.start(profile, loaded, mode=mode, language=language)
        record = Played(
            attempt_id=active.attempt_id,
            profile_id=profile.id,
            scenario_id=loaded.scenario.id,
            version=loaded.scenario.version,
            scenario=loaded.scenario,
            mode=mode.value,
            language=language,
            started=at,
        )
        pending = iter(tokens)
        while not active.state.finished:
            node = active.engine.current_node(active.state)
            token = ""
            if not isinstance(node, SceneNode):
                token = next(pending, None)
                if token is None:
                    break  # an unfinished attempt
                for card in (cards or {}).get(node.id, []):
                    play.open_card(active, card)
                if isinstance(node, DecisionNode):
                    record.choices.append((node.id, token))
                elif isinstance(node, ChecklistNode):
                    record.checklists.append((node.id, frozenset(token.split(","))))
                elif isinstance(node, ReportNode):
                    record.reports.append((node.id, frozenset(filter(None, token.split(",")))))
            seq = len(active.state.steps) + 1
            record.elapsed[seq] = 1000 + 37 * seq
            self.clock.now += dt.timedelta(seconds=30)
            play.advance(active, token, elapsed_ms=record.elapsed[seq])
        if active.state.finished:
            ending = active.engine.current_node(active.state)
            record.finished = True
            record.ending = ending.id
            record.outcome = ending.outcome.value  # type: ignore[union-attr]
            record.overall = active.sheet.overall_percent
            record.percent = {str(k): v for k, v in active.sheet.percent.items()}
        self.played.append(record)
        return record


def day(d: int, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, d, hour, minute, tzinfo=UTC)


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("review")
    folder = root / "scenarios" / "tutorial"
    shutil.copytree(SCENARIOS / "tutorial", folder)
    clock = FakeClock()
    services = open_services(root / "data", clock=clock)
    loaded = {
        "tutorial": load_scenario(folder),
        "liturgy": load_scenario(FROZEN / "liturgy-interrupted"),
    }
    assert all(v.playable for v in loaded.values())
    w = World(
        services=services,
        clock=clock,
        tutorial_folder=folder,
        loaded=loaded,
        anna=services.profiles.create("Anna Nowak"),
        jan=services.profiles.create("+48 Jan Kowalski"),
        trainer=services.profiles.create("Trener Tomasz", TRAINER, PASSWORD),
        idle=services.profiles.create("Ewa Nieobecna"),
    )
    cards = {"phone_call": ["evidence_first", "decision_model"], "qualify": ["hate_crime_law"]}
    w.play(w.anna, "tutorial", TUTORIAL["best"], at=day(1, 9), cards=cards)
    w.play(w.jan, "tutorial", TUTORIAL["poor"], at=day(1, 10), language="en")
    w.play(w.anna, "liturgy", LITURGY["mixed"], at=day(2, 9), mode=Mode.ASSESSMENT)
    w.play(w.trainer, "tutorial", TUTORIAL["mixed"], at=day(2, 11))
    w.play(w.jan, "liturgy", LITURGY["best"], at=day(3, 9))
    w.play(w.anna, "tutorial", TUTORIAL["poor"], at=day(4, 9), mode=Mode.ASSESSMENT)
    w.play(w.jan, "liturgy", LITURGY["poor"], at=day(5, 23, 30))
    w.play(w.anna, "tutorial", TUTORIAL["best"][:3], at=day(6, 0, 0))  # left unfinished

    # The tutorial file is edited: new wording, version 2. Old attempts keep version 1.
    file = folder / "scenario.yaml"
    text = file.read_text(encoding="utf-8")
    for old, new in (
        (OLD_TITLE_PL, NEW_TITLE_PL),
        (OLD_CHOICE_PL, NEW_CHOICE_PL),
        ("\nversion: 1\n", "\nversion: 2\n"),
    ):
        assert text.count(old) == 1
        text = text.replace(old, new)
    file.write_text(text, encoding="utf-8")
    loaded["tutorial"] = load_scenario(folder)
    assert loaded["tutorial"].playable
    w.play(w.jan, "tutorial", TUTORIAL["best"], at=day(7))
    w.play(w.anna, "tutorial", TUTORIAL["mixed"], at=day(8))
    w.play(w.trainer, "liturgy", LITURGY["best"], at=day(9), mode=Mode.ASSESSMENT, language="en")
    yield w
    services.close(backup=False)


def in_period(w: World, start: dt.date | None, end: dt.date | None) -> list[Played]:
    return [
        p
        for p in w.played
        if (start is None or p.started.date() >= start) and (end is None or p.started.date() <= end)
    ]


def expected_choices(played: list[Played], scenario_id: str) -> Counter[tuple[str, str]]:
    return Counter(c for p in played if p.scenario_id == scenario_id for c in p.choices)


def expected_items(played: list[Played], scenario_id: str) -> dict[tuple[str, str], list[int]]:
    """(node, item) -> answers, ticked, missed, wrong, judged by each attempt's version."""
    tally: dict[tuple[str, str], list[int]] = {}
    for p in played:
        if p.scenario_id != scenario_id:
            continue
        for node_id, ticked in p.checklists:
            node = p.scenario.node(node_id)
            assert isinstance(node, ChecklistNode)
            for item in node.items:
                entry = tally.setdefault((node_id, item.id), [0, 0, 0, 0])
                entry[0] += 1
                entry[1] += item.id in ticked
                entry[2] += item.correct and item.id not in ticked
                entry[3] += (not item.correct) and item.id in ticked
    return tally


# -- the overview -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end"),
    [(None, None), (dt.date(2026, 3, 2), dt.date(2026, 3, 5)), (dt.date(2026, 3, 6), None)],
)
def test_overview_counts_match_what_was_played(
    world: World, start: dt.date | None, end: dt.date | None
) -> None:
    overview = OverviewService(world.services.store).overview(
        viewer=world.trainer, period=Period(start, end), language="pl", tz=UTC
    )
    played = in_period(world, start, end)
    assert overview.attempts == len(played)

    # Every profile, with its attempts and average overall percent in the period.
    summaries = {s.profile_id: s for s in overview.profiles}
    assert set(summaries) == {world.anna.id, world.jan.id, world.trainer.id, world.idle.id}
    for profile in (world.anna, world.jan, world.trainer, world.idle):
        own = [p for p in played if p.profile_id == profile.id]
        done = [p.overall for p in own if p.finished and p.overall is not None]
        summary = summaries[profile.id]
        assert summary.display_name == profile.display_name
        assert (summary.attempts, summary.finished) == (len(own), sum(p.finished for p in own))
        if done:
            assert summary.average_percent == pytest.approx(statistics.fmean(done))
        else:
            assert summary.average_percent is None

    assert {s.scenario_id for s in overview.scenarios} == {p.scenario_id for p in played}
    for scenario in overview.scenarios:
        mine = [p for p in played if p.scenario_id == scenario.scenario_id]
        assert scenario.attempts == len(mine)
        assert scenario.versions == tuple(sorted({p.version for p in mine}))

        # How often each option of each decision was chosen.
        counted = {
            (d.node_id, c.choice_id): c.count
            for d in scenario.decisions
            for c in d.choices
            if c.count
        }
        assert counted == dict(expected_choices(mine, scenario.scenario_id))
        for decision in scenario.decisions:
            assert decision.answers == sum(c.count for c in decision.choices)

        # Checklist items: ticked, missed (correct, not ticked), wrongly ticked.
        expected = expected_items(mine, scenario.scenario_id)
        got = {
            (c.node_id, i.item_id): [i.answers, i.ticked, i.missed, i.wrong]
            for c in scenario.checklists
            for i in c.items
            if i.answers
        }
        assert got == expected
        missed = scenario.most_missed(limit=100)
        assert [i.missed for _c, i in missed] == sorted(
            (v[2] for v in expected.values() if v[2]), reverse=True
        )
        wrong = scenario.most_wrongly_ticked(limit=100)
        assert {(c.node_id, i.item_id) for c, i in wrong} == {
            k for k, v in expected.items() if v[3]
        }

        # Endings reached and average percent per competency.
        finished = [p for p in mine if p.finished]
        assert {(e.ending_id, e.outcome): e.count for e in scenario.endings} == Counter(
            (p.ending, p.outcome) for p in finished
        )
        for average in scenario.competencies:
            values = [p.percent[average.competency] for p in finished]
            assert average.results == len(values)
            assert average.average_percent == pytest.approx(statistics.fmean(values))
        assert scenario.finished == len(finished)


def test_overview_texts_come_from_the_versions_played(world: World) -> None:
    service = OverviewService(world.services.store)
    overview = service.overview(viewer=world.trainer, language="pl", tz=UTC)
    assert service.overview(viewer=world.trainer, language="pl", tz=UTC) == overview  # cached
    tutorial = overview.scenario("tutorial")
    assert tutorial is not None
    assert tutorial.versions == (1, 2)
    # In story order (snapshots keep nodes sorted by id), with the newest version's wording.
    assert [d.node_id for d in tutorial.decisions] == [
        "phone_call",
        "talk_olena",
        "passerby",
        "qualify",
        "follow_up",
    ]
    phone = tutorial.decisions[0]
    assert phone.title == NEW_TITLE_PL
    keep = next(c for c in phone.choices if c.choice_id == "keep_and_come")
    assert keep.text is not None and NEW_CHOICE_PL in keep.text
    assert keep.texts_differ
    by_version = {v.version: v for v in keep.versions}
    assert by_version[1].text is not None and OLD_CHOICE_PL in by_version[1].text
    assert by_version[2].text is not None and NEW_CHOICE_PL in by_version[2].text
    v1_count = sum(
        1
        for p in world.played
        if p.scenario_id == "tutorial"
        and p.version == 1
        and ("phone_call", "keep_and_come") in p.choices
    )
    assert (by_version[1].count, by_version[2].count) == (v1_count, 1)
    # Wording unchanged between versions: one text, no flag. Never chosen: listed with 0.
    photo = next(c for c in phone.choices if c.choice_id == "photo_then_remove")
    assert not photo.texts_differ
    passerby = next(d for d in tutorial.decisions if d.node_id == "passerby")
    ids = [c.choice_id for c in passerby.choices]
    assert (
        ids[-1] == "timeout"
        and next(c for c in passerby.choices if c.choice_id == "timeout").text is None
    )
    assert next(c for c in passerby.choices if c.choice_id == "argue").count == 0
    assert "Wskaźniki uprzedzeń" in {c.label for c in overview.competencies}
    english = OverviewService(world.services.store).overview(viewer=world.trainer, language="en")
    assert english.scenario("tutorial").title.startswith("Tutorial")  # type: ignore[union-attr]


def test_overview_filters_by_scenario_and_mode(world: World) -> None:
    service = OverviewService(world.services.store)
    liturgy = service.overview(viewer=world.trainer, scenario_id="liturgy-interrupted", tz=UTC)
    assert [s.scenario_id for s in liturgy.scenarios] == ["liturgy-interrupted"]
    jan = next(s for s in liturgy.profiles if s.profile_id == world.jan.id)
    assert jan.attempts == sum(
        1
        for p in world.played
        if p.profile_id == world.jan.id and p.scenario_id == "liturgy-interrupted"
    )
    assessment = service.overview(viewer=world.trainer, mode="assessment", tz=UTC)
    assert assessment.attempts == sum(1 for p in world.played if p.mode == "assessment")


def test_period_days_are_inclusive_and_in_the_given_zone() -> None:
    plus_one = dt.timezone(dt.timedelta(hours=1))
    since, until = Period(dt.date(2026, 3, 2), dt.date(2026, 3, 2)).bounds(plus_one)
    assert (since, until) == ("2026-03-01T23:00:00.000000Z", "2026-03-02T23:00:00.000000Z")
    assert Period().bounds(UTC) == (None, None)
    with pytest.raises(PeriodError):
        Period(dt.date(2026, 3, 5), dt.date(2026, 3, 4))


# -- replay -------------------------------------------------------------------------------------


def test_replay_shows_the_old_text_after_the_file_changed_and_went(world: World) -> None:
    first = world.played[0]  # Anna's best tutorial attempt, version 1, cards opened
    service = ReplayService(world.services.store)
    current = world.loaded["tutorial"].scenario
    assert current is not None and current.version == 2

    def check() -> None:
        replay = service.replay(first.attempt_id, viewer=world.anna)
        assert replay.version == 1 and replay.finished
        assert replay.profile_name == "Anna Nowak"
        phone = next(s for s in replay.steps if s.node.node_id == "phone_call")
        assert phone.node.title == OLD_TITLE_PL
        assert phone.choice is not None and OLD_CHOICE_PL in (phone.choice.text or "")
        assert phone.choice.rating.value == "best" and phone.choice.feedback
        # Every option, in the order this attempt showed them (shuffled per attempt).
        shown = next(
            s.shown_order
            for s in world.services.store.steps(first.attempt_id)
            if s.node_id == "phone_call"
        )
        assert sorted(shown or ()) == ["just_remove", "keep_and_come", "photo_then_remove"]
        assert [c.choice_id for c in phone.offered] == shown
        assert [c.card_id for c in phone.cards] == ["evidence_first", "decision_model"]
        assert phone.cards[0].title == "Najpierw dokumentacja, potem usunięcie"
        assert phone.gained == {"legal_procedure": 2, "partnership": 1}
        # Every stored step, in order, with the time it took.
        assert [s.seq for s in replay.steps] == sorted(first.elapsed)
        assert {s.seq: s.elapsed_ms for s in replay.steps} == first.elapsed
        checklist = next(s for s in replay.steps if s.action is Action.CHECKLIST)
        verdicts = {i.item_id: i.verdict for i in checklist.items}
        assert verdicts["symbol"] == "right" and verdicts["overnight"] == "clear"
        assert replay.current.kind == "ending" and replay.current.node_id == first.ending
        assert replay.debrief.ending is not None and replay.debrief.first_departure is None
        assert replay.debrief.sheet.overall_percent == first.overall

    check()
    shutil.rmtree(world.tutorial_folder)  # the scenario file is gone altogether
    check()


def test_replay_of_an_unfinished_attempt_and_in_english(world: World) -> None:
    service = ReplayService(world.services.store)
    unfinished = next(p for p in world.played if not p.finished)
    replay = service.replay(unfinished.attempt_id, viewer=world.trainer)
    assert not replay.finished and replay.debrief.ending is None
    assert replay.current.kind == "decision" and replay.current.node_id == "passerby"
    english = next(p for p in world.played if p.language == "en" and p.scenario_id == "tutorial")
    replay = service.replay(english.attempt_id, viewer=world.jan)
    phone = next(s for s in replay.steps if s.node.node_id == "phone_call")
    assert phone.node.title == "What do you tell her?"
    assert phone.choice is not None and phone.choice.choice_id == "just_remove"
    passerby = next(s for s in replay.steps if s.node.node_id == "passerby")
    assert passerby.choice is not None and passerby.choice.choice_id == "agree_soft"
    assert passerby.choice.rating.value == "harmful"


def test_replay_of_an_unknown_attempt_is_a_storage_error(world: World) -> None:
    with pytest.raises(StorageError):
        ReplayService(world.services.store).replay("no-such-attempt", viewer=world.trainer)


# -- access ---------------------------------------------------------------------------------------


def test_an_officer_reads_only_their_own_results(world: World) -> None:
    store = world.services.store
    anna_attempt = world.played[0].attempt_id
    with pytest.raises(ProfileError):
        ReplayService(store).replay(anna_attempt, viewer=world.jan)
    assert ReplayService(store).replay(anna_attempt, viewer=world.trainer).steps
    access = ReviewAccess(store)
    with pytest.raises(ProfileError):
        access.history(world.anna, viewer=world.jan)
    own = access.history(world.anna, viewer=world.anna)
    assert len(own) == sum(1 for p in world.played if p.profile_id == world.anna.id)
    assert len(access.history(world.anna, viewer=world.trainer)) == len(own)
    with pytest.raises(ProfileError):
        OverviewService(store).overview(viewer=world.anna)
    reports = ReportService(store)
    with pytest.raises(ProfileError):
        reports.attempts_table(viewer=world.anna)  # everyone's: trainers only
    with pytest.raises(ProfileError):
        reports.attempts_table(viewer=world.anna, profile=world.jan)
    with pytest.raises(ProfileError):
        reports.attempt_report(anna_attempt, viewer=world.jan)
    with pytest.raises(ProfileError):
        reports.history_report(world.anna, viewer=world.jan)
    assert may_review(world.trainer, world.anna.id) and not may_review(world.jan, world.anna.id)


def test_a_forged_or_erased_viewer_gains_nothing(world: World) -> None:
    store = world.services.store
    forged = dataclasses.replace(world.jan, role=TRAINER)
    with pytest.raises(ProfileError):
        OverviewService(store).overview(viewer=forged)
    with pytest.raises(ProfileError):
        ReplayService(store).replay(world.played[0].attempt_id, viewer=forged)
    gone = world.services.profiles.create("Tymczasowy Trener", TRAINER, PASSWORD)
    world.services.profiles.erase(gone)
    with pytest.raises(ProfileError):
        OverviewService(store).overview(viewer=gone)


# -- reports ---------------------------------------------------------------------------------------


def test_attempts_csv_parses_back(world: World, tmp_path: Path) -> None:
    reports = ReportService(world.services.store)
    everyone = tmp_path / "attempts.csv"
    assert reports.write_attempts_csv(everyone, viewer=world.trainer) == len(world.played)
    with everyone.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(world.played)
    assert list(rows[0])[: len(ATTEMPT_COLUMNS)] == list(ATTEMPT_COLUMNS)
    by_id = {r["id"]: r for r in rows}
    mixed = world.played[3]  # the trainer's mixed tutorial attempt
    row = by_id[mixed.attempt_id]
    assert row["profile"] == "Trener Tomasz" and row["version"] == "1"
    # bias 1 + legal 1+1+2 (two note items) + victim 1 + partnership 1 = 7 of 23 points
    assert row["overall_percent"] == f"{mixed.overall:.1f}" == "30.4"
    assert row[competency_column("legal_procedure")] == "50.0"
    assert row[competency_column("cultural_competence")] == ""  # not in the tutorial
    assert by_id[world.played[1].attempt_id]["profile"] == "'+48 Jan Kowalski"  # no formula
    unfinished = next(p for p in world.played if not p.finished)
    assert by_id[unfinished.attempt_id]["status"] == "in_progress"
    assert by_id[unfinished.attempt_id]["overall_percent"] == ""

    own = tmp_path / "anna.csv"
    count = reports.write_attempts_csv(
        own,
        viewer=world.anna,
        profile=world.anna,
        period=Period(dt.date(2026, 3, 1), dt.date(2026, 3, 4)),
        tz=UTC,
    )
    with own.open(encoding="utf-8-sig", newline="") as handle:
        anna_rows = list(csv.DictReader(handle))
    expected = [
        p
        for p in in_period(world, dt.date(2026, 3, 1), dt.date(2026, 3, 4))
        if p.profile_id == world.anna.id
    ]
    assert count == len(anna_rows) == len(expected) == 3
    assert [r["id"] for r in anna_rows] == [p.attempt_id for p in expected]


def test_choice_counts_csv_parses_back(world: World, tmp_path: Path) -> None:
    overview = OverviewService(world.services.store).overview(
        viewer=world.trainer, language="pl", tz=UTC
    )
    path = tmp_path / "choices.csv"
    written = ReportService(world.services.store).write_choice_counts_csv(path, overview)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert written == len(rows)
    assert list(rows[0]) == list(CHOICE_COLUMNS)
    # A row per choice, and per report item (rated self-assessed).
    choices = sum(len(d.choices) for s in overview.scenarios for d in s.decisions)
    items = sum(len(r.items) for s in overview.scenarios for r in s.reports)
    assert items > 0
    assert len(rows) == choices + items
    assert sum(r["rating"] == "self-assessed" for r in rows) == items
    expected = expected_choices(world.played, "tutorial")
    keep = next(r for r in rows if (r["scenario"], r["choice"]) == ("tutorial", "keep_and_come"))
    assert int(keep["count"]) == expected[("phone_call", "keep_and_come")]
    assert keep["wording_changed"] == "yes" and NEW_CHOICE_PL in keep["choice_text"]
    assert keep["by_version"] == f"v1: {int(keep['count']) - 1}; v2: 1"
    answers = sum(n for (node, _c), n in expected.items() if node == "phone_call")
    assert keep["share_percent"] == f"{100 * int(keep['count']) / answers:.1f}"


def test_csv_cells_never_start_a_formula() -> None:
    assert safe_cell("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("Anna") == "Anna" and safe_cell(None) == ""


def test_report_models(world: World) -> None:
    reports = ReportService(world.services.store)
    best = world.played[0]
    report = reports.attempt_report(best.attempt_id, viewer=world.anna)
    assert (report.scenario_id, report.version, report.outcome) == ("tutorial", 1, "success")
    assert len(report.content_hash) == 64
    assert report.answers[0].answer.startswith("„" + OLD_CHOICE_PL)
    assert len(report.answers) == len(best.choices) + len(best.checklists) + len(best.reports)
    assert [a.self_assessed for a in report.answers].count(True) == len(best.reports) == 1
    assert all(a.on_best_path and a.best_answer is None for a in report.answers)
    assert report.overall_percent == 100.0
    assert report.answers[0].cards == (
        "Najpierw dokumentacja, potem usunięcie",
        "Etapy decyzji",
    )
    mixed = reports.attempt_report(world.played[3].attempt_id, viewer=world.trainer)
    assert mixed.first_departure_seq == mixed.answers[0].seq
    assert (
        mixed.answers[0].best_answer is not None and OLD_CHOICE_PL in mixed.answers[0].best_answer
    )
    timeout = next(a for a in mixed.answers if a.timed_out)
    assert timeout.answer == "timeout" and timeout.rating is not None

    history = reports.history_report(world.anna, viewer=world.anna, language="en")
    anna = [p for p in world.played if p.profile_id == world.anna.id]
    assert [line.attempt_id for line in history.lines] == [p.attempt_id for p in anna]
    assert history.lines[0].scenario_title.startswith("Tutorial")
    legal = next(t for t in history.trends if t.competency == "legal_procedure")
    finished = [p for p in anna if p.finished and "legal_procedure" in p.percent]
    assert [pt.percent for pt in legal.points] == [p.percent["legal_procedure"] for p in finished]
    assert legal.average == pytest.approx(statistics.fmean(pt.percent for pt in legal.points))
    assert set(legal.scenarios) == {"tutorial", "liturgy-interrupted"}
    weakest = history.weakest()
    assert weakest == sorted(weakest, key=lambda t: t.average or 0.0)
    standing = next(s for s in history.standings if s.scenario_id == "tutorial")
    tutorial_done = [p.overall for p in anna if p.scenario_id == "tutorial" and p.finished]
    assert (standing.best, standing.last) == (max(tutorial_done), tutorial_done[-1])  # type: ignore[type-var]
