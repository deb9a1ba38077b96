"""Scenario S2 "Friday at the basement prayer room": best path, failure, timeouts, tension gate.

Expected figures were computed by hand from the scenario's scores and confirmed with the CLI.
Maxima: safety 6, cultural_competence 4, bias_indicators 5 + 1 = 6, legal_procedure 4,
communication 2, ethics 2, partnership 2 (26 in total). ``trust`` starts at 2 and ``tension``
at 3 (both 0..5). Two decisions are timed (``enter_or_wait`` 60 s, ``angry_worshipper`` 45 s).
After ``angry_worshipper`` tension 4+ (or a timeout) leads to ``confrontation``. At the end:
trust <= 1 or tension >= 4 fails; trust >= 4 and tension <= 2, without the "prank" or
"lower profile" choices, succeeds; anything else is partial.
"""

from __future__ import annotations

from pathlib import Path

from tests.content.content_support import play_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
SCENARIO = SCENARIOS_DIR / "prayer-room-threat"

MAXIMUM = {
    "safety": 6,
    "cultural_competence": 4,
    "bias_indicators": 6,
    "legal_procedure": 4,
    "communication": 2,
    "ethics": 2,
    "partnership": 2,
}

ALL_INDICATORS = "pig_head,letter,earlier_incidents,friday_prayer,community_view"

BEST_TOKENS = [
    "cordon_and_wait",
    "treat_as_threat",
    "ask_and_agree",
    ALL_INDICATORS,
    "evidence_and_dignity",
    "listen_and_label",
    "neutral_separate",
    "interpreter_and_plan",
]

BEST_PATH = [
    "call_in",
    "enter_or_wait",
    "chair_out",
    "threat_assessment",
    "dog_question",
    "indicators",
    "evidence",
    "angry_worshipper",
    "neighbour",
    "closing",
    "end_success",
]


def play(run_cli, *tokens):
    return play_scenario(run_cli, SCENARIO, *tokens)


def test_analyze_reports_maxima_endings_and_best_path(run_cli):
    result = run_cli("analyze", SCENARIO, "--json")
    assert result.exit_code == 0
    report = result.json()
    assert report["exact"] is True
    assert report["maximum"] == MAXIMUM
    assert sorted(report["endings"]) == ["end_failure", "end_partial", "end_success"]
    assert report["best_path"] == BEST_PATH


def test_best_path_reaches_success_with_full_marks(run_cli):
    # safety 2 (cordon) + 2 (treat_as_threat) + 1 (ask_and_agree) + 1 (listen) = 6
    # cultural 1 (cordon) + 2 (ask_and_agree) + 1 (evidence) = 4
    # bias 1 (treat_as_threat) + 5 (checklist) = 6; legal 2 (evidence) + 2 (interpreter) = 4
    # communication 2 (listen); ethics 2 (neutral_separate)
    # partnership 1 (neutral_separate) + 1 (interpreter_and_plan) = 2
    # trust 2 -> 3 -> 4 -> 5 (clamped after); tension 3 -> 2 -> 1 (evidence) -> 0 (listen)
    state = play(run_cli, *BEST_TOKENS)
    assert state["path"] == BEST_PATH
    assert state["ending"] == "end_success"
    assert state["outcome"] == "success"
    assert state["points"] == MAXIMUM
    assert state["maximum"] == MAXIMUM
    assert state["percent"] == {key: 100.0 for key in MAXIMUM}
    assert state["overall_percent"] == 100.0
    assert state["variables"] == {"trust": 5, "tension": 0}


