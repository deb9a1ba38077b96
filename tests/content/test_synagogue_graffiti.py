"""Scenario S1 "Paint before Shabbat": best path, failure paths and the trust gate.

Expected figures were computed by hand from the scenario's scores and confirmed with the CLI.
Maxima: bias_indicators 8, legal_procedure 3, cultural_competence 4, victim_support 4,
partnership 5 (24 in total). ``trust`` starts at 2 (0..5). After ``why_report`` it routes
to ``log_shared`` at 3 or more (security hands over the log and footage), otherwise to
``log_withheld``. At the end: the fan-vandalism report fails (``end_failure``), trust 0
fails (``end_lost_trust``), trust 4+ without scrubbed evidence succeeds, the rest is partial.
"""

from __future__ import annotations

from pathlib import Path

from tests.content.content_support import play_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
SCENARIO = SCENARIOS_DIR / "synagogue-graffiti"

MAXIMUM = {
    "bias_indicators": 8,
    "legal_procedure": 3,
    "cultural_competence": 4,
    "victim_support": 4,
    "partnership": 5,
}

ALL_INDICATORS = "symbols,group_tag,place_and_day,earlier_incidents,community_view,no_other_motive"

BEST_TOKENS = [
    "security_first",
    "document_then_clean",
    "acknowledge_and_link",
    ALL_INDICATORS,
    "flag_hate_crime",
    "notes_now_interview_later",
    "plan_with_dzielnicowy",
]

BEST_PATH = [
    "dispatch",
    "arrive_gate",
    "gate_warm",
    "remove_or_preserve",
    "why_report",
    "log_shared",
    "indicators",
    "qualify",
    "witness_henryk",
    "reassurance",
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
        "end_failure",
        "end_lost_trust",
        "end_partial",
        "end_success",
    ]
    assert report["best_path"] == BEST_PATH


def test_best_path_reaches_success_with_full_marks(run_cli):
    # bias 6 (checklist) + 2 (flag_hate_crime) = 8; legal 2 (document) + 1 (flag) = 3
    # cultural 2 (security_first) + 2 (notes_now) = 4
    # victim 1 (document) + 1 (acknowledge) + 1 (notes_now) + 1 (plan) = 4
    # partnership 1 (security_first) + 2 (acknowledge) + 2 (plan) = 5
    # trust 2 -> 3 -> 4 -> 5, then clamped at 5
    state = play(run_cli, *BEST_TOKENS)
    assert state["path"] == BEST_PATH
    assert state["ending"] == "end_success"
    assert state["outcome"] == "success"
    assert state["points"] == MAXIMUM
    assert state["maximum"] == MAXIMUM
    assert state["percent"] == {key: 100.0 for key in MAXIMUM}
    assert state["overall_percent"] == 100.0
    assert state["variables"] == {"trust": 5}


def test_fan_vandalism_report_fails_despite_a_good_start(run_cli):
    # A rushed but friendly officer: good with the hosts, careless with evidence and motive.
    # cultural 2 (security_first) + 1 (summons_monday) = 3 -> 75%
    # partnership 1 (security_first) + 1 (patrol_tonight) = 2 -> 40%
    # legal -1 (let_them_scrub) - 1 (fan_vandalism) = -2 -> 0%
    # bias 0 (checklist: 2 right - 2 wrong) - 2 (fan_vandalism) = -2 -> 0%; victim 0
    # overall (3 + 2) / 24 = 20.8%
    state = play(
        run_cli,
        "security_first",
        "let_them_scrub",
        "promise_results",
        "symbols,group_tag,fan_rivalry,at_night",
        "fan_vandalism",
        "summons_monday",
        "patrol_tonight",
    )
    assert state["ending"] == "end_failure"
    assert state["outcome"] == "failure"
    assert state["points"] == {
        "bias_indicators": -2,
        "legal_procedure": -2,
        "cultural_competence": 3,
        "victim_support": 0,
        "partnership": 2,
    }
    assert state["percent"] == {
        "bias_indicators": 0.0,
        "legal_procedure": 0.0,
        "cultural_competence": 75.0,
        "victim_support": 0.0,
        "partnership": 40.0,
    }
    assert state["overall_percent"] == 20.8
    assert state["variables"] == {"trust": 2}


def test_correct_recording_still_fails_when_trust_is_lost(run_cli):
    # trust 2 -> 0 (film_entrance) -> 1 -> 0 (not_my_case) -> 1 -> 0 (leave_with_number)
    # bias 6 + 2 = 8 -> 100%; legal 2 + 1 = 3 -> 100%; cultural -2 + 2 = 0 -> 0%
    # victim -1 + 1 + 1 = 1 -> 25%; partnership -1 - 1 = -2 -> 0%; overall 12 / 24 = 50%
    state = play(
        run_cli,
        "film_entrance",
        "document_then_clean",
        "not_my_case",
        ALL_INDICATORS,
        "flag_hate_crime",
        "notes_now_interview_later",
        "leave_with_number",
    )
    assert "log_withheld" in state["path"]
    assert state["ending"] == "end_lost_trust"
    assert state["outcome"] == "failure"
    assert state["percent"] == {
        "bias_indicators": 100.0,
        "legal_procedure": 100.0,
        "cultural_competence": 0.0,
        "victim_support": 25.0,
        "partnership": 0.0,
    }
    assert state["overall_percent"] == 50.0
    assert state["variables"] == {"trust": 0}


def test_scrubbed_evidence_blocks_success_even_with_full_trust(run_cli):
    # Everything best except letting the community paint over before the examination.
    # legal -1 + 1 = 0; victim 3; overall (8 + 0 + 4 + 3 + 5) / 24 = 83.3%
    tokens = list(BEST_TOKENS)
    tokens[1] = "let_them_scrub"
    state = play(run_cli, *tokens)
    assert state["variables"] == {"trust": 5}
    assert state["ending"] == "end_partial"
    assert state["outcome"] == "partial"
    assert state["percent"]["legal_procedure"] == 0.0
    assert state["percent"]["victim_support"] == 75.0
    assert state["overall_percent"] == 83.3


def test_trust_gate_decides_whether_security_shares_the_log(run_cli):
    # Same answers at the second and third decisions; only the arrival differs.
    # security_first: trust 2 -> 3 -> 4 -> 4 (promise_results) => log_shared
    warm = play(run_cli, "security_first", "document_then_clean", "promise_results")
    assert warm["awaiting"] == "indicators"
    assert warm["variables"] == {"trust": 4}
    assert "log_shared" in warm["path"]
    assert "log_withheld" not in warm["path"]

    # look_around: trust 2 -> 1 -> 2 -> 2 => log_withheld
    cold = play(run_cli, "look_around", "document_then_clean", "promise_results")
    assert cold["awaiting"] == "indicators"
    assert cold["variables"] == {"trust": 2}
    assert "log_withheld" in cold["path"]
    assert "log_shared" not in cold["path"]
