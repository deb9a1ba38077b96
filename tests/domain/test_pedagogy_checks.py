"""The text-based pedagogical checks on scenario models: a positive and a negative case each."""

from __future__ import annotations

import pytest

from tests.domain.pedagogy_support import (
    checklist,
    choice,
    codes,
    decision,
    report,
    scenario,
    text,
    variants,
)
from trainer.domain.findings import Severity
from trainer.domain.glossary import Glossary, GlossaryEntry
from trainer.domain.pedagogy import (
    FEEDBACK_MAX_WORDS,
    check_feedback_length,
    check_glossary,
    check_length_tell,
    check_pedagogy,
    check_time_limits,
    check_untitled_steps,
    reading_time,
)
from trainer.domain.text import Text

TITLE = text("Krok", "Step")


def _words(count: int, word: str = "słowo") -> str:
    return " ".join([word] * count)


# -- untitled-step ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "node",
    [
        decision("ask", [choice("a", "A"), choice("b", "B")]),
        checklist("check"),
        report("note"),
    ],
    ids=["decision", "checklist", "report"],
)
def test_a_step_without_a_title_is_named(node) -> None:
    (finding,) = check_untitled_steps(scenario(node))
    assert finding.code == "untitled-step"
    assert finding.severity is Severity.WARNING
    assert finding.node == node.id
    assert finding.path == ("nodes", node.id)
    assert node.type.value in finding.message


def test_titled_steps_scenes_and_endings_need_no_more() -> None:
    titled = scenario(
        decision("ask", [choice("a", "A"), choice("b", "B")], title=TITLE),
        checklist("check", title=TITLE),
        report("note", title=TITLE),
    )
    assert list(check_untitled_steps(titled)) == []  # the ending has no title and needs none


# -- length-tell -------------------------------------------------------------------------


def _three(node_id: str, best_longest: bool) -> object:
    """A decision of three choices whose best one is (or is not) the longest."""
    best = "Rozmawiam spokojnie i wyjaśniam, co robię" if best_longest else "Rozmawiam"
    return decision(
        node_id,
        [
            choice("best", best, "best"),
            choice("poor", "Odchodzę bez słowa od nich", "poor"),
            choice("bad", "Krzyczę", "harmful"),
        ],
        title=TITLE,
    )


def test_length_tell_when_the_best_is_the_longest_in_most_decisions() -> None:
    nodes = [_three("d1", True), _three("d2", True), _three("d3", True), _three("d4", False)]
    findings = list(check_length_tell(scenario(*nodes)))
    assert codes(findings) == ["length-tell", "length-tell"]  # one per language
    pl = findings[0]
    assert "in pl" in pl.message and "3 of 4" in pl.message and "75%" in pl.message
    assert "d1, d2, d3" in pl.message and "d4" not in pl.message
    assert pl.path == ("nodes",)


def test_no_length_tell_at_sixty_percent_or_below() -> None:
    nodes = [_three(f"d{i}", i < 3) for i in range(5)]  # 3 of 5 = 60%: not more than 60%
    assert list(check_length_tell(scenario(*nodes))) == []


def test_no_length_tell_with_fewer_than_four_decisions_of_three_choices() -> None:
    two_choices = decision(
        "pair", [choice("best", "Długa, dłuższa odpowiedź", "best"), choice("x", "Nie")]
    )
    nodes = [_three("d1", True), _three("d2", True), _three("d3", True), two_choices]
    assert list(check_length_tell(scenario(*nodes))) == []


def test_a_decision_without_a_best_choice_is_not_counted() -> None:
    no_best = decision(
        "none", [choice("a", "Bardzo długa odpowiedź tutaj"), choice("b", "B"), choice("c", "C")]
    )
    # 3 telling of the 4 measured (75%); counted with the fifth it would be 3 of 5.
    nodes = [_three("d1", True), _three("d2", True), _three("d3", True), _three("d4", False)]
    findings = list(check_length_tell(scenario(*nodes, no_best)))
    assert "3 of 4" in findings[0].message


