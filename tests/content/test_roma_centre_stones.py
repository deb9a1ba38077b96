"""Scenario S3 "Stones before the Caravan": best path, a failure path and the trust gate.

Expected figures were computed by hand from the scenario's scores and confirmed with the CLI.
Maxima: partnership 5, cultural_competence 2, bias_indicators 7, legal_procedure 5, safety 4,
victim_support 4 (27 in total). The community's ``trust`` starts at 1 and is clamped to 0..5;
at 4 or more Patryk's video is offered (``video_offer``), otherwise the community goes quiet
(``community_silent``) and no success ending is reachable.
"""

from __future__ import annotations

from pathlib import Path

from tests.content.content_support import assert_full_marks, play_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
SCENARIO = SCENARIOS_DIR / "roma-centre-stones"

MAXIMUM = {
    "partnership": 5,
    "cultural_competence": 2,
    "bias_indicators": 7,
    "legal_procedure": 5,
    "safety": 4,
    "victim_support": 4,
}

ALL_INDICATORS = "slogan,target_and_timing,online_call,earlier_incident,nothing_taken,victims_view"

BEST_TOKENS = [
    "via_assistant",
    ALL_INDICATORS,
    "options_talk",
    "explain_ex_officio",
    "alert_command",
    "decline_offer_dialogue",
    "hold_line",
    "formal_handover",
]

