"""Read-only replay of a past attempt, exactly as it was shown.

The scenario is rebuilt from the snapshot stored with the attempt, so the replay
shows the wording the officer read even after the scenario file was edited or
deleted. The stored steps are walked again with the play engine; a step that
does not fit the snapshot means the stored data is damaged (StorageError).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from trainer.domain.address import Address, parse_address
from trainer.domain.engine import Action, PlayEngine, PlayState
from trainer.domain.errors import PlayError
from trainer.domain.ids import CardId
from trainer.domain.markup import one_line, opening_words
from trainer.domain.model import (
    AnyNode,
    ChecklistNode,
    Choice,
    DecisionNode,
    EndingNode,
    Rating,
    ReportNode,
    Scenario,
)
from trainer.domain.ordering import in_stored_order
from trainer.domain.render import TextRenderer
from trainer.scenario_io.reader import scenario_from_snapshot
from trainer.services.debrief import Debrief, build_debrief, checklist_rating
from trainer.services.overview import ReviewAccess
from trainer.storage.errors import StorageError
from trainer.storage.play_records import StepRecord
from trainer.storage.records import AttemptRecord, ProfileRecord
from trainer.storage.store import Store


@dataclass(frozen=True, slots=True)
class NodeView:
    """A node as the officer saw it, in the attempt's language."""

    node_id: str
    kind: str  # scene | decision | checklist | report | ending
    title: str | None
    text: str
    stage: str | None
    image: str | None
    prompt: str | None = None  # checklists and reports
    image_alt: str | None = None  # what the image showed, in words (the replay has no images)
    outcome: str | None = None  # endings
    debrief: str | None = None  # endings
    model: str | None = None  # reports: the model answer shown after submitting

    @property
    def heading(self) -> str:
        """The title on one line, or for an untitled step the first words of its text.

        Never the node's id: ``log_shared`` means nothing to the officer.
        """
        return one_line(self.title) or opening_words(self.text)


@dataclass(frozen=True, slots=True)
class ChoiceView:
    """An option offered at a decision, with its rating and feedback."""

    choice_id: str
    text: str | None  # None for the timeout
    rating: Rating
    feedback: str | None
    chosen: bool


@dataclass(frozen=True, slots=True)
class ItemView:
    """A checklist item: whether it was ticked and whether it should have been.

    A report's item is always ``correct`` (a good note has it): ``ticked`` is whether
    the officer said their note has it (self-assessed).
    """

    item_id: str
    text: str
    correct: bool
    ticked: bool
    feedback: str | None

    @property
    def verdict(self) -> str:
        """``right`` (ticked, correct), ``wrong`` (ticked, not correct), ``missed`` or ``clear``."""
        if self.ticked:
            return "right" if self.correct else "wrong"
        return "missed" if self.correct else "clear"


@dataclass(frozen=True, slots=True)
class CardView:
    """A knowledge card the officer opened."""

    card_id: str
    title: str
    text: str
    opened_at: str


@dataclass(frozen=True, slots=True)
class ReplayStep:
    """One stored step: the node shown, what was done there, and what it earned."""

    seq: int
    node: NodeView
    action: Action
    to_node: str
    choice: ChoiceView | None  # decisions: the option taken (or the timeout)
    offered: tuple[ChoiceView, ...]  # decisions: every option shown, in the order shown
    items: tuple[ItemView, ...]  # checklists and reports: every item, in the order shown
    rating: Rating | None
    gained: dict[str, int]
    cards: tuple[CardView, ...]  # opened at this node before this step
    elapsed_ms: int | None
    at: str
    #: A report's note as written (plain text, never markup); None at other steps.
    note: str | None = None

    @property
    def self_assessed(self) -> bool:
        """A report: the points are the items the officer ticked in their own note."""
        return self.action is Action.REPORT


@dataclass(frozen=True, slots=True)
class Replay:
    """A past attempt as it was played, with its debrief."""

    attempt: AttemptRecord
    profile_name: str
    scenario: Scenario
    scenario_title: str
    content_hash: str
    language: str
    steps: tuple[ReplayStep, ...]
    current: NodeView  # the ending reached, or where an unfinished attempt stopped
    current_cards: tuple[CardView, ...]  # opened at ``current`` after the last step
    state: PlayState
    debrief: Debrief

    @property
    def finished(self) -> bool:
        """Whether the attempt reached an ending."""
        return self.state.finished

    @property
    def version(self) -> int:
        """The scenario version played."""
        return self.attempt.version


