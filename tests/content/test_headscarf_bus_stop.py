"""Content test: "The headscarf at the bus stop" scenario plays as designed."""

from __future__ import annotations

from pathlib import Path

from tests.content.content_support import play_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
SCENARIO = SCENARIOS_DIR / "headscarf-bus-stop"

ALL_INDICATORS = "slur_terrorists,target_headscarf,victim_perception,no_other_motive"

BEST_TOKENS = [
    "ask_her",
    "recover_first",
    "label_and_explain",
    "identify_record",
    "record_and_correct",
    ALL_INDICATORS,
    "consider_257",
    "needs_assessment",
]

MAXIMUM = {
    "victim_support": 5,
    "cultural_competence": 3,
    "bias_indicators": 6,
    "legal_procedure": 5,
    "communication": 2,
    "safety": 1,
    "partnership": 1,
    "ethics": 2,
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
        "arrival",
        "who_speaks",
        "dignity",
        "account_open",
        "husband",
        "suspect",
        "witness",
        "bias_checklist",
        "legal_frame",
        "closing",
        "end_success",
    ]


def test_best_path_reaches_success_with_full_marks(run_cli):
    state = play(run_cli, *BEST_TOKENS)
    assert state["ending"] == "end_success"
    assert state["outcome"] == "success"
    assert "account_open" in state["path"]
    assert state["points"] == MAXIMUM
    assert state["maximum"] == MAXIMUM
    assert state["percent"] == {competency: 100.0 for competency in MAXIMUM}
    assert state["overall_percent"] == 100.0
    assert state["variables"] == {"trust": 5}


def test_tired_officer_path_fails(run_cli):
    # Husband speaks for her, a papers check on the suspect's demand, no needs
    # assessment: trust falls to 0 and the victim gives up on the case.
    state = play(
        run_cli,
        "husband_talks",
        "consent_photo_now",
        "warn_first",
        "check_both",
        "take_details",
        "slur_terrorists,target_headscarf,district",
        "note_possible",
        "go_home",
    )
    assert state["ending"] == "end_failure"
    assert state["outcome"] == "failure"
    assert state["points"] == {
        "victim_support": -2,
        "cultural_competence": 1,
        "bias_indicators": 2,
        "legal_procedure": 1,
        "communication": -1,
        "safety": 0,
        "partnership": 0,
        "ethics": -1,
    }
    assert state["percent"] == {
        "victim_support": 0.0,
        "cultural_competence": 33.3,
        "bias_indicators": 33.3,
        "legal_procedure": 20.0,
        "communication": 0.0,
        "safety": 0.0,
        "partnership": 0.0,
        "ethics": 0.0,
    }
    assert state["overall_percent"] == 16.0
    assert state["variables"] == {"trust": 0}


def test_releasing_the_suspect_fails_even_with_high_trust(run_cli):
    tokens = list(BEST_TOKENS)
    tokens[3] = "let_go"
    state = play(run_cli, *tokens)
    assert state["variables"]["trust"] >= 2
    assert state["ending"] == "end_failure"


def test_low_trust_gives_a_guarded_account_that_can_be_rebuilt(run_cli):
    # Polite but without offering choices: trust 1 + 1 + 0 = 2 < 3, so Natalia
    # closes up (account_guarded). Good handling afterwards rebuilds trust to 5,
    # but the early points are gone.
    state = play(
        run_cli,
        "ask_her_directly",
        "consent_photo_now",
        *BEST_TOKENS[2:],
    )
    assert "account_guarded" in state["path"]
    assert "account_open" not in state["path"]
    assert state["ending"] == "end_success"
    assert state["percent"]["victim_support"] == 60.0
    assert state["percent"]["cultural_competence"] == 33.3
    assert state["overall_percent"] == 84.0
    assert state["variables"] == {"trust": 5}

    # With the best opening the same scene goes the other way.
    opened = play(run_cli, "ask_her", "recover_first")
    assert "account_open" in opened["path"]
    assert opened["awaiting"] == "husband"
    assert opened["variables"] == {"trust": 4}
