"""Scenario S4 "Say it in Polish": best path, failure paths, and the trust and tension gates.

Expected figures were computed by hand from the scenario's scores and confirmed with the CLI.
Maxima: communication 5, victim_support 5, bias_indicators 5, legal_procedure 5, ethics 3,
safety 2 (25 in total). ``trust`` starts at 1 (0..5): at 4 or more Olena wants to report tonight
(``statement_tonight``), otherwise she hesitates (``she_hesitates``, no success reachable).
``tension`` starts at 2 (0..5): at 3 or less a calm detention is on offer, at 4 or more only
detention with backup, which ends in a struggle (``scuffle``).
"""

from __future__ import annotations

from pathlib import Path

from tests.content.content_support import assert_full_marks, play_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
SCENARIO = SCENARIOS_DIR / "tram-ukrainian-mother"

MAXIMUM = {
    "communication": 5,
    "victim_support": 5,
    "bias_indicators": 5,
    "legal_procedure": 5,
    "ethics": 3,
    "safety": 2,
}

ALL_INDICATORS = "language_trigger,slurs,victim_view,no_other_motive"

BEST_TOKENS = [
    "separate_and_care",
    "firm_neutral",
    "ask_preference_interpreter",
    ALL_INDICATORS,
    "art_257",
    "rights_not_status",
    "detain_calmly",
    "plan_statement",
]

BEST_PATH = [
    "tram_stop",
    "first_minutes",
    "bystander_comment",
    "language",
    "account",
    "bias_check",
    "legal_frame",
    "status_question",
    "suspect",
    "statement_tonight",
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
    # communication 1 (firm_neutral) + 2 (interpreter) + 1 (detain_calmly) + 1 (plan) = 5
    # victim 1 (separate_and_care) + 2 (rights_not_status) + 2 (plan_statement) = 5
    # bias 4 (checklist) + 1 (art_257) = 5; legal 1 (interpreter) + 2 (art_257) + 2 = 5
    # ethics 2 (firm_neutral) + 1 (rights_not_status) = 3; safety 2 (separate_and_care)
    state = play(run_cli, *BEST_TOKENS)
    assert_full_marks(state, BEST_PATH, MAXIMUM)
    # trust 1 +1 +1 +1 +2 = 6 -> 5; tension 2 -1 -1 = 0
    assert state["variables"] == {"trust": 5, "tension": 0}


def test_rushed_poor_path_ends_in_failure(run_cli):
    # hear_him_first: victim -1, trust -1, tension +2; placate: ethics -1, trust -1;
    # son_translates: communication -2, victim -1; checklist 1 correct - 3 wrong -> 0;
    # mutual_quarrel: bias -1, tension +1; ask_office: trust -1 (already 0);
    # warn_and_let_go: legal -1, ethics -1; card_and_go: victim +1.
    state = play(
        run_cli,
        "hear_him_first",
        "placate",
        "son_translates",
        "slurs,drunk,she_was_loud,public_tram",
        "mutual_quarrel",
        "ask_office",
        "warn_and_let_go",
        "card_and_go",
    )
    assert "she_hesitates" in state["path"]
    assert state["ending"] == "end_failure"
    assert state["outcome"] == "failure"
    assert state["points"] == {
        "communication": -2,
        "victim_support": -1,
        "bias_indicators": -1,
        "legal_procedure": -1,
        "ethics": -2,
        "safety": 0,
    }
    assert state["percent"] == dict.fromkeys(MAXIMUM, 0.0)
    assert state["overall_percent"] == 0.0
    assert state["variables"] == {"trust": 0, "tension": 5}


def test_misreading_the_motive_fails_despite_good_victim_care(run_cli):
    # Best path, but the checklist misses two indicators and ticks "drunk", and the
    # incident is reported as a mutual quarrel: bias (2 - 1) - 1 = 0, legal 1 + 2 = 3.
    # 2 + 5 + 3 + 5 + 3 + 0 = 18 of 25.
    tokens = BEST_TOKENS.copy()
    tokens[3] = "language_trigger,slurs,drunk"
    tokens[4] = "mutual_quarrel"
    state = play(run_cli, *tokens)
    assert "statement_tonight" in state["path"]
    assert state["ending"] == "end_failure"
    assert state["points"] == {
        "communication": 5,
        "victim_support": 5,
        "bias_indicators": 0,
        "legal_procedure": 3,
        "ethics": 3,
        "safety": 2,
    }
    assert state["percent"] == {
        "communication": 100.0,
        "victim_support": 100.0,
        "bias_indicators": 0.0,
        "legal_procedure": 60.0,
        "ethics": 100.0,
        "safety": 100.0,
    }
    assert state["overall_percent"] == 72.0


def test_low_trust_means_olena_hesitates(run_cli):
    # Only "good" choices: trust stays at 1, so the statement tonight is not on offer.
    # communication 1, victim 1 + 1, bias 2 - 1 = 1, legal 1 + 1, ethics 1, safety 1 = 8 of 25.
    tokens = [
        "everyone_out",
        "ignore_comment",
        "app_then_interpreter",
        "language_trigger,slurs,drunk",
        "describe_and_leave",
        "brief_reassure",
        "identify_and_release",
    ]
    state = play(run_cli, *tokens)
    assert state["awaiting"] == "she_hesitates"
    assert state["variables"] == {"trust": 1, "tension": 3}

    refused = run_cli("play", SCENARIO, "--choose", *tokens, "plan_statement", "--json")
    assert refused.exit_code == 1
    assert "plan_statement" in refused.stderr

    state = play(run_cli, *tokens, "card_and_go")
    assert state["ending"] == "end_partial"
    assert state["outcome"] == "partial"
    assert state["points"] == {
        "communication": 1,
        "victim_support": 2,
        "bias_indicators": 1,
        "legal_procedure": 2,
        "ethics": 1,
        "safety": 1,
    }
    assert state["percent"] == {
        "communication": 20.0,
        "victim_support": 40.0,
        "bias_indicators": 20.0,
        "legal_procedure": 40.0,
        "ethics": 33.3,
        "safety": 50.0,
    }
    assert state["overall_percent"] == 32.0


def test_high_tension_forces_a_struggle(run_cli):
    # hear_him_first raises tension 2 -> 4: calm detention is no longer offered.
    tokens = BEST_TOKENS[:6].copy()
    tokens[0] = "hear_him_first"
    state = play(run_cli, *tokens)
    assert state["awaiting"] == "suspect"
    # trust 1 -1 +1 +1 +2 = 4; tension 2 +2 = 4
    assert state["variables"] == {"trust": 4, "tension": 4}

    refused = run_cli("play", SCENARIO, "--choose", *tokens, "detain_calmly", "--json")
    assert refused.exit_code == 1
    assert "detain_calmly" in refused.stderr
    assert "detain_with_backup" in refused.stderr

    # Olena still wants to report, but after the struggle the best outcome is partial.
    state = play(run_cli, *tokens, "detain_with_backup", "plan_statement")
    assert "scuffle" in state["path"]
    assert "statement_tonight" in state["path"]
    assert state["ending"] == "end_partial"