def test_length_tell_is_per_language() -> None:
    def node(node_id: str) -> object:
        return decision(
            node_id,
            [
                choice("best", text("Tak", "I talk to her calmly and explain"), "best"),
                choice("poor", text("Odchodzę bez słowa od nich", "I leave"), "poor"),
                choice("bad", text("Krzyczę głośno", "Shout"), "harmful"),
            ],
        )

    findings = list(check_length_tell(scenario(*(node(f"d{i}") for i in range(4)))))
    assert len(findings) == 1
    assert "in en" in findings[0].message


@pytest.mark.parametrize(
    ("ratings", "tells"),
    [
        (("best", "best", "poor"), True),  # every longest choice is a best one
        (("best", "poor", "good"), False),  # a tie between best and poor gives nothing away
    ],
)
def test_ties_for_the_longest(ratings, tells) -> None:
    def node(node_id: str) -> object:
        same = "Jednakowa długość"  # the first two choices are equally long
        return decision(
            node_id,
            [
                choice("a", same, ratings[0]),
                choice("b", same.upper(), ratings[1]),
                choice("c", "Krótko", ratings[2]),
            ],
        )

    found = list(check_length_tell(scenario(*(node(f"d{i}") for i in range(4)))))
    assert bool(found) is tells


def test_length_counts_characters_not_markup() -> None:
    def node(node_id: str) -> object:
        return decision(
            node_id,
            [
                choice("best", "Spokojnie", "best"),
                choice("poor", "**Bardzo**", "poor"),  # 6 letters shown, 10 typed
                choice("bad", "No", "harmful"),
            ],
        )

    assert list(check_length_tell(scenario(*(node(f"d{i}") for i in range(4))))) != []


# -- feedback-long -----------------------------------------------------------------------


def test_feedback_over_sixty_words_says_how_long() -> None:
    long = text(_words(FEEDBACK_MAX_WORDS + 1), "Short.")
    node = decision("ask", [choice("a", "A", feedback=long), choice("b", "B")], title=TITLE)
    (finding,) = check_feedback_length(scenario(node))
    assert finding.code == "feedback-long"
    assert "61 words" in finding.message and "in pl" in finding.message
    assert (finding.node, finding.choice) == ("ask", "a")
    assert finding.path == ("nodes", "ask", "choices", 0, "feedback", "pl")


def test_feedback_of_sixty_words_is_fine_and_asterisks_are_not_words() -> None:
    exactly = text(_words(FEEDBACK_MAX_WORDS - 1) + " **koniec** * - –")
    node = decision("ask", [choice("a", "A", feedback=exactly), choice("b", "B")])
    assert list(check_feedback_length(scenario(node))) == []


def test_every_alternative_of_a_path_aware_feedback_is_measured() -> None:
    feedback = variants(
        ("visited('ask')", text(_words(70), "Long in Polish.")), (None, text("Krótko."))
    )
    node = decision("ask", [choice("a", "A", feedback=feedback), choice("b", "B")])
    (finding,) = check_feedback_length(scenario(node, version_format="1.1"))
    assert finding.path == ("nodes", "ask", "choices", 0, "feedback", 0, "text", "pl")


def test_checklist_and_report_item_feedback_is_measured() -> None:
    long = text("Krótko.", _words(65, "word"))
    findings = list(
        check_feedback_length(
            scenario(checklist("check", feedback=long), report("note", feedback=long))
        )
    )
    assert [f.path for f in findings] == [
        ("nodes", "check", "items", 0, "feedback", "en"),
        ("nodes", "note", "items", 0, "feedback", "en"),
    ]
    assert "item 'symbol'" in findings[0].message and "65 words" in findings[0].message


