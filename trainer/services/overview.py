"""The trainer's overview of every result on this laptop, and who may review what.

Officers may review only their own attempts; trainers may review anyone's and are
the only ones who see the overview. Every check re-reads the viewer from the store,
so a stale or hand-made record cannot widen anyone's access.

The overview groups decisions by scenario id, node id and choice id across every
stored version of a scenario. Texts come from the newest version that has the
choice; where the versions played word it differently, the counts are also given
per version, each with its own text.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, TypeVar

from trainer.domain.analysis import node_successors
from trainer.domain.competencies import BUILT_IN_LABELS, competency_label
from trainer.domain.errors import TrainerError
from trainer.domain.ids import CompetencyId, NodeId
from trainer.domain.model import (
    AnyNode,
    ChecklistItem,
    ChecklistNode,
    Choice,
    DecisionNode,
    EndingNode,
    ReportItem,
    ReportNode,
    Scenario,
)
from trainer.domain.render import TextRenderer
from trainer.domain.variants import PathText, fallback_text
from trainer.fileio import paused_gc
from trainer.scenario_io.build import build_scenario
from trainer.scenario_io.format_v1 import root_schema
from trainer.scenario_io.yaml_tree import Path as DocPath
from trainer.services.history import HistoryService, played_language_titles
from trainer.services.profiles import TRAINER
from trainer.storage.errors import ProfileError
from trainer.storage.play_records import ScenarioSnapshot
from trainer.storage.records import HistorySummary, ProfileRecord
from trainer.storage.store import Store, iso

# -- who may see what -------------------------------------------------------------------


def may_review(viewer: ProfileRecord, profile_id: str) -> bool:
    """Whether ``viewer`` may read the results of the profile ``profile_id``."""
    return viewer.role == TRAINER or viewer.id == profile_id


class ReviewAccess:
    """The access rule for history, replays, reports and the overview."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def current(self, viewer: ProfileRecord) -> ProfileRecord:
        """The viewer as stored now; ProfileError if the profile no longer exists."""
        fresh = self.store.get_profile(viewer.id)
        if fresh is None:
            raise ProfileError("this profile no longer exists")
        return fresh

    def require_trainer(self, viewer: ProfileRecord) -> ProfileRecord:
        """The (re-read) viewer; ProfileError unless it is a trainer."""
        fresh = self.current(viewer)
        if fresh.role != TRAINER:
            raise ProfileError("only a trainer can open the overview of all profiles")
        return fresh

    def require_profile(self, viewer: ProfileRecord, profile_id: str) -> ProfileRecord:
        """The (re-read) viewer; ProfileError if it may not read ``profile_id``'s results."""
        fresh = self.current(viewer)
        if not may_review(fresh, profile_id):
            raise ProfileError("an officer can open only their own results")
        return fresh

    def history(self, profile: ProfileRecord, *, viewer: ProfileRecord) -> list[dict[str, Any]]:
        """:meth:`HistoryService.entries` of ``profile``, if ``viewer`` may read it."""
        self.require_profile(viewer, profile.id)
        return HistoryService(self.store).entries(profile)

    def history_listing(
        self, profile: ProfileRecord, *, viewer: ProfileRecord, language: str | None = None
    ) -> tuple[list[dict[str, Any]], list[HistorySummary]]:
        """Rows for a history table, and the listing they came from (read once).

        Each attempt is titled in ``language`` (the UI's), else in the scenario's default
        language; None: in the language it was played in.

        The rows hold what a table shows; the overall percent is the one stored when
        the attempt finished (unfinished attempts have none).
        """
        self.require_profile(viewer, profile.id)
        summaries = played_language_titles(self.store, profile.id, language)
        with paused_gc():
            rows = [
                {
                    "id": s.id,
                    "scenario": s.scenario_id,
                    "title": s.title,
                    "mode": s.mode,
                    "status": s.status,
                    "started": s.started_at,
                    "outcome": s.outcome,
                    "overall_percent": s.overall_percent if s.status == "finished" else None,
                }
                for s in summaries
            ]
        return rows, summaries


# -- date ranges --------------------------------------------------------------------------


class PeriodError(TrainerError):
    """A date range whose start lies after its end."""


