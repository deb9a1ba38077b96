"""Playing with a record: every step is stored durably before the next node is shown."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from trainer.domain.address import Address, parse_address
from trainer.domain.analysis import Analysis
from trainer.domain.engine import PlayEngine, PlayState, Step
from trainer.domain.errors import PlayError, StateFormatError
from trainer.domain.ids import CompetencyId
from trainer.domain.model import (
    MAX_NOTE_CHARACTERS,
    ChecklistItem,
    ChecklistNode,
    Choice,
    DecisionNode,
    EndingNode,
    Mode,
    ReportItem,
    ReportNode,
    Scenario,
)
from trainer.domain.ordering import in_shown_order, new_seed
from trainer.domain.render import TextRenderer
from trainer.domain.scoring import ScoreSheet, score_sheet
from trainer.scenario_io.reader import LoadResult, scenario_from_snapshot
from trainer.storage.errors import StorageError
from trainer.storage.play_records import Finish, NewStep
from trainer.storage.records import AttemptRecord, ProfileRecord
from trainer.storage.store import Store


class NoteTooLongError(PlayError):
    """A report note longer than :data:`MAX_NOTE_CHARACTERS`: refused, not cut short."""

    def __init__(self, length: int, limit: int = MAX_NOTE_CHARACTERS) -> None:
        super().__init__(
            f"the note is {length} characters long; at most {limit} are kept: shorten it"
        )
        self.length = length
        self.limit = limit


def count_words(text: str) -> int:
    """The words of a note, as its word count shows them: runs of non-space characters
    with at least one letter or digit (a lone dash or bullet is no word)."""
    return sum(1 for part in text.split() if any(ch.isalnum() for ch in part))


def check_note(note: str) -> str:
    """``note`` if it is short enough to keep; NoteTooLongError if not."""
    if len(note) > MAX_NOTE_CHARACTERS:
        raise NoteTooLongError(len(note))
    return note


def _plain(points: Mapping[CompetencyId, int]) -> dict[str, int]:
    return {str(k): v for k, v in points.items()}


@dataclass
class ActiveAttempt:
    """An attempt being played: the scenario version it is bound to and where it stands."""

    attempt_id: str
    scenario: Scenario
    analysis: Analysis
    engine: PlayEngine
    state: PlayState
    mode: Mode
    language: str
    #: The scenario folder, for images; None when resumed from a snapshot alone.
    folder: Path | None = None
    #: Orders the choices and items shown; None (stored before seeds existed): file order.
    seed: int | None = None
    #: A paused countdown: (the step it belongs to, milliseconds left), as stored.
    clock: tuple[int, int] | None = None
    #: How the officer is addressed, as stored with the attempt (replay shows the same).
    address: Address = Address.NONE
    #: The note being written at the current report node, as last kept (None: none).
    draft_note: str | None = None

    @property
    def renderer(self) -> TextRenderer:
        """Renders this attempt's texts: its language, its form of address."""
        return TextRenderer(self.scenario, self.language, self.address)

    @property
    def sheet(self) -> ScoreSheet:
        """Points, maxima and percentages so far."""
        return score_sheet(self.state.points, self.analysis.maximum)

    def shown_choices(self) -> tuple[Choice, ...]:
        """The choices offered at the current decision, in the order they are shown."""
        node = self.engine.current_node(self.state)
        return in_shown_order(self.engine.offered(self.state), node, self.seed)

    def shown_items(self) -> tuple[ChecklistItem, ...]:
        """The current checklist's items in the order they are shown (empty elsewhere)."""
        node = self.engine.current_node(self.state)
        if not isinstance(node, ChecklistNode) or self.state.finished:
            return ()
        return in_shown_order(node.items, node, self.seed)

    def shown_report_items(self) -> tuple[ReportItem, ...]:
        """The current report's items in the order they are shown (empty elsewhere).

        Always file order, unlike a checklist's: a report's items are no test with
        wrong answers whose place could give them away, but the parts of the model
        note, which the author lists in the order the note has them; the officer
        checks their own note against them from top to bottom.
        """
        node = self.engine.current_node(self.state)
        if not isinstance(node, ReportNode) or self.state.finished:
            return ()
        return node.items

    def shown_ids(self) -> list[str] | None:
        """The ids of what the current node shows, in order; None at scenes and endings."""
        node = self.engine.current_node(self.state)
        if isinstance(node, DecisionNode):
            return [c.id for c in self.shown_choices()]
        if isinstance(node, ChecklistNode):
            return [i.id for i in self.shown_items()]
        if isinstance(node, ReportNode):
            return [i.id for i in self.shown_report_items()]
        return None

    def time_left_ms(self) -> int | None:
        """What the current timed decision's clock shows: stored if paused, else full.

        None when the current node has no time limit.
        """
        node = self.engine.current_node(self.state)
        if self.state.finished or not isinstance(node, DecisionNode) or not node.time_limit:
            return None
        full = node.time_limit * 1000
        if self.clock is not None and self.clock[0] == len(self.state.steps) + 1:
            return max(0, min(full, self.clock[1]))
        return full


