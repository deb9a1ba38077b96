"""Reports: CSV files of attempts and of the overview's choice counts, and report models.

The report models hold what a PDF of one attempt or of a profile's history shows;
the GUI lays them out with Qt's PDF writer. CSV files are UTF-8 with a byte-order
mark (so spreadsheet programs read Polish letters right) and are written atomically.
Free-text cells that a spreadsheet would run as a formula get a leading apostrophe.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from trainer.domain.competencies import competency_label
from trainer.domain.engine import Action
from trainer.domain.markup import opening_words
from trainer.domain.model import ChecklistNode, DecisionNode, ReportNode, Scenario
from trainer.domain.render import TextRenderer
from trainer.domain.scoring import percentages
from trainer.fileio import atomic_write_bytes, paused_gc
from trainer.services.debrief import DebriefStep
from trainer.services.history import played_language_titles
from trainer.services.overview import (
    Overview,
    Period,
    ReviewAccess,
    SnapshotTexts,
    resolve,
)
from trainer.services.replay import Replay, ReplayService, ReplayStep
from trainer.storage.records import AttemptRecord, HistorySummary, ProfileRecord
from trainer.storage.store import Store, iso

ATTEMPT_COLUMNS = (
    "id",
    "profile",
    "scenario",
    "version",
    "mode",
    "language",
    "status",
    "started",
    "finished",
    "abandoned",
    "ending",
    "outcome",
    "overall_percent",
    # Of the points, those the officer gave themselves at report nodes (ticked items).
    "self_assessed_points",
)
CHOICE_COLUMNS = (
    "scenario",
    "scenario_title",
    "node",
    "node_title",
    "choice",
    "choice_text",
    "rating",
    "count",
    "share_percent",
    "answers_at_node",
    "by_version",
    "wording_changed",
)
PERCENT_SUFFIX = "_percent"
#: The rating column of a report item's row: the officer, not the scenario, judged it.
SELF_ASSESSED = "self-assessed"
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str | None) -> str:
    """Free text for a CSV cell that spreadsheets will not evaluate as a formula."""
    if not text:
        return ""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def number_cell(value: float | None) -> str:
    """A percentage with one decimal, or empty.

    Always with a decimal point, as the timestamps stay ISO 8601 UTC, whatever the UI
    language: a CSV is read by spreadsheets and scripts, which parse these alike, while
    the screens and the PDF reports write numbers and dates as the UI language does.
    """
    return "" if value is None else f"{value:.1f}"


def competency_column(competency: str) -> str:
    """The CSV column holding a competency's percent."""
    return competency + PERCENT_SUFFIX


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a CSV file atomically; returns the number of data rows."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    atomic_write_bytes(path, buffer.getvalue().encode("utf-8-sig"))
    return count


# -- report models ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CompetencyLine:
    """Points, maximum and percent in one competency."""

    competency: str
    label: str
    points: int
    maximum: int
    percent: float | None


@dataclass(frozen=True, slots=True)
class AnswerLine:
    """One answered decision, checklist or report, as the attempt report lists it."""

    seq: int
    stage: str | None
    question: str  # the node's title, else its prompt or the start of its text
    answer: str  # the option's text; for a checklist the ticked items, "; "-separated
    timed_out: bool  # the clock ran out (``answer`` is then the id ``timeout``)
    rating: str | None
    points: int
    on_best_path: bool
    best_answer: str | None  # the best answer from that situation, when it was not given
    checklist_right: int
    checklist_wrong: int
    checklist_missed: int
    cards: tuple[str, ...]  # titles of the cards opened before answering
    elapsed_ms: int | None
    #: A report: its points are self-assessed (``checklist_right``: items ticked as in
    #: the note, ``checklist_missed``: items not), and ``note`` is the text written.
    self_assessed: bool = False
    note: str | None = None


@dataclass(frozen=True, slots=True)
class StageLine:
    """Ratings and points at one decision-model stage."""

    stage: str | None
    ratings: dict[str, int]
    points: int