@dataclass(frozen=True, slots=True)
class Period:
    """Whole days from ``start`` to ``end``, both included; None leaves that side open."""

    start: dt.date | None = None
    end: dt.date | None = None

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.start > self.end:
            raise PeriodError(f"the period starts ({self.start}) after it ends ({self.end})")

    def bounds(self, tz: dt.tzinfo | None = None) -> tuple[str | None, str | None]:
        """Stored-timestamp bounds ``[since, until)`` of these days in ``tz`` (None: local)."""
        since = _midnight(self.start, tz) if self.start is not None else None
        until = _midnight(self.end + dt.timedelta(days=1), tz) if self.end is not None else None
        return since, until


def _midnight(day: dt.date, tz: dt.tzinfo | None) -> str:
    moment = dt.datetime.combine(day, dt.time.min)
    # A naive datetime's astimezone() reads it as the machine's local time, DST included.
    return iso(moment.replace(tzinfo=tz) if tz is not None else moment.astimezone())


# -- scenario texts from snapshots ----------------------------------------------------------


class _Problems:
    """Collects schema findings (only whether there are any matters here)."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, code: str, message: str, path: DocPath, *, key: bool = False) -> None:
        self.count += 1


def snapshot_model(document: dict[str, Any]) -> Scenario | None:
    """The scenario model of a stored snapshot, for its texts (no analysis: it is not needed).

    None if the snapshot does not pass the schema; callers then fall back to ids.
    """
    problems = _Problems()
    root_schema().check(document, (), problems)
    if problems.count:
        return None
    scenario, _findings = build_scenario(document)
    return scenario


class SnapshotTexts:
    """Scenario models of stored versions, kept by content hash (a snapshot never changes)."""

    MAX_KEPT = 64

    def __init__(self, store: Store) -> None:
        self.store = store
        self._models: dict[str, Scenario | None] = {}

    def load(
        self, scenario_version_ids: Iterable[str]
    ) -> list[tuple[ScenarioSnapshot, Scenario | None]]:
        """The snapshots with these ids and their models, oldest version first per scenario.

        Snapshot documents are read only for versions not already kept.
        """
        listed = self.store.scenario_snapshots(scenario_version_ids, documents=False)
        models = {
            s.content_hash: self._models[s.content_hash]
            for s in listed
            if s.content_hash in self._models
        }
        missing = [s.id for s in listed if s.content_hash not in models]
        for snapshot in self.store.scenario_snapshots(missing):
            models[snapshot.content_hash] = snapshot_model(snapshot.document)
        for content_hash, model in models.items():
            self._models.pop(content_hash, None)
            self._models[content_hash] = model  # newest use last: evicted last
        while len(self._models) > self.MAX_KEPT:
            self._models.pop(next(iter(self._models)))
        return [(s, models[s.content_hash]) for s in listed]


def resolve(text: PathText | None, scenario: Scenario, language: str | None) -> str | None:
    """``text`` in ``language`` (None: the scenario's default language), or None.

    Outside an attempt a path-aware text shows its last, unconditional alternative,
    with both forms of address (``a/b``).
    """
    if text is None:
        return None
    default = scenario.default_language
    return TextRenderer(scenario, language or default).text(fallback_text(text))


# -- results --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ProfileSummary:
    """One profile's attempts in the period (zero if none)."""

    profile_id: str
    display_name: str
    role: str
    attempts: int
    finished: int
    average_percent: float | None  # mean overall percent of finished attempts
    last_started: str | None
    abandoned: int = 0  # started over; the rest (attempts - finished - abandoned) in progress

    @property
    def in_progress(self) -> int:
        """Attempts neither finished nor abandoned."""
        return self.attempts - self.finished - self.abandoned


@dataclass(frozen=True, slots=True)
class VersionCount:
    """How often a choice or item counted in one stored version, with that version's text."""

    scenario_version_id: str
    version: int
    text: str | None
    count: int


@dataclass(frozen=True, slots=True)
class ChoiceCount:
    """How often one option of a decision was chosen (``timeout``: the clock ran out)."""

    choice_id: str
    text: str | None  # the newest version's wording; None for the timeout
    rating: str | None
    count: int
    share: float | None  # percent of the answers at this decision
    versions: tuple[VersionCount, ...]  # per version played, oldest first
    texts_differ: bool  # the versions played word this option differently


@dataclass(frozen=True, slots=True)
class DecisionSummary:
    """The answers given at one decision node."""

    node_id: str
    title: str | None
    text: str | None
    stage: str | None
    answers: int
    choices: tuple[ChoiceCount, ...]


@dataclass(frozen=True, slots=True)
class ItemCount:
    """One checklist item: how often it was ticked, missed (correct, not ticked) or wrong."""

    item_id: str
    text: str | None
    correct: bool
    answers: int  # answers to versions of the checklist that have this item
    ticked: int
    missed: int  # correct but not ticked
    wrong: int  # not correct but ticked
    changed: bool  # the versions played word it or score it differently

    @property
    def missed_share(self) -> float | None:
        """Percent of answers that missed this item."""
        return 100 * self.missed / self.answers if self.answers else None

    @property
    def wrong_share(self) -> float | None:
        """Percent of answers that ticked this item wrongly."""
        return 100 * self.wrong / self.answers if self.answers else None


@dataclass(frozen=True, slots=True)
class ChecklistSummary:
    """The answers given at one checklist node."""

    node_id: str
    title: str | None
    prompt: str | None
    answers: int
    items: tuple[ItemCount, ...]


@dataclass(frozen=True, slots=True)
class ReportSummary:
    """The notes written at one report node: how often each item was missing.

    Self-assessed: an item counts as in a note when its officer ticked it. Every item is
    ``correct`` (a good note has it); ``missed`` is how often it was not ticked.
    """

    node_id: str
    title: str | None
    prompt: str | None
    answers: int
    items: tuple[ItemCount, ...]


@dataclass(frozen=True, slots=True)
class EndingCount:
    """How often an ending was reached."""

    ending_id: str
    title: str | None
    outcome: str
    count: int


@dataclass(frozen=True, slots=True)
class CompetencyAverage:
    """Mean percent in one competency over finished attempts."""

    competency: str
    label: str
    average_percent: float | None
    results: int  # finished attempts with a percentage in it


@dataclass(frozen=True, slots=True)
class ScenarioOverview:
    """Everything the overview shows about one scenario."""

    scenario_id: str
    title: str
    versions: tuple[int, ...]
    attempts: int
    finished: int
    average_percent: float | None  # of finished attempts only
    decisions: tuple[DecisionSummary, ...]
    checklists: tuple[ChecklistSummary, ...]
    endings: tuple[EndingCount, ...]
    competencies: tuple[CompetencyAverage, ...]
    abandoned: int = 0
    reports: tuple[ReportSummary, ...] = ()

    @property
    def in_progress(self) -> int:
        """Attempts neither finished nor abandoned."""
        return self.attempts - self.finished - self.abandoned

    def most_missing_in_notes(self, limit: int = 5) -> list[tuple[ReportSummary, ItemCount]]:
        """Report items most often missing from the notes (not ticked; self-assessed),
        most often first."""
        found = [(r, i) for r in self.reports for i in r.items if i.missed]
        found.sort(key=lambda pair: (-(pair[1].missed_share or 0.0), -pair[1].missed))
        return found[:limit]

    def most_missed(self, limit: int = 5) -> list[tuple[ChecklistSummary, ItemCount]]:
        """Correct items most often left unticked, most missed first."""
        found = [(c, i) for c in self.checklists for i in c.items if i.missed]
        found.sort(key=lambda pair: (-(pair[1].missed_share or 0.0), -pair[1].missed))
        return found[:limit]

    def most_wrongly_ticked(self, limit: int = 5) -> list[tuple[ChecklistSummary, ItemCount]]:
        """Wrong items most often ticked, most often first."""
        found = [(c, i) for c in self.checklists for i in c.items if i.wrong]
        found.sort(key=lambda pair: (-(pair[1].wrong_share or 0.0), -pair[1].wrong))
        return found[:limit]


@dataclass(frozen=True, slots=True)
class Overview:
    """The trainer overview for one period (and optionally one scenario and mode)."""

    period: Period
    scenario_id: str | None
    mode: str | None
    language: str | None
    profiles: tuple[ProfileSummary, ...]
    scenarios: tuple[ScenarioOverview, ...]
    competencies: tuple[CompetencyAverage, ...]  # over every scenario

    @property
    def attempts(self) -> int:
        """Attempts counted."""
        return sum(s.attempts for s in self.scenarios)

    @property
    def finished(self) -> int:
        """Attempts counted that were finished."""
        return sum(s.finished for s in self.scenarios)

    @property
    def abandoned(self) -> int:
        """Attempts counted that were abandoned (started over)."""
        return sum(s.abandoned for s in self.scenarios)

    @property
    def in_progress(self) -> int:
        """Attempts counted that are still in progress."""
        return self.attempts - self.finished - self.abandoned

    def scenario(self, scenario_id: str) -> ScenarioOverview | None:
        """The part about one scenario, if it was played in the period."""
        return next((s for s in self.scenarios if s.scenario_id == scenario_id), None)


# -- building it ------------------------------------------------------------------------------

_Versions = list[tuple[ScenarioSnapshot, Scenario | None]]
_T = TypeVar("_T")


def _mean(total: float | None, count: int) -> float | None:
    return None if not count or total is None else total / count


def _find_decision(model: Scenario, node_id: str) -> DecisionNode | None:
    node = model.nodes.get(NodeId(node_id))
    return node if isinstance(node, DecisionNode) else None


def _find_choice(model: Scenario, node_id: str, choice_id: str) -> Choice | None:
    node = _find_decision(model, node_id)
    return node.choice(choice_id) if node is not None else None


def _find_checklist(model: Scenario, node_id: str) -> ChecklistNode | None:
    node = model.nodes.get(NodeId(node_id))
    return node if isinstance(node, ChecklistNode) else None


def _find_item(model: Scenario, node_id: str, item_id: str) -> ChecklistItem | None:
    node = _find_checklist(model, node_id)
    return next((i for i in node.items if i.id == item_id), None) if node is not None else None


def _newest(
    played: _Versions, find: Callable[..., _T | None], *ids: str
) -> tuple[_T, Scenario] | None:
    """What ``find`` finds in the newest version that has it, with that version's model."""
    for _snapshot, model in reversed(played):
        if model is not None:
            found = find(model, *ids)
            if found is not None:
                return found, model
    return None


def _all_choices(node: DecisionNode) -> tuple[Choice, ...]:
    return (*node.choices, node.on_timeout) if node.on_timeout is not None else node.choices


def _label(model: Scenario | None, competency: str, language: str | None) -> str:
    if model is not None:
        return competency_label(model, competency, language or model.default_language)
    built_in = BUILT_IN_LABELS.get(CompetencyId(competency))
    return built_in.resolve(language or "en", "en") if built_in is not None else competency


class OverviewService:
    """Builds the trainer overview from counts the database makes."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.access = ReviewAccess(store)
        self.texts = SnapshotTexts(store)

    def overview(
        self,
        *,
        viewer: ProfileRecord,
        period: Period | None = None,
        scenario_id: str | None = None,
        mode: str | None = None,
        language: str | None = None,
        tz: dt.tzinfo | None = None,
    ) -> Overview:
        """Every profile and every scenario played in ``period`` (days in ``tz``, None: local).

        ``language`` picks the texts (None: each scenario's default language).
        ProfileError unless ``viewer`` is a trainer.
        """
        self.access.require_trainer(viewer)
        period = period or Period()
        since, until = period.bounds(tz)
        rows = self.store.overview_rows(
            since=since, until=until, scenario_id=scenario_id, mode=mode
        )
        played: dict[str, _Versions] = defaultdict(list)
        scenario_of: dict[str, str] = {}
        for snapshot, model in self.texts.load(row[1] for row in rows["outcomes"]):
            played[snapshot.scenario_id].append((snapshot, model))
            scenario_of[snapshot.id] = snapshot.scenario_id
        # Rows regrouped by scenario (choices and checklists come keyed by version).
        by_scenario: dict[str, dict[str, list[tuple[Any, ...]]]] = {
            key: defaultdict(list) for key in rows if key != "profiles"
        }
        for key, grouped in by_scenario.items():
            keyed_by_version = key in ("choices", "checklists", "reports")
            for row in rows[key]:
                grouped[scenario_of[row[0]] if keyed_by_version else row[0]].append(row)
        totals: dict[str, list[float]] = {}
        for sid, _vid, _e, _o, attempts, finished, total, counted, abandoned in rows["outcomes"]:
            entry = totals.setdefault(sid, [0, 0, 0.0, 0, 0])
            entry[0] += attempts
            entry[1] += finished
            entry[2] += total or 0.0
            entry[3] += counted
            entry[4] += abandoned

        scenarios = []
        for sid, (attempts, finished, total, counted, abandoned) in totals.items():
            versions = played[sid]
            newest = next((m for _s, m in reversed(versions) if m is not None), None)
            title = resolve(newest.title, newest, language) if newest is not None else None
            scenarios.append(
                ScenarioOverview(
                    scenario_id=sid,
                    title=title or sid,
                    versions=tuple(sorted({s.version for s, _m in versions})),
                    attempts=int(attempts),
                    finished=int(finished),
                    abandoned=int(abandoned),
                    average_percent=_mean(total, int(counted)),
                    decisions=_decisions(versions, by_scenario["choices"][sid], language),
                    checklists=_checklists(versions, by_scenario["checklists"][sid], language),
                    reports=_reports(versions, by_scenario["reports"][sid], language),
                    endings=_endings(versions, by_scenario["outcomes"][sid], language),
                    competencies=tuple(
                        CompetencyAverage(cid, _label(newest, cid, language), _mean(t, n), n)
                        for _sid, cid, t, n in sorted(
                            by_scenario["competencies"][sid], key=lambda r: r[1]
                        )
                    ),
                )
            )
        scenarios.sort(key=lambda s: (s.title.casefold(), s.scenario_id))
        return Overview(
            period=period,
            scenario_id=scenario_id,
            mode=mode,
            language=language,
            profiles=tuple(
                ProfileSummary(pid, name, role, count, done, average, last, abandoned)
                for pid, name, role, count, done, average, last, abandoned in rows["profiles"]
            ),
            scenarios=tuple(scenarios),
            competencies=_overall_competencies(rows["competencies"], played, language),
        )


def _overall_competencies(
    rows: list[tuple[Any, ...]], played: dict[str, _Versions], language: str | None
) -> tuple[CompetencyAverage, ...]:
    sums: dict[str, tuple[float, int]] = {}
    declared_in: dict[str, Scenario] = {}
    for sid, cid, total, count in rows:
        before_total, before_count = sums.get(cid, (0.0, 0))
        sums[cid] = (before_total + (total or 0.0), before_count + count)
        model = next((m for _s, m in reversed(played.get(sid, [])) if m is not None), None)
        if model is not None and CompetencyId(cid) in model.competencies:
            declared_in.setdefault(cid, model)
    return tuple(
        CompetencyAverage(cid, _label(declared_in.get(cid), cid, language), _mean(t, n), n)
        for cid, (t, n) in sorted(sums.items())
    )


def _order(
    played: _Versions, listed: Callable[[Scenario], Iterable[tuple[str, Iterable[str]]]]
) -> dict[str, dict[str, None]]:
    """Node ids and their option ids, newest version's order first, then older ones'."""
    order: dict[str, dict[str, None]] = {}
    for _snapshot, model in reversed(played):
        if model is None:
            continue
        for node_id, option_ids in listed(model):
            slot = order.setdefault(node_id, {})
            for option_id in option_ids:
                slot.setdefault(option_id, None)
    return order


def story_order(model: Scenario) -> list[AnyNode]:
    """The nodes in the order a reader meets them (breadth-first from the start).

    Snapshots store nodes sorted by id, so their own order says nothing about the story.
    Nodes nothing leads to come last, by id.
    """
    seen: dict[str, None] = {model.start: None}
    queue = [model.start]
    for node_id in queue:
        for target in node_successors(model.node(node_id)):
            if target not in seen and target in model.nodes:
                seen[target] = None
                queue.append(target)
    rest = sorted(n for n in model.nodes if n not in seen)
    return [model.node(n) for n in (*seen, *rest)]


def _decision_options(model: Scenario) -> Iterable[tuple[str, Iterable[str]]]:
    for node in story_order(model):
        if isinstance(node, DecisionNode):
            yield node.id, [c.id for c in _all_choices(node)]


def _checklist_options(model: Scenario) -> Iterable[tuple[str, Iterable[str]]]:
    for node in story_order(model):
        if isinstance(node, ChecklistNode):
            yield node.id, [i.id for i in node.items]


def _decisions(
    played: _Versions, rows: list[tuple[Any, ...]], language: str | None
) -> tuple[DecisionSummary, ...]:
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)
    for vid, node_id, choice_id, count in rows:
        counts[(node_id, choice_id)][vid] = count
    order = _order(played, _decision_options)
    for node_id, choice_id in counts:  # options no stored version has (never expected)
        order.setdefault(node_id, {}).setdefault(choice_id, None)

    summaries = []
    for node_id, choice_ids in order.items():
        answers = sum(sum(counts.get((node_id, c), {}).values()) for c in choice_ids)
        options = []
        for choice_id in choice_ids:
            per_version = counts.get((node_id, choice_id), {})
            worded = []
            for snapshot, model in played:
                if snapshot.id in per_version:
                    choice = _find_choice(model, node_id, choice_id) if model else None
                    text = resolve(choice.text, model, language) if choice and model else None
                    worded.append(
                        VersionCount(snapshot.id, snapshot.version, text, per_version[snapshot.id])
                    )
            latest = _newest(played, _find_choice, node_id, choice_id)
            text = resolve(latest[0].text, latest[1], language) if latest else None
            count = sum(per_version.values())
            options.append(
                ChoiceCount(
                    choice_id=choice_id,
                    text=text,
                    rating=latest[0].rating.value if latest else None,
                    count=count,
                    share=100 * count / answers if answers else None,
                    versions=tuple(worded),
                    texts_differ=len({v.text for v in worded} | {text}) > 1,
                )
            )
        shown = _newest(played, _find_decision, node_id)
        summaries.append(
            DecisionSummary(
                node_id=node_id,
                title=resolve(shown[0].title, shown[1], language) if shown else None,
                text=resolve(shown[0].text, shown[1], language) if shown else None,
                stage=shown[0].stage.value if shown and shown[0].stage else None,
                answers=answers,
                choices=tuple(options),
            )
        )
    return tuple(summaries)


def _checklists(
    played: _Versions, rows: list[tuple[Any, ...]], language: str | None
) -> tuple[ChecklistSummary, ...]:
    models = {snapshot.id: model for snapshot, model in played}
    answers: dict[str, int] = defaultdict(int)
    tally: dict[tuple[str, str], list[int]] = {}  # answers, ticked, missed, wrong
    wordings: dict[tuple[str, str], set[tuple[str | None, bool]]] = defaultdict(set)
    for vid, node_id, ticked_json, count in rows:
        answers[node_id] += count
        model = models.get(vid)
        node = _find_checklist(model, node_id) if model is not None else None
        if node is None or model is None:
            continue
        ticked = set(json.loads(ticked_json))
        for item in node.items:
            # Each answer is judged by its own version's items: correctness may have changed.
            wordings[(node_id, item.id)].add((resolve(item.text, model, language), item.correct))
            entry = tally.setdefault((node_id, item.id), [0, 0, 0, 0])
            entry[0] += count
            if item.id in ticked:
                entry[1] += count
                if not item.correct:
                    entry[3] += count
            elif item.correct:
                entry[2] += count
    order = _order(played, _checklist_options)
    for node_id, item_id in tally:
        order.setdefault(node_id, {}).setdefault(item_id, None)
    for node_id in answers:
        order.setdefault(node_id, {})

    summaries = []
    for node_id, item_ids in order.items():
        items = []
        for item_id in item_ids:
            latest = _newest(played, _find_item, node_id, item_id)
            text = resolve(latest[0].text, latest[1], language) if latest else None
            correct = latest[0].correct if latest else False
            answered, ticked_count, missed, wrong = tally.get((node_id, item_id), [0, 0, 0, 0])
            items.append(
                ItemCount(
                    item_id=item_id,
                    text=text,
                    correct=correct,
                    answers=answered,
                    ticked=ticked_count,
                    missed=missed,
                    wrong=wrong,
                    changed=len(wordings[(node_id, item_id)] | {(text, correct)}) > 1,
                )
            )
        shown = _newest(played, _find_checklist, node_id)
        summaries.append(
            ChecklistSummary(
                node_id=node_id,
                title=resolve(shown[0].title, shown[1], language) if shown else None,
                prompt=resolve(shown[0].prompt, shown[1], language) if shown else None,
                answers=answers.get(node_id, 0),
                items=tuple(items),
            )
        )
    return tuple(summaries)


def _find_report(model: Scenario, node_id: str) -> ReportNode | None:
    node = model.nodes.get(NodeId(node_id))
    return node if isinstance(node, ReportNode) else None


def _find_report_item(model: Scenario, node_id: str, item_id: str) -> ReportItem | None:
    node = _find_report(model, node_id)
    return next((i for i in node.items if i.id == item_id), None) if node else None


def _report_options(model: Scenario) -> Iterable[tuple[str, Iterable[str]]]:
    for node in story_order(model):
        if isinstance(node, ReportNode):
            yield node.id, [i.id for i in node.items]


def _reports(
    played: _Versions, rows: list[tuple[Any, ...]], language: str | None
) -> tuple[ReportSummary, ...]:
    """Per report node, per item: in how many notes it was missing (not ticked)."""
    models = {snapshot.id: model for snapshot, model in played}
    answers: dict[str, int] = defaultdict(int)
    tally: dict[tuple[str, str], list[int]] = {}  # answers, ticked, missing
    wordings: dict[tuple[str, str], set[str | None]] = defaultdict(set)
    for vid, node_id, ticked_json, count in rows:
        answers[node_id] += count
        model = models.get(vid)
        node = _find_report(model, node_id) if model is not None else None
        if node is None or model is None:
            continue
        ticked = set(json.loads(ticked_json))
        for item in node.items:
            wordings[(node_id, item.id)].add(resolve(item.text, model, language))
            entry = tally.setdefault((node_id, item.id), [0, 0, 0])
            entry[0] += count
            entry[1 if item.id in ticked else 2] += count
    order = _order(played, _report_options)
    for node_id, item_id in tally:
        order.setdefault(node_id, {}).setdefault(item_id, None)
    for node_id in answers:
        order.setdefault(node_id, {})

    summaries = []
    for node_id, item_ids in order.items():
        items = []
        for item_id in item_ids:
            latest = _newest(played, _find_report_item, node_id, item_id)
            text = resolve(latest[0].text, latest[1], language) if latest else None
            answered, ticked_count, missing = tally.get((node_id, item_id), [0, 0, 0])
            items.append(
                ItemCount(
                    item_id=item_id,
                    text=text,
                    correct=True,
                    answers=answered,
                    ticked=ticked_count,
                    missed=missing,
                    wrong=0,
                    changed=len(wordings[(node_id, item_id)] | {text}) > 1,
                )
            )
        shown = _newest(played, _find_report, node_id)
        summaries.append(
            ReportSummary(
                node_id=node_id,
                title=resolve(shown[0].title, shown[1], language) if shown else None,
                prompt=resolve(shown[0].prompt, shown[1], language) if shown else None,
                answers=answers.get(node_id, 0),
                items=tuple(items),
            )
        )
    return tuple(summaries)


def _endings(
    played: _Versions, rows: list[tuple[Any, ...]], language: str | None
) -> tuple[EndingCount, ...]:
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for _sid, _vid, ending_id, outcome, _attempts, finished, _total, _counted, _ab in rows:
        if ending_id is not None and finished:
            counts[(ending_id, outcome)] += finished
    titles: dict[str, str | None] = {}
    for _snapshot, model in played:  # oldest first: the newest wording wins
        if model is None:
            continue
        for node in model.nodes.values():
            if isinstance(node, EndingNode):
                titles[node.id] = resolve(node.title, model, language)
    return tuple(
        EndingCount(ending_id, titles.get(ending_id), outcome, count)
        for (ending_id, outcome), count in sorted(
            counts.items(), key=lambda pair: (-pair[1], pair[0])
        )
    )