class PlayService:
    """Starts, advances and resumes recorded attempts."""

    def __init__(self, store: Store, *, seeds: Callable[[], int] = new_seed) -> None:
        self.store = store
        #: Where new attempts' order seeds come from (tests pass fixed ones).
        self.seeds = seeds

    def start(
        self, profile: ProfileRecord, loaded: LoadResult, *, mode: Mode, language: str
    ) -> ActiveAttempt:
        """A new attempt at the scenario's start node, stored before it is shown."""
        if not loaded.playable or loaded.scenario is None or loaded.document is None:
            raise StorageError("this scenario has errors and cannot be played")
        assert loaded.analysis is not None
        scenario = loaded.scenario
        snapshot = self.store.ensure_scenario_version(
            scenario_id=scenario.id,
            version=scenario.version,
            # For listings of any attempt: both forms of address, "a/b".
            title=TextRenderer(scenario, scenario.default_language).text(scenario.title),
            document=loaded.document,
        )
        engine = PlayEngine(scenario)
        state = engine.start()
        seed = self.seeds()
        # The form of address as stored now (a change made since sign-in counts); the
        # attempt keeps it, whatever the profile says later.
        current = self.store.get_profile(profile.id)
        address = parse_address((current or profile).address)
        record = self.store.start_attempt(
            profile_id=profile.id,
            snapshot=snapshot,
            mode=mode.value,
            language=language,
            state=json.dumps(state.to_json()),
            path=list(state.path),
            points=_plain(state.points),
            maximum=_plain(loaded.analysis.maximum),
            order_seed=seed,
            address=None if address is Address.NONE else address.value,
        )
        return ActiveAttempt(
            record.id,
            scenario,
            loaded.analysis,
            engine,
            state,
            mode,
            language,
            loaded.folder,
            seed=seed,
            address=address,
        )

    def unfinished(
        self, profile: ProfileRecord, scenario_id: str | None = None
    ) -> list[AttemptRecord]:
        """The profile's unfinished attempts, newest first."""
        return self.store.unfinished_attempts(profile.id, scenario_id)

    def abandon(self, attempt_id: str) -> bool:
        """Record that the officer gave up this attempt to start the scenario over.

        The attempt keeps its steps and is listed as abandoned, with no result; False if
        it was no longer in progress (finished or abandoned meanwhile).
        """
        return self.store.abandon_attempt(attempt_id)

    def resume(self, record: AttemptRecord, folder: Path | None = None) -> ActiveAttempt:
        """Rebuild an unfinished attempt exactly, on the scenario version it was started on.

        ``record`` may come from a listing, which leaves the saved state out: then the
        state is read from the store.
        """
        if not record.state:
            record = self.store.attempt(record.id)
        snapshot = self.store.scenario_snapshot(record.scenario_version_id)
        try:
            scenario, analysis = scenario_from_snapshot(snapshot.document)
            state = PlayState.from_json(json.loads(record.state))
        except (ValueError, StateFormatError) as exc:
            raise StorageError(f"the saved attempt cannot be resumed: {exc}") from exc
        return ActiveAttempt(
            record.id,
            scenario,
            analysis,
            PlayEngine(scenario),
            state,
            Mode(record.mode),
            record.language,
            folder,
            seed=record.order_seed,
            clock=record.clock,
            address=parse_address(record.address),  # as started, not as the profile says now
            draft_note=record.draft_note,
        )

    def advance(
        self,
        active: ActiveAttempt,
        token: str,
        *,
        elapsed_ms: int | None = None,
        step_id: str | None = None,
        note: str = "",
    ) -> PlayState:
        """Apply one action (see :meth:`PlayEngine.play`) and store it; returns the new state.

        At a report node ``token`` is the ticked item ids, comma-separated, and ``note``
        the text written (NoteTooLongError over :data:`MAX_NOTE_CHARACTERS`).
        The state in ``active`` changes only after the step is committed: if storing
        fails (disk full), the caller still holds the choice and may retry with the
        same ``step_id``, which makes a doubled submit harmless.
        """
        if isinstance(active.engine.current_node(active.state), ReportNode):
            check_note(note)
        after = active.engine.play(active.state, token, note=note)
        return self._commit(active, after, elapsed_ms=elapsed_ms, step_id=step_id)

    def submit_report(
        self,
        active: ActiveAttempt,
        note: str,
        ticked: Iterable[str],
        *,
        elapsed_ms: int | None = None,
        step_id: str | None = None,
    ) -> PlayState:
        """Submit the current report: the note written and the items the officer ticked
        as contained in it (self-assessed). Stored with the note; the draft goes.

        The ticked items are stored in file order, whatever order they were ticked in.
        PlayError if the attempt is not at a report; NoteTooLongError as in advance().
        """
        node = active.engine.current_node(active.state)
        if not isinstance(node, ReportNode) or active.state.finished:
            raise PlayError("the attempt is not at a report")
        wanted = set(ticked)
        in_file_order: list[str] = [item.id for item in node.items if item.id in wanted]
        unknown = wanted - set(in_file_order)
        if unknown:
            in_file_order.append(sorted(unknown)[0])  # the engine names it in its error
        return self.advance(
            active, ",".join(in_file_order), elapsed_ms=elapsed_ms, step_id=step_id, note=note
        )

    def keep_draft_note(self, active: ActiveAttempt, text: str, *, step: int | None = None) -> None:
        """Keep the note being written at the current report, so that a pause, a sign-out
        or a crash loses nothing; a resume shows it again.

        ``step`` is the seq of the step the note is for, as the caller saw it (a late
        save after the report was submitted changes nothing). A text over the limit is
        kept only up to it: a draft is never refused, the submit says what is too long.
        """
        current = len(active.state.steps) + 1
        if step is not None and step != current:
            return
        node = active.engine.current_node(active.state)
        if not isinstance(node, ReportNode) or active.state.finished:
            return
        kept = text[:MAX_NOTE_CHARACTERS] or None
        if kept == active.draft_note:
            return
        self.store.keep_draft_note(active.attempt_id, current, kept)
        active.draft_note = kept

    def time_out(
        self, active: ActiveAttempt, *, elapsed_ms: int | None = None, step_id: str | None = None
    ) -> PlayState:
        """The countdown of a timed decision ran out."""
        after = active.engine.time_out(active.state)
        return self._commit(active, after, elapsed_ms=elapsed_ms, step_id=step_id)

    def keep_time_left(
        self, active: ActiveAttempt, left_ms: int, *, step: int | None = None
    ) -> None:
        """Store what the current timed decision's clock shows, for a pause or a restart.

        ``step`` is the seq of the step the clock waits for, as the caller saw it (a
        reading taken before a step was stored then changes nothing). Never more than
        is stored already: pausing does not give time back.
        """
        current = len(active.state.steps) + 1
        if step is not None and step != current:
            return
        stored = active.time_left_ms()
        if stored is None:
            return  # not at a timed decision (any more)
        left_ms = max(0, min(left_ms, stored))
        self.store.save_clock(active.attempt_id, step=current, left_ms=left_ms)
        active.clock = (current, left_ms)

    def open_card(self, active: ActiveAttempt, card_id: str) -> None:
        """Record that a knowledge card was opened at the current node."""
        self.store.record_card_lookup(
            active.attempt_id,
            seq=len(active.state.steps) + 1,
            node_id=active.state.node,
            card_id=card_id,
        )

    def _commit(
        self,
        active: ActiveAttempt,
        after: PlayState,
        *,
        elapsed_ms: int | None,
        step_id: str | None,
    ) -> PlayState:
        if self._store(active, after, elapsed_ms=elapsed_ms, step_id=step_id):
            active.state = after
            active.clock = None
            active.draft_note = None
        else:
            # This step id is already stored (a doubled submit): the stored state is the
            # truth, not ``after``, which would run one step ahead of the database.
            record = self.store.attempt(active.attempt_id)
            active.state = PlayState.from_json(json.loads(record.state))
        return active.state

    def _store(
        self,
        active: ActiveAttempt,
        after: PlayState,
        *,
        elapsed_ms: int | None,
        step_id: str | None,
    ) -> bool:
        step: Step = after.steps[-1]
        finish = None
        if after.finished:
            ending = active.engine.current_node(after)
            assert isinstance(ending, EndingNode)
            sheet = score_sheet(after.points, active.analysis.maximum)
            finish = Finish(
                ending=ending.id,
                outcome=ending.outcome.value,
                overall_percent=sheet.overall_percent,
                results={
                    cid: (sheet.points[cid], sheet.maximum[cid], sheet.percent[cid])
                    for cid in sheet.maximum
                },
            )
        return self.store.record_step(
            active.attempt_id,
            NewStep(
                id=step_id or str(uuid.uuid4()),
                seq=len(after.steps),
                node_id=step.node,
                action=step.action.value,
                to_node=step.to,
                choice_id=step.choice,
                ticked=list(step.ticked),
                gained=_plain(step.gained),
                elapsed_ms=elapsed_ms,
                # ``active`` still stands where the step was taken.
                shown_order=active.shown_ids(),
                note=step.note,
            ),
            state=json.dumps(after.to_json()),
            path=list(after.path),
            points=_plain(after.points),
            finish=finish,
        )


