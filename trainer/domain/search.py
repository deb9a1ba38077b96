"""Free-text search that forgives Polish word forms, case and missing diacritics.

Officers type "synagoga" and expect the scenario whose summary says "synagogi", or
"zazolc" for "zażółć" on a keyboard without Polish letters. Both the query and the
searched text are *folded* (case and diacritics dropped, ``ł`` read as ``l``) and cut
into words; every word is then *stemmed* by stripping one common inflectional ending,
so the forms of a noun or adjective share a stem ("synagoga", "synagogi", "synagogę"
→ "synagog"). A query word matches a text word when its stem begins the text word's
stem (so a half-typed word already finds), or the word itself begins the text word.

This is deliberately light: no dictionary, no vowel alternations ("Kraków" and
"Krakowie" meet, "gwiazda" and "gwieździe" do not). Scenario titles and summaries
are short, and a search that finds a little too much beats one that finds nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

#: A stem is never cut shorter than this, so "ma" or "ich" are not stripped to nothing.
MIN_STEM = 3

# Letters NFKD does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans({"ł": "l", "ß": "ss", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe"})

# Polish noun, adjective and (a few) verb endings, folded like the words they end; and
# the English plural and verb forms, since scenarios carry English text too. Longest
# first, so "ukraińskiego" loses "iego", not "o".
_ENDINGS = tuple(
    sorted(
        {
            # nouns: cases and numbers
            "owie", "ami", "ach", "om", "ow", "iem", "em", "owi", "ie", "ia", "iu", "io",
            "a", "e", "i", "o", "u", "y",
            # adjectives and pronouns
            "iego", "iemu", "ego", "emu", "iej", "ej", "ymi", "imi", "ych", "ich", "ym", "im",
            # abstract nouns in -ość: "nienawiść", "nienawiści"
            "osci", "oscia", "osciami", "osciach",
            # verbs: infinitive, past, present
            "ac", "ec", "ic", "yc", "al", "ala", "alo", "ali", "aly", "il", "ila", "ili",
            "ywac", "owac", "uje", "ujesz", "ujemy",
            # English
            "es", "s", "ing", "ed",
        },
        key=len,
        reverse=True,
    )
)  # fmt: skip

_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    """``text`` lower-cased without diacritics ("Zażółć" → "zazolc")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The folded words of ``text`` (letters and digits; hyphens and quotes split)."""
    return [w.replace("_", "") for w in _WORD.findall(fold(text)) if w.strip("_")]


def stem(word: str) -> str:
    """``word`` (folded) without one common ending, keeping at least :data:`MIN_STEM` letters."""
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
            return word[: -len(ending)]
    return word


@dataclass(frozen=True, slots=True)
class SearchText:
    """Texts prepared once for many queries: their folded words and the words' stems."""

    pairs: tuple[tuple[str, str], ...]  # (word, stem), each distinct word once

    @classmethod
    def of(cls, texts: Iterable[str]) -> SearchText:
        """Everything in ``texts`` (titles, summaries, tags in any language)."""
        seen: dict[str, str] = {}
        for text in texts:
            for word in words(text):
                if word not in seen:
                    seen[word] = stem(word)
        return cls(tuple(seen.items()))

    def has_word(self, query_word: str) -> bool:
        """Whether one of the words is a form of ``query_word`` (folded) or begins with it."""
        query_stem = stem(query_word)
        return any(
            word_stem.startswith(query_stem) or word.startswith(query_word)
            for word, word_stem in self.pairs
        )

    def matches(self, query: str) -> bool:
        """Whether every word of ``query`` is found; an empty query matches everything."""
        return all(self.has_word(word) for word in words(query))


def matches(query: str, texts: Iterable[str]) -> bool:
    """Whether every word of ``query`` is found in ``texts`` (see :class:`SearchText`)."""
    return SearchText.of(texts).matches(query)
