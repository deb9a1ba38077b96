"""What counts as a word, for feedback length and reading time (one definition, reused)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.domain.pedagogy import count_words, words


@pytest.mark.parametrize(
    ("value", "count"),
    [
        ("", 0),
        ("Dobrze.", 1),
        ("To  jest\n\ttekst", 3),
        ("**Ważne:** zapisz *dosłowne* słowa", 4),
        ("Punkty:\n- pierwszy\n- drugi", 3),  # bullets are not words
        ("Tak – i nie", 3),  # nor is a dash
        ("** * ***", 0),
        ("Art. 119 § 1 k.k.", 4),  # "§" alone is not a word, numbers are
        ("Co {zrobiłeś|zrobiłaś}?", 2),
    ],
)
def test_words_are_split_on_whitespace_without_markup(value: str, count: int) -> None:
    assert count_words(value) == count


def test_words_keep_their_punctuation_but_not_asterisks() -> None:
    assert words("**Ważne:** zapisz!") == ["Ważne:", "zapisz!"]


@given(st.text(), st.text())
def test_counting_adds_up_over_a_space(first: str, second: str) -> None:
    assert count_words(f"{first} {second}") == count_words(first) + count_words(second)


@given(st.text(), st.lists(st.integers(min_value=0), max_size=5))
def test_markup_asterisks_never_change_the_count(value: str, places: list[int]) -> None:
    marked = value
    for place in places:
        at = place % (len(marked) + 1)
        marked = marked[:at] + "*" + marked[at:]
    assert count_words(marked) == count_words(value)


@given(st.text())
def test_never_more_words_than_whitespace_pieces(value: str) -> None:
    assert 0 <= count_words(value) <= len(value.split())
