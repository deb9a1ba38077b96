"""Content test: the "March of Remembrance" scenario plays as designed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.content.content_support import assert_full_marks, play_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
SCENARIO = SCENARIOS_DIR / "march-of-remembrance"

ALL_INDICATORS = "symbols,chant,time_place,organised,known_faces,perception"
ALL_NOTE_ITEMS = "motive,words,place_time,evidence,witnesses"
NOTE = "Grupa ok. 25 osób z symbolami „88” skandowała „Żydzi won!” przy trasie marszu."

BEST_TOKENS = [
    "meet_organisers",
    ALL_INDICATORS,
    "document_and_assess",
    "request_gap",
    "set_limits",
    "listen_record",
    "factual",
    ALL_NOTE_ITEMS,
    "flag_and_review",
]

BEST_PATH = [
    "briefing",
    "prep_contact",
    "day_start",
    "group_indicators",
    "symbols_speech",
    "route_moves",
    "groups_converge",
    "leader_talk",
    "passes_calm",
    "natan_talk",
    "media_line",
    "write_note",
    "afterwards",
    "follow_up",
    "end_success",
]

# Hand count: partnership 2+1; bias 6 (checklist)+1+1+2; legal 2+1+5 (every note
# item, self-assessed); communication 1+2; safety 1+2; ethics 2; victim support 2.
MAXIMUM = {
    "partnership": 3,
    "bias_indicators": 10,
    "legal_procedure": 8,
    "communication": 3,
    "safety": 3,
    "ethics": 2,
    "victim_support": 2,
}


def play(run_cli: Any, *tokens: str) -> dict[str, Any]:
    """Play with the note given once the tokens reach the report node."""
    notes = ("--note", NOTE) if len(tokens) > BEST_TOKENS.index(ALL_NOTE_ITEMS) else ()
    return play_scenario(run_cli, SCENARIO, *tokens, *notes)


def with_choice(index: int, token: str) -> list[str]:
    tokens = list(BEST_TOKENS)
    tokens[index] = token
    return tokens


def test_analyze_is_exact_and_best_path_matches_tokens(run_cli):
    result = run_cli("analyze", SCENARIO, "--json")
    assert result.exit_code == 0, result.stderr
    report = result.json()
    assert report["exact"] is True
    assert report["maximum"] == MAXIMUM
    assert sorted(report["endings"]) == ["end_failure", "end_partial", "end_success"]
    assert report["best_path"] == BEST_PATH
    assert report["best_choices"] == BEST_TOKENS


def test_best_path_reaches_success_with_full_marks(run_cli):
    state = play(run_cli, *BEST_TOKENS)
    assert_full_marks(state, BEST_PATH, MAXIMUM)
    assert state["variables"] == {"trust": 5, "tension": 0, "harm": 0, "voice": 1, "flagged": 2}


def test_rushed_path_fails(run_cli):
    # No contact before the day, symbols waved through as opinions, hesitation at
    # the timed decision (someone is shoved), a dismissive word to the marcher,
    # "both sides" to the press; only a case number for the organisers afterwards.
    state = play(
        run_cli,
        "plan_internally",
        "symbols,chant,haircuts,flags",
        "opinions",
        "timeout",
        "stay_with_leader",
        "reassure",
        "both_sides",
        "motive",
        "case_number",
    )
    assert state["ending"] == "end_failure"
    assert "shove" in state["path"]
    assert state["overall_percent"] == 0.0


def test_hesitation_at_the_barriers_cannot_end_in_success(run_cli):
    # Everything else best, but the timed decision runs out: the group reaches the
    # barriers, a teacher is shoved, and however well the rest goes the ending is
    # partial and names what happened.
    tokens = with_choice(3, "timeout")
    tokens[4] = "help_and_point"
    state = play(run_cli, *tokens)
    assert "shove" in state["path"]
    assert "leader_talk" not in state["path"]
    assert state["ending"] == "end_partial"
    assert state["variables"]["trust"] == 5
    # Hand count: the timeout earns nothing and the leader talk is skipped, so
    # communication is 0 of 3; helping and pointing out the man gives safety 2 and
    # legal 1, as the leader talk would have. 28 of 31 points.
    assert state["points"] == {**MAXIMUM, "communication": 0}
    assert state["overall_percent"] == 90.3


def test_no_harmful_choice_ends_in_success(run_cli):
    for index, token in [
        (0, "advise_low_profile"),
        (2, "halt_march"),
        (4, "quiet_deal"),
        (6, "patriots"),
    ]:
        state = play(run_cli, *with_choice(index, token))
        assert state["outcome"] == "partial", token
        assert state["variables"]["harm"] == 1, token
    assert play(run_cli, *with_choice(2, "opinions"))["outcome"] == "partial"
    assert play(run_cli, *with_choice(8, "no_incidents"))["outcome"] == "failure"


def test_preparation_shows_on_the_day(run_cli):
    prepared = play(run_cli, "meet_organisers")
    unprepared = play(run_cli, "plan_internally")
    assert prepared["awaiting"] == unprepared["awaiting"] == "group_indicators"
    assert prepared["variables"]["trust"] == 4
    assert unprepared["variables"]["trust"] == 1
    day_texts = {
        name: next(step["text"] for step in state["transcript"] if step["node"] == "day_start")
        for name, state in (("prepared", prepared), ("unprepared", unprepared))
    }
    assert "mówiłem na spotkaniu" in day_texts["prepared"]
    assert "nikt z policji nie zapytał wcześniej" in day_texts["unprepared"]
    # First contact on the day cannot reach success even if all else is best.
    assert play(run_cli, *with_choice(0, "plan_internally"))["outcome"] == "partial"
    assert play(run_cli, *with_choice(0, "phone_confirm"))["outcome"] == "success"
