"""The report node through the real services and store (issue 14, point 3).

Submitting records the note with its step and the items in the order shown (file
order); the note being written is kept and comes back on resume; points count once
per attempt; an over-long note is refused; the note is personal data: exported,
erased with its profile, and removed with its attempt by the retention period.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from tests.report_support import REPORT_SCENARIO, play_to_report
from trainer.domain.model import MAX_NOTE_CHARACTERS, Mode
from trainer.scenario_io.reader import LoadResult, load_scenario
from trainer.services.context import Services, open_services
from trainer.services.debrief import build_debrief
from trainer.services.play import NoteTooLongError, count_words
from trainer.services.replay import ReplayService
from trainer.storage import schema

NOTE = "Sprawca krzyczał do pana Nowaka obelgi; świadek: sąsiadka Zofia Lis z parteru."


class Clock:
    """A clock the test moves."""

    def __init__(self) -> None:
        self.now = dt.datetime(2024, 3, 1, 10, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def services(tmp_path: Path, clock: Clock) -> Iterator[Services]:
    opened = open_services(tmp_path / "data", clock=clock)
    try:
        yield opened
    finally:
        opened.close(backup=False)


@pytest.fixture
def loaded() -> LoadResult:
    result = load_scenario(REPORT_SCENARIO)
    assert result.playable, result.errors
    return result


def test_submitting_stores_the_note_the_items_in_file_order_and_self_assessed_points(
    services: Services, loaded: LoadResult
) -> None:
    officer = services.profiles.create("Anna")
    active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
    play_to_report(services.play, active)
    assert [i.id for i in active.shown_report_items()] == ["motive", "words", "witnesses"]
    # Ticked in another order than the file's: stored in the file's.
    services.play.submit_report(active, NOTE, ["witnesses", "motive"])
    assert active.state.finished
    assert active.state.points["legal_procedure"] == 2
    step = services.store.steps(active.attempt_id)[-1]
    assert step.action == "report"
    assert step.note == NOTE
    assert step.ticked == ["motive", "witnesses"]
    assert step.shown_order == ["motive", "words", "witnesses"]
    assert step.gained == {"legal_procedure": 2}
    record = services.store.attempt(active.attempt_id)
    assert record.status == "finished"
    assert record.draft_note is None


def test_a_submit_away_from_a_report_or_with_an_unknown_item_is_refused(
    services: Services, loaded: LoadResult
) -> None:
    from trainer.domain.errors import PlayError

    officer = services.profiles.create("Anna")
    active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
    with pytest.raises(PlayError, match="not at a report"):
        services.play.submit_report(active, NOTE, [])
    play_to_report(services.play, active)
    with pytest.raises(PlayError, match="no item 'nonsense'"):
        services.play.submit_report(active, NOTE, ["motive", "nonsense"])
    assert len(services.store.steps(active.attempt_id)) == 1  # nothing stored


def test_the_draft_is_kept_restored_on_resume_and_dropped_on_submit(
    services: Services, loaded: LoadResult
) -> None:
    officer = services.profiles.create("Anna")
    active = services.play.start(officer, loaded, mode=Mode.ASSESSMENT, language="pl")
    services.play.keep_draft_note(active, "not at a report yet")  # ignored: a decision
    assert services.store.attempt(active.attempt_id).draft_note is None
    play_to_report(services.play, active)
    services.play.keep_draft_note(active, "Pierwsze zdanie")
    services.play.keep_draft_note(active, "Pierwsze zdanie notatki,\ndrugie wiersz.")
    resumed = services.play.resume(services.store.attempt(active.attempt_id))
    assert resumed.draft_note == "Pierwsze zdanie notatki,\ndrugie wiersz."
    assert resumed.state.node == "note"
    # A reading taken for an earlier step (a late save) changes nothing.
    services.play.keep_draft_note(resumed, "late", step=1)
    assert services.store.attempt(active.attempt_id).draft_note == resumed.draft_note
    # Emptied: nothing kept.
    services.play.keep_draft_note(resumed, "")
    assert services.store.attempt(active.attempt_id).draft_note is None
    services.play.keep_draft_note(resumed, NOTE)
    services.play.submit_report(resumed, NOTE, ["motive"])
    assert resumed.draft_note is None
    assert services.store.steps(active.attempt_id)[-1].note == NOTE


def test_a_draft_over_the_limit_is_kept_up_to_it(services: Services, loaded: LoadResult) -> None:
    officer = services.profiles.create("Anna")
    active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
    play_to_report(services.play, active)
    services.play.keep_draft_note(active, "x" * (MAX_NOTE_CHARACTERS + 10))
    assert services.store.attempt(active.attempt_id).draft_note == "x" * MAX_NOTE_CHARACTERS


def test_an_over_long_note_is_refused_and_nothing_is_stored(
    services: Services, loaded: LoadResult
) -> None:
    officer = services.profiles.create("Anna")
    active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
    play_to_report(services.play, active)
    before = active.state
    with pytest.raises(NoteTooLongError) as refused:
        services.play.submit_report(active, "x" * (MAX_NOTE_CHARACTERS + 1), ["motive"])
    assert refused.value.length == MAX_NOTE_CHARACTERS + 1
    assert "shorten it" in str(refused.value)
    with pytest.raises(NoteTooLongError):  # the token path too
        services.play.advance(active, "motive", note="y" * (MAX_NOTE_CHARACTERS + 1))
    assert active.state is before
    assert len(services.store.steps(active.attempt_id)) == 1
    # Exactly at the limit: kept.
    services.play.submit_report(active, "z" * MAX_NOTE_CHARACTERS, ["motive"])
    assert services.store.steps(active.attempt_id)[-1].note == "z" * MAX_NOTE_CHARACTERS


def looping(tmp_path: Path) -> LoadResult:
    """The report scenario where the note leads back to the decision: a second report."""
    folder = tmp_path / "note-after-call"
    shutil.copytree(REPORT_SCENARIO, folder)
    file = folder / "scenario.yaml"
    text = file.read_text(encoding="utf-8")
    text = text.replace("    next: end\n", "    next: arrive\n", 1)
    text = text.replace(
        'feedback: {pl: "Tracisz szczegóły.", en: "You lose details."}\n        next: note',
        'feedback: {pl: "Tracisz szczegóły.", en: "You lose details."}\n        next: end',
    )
    file.write_text(text, encoding="utf-8")
    result = load_scenario(folder)
    assert result.playable, result.errors
    return result


def test_a_report_scores_once_per_attempt(services: Services, tmp_path: Path) -> None:
    loaded = looping(tmp_path)
    assert loaded.analysis is not None and loaded.analysis.maximum["legal_procedure"] == 3
    officer = services.profiles.create("Anna")
    active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
    services.play.advance(active, "listen")
    services.play.submit_report(active, "pierwsza", ["motive"])
    services.play.advance(active, "listen")
    services.play.submit_report(active, "druga", ["motive", "words", "witnesses"])
    services.play.advance(active, "hurry")
    assert active.state.finished
    assert active.state.points["legal_procedure"] == 1  # the first report only
    notes = [s.note for s in services.store.steps(active.attempt_id) if s.action == "report"]
    assert notes == ["pierwsza", "druga"]
    gained = [s.gained for s in services.store.steps(active.attempt_id) if s.action == "report"]
    assert gained == [{"legal_procedure": 1}, {}]


def test_debrief_and_replay_carry_the_note_and_the_items_as_ticked(
    services: Services, loaded: LoadResult
) -> None:
    officer = services.profiles.create("Anna")
    active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="en")
    play_to_report(services.play, active)
    services.play.submit_report(active, NOTE, ["words"])
    assert loaded.scenario is not None and loaded.analysis is not None
    debrief = build_debrief(loaded.scenario, loaded.analysis, active.state)
    report = next(s for s in debrief.steps if s.node_id == "note")
    assert report.note == NOTE
    assert report.self_assessed
    assert report.ticked == ("words",)
    assert report.gained == {"legal_procedure": 1}
    assert report.rating is None  # no rating: the officer marked it
    replay = ReplayService(services.store).replay(active.attempt_id, viewer=officer)
    step = next(s for s in replay.steps if s.node.node_id == "note")
    assert step.note == NOTE
    assert step.node.kind == "report"
    assert step.node.model is not None and step.node.model.startswith("Model:")
    assert [(i.item_id, i.ticked) for i in step.items] == [
        ("motive", False),
        ("words", True),
        ("witnesses", False),
    ]
    assert all(i.correct for i in step.items)
    assert step.self_assessed


def test_the_note_is_exported_and_erased_with_its_profile(
    services: Services, loaded: LoadResult
) -> None:
    officer = services.profiles.create("Anna")
    active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
    play_to_report(services.play, active)
    services.play.submit_report(active, NOTE, ["motive"])
    other = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
    play_to_report(services.play, other)
    services.play.keep_draft_note(other, "szkic notatki")
    exported = services.profiles.export(officer)
    notes = [s["note"] for a in exported["attempts"] for s in a["steps"] if s["action"] == "report"]
    assert notes == [NOTE]
    services.profiles.erase(officer)
    with services.store.db.read() as session:
        assert (
            session.scalars(select(schema.Step.note).where(schema.Step.note.is_not(None))).all()
            == []
        )
        assert session.scalars(select(schema.AttemptState.draft_note)).all() == []
    raw = services.store.path.read_bytes()
    assert b"Zofia Lis" not in raw
    assert b"szkic notatki" not in raw


def test_the_retention_period_removes_the_note_with_its_attempt(
    services: Services, loaded: LoadResult, clock: Clock
) -> None:
    officer = services.profiles.create("Anna")
    old = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
    play_to_report(services.play, old)
    services.play.submit_report(old, "stara notatka", ["motive"])
    clock.now = dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)
    recent = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
    play_to_report(services.play, recent)
    services.play.submit_report(recent, "nowa notatka", ["words"])
    deleted = services.store.set_retention_months(12)
    assert deleted == 1
    with services.store.db.read() as session:
        notes = session.scalars(select(schema.Step.note).where(schema.Step.note.is_not(None)))
        assert notes.all() == ["nowa notatka"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["słowo", "2024", "—", "-", "•", "a.", "\n", " ", "\t"]), max_size=30)
)
def test_the_word_count_counts_runs_with_a_letter_or_digit(parts: list[str]) -> None:
    text = " ".join(parts)
    expected = sum(1 for p in parts if p in ("słowo", "2024", "a."))
    assert count_words(text) == expected


def test_the_overview_counts_the_items_most_often_missing_from_notes(
    services: Services, loaded: LoadResult
) -> None:
    from trainer.services.overview import OverviewService

    trainer = services.profiles.set_up_first_trainer("Trener", "bardzo-tajne-haslo-7")
    answers = [["motive", "words"], ["motive"], ["motive", "witnesses"], []]
    for number, ticked in enumerate(answers):
        officer = services.profiles.create(f"Officer {number}")
        active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
        play_to_report(services.play, active)
        services.play.submit_report(active, NOTE, ticked)
    overview = OverviewService(services.store).overview(viewer=trainer, language="en")
    part = overview.scenario("note-after-call")
    assert part is not None
    (report,) = part.reports
    assert report.node_id == "note" and report.title == "Official note"
    assert report.answers == 4
    counts = {i.item_id: (i.answers, i.ticked, i.missed) for i in report.items}
    assert counts == {"motive": (4, 3, 1), "words": (4, 1, 3), "witnesses": (4, 1, 3)}
    assert [i.item_id for i in report.items] == ["motive", "words", "witnesses"]  # file order
    missing = [(i.item_id, i.missed_share) for _r, i in part.most_missing_in_notes()]
    assert missing == [("words", 75.0), ("witnesses", 75.0), ("motive", 25.0)]
    assert part.checklists == ()  # a report is not counted as a checklist
    # Only the report's attempts: a filter by another scenario finds none.
    other = OverviewService(services.store).overview(viewer=trainer, scenario_id="tutorial")
    assert other.scenario("note-after-call") is None


@pytest.mark.parametrize(("choice", "on_best"), [("listen", True), ("hurry", False)])
def test_a_report_neither_leaves_nor_rejoins_the_best_path(
    services: Services, loaded: LoadResult, choice: str, on_best: bool
) -> None:
    officer = services.profiles.create("Anna")
    active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
    play_to_report(services.play, active, choice)
    services.play.submit_report(active, NOTE, [])  # nothing ticked: honest, not a departure
    assert loaded.scenario is not None and loaded.analysis is not None
    debrief = build_debrief(loaded.scenario, loaded.analysis, active.state)
    report = next(s for s in debrief.steps if s.node_id == "note")
    assert report.on_best_path is on_best
    assert report.best_choice_id is None
    first = debrief.first_departure
    assert (first is None) if on_best else (first is not None and first.node_id == "arrive")
