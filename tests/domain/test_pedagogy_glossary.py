"""The glossary matcher: whole words, any case, stems, gaps; never fails on any text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.domain.glossary import (
    GAP_WORDS,
    Glossary,
    GlossaryEntry,
    GlossaryPatternError,
    compile_pattern,
)
from trainer.scenario_io.glossary import load_glossary

SHIPPED = load_glossary(Path(__file__).resolve().parents[2] / "scenarios" / "glossary.yaml")


def _entry(*avoid: str) -> GlossaryEntry:
    return GlossaryEntry(language="pl", avoid=avoid, prefer="lepiej", why="bo tak")


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        ("z adresem", "Wysłał wiadomość Z ADRESEM strony.", "Z ADRESEM"),  # any case
        ("z adresem", "wiadomość z\n  adresem", "z adresem"),  # any spacing
        ("czy ma pomysł, dlaczego", "Czy ma pomysł dlaczego?", "Czy ma pomysł dlaczego"),
        ("czy ma pomysł dlaczego", "czy ma pomysł, dlaczego", "czy ma pomysł, dlaczego"),
        ("wskaźnik* uprzedzenia", "Z wskaźnikami uprzedzenia", "wskaźnikami uprzedzenia"),
        ("daje … historię", "daje mu gotową historię", "daje mu gotową historię"),
        ("daje ... historię", "daje historię", "daje historię"),
        ("preferowany język", "o *preferowany* **język**", "preferowany język"),
        ("community policing", "model community-policing", "community-policing"),
    ],
)
def test_a_phrase_is_found(pattern: str, text: str, found: str) -> None:
    assert _entry(pattern).find(text) == found


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        ("z adresem", "bez adresem"),  # only whole words
        ("z adresem", "z adresemka"),
        ("wskaźnik uprzedzenia", "wskaźniki uprzedzenia"),  # no stem without *
        ("wskaźnik* uprzedzenia", "wskaźniki uprzedzeń"),  # the preferred term
        ("daje … historię", "daje mu jedną całą gotową historię"),  # a gap of four words
        ("najmniej inwazyjny", "najmniej dolegliwy środek"),
    ],
)
def test_a_phrase_is_not_found(pattern: str, text: str) -> None:
    assert _entry(pattern).find(text) is None


def test_the_gap_allows_exactly_its_number_of_words() -> None:
    entry = _entry("daje … historię")
    assert entry.find("daje " + "x " * GAP_WORDS + "historię") is not None
    assert entry.find("daje " + "x " * (GAP_WORDS + 1) + "historię") is None


@pytest.mark.parametrize(
    ("pattern", "why"),
    [
        ("", "no word"),
        (", ;", "no word"),
        ("wskaź*nik", "may only end a word"),
        ("* uprzedzeń", "needs a stem"),
        ("… historię", "between two words"),
        ("daje …", "between two words"),
        ("daje … … historię", "between two words"),
    ],
)
def test_a_bad_pattern_is_refused_with_a_reason(pattern: str, why: str) -> None:
    with pytest.raises(GlossaryPatternError, match=why):
        compile_pattern(pattern)


def test_an_entry_needs_a_phrase() -> None:
    with pytest.raises(GlossaryPatternError):
        GlossaryEntry(language="pl", avoid=(), prefer="x", why="y")


def test_matches_follow_the_language_and_the_order_written() -> None:
    glossary = Glossary(
        (
            _entry("pierwszy"),
            GlossaryEntry(language="en", avoid=("pierwszy",), prefer="first", why="en"),
            _entry("drugi"),
        )
    )
    assert [m.found for m in glossary.matches("pl", "drugi i pierwszy")] == ["pierwszy", "drugi"]
    assert [m.entry.why for m in glossary.matches("en", "pierwszy")] == ["en"]
    assert list(glossary.matches("uk", "pierwszy")) == []


# Every seeded calque is found as the issue wrote it, and its preferred wording is not.
SEEDED = [
    ("Zapytaj, czy ma pomysł, dlaczego to ją spotkało.", "czy domyśla się, dlaczego"),
    ("To zasada najmniej inwazyjnego skutecznego środka.", "najmniej dolegliwy środek"),
    ("Zakaz daje organizatorowi historię do mediów.", "daje mu pretekst / temat"),
    ("Pytanie o preferowany język to uprzejmość.", "w jakim języku woli rozmawiać"),
    ("Wysłał jej wiadomość z adresem strony.", "z linkiem"),
    ("Zaznacz wskaźniki uprzedzenia.", "wskaźniki uprzedzeń"),
    ("Zaznacz wskaźniki motywacji uprzedzeń.", "wskaźniki uprzedzeń"),
    ("To podstawa partnerstwa w modelu community policing.", "policja społeczna"),
]


@pytest.mark.parametrize(("text", "prefer"), SEEDED)
def test_the_shipped_glossary_finds_each_seeded_calque(text: str, prefer: str) -> None:
    (match,) = SHIPPED.matches("pl", text)
    assert match.entry.prefer.startswith(prefer)
    assert match.entry.why


@pytest.mark.parametrize(
    "text",
    [
        "Zapytaj, czy domyśla się, dlaczego to ją spotkało.",
        "To najmniej dolegliwy środek.",
        "Zakaz daje mu pretekst.",
        "Zapytaj, w jakim języku woli rozmawiać.",
        "Wysłał jej wiadomość z linkiem.",
        "Zostawił kartkę z adresem mieszkania.",  # a real address is not a link
        "Zaznacz wskaźniki uprzedzeń; wskaźnikami uprzedzeń są słowa i miejsce.",
        "To podstawa pracy dzielnicowego.",
        "Sceny opowiadają historię, a decyzje podejmujesz dalej.",
    ],
)
def test_the_shipped_glossary_leaves_the_preferred_wording_alone(text: str) -> None:
    assert list(SHIPPED.matches("pl", text)) == []


@given(st.text())
def test_matching_never_fails_on_any_text(value: str) -> None:
    for entry in SHIPPED.entries:
        entry.find(value)


@given(st.text(max_size=40))
def test_any_pattern_compiles_or_is_refused_by_name(pattern: str) -> None:
    try:
        compiled = compile_pattern(pattern)
    except GlossaryPatternError:
        return
    compiled.search(pattern)


WORD = st.text(alphabet="abcąćęłńóśźżXYZ", min_size=1, max_size=8)
SPACE = st.sampled_from([" ", "  ", "\n", ", ", " – ", "\t"])


@given(st.lists(WORD, min_size=1, max_size=4), st.data())
def test_a_phrase_is_found_however_it_is_spaced_and_cased(parts: list[str], data) -> None:
    separators = [data.draw(SPACE) for _ in parts[1:]]
    written = parts[0] + "".join(
        sep + word for sep, word in zip(separators, parts[1:], strict=True)
    )
    assert _entry(" ".join(parts)).find(f"Tekst: {written.upper()}.") is not None
