"""Scenario S6 "Who's the victim?": best path, the timeout failure path, and the trust gate.

Expected figures were computed by hand from the scenario's scores and confirmed with the CLI.
Maxima: ethics 5, safety 1, legal_procedure 5, bias_indicators 8 (5 from the checklist),
communication 3, victim_support 3, partnership 1 (26 in total).
``first_call`` is timed (40 s); on timeout the partner handcuffs the injured student and the
story goes through ``detained_rights`` and ``release_scene``. ``trust`` starts at 2 (0..5).
Success needs the full qualification (``qualify_bias``), no wrongful detention and trust 3 or
more; a "fight over a girl", a "private matter" or trust 0 end in failure.
"""

from __future__ import annotations

from pathlib import Path

from tests.content.content_support import assert_full_marks, play_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
SCENARIO = SCENARIOS_DIR / "old-town-fight"

MAXIMUM = {
    "ethics": 5,
    "safety": 1,
    "legal_procedure": 5,
    "bias_indicators": 8,
    "communication": 3,
    "victim_support": 3,
    "partnership": 1,
}

ALL_INDICATORS = "slurs,monkey_noises,difference,perception,no_prior"

BEST_TOKENS = [
    "separate_all",
    "same_for_all",
    "secure_evidence",
    "facts_only",
    "open_listen",
    ALL_INDICATORS,
    "qualify_bias",
    "straight_info",
]

BEST_PATH = [
    "arrive_scene",
    "first_call",
    "id_check",
    "bystander_video",
    "bouncer_account",
    "student_account",
    "bias_checklist",
    "legal_frame",
    "aftercare",
    "ending_success",
]


def play(run_cli, *tokens):
    return play_scenario(run_cli, SCENARIO, *tokens)


def test_analyze_reports_maxima_endings_and_best_path(run_cli):
    result = run_cli("analyze", SCENARIO, "--json")
    assert result.exit_code == 0
    report = result.json()
    assert report["exact"] is True
    assert report["maximum"] == MAXIMUM
    assert sorted(report["endings"]) == ["ending_failure", "ending_partial", "ending_success"]
    assert report["best_path"] == BEST_PATH


def test_best_path_reaches_success_with_full_marks(run_cli):
    # ethics 2 (separate_all) + 1 (same_for_all) + 2 (facts_only) = 5; safety 1 (separate_all)
    # legal 2 (same_for_all) + 2 (secure_evidence) + 1 (qualify_bias) = 5
    # bias 1 (secure_evidence) + 5 (checklist) + 2 (qualify_bias) = 8
    # communication 1 (facts_only) + 2 (open_listen) = 3
    # victim 1 (open_listen) + 2 (straight_info) = 3; partnership 1 (straight_info)
    state = play(run_cli, *BEST_TOKENS)
    assert_full_marks(state, BEST_PATH, MAXIMUM)
    # trust 2 +1 +1 +1 +1 +1 = 7 -> 5
    assert state["variables"] == {"trust": 5}


def test_letting_the_clock_run_out_ends_in_failure(run_cli):
    # timeout: ethics -1, trust 0 (partner cuffs the student); youre_in_poland: legal -2,
    # ethics -1; send_later: legal +1; nod_along: ethics -1; calm_down_first: communication -1;
    # checklist 1 correct - 2 wrong -> 0; fight_over_girl: bias -1; card_only: victim +1.
    state = play(
        run_cli,
        "timeout",
        "youre_in_poland",
        "send_later",
        "nod_along",
        "calm_down_first",
        "slurs,agitated,bouncer_claim",
        "fight_over_girl",
        "card_only",
    )
    assert state["path"][:5] == [
        "arrive_scene",
        "first_call",
        "detained_rights",
        "bystander_video",
        "release_scene",
    ]
    assert state["ending"] == "ending_failure"
    assert state["outcome"] == "failure"
    assert state["points"] == {
        "ethics": -3,
        "safety": 0,
        "legal_procedure": -1,
        "bias_indicators": -1,
        "communication": -1,
        "victim_support": 1,
        "partnership": 0,
    }
    assert state["percent"] == {
        "ethics": 0.0,
        "safety": 0.0,
        "legal_procedure": 0.0,
        "bias_indicators": 0.0,
        "communication": 0.0,
        "victim_support": 33.3,
        "partnership": 0.0,
    }
    # 1 of 26
    assert state["overall_percent"] == 3.8
    assert state["variables"] == {"trust": 0}


def test_low_trust_caps_a_correct_case_at_partial(run_cli):
    # Correct evidence, qualification and aftercare, but small signals of unequal treatment
    # (locals_first, check_status_too, nod_along) leave trust at 2: partial, not success.
    # ethics -3 -> 0; legal 2 + 1 = 3; communication 2; 0 + 0 + 3 + 8 + 2 + 3 + 1 = 17 of 26.
    state = play(
        run_cli,
        "locals_first",
        "check_status_too",
        "secure_evidence",
        "nod_along",
        "open_listen",
        ALL_INDICATORS,
        "qualify_bias",
        "straight_info",
    )
    assert state["ending"] == "ending_partial"
    assert state["outcome"] == "partial"
    assert state["points"] == {
        "ethics": -3,
        "safety": 0,
        "legal_procedure": 3,
        "bias_indicators": 8,
        "communication": 2,
        "victim_support": 3,
        "partnership": 1,
    }
    assert state["percent"] == {
        "ethics": 0.0,
        "safety": 0.0,
        "legal_procedure": 60.0,
        "bias_indicators": 100.0,
        "communication": 66.7,
        "victim_support": 100.0,
        "partnership": 100.0,
    }
    assert state["overall_percent"] == 65.4
    # trust 2 -> 1 (locals_first) -> 0 (check_status_too) -> 0 (nod_along, clamped) -> 1 -> 2
    assert state["variables"] == {"trust": 2}


def test_handcuffing_the_victim_rules_out_success(run_cli):
    # Everything after the handcuffs is best and trust recovers to 4, yet the wrongful
    # detention caps the outcome at partial.
    # ethics -2 + 1 + 2 = 1; safety -1; legal 2 + 2 + 1 = 5; 1 + 0 + 5 + 8 + 3 + 3 + 1 = 21 of 26.
    state = play(
        run_cli,
        "cuff_student",
        "inform_rights",
        "secure_evidence",
        "facts_only",
        "open_listen",
        ALL_INDICATORS,
        "qualify_bias",
        "straight_info",
    )
    assert "detained_rights" in state["path"]
    assert "release_scene" in state["path"]
    assert "id_check" not in state["path"]
    assert state["ending"] == "ending_partial"
    assert state["percent"] == {
        "ethics": 20.0,
        "safety": 0.0,
        "legal_procedure": 100.0,
        "bias_indicators": 100.0,
        "communication": 100.0,
        "victim_support": 100.0,
        "partnership": 100.0,
    }
    assert state["overall_percent"] == 80.8
    # trust 2 -2 = 0, then +1 +1 +1 +1 = 4
    assert state["variables"] == {"trust": 4}
