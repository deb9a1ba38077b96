"""gender-form: Polish second-person gendered forms, table-driven from real sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.domain.pedagogy_support import choice, decision, scenario, text
from trainer.domain.pedagogy import check_gender_forms, gendered_forms

# (sentence, what is reported): the player addressed as a man or as a woman.
GENDERED = [
    ("Co zrobiłeś potem?", ["zrobiłeś"]),
    ("Czy zapytałaś o świadków?", ["zapytałaś"]),
    ("Poszedłeś za nim aż do przystanku.", ["Poszedłeś"]),
    ("Wzięłaś notes i długopis.", ["Wzięłaś"]),
    ("Mogłeś zadzwonić wcześniej.", ["Mogłeś"]),
    ("Ale nie zapisałeś dosłownych słów, które słyszała.", ["zapisałeś"]),
    ("Co zrobiłbyś na jej miejscu?", ["zrobiłbyś"]),
    ("Czy mogłabyś powtórzyć?", ["mogłabyś"]),
    ("Masz mniej, niż mógłbyś mieć.", ["mógłbyś"]),
    ("Co byś zrobił?", ["byś zrobił"]),
    ("Gdybyś był na jej miejscu, chciałbyś wiedzieć.", ["Gdybyś był", "chciałbyś"]),
    ("Chcemy, żebyś poszła z nami.", ["żebyś poszła"]),
    ("Zapytaj, jak chcą, żebyś postępował na ich terenie.", ["żebyś postępował"]),
    ("Gdybyś ty sam to zrobił…", ["Gdybyś ty sam to zrobił"]),
    ("Będziesz musiał wybrać.", ["Będziesz musiał"]),
    ("Jutro będziesz mogła wrócić.", ["będziesz mogła"]),
    ("Dlaczegoś to zrobił?", ["Dlaczegoś to zrobił"]),
    ("Toś narobił!", ["Toś narobił"]),
    ("Jesteś pewien?", ["Jesteś pewien"]),
    ("Czy jesteś gotowa?", ["jesteś gotowa"]),
    ("Bądź gotowy na pytania.", ["Bądź gotowy"]),
    ("**Zrobiłeś** to dobrze.", ["Zrobiłeś"]),
    ("ZAUWAŻYŁEŚ GRAFFITI?", ["ZAUWAŻYŁEŚ"]),
    ("Czy od początku rozmawiałeś z nią, a nie o niej?", ["rozmawiałeś"]),
]

# Near misses: look alike, but do not address the player by gender.
NEUTRAL = [
    "Coś zrobił i uciekł.",  # "coś": something
    "Gdzieś był wczoraj wieczorem.",  # "gdzieś": somewhere
    "Kiedyś mieszkał w Krakowie.",
    "Ktoś napisał hasło na murze.",
    "Dziś przyszedł do komisariatu.",
    "Jakiś mężczyzna podszedł do przystanku.",
    "Przez wieś przejechał samochód.",
    "Staś był wtedy w szkole.",  # a name ending in ś
    "Zrobiłem notatkę.",  # first person: the speaker, not the player
    "Zadzwoniłam, bo się bałam.",
    "Zrobiliście wszystko, co trzeba.",  # a group, not the player
    "Zrobiłyście to razem.",
    "Ona zrobiła zdjęcie telefonem.",
    "Co zrobisz?",
    "Czy możesz powtórzyć?",
    "Czy mógłby pan powtórzyć?",  # the formal third person
    "Będziesz musieć wybrać.",
    "Będziesz przesłuchiwać świadków.",
    "Musisz zdecydować, zanim będzie za późno.",
    "Jesteś na miejscu.",
    "Prosił, żeby ktoś przyszedł.",
    "Sprawca był sam.",
    "Kościół i szkoła stoją obok siebie.",
    "Stół stał pod ścianą.",
    "Ośrodek szkolenia jest w Legionowie.",
    "Zapytaj, czy ktoś coś widział.",
    "Czy jakiś świadek to nagrał?",
]


@pytest.mark.parametrize(("sentence", "expected"), GENDERED, ids=[s for s, _ in GENDERED])
def test_gendered_second_person_is_found(sentence: str, expected: list[str]) -> None:
    assert gendered_forms(sentence) == expected


@pytest.mark.parametrize("sentence", NEUTRAL)
def test_near_misses_are_not_reported(sentence: str) -> None:
    assert gendered_forms(sentence) == []


@given(st.text())
def test_reading_any_text_never_fails(value: str) -> None:
    assert isinstance(gendered_forms(value), list)


@given(st.sampled_from(NEUTRAL), st.sampled_from(NEUTRAL))
def test_neutral_sentences_stay_neutral_side_by_side(first: str, second: str) -> None:
    assert gendered_forms(f"{first} {second}") == []


def _asking(words: str) -> object:
    return decision("ask", [choice("a", text(words, "What did you do?")), choice("b", "B")])


def test_a_version_1_file_is_told_to_use_format_1_1_and_an_alternation() -> None:
    (finding,) = check_gender_forms(scenario(_asking("Co zrobiłeś?")))
    assert finding.code == "gender-form"
    assert (finding.node, finding.choice) == ("ask", "a")
    assert finding.path == ("nodes", "ask", "choices", 0, "text", "pl")
    assert "„zrobiłeś”" in finding.message
    assert "format: 1.1" in finding.message and "{zrobiłeś|zrobiłaś}" in finding.message


def test_a_format_1_1_file_is_told_to_use_an_alternation() -> None:
    (finding,) = check_gender_forms(scenario(_asking("Co zrobiłeś?"), version_format="1.1"))
    assert "format: 1.1" not in finding.message and "{zrobiłeś|zrobiłaś}" in finding.message


def test_text_inside_an_alternation_is_not_reported() -> None:
    asked = _asking("Co {zrobiłeś|zrobiłaś}? {{Gdybyś był}} tam, {byłbyś|byłabyś} świadkiem.")
    findings = list(check_gender_forms(scenario(asked, version_format="1.1")))
    # {{…}} is a literal brace, so "Gdybyś był" is text the player reads.
    assert [f.message.split(" addresses")[0] for f in findings] == ["„Gdybyś był”"]


def test_braces_in_a_version_1_file_are_text_and_are_reported() -> None:
    (finding,) = check_gender_forms(scenario(_asking("Co {zrobiłeś|zrobiłaś}?")))
    assert "„zrobiłeś”, „zrobiłaś”" in finding.message


def test_only_polish_is_read() -> None:
    english = decision(
        "ask", [choice("a", text("Co zrobisz?", "zrobiłeś byłaś")), choice("b", "B")]
    )
    assert list(check_gender_forms(scenario(english))) == []


def test_every_text_is_read_once_with_every_form_named() -> None:
    node = decision(
        "ask",
        [choice("a", "A"), choice("b", "B")],
        title=text("Co zrobiłeś?", "What did you do?"),
        body=text("Byłeś tam. Byłeś tam znowu. Będziesz musiał wrócić.", "You were there."),
    )
    findings = list(check_gender_forms(scenario(node)))
    assert [f.path[-2:] for f in findings] == [("title", "pl"), ("text", "pl")]
    assert "„Byłeś”, „Będziesz musiał”" in findings[1].message


def test_a_line_break_inside_a_paragraph_does_not_end_the_sentence() -> None:
    assert gendered_forms("Gdybyś\nbył tam") == ["Gdybyś był"]
    assert gendered_forms("Tak będziesz.\n\nMusiał wyjść.") == []
