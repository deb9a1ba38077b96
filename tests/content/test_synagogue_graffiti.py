"""Scenario S1 "Paint before Shabbat": best path, failure paths and what routes to success.

Expected figures were computed by hand from the scenario's scores and confirmed with the CLI.
Maxima: bias_indicators 8, legal_procedure 8 (3 from choices, 5 from the note's self-check
items), cultural_competence 4, victim_support 4, partnership 5 (29 in total). ``trust``
starts at 2 (0..5). After ``why_report`` it routes to ``log_shared`` at 3 or more (security
hands over the log and footage), otherwise to ``log_withheld``. After the note and the
follow-up scenes: the fan-vandalism report fails (``end_failure``), trust 0 fails
(``end_lost_trust``); success needs trust 4+, the shared log, the neighbourhood officer's
plan, the witness's notes taken before Shabbat, and no filming of worshippers and no
scrubbed or untouched wall. Everything else is partial.
"""

from __future__ import annotations

from pathlib import Path

from tests.content.content_support import assert_full_marks, play_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
SCENARIO = SCENARIOS_DIR / "synagogue-graffiti"

MAXIMUM = {
    "bias_indicators": 8,
    "legal_procedure": 8,
    "cultural_competence": 4,
    "victim_support": 4,
    "partnership": 5,
}

ALL_INDICATORS = "symbols,group_tag,place_and_day,earlier_incidents,community_view,no_other_motive"
ALL_NOTE_ITEMS = "motive,content,evidence,witness,perception"
NOTE = (
    "Swastyka, przekreślona gwiazda Dawida i napis JUDE GANG na murze synagogi przy Szerokiej, "
    "tag grupy kibicowskiej. Możliwy motyw antysemicki, art. 256 i 257 k.k. Świadek Henryk "
    "Bielecki, nagranie u ochrony, przesłuchanie po szabacie. Gmina obawia się o bezpieczeństwo."
)

BEST_TOKENS = [
    "security_first",
    "document_then_clean",
    "acknowledge_and_link",
    ALL_INDICATORS,
    "flag_hate_crime",
    "notes_now_interview_later",
    "plan_with_dzielnicowy",
    ALL_NOTE_ITEMS,
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
    "arrivals",
    "reassurance",
    "write_note",
    "followup_case",
    "followup_witness",
    "followup_community",
    "end_success",
]


def play(run_cli, *tokens):
    notes = ("--note", NOTE) if len(tokens) >= len(BEST_TOKENS) else ()
    return play_scenario(run_cli, SCENARIO, *tokens, *notes)


def shown(state, node):
    """The rendered text of one node of the transcript, its line breaks as spaces."""
    text = next(step["text"] for step in state["transcript"] if step["node"] == node)
    return " ".join(text.split())


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
    # bias 6 (checklist) + 2 (flag) = 8; legal 2 (document) + 1 (flag) + 5 (note) = 8
    # cultural 2 (security_first) + 2 (notes_now) = 4
    # victim 1 (document) + 1 (acknowledge) + 1 (notes_now) + 1 (plan) = 4
    # partnership 1 (security_first) + 2 (acknowledge) + 2 (plan) = 5
    # trust 2 -> 3 -> 4 -> 5, then clamped at 5
    state = play(run_cli, *BEST_TOKENS)
    assert_full_marks(state, BEST_PATH, MAXIMUM)
    assert state["variables"] == {"trust": 5}


def test_fan_vandalism_report_fails_despite_a_good_start(run_cli):
    # A rushed but friendly officer: good with the hosts, careless with evidence and motive.
    # cultural 2 (security_first) + 1 (summons_monday) = 3; partnership 1 + 1 (patrol) = 2
    # legal -1 (let_them_scrub) - 1 (fan_vandalism) + 1 (one note item) = -1 -> 0%
    # bias 0 (checklist: 2 right - 2 wrong) - 2 (fan_vandalism) = -2 -> 0%
    # victim -1 (summons_monday) -> 0%; overall (3 + 2) / 29 = 17.2%
    state = play(
        run_cli,
        "security_first",
        "let_them_scrub",
        "promise_results",
        "symbols,group_tag,fan_rivalry,at_night",
        "fan_vandalism",
        "summons_monday",
        "patrol_tonight",
        "motive",
    )
    assert state["ending"] == "end_failure"
    assert state["outcome"] == "failure"
    assert state["percent"] == {
        "bias_indicators": 0.0,
        "legal_procedure": 0.0,
        "cultural_competence": 75.0,
        "victim_support": 0.0,
        "partnership": 40.0,
    }
    assert state["overall_percent"] == 17.2
    assert "wniosek o ściganie" in shown(state, "followup_community")


def test_filming_worshippers_never_ends_in_success(run_cli):
    # The review's harmful-to-success path: every later answer best, trust climbs back to 4,
    # yet filming the people at the gate keeps the log withheld and the ending partial.
    tokens = list(BEST_TOKENS)
    tokens[0] = "film_entrance"
    state = play(run_cli, *tokens)
    assert "log_withheld" in state["path"]
    assert state["variables"] == {"trust": 4}
    assert state["ending"] == "end_partial"
    assert state["outcome"] == "partial"


def test_correct_recording_still_fails_when_trust_is_lost(run_cli):
    # trust 2 -> 1 (look_around) -> 0 (leave_till_monday) -> 0 (not_my_case) -> 0 -> 0
    state = play(
        run_cli,
        "look_around",
        "leave_till_monday",
        "not_my_case",
        ALL_INDICATORS,
        "describe_for_investigators",
        "sign_now",
        "leave_with_number",
        "",
    )
    assert "log_withheld" in state["path"]
    assert state["ending"] == "end_lost_trust"
    assert state["outcome"] == "failure"
    assert state["variables"] == {"trust": 0}
    # The wall was left untouched: the follow-up says what that path did, not the best one.
    assert "swastykę widać" in shown(state, "arrivals")
    assert "dopiero w poniedziałek" in shown(state, "followup_case")
    assert "nie podpisał" in shown(state, "followup_witness")


def test_scrubbed_evidence_blocks_success_even_with_full_trust(run_cli):
    tokens = list(BEST_TOKENS)
    tokens[1] = "let_them_scrub"
    state = play(run_cli, *tokens)
    assert state["variables"] == {"trust": 5}
    assert state["ending"] == "end_partial"
    assert "nie miał jednak czego badać" in shown(state, "followup_case")


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


def test_losing_the_witness_fresh_account_keeps_the_ending_partial(run_cli):
    # Shabbat respected but nothing noted before it: the Monday statement is thinner.
    tokens = list(BEST_TOKENS)
    tokens[5] = "summons_monday"
    state = play(run_cli, *tokens)
    assert state["variables"] == {"trust": 5}
    assert state["ending"] == "end_partial"
    assert "Nie jest już pewien" in shown(state, "followup_witness")
