"""What officers chose, as the editor's map shows it: shares, with small counts hidden.

Only an instructor may ask (the role is read again from the store at every request).
The counts come from :mod:`trainer.storage.choice_counts` (attempts, not steps; the
attempts selected by when they were started; abandoned ones count for their choices,
not for endings). What leaves this service are only the figures that may be shown.

**Hiding small counts.** No figure shown may let a count from 1 to 4 be worked out,
so that no single officer's choice shows. Each figure belongs to a small table whose
total an onlooker is assumed to know (it may be derived elsewhere on the map):

- a decision node: the attempts that chose each choice, out of the attempts that made
  a choice there (shown: each choice's share of those attempts);
- a checklist item: the attempts that missed it and those that did not, out of the
  attempts that answered the checklist (shown: the share that missed it);
- a choice with conditional routes whose own share shows: the attempts that went
  on to each node, out of the attempts that made the choice (shown: each route's
  share of the node's deciding attempts);
- the endings: the finished attempts that reached each, out of all finished ones
  (shown: the number of attempts).

In each table a count under :data:`MIN_COUNT` is hidden ("< 5", the same for 0 as for
1 to 4). If what is hidden could then be worked out (it adds up to 1 to 4: the total
minus what is shown gives it; or every hidden count would have to be 4), the whole
table is hidden: hiding only the next smallest figure is not enough, since knowing the
rule bounds it by the figures still shown. A node's total is never shown; the number
of attempts selected is shown only from 5 up. A table's total is taken as known when
it is 5 or more. A zero may still be inferred (all other figures shown adding up to
the total): it tells of no officer. The map shows shares rounded to whole per cent;
the rule holds even if the exact counts behind them were known.

Limits: the rule protects each table on its own. Flows between nodes (the attempts
reaching a node through one choice) are not cross-checked; with few attempts in the
selection, most figures are hidden anyway.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

from trainer.services.overview import Period
from trainer.services.records import TRAINER
from trainer.storage.choice_counts import ChoiceCounts, choice_counts, data_span
from trainer.storage.errors import ProfileError
from trainer.storage.records import ProfileRecord
from trainer.storage.store import Store

#: Counts under this are hidden (and so is anything that would give them away).
MIN_COUNT = 5

K = TypeVar("K", bound=Hashable)


class NotForOfficersError(ProfileError):
    """Someone who is not an instructor asked what officers chose."""

    def __init__(self) -> None:
        super().__init__("only an instructor can see what officers chose")


def shown_keys(counts: Mapping[K, int], total: int | None) -> set[K]:
    """Which of ``counts`` (one table, out of ``total`` when known) may be shown.

    See the module docstring: counts under :data:`MIN_COUNT` are hidden; and the whole
    table when what is hidden could be worked out from what is shown.
    """
    shown = {key for key, count in counts.items() if count >= MIN_COUNT}
    hidden = [count for key, count in counts.items() if key not in shown]
    hidden_sum = sum(hidden)
    rest = None if total is None else total - sum(counts[key] for key in shown)
    # The hidden counts add up to 1 to 4 (the total minus the shown ones gives that).
    small = 0 < hidden_sum < MIN_COUNT or (rest is not None and 0 < rest < MIN_COUNT)
    # Hidden counts, each under 5, adding up to 4 each: every one of them must be 4.
    full = 0 < hidden_sum == (MIN_COUNT - 1) * len(hidden)
    # Hiding only one more figure is not enough: knowing the rule, an onlooker can bound
    # it by the figures still shown (a property test found such tables). So: all.
    return set() if small or full else shown


@dataclass(frozen=True)
class Shares:
    """The figures the map may show for one selection (None: hidden)."""

    #: Attempts selected; None when under :data:`MIN_COUNT`.
    attempts: int | None = None
    #: (node id, choice id) -> share of the node's deciding attempts (0..1) or None.
    #: A decision node listed in :attr:`decisions` but a choice missing here is hidden.
    choices: dict[tuple[str, str], float | None] = field(default_factory=dict)
    #: (node id, choice id, node led to) -> share of the node's deciding attempts that
    #: made the choice and went there, or None. Only for a choice whose own share shows
    #: (its routes are a table of their own, out of the choice's count).
    routes: dict[tuple[str, str, str], float | None] = field(default_factory=dict)
    #: Decision nodes where at least one attempt chose.
    decisions: frozenset[str] = frozenset()
    #: (checklist node id, item id) -> share of the answering attempts that missed it.
    misses: dict[tuple[str, str], float | None] = field(default_factory=dict)
    #: Ending node id -> finished attempts that reached it, or None (hidden). Endings
    #: no finished attempt reached are left out when no attempt finished.
    endings: dict[str, int | None] = field(default_factory=dict)
    #: Whether any attempt finished (else the endings say nothing).
    any_finished: bool = False

    def share(self, node_id: str, choice_id: str) -> float | None:
        """A choice's share (None: hidden, or no data at that node: see :meth:`has`)."""
        return self.choices.get((node_id, choice_id))

    def route_share(self, node_id: str, choice_id: str, to: str) -> float | None:
        """The share that made the choice and went on to ``to`` (None: hidden)."""
        return self.routes.get((node_id, choice_id, to))

    def has(self, node_id: str) -> bool:
        """Whether a choice was made at ``node_id`` in this selection."""
        return node_id in self.decisions


