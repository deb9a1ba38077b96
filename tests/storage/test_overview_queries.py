"""The trainer overview's counts read the steps once, and count what a plain tally of the
stored steps counts (at a centre with 131,000 steps, bench/overview_bench.py's data, one
pass takes 115 ms where three took 150 ms)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, select

from tests.shares_support import World, make_world
from trainer.storage import schema


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    made = make_world(tmp_path_factory.mktemp("overview"))
    yield made
    made.services.close(backup=False)


def tally(world: World, scenario_id: str | None = None) -> dict[str, Counter[tuple[Any, ...]]]:
    """The counts, from every stored step, one by one."""
    counts: dict[str, Counter[tuple[Any, ...]]] = {
        "choices": Counter(),
        "checklists": Counter(),
        "reports": Counter(),
    }
    query = select(schema.Attempt.scenario_version_id, schema.Step).join(
        schema.Step, schema.Step.attempt_id == schema.Attempt.id
    )
    if scenario_id is not None:
        query = query.where(schema.Attempt.scenario_id == scenario_id)
    with world.services.store.db.read() as session:
        for version_id, step in session.execute(query):
            if step.choice_id is not None:
                counts["choices"][(version_id, step.node_id, step.choice_id)] += 1
            elif step.action == "checklist":
                counts["checklists"][(version_id, step.node_id, step.ticked)] += 1
            elif step.action == "report":
                counts["reports"][(version_id, step.node_id, step.ticked)] += 1
    return counts


def as_counter(rows: list[tuple[Any, ...]]) -> Counter[tuple[Any, ...]]:
    found: Counter[tuple[Any, ...]] = Counter()
    for *key, count in rows:
        assert tuple(key) not in found, "one row per key"
        found[tuple(key)] = count
    return found


def test_the_steps_are_read_once_and_counted_right(world: World) -> None:
    store = world.services.store
    statements: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(store.db.read_engine, "before_cursor_execute", seen)
    try:
        rows = store.overview_rows()
    finally:
        event.remove(store.db.read_engine, "before_cursor_execute", seen)
    assert sum(" steps" in s for s in statements) == 1, statements
    expected = tally(world)
    assert all(expected[key] for key in expected)  # the world has each kind of step
    for key, counts in expected.items():
        assert as_counter(rows[key]) == counts, key
    one = store.overview_rows(scenario_id="no-such-scenario")
    assert one["choices"] == one["checklists"] == one["reports"] == []


def test_counts_follow_the_filters(world: World) -> None:
    store = world.services.store
    everything = store.overview_rows()
    tutorial = store.overview_rows(scenario_id="tutorial")
    for key in ("choices", "checklists", "reports"):
        assert as_counter(tutorial[key]) == tally(world, "tutorial")[key]
        assert as_counter(tutorial[key]) == as_counter(everything[key])  # only the tutorial
    early = store.overview_rows(until="2026-03-02T00:00:00.000000Z")
    assert (
        0
        < sum(as_counter(early["choices"]).values())
        < sum(as_counter(everything["choices"]).values())
    )