def test_a_plain_string_feedback_is_placed_on_the_value_itself() -> None:
    plain = Text.single("pl", _words(61))
    node = decision("ask", [choice("a", "A", feedback=plain), choice("b", "B")])
    (finding,) = check_feedback_length(scenario(node))
    assert finding.path == ("nodes", "ask", "choices", 0, "feedback")


# -- time-too-short ----------------------------------------------------------------------


def _timed(limit: int, body_words: int, choice_words: int = 1) -> object:
    return decision(
        "hurry",
        [choice("a", _words(choice_words)), choice("b", _words(choice_words))],
        body=text(_words(body_words), "Go."),
        time_limit=limit,
    )


def test_a_time_limit_too_short_to_read_says_the_seconds_needed() -> None:
    # 28 + 2 = 30 words in Polish: 5 s + 10 s = 15 s needed.
    (finding,) = check_time_limits(scenario(_timed(14, 28)))
    assert finding.code == "time-too-short"
    assert finding.path == ("nodes", "hurry", "time_limit")
    assert finding.node == "hurry"
    assert "30 words in pl" in finding.message and "need 15 s" in finding.message


def test_a_time_limit_that_leaves_time_to_read_is_fine() -> None:
    assert list(check_time_limits(scenario(_timed(15, 28)))) == []
    untimed = decision("calm", [choice("a", _words(200)), choice("b", "B")])
    assert list(check_time_limits(scenario(untimed))) == []


def test_the_worst_language_and_the_longest_alternative_count() -> None:
    body = variants(
        ("visited('hurry')", text("Krótko.", _words(40, "word"))),
        (None, text(_words(10), "Short.")),
    )
    node = decision("hurry", [choice("a", "A"), choice("b", "B")], body=body, time_limit=15)
    built = scenario(node, version_format="1.1")
    assert reading_time(built, node, "en").words == 42
    assert reading_time(built, node, "pl").words == 12
    (finding,) = check_time_limits(built)
    assert "42 words in en" in finding.message and "need 19 s" in finding.message


# -- glossary ----------------------------------------------------------------------------

GLOSSARY = Glossary(
    (
        GlossaryEntry(
            language="pl",
            avoid=("preferowan* język*",),
            prefer="w jakim języku woli rozmawiać",
            why="so mówi policjant",
        ),
    )
)


def test_a_discouraged_phrase_names_the_preferred_wording_and_why() -> None:
    node = decision(
        "ask",
        [
            choice("a", text("Pytam o preferowany język.", "I ask for the preferred language.")),
            choice("b", "B"),
        ],
        title=TITLE,
    )
    (finding,) = check_glossary(scenario(node), GLOSSARY)
    assert finding.code == "glossary"
    assert "„preferowany język”" in finding.message
    assert (
        "w jakim języku woli rozmawiać" in finding.message
        and "so mówi policjant" in finding.message
    )
    assert (finding.node, finding.choice) == ("ask", "a")
    assert finding.path == ("nodes", "ask", "choices", 0, "text", "pl")


def test_the_glossary_checks_only_its_own_language_and_an_empty_one_nothing() -> None:
    node = decision(
        "ask",
        [
            choice("a", text("Pytam, w jakim języku woli rozmawiać.", "preferowany język")),
            choice("b", "B"),
        ],
    )
    assert list(check_glossary(scenario(node), GLOSSARY)) == []
    bad = decision("ask", [choice("a", "preferowany język"), choice("b", "B")])
    assert list(check_glossary(scenario(bad), Glossary())) == []


def test_check_pedagogy_gathers_every_text_check_as_warnings() -> None:
    node = decision(
        "ask",
        [
            choice("a", "Czy zrobiłeś to?", feedback=text(_words(61))),
            choice("b", "preferowany język"),
        ],
        time_limit=5,
    )
    found = list(check_pedagogy(scenario(node), GLOSSARY))
    assert sorted(set(codes(found))) == [
        "feedback-long",
        "gender-form",
        "glossary",
        "time-too-short",
        "untitled-step",
    ]
    assert all(f.severity is Severity.WARNING for f in found)
