"""``trainer play --json``'s transcript (format 1.1): what each node showed, as the app shows it.

The transcript lists every node shown with its title and text rendered through the same
TextRenderer as the player (the path's alternative, the form of address, the language)
and the ids of its choices or items in the order the app shows them for the seed.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.domain.engine import PlayEngine
from trainer.domain.ordering import SEED_LIMIT, in_shown_order
from trainer.scenario_io.reader import load_scenario

#: A format-1.1 scenario with every addition: alternatives in text, title, feedback and
#: debrief, {m|f} forms (and a literal {{brace}}), a report node, a fixed-order decision.
SCENARIO_11 = """\
format: 1.1
id: tr11
version: 3
languages: [pl, en]
title: {pl: Próba, en: Trial}
competencies: {legal_procedure: {}, communication: {}}
variables: {calm: {initial: 0, min: 0, max: 3}}
start: intro
nodes:
  intro:
    type: scene
    title: {pl: Wstęp, en: Start}
    text: {pl: "Dzień dobry {{tekst w klamrach}}.", en: "Hello {{in braces}}."}
    next: arrive
  arrive:
    type: decision
    title: {pl: Przyjazd, en: Arrival}
    text: {pl: "Co {zrobiłbyś|zrobiłabyś}?", en: "What would you do?"}
    choices:
      - id: talk
        text: {pl: Rozmawiam, en: Talk}
        rating: best
        score: {communication: 2}
        effects: {calm: 2}
        feedback:
          - if: "calm >= 1"
            text: {pl: "Już spokojnie.", en: "Already calm."}
          - text: {pl: "Dobrze {zrobiłeś|zrobiłaś}.", en: "Well done."}
        next: scale
      - id: wait
        text: {pl: Czekam, en: Wait}
        rating: good
        feedback: {pl: "Można.", en: "Fine."}
        next: scale
      - id: shout
        text: {pl: Krzyczę, en: Shout}
        rating: harmful
        feedback: {pl: "Źle.", en: "Bad."}
        next: scale
      - id: leave
        text: {pl: Odchodzę, en: Leave}
        rating: poor
        feedback: {pl: "Słabo.", en: "Poor."}
        next: scale
  scale:
    type: decision
    order: fixed
    title:
      - if: "chose('arrive', 'talk')"
        text: {pl: "Po rozmowie", en: "After talking"}
      - text: {pl: "Bez rozmowy", en: "Without talking"}
    text: {pl: "Jak pilne?", en: "How urgent?"}
    choices:
      - {id: low, text: {pl: Mało, en: Low}, rating: poor, feedback: {pl: a, en: a}, next: note}
      - {id: mid, text: {pl: Średnio, en: Mid}, rating: good, feedback: {pl: b, en: b},
         next: note}
      - {id: high, text: {pl: Bardzo, en: High}, rating: best, feedback: {pl: c, en: c},
         next: note}
  note:
    type: report
    title: {pl: Notatka, en: Note}
    text:
      - if: "visited('intro') and calm >= 2"
        text: {pl: "Zapisz, co {usłyszałeś|usłyszałaś}.", en: "Write what you heard."}
      - text: {pl: "Zapisz notatkę.", en: "Write the note."}
    prompt: {pl: "Twoja notatka", en: "Your note"}
    min_words: 3
    competency: legal_procedure
    model: {pl: "Wzór notatki.", en: "Model note."}
    items:
      - {id: motive, text: {pl: Motyw, en: Motive}}
      - {id: words, text: {pl: Słowa, en: Words}}
      - {id: witnesses, text: {pl: Świadkowie, en: Witnesses}}
    next: end
  end:
    type: ending
    outcome: success
    text:
      - if: "chose('arrive', 'talk')"
        text: {pl: "Spokój.", en: "Calm."}
      - text: {pl: "Napięcie.", en: "Tension."}
    debrief:
      - if: "calm >= 2"
        text: {pl: "{Uspokoiłeś|Uspokoiłaś} go.", en: "You calmed him."}
      - text: {pl: "Nie {uspokoiłeś|uspokoiłaś} go.", en: "You did not calm him."}
