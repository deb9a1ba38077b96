"""The tutorial scenario: validates cleanly, its best path scores 100 %, and its mechanics work.

Expected figures were computed by hand from the scenario's scores and confirmed with the CLI.
Maxima: bias_indicators 5, legal_procedure 4, victim_support 3, communication 2, ethics 2,
partnership 3 (19 in total). The club's ``trust`` starts at 1 and is clamped to 0..3.
"""

from __future__ import annotations

from pathlib import Path

from tests.content.content_support import play_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
TUTORIAL = SCENARIOS_DIR / "tutorial"

MAXIMUM = {
    "bias_indicators": 5,
    "legal_procedure": 4,
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
    "club_meeting",
]

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
    "follow_up",
    "end_success",
]


def play(run_cli, *tokens):
    return play_scenario(run_cli, TUTORIAL, *tokens)


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
    # Hand count: legal 2+2, partnership 1+2, bias 4 (checklist)+1, victim 2+1,
    # communication 1+1, ethics 2  ->  every competency at its maximum, 19/19.
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
    # close_file: partnership -1.  trust 1 -> 1 -> 1 -> 0, so Olena withdraws.
    state = play(
        run_cli,
        "photo_then_remove",
        "symbol,slogan,overnight",
        "facts_only",
        "timeout",
        "minor_only",
        "close_file",
    )
    assert "at_door_later" in state["path"]
    assert "olena_withdraws" in state["path"]
    assert state["ending"] == "end_failure"
    assert state["outcome"] == "failure"
    assert state["points"] == {
        "bias_indicators": 0,
        "legal_procedure": 1,
        "victim_support": 1,
        "communication": 0,
        "ethics": 0,
        "partnership": -1,
    }
    assert state["percent"] == {
        "bias_indicators": 0.0,
        "legal_procedure": 25.0,  # 1/4
        "victim_support": 33.3,  # 1/3
        "communication": 0.0,
        "ethics": 0.0,
        "partnership": 0.0,  # -1 clamped to 0
    }
    # (0 + 1 + 1 + 0 + 0 + 0) / 19
    assert state["overall_percent"] == 10.5
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
        "club_meeting",
    )
    assert "olena_opens_up" in state["path"]
    assert state["variables"] == {"trust": 2}
    assert state["ending"] == "end_success"


def test_trust_gate_closes_the_club_meeting(run_cli):
    # trust 1 -1 (just_remove) +0 (facts_only) +1 (calm_boundary) = 1: gate closed.
    tokens = ["just_remove", "", "facts_only", "calm_boundary", "hate_flag"]
    state = play(run_cli, *tokens)
    assert "olena_withdraws" in state["path"]
    assert state["awaiting"] == "follow_up"
    assert state["variables"] == {"trust": 1}

    refused = run_cli("play", TUTORIAL, "--choose", *tokens, "club_meeting", "--json")
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
    tokens[5] = "leave_card"
    state = play(run_cli, *tokens)
    assert state["ending"] == "end_failure"
