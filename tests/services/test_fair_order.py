"""Fair scoring (issue 12, points 1 and 2) through the real services and store.

Choices and checklist items are shuffled once per attempt from a seed kept with the
attempt; every step keeps the order it showed; resume and replay show that order;
``order: fixed`` keeps the file's; attempts stored before seeds existed keep file
order. A timed decision's clock is kept when paused and after a restart, and a
pause never gives time back.
"""

from __future__ import annotations

import shutil
import statistics
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update

from trainer.domain.engine import PlayEngine
from trainer.domain.model import DecisionNode, Mode, ReportNode, SceneNode
from trainer.domain.scoring import score_sheet
from trainer.scenario_io.reader import LoadResult, load_scenario
from trainer.services.context import Services, open_services
from trainer.services.play import ActiveAttempt
from trainer.services.replay import ReplayService
from trainer.storage import schema

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
SHIPPED = sorted(p.name for p in SCENARIOS.iterdir() if (p / "scenario.yaml").is_file())
TUTORIAL_PHONE_CALL = ["keep_and_come", "photo_then_remove", "just_remove"]  # file order
TUTORIAL_INDICATORS = ["symbol", "slogan", "place", "perception", "overnight", "posters"]


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(tmp_path / "data")
    try:
        yield opened
    finally:
        opened.close(backup=False)


def _tutorial() -> LoadResult:
    return load_scenario(SCENARIOS / "tutorial")


def fixed_tutorial(tmp_path: Path) -> LoadResult:
    """The tutorial as format 1.1 with ``order: fixed`` on its first decision and checklist."""
    folder = tmp_path / "tutorial"
    shutil.copytree(SCENARIOS / "tutorial", folder)
    file = folder / "scenario.yaml"
    text = file.read_text(encoding="utf-8").replace("format: 1\n", "format: 1.1\n", 1)
    for node in ("phone_call", "indicators"):
        head = f"\n  {node}:\n    type: "
        at = text.index(head) + len(head)
        end = text.index("\n", at) + 1
        text = text[:end] + "    order: fixed\n" + text[end:]
    file.write_text(text, encoding="utf-8")
    loaded = load_scenario(folder)
    assert loaded.playable, loaded.errors
    return loaded


def _to_node(services: Services, active: ActiveAttempt, node_id: str) -> None:
    """Play the first choice shown, tick nothing, continue, until ``node_id``."""
    while active.state.node != node_id:
        assert not active.state.finished, node_id
        node = active.engine.current_node(active.state)
        token = active.shown_choices()[0].id if isinstance(node, DecisionNode) else ""
        services.play.advance(active, token)


def _start(services: Services, loaded: LoadResult, seed: int | None) -> ActiveAttempt:
    services.play.seeds = lambda: seed  # type: ignore[assignment,return-value]
    anna = services.store.find_profile("Anna") or services.profiles.create("Anna")
    return services.play.start(anna, loaded, mode=Mode.PRACTICE, language="en")


def test_attempts_with_different_seeds_show_different_orders(services: Services) -> None:
    tutorial = _tutorial()
    first, second = _start(services, tutorial, 1), _start(services, tutorial, 4)
    for active in (first, second):
        _to_node(services, active, "phone_call")
    shown = [[c.id for c in a.shown_choices()] for a in (first, second)]
    assert sorted(shown[0]) == sorted(shown[1]) == sorted(TUTORIAL_PHONE_CALL)
    assert shown[0] != shown[1]
    assert services.store.attempt(first.attempt_id).order_seed == 1
    assert services.store.attempt(second.attempt_id).order_seed == 4


def test_every_step_stores_the_order_it_showed_and_replay_and_resume_show_it(
    services: Services, tmp_path: Path
) -> None:
    tutorial = _tutorial()
    active = _start(services, tutorial, 5)
    _to_node(services, active, "indicators")
    choices_shown = next(
        s.shown_order for s in services.store.steps(active.attempt_id) if s.node_id == "phone_call"
    )
    items_shown = [i.id for i in active.shown_items()]
    assert sorted(items_shown) == sorted([*TUTORIAL_INDICATORS, "no_damage"])
    assert items_shown != [*TUTORIAL_INDICATORS, "no_damage"]  # seed 5 shuffles them

    # Resumed from the store (as after a restart): the same order, from the stored seed.
    resumed = services.play.resume(services.store.attempt(active.attempt_id))
    assert resumed.seed == 5
    assert [i.id for i in resumed.shown_items()] == items_shown
    services.play.advance(resumed, ",".join(items_shown[:2]))
    steps = services.store.steps(active.attempt_id)
    assert [s.shown_order for s in steps if s.node_id == "indicators"] == [items_shown]
    assert all(s.shown_order is None for s in steps if s.action == "continue")

    anna = services.store.find_profile("Anna")
    assert anna is not None
    replay = ReplayService(services.store).replay(active.attempt_id, viewer=anna)
    by_node = {s.node.node_id: s for s in replay.steps}
    assert [c.choice_id for c in by_node["phone_call"].offered] == choices_shown
    assert [i.item_id for i in by_node["indicators"].items] == items_shown


