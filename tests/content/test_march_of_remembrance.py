"""Content test: the "March of Remembrance" scenario plays as designed."""

from __future__ import annotations

from pathlib import Path

from tests.content.content_support import play_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
SCENARIO = SCENARIOS_DIR / "march-of-remembrance"

ALL_INDICATORS = "symbols_cross_88,chant_jews,time_place,organised_group,known_faces"

BEST_TOKENS = [
    "meet_organisers",
    ALL_INDICATORS,
    "document_and_assess",
    "dialogue_and_line",
    "set_limits",
    "facts_his_call",
    "factual_statement",
    "open_and_debrief",
]

MAXIMUM = {
    "partnership": 4,
    "bias_indicators": 8,
    "legal_procedure": 5,
    "communication": 4,
    "safety": 2,
    "ethics": 3,
}


def play(run_cli, *tokens):
    return play_scenario(run_cli, SCENARIO, *tokens)


def test_analyze_best_path_matches_tokens(run_cli):
    result = run_cli("analyze", SCENARIO, "--json")
    assert result.exit_code == 0, result.stderr
    report = result.json()
    assert report["exact"] is True
    assert report["maximum"] == MAXIMUM
    assert sorted(report["endings"]) == ["end_failure", "end_partial", "end_success"]
    assert report["best_path"] == [
        "briefing",
        "prep_contact",
        "day_route",
        "day_prepared",
        "group_indicators",
        "symbols_speech",
        "groups_converge",
        "leader_talk",
        "municipal_rep",
        "media_line",
        "afterwards",
        "end_success",
    ]


def test_best_path_reaches_success_with_full_marks(run_cli):
    state = play(run_cli, *BEST_TOKENS)
    assert state["ending"] == "end_success"
    assert state["outcome"] == "success"
    assert state["points"] == MAXIMUM
    assert state["maximum"] == MAXIMUM
    assert state["percent"] == {competency: 100.0 for competency in MAXIMUM}
    assert state["overall_percent"] == 100.0
    assert state["variables"] == {"trust": 5, "tension": 0}


def test_rushed_path_fails(run_cli):
    # No contact before the day, symbols waved through, hesitation at the timed
    # decision, and a routine report afterwards.
    state = play(
        run_cli,
        "plan_internally",
        "symbols_cross_88,chant_jews,time_place,polish_flags",
        "opinions",
        "timeout",
        "hold_line",
        "hand_recordings",
        "press_office",
        "open_only",
    )
    assert state["ending"] == "end_failure"
    assert state["outcome"] == "failure"
    assert "day_unprepared" in state["path"]
    assert "flashpoint" in state["path"]
    assert state["points"] == {
        "partnership": -1,
        "bias_indicators": 2,
        "legal_procedure": 0,
        "communication": 0,
        "safety": 0,
        "ethics": 1,
    }
    assert state["percent"] == {
        "partnership": 0.0,
        "bias_indicators": 25.0,
        "legal_procedure": 0.0,
        "communication": 0.0,
        "safety": 0.0,
        "ethics": 33.3,
    }
    assert state["overall_percent"] == 11.5
    assert state["variables"] == {"trust": 1, "tension": 4}


def test_timeout_raises_tension_into_the_flashpoint(run_cli):
    # Everything else best, but the officer lets the 45-second decision run out:
    # tension 2 + 2 = 4 sends the story to the bottle-throwing flashpoint instead
    # of the talk with the leader. Handled well, it can still end in success,
    # but the communication points of the dialogue route are lost.
    tokens = list(BEST_TOKENS)
    tokens[3] = "timeout"
    tokens[4] = "targeted_arrest"
    state = play(run_cli, *tokens)
    assert "flashpoint" in state["path"]
    assert "leader_talk" not in state["path"]
    assert state["ending"] == "end_success"
    assert state["percent"]["communication"] == 0.0
    assert state["percent"]["safety"] == 100.0
    assert state["overall_percent"] == 84.6
    assert state["variables"] == {"trust": 5, "tension": 2}


def test_low_trust_means_no_agreed_contact_on_the_day(run_cli):
    # A phone call is enough for trust 3 (prepared square); planning alone is not.
    prepared = play(run_cli, "phone_confirm")
    assert prepared["awaiting"] == "group_indicators"
    assert prepared["variables"]["trust"] == 3
    assert "day_prepared" in prepared["path"]
    unprepared = play(run_cli, "plan_internally")
    assert "day_unprepared" in unprepared["path"]
    assert "day_prepared" not in unprepared["path"]
    assert unprepared["variables"]["trust"] == 2