@dataclass(frozen=True)
class SharesSpan:
    """What can be chosen: the versions with attempts and the days of their starts."""

    versions: list[int]
    first_day: dt.date | None
    last_day: dt.date | None


def make_shares(counts: ChoiceCounts) -> Shares:
    """The figures that may be shown from ``counts`` (the hiding rule, no store)."""
    by_node: dict[str, dict[str, int]] = {}
    for (node, choice), count in counts.chosen.items():
        by_node.setdefault(node, {})[choice] = count
    choices: dict[tuple[str, str], float | None] = {}
    for node, table in by_node.items():
        total = counts.decided.get(node, 0)
        visible = shown_keys(table, total)
        for choice, count in table.items():
            choices[(node, choice)] = count / total if choice in visible and total else None
    by_choice: dict[tuple[str, str], dict[str, int]] = {}
    for (node, choice, to), count in counts.routes.items():
        by_choice.setdefault((node, choice), {})[to] = count
    routes: dict[tuple[str, str, str], float | None] = {}
    for (node, choice), table in by_choice.items():
        total = counts.decided.get(node, 0)
        visible = shown_keys(table, counts.chosen.get((node, choice), 0))
        if choices.get((node, choice)) is None:
            visible = set()  # the choice's count is hidden: so is how it split
        for to, count in table.items():
            routes[(node, choice, to)] = count / total if to in visible and total else None
    misses: dict[tuple[str, str], float | None] = {}
    for (node, item), missed in counts.missed.items():
        answered = counts.answered.get(node, 0)
        visible = shown_keys({"missed": missed, "kept": answered - missed}, answered)
        misses[(node, item)] = missed / answered if "missed" in visible and answered else None
    ending_visible = shown_keys(counts.endings, counts.finished)
    endings = {
        ending: count if ending in ending_visible else None
        for ending, count in counts.endings.items()
    }
    return Shares(
        attempts=counts.attempts if counts.attempts >= MIN_COUNT else None,
        choices=choices,
        routes=routes,
        decisions=frozenset(by_node),
        misses=misses,
        endings=endings,
        any_finished=counts.finished > 0,
    )


class ChoiceSharesService:
    """What officers chose in a scenario, for instructors only."""

    def __init__(self, store: Store, *, tz: dt.tzinfo | None = None) -> None:
        self.store = store
        self.tz = tz  # the days of a date range, in this zone (None: the machine's)

    def _require_instructor(self, viewer: ProfileRecord) -> None:
        # Read again: a role taken away (or a profile erased) counts from now on.
        fresh = self.store.get_profile(viewer.id)
        if fresh is None or fresh.role != TRAINER:
            raise NotForOfficersError

    def span(self, viewer: ProfileRecord, scenario_id: str) -> SharesSpan:
        """The versions with attempts, and the first and last day one was started."""
        self._require_instructor(viewer)
        found = data_span(self.store.db, scenario_id)
        return SharesSpan(
            found.versions, self._day(found.first_started), self._day(found.last_started)
        )

    def shares(
        self,
        viewer: ProfileRecord,
        scenario_id: str,
        *,
        version: int | None = None,
        period: Period | None = None,
    ) -> Shares:
        """The figures for attempts at ``scenario_id`` (of ``version``, started in
        ``period``: whole days, both ends included); NotForOfficersError unless
        ``viewer`` is an instructor."""
        self._require_instructor(viewer)
        since, until = (period or Period()).bounds(self.tz)
        counts = choice_counts(
            self.store.db, scenario_id, version=version, since=since, until=until
        )
        return make_shares(counts)

    def _day(self, stamp: str | None) -> dt.date | None:
        if stamp is None:
            return None
        moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        return moment.astimezone(self.tz).date()
