"""The project glossary: phrases scenario texts should avoid, and what to write instead.

A glossary is plain data (a file reader builds it; an editor may build one too).
Each entry belongs to one language and lists the phrases to avoid, the preferred
wording and why. How an ``avoid`` pattern matches (the same rules are written
at the top of ``scenarios/glossary.yaml`` for authors):

- case does not matter, and only whole words match ("z adresem" does not match
  "z adresem-" inside a longer word, nor "bez adresem");
- words are compared, not spacing or punctuation: any run of spaces, line
  breaks or punctuation in the text stands for the space between two words of
  the pattern, and punctuation written in the pattern is ignored;
- a word ending in ``*`` matches any word starting with the part before the
  ``*`` (a stem, for Polish inflection: ``wskaźnik*`` is "wskaźnik",
  "wskaźniki", "wskaźnikami"…);
- ``…`` (or ``...``) standing alone between two words allows up to
  :data:`GAP_WORDS` other words between them ("daje … historię" finds
  "daje mu gotową historię");
- markup asterisks (``*emphasis*``, ``**strong**``) in the text are ignored.

Patterns are turned into regular expressions built only from escaped words and
these fixed pieces, so no glossary can make matching slow or fail on any text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from trainer.domain.errors import TrainerError

#: How many words ``…`` in a pattern may stand for.
GAP_WORDS = 3
_GAP_TOKENS = frozenset({"…", "..."})
# A word of a pattern: letters and digits, optionally ending in the stem wildcard
# (a lone "*" is caught as an error); anything else in a pattern is punctuation.
_PIECE_RE = re.compile(r"[^\W_]+\*?|\*")
_STAR_INSIDE_RE = re.compile(r"\*[^\W_]")
# Between two words of the text: anything that is not part of a word.
_BETWEEN = r"[\W_]+"
_WORD = r"[^\W_]+"


class GlossaryPatternError(TrainerError, ValueError):
    """An ``avoid`` pattern that cannot be matched (the message says why)."""


def _pattern_words(pattern: str) -> list[str | None]:
    """The pattern as words (None for a gap), punctuation dropped; raises on a bad one."""
    parts: list[str | None] = []
    for token in pattern.split():
        if token in _GAP_TOKENS:
            if not parts or parts[-1] is None:
                raise GlossaryPatternError(f"{pattern!r}: '…' must stand between two words")
            parts.append(None)
            continue
        if _STAR_INSIDE_RE.search(token):
            raise GlossaryPatternError(
                f"{pattern!r}: '*' may only end a word (a stem such as wskaźnik*)"
            )
        for piece in _PIECE_RE.findall(token):
            if piece == "*":
                raise GlossaryPatternError(f"{pattern!r}: '*' needs a stem before it")
            parts.append(piece)
    if not parts:
        raise GlossaryPatternError(f"{pattern!r} holds no word to look for")
    if parts[-1] is None:
        raise GlossaryPatternError(f"{pattern!r}: '…' must stand between two words")
    return parts


def compile_pattern(pattern: str) -> re.Pattern[str]:
    """The regular expression for one ``avoid`` pattern; GlossaryPatternError if it is bad."""
    pieces: list[str] = []
    gap = False
    for word in _pattern_words(pattern):
        if word is None:
            gap = True
            continue
        if pieces:
            pieces.append(f"(?:{_BETWEEN}{_WORD}){{0,{GAP_WORDS}}}{_BETWEEN}" if gap else _BETWEEN)
        gap = False
        if word.endswith("*"):
            pieces.append(re.escape(word[:-1]) + r"[^\W_]*")
        else:
            pieces.append(re.escape(word))
    return re.compile(r"(?<![^\W_])" + "".join(pieces) + r"(?![^\W_])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """Phrases to avoid in one language, the preferred wording, and why.

    ``position`` is where the entry stands in its language's list (a reader maps
    it back to a line of the file).
    """

    language: str
    avoid: tuple[str, ...]
    prefer: str
    why: str
    position: int = 0
    _patterns: tuple[re.Pattern[str], ...] = field(
        default=(), init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        if not self.avoid:
            raise GlossaryPatternError("an entry needs at least one phrase to avoid")
        object.__setattr__(self, "_patterns", tuple(compile_pattern(p) for p in self.avoid))

    def find(self, text: str) -> str | None:
        """The first phrase of ``text`` this entry discourages, as written there, or None."""
        plain = text.replace("*", "")
        found: tuple[int, str] | None = None
        for pattern in self._patterns:
            match = pattern.search(plain)
            if match is not None and (found is None or match.start() < found[0]):
                found = (match.start(), " ".join(match.group().split()))
        return None if found is None else found[1]


@dataclass(frozen=True, slots=True)
class GlossaryMatch:
    """One discouraged phrase found in a text."""

    entry: GlossaryEntry
    found: str


@dataclass(frozen=True, slots=True)
class Glossary:
    """Every entry of a glossary, in the order written."""

    entries: tuple[GlossaryEntry, ...] = ()

    def languages(self) -> frozenset[str]:
        """The languages with at least one entry."""
        return frozenset(entry.language for entry in self.entries)

    def matches(self, language: str, text: str) -> Iterator[GlossaryMatch]:
        """Each entry of ``language`` that ``text`` offends, with the phrase found."""
        for entry in self.entries:
            if entry.language != language:
                continue
            found = entry.find(text)
            if found is not None:
                yield GlossaryMatch(entry, found)


#: No entries: the glossary check finds nothing.
EMPTY_GLOSSARY = Glossary()
