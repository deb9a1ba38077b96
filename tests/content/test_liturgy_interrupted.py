"""Scenario S5 "Liturgy interrupted": best path, a rushed failure path, and the tension gates.

Expected figures were computed by hand from the scenario's scores and confirmed with the CLI.
Maxima: cultural_competence 2, safety 2, communication 4, bias_indicators 8 (5 from the
checklist), legal_procedure 3, victim_support 2, partnership 2 (23 in total).
``tension`` starts at 2 (0..5). After the approach in the nave, 4 or more means a young
parishioner shoves the intruder (``scuffle``). Success needs the full qualification
(``qualify_bias``) and tension 2 or less; a public-order ticket, a caution, advising the parish
to keep a low profile, or tension 5 all end in failure.
"""

from __future__ import annotations

from pathlib import Path

from tests.content.content_support import assert_full_marks, play_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
SCENARIO = SCENARIOS_DIR / "liturgy-interrupted"

MAXIMUM = {
    "cultural_competence": 2,
    "safety": 2,
    "communication": 4,
    "bias_indicators": 8,
    "legal_procedure": 3,
    "victim_support": 2,
    "partnership": 2,
}

ALL_INDICATORS = "slogans,flag,place_time,perception,no_other_motive"

BEST_TOKENS = [
    "with_warden",
    "approach_side",
    "listen_boundaries",
    "qualified_interpreter",
    ALL_INDICATORS,
    "qualify_bias",
    "meet_priest",
]

BEST_PATH = [
    "call_out",
    "porch_arrival",
    "assess_nave",
    "porch_talk",
    "witnesses",
    "bias_checklist",
    "legal_frame",
    "after_service",
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
    # cultural 2 (with_warden); safety 1 (with_warden) + 1 (approach_side) = 2
    # communication 2 (approach_side) + 2 (listen_boundaries) = 4
    # bias 1 (listen_boundaries) + 5 (checklist) + 2 (qualify_bias) = 8
    # legal 2 (qualified_interpreter) + 1 (qualify_bias) = 3
    # victim 1 (qualified_interpreter) + 1 (meet_priest) = 2; partnership 2 (meet_priest)
    state = play(run_cli, *BEST_TOKENS)
    assert_full_marks(state, BEST_PATH, MAXIMUM)
    # tension 2 -1 -1 -1 = -1 -> 0
    assert state["variables"] == {"tension": 0}


def test_rushed_poor_path_ends_in_failure(run_cli):
    # straight_in: cultural -1, tension 3; shout_across: communication -1, tension 4 -> scuffle;
    # remove_intruder_only: safety +1; agree_to_calm: communication -1, tension 5;
    # daughter_translates: legal -1; checklist 2 correct - 1 wrong = 1;
    # order_ticket: bias -1; just_leave: partnership -1.
    state = play(
        run_cli,
        "straight_in",
        "shout_across",
        "remove_intruder_only",
        "agree_to_calm",
        "daughter_translates",
        "slogans,flag,alcohol",
        "order_ticket",
        "just_leave",
    )
    assert "scuffle" in state["path"]
    assert state["ending"] == "ending_failure"
    assert state["outcome"] == "failure"
    assert state["points"] == {
        "cultural_competence": -1,
        "safety": 1,
        "communication": -2,
        "bias_indicators": 0,
        "legal_procedure": -1,
        "victim_support": 0,
        "partnership": -1,
    }
    assert state["percent"] == {
        "cultural_competence": 0.0,
        "safety": 50.0,
        "communication": 0.0,
        "bias_indicators": 0.0,
        "legal_procedure": 0.0,
        "victim_support": 0.0,
        "partnership": 0.0,
    }
    # 1 of 23
    assert state["overall_percent"] == 4.3
    assert state["variables"] == {"tension": 5}


def test_high_tension_leads_to_the_scuffle(run_cli):
    # Calm entry and approach: tension 2 -> 0, straight to the porch.
    calm = play(run_cli, "with_warden", "approach_side")
    assert calm["awaiting"] == "porch_talk"
    assert "scuffle" not in calm["path"]
    assert calm["variables"] == {"tension": 0}

    # Hurried entry and shouting across the nave: tension 2 -> 4, a parishioner shoves him.
    rushed = play(run_cli, "straight_in", "shout_across")
    assert rushed["awaiting"] == "scuffle"
    assert rushed["variables"] == {"tension": 4}


def test_recovering_after_the_scuffle_can_still_succeed(run_cli):
    # separate_both and listen_boundaries bring tension 4 -> 2, so success is still reachable.
    # cultural -1 -> 0%; safety 2; communication -1 + 2 = 1 (25%); the rest as on the best path.
    # 0 + 2 + 1 + 8 + 3 + 2 + 2 = 18 of 23.
    state = play(run_cli, "straight_in", "shout_across", "separate_both", *BEST_TOKENS[2:])
    assert "scuffle" in state["path"]
    assert state["ending"] == "ending_success"
    assert state["percent"] == {
        "cultural_competence": 0.0,
        "safety": 100.0,
        "communication": 25.0,
        "bias_indicators": 100.0,
        "legal_procedure": 100.0,
        "victim_support": 100.0,
        "partnership": 100.0,
    }
    assert state["overall_percent"] == 78.3
    assert state["variables"] == {"tension": 2}


def test_lingering_tension_caps_the_outcome_at_partial(run_cli):
    # Correct qualification and good aftercare, but tension ends at 3: partial, not success.
    # straight_in: cultural -1, tension 3; quiet_order and id_and_wait: communication +1 each.
    # 0 + 0 + 2 + 7 + 3 + 2 + 2 = 16 of 23.
    state = play(
        run_cli,
        "straight_in",
        "quiet_order",
        "id_and_wait",
        "qualified_interpreter",
        ALL_INDICATORS,
        "qualify_bias",
        "meet_priest",
    )
    assert "scuffle" not in state["path"]
    assert state["ending"] == "ending_partial"
    assert state["outcome"] == "partial"
    assert state["points"] == {
        "cultural_competence": -1,
        "safety": 0,
        "communication": 2,
        "bias_indicators": 7,
        "legal_procedure": 3,
        "victim_support": 2,
        "partnership": 2,
    }
    assert state["percent"] == {
        "cultural_competence": 0.0,
        "safety": 0.0,
        "communication": 50.0,
        "bias_indicators": 87.5,
        "legal_procedure": 100.0,
        "victim_support": 100.0,
        "partnership": 100.0,
    }
    assert state["overall_percent"] == 69.6
    assert state["variables"] == {"tension": 3}


def test_telling_the_parish_to_keep_a_low_profile_fails(run_cli):
    # Everything else best; lower_profile: partnership -2, victim -1 -> failure regardless.
    state = play(run_cli, *BEST_TOKENS[:-1], "lower_profile")
    assert state["ending"] == "ending_failure"
    assert state["points"]["partnership"] == -2
    assert state["points"]["victim_support"] == 0
    # 2 + 2 + 4 + 8 + 3 + 0 + 0 = 19 of 23
    assert state["overall_percent"] == 82.6
