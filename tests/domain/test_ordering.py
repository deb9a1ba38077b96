"""Properties of the order choices and checklist items are shown in (format 1.1)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.domain.ids import ChoiceId, NodeId
from trainer.domain.model import Choice, DecisionNode, Next, Order, Rating
from trainer.domain.ordering import (
    SEED_LIMIT,
    in_shown_order,
    in_stored_order,
    new_seed,
    shuffled_ids,
)
from trainer.domain.text import Text

IDS = st.lists(st.from_regex(r"[a-z0-9][a-z0-9_-]{0,10}", fullmatch=True), unique=True)
SEEDS = st.integers(min_value=0, max_value=SEED_LIMIT - 1)
NODE_IDS = st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True)


def _decision(node_id: str, ids: list[str], order: Order | None) -> DecisionNode:
    return DecisionNode(
        id=NodeId(node_id),
        text=Text.single("en", "?"),
        choices=tuple(
            Choice(ChoiceId(i), Text.single("en", i), Rating.GOOD, Next.to(NodeId("end")))
            for i in ids
        ),
        order=order,
    )


@given(IDS, SEEDS, NODE_IDS)
def test_the_order_is_a_permutation_and_the_same_every_time(
    ids: list[str], seed: int, node_id: str
) -> None:
    shown = shuffled_ids(ids, seed=seed, node_id=node_id)
    assert sorted(shown) == sorted(ids)
    assert shuffled_ids(list(ids), seed=seed, node_id=node_id) == shown
    # The order depends on the ids, not on the order they are listed in.
    assert shuffled_ids(list(reversed(ids)), seed=seed, node_id=node_id) == shown


@given(IDS, SEEDS, NODE_IDS, st.sampled_from([Order.SHUFFLED, None]))
def test_a_node_shows_its_options_shuffled_by_seed_and_node(
    ids: list[str], seed: int, node_id: str, order: Order | None
) -> None:
    node = _decision(node_id, ids, order)
    shown = in_shown_order(node.choices, node, seed)
    assert [c.id for c in shown] == list(shuffled_ids(ids, seed=seed, node_id=node_id))
    assert in_shown_order(node.choices, node, seed) == shown


@given(IDS, SEEDS, NODE_IDS)
def test_order_fixed_keeps_the_file_order(ids: list[str], seed: int, node_id: str) -> None:
    node = _decision(node_id, ids, Order.FIXED)
    assert in_shown_order(node.choices, node, seed) == node.choices


@given(IDS, NODE_IDS)
def test_no_seed_keeps_the_file_order(ids: list[str], node_id: str) -> None:
    node = _decision(node_id, ids, None)
    assert in_shown_order(node.choices, node, None) == node.choices


@given(IDS, SEEDS, NODE_IDS, st.data())
def test_a_subset_keeps_the_relative_order_of_the_whole(
    ids: list[str], seed: int, node_id: str, data: st.DataObject
) -> None:
    node = _decision(node_id, ids, None)
    whole = [c.id for c in in_shown_order(node.choices, node, seed)]
    kept = data.draw(st.lists(st.sampled_from(ids), unique=True)) if ids else []
    subset = tuple(c for c in node.choices if c.id in kept)  # offered: in file order
    part = [c.id for c in in_shown_order(subset, node, seed)]
    assert part == [i for i in whole if i in part]


@given(IDS, SEEDS, NODE_IDS)
def test_a_stored_order_is_restored(ids: list[str], seed: int, node_id: str) -> None:
    node = _decision(node_id, ids, None)
    shown = in_shown_order(node.choices, node, seed)
    assert in_stored_order(node.choices, [c.id for c in shown]) == shown
    assert in_stored_order(node.choices, None) == node.choices


def test_seeds_change_the_order_and_nodes_are_shuffled_apart() -> None:
    ids = [f"choice_{n}" for n in range(6)]
    orders = {shuffled_ids(ids, seed=seed, node_id="arrival") for seed in range(40)}
    assert len(orders) > 30  # 720 orders possible: forty seeds give many
    by_node = {shuffled_ids(ids, seed=7, node_id=f"node_{n}") for n in range(40)}
    assert len(by_node) > 30
    # Known values: the order must not change between Python versions or app releases.
    assert shuffled_ids(["a", "b", "c", "d"], seed=1, node_id="n") == KNOWN


KNOWN = ("b", "a", "c", "d")  # blake2b of "1:n:<id>", sorted


def test_new_seeds_fit_a_32_bit_column() -> None:
    assert all(0 <= new_seed() < SEED_LIMIT for _ in range(100))