def test_hesitation_and_force_end_in_failure(run_cli):
    # Both timed decisions time out; the officer later detains the angry victim.
    # safety -1 (timeout) + 2 (treat_as_threat) - 1 (skip_hall) = 0 -> 0%
    # cultural 1 (evidence) -> 25%; bias 1 + (3 right - 1 wrong) = 3 -> 50%
    # legal 2 + 2 = 4 -> 100%; communication -1 (timeout) -> 0%
    # ethics -1 (detain_ruslan) - 1 (nod_along) = -2 -> 0%; partnership 1 -> 50%
    # overall (0 + 1 + 3 + 4 + 0 + 0 + 1) / 26 = 34.6%
    # tension 3 -> 4 (timeout) -> 3 (evidence) -> 5 (timeout): failure on tension
    state = play(
        run_cli,
        "timeout",
        "treat_as_threat",
        "skip_hall",
        "pig_head,letter,earlier_incidents,printed_note",
        "evidence_and_dignity",
        "timeout",
        "detain_ruslan",
        "nod_along",
        "interpreter_and_plan",
    )
    assert state["path"] == [
        "call_in",
        "enter_or_wait",
        "crowd_out",
        "threat_assessment",
        "dog_question",
        "indicators",
        "evidence",
        "angry_worshipper",
        "confrontation",
        "neighbour",
        "closing",
        "end_failure",
    ]
    assert state["ending"] == "end_failure"
    assert state["outcome"] == "failure"
    assert state["points"] == {
        "safety": 0,
        "cultural_competence": 1,
        "bias_indicators": 3,
        "legal_procedure": 4,
        "communication": -1,
        "ethics": -2,
        "partnership": 1,
    }
    assert state["percent"] == {
        "safety": 0.0,
        "cultural_competence": 25.0,
        "bias_indicators": 50.0,
        "legal_procedure": 100.0,
        "communication": 0.0,
        "ethics": 0.0,
        "partnership": 50.0,
    }
    assert state["overall_percent"] == 34.6
    assert state["variables"] == {"trust": 2, "tension": 5}


def test_tension_gate_routes_the_same_answer_differently(run_cli):
    # "Please calm down" (+1 tension) is enough for a confrontation only when tension is
    # already high. Calm start: 3 -> 2 (cordon) -> 1 (evidence) -> 2 => neighbour.
    calm = play(
        run_cli,
        "cordon_and_wait",
        "treat_as_threat",
        "ask_and_agree",
        ALL_INDICATORS,
        "evidence_and_dignity",
        "calm_down",
    )
    assert calm["awaiting"] == "neighbour"
    assert calm["variables"] == {"trust": 5, "tension": 2}
    assert "confrontation" not in calm["path"]

    # Loud start: 3 -> 5 (evacuate_now) -> 4 (evidence) -> 5 => confrontation.
    tense = play(
        run_cli,
        "evacuate_now",
        "treat_as_threat",
        "ask_and_agree",
        ALL_INDICATORS,
        "evidence_and_dignity",
        "calm_down",
    )
    assert tense["awaiting"] == "confrontation"
    assert tense["variables"] == {"trust": 4, "tension": 5}
    assert "crowd_out" in tense["path"]


def test_defusing_the_confrontation_recovers_only_a_partial_outcome(run_cli):
    # From the tense branch: step_between brings tension 5 -> 3, too high for success.
    # safety -1 + 2 + 1 + 1 (step_between) = 3 -> 50%; cultural -2 + 2 + 1 = 1 -> 25%
    # communication 1 (step_between) -> 50%; the rest full: overall 19 / 26 = 73.1%
    state = play(
        run_cli,
        "evacuate_now",
        "treat_as_threat",
        "ask_and_agree",
        ALL_INDICATORS,
        "evidence_and_dignity",
        "calm_down",
        "step_between",
        "neutral_separate",
        "interpreter_and_plan",
    )
    assert state["ending"] == "end_partial"
    assert state["outcome"] == "partial"
    assert state["variables"] == {"trust": 5, "tension": 3}
    assert state["percent"]["safety"] == 50.0
    assert state["percent"]["communication"] == 50.0
    assert state["percent"]["cultural_competence"] == 25.0
    assert state["overall_percent"] == 73.1