def test_order_fixed_keeps_the_file_order_whatever_the_seed(
    services: Services, tmp_path: Path
) -> None:
    fixed = fixed_tutorial(tmp_path)
    for seed in (1, 2, 5, 11):
        active = _start(services, fixed, seed)
        _to_node(services, active, "phone_call")
        assert [c.id for c in active.shown_choices()] == TUTORIAL_PHONE_CALL
        _to_node(services, active, "indicators")
        assert [i.id for i in active.shown_items()] == [*TUTORIAL_INDICATORS, "no_damage"]
        # The decisions without ``order`` are still shuffled.
        assert active.seed == seed


def test_an_attempt_stored_before_seeds_resumes_and_replays_in_file_order(
    services: Services,
) -> None:
    tutorial = _tutorial()
    active = _start(services, tutorial, 5)
    _to_node(services, active, "indicators")
    # As schema 0002 left it: no seed, no order stored with any step.
    with services.store.db.write() as session:
        session.execute(
            update(schema.Attempt)
            .where(schema.Attempt.id == active.attempt_id)
            .values(order_seed=None)
        )
        session.execute(
            update(schema.Step)
            .where(schema.Step.attempt_id == active.attempt_id)
            .values(shown_order=None)
        )
    resumed = services.play.resume(services.store.attempt(active.attempt_id))
    assert resumed.seed is None
    assert [i.id for i in resumed.shown_items()] == [*TUTORIAL_INDICATORS, "no_damage"]
    services.play.advance(resumed, "symbol")
    anna = services.store.find_profile("Anna")
    assert anna is not None
    replay = ReplayService(services.store).replay(active.attempt_id, viewer=anna)
    by_node = {s.node.node_id: s for s in replay.steps}
    assert [c.choice_id for c in by_node["phone_call"].offered] == TUTORIAL_PHONE_CALL
    assert [i.item_id for i in by_node["indicators"].items] == [
        *TUTORIAL_INDICATORS,
        "no_damage",
    ]


def _timed(services: Services, seed: int = 3) -> ActiveAttempt:
    active = _start(services, _tutorial(), seed)
    _to_node(services, active, "passerby")
    return active


def test_a_paused_clock_is_kept_and_pausing_gives_no_time_back(tmp_path: Path) -> None:
    services = open_services(tmp_path / "data")
    try:
        active = _timed(services)
        assert active.time_left_ms() == 60_000
        services.play.keep_time_left(active, 41_500)
        assert active.time_left_ms() == 41_500
        services.play.keep_time_left(active, 55_000)  # a stale, larger reading
        assert active.time_left_ms() == 41_500

        resumed = services.play.resume(services.store.attempt(active.attempt_id))
        assert resumed.time_left_ms() == 41_500
        services.play.keep_time_left(resumed, 12_250)
    finally:
        services.close(backup=False)

    # A restart: the store opened again.
    reopened = open_services(tmp_path / "data")
    try:
        again = reopened.play.resume(reopened.store.attempt(active.attempt_id))
        assert again.time_left_ms() == 12_250
        # Answering clears the clock; the next timed node would start full.
        reopened.play.advance(again, again.shown_choices()[0].id)
        assert reopened.store.attempt(active.attempt_id).clock is None
        assert again.time_left_ms() is None
    finally:
        reopened.close(backup=False)


def test_a_late_clock_reading_does_not_stick_to_the_next_node(services: Services) -> None:
    active = _timed(services)
    services.play.advance(active, active.shown_choices()[0].id)
    services.store.save_clock(active.attempt_id, step=len(active.state.steps), left_ms=5)
    assert services.store.attempt(active.attempt_id).clock is None


# -- pressing 1 every time -------------------------------------------------------------


def _press_one_everywhere(loaded: LoadResult, seed: int | None) -> float:
    """Play by always taking the first choice shown and ticking the first half of items."""
    scenario, analysis = loaded.scenario, loaded.analysis
    assert scenario is not None and analysis is not None
    engine = PlayEngine(scenario)
    active = ActiveAttempt("-", scenario, analysis, engine, engine.start(), Mode.PRACTICE, "en")
    active.seed = seed
    while not active.state.finished:
        node = engine.current_node(active.state)
        if isinstance(node, SceneNode):
            active.state = engine.continue_(active.state)
        elif isinstance(node, DecisionNode):
            active.state = engine.choose(active.state, active.shown_choices()[0].id)
        elif isinstance(node, ReportNode):  # a note that holds half of what the model has
            items = node.items
            ticked = [i.id for i in items[: len(items) // 2]]
            active.state = engine.report(active.state, "note", ticked)
        else:
            items = active.shown_items()
            active.state = engine.answer(active.state, [i.id for i in items[: len(items) // 2]])
    percent = active.sheet.overall_percent
    assert percent is not None
    return percent


@pytest.mark.parametrize("name", SHIPPED)
def test_pressing_1_every_time_scores_well_below_the_best_path(name: str) -> None:
    loaded = load_scenario(SCENARIOS / name)
    assert loaded.analysis is not None and loaded.analysis.best_points is not None
    best = score_sheet(loaded.analysis.best_points, loaded.analysis.maximum).overall_percent
    assert best is not None
    mean = statistics.mean(_press_one_everywhere(loaded, seed) for seed in range(30))
    assert mean <= best - 25, (name, mean, best)
    # What the shuffle fixes: where a file still lists the best answer first (every
    # shipped file did before the content revision; two still do), the same presses in
    # file order score near the best. Shuffled, they do not.
    in_file_order = _press_one_everywhere(loaded, None)
    if in_file_order > best - 25:
        assert in_file_order >= mean + 35, (name, in_file_order, mean)