BEST_PATH = [
    "intro",
    "who_first",
    "at_centre",
    "bias_check",
    "teen_witness",
    "no_complaint",
    "evening_post",
    "patrol_announced",
    "official_call",
    "walk_prepared",
    "evening_walk",
    "walk_contained",
    "video_offer",
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
    assert sorted(report["endings"]) == [
        "end_failure_clash",
        "end_failure_trust",
        "end_partial",
        "end_success",
    ]
    assert report["best_path"] == BEST_PATH


def test_best_path_reaches_success_with_full_marks(run_cli):
    # partnership 2 (via_assistant) + 1 (alert_command) + 2 (decline_offer_dialogue) = 5
    # cultural 1 (via_assistant) + 1 (options_talk) = 2
    # bias 6 (checklist, all six indicators) + 1 (explain_ex_officio) = 7
    # legal 2 (explain_ex_officio) + 1 (hold_line) + 2 (formal_handover) = 5
    # safety 2 (alert_command) + 2 (hold_line) = 4
    # victim 2 (options_talk) + 1 (decline_offer_dialogue) + 1 (formal_handover) = 4
    state = play(run_cli, *BEST_TOKENS)
    assert_full_marks(state, BEST_PATH, MAXIMUM)
    # trust 1 +2 +1 +1 +1 +1 +1 = 8, clamped to 5
    assert state["variables"] == {"trust": 5}


def test_unprepared_poor_path_ends_in_a_clash(run_cli):
    # door_to_door: partnership -1; checklist 1 correct - 2 wrong -> 0 (floor);
    # summon_tomorrow: victim -1; note_only: legal -1; wait_and_see: safety -1;
    # help_organise: victim -1; stay_in_car: safety -1; leave_it: legal -1.
    # trust 1 -1 -1 -1 +0 -1 -1 -> 0 (clamped at every step).
    state = play(
        run_cli,
        "door_to_door",
        "slogan,hoods_at_night,neighbour_remark",
        "summon_tomorrow",
        "note_only",
        "wait_and_see",
        "help_organise",
        "stay_in_car",
        "leave_it",
    )
    assert "walk_unprepared" in state["path"]
    assert "walk_escalates" in state["path"]
    assert "community_silent" in state["path"]
    assert state["ending"] == "end_failure_clash"
    assert state["outcome"] == "failure"
    assert state["points"] == {
        "partnership": -1,
        "cultural_competence": 0,
        "bias_indicators": 0,
        "legal_procedure": -2,
        "safety": -2,
        "victim_support": -2,
    }
    assert state["percent"] == dict.fromkeys(MAXIMUM, 0.0)
    assert state["overall_percent"] == 0.0
    assert state["variables"] == {"trust": 0}


def test_filing_as_plain_vandalism_fails_even_with_good_work_elsewhere(run_cli):
    # Best path except close_vandalism at no_complaint (bias -2, legal -1, trust -1).
    # partnership 5, cultural 2, bias 6 - 2 = 4, legal -1 + 1 + 2 = 2, safety 4, victim 4.
    # trust 1 -> 3 -> 4 -> 3 -> 4 -> 5 -> 5: the video still comes, but the case is buried.
    tokens = BEST_TOKENS.copy()
    tokens[3] = "close_vandalism"
    state = play(run_cli, *tokens)
    assert "video_offer" in state["path"]
    assert state["ending"] == "end_failure_trust"
    assert state["outcome"] == "failure"
    assert state["points"] == {
        "partnership": 5,
        "cultural_competence": 2,
        "bias_indicators": 4,
        "legal_procedure": 2,
        "safety": 4,
        "victim_support": 4,
    }
    assert state["percent"] == {
        "partnership": 100.0,
        "cultural_competence": 100.0,
        "bias_indicators": 57.1,  # 4/7
        "legal_procedure": 40.0,  # 2/5
        "safety": 100.0,
        "victim_support": 100.0,
    }
    # 21 / 27
    assert state["overall_percent"] == 77.8


def test_low_trust_closes_the_video_route(run_cli):
    # Only "good" choices: trust 1 +1 (call_chair) and nothing more = 2 < 4.
    # partnership 1 + 1, cultural 1 (via_elders), bias 3 - 1 = 2 (checklist),
    # legal 1 (record_and_wait) + 2 (secure_other_evidence), safety 1 + 1, victim 1.
    tokens = [
        "call_chair",
        "slogan,target_and_timing,online_call,noisy_party",
        "via_elders",
        "record_and_wait",
        "extra_patrols",
        "pass_to_chair",
        "door_and_backup",
    ]
    state = play(run_cli, *tokens)
    # extra patrols were ordered, so the walk is contained even without the full plan
    assert "walk_unprepared" in state["path"]
    assert "walk_contained" in state["path"]
    assert state["awaiting"] == "community_silent"
    assert state["variables"] == {"trust": 2}

    refused = run_cli("play", SCENARIO, "--choose", *tokens, "formal_handover", "--json")
    assert refused.exit_code == 1
    assert "formal_handover" in refused.stderr

    state = play(run_cli, *tokens, "secure_other_evidence")
    assert "video_offer" not in state["path"]
    assert state["ending"] == "end_partial"
    assert state["outcome"] == "partial"
    assert state["points"] == {
        "partnership": 2,
        "cultural_competence": 1,
        "bias_indicators": 2,
        "legal_procedure": 3,
        "safety": 2,
        "victim_support": 1,
    }
    assert state["percent"] == {
        "partnership": 40.0,
        "cultural_competence": 50.0,
        "bias_indicators": 28.6,  # 2/7
        "legal_procedure": 60.0,
        "safety": 50.0,
        "victim_support": 25.0,
    }
    # 11 / 27
    assert state["overall_percent"] == 40.7


def test_hold_line_needs_the_early_alert(run_cli):
    # Without alert_command the planned police line is not on offer at the walk.
    tokens = [
        "via_assistant",
        ALL_INDICATORS,
        "options_talk",
        "explain_ex_officio",
        "extra_patrols",
        "decline_offer_dialogue",
    ]
    state = play(run_cli, *tokens)
    assert state["awaiting"] == "evening_walk"
    assert "walk_unprepared" in state["path"]
    refused = run_cli("play", SCENARIO, "--choose", *tokens, "hold_line", "--json")
    assert refused.exit_code == 1
    assert "hold_line" in refused.stderr