@dataclass(frozen=True, slots=True)
class AttemptReport:
    """What the PDF of one attempt (its debrief) shows; it names the scenario version."""

    attempt_id: str
    profile_name: str
    scenario_id: str
    scenario_title: str
    version: int
    content_hash: str
    mode: str
    language: str
    status: str
    started: str
    finished: str | None
    ending_title: str | None
    ending_text: str | None
    outcome: str | None
    overall_percent: float | None
    competencies: tuple[CompetencyLine, ...]
    answers: tuple[AnswerLine, ...]
    stages: tuple[StageLine, ...]
    first_departure_seq: int | None


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One attempt in a history report."""

    attempt_id: str
    started: str
    finished: str | None
    scenario_id: str
    scenario_title: str
    version: int
    mode: str
    status: str
    ending: str | None
    outcome: str | None
    overall_percent: float | None


@dataclass(frozen=True, slots=True)
class CompetencyPoint:
    """A competency's percent in one finished attempt (one point of a chart)."""

    attempt_id: str
    at: str
    scenario_id: str
    percent: float


@dataclass(frozen=True, slots=True)
class CompetencyTrend:
    """A competency over time, with the scenarios played that train it."""

    competency: str
    label: str
    points: tuple[CompetencyPoint, ...]
    average: float | None
    last: float | None
    scenarios: tuple[str, ...]
    #: Some of its points may come from report nodes, which the officer marks themselves:
    #: a scenario version finished in it scores this competency at a report.
    self_assessed: bool = False


#: How many recent finished attempts a competency chart shows.
CHART_POINTS = 200


@dataclass(frozen=True, slots=True)
class ScenarioStanding:
    """Best and last overall percent in one scenario."""

    scenario_id: str
    title: str
    attempts: int
    finished: int
    best: float | None
    last: float | None


@dataclass(frozen=True, slots=True)
class HistoryReport:
    """What the PDF of a profile's history shows."""

    profile_id: str
    profile_name: str
    period: Period
    generated_at: str
    language: str | None
    lines: tuple[HistoryLine, ...]
    trends: tuple[CompetencyTrend, ...]
    standings: tuple[ScenarioStanding, ...]

    def weakest(self, limit: int = 3) -> list[CompetencyTrend]:
        """The competencies with the lowest average, weakest first."""
        rated = [t for t in self.trends if t.average is not None]
        rated.sort(key=lambda t: (t.average, t.label))
        return rated[:limit]


# -- the service --------------------------------------------------------------------------


