"""The tutorial scenario: validates cleanly, its best path scores 100 %, and its mechanics work.

Expected figures were computed by hand from the scenario's scores and confirmed with the CLI.
Maxima: bias_indicators 5, legal_procedure 8 (4 from choices, 4 from the note's self-check
items), victim_support 3, communication 2, ethics 2, partnership 3 (23 in total). The club's
``trust`` starts at 1 and is clamped to 0..3.

The tutorial also shows every format-1.1 feature (path-aware text, forms of address, the
report node, a fixed order): the tests at the end check each is there and does what the
tutorial's own "How it works" notes say.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.content.content_support import play_scenario
from trainer.domain.address import has_alternation
from trainer.domain.model import (
    ChecklistNode,
    DecisionNode,
    EndingNode,
    Order,
    Rating,
    ReportNode,
)
from trainer.domain.variants import Variants, every_text, fallback_text
from trainer.domain.walk import iter_path_texts, iter_texts
from trainer.scenario_io.reader import load_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
TUTORIAL = SCENARIOS_DIR / "tutorial"

MAXIMUM = {
    "bias_indicators": 5,
    "legal_procedure": 8,
    "victim_support": 3,
    "communication": 2,
    "ethics": 2,
    "partnership": 3,
}

BEST_TOKENS = [
    "keep_and_come",
    "symbol,slogan,place,perception",
    "listen_first",
    "calm_boundary",
    "hate_flag",
    "motive,words,witnesses,needs",
    "club_meeting",
]
NOTE = "Wlepka z krzyżem celtyckim i hasłem przeciw Ukraińcom na drzwiach sali klubu mam."

BEST_PATH = [
    "welcome",
    "call",
    "phone_call",
    "at_door",
    "indicators",
    "olena_arrives",
    "talk_olena",
    "heads_up",
    "passerby",
    "man_leaves",
    "olena_opens_up",
    "qualify",
    "write_note",
    "follow_up",
    "end_success",
]


def play(run_cli, *tokens, **options):
    """Play the tutorial; the note for the report node is given once the tokens reach it."""
    reaches_note = len(tokens) >= BEST_TOKENS.index("club_meeting")
    notes = ("--note", NOTE) if reaches_note else ()
    return play_scenario(run_cli, TUTORIAL, *tokens, *notes, *options.get("extra", ()))


def test_analyze_reports_maxima_endings_and_best_path(run_cli):
    result = run_cli("analyze", TUTORIAL, "--json")
    assert result.exit_code == 0
    report = result.json()
    assert report["exact"] is True
    assert report["maximum"] == MAXIMUM
    assert all(value > 0 for value in report["maximum"].values())
    assert sorted(report["endings"]) == ["end_failure", "end_partial", "end_success"]
    assert report["best_path"] == BEST_PATH


def test_best_path_reaches_success_with_full_marks(run_cli):
    # Hand count: legal 2+2+4 (every note item), partnership 1+2, bias 4 (checklist)+1,
    # victim 2+1, communication 1+1, ethics 2  ->  every competency at its maximum, 23/23.
    state = play(run_cli, *BEST_TOKENS)
    assert state["path"] == BEST_PATH
    assert state["ending"] == "end_success"
    assert state["outcome"] == "success"
    assert state["awaiting"] is None
    assert state["points"] == MAXIMUM
    assert state["maximum"] == MAXIMUM
    assert state["percent"] == dict.fromkeys(MAXIMUM, 100.0)
    assert state["overall_percent"] == 100.0
    # trust 1 +1 +1 +1 = 4, clamped to the maximum of 3
    assert state["variables"] == {"trust": 3}


def test_poor_path_reaches_failure(run_cli):
    # photo_then_remove: legal +1; checklist 2 correct - 1 wrong = bias +1;
    # facts_only: victim +1; timeout: no points, trust -1; minor_only: bias -1;
    # a note with one item of four: legal +1; close_file: partnership -1.
    # trust 1 -> 1 -> 1 -> 0, so Olena withdraws.
    state = play(
        run_cli,
        "photo_then_remove",
        "symbol,slogan,overnight",
        "facts_only",
        "timeout",
        "minor_only",
        "words",
        "close_file",
    )
    assert "at_door_later" in state["path"]
    assert "olena_withdraws" in state["path"]
    assert state["ending"] == "end_failure"
    assert state["outcome"] == "failure"
    assert state["points"] == {
        "bias_indicators": 0,
        "legal_procedure": 2,
        "victim_support": 1,
        "communication": 0,
        "ethics": 0,
        "partnership": -1,
    }
    assert state["percent"] == {
        "bias_indicators": 0.0,
        "legal_procedure": 25.0,  # 2/8
        "victim_support": 33.3,  # 1/3
        "communication": 0.0,
        "ethics": 0.0,
        "partnership": 0.0,  # -1 clamped to 0
    }
    # (0 + 2 + 1 + 0 + 0 + 0) / 23
    assert state["overall_percent"] == 13.0
    assert state["variables"] == {"trust": 0}


def test_timeout_applies_its_effect(run_cli):
    # Best start: trust 1 +1 +1 = 3 before the timed decision; the timeout costs 1.
    state = play(
        run_cli,
        "keep_and_come",
        "symbol,slogan,place,perception",
        "listen_first",
        "timeout",
    )
    assert state["path"][-4:] == ["passerby", "man_leaves", "olena_opens_up", "qualify"]
    assert state["awaiting"] == "qualify"
    assert state["ending"] is None
    assert state["variables"] == {"trust": 2}
    assert state["points"]["ethics"] == 0

    # From a weaker start (trust 1 +0 +1 = 2) the same hesitation drops trust to 1,
    # and the route list sends the story the other way.
    state = play(
        run_cli,
        "photo_then_remove",
        "symbol,slogan,place,perception",
        "listen_first",
        "timeout",
    )
    assert state["path"][-4:] == ["passerby", "man_leaves", "olena_withdraws", "qualify"]
    assert state["variables"] == {"trust": 1}


def test_trust_gate_opens_the_club_meeting(run_cli):
    # trust 1 -1 (just_remove) +1 (listen_first) +1 (calm_boundary) = 2: gate open.
    state = play(
        run_cli,
        "just_remove",
        "",
        "listen_first",
        "calm_boundary",
        "hate_flag",
        "",
        "club_meeting",
    )
    assert "olena_opens_up" in state["path"]
    assert state["variables"] == {"trust": 2}
    assert state["ending"] == "end_success"


def test_trust_gate_closes_the_club_meeting(run_cli):
    # trust 1 -1 (just_remove) +0 (facts_only) +1 (calm_boundary) = 1: gate closed.
    tokens = ["just_remove", "", "facts_only", "calm_boundary", "hate_flag", "motive"]
    state = play(run_cli, *tokens)
    assert "olena_withdraws" in state["path"]
    assert state["awaiting"] == "follow_up"
    assert state["variables"] == {"trust": 1}

    refused = run_cli(
        "play", TUTORIAL, "--choose", *tokens, "club_meeting", "--note", NOTE, "--json"
    )
    assert refused.exit_code == 1
    assert "club_meeting" in refused.stderr
    assert "leave_card" in refused.stderr

    state = play(run_cli, *tokens, "leave_card")
    assert state["ending"] == "end_partial"


def test_recording_only_a_petty_offence_costs_the_success(run_cli):
    # chose('qualify', 'minor_only') turns the club meeting into a partial result...
    tokens = BEST_TOKENS.copy()
    tokens[4] = "minor_only"
    state = play(run_cli, *tokens)
    assert state["ending"] == "end_partial"
    assert state["outcome"] == "partial"

    # ...and the leaflet-only follow-up into a failure.
    tokens[6] = "leave_card"
    state = play(run_cli, *tokens)
    assert state["ending"] == "end_failure"


# -- format 1.1: the tutorial shows every addition ------------------------------------

#: Polish second-person past tense and conditional, gendered (zrobiłeś, zrobiłabyś...).
GENDERED_YOU = re.compile(r"\w+(?:łeś|łaś|łbyś|łabyś)\b")


def transcript(run_cli, *tokens, address="none", lang="pl"):
    """The transcript of a play, as a dict node id -> entry (the tutorial shows each once)."""
    state = play(run_cli, *tokens, extra=("--address", address, "--lang", lang, "--seed", "7"))
    return {entry["node"]: entry for entry in state["transcript"]}


def test_the_tutorial_is_format_1_1_and_uses_every_addition():
    loaded = load_scenario(TUTORIAL)
    assert loaded.playable and not loaded.findings, [f.format_line() for f in loaded.findings]
    scenario = loaded.scenario
    assert scenario.format == "1.1"
    path_aware = {
        located.path[-1]
        for located, value in iter_path_texts(scenario)
        if isinstance(value, Variants)
    }
    assert {"text", "title", "feedback"} <= path_aware
    endings = [n for n in scenario.nodes.values() if isinstance(n, EndingNode)]
    assert any(isinstance(n.debrief, Variants) for n in endings)
    reports = [n for n in scenario.nodes.values() if isinstance(n, ReportNode)]
    assert len(reports) == 1 and 3 <= len(reports[0].items) <= 4
    assert reports[0].title is not None and reports[0].min_words
    assert any(getattr(n, "order", None) is Order.FIXED for n in scenario.nodes.values())
    polish = [text.resolve("pl", "pl") for _, text in iter_texts(scenario)]
    assert sum(has_alternation(t) for t in polish) >= 5


def test_the_tutorial_never_addresses_the_player_in_one_gender_only():
    scenario = load_scenario(TUTORIAL).scenario
    for located, text in iter_texts(scenario):
        # Both forms of every alternation are fine; what is left must have no gendered "you".
        plain = re.sub(r"\{[^{}|]*\|[^{}|]*\}", "", text.resolve("pl", "pl"))
        assert not GENDERED_YOU.findall(plain), located.path


def test_forms_of_address_follow_the_option(run_cli):
    forms = {
        "m": "wlepkę zabezpieczyłeś osobiście",
        "f": "wlepkę zabezpieczyłaś osobiście",
        "none": "wlepkę zabezpieczyłeś/zabezpieczyłaś osobiście",
    }
    for address, expected in forms.items():
        seen = transcript(run_cli, *BEST_TOKENS[:3], address=address)
        assert expected in seen["olena_arrives"]["text"]
        assert "{" not in seen["olena_arrives"]["text"]
        assert seen["call"]["text"].count("dzielnicow") == (2 if address == "none" else 1)


def test_scene_text_follows_who_took_the_sticker_down(run_cli):
    ours = transcript(run_cli, "keep_and_come", "", "listen_first", lang="en")
    hers = transcript(run_cli, "photo_then_remove", "", "listen_first", lang="en")
    assert "where you secured the sticker yourself" in ours["olena_arrives"]["text"]
    assert "where Mrs Wójcik took the sticker down" in hers["olena_arrives"]["text"]


def test_feedback_remembers_playing_it_down_earlier(run_cli):
    start = ["keep_and_come", "", "minimise", "calm_boundary"]
    after_minimising = transcript(run_cli, *start, lang="en")["passerby"]
    after_listening = transcript(
        run_cli, "keep_and_come", "", "listen_first", "calm_boundary", lang="en"
    )["passerby"]
    assert after_minimising["chosen"] == after_listening["chosen"] == "calm_boundary"
    assert "repair of what you said earlier" in after_minimising["feedback"]
    assert "repair" not in after_listening["feedback"]


def test_partial_ending_names_the_missing_link(run_cli):
    motive_missing = BEST_TOKENS.copy()
    motive_missing[4] = "minor_only"
    seen = transcript(run_cli, *motive_missing, lang="en")["end_partial"]
    assert seen["title"] == "Halfway there: the motive off the record"
    assert "logged only as a petty offence" in seen["debrief"]
    no_meeting = ["just_remove", "", "facts_only", "calm_boundary", "hate_flag", "", "leave_card"]
    seen = transcript(run_cli, *no_meeting, lang="en")["end_partial"]
    assert seen["title"] == "Halfway there: the club out of touch"
    assert "through a go-between" in seen["debrief"]


def test_the_note_exercise_scores_the_items_ticked(run_cli):
    seen = transcript(run_cli, *BEST_TOKENS, lang="en")
    note = seen["write_note"]
    assert note["type"] == "report" and note["title"] == "The official note"
    assert note["items"] == ["motive", "words", "witnesses", "needs"]
    for ticked, legal in (("", 4), ("motive", 5), ("motive,words,witnesses,needs", 8)):
        tokens = [*BEST_TOKENS[:5], ticked, BEST_TOKENS[6]]
        assert play(run_cli, *tokens)["points"]["legal_procedure"] == legal


def test_the_scale_keeps_its_order_and_the_rest_is_shuffled(run_cli):
    orders = {
        seed: {
            entry["node"]: entry.get("choices")
            for entry in play(run_cli, *BEST_TOKENS, extra=("--seed", str(seed)))["transcript"]
        }
        for seed in range(6)
    }
    assert {tuple(o["qualify"]) for o in orders.values()} == {
        ("minor_only", "handover", "hate_flag")
    }
    assert len({tuple(o["phone_call"]) for o in orders.values()}) > 1


def test_the_tutorial_keeps_the_pedagogical_rules():
    """The rules of the format's pedagogical table, checked here by their own definitions."""
    scenario = load_scenario(TUTORIAL).scenario
    decisions = [n for n in scenario.nodes.values() if isinstance(n, DecisionNode)]
    for node in scenario.nodes.values():
        if isinstance(node, DecisionNode | ChecklistNode | ReportNode):
            assert node.title is not None, node.id
    for located, value in iter_path_texts(scenario):
        if located.path[-1] != "feedback":
            continue
        for language in scenario.languages:
            for _, text in every_text(value):
                words = len(text.resolve(language, "pl").split())
                assert words <= 60, (located.path, language, words)
    for node in decisions:
        if node.time_limit:
            for language in scenario.languages:
                texts = [fallback_text(node.text), *(c.text for c in node.choices)]
                words = sum(len(t.resolve(language, "pl").split()) for t in texts)
                assert node.time_limit >= 5 + words / 3, node.id
    for language in scenario.languages:
        longest_is_best = [
            max(node.choices, key=lambda c: len(c.text.resolve(language, "pl"))).rating
            is Rating.BEST
            for node in decisions
            if len(node.choices) >= 3
        ]
        assert sum(longest_is_best) <= 0.6 * len(longest_is_best), language


def test_the_success_debrief_does_not_claim_a_motive_that_was_not_flagged(run_cli):
    flagged = transcript(run_cli, *BEST_TOKENS, lang="en")["end_success"]["debrief"]
    handed_over = BEST_TOKENS.copy()
    handed_over[4] = "handover"
    unflagged = transcript(run_cli, *handed_over, lang="en")["end_success"]["debrief"]
    assert "The bias motive is on record" in flagged
    assert "without the bias motive flagged" not in flagged
    assert "without the bias motive flagged" in unflagged
    assert "The bias motive is on record" not in unflagged
