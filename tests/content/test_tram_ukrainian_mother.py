"""Scenario S4 "Say it in Polish" (version 2): best path, the routes to each ending, the gates.

Expected figures were computed by hand from the scenario's scores and confirmed with the CLI.
Maxima: communication 4, victim_support 3, bias_indicators 5, legal_procedure 9 (4 from choices,
5 from the note's self-check items), ethics 3, safety 2 (26 in total).

Routing after the follow-up scene rests on what was chosen: the motive lost
(``mutual_quarrel``, ``phone_damage``) or the attacker released (``warn_and_let_go``) ends in
failure; any other harmful choice, or ``trust`` below 3, ends in partial; otherwise success.
``tension`` starts at 2 (0..5): at 3 or less a calm detention is offered, at 4 or more only the
detention with backup (a coercive measure), which can still reach success.
"""

from __future__ import annotations

from pathlib import Path

from tests.content.content_support import assert_full_marks, play_scenario

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
SCENARIO = SCENARIOS_DIR / "tram-ukrainian-mother"

MAXIMUM = {
    "communication": 4,
    "victim_support": 3,
    "bias_indicators": 5,
    "legal_procedure": 9,
    "ethics": 3,
    "safety": 2,
}

ALL_INDICATORS = "language_trigger,slurs,victim_view,no_other_motive"
ALL_NOTE_ITEMS = "motive,words,articles,evidence,victim_needs"
NOTE = (
    "O 21:40 w tramwaju Rafał Sikora krzyczał do Iryny Melnyk „Mów po polsku, jesteś w Polsce”, "
    "„banderówko” i „za Wołyń jeszcze zapłacicie”, wytrącił jej telefon i popchnął ją na szybę. "
    "Możliwy motyw uprzedzeń; do rozważenia art. 257 i 119 § 1 k.k. Świadek Zofia Nowicka "
    "nagrała zdarzenie, motorniczy poprosił o zapis z kamer. Rozmowa przez tłumacza."
)

BEST_TOKENS = [
    "separate_and_care",
    "firm_neutral",
    "ask_language",
    ALL_INDICATORS,
    "consider_257_119",
    "detain_calmly",
    "rights_and_plan",
    ALL_NOTE_ITEMS,
]

BEST_PATH = [
    "tram_stop",
    "first_minutes",
    "bystander_comment",
    "language",
    "account",
    "bias_check",
    "legal_frame",
    "suspect",
    "status_question",
    "write_note",
    "follow_up",
    "end_success",
]


def play(run_cli, *tokens):
    """Play the scenario; the note is given once the tokens reach the report node."""
    notes = ("--note", NOTE) if len(tokens) >= len(BEST_TOKENS) else ()
    return play_scenario(run_cli, SCENARIO, *tokens, *notes)


def seen(state, node_id):
    """The transcript entry of a node the attempt passed through."""
    return next(step for step in state["transcript"] if step["node"] == node_id)


def test_analyze_reports_maxima_endings_and_best_path(run_cli):
    result = run_cli("analyze", SCENARIO, "--json")
    assert result.exit_code == 0
    report = result.json()
    assert report["exact"] is True
    assert report["maximum"] == MAXIMUM
    assert sorted(report["endings"]) == ["end_failure", "end_partial", "end_success"]
    assert report["best_path"] == BEST_PATH


def test_validate_strict_reports_nothing(run_cli):
    result = run_cli("validate", SCENARIO, "--strict")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "warning" not in result.stdout


def test_best_path_reaches_success_with_full_marks(run_cli):
    # communication 1 (firm_neutral) + 2 (ask_language) + 1 (detain_calmly) = 4
    # victim 1 (separate_and_care) + 2 (rights_and_plan) = 3; bias 4 (checklist) + 1 = 5
    # legal 1 (ask_language) + 2 (consider_257_119) + 1 (detain_calmly) + 5 (note) = 9
    # ethics 2 (firm_neutral) + 1 (rights_and_plan) = 3; safety 2 (separate_and_care)
    state = play(run_cli, *BEST_TOKENS)
    assert_full_marks(state, BEST_PATH, MAXIMUM)
    # trust 1 +1 +1 +1 +2 = 6 -> 5; tension 2 -1 -1 -1 = -1 -> 0
    assert state["variables"] == {"trust": 5, "tension": 0}
    assert "mnie wysłuchał" in seen(state, "follow_up")["text"]