class ReportService:
    """CSV exports and the data behind PDF reports, with the review access rule."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.access = ReviewAccess(store)
        self.replays = ReplayService(store)
        self.texts = SnapshotTexts(store)

    def attempts(
        self,
        *,
        viewer: ProfileRecord,
        profile: ProfileRecord | None = None,
        period: Period | None = None,
        tz: dt.tzinfo | None = None,
    ) -> list[AttemptRecord]:
        """One profile's attempts, or (trainers only) everyone's, oldest first."""
        if profile is None:
            self.access.require_trainer(viewer)
        else:
            self.access.require_profile(viewer, profile.id)
        since, until = (period or Period()).bounds(tz)
        return self.store.attempts_between(
            since=since, until=until, profile_id=profile.id if profile is not None else None
        )

    def attempts_table(
        self,
        *,
        viewer: ProfileRecord,
        profile: ProfileRecord | None = None,
        period: Period | None = None,
        tz: dt.tzinfo | None = None,
    ) -> tuple[list[str], list[list[str]]]:
        """The header and rows of the attempts CSV (see :data:`ATTEMPT_COLUMNS`).

        One column per competency any listed attempt scores, named
        ``<competency>_percent``, filled for finished attempts.
        """
        records = self.attempts(viewer=viewer, profile=profile, period=period, tz=tz)
        names = {p.id: p.display_name for p in self.store.list_profiles()}
        competencies = sorted({cid for r in records for cid in r.maximum})
        self_assessed = self.store.self_assessed_points(r.id for r in records)
        header = [*ATTEMPT_COLUMNS, *(competency_column(c) for c in competencies)]
        rows = []
        for r in records:
            percent = percentages(r.points, r.maximum)[0] if r.status == "finished" else {}
            rows.append(
                [
                    r.id,
                    safe_cell(names.get(r.profile_id, "")),
                    r.scenario_id,
                    str(r.version),
                    r.mode,
                    r.language,
                    r.status,
                    r.started_at,
                    # finished_at is when the attempt ended, finished or abandoned.
                    (r.finished_at or "") if r.status == "finished" else "",
                    (r.finished_at or "") if r.status == "abandoned" else "",
                    r.ending or "",
                    r.outcome or "",
                    number_cell(r.overall_percent),
                    str(self_assessed.get(r.id, 0)),
                    *(number_cell(percent.get(c)) for c in competencies),
                ]
            )
        return header, rows

    def write_attempts_csv(
        self,
        path: Path,
        *,
        viewer: ProfileRecord,
        profile: ProfileRecord | None = None,
        period: Period | None = None,
        tz: dt.tzinfo | None = None,
    ) -> int:
        """Write the attempts CSV to ``path``; returns the number of attempts written."""
        header, rows = self.attempts_table(viewer=viewer, profile=profile, period=period, tz=tz)
        return write_csv(path, header, rows)

    def write_choice_counts_csv(self, path: Path, overview: Overview) -> int:
        """Write the overview's choice counts (one row per option of each decision)."""
        return write_csv(path, CHOICE_COLUMNS, choice_count_rows(overview))

    # -- report models --------------------------------------------------------------------

    def attempt_report(
        self, attempt_id: str, *, viewer: ProfileRecord, labels: str | None = None
    ) -> AttemptReport:
        """The data of an attempt's PDF report, in the language it was played.

        ``labels`` (the UI language) names the scenario and the competencies, falling
        back to the scenario's default language; None: the language played.
        """
        return attempt_report(self.replays.replay(attempt_id, viewer=viewer), labels=labels)

    def history_report(
        self,
        profile: ProfileRecord,
        *,
        viewer: ProfileRecord,
        language: str | None = None,
        period: Period | None = None,
        tz: dt.tzinfo | None = None,
        summaries: list[HistorySummary] | None = None,
        with_lines: bool = True,
    ) -> HistoryReport:
        """The data of a profile's history PDF (texts in ``language``; None: as played).

        ``summaries``: the profile's listing rows if the caller has just read them;
        ``with_lines=False`` leaves out the per-attempt lines (a screen lists those itself).
        Each trend charts the latest :data:`CHART_POINTS` finished attempts; its average
        covers them all.
        """
        with paused_gc():  # tens of thousands of small records for a long history
            return self._history_report(
                profile, viewer, language, period, tz, summaries, with_lines
            )

    def _history_report(
        self,
        profile: ProfileRecord,
        viewer: ProfileRecord,
        language: str | None,
        period: Period | None,
        tz: dt.tzinfo | None,
        summaries: list[HistorySummary] | None,
        with_lines: bool,
    ) -> HistoryReport:
        period = period or Period()
        self.access.require_profile(viewer, profile.id)
        since, until = period.bounds(tz)
        # The listing columns only, as plain tuples: a history may hold thousands.
        if summaries is None:
            summaries = played_language_titles(self.store, profile.id)
        records = [
            r
            for r in summaries
            if (since is None or r.started_at >= since) and (until is None or r.started_at < until)
        ]
        models = {
            snapshot.id: model
            for snapshot, model in self.texts.load({r.scenario_version_id for r in records})
        }

        titles: dict[tuple[str, str], str] = {}

        def title(record: HistorySummary) -> str:
            # Thousands of attempts share a handful of (version, language) pairs.
            key = (record.scenario_version_id, language or record.language)
            if key not in titles:
                model = models.get(record.scenario_version_id)
                found = resolve(model.title, model, key[1]) if model is not None else None
                titles[key] = found or record.title
            return titles[key]

        # Charts show recent attempts; averages still cover every finished attempt.
        finished = [r for r in records if r.status == "finished"]
        finished.sort(key=lambda r: (r.finished_at or r.started_at, r.id))
        charted = {r.id for r in finished[-CHART_POINTS:]}
        lines = []
        series: dict[str, list[CompetencyPoint]] = {}
        values: dict[str, list[float]] = {}
        trained_by: dict[str, dict[str, None]] = {}
        labelled_by: dict[str, Scenario] = {}
        standings: dict[str, list[HistorySummary]] = {}
        self_assessed: set[str] = set()
        for r in records:
            if with_lines:
                lines.append(
                    HistoryLine(
                        attempt_id=r.id,
                        started=r.started_at,
                        finished=r.finished_at if r.status == "finished" else None,
                        scenario_id=r.scenario_id,
                        scenario_title=title(r),
                        version=r.version,
                        mode=r.mode,
                        status=r.status,
                        ending=r.ending,
                        outcome=r.outcome,
                        overall_percent=r.overall_percent,
                    )
                )
            standings.setdefault(r.scenario_id, []).append(r)
            model = models.get(r.scenario_version_id)
            for cid, top in r.maximum.items():
                if top > 0:
                    trained_by.setdefault(cid, {})[r.scenario_id] = None
                    if model is not None:
                        labelled_by[cid] = model
            if r.status != "finished":
                continue
            if model is not None:
                self_assessed.update(_report_competencies(model))
            for cid, value in percentages(r.points, r.maximum)[0].items():
                if value is None:
                    continue
                values.setdefault(cid, []).append(value)
                if r.id in charted:
                    series.setdefault(cid, []).append(
                        CompetencyPoint(r.id, r.finished_at or r.started_at, r.scenario_id, value)
                    )
        trends = []
        for cid in sorted(set(series) | set(trained_by)):
            points = tuple(sorted(series.get(cid, []), key=lambda p: (p.at, p.attempt_id)))
            model = labelled_by.get(cid)
            label = (
                competency_label(model, cid, language or model.default_language)
                if model is not None
                else cid
            )
            trends.append(
                CompetencyTrend(
                    competency=cid,
                    label=label,
                    points=points,
                    average=statistics.fmean(values[cid]) if values.get(cid) else None,
                    last=points[-1].percent if points else None,
                    scenarios=tuple(trained_by.get(cid, {})),
                    self_assessed=cid in self_assessed,
                )
            )
        return HistoryReport(
            profile_id=profile.id,
            profile_name=profile.display_name,
            period=period,
            generated_at=iso(self.store.clock()),
            language=language,
            lines=tuple(lines),
            trends=tuple(sorted(trends, key=lambda t: t.label.casefold())),
            standings=tuple(
                _standing(sid, tried, title(tried[-1])) for sid, tried in standings.items()
            ),
        )


