"""Scenario S2 "Friday at the basement prayer room" (version 2): routes, figures, path-aware text.

Expected figures were computed by hand from the scenario's scores and confirmed with the CLI.
``trust`` starts at 2 (0..7); every choice rated harmful adds 1 to ``harm`` and every poor
one (timeouts included) adds 1 to ``lapses``, so the endings follow what was chosen: any
harmful choice or trust 0 fails; success needs the online post secured, no weak step and
trust 5+; anything else is partial.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.content.content_support import assert_full_marks

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
SCENARIO = SCENARIOS_DIR / "prayer-room-threat"

MAXIMUM = {
    "safety": 3,
    "cultural_competence": 2,
    "bias_indicators": 6,
    "legal_procedure": 11,
    "communication": 2,
    "ethics": 2,
    "partnership": 2,
    "victim_support": 2,
}

INDICATORS = "pig_head,letter,earlier_scrawl,prayer_time,perception"
NOTE_ITEMS = "motive,words,earlier,leads,needs"

BEST_TOKENS = [
    "cordon_call_chair",
    "threat_119",
    "photo_cover",
    INDICATORS,
    "acknowledge",
    "separate_neutral",
    NOTE_ITEMS,
    "secure_pass",
]

BEST_PATH = [
    "call_in",
    "enter_or_wait",
    "chair_out",
    "threat_assessment",
    "evidence",
    "indicators",
    "prayer_ends",
    "angry_worshipper",
    "neighbour_arrives",
    "neighbour",
    "report",
    "week_later",
    "online_post",
    "end_success",
]


def play(run_cli: Any, *tokens: str, lang: str = "pl") -> dict[str, Any]:
    """Play with a fixed order and the feminine form; the note is given when it is reached."""
    options = ["--seed", "1", "--address", "f", "--lang", lang]
    if len(tokens) > BEST_TOKENS.index(NOTE_ITEMS):
        options += ["--note", "Notatka ćwiczebna z interwencji."]
    result = run_cli("play", SCENARIO, *options, "--choose", *tokens, "--json")
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = result.json()
    return data


def shown(state: dict[str, Any], node: str) -> str:
    """The rendered text of one node in the transcript."""
    steps = [step for step in state["transcript"] if step.get("node") == node]
    return "\n".join(str(step.get("text", "")) for step in steps)


def test_analyze_is_exact_with_every_ending_reachable(run_cli):
    result = run_cli("analyze", SCENARIO, "--json")
    assert result.exit_code == 0
    report = result.json()
    assert report["exact"] is True
    assert report["maximum"] == MAXIMUM
    assert sorted(report["endings"]) == ["end_failure", "end_partial", "end_success"]
    assert report["best_path"] == BEST_PATH


def test_validate_strict_finds_nothing(run_cli):
    result = run_cli("validate", SCENARIO, "--strict")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "0 error(s), 0 warning(s)" in result.stdout + result.stderr


def test_best_path_reaches_success_with_full_marks(run_cli):
    state = play(run_cli, *BEST_TOKENS)
    assert_full_marks(state, BEST_PATH, MAXIMUM)
    assert state["variables"] == {"trust": 7, "harm": 0, "lapses": 0}
    assert "Co zadziałało" in str(state["transcript"])


def test_good_but_not_best_steps_still_succeed_with_a_debrief_that_says_so(run_cli):
    # describe_only and witness_only are good: trust 2+1+0+1+1+0+1 = 6, no lapses.
    state = play(
        run_cli,
        "cordon_call_chair",
        "describe_only",
        "photo_cover",
        INDICATORS,
        "acknowledge",
        "witness_only",
        NOTE_ITEMS,
        "secure_pass",
    )
    assert state["ending"] == "end_success"
    assert state["variables"] == {"trust": 6, "harm": 0, "lapses": 0}
    assert state["overall_percent"] == 83.3
    assert "Do poprawy" in str(state["transcript"])


def test_a_harmful_choice_fails_even_with_high_trust(run_cli):
    # Best everywhere except lower_profile (harmful): trust 2+4-2+1 = 5, but harm 1.
    tokens = list(BEST_TOKENS)
    tokens[BEST_TOKENS.index("separate_neutral")] = "lower_profile"
    state = play(run_cli, *tokens)
    assert state["ending"] == "end_failure"
    assert state["variables"] == {"trust": 5, "harm": 1, "lapses": 0}
    assert "jak radziła policja" in shown(state, "end_failure")


def test_good_answers_and_a_post_removed_unsecured_give_only_a_partial_result(run_cli):
    state = play(
        run_cli,
        "wait_on_steps",
        "describe_only",
        "photo_cover",
        INDICATORS,
        "explain_steps",
        "witness_only",
        NOTE_ITEMS,
        "report_platform",
    )
    assert state["ending"] == "end_partial"
    # report_platform is poor: the post goes before anyone secures it.
    assert state["variables"] == {"trust": 3, "harm": 0, "lapses": 1}
    assert state["overall_percent"] == 56.7
    assert "zniknął, zanim ktokolwiek go zabezpieczył" in shown(state, "end_partial")
    # Told the next steps, Mr Haddad stays; Layla speaks to the officer, not past them.
    assert "Zobaczymy" in shown(state, "neighbour_arrives")
    assert "do pana Nassera, nie do Ciebie" not in shown(state, "neighbour_arrives")


def test_hesitation_and_weak_steps_end_partial_and_the_story_follows(run_cli):
    state = play(
        run_cli,
        "timeout",
        "threat_119",
        "leave_as_is",
        INDICATORS + ",neighbour_complaint",
        "timeout",
        "agree_noise",
        "motive",
        "secure_pass",
    )
    assert state["ending"] == "end_partial"
    assert state["variables"] == {"trust": 1, "harm": 0, "lapses": 4}
    # Nobody asked Mrs Lis, so no witness and no footage appear later.
    assert "szarej kurtce" not in shown(state, "report")
    assert "nagranie z kamery nad apteką" not in shown(state, "week_later")
    assert "Kazanie się kończy" in shown(state, "chair_out")


def test_stopping_the_prayer_and_calling_it_a_prank_fail_and_are_remembered(run_cli):
    state = play(
        run_cli,
        "enter_boots",
        "prank",
        "bag_all_now",
        "pig_head",
        "calm_down",
        "agree_noise",
        "words",
        "not_ours",
    )
    assert state["ending"] == "end_failure"
    assert state["variables"] == {"trust": 0, "harm": 2, "lapses": 4}
    assert "Wystarczyło mnie wywołać" in shown(state, "chair_out")
    assert "nazwał to wybrykiem" in shown(state, "week_later")
    assert "wchodzicie w butach na naszą salę" in shown(state, "angry_worshipper")
    # The failure text and its debrief name the same step, one that was actually chosen.
    ending = next(step for step in state["transcript"] if step.get("node") == "end_failure")
    assert "wybryk" in ending["text"]
    assert "Zaważyło słowo „wybryk”" in ending["debrief"]
    assert "grupa" not in ending["debrief"] and "zatrzymania" not in ending["debrief"]


def test_english_follows_the_same_path(run_cli):
    state = play(run_cli, *BEST_TOKENS, lang="en")
    assert state["ending"] == "end_success"
    assert "Thank you for calling me out" in shown(state, "chair_out")
    assert "man in a grey jacket" in shown(state, "report")