def test_rushed_harmful_path_ends_in_failure(run_cli):
    # check_papers: victim -2, ethics -1, trust -2; agree_to_calm: ethics -2, trust -2;
    # son_translates: communication -2, victim -1; checklist 1 correct - 2 wrong -> 0 (never
    # below 0); mutual_quarrel: legal -1, bias -1; warn_and_let_go: legal -1, ethics -1;
    # papers_in_order: victim -1, ethics -1; note: one item, legal +1.
    state = play(
        run_cli,
        "check_papers",
        "agree_to_calm",
        "son_translates",
        "slurs,drunk,she_was_loud",
        "mutual_quarrel",
        "warn_and_let_go",
        "papers_in_order",
        "motive",
    )
    assert state["ending"] == "end_failure"
    assert state["outcome"] == "failure"
    assert state["points"] == {
        "communication": -2,
        "victim_support": -4,
        "bias_indicators": -1,
        "legal_procedure": -1,
        "ethics": -5,
        "safety": 0,
    }
    assert state["overall_percent"] == 0.0
    assert state["variables"] == {"trust": 0, "tension": 2}
    # The ending names the cause the path took: the attacker let go, no motive on file.
    assert "pouczeniem" in seen(state, "end_failure")["text"]


def test_misreading_the_motive_fails_despite_good_victim_care(run_cli):
    # Best path, but the checklist misses two indicators and ticks "drunk" (2 - 1 = 1), and the
    # duty officer is told it was a mutual quarrel: bias 1 - 1 = 0, legal 1 - 1 + 1 + 5 = 6.
    tokens = BEST_TOKENS.copy()
    tokens[3] = "language_trigger,slurs,drunk"
    tokens[4] = "mutual_quarrel"
    state = play(run_cli, *tokens)
    assert state["ending"] == "end_failure"
    assert state["points"]["bias_indicators"] == 0
    assert state["points"]["legal_procedure"] == 6
    assert state["overall_percent"] == 69.2
    assert "wzajemne pretensje" in seen(state, "end_failure")["text"]
    assert "Kateryna Savchuk" in seen(state, "follow_up")["text"]


def test_the_son_as_interpreter_never_reaches_success(run_cli):
    # Every other choice is the best one and trust ends at 4, yet the child had to translate.
    tokens = BEST_TOKENS.copy()
    tokens[2] = "son_translates"
    state = play(run_cli, *tokens)
    assert state["ending"] == "end_partial"
    assert state["variables"] == {"trust": 4, "tension": 0}
    assert state["points"]["communication"] == 0
    assert "Maksym tłumaczy" in seen(state, "account")["text"]
    assert "budzi się w nocy" in seen(state, "follow_up")["text"]


def test_high_tension_calls_for_backup_which_can_still_succeed(run_cli):
    # hear_him_first: tension 2 + 2 = 4; argue_back: + 1 = 5. Calm detention is not offered.
    tokens = ["hear_him_first", "argue_back", "ask_language", ALL_INDICATORS, "consider_257_119"]
    state = play(run_cli, *tokens)
    assert state["awaiting"] == "suspect"
    assert state["variables"] == {"trust": 1, "tension": 5}

    refused = run_cli("play", SCENARIO, "--choose", *tokens, "detain_calmly", "--json")
    assert refused.exit_code == 1
    assert "detain_calmly" in refused.stderr
    assert "detain_with_backup" in refused.stderr

    # The proportionate detention with backup is rated best: trust 1 + 2 = 3, so success.
    state = play(run_cli, *tokens, "detain_with_backup", "rights_and_plan", ALL_NOTE_ITEMS)
    assert state["ending"] == "end_success"
    assert state["variables"] == {"trust": 3, "tension": 4}
    assert state["overall_percent"] == 69.2


def test_low_trust_ends_in_partial_with_iryna_unsure(run_cli):
    # No harmful choice, but trust 1 + 0 - 1 + 0 - 1 = -1 -> 0: the follow-up shows it.
    tokens = [
        "calm_him_first",
        "ignore_comment",
        "app_for_now",
        ALL_INDICATORS,
        "facts_only",
        "detain_calmly",
        "ask_the_office",
        "words",
    ]
    state = play(run_cli, *tokens)
    assert state["ending"] == "end_partial"
    assert state["variables"] == {"trust": 0, "tension": 0}
    assert "Nie wiem, czy dobrze, że przyszłam" in seen(state, "follow_up")["text"]
    assert "aplikacji" in seen(state, "account")["text"]


def test_silence_at_the_timed_remark_costs_ethics(run_cli):
    tokens = BEST_TOKENS.copy()
    tokens[1] = "timeout"
    state = play(run_cli, *tokens)
    assert state["ending"] == "end_success"
    assert state["points"]["ethics"] == 0
    assert state["overall_percent"] == 84.6