def _report_competencies(model: Scenario) -> set[str]:
    """The competencies a scenario scores at report nodes (self-assessed points)."""
    return {str(n.competency) for n in model.nodes.values() if isinstance(n, ReportNode)}


def _standing(scenario_id: str, tried: list[HistorySummary], title: str) -> ScenarioStanding:
    done = [r.overall_percent for r in tried if r.status == "finished"]
    scored = [p for p in done if p is not None]
    return ScenarioStanding(
        scenario_id=scenario_id,
        title=title,
        attempts=len(tried),
        finished=len(done),
        best=max(scored) if scored else None,
        last=scored[-1] if scored else None,
    )


def choice_count_rows(overview: Overview) -> list[list[str]]:
    """The rows of the choice-counts CSV (see :data:`CHOICE_COLUMNS`)."""
    rows = []
    for scenario in overview.scenarios:
        for decision in scenario.decisions:
            for option in decision.choices:
                rows.append(
                    [
                        scenario.scenario_id,
                        safe_cell(scenario.title),
                        decision.node_id,
                        safe_cell(decision.title),
                        option.choice_id,
                        safe_cell(option.text),
                        option.rating or "",
                        str(option.count),
                        number_cell(option.share),
                        str(decision.answers),
                        "; ".join(f"v{v.version}: {v.count}" for v in option.versions),
                        "yes" if option.texts_differ else "no",
                    ]
                )
        # A report's items, as ticked (said to be in the note): rated ``self-assessed``.
        for report in scenario.reports:
            for item in report.items:
                rows.append(
                    [
                        scenario.scenario_id,
                        safe_cell(scenario.title),
                        report.node_id,
                        safe_cell(report.title),
                        item.item_id,
                        safe_cell(item.text),
                        SELF_ASSESSED,
                        str(item.ticked),
                        number_cell(100 * item.ticked / item.answers if item.answers else None),
                        str(report.answers),
                        "",
                        "yes" if item.changed else "no",
                    ]
                )
    return rows


