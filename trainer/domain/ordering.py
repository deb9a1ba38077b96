"""The order a decision's choices and a checklist's items are shown in (format 1.1).

Shuffled once per attempt: the order of a node's options is a pure function of
the attempt's seed and the node id, so a resumed attempt, a loop back to the
same node and a replay all show the same order. The sort key is a hash of
(seed, node, option id), not Python's ``random``: its algorithms may change
between Python versions, and an attempt stored today must resume in the same
order with tomorrow's interpreter.

An attempt stored before seeds existed has none (``None``): its options stay in
file order, as they were shown then. So does a node marked ``order: fixed``.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterable, Sequence
from typing import Protocol, TypeVar

from trainer.domain.model import AnyNode, ChecklistNode, DecisionNode, Order

#: Seeds fit a signed 32-bit column on every database the results may travel to.
SEED_LIMIT = 2**31


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=_HasId)


def new_seed() -> int:
    """A fresh random seed for a new attempt."""
    return secrets.randbelow(SEED_LIMIT)


def _key(seed: int, node_id: str, option_id: str) -> bytes:
    return hashlib.blake2b(f"{seed}:{node_id}:{option_id}".encode(), digest_size=16).digest()


def shuffled_ids(ids: Iterable[str], *, seed: int | None, node_id: str) -> tuple[str, ...]:
    """``ids`` in the order attempt ``seed`` shows them at ``node_id`` (file order if None)."""
    ordered = tuple(ids)
    if seed is None:
        return ordered
    return tuple(sorted(ordered, key=lambda option: _key(seed, node_id, option)))


def is_fixed(node: AnyNode) -> bool:
    """Whether the node keeps its file order (``order: fixed``)."""
    return isinstance(node, DecisionNode | ChecklistNode) and node.order is Order.FIXED


def in_shown_order(options: Sequence[_T], node: AnyNode, seed: int | None) -> tuple[_T, ...]:
    """``options`` of ``node`` (choices offered, or checklist items) in the order shown.

    A subset of a node's options (the choices whose condition holds) keeps the
    relative order of the whole, so a loop that offers fewer choices moves none.
    """
    if is_fixed(node):
        return tuple(options)
    by_id = {option.id: option for option in options}
    return tuple(by_id[i] for i in shuffled_ids(by_id, seed=seed, node_id=node.id))


def in_stored_order(options: Sequence[_T], shown: Sequence[str] | None) -> tuple[_T, ...]:
    """``options`` in a stored order (ids); options it does not name follow in file order.

    ``shown`` None (a step stored before orders were) keeps the file order.
    """
    if shown is None:
        return tuple(options)
    place = {option_id: index for index, option_id in enumerate(shown)}
    return tuple(sorted(options, key=lambda option: place.get(option.id, len(place))))
