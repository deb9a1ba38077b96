"""The engine at a report node (format 1.1): a note, self-ticked items, points once."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.domain.engine import Action, PlayEngine, PlayState
from trainer.domain.errors import NotOfferedError, PlayError
from trainer.domain.model import Scenario
from trainer.scenario_io.reader import scenario_from_snapshot
from trainer.scenario_io.yaml_tree import parse_yaml

SCENARIO = """\
format: 1.1
id: note
version: 1
languages: [pl, en]
title: {pl: "Notatka", en: "Note"}
competencies:
  legal_procedure: {}
start: write
nodes:
  write:
    type: report
    title: {pl: "Notatka", en: "Note"}
    text: {pl: "Zapisz.", en: "Write."}
    competency: legal_procedure
    model: {pl: "Wzór.", en: "Model."}
    items:
      - {id: motive, text: {pl: "Motyw", en: "Motive"}}
      - {id: words, text: {pl: "Słowa", en: "Words"}}
      - {id: witness, text: {pl: "Świadek", en: "Witness"}}
    next:
      - {if: "visited('again')", to: end}
      - {to: again}
  again:
    type: scene
    title: {pl: "Jeszcze raz", en: "Again"}
    text: {pl: "Popraw notatkę.", en: "Revise the note."}
    next: write
  end:
    type: ending
    outcome: success
    text: {pl: "Koniec.", en: "The end."}
"""


def _read() -> Scenario:
    # Read from memory, as a stored snapshot is: the same checks as a file, no folder.
    scenario, _analysis = scenario_from_snapshot(parse_yaml(SCENARIO).data)
    return scenario


@pytest.fixture(scope="module")
def scenario() -> Scenario:
    return _read()


def test_a_report_scores_one_point_per_item_ticked_and_keeps_the_note(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    state = engine.report(engine.start(), "Sprawca krzyczał: …", ["words", "motive"])
    step = state.steps[-1]
    assert step.action is Action.REPORT
    assert step.note == "Sprawca krzyczał: …"
    assert step.ticked == ("words", "motive")
    assert state.points == {"legal_procedure": 2}
    assert state.node == "again"


def test_a_report_scores_once_per_attempt(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    state = engine.report(engine.start(), "pierwsza", ["motive"])
    state = engine.continue_(state)
    state = engine.report(state, "druga", ["motive", "words", "witness"])
    assert state.points == {"legal_procedure": 1}
    assert state.steps[-1].gained == {}
    assert state.finished


def test_an_unknown_item_is_refused_with_the_items_offered(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    with pytest.raises(NotOfferedError) as caught:
        engine.report(engine.start(), "x", ["nonsense"])
    assert caught.value.offered == ("motive", "words", "witness")


def test_a_report_cannot_be_submitted_elsewhere(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    state = engine.report(engine.start(), "x", [])
    with pytest.raises(PlayError):
        engine.report(state, "x", [])


def test_a_token_plays_a_report_with_the_note_given(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    state = engine.play(engine.start(), "motive, witness", note="tekst")
    assert state.steps[-1].ticked == ("motive", "witness")
    assert state.steps[-1].note == "tekst"
    state = engine.play(engine.continue_(state), "")
    assert state.steps[-1].ticked == ()


@given(note=st.text(max_size=300), ticked=st.sets(st.sampled_from(["motive", "words", "witness"])))
def test_a_state_with_a_note_survives_json(note: str, ticked: set[str]) -> None:
    scenario = _read()
    engine = PlayEngine(scenario)
    state = engine.report(engine.start(), note, sorted(ticked))
    again = PlayState.from_json(json.loads(json.dumps(state.to_json())))
    assert again == state
    assert again.steps[-1].note == note


def test_a_state_saved_before_notes_existed_still_loads(scenario: Scenario) -> None:
    engine = PlayEngine(scenario)
    saved = engine.continue_(engine.report(engine.start(), "x", [])).to_json()
    for step in saved["steps"]:
        step.pop("note", None)
    assert PlayState.from_json(saved).steps[0].note is None