"""
NOTE = "Sprawca krzyczał obraźliwe słowa."


@pytest.fixture
def tr11(tmp_path: Path) -> Path:
    folder = tmp_path / "tr11"
    folder.mkdir()
    (folder / "scenario.yaml").write_text(SCENARIO_11, encoding="utf-8")
    return folder


def play(run_cli, folder: Path, *tokens: str, options: tuple[str, ...] = ()) -> dict:
    result = run_cli("play", folder, "--choose", *tokens, *options, "--json")
    assert result.exit_code == 0, result.stderr
    data: dict = result.json()
    return data


def by_node(data: dict) -> dict[str, dict]:
    return {entry["node"]: entry for entry in data["transcript"]}


def test_the_transcript_shows_each_node_as_the_app_renders_it(run_cli, tr11: Path) -> None:
    options = ("--note", NOTE, "--address", "f", "--seed", "11")
    data = play(run_cli, tr11, "talk", "high", "motive,words", options=options)
    assert [e["node"] for e in data["transcript"]] == data["path"]
    assert data["path"] == ["intro", "arrive", "scale", "note", "end"]
    intro, arrive, scale, note, end = data["transcript"]
    assert intro == {
        "node": "intro",
        "type": "scene",
        "title": "Wstęp",
        "text": "Dzień dobry {tekst w klamrach}.",
    }
    assert arrive["type"] == "decision" and arrive["title"] == "Przyjazd"
    assert arrive["text"] == "Co zrobiłabyś?"
    assert sorted(arrive["choices"]) == ["leave", "shout", "talk", "wait"]
    # Feedback is chosen with the state before the choice applied (calm 0, not 2).
    assert (arrive["chosen"], arrive["feedback"]) == ("talk", "Dobrze zrobiłaś.")
    assert scale["title"] == "Po rozmowie"
    assert scale["choices"] == ["low", "mid", "high"]  # order: fixed
    assert note["type"] == "report" and note["title"] == "Notatka"
    assert note["text"] == "Zapisz, co usłyszałaś."
    assert note["items"] == ["motive", "words", "witnesses"]
    assert (end["type"], end["title"], end["text"]) == ("ending", None, "Spokój.")
    assert end["debrief"] == "Uspokoiłaś go."
    # The report's token is the ticked items: one point each.
    assert data["points"] == {"legal_procedure": 2, "communication": 2}
    assert data["maximum"] == {"legal_procedure": 3, "communication": 2}


def test_alternatives_follow_the_path(run_cli, tr11: Path) -> None:
    data = play(run_cli, tr11, "wait", "low", "", options=("--note", NOTE, "--address", "m"))
    seen = by_node(data)
    assert seen["scale"]["title"] == "Bez rozmowy"
    assert seen["note"]["text"] == "Zapisz notatkę."
    assert (seen["end"]["text"], seen["end"]["debrief"]) == ("Napięcie.", "Nie uspokoiłeś go.")
    assert data["points"]["legal_procedure"] == 0  # "" ticks nothing


@pytest.mark.parametrize(
    ("address", "question", "debrief"),
    [
        ("m", "Co zrobiłbyś?", "Uspokoiłeś go."),
        ("f", "Co zrobiłabyś?", "Uspokoiłaś go."),
        ("none", "Co zrobiłbyś/zrobiłabyś?", "Uspokoiłeś/Uspokoiłaś go."),
    ],
)
def test_the_form_of_address(run_cli, tr11: Path, address, question, debrief) -> None:
    options = ("--note", NOTE, "--address", address)
    seen = by_node(play(run_cli, tr11, "talk", "mid", "", options=options))
    assert seen["arrive"]["text"] == question
    assert seen["end"]["debrief"] == debrief


def test_without_address_both_forms_are_shown(run_cli, tr11: Path) -> None:
    seen = by_node(play(run_cli, tr11, "talk"))
    assert seen["arrive"]["text"] == "Co zrobiłbyś/zrobiłabyś?"


def test_lang_en_and_the_default_first_language(run_cli, tr11: Path) -> None:
    english = by_node(play(run_cli, tr11, "talk", options=("--lang", "en")))
    assert english["arrive"]["text"] == "What would you do?"
    assert english["intro"]["text"] == "Hello {in braces}."
    assert english["scale"]["title"] == "After talking"
    assert by_node(play(run_cli, tr11, "talk"))["arrive"]["title"] == "Przyjazd"
    # The older spelling of the option still works.
    assert by_node(play(run_cli, tr11, options=("--language", "en")))["arrive"]["title"] == (
        "Arrival"
    )


def test_an_unknown_language_is_a_clear_error(run_cli, tr11: Path) -> None:
    result = run_cli("play", tr11, "--choose", "talk", "--lang", "de", "--json")
    assert result.exit_code == 2 and result.stdout == ""
    assert "written in pl, en, not 'de'" in result.stderr and "--lang" in result.stderr
    assert "Traceback" not in result.stderr


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(min_value=0, max_value=SEED_LIMIT - 1))
def test_a_seed_shows_the_apps_order_and_repeats_it(run_cli, tr11: Path, seed: int) -> None:
    options = ("--seed", str(seed))
    first = play(run_cli, tr11, "talk", options=options)
    assert play(run_cli, tr11, "talk", options=options) == first
    scenario = load_scenario(tr11).scenario
    engine = PlayEngine(scenario)
    state = engine.continue_scenes(engine.start())
    expected = [
        c.id for c in in_shown_order(engine.offered(state), engine.current_node(state), seed)
    ]
    assert by_node(first)["arrive"]["choices"] == expected


def test_seeds_differ_and_without_a_seed_the_order_is_random(run_cli, tr11: Path) -> None:
    seeded = {
        tuple(by_node(play(run_cli, tr11, options=("--seed", str(s))))["arrive"]["choices"])
        for s in range(12)
    }
    assert len(seeded) > 1
    unseeded = [tuple(by_node(play(run_cli, tr11))["arrive"]["choices"]) for _ in range(20)]
    assert all(sorted(order) == ["leave", "shout", "talk", "wait"] for order in unseeded)
    assert len(set(unseeded)) > 1  # 20 equal draws of 24 orders: chance 24**-19


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ((), "the tokens reach the report node 'note', but no --note was given"),
        (("--note", "a", "--note", "b"), "1 --note left unused: the tokens reached 1 report"),
        (("--note", "a", "--seed", "x"), "--seed: expected a whole number, not 'x'"),
        (("--note", "a", "--seed", "-1"), "the seed must be from 0 to 2147483647"),
        (("--note", "a", "--seed", str(SEED_LIMIT)), "the seed must be from 0 to"),
        (("--note", "a", "--address", "x"), "--address: invalid choice: 'x'"),
    ],
)
def test_errors_are_clear(run_cli, tr11: Path, options, message) -> None:
    result = run_cli("play", tr11, "--choose", "talk", "high", "motive", *options, "--json")
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_note_is_not_needed_before_the_report_is_reached(run_cli, tr11: Path) -> None:
    data = play(run_cli, tr11, "talk", "high")
    assert data["awaiting"] == "note"
    assert by_node(data)["note"]["items"] == ["motive", "words", "witnesses"]
    result = run_cli("play", tr11, "--choose", "talk", "--note", "early", "--json")
    assert result.exit_code == 2 and "1 --note left unused" in result.stderr


@pytest.mark.parametrize("option", [("--seed", "3"), ("--address", "f")])
def test_options_of_an_unrecorded_play_are_refused_with_a_profile(
    run_cli, tr11: Path, tmp_path: Path, option
) -> None:
    result = run_cli("--data-dir", tmp_path / "data", "play", tr11, "--profile", "Anna", *option)
    assert result.exit_code == 2
    assert f"{option[0]} works only without --profile" in result.stderr


def test_a_recorded_play_stores_the_note_with_its_step(run_cli, tr11: Path, tmp_path: Path) -> None:
    from trainer.services.context import open_services

    data_dir = tmp_path / "data"
    result = run_cli(
        "--data-dir", data_dir, "play", tr11, "--profile", "Anna", "--json",
        "--choose", "talk", "high", "motive,words", "--note", "Sprawca krzyczał: „Wynocha”.",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    attempt = result.json()["attempt"]
    services = open_services(data_dir)
    try:
        (step,) = [s for s in services.store.steps(attempt) if s.action == "report"]
    finally:
        services.close(backup=False)
    assert step.note == "Sprawca krzyczał: „Wynocha”."
    assert step.ticked == ["motive", "words"]
    # Without --note a recorded report stores an empty note; an unused --note is an error.
    quiet = run_cli(
        "--data-dir", data_dir, "play", tr11, "--profile", "Ola", "--json",
        "--choose", "talk", "high", "",
    )  # fmt: skip
    assert quiet.exit_code == 0, quiet.stderr
    extra = run_cli(
        "--data-dir", data_dir, "play", tr11, "--profile", "Ewa",
        "--choose", "talk", "--note", "za wcześnie",
    )  # fmt: skip
    assert extra.exit_code == 2 and "1 --note left unused" in extra.stderr


def test_play_help_names_every_new_option(capsys) -> None:
    from trainer.cli import build_parser

    parser = build_parser()
    with pytest.raises(SystemExit):
        parser.parse_args(["play", "--help"])
    text = capsys.readouterr().out
    for option in ("--note", "--seed", "--address", "--lang", "transcript", "report"):
        assert option in text, option