def attempt_report(replay: Replay, *, labels: str | None = None) -> AttemptReport:
    """The attempt report of a replayed attempt (see :meth:`ReportService.attempt_report`)."""
    scenario, language = replay.scenario, replay.language
    named = labels or language
    debrief = replay.debrief
    by_seq = {s.seq: s for s in replay.steps}
    sheet = debrief.sheet
    ending = debrief.ending
    record = replay.attempt
    return AttemptReport(
        attempt_id=record.id,
        profile_name=replay.profile_name,
        scenario_id=scenario.id,
        # The attempt's form of address, not both forms: this is one officer's attempt.
        scenario_title=TextRenderer(scenario, named, debrief.address).text(scenario.title)
        or replay.scenario_title,
        version=scenario.version,
        content_hash=replay.content_hash,
        mode=record.mode,
        language=language,
        status=record.status,
        started=record.started_at,
        finished=record.finished_at if record.status == "finished" else None,
        # As the player showed them on this path (``current`` is the ending reached).
        ending_title=replay.current.title if ending else None,
        ending_text=replay.current.text if ending else None,
        outcome=ending.outcome.value if ending else None,
        overall_percent=sheet.overall_percent,
        competencies=tuple(
            CompetencyLine(
                competency=cid,
                label=competency_label(scenario, cid, named),
                points=sheet.points[cid],
                maximum=top,
                percent=sheet.percent[cid],
            )
            for cid, top in sheet.maximum.items()
        ),
        answers=tuple(
            _answer_line(debrief.renderer(language), s, by_seq[s.seq]) for s in debrief.steps
        ),
        stages=tuple(
            StageLine(
                stage=summary.stage.value if summary.stage else None,
                ratings={rating.value: n for rating, n in summary.ratings.items()},
                points=summary.points,
            )
            for summary in debrief.stages
        ),
        first_departure_seq=debrief.first_departure.seq if debrief.first_departure else None,
    )


def _question(step: ReplayStep) -> str:
    node = step.node
    if node.title:
        return node.title
    if node.prompt:
        return node.prompt
    # The opening words, not the author's first (wrapped) line, and never the node id.
    return opening_words(node.text, 119)


def _answer_line(renderer: TextRenderer, step: DebriefStep, shown: ReplayStep) -> AnswerLine:
    node = renderer.scenario.node(step.node_id)
    if shown.choice is not None:
        answer = shown.choice.text or shown.choice.choice_id
    else:
        answer = "; ".join(i.text for i in shown.items if i.ticked)
    best: str | None = None
    if step.best_choice_id is not None:
        if isinstance(node, DecisionNode):
            choice = node.choice(step.best_choice_id)
            best = (renderer.text(choice.text) or None) if choice else step.best_choice_id
        elif isinstance(node, ChecklistNode):
            wanted = set(step.best_choice_id.split(","))
            best = "; ".join(renderer.text(i.text) or i.id for i in node.items if i.id in wanted)
    return AnswerLine(
        seq=step.seq,
        stage=step.stage.value if step.stage else None,
        question=_question(shown),
        answer=answer,
        timed_out=step.action is Action.TIMEOUT,
        rating=step.rating.value if step.rating else None,
        points=sum(step.gained.values()),
        on_best_path=step.on_best_path,
        best_answer=best,
        checklist_right=step.checklist_right,
        checklist_wrong=step.checklist_wrong,
        checklist_missed=step.checklist_missed,
        cards=tuple(card.title for card in shown.cards),
        elapsed_ms=shown.elapsed_ms,
        self_assessed=step.self_assessed,
        note=shown.note,
    )
