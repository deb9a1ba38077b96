"""What officers chose: the storage counts, the hiding of small counts, the access rule.

Attempts are played with the real PlayService (tests/shares_support.py) by nine officers
on two versions of the tutorial; the test keeps its own tally and compares.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.shares_support import BEST, CHECKLIST, MIXED, POOR, Played, World, make_world
from trainer.services.choice_shares import (
    MIN_COUNT,
    ChoiceSharesService,
    NotForOfficersError,
    make_shares,
    shown_keys,
)
from trainer.services.overview import Period
from trainer.storage.choice_counts import ChoiceCounts, choice_counts, data_span
from trainer.storage.play_records import NewStep

UTC = dt.UTC


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    w = make_world(tmp_path_factory.mktemp("shares"))
    yield w
    w.services.close(backup=False)


def _expect(world: World, counts: ChoiceCounts, selected: list[Played]) -> None:
    """The store's counts equal the test's own tally of ``selected``."""
    assert counts.attempts == len(selected)
    assert counts.finished == sum(p.status == "finished" for p in selected)
    assert counts.chosen == dict(world.chosen(selected))
    assert counts.decided == dict(world.decided(selected))
    answered = sum(CHECKLIST in p.checklists for p in selected)
    assert counts.answered == ({CHECKLIST: answered} if answered else {})
    assert {k: v for k, v in counts.missed.items() if v} == dict(world.missed(selected))
    assert counts.endings == dict(world.endings(selected))
    for node in ("phone_call", "indicators", "end_success"):
        assert counts.reached.get(node, 0) == sum(node in p.path for p in selected)


def test_counts_every_attempt_of_every_profile(world: World) -> None:
    counts = choice_counts(world.services.store.db, "tutorial")
    _expect(world, counts, world.played)
    # Spelled out for the first decision: 7+5 best, 3+1+1 poor (one abandoned), 2 mixed
    # (one abandoned), one in progress that chose keep_and_come and stopped.
    assert counts.chosen[("phone_call", "keep_and_come")] == 13
    assert counts.chosen[("phone_call", "just_remove")] == 5
    assert counts.chosen[("phone_call", "photo_then_remove")] == 2
    # Abandoned attempts count for their choices, not for endings.
    assert sum(counts.endings.values()) == counts.finished == 17
    # Where each choice led: club_meeting has two conditional routes; all 12 went to
    # end_success. Each choice's routes add up to the choice (no attempt looped here).
    assert [(k, n) for k, n in counts.routes.items() if k[:2] == ("follow_up", "club_meeting")] == [
        (("follow_up", "club_meeting", "end_success"), 12)
    ]
    for (node, choice), chosen in counts.chosen.items():
        assert chosen == sum(n for k, n in counts.routes.items() if k[:2] == (node, choice))


def test_version_and_started_range_select_attempts(world: World) -> None:
    db = world.services.store.db
    _expect(
        world,
        choice_counts(db, "tutorial", version=2),
        [p for p in world.played if p.version == 2],
    )
    since, until = Period(dt.date(2026, 3, 2), dt.date(2026, 3, 3)).bounds(UTC)
    _expect(
        world,
        choice_counts(db, "tutorial", version=1, since=since, until=until),
        [
            p
            for p in world.played
            if p.version == 1 and dt.date(2026, 3, 2) <= p.started.date() <= dt.date(2026, 3, 3)
        ],
    )
    assert choice_counts(db, "another").attempts == 0
    span = data_span(db, "tutorial")
    assert span.versions == [1, 2]
    assert span.attempts == len(world.played)
    assert span.first_started is not None and span.first_started.startswith("2026-03-01T09")
    assert span.last_started is not None and span.last_started.startswith("2026-03-05T15")


def test_an_attempt_that_loops_counts_once(tmp_path: Path) -> None:
    """Steps stored straight through the store: one attempt at one decision three times
    (same choice twice, then another), at the checklist twice (missing an item once)."""
    w = make_world_small(tmp_path)
    try:
        store, profile = w.services.store, w.officers[0]
        snapshot = store.ensure_scenario_version(
            scenario_id="loop",
            version=1,
            title="Loop",
            document={
                "nodes": {
                    "d": {"type": "decision", "choices": []},
                    "c": {
                        "type": "checklist",
                        "items": [{"id": "a", "correct": True}, {"id": "b", "correct": False}],
                    },
                }
            },
        )
        attempt = store.start_attempt(
            profile_id=profile.id,
            snapshot=snapshot,
            mode="practice",
            language="pl",
            state="{}",
            path=["d"],
            points={},
            maximum={},
        )
        steps = [
            ("d", "x", []),
            ("d", "x", []),
            ("d", "y", []),
            ("c", None, ["a"]),
            ("c", None, []),
        ]
        for seq, (node, choice, ticked) in enumerate(steps, 1):
            action = "choice" if choice else "checklist"
            step = NewStep(f"s{seq}", seq, node, action, "d", choice_id=choice, ticked=ticked)
            store.record_step(attempt.id, step, state="{}", path=["d", "c", "d"], points={})
        counts = choice_counts(store.db, "loop")
        assert counts.chosen == {("d", "x"): 1, ("d", "y"): 1}
        assert counts.routes == {("d", "x", "d"): 1, ("d", "y", "d"): 1}
        assert counts.decided == {"d": 1}
        assert counts.reached == {"d": 1, "c": 1}
        assert counts.answered == {"c": 1}
        assert counts.missed == {("c", "a"): 1, ("c", "b"): 0}
        assert counts.endings == {}
    finally:
        w.services.close(backup=False)  # a server's connections are closed, not left to GC


def make_world_small(root: Path) -> World:
    from tests.shares_support import FakeClock
    from trainer.services.context import open_services

    services = open_services(root / "data", clock=FakeClock())
    officer = services.profiles.create("Officer")
    return World(services, FakeClock(), {}, officer, [officer])


# -- the service: who may ask, what it shows ---------------------------------------------


def test_only_instructors_may_ask(world: World) -> None:
    service = ChoiceSharesService(world.services.store, tz=UTC)
    with pytest.raises(NotForOfficersError):
        service.shares(world.officers[0], "tutorial")
    with pytest.raises(NotForOfficersError):
        service.span(world.officers[0], "tutorial")
    # A record claiming the trainer role is not believed: the store is asked again.
    with pytest.raises(NotForOfficersError):
        service.shares(dataclasses.replace(world.officers[1], role="trainer"), "tutorial")
    span = service.span(world.trainer, "tutorial")
    assert span.versions == [1, 2]
    assert (span.first_day, span.last_day) == (dt.date(2026, 3, 1), dt.date(2026, 3, 5))


def test_shares_shown_and_hidden(world: World) -> None:
    service = ChoiceSharesService(world.services.store, tz=UTC)
    shares = service.shares(world.trainer, "tutorial")
    assert shares.attempts == len(world.played) == 20
    # phone_call: keep_and_come 13, just_remove 5, photo_then_remove 2, of 20. The 2 is
    # hidden; then "13 and 5 of 20" would give it away: the whole node is hidden.
    assert shares.share("phone_call", "keep_and_come") is None
    assert shares.share("phone_call", "just_remove") is None
    assert shares.share("phone_call", "photo_then_remove") is None
    assert shares.has("phone_call") and not shares.has("welcome")
    # qualify: hate_flag 12, minor_only 4, handover 1 of 17: hidden 5, 12 shows.
    assert shares.share("qualify", "hate_flag") == pytest.approx(12 / 17)
    # follow_up: club_meeting 12 of 17 shows, and so does its one route taken; close_file
    # (4) is hidden, and so is where it led.
    assert shares.share("follow_up", "club_meeting") == pytest.approx(12 / 17)
    assert shares.route_share("follow_up", "club_meeting", "end_success") == pytest.approx(12 / 17)
    assert shares.route_share("follow_up", "close_file", "end_failure") is None
    # Endings: 12, 4 and 1 of 17 finished: the hidden ones add up to 5, so 12 may show.
    assert shares.endings == {"end_success": 12, "end_failure": None, "end_partial": None}
    assert shares.any_finished

    # Version 1: phone_call 8, 4, 2 of 14 (hidden 6: 8 shows); endings 7, 3, 1 of 11:
    # the hidden ones add up to 4, so the 7 is hidden too.
    v1 = service.shares(world.trainer, "tutorial", version=1)
    assert v1.attempts == 14
    assert v1.share("phone_call", "keep_and_come") == pytest.approx(8 / 14)
    assert v1.share("talk_olena", "listen_first") == pytest.approx(7 / 12)
    assert set(v1.endings.values()) == {None}

    # Day 5 only (version 2): 6 attempts, 5 best and 1 poor: the 1 hidden, so the 5 too.
    day5 = service.shares(world.trainer, "tutorial", period=Period(dt.date(2026, 3, 5), None))
    assert day5.attempts == 6
    assert day5.share("phone_call", "keep_and_come") is None
    assert day5.endings == {"end_success": None, "end_failure": None}
    # Before any data: nothing at all (and no attempt count under 5).
    none = service.shares(world.trainer, "tutorial", period=Period(None, dt.date(2026, 2, 1)))
    assert none.attempts is None and not none.choices and not none.any_finished


def test_checklist_miss_rates(world: World) -> None:
    service = ChoiceSharesService(world.services.store, tz=UTC)
    shares = service.shares(world.trainer, "tutorial")
    # Answered by all but the in-progress attempt: 19. 'symbol' ticked by everyone and
    # 'no_damage' by no one (0 missed: hidden); 'posters' ticked by the 2 mixed (hidden);
    # 'slogan' missed by the 5 poor ones, 'place' by 5 poor + 2 mixed.
    assert shares.misses[(CHECKLIST, "symbol")] is None
    assert shares.misses[(CHECKLIST, "no_damage")] is None
    assert shares.misses[(CHECKLIST, "posters")] is None
    assert shares.misses[(CHECKLIST, "slogan")] == pytest.approx(5 / 19)
    assert shares.misses[(CHECKLIST, "place")] == pytest.approx(7 / 19)
    assert BEST and POOR and MIXED  # the token lists these figures follow


# -- the hiding rule: nothing shown lets a count of 1 to 4 be worked out -------------------


def _display(counts: tuple[int, ...]) -> dict[int, int]:
    """What the map shows of one table (worst case: the exact count behind a share)."""
    keys = shown_keys(dict(enumerate(counts)), sum(counts))
    return {key: counts[key] for key in keys}


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=12), min_size=1, max_size=4))
def test_no_small_count_can_be_derived(counts: list[int]) -> None:
    """Whoever knows the rule, the table's total and every shown count exactly, cannot
    tell any hidden count from 1 to 4: another table shows the same, with that count
    different. The total is taken as known when it is 5 or more (it may be derived
    elsewhere on the map); a smaller one is never shown, and the table shows nothing."""
    true = tuple(counts)
    total = sum(true)
    shown = _display(true)
    assert all(value >= MIN_COUNT for value in shown.values())
    if total < MIN_COUNT:
        assert not shown
    hidden = [k for k in range(len(true)) if k not in shown]
    totals = [total] if total >= MIN_COUNT else range(MIN_COUNT)
    alike: dict[int, set[int]] = {k: set() for k in hidden}
    for other_total in totals:
        free = other_total - sum(shown.values())
        for split in itertools.product(range(max(free, 0) + 1), repeat=len(hidden)):
            if sum(split) != free:
                continue
            other = list(true)
            for key, value in zip(hidden, split, strict=True):
                other[key] = value
            if _display(tuple(other)) == shown:
                for key, value in zip(hidden, split, strict=True):
                    alike[key].add(value)
    for key in hidden:
        if 0 < true[key] < MIN_COUNT:
            assert len(alike[key]) > 1, (true, shown, key, alike[key])


def test_complement_is_hidden() -> None:
    # The brief's example: 7 attempts, choices 5 and 2: "5 of 7" would give the 2 away.
    assert shown_keys({"a": 5, "b": 2}, 7) == set()
    assert shown_keys({"a": 5, "b": 5}, 10) == {"a", "b"}
    assert shown_keys({"a": 9, "b": 3, "c": 3}, 15) == {"a"}
    assert shown_keys({"a": 9, "b": 6, "c": 2}, 17) == set()
    # Two hidden counts adding up to 8: both must be 4.
    assert shown_keys({"a": 5, "b": 4, "c": 4}, 13) == set()
    # An attempt that looped chose twice: the hidden sum counts, not only total - shown.
    assert shown_keys({"a": 6, "b": 2}, 6) == set()
    counts = ChoiceCounts(
        attempts=7,
        finished=7,
        decided={"n": 7},
        chosen={("n", "a"): 5, ("n", "b"): 2},
        answered={"c": 7},
        missed={("c", "i"): 5, ("c", "j"): 7, ("c", "k"): 0},
        endings={"e1": 5, "e2": 2},
    )
    shares = make_shares(counts)
    assert shares.share("n", "a") is None and shares.share("n", "b") is None
    # Routes: a choice of 12 that went 9 one way and 3 the other: both routes hidden;
    # a choice hidden itself hides its routes, even large ones.
    split = make_shares(
        ChoiceCounts(
            attempts=30,
            decided={"n": 30},
            chosen={("n", "a"): 12, ("n", "b"): 18},
            routes={("n", "a", "x"): 9, ("n", "a", "y"): 3, ("n", "b", "x"): 18},
        )
    )
    assert split.share("n", "a") == pytest.approx(12 / 30)
    assert split.route_share("n", "a", "x") is None and split.route_share("n", "a", "y") is None
    assert split.route_share("n", "b", "x") == pytest.approx(18 / 30)
    hidden = make_shares(
        ChoiceCounts(
            attempts=9,
            decided={"n": 9},
            chosen={("n", "a"): 6, ("n", "b"): 3},
            routes={("n", "a", "x"): 6, ("n", "b", "x"): 3},
        )
    )
    assert hidden.route_share("n", "a", "x") is None
    # 5 of 7 missed would tell that 2 did not: hidden; 7 of 7 shows (0 kept it).
    assert shares.misses == {("c", "i"): None, ("c", "j"): 1.0, ("c", "k"): None}
    assert shares.endings == {"e1": None, "e2": None}
    assert shares.attempts == 7
    assert make_shares(ChoiceCounts(attempts=4)).attempts is None
