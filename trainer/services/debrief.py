"""The debrief of a finished (or replayed) attempt, computed without Qt.

For each decision the officer took: the choice, its rating and feedback, the
points it earned, and, where the officer left the best path, what the best
choice there would have been (the best path from that exact situation).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from trainer.domain.address import Address
from trainer.domain.analysis import Analysis, best_continuation
from trainer.domain.engine import Action, PlayEngine, PlayState
from trainer.domain.model import (
    ChecklistNode,
    DecisionNode,
    EndingNode,
    Rating,
    ReportNode,
    Scenario,
    Stage,
)
from trainer.domain.render import TextRenderer
from trainer.domain.scoring import ScoreSheet, score_sheet


@dataclass(frozen=True)
class DebriefStep:
    """One decision, checklist or report the officer answered."""

    seq: int
    node_id: str
    stage: Stage | None
    action: Action
    choice_id: str | None
    ticked: tuple[str, ...]
    rating: Rating | None
    gained: dict[str, int]
    on_best_path: bool  # every answer so far, this one included, was the best one
    best_choice_id: str | None  # the best answer from this situation, when it was not taken
    checklist_right: int = 0
    checklist_wrong: int = 0
    checklist_missed: int = 0
    #: The state the node was shown in (it chooses path-aware texts and feedback).
    state: PlayState | None = None
    #: A report's note as written (plain text, never markup); None at other steps.
    note: str | None = None

    @property
    def self_assessed(self) -> bool:
        """A report: its points are the items the officer ticked in their own note."""
        return self.action is Action.REPORT


@dataclass(frozen=True)
class StageSummary:
    """How the officer did at one decision-model stage."""

    stage: Stage | None
    ratings: dict[Rating, int]
    points: int


@dataclass(frozen=True)
class Debrief:
    """Everything the debrief screen shows."""

    scenario: Scenario
    state: PlayState
    sheet: ScoreSheet
    ending: EndingNode | None
    steps: list[DebriefStep]
    first_departure: DebriefStep | None
    stages: list[StageSummary] = field(default_factory=list)
    #: How the officer was addressed in the attempt.
    address: Address = Address.NONE

    def renderer(self, language: str) -> TextRenderer:
        """Renders the attempt's texts in ``language`` and its form of address."""
        return TextRenderer(self.scenario, language, self.address)


def checklist_rating(node: ChecklistNode, ticked: frozenset[str]) -> Rating:
    """A rating for a checklist answer: all right is best, any wrong tick lowers it."""
    right = sum(1 for i in node.items if i.correct and i.id in ticked)
    wrong = sum(1 for i in node.items if not i.correct and i.id in ticked)
    if right == node.maximum and wrong == 0:
        return Rating.BEST
    if right > wrong and wrong <= 1:
        return Rating.GOOD
    return Rating.POOR if right >= wrong else Rating.HARMFUL


def build_debrief(
    scenario: Scenario,
    analysis: Analysis,
    state: PlayState,
    address: Address = Address.NONE,
) -> Debrief:
    """Walk the attempt's steps again on the scenario version it was played on."""
    engine = PlayEngine(scenario)
    replay = engine.start()
    steps: list[DebriefStep] = []
    departed = False
    for seq, step in enumerate(state.steps, start=1):
        node = scenario.node(step.node)
        best_id: str | None = None
        on_best = True
        if isinstance(node, DecisionNode | ChecklistNode):
            # The best choice from this exact situation, even after an earlier detour.
            best = best_continuation(scenario, replay)
            matched = True
            if best is not None and best.tokens:
                expected = best.tokens[0]
                taken = step.choice if step.choice is not None else ",".join(sorted(step.ticked))
                if isinstance(node, ChecklistNode):
                    expected = ",".join(sorted(expected.split(","))) if expected else ""
                matched = expected == taken
                if not matched:
                    best_id = best.tokens[0]
            on_best = matched and not departed
            departed = departed or not matched
        rating: Rating | None = None  # none for a report: the officer marked it
        right = wrong = missed = 0
        if isinstance(node, DecisionNode) and step.choice is not None:
            chosen = node.choice(step.choice)
            rating = chosen.rating if chosen is not None else None
        elif isinstance(node, ChecklistNode):
            ticked = frozenset(step.ticked)
            rating = checklist_rating(node, ticked)
            right = sum(1 for i in node.items if i.correct and i.id in ticked)
            wrong = sum(1 for i in node.items if not i.correct and i.id in ticked)
            missed = node.maximum - right
        elif isinstance(node, ReportNode):
            right = len(step.ticked)
            missed = node.maximum - right
            on_best = not departed
        # A report is listed, but no best path is judged by it: ticking fewer items is
        # an honest self-assessment, not a departure from the best way through.
        if isinstance(node, DecisionNode | ChecklistNode | ReportNode):
            steps.append(
                DebriefStep(
                    seq=seq,
                    node_id=node.id,
                    stage=node.stage,
                    action=step.action,
                    choice_id=step.choice,
                    ticked=step.ticked,
                    rating=rating,
                    gained={str(k): v for k, v in step.gained.items()},
                    on_best_path=on_best,
                    best_choice_id=best_id,
                    checklist_right=right,
                    checklist_wrong=wrong,
                    checklist_missed=missed,
                    state=replay,
                    note=step.note if isinstance(node, ReportNode) else None,
                )
            )
        replay = _apply(engine, replay, step.action, step.choice, step.ticked, step.note)
    ending_node = engine.current_node(state)
    ending = ending_node if isinstance(ending_node, EndingNode) else None
    first = next((s for s in steps if not s.on_best_path), None)
    return Debrief(
        scenario=scenario,
        state=state,
        sheet=score_sheet(state.points, analysis.maximum),
        ending=ending,
        steps=steps,
        first_departure=first,
        stages=_stages(steps),
        address=address,
    )


def _apply(
    engine: PlayEngine,
    state: PlayState,
    action: Action,
    choice: str | None,
    ticked: tuple[str, ...],
    note: str | None = None,
) -> PlayState:
    if action is Action.CONTINUE:
        return engine.continue_(state)
    if action is Action.TIMEOUT:
        return engine.time_out(state)
    if action is Action.CHECKLIST:
        return engine.answer(state, ticked)
    if action is Action.REPORT:
        return engine.report(state, note or "", ticked)
    assert choice is not None
    return engine.choose(state, choice)


def _stages(steps: list[DebriefStep]) -> list[StageSummary]:
    order = [*list(Stage), None]
    summaries = []
    for stage in order:
        # Rated steps only: a report is self-assessed, with no rating to count here (its
        # points show with the competencies, marked so), and alone it left an empty line.
        at_stage = [s for s in steps if s.stage == stage and s.rating is not None]
        if not at_stage:
            continue
        ratings = Counter(s.rating for s in at_stage if s.rating is not None)
        points = sum(sum(s.gained.values()) for s in at_stage)
        summaries.append(StageSummary(stage, dict(ratings), points))
    return summaries