class ReplayService:
    """Rebuilds past attempts for review (never changes anything)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.access = ReviewAccess(store)

    def replay(self, attempt_id: str, *, viewer: ProfileRecord) -> Replay:
        """The attempt step by step; ProfileError if ``viewer`` may not see it.

        StorageError if the attempt is unknown or its stored data cannot be replayed.
        """
        viewer = self.access.current(viewer)
        record = self.store.attempt(attempt_id)
        self.access.require_profile(viewer, record.profile_id)
        owner = self.store.get_profile(record.profile_id)
        snapshot = self.store.scenario_snapshot(record.scenario_version_id)
        try:
            scenario, analysis = scenario_from_snapshot(snapshot.document)
        except ValueError as exc:
            raise StorageError(f"the attempt cannot be replayed: {exc}") from exc
        # Alternatives as they were chosen on this path; forms of address as shown then.
        renderer = TextRenderer(scenario, record.language, attempt_address(record))
        lookups: dict[int, list[CardView]] = defaultdict(list)
        for seq, _node_id, card_id, at in self.store.card_lookups(attempt_id):
            lookups[seq].append(_card(renderer, card_id, at))
        steps, state = _walk(scenario, self.store.steps(attempt_id), lookups, renderer, attempt_id)
        return Replay(
            attempt=record,
            profile_name=owner.display_name if owner is not None else "",
            scenario=scenario,
            scenario_title=renderer.text(scenario.title) or scenario.id,
            content_hash=snapshot.content_hash,
            language=record.language,
            steps=steps,
            current=node_view(renderer, scenario.node(state.node), state),
            current_cards=tuple(lookups.get(len(steps) + 1, ())),
            state=state,
            debrief=build_debrief(scenario, analysis, state, address=renderer.address),
        )


def attempt_address(record: AttemptRecord) -> Address:
    """The form of address an attempt was shown in (both forms before it was stored)."""
    return parse_address(record.address)


def node_view(renderer: TextRenderer, node: AnyNode, state: PlayState) -> NodeView:
    """``node`` as the player showed it in ``state`` (the state standing at the node)."""
    if isinstance(node, ChecklistNode | ReportNode):
        prompt = renderer.optional_at(node.prompt, state)
    else:
        prompt = None
    ending = node if isinstance(node, EndingNode) else None
    return NodeView(
        node_id=node.id,
        kind=node.type.value,
        title=renderer.optional_at(node.title, state),
        text=renderer.at(node.text, state),
        stage=node.stage.value if node.stage is not None else None,
        image=node.image,
        image_alt=renderer.text(node.image_alt) if node.image_alt is not None else None,
        prompt=prompt,
        outcome=ending.outcome.value if ending is not None else None,
        debrief=renderer.optional_at(ending.debrief, state) if ending is not None else None,
        model=renderer.at(node.model, state) if isinstance(node, ReportNode) else None,
    )


def _choice_view(
    renderer: TextRenderer, choice: Choice, state: PlayState, *, chosen: bool
) -> ChoiceView:
    return ChoiceView(
        choice_id=choice.id,
        text=renderer.text(choice.text) if choice.text is not None else None,
        rating=choice.rating,
        # With the state before the choice applied: the state standing at the decision.
        feedback=renderer.optional_at(choice.feedback, state),
        chosen=chosen,
    )


def _card(renderer: TextRenderer, card_id: str, at: str) -> CardView:
    card = renderer.scenario.cards.get(CardId(card_id))
    if card is None:  # not in this version: show the id rather than hide the look-up
        return CardView(card_id, card_id, "", at)
    return CardView(card_id, renderer.text(card.title) or card_id, renderer.text(card.text), at)


def _walk(
    scenario: Scenario,
    stored: list[StepRecord],
    lookups: dict[int, list[CardView]],
    renderer: TextRenderer,
    attempt_id: str,
) -> tuple[tuple[ReplayStep, ...], PlayState]:
    engine = PlayEngine(scenario)
    state = engine.start()
    steps = []
    for step in stored:
        if state.finished or step.node_id != state.node:
            raise StorageError(
                f"step {step.seq} of attempt {attempt_id} does not fit its scenario snapshot"
            )
        node = scenario.node(state.node)
        # As the officer saw them: the order stored with the step (file order before 0003).
        offered = in_stored_order(engine.offered(state), step.shown_order)
        try:
            after = _apply(
                engine, state, Action(step.action), step.choice_id, step.ticked, step.note
            )
        except (PlayError, ValueError) as exc:
            raise StorageError(
                f"step {step.seq} of attempt {attempt_id} cannot be replayed: {exc}"
            ) from exc
        taken = after.steps[-1]
        if taken.to != step.to_node:
            raise StorageError(
                f"step {step.seq} of attempt {attempt_id} led elsewhere than it does now"
            )
        choice_view: ChoiceView | None = None
        offered_views: tuple[ChoiceView, ...] = ()
        items: tuple[ItemView, ...] = ()
        rating: Rating | None = None
        if isinstance(node, DecisionNode) and taken.choice is not None:
            chosen = node.choice(taken.choice)
            assert chosen is not None  # the engine accepted it
            choice_view = _choice_view(renderer, chosen, state, chosen=True)
            offered_views = tuple(
                _choice_view(renderer, c, state, chosen=c.id == taken.choice) for c in offered
            )
            rating = chosen.rating
        elif isinstance(node, ChecklistNode):
            ticked = frozenset(taken.ticked)
            items = tuple(
                ItemView(
                    item_id=i.id,
                    text=renderer.text(i.text),
                    correct=i.correct,
                    ticked=i.id in ticked,
                    feedback=renderer.text(i.feedback) if i.feedback is not None else None,
                )
                for i in in_stored_order(node.items, step.shown_order)
            )
            rating = checklist_rating(node, ticked)
        elif isinstance(node, ReportNode):
            ticked = frozenset(taken.ticked)
            items = tuple(
                ItemView(
                    item_id=i.id,
                    text=renderer.text(i.text),
                    correct=True,
                    ticked=i.id in ticked,
                    feedback=renderer.text(i.feedback) if i.feedback is not None else None,
                )
                for i in in_stored_order(node.items, step.shown_order)
            )
        steps.append(
            ReplayStep(
                seq=step.seq,
                node=node_view(renderer, node, state),
                action=taken.action,
                to_node=taken.to,
                choice=choice_view,
                offered=offered_views,
                items=items,
                rating=rating,
                gained=dict(step.gained),
                cards=tuple(lookups.get(step.seq, ())),
                elapsed_ms=step.elapsed_ms,
                at=step.created_at,
                note=step.note if isinstance(node, ReportNode) else None,
            )
        )
        state = after
    return tuple(steps), state


def _apply(
    engine: PlayEngine,
    state: PlayState,
    action: Action,
    choice: str | None,
    ticked: list[str],
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
    if choice is None:
        raise PlayError("a stored choice step names no choice")
    return engine.choose(state, choice)
