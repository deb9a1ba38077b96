"""The library search: Polish word forms, optional diacritics, any case."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.domain.search import MIN_STEM, SearchText, fold, matches, stem, words

TITLES = [
    "Farba przed szabatem",
    "Na murze czynnej synagogi ktoś w nocy namalował swastykę",
    "Zażółć gęślą jaźń",
    "Kamienie na świetlicę romską w Tarnowie",
    "Paint before Shabbat",
    "Łódź, Kraków i Wrocław: mowa nienawiści w tramwaju",
]

# Folded Polish letters a keyboard may lack, and the endings of other case forms.
DIACRITICS = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
OTHER_FORMS = ["a", "y", "i", "e", "ie", "om", "ami", "ach", "ow", "u", "ego", "ej", "ych"]


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("synagoga", "Na murze czynnej synagogi"),
        ("synagogę", "czynna synagoga"),
        ("zazolc", "Zażółć gęślą jaźń"),
        ("ZAŻÓŁĆ", "zazolc"),
        ("lodz", "Łódź"),
        ("krakowie", "Kraków"),
        ("nienawiść", "mowa nienawiści"),
        ("romskiej świetlicy", "Kamienie na świetlicę romską"),
        ("syna", "synagogi"),  # half typed
        ("synagogues", "a working synagogue"),
        ("place of worship", "place-of-worship"),
    ],
)
def test_a_word_finds_its_other_forms(query: str, text: str) -> None:
    assert matches(query, [text])


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("meczet", "Na murze czynnej synagogi"),
        ("synagoga tramwaj", "synagogi"),  # every word must be found
        ("graffiti", "Farba przed szabatem"),
    ],
)
def test_a_word_not_there_is_not_found(query: str, text: str) -> None:
    assert not matches(query, [text])


def test_folding_drops_case_and_every_diacritic() -> None:
    assert fold("Zażółć GĘŚLĄ jaźń Łukasz") == "zazolc gesla jazn lukasz"
    assert words("place-of-worship, „JUDE GANG”") == ["place", "of", "worship", "jude", "gang"]


def test_a_stem_keeps_its_minimum_length() -> None:
    assert stem("ukraińskiego".translate(DIACRITICS)) == "ukrainsk"
    assert stem("mam") == "mam"
    assert len(stem("ami")) == 3


title_words = st.sampled_from(TITLES).flatmap(
    lambda title: st.tuples(st.just(title), st.sampled_from(title.split()))
)


@given(title_words, st.sampled_from(["lower", "upper", "title", "plain"]))
def test_any_title_word_without_diacritics_or_in_another_case_finds_it(
    title_word: tuple[str, str], case: str
) -> None:
    title, word = title_word
    word = word.strip(",:")
    query = getattr(word.translate(DIACRITICS), case)() if case != "plain" else word
    assert SearchText.of([title]).matches(query)


@given(title_words, st.sampled_from(OTHER_FORMS))
def test_any_title_word_with_another_ending_finds_it(
    title_word: tuple[str, str], ending: str
) -> None:
    title, word = title_word
    folded = words(word)[0]
    if len(folded) < MIN_STEM:
        return  # too short to have an ending: "w", "na"
    assert SearchText.of([title]).matches(stem(folded) + ending)


@given(st.lists(st.text(), max_size=4), st.sampled_from(["", " ", "\t\n", " ,; "]))
def test_an_empty_query_matches_everything(texts: list[str], query: str) -> None:
    assert SearchText.of(texts).matches(query)


@given(st.text(min_size=1))
def test_any_text_finds_itself(text: str) -> None:
    assert SearchText.of([text]).matches(text)


def shipped_titles() -> list[str]:
    from pathlib import Path

    from trainer.services.library import LibraryService

    root = Path(__file__).resolve().parents[2] / "scenarios"
    entries = LibraryService([(root, "shipped")]).load()
    return [title for entry in entries for title in entry.card.title.values()]


SHIPPED = shipped_titles()


@given(
    st.sampled_from(SHIPPED).flatmap(lambda t: st.tuples(st.just(t), st.sampled_from(t.split()))),
    st.booleans(),
)
def test_every_word_of_a_shipped_title_finds_it_bare_or_in_capitals(
    title_word: tuple[str, str], capitals: bool
) -> None:
    title, word = title_word
    query = word.translate(DIACRITICS)
    query = query.upper() if capitals else query.lower()
    assert SearchText.of([title]).matches(query)