class UnrecordedPlayService(PlayService):
    """Plays without storing anything: the editor's "test from here".

    The same steps as :class:`PlayService` (the same engine, the same checks of a
    note, the same order of choices for a seed), so the real play view can show it,
    but no attempt, step, draft or clock is written anywhere: an instructor trying a
    draft leaves nothing in any officer's records. ``step_taken`` listeners hear every
    state a step produced, in order (the editor's side panel and its transcript).
    """

    def __init__(self, *, seeds: Callable[[], int] = new_seed) -> None:
        # No store at all: a call that would need one fails loudly instead of writing.
        self.seeds = seeds
        self.step_taken: list[Callable[[PlayState], None]] = []

    def begin_at(
        self,
        loaded: LoadResult,
        state: PlayState,
        *,
        language: str,
        address: Address = Address.NONE,
        seed: int | None = None,
        mode: Mode = Mode.PRACTICE,
    ) -> ActiveAttempt:
        """An attempt standing at ``state`` (see :meth:`PlayEngine.start_at`), not stored.

        ``seed`` None draws one from :attr:`seeds`, as a recorded attempt does.
        """
        if not loaded.playable or loaded.scenario is None or loaded.analysis is None:
            raise PlayError("this scenario has errors and cannot be played")
        if language not in loaded.scenario.languages:
            raise PlayError(f"the scenario is not written in {language!r}")
        return ActiveAttempt(
            f"trial-{uuid.uuid4()}",
            loaded.scenario,
            loaded.analysis,
            PlayEngine(loaded.scenario),
            state,
            mode,
            language,
            loaded.folder,
            seed=self.seeds() if seed is None else seed,
            address=address,
        )

    def start(
        self, profile: ProfileRecord, loaded: LoadResult, *, mode: Mode, language: str
    ) -> ActiveAttempt:
        raise PlayError("an unrecorded play starts with begin_at(), for no profile")

    def keep_draft_note(self, active: ActiveAttempt, text: str, *, step: int | None = None) -> None:
        current = len(active.state.steps) + 1
        if step is None or step == current:
            active.draft_note = text[:MAX_NOTE_CHARACTERS] or None

    def keep_time_left(
        self, active: ActiveAttempt, left_ms: int, *, step: int | None = None
    ) -> None:
        current = len(active.state.steps) + 1
        stored = active.time_left_ms()
        if (step is None or step == current) and stored is not None:
            active.clock = (current, max(0, min(left_ms, stored)))

    def open_card(self, active: ActiveAttempt, card_id: str) -> None:
        """Nothing to record: only officers' look-ups are kept."""

    def _store(
        self,
        active: ActiveAttempt,
        after: PlayState,
        *,
        elapsed_ms: int | None,
        step_id: str | None,
    ) -> bool:
        for listener in list(self.step_taken):
            listener(after)
        return True
