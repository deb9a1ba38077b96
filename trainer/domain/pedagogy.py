"""Pedagogical checks on a scenario's texts (format 1.1, "Pedagogical checks").

Warnings, never errors: each names a habit that makes a scenario teach less
well (the best answer always the longest, feedback too long to read, a timer
that leaves no time to read, the player addressed only as a man or a woman, a
step without a heading, a discouraged phrase). Pure functions over the model;
the glossary comes in as data, so the validator and an editor share them.

The two checks that follow play (``harmful-success``, ``variant-unreachable``)
live with the analysis in :mod:`trainer.domain.checks`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from trainer.domain.address import Address, apply_address
from trainer.domain.findings import Finding, warning
from trainer.domain.glossary import EMPTY_GLOSSARY, Glossary
from trainer.domain.model import (
    ChecklistItem,
    ChecklistNode,
    DecisionNode,
    Rating,
    ReportItem,
    ReportNode,
    Scenario,
)
from trainer.domain.text import Text
from trainer.domain.variants import every_text
from trainer.domain.walk import Located, Path, iter_texts

#: Every code of the format's table of pedagogical checks (some are checked elsewhere).
PEDAGOGICAL_CODES = (
    "harmful-success",
    "length-tell",
    "feedback-long",
    "time-too-short",
    "gender-form",
    "untitled-step",
    "glossary",
    "variant-unreachable",
)

#: Feedback longer than this is not read in full between two decisions.
FEEDBACK_MAX_WORDS = 60
#: A timed decision leaves this long to take in the situation, plus reading time.
READING_BASE_SECONDS = 5
READING_WORDS_PER_SECOND = 3
#: ``length-tell`` needs this many decisions of at least this many choices...
LENGTH_TELL_MIN_DECISIONS = 4
LENGTH_TELL_MIN_CHOICES = 3
#: ...and fires when the best choice is the longest in more than this share of them.
LENGTH_TELL_SHARE = 0.6
#: The language whose second person is gendered, and checked by ``gender-form``.
GENDERED_LANGUAGE = "pl"


def check_pedagogy(scenario: Scenario, glossary: Glossary = EMPTY_GLOSSARY) -> Iterator[Finding]:
    """Every text-based pedagogical finding, in a stable order."""
    yield from check_untitled_steps(scenario)
    yield from check_length_tell(scenario)
    yield from check_feedback_length(scenario)
    yield from check_time_limits(scenario)
    yield from check_gender_forms(scenario)
    yield from check_glossary(scenario, glossary)


# -- words ---------------------------------------------------------------------

_HAS_LETTER_OR_DIGIT = re.compile(r"[^\W_]")


def words(text: str) -> list[str]:
    """The words of ``text``: whitespace-separated, markup asterisks removed.

    A piece with no letter or digit (a dash, a bullet, ``**``) is not a word;
    ``{zrobiłeś|zrobiłaś}`` is one.
    """
    return [
        piece
        for piece in text.replace("*", "").split()
        if _HAS_LETTER_OR_DIGIT.search(piece) is not None
    ]


def count_words(text: str) -> int:
    """How many :func:`words` ``text`` has."""
    return len(words(text))


def _shown(scenario: Scenario, raw: str) -> str:
    """``raw`` as a player sees it (one form of address, so an alternation is one word)."""
    return apply_address(raw, Address.MASCULINE) if scenario.reads_address_forms else raw


def _in_language(scenario: Scenario, text: Text, language: str) -> str:
    return _shown(scenario, text.resolve(language, scenario.default_language))


def _language_path(path: Path, text: Text, language: str) -> Path:
    """Where one language's value stands (a plain string is the value itself)."""
    return path if text.plain else (*path, language)


# -- untitled-step -------------------------------------------------------------


def check_untitled_steps(scenario: Scenario) -> Iterator[Finding]:
    """``untitled-step``: a decision, checklist or report with no title."""
    for node in scenario.nodes.values():
        if isinstance(node, DecisionNode | ChecklistNode | ReportNode) and node.title is None:
            yield warning(
                "untitled-step",
                f"this {node.type.value} has no title: the debrief and the replay name each "
                "step by its title, so give it a short one",
                path=("nodes", node.id),
                node=node.id,
            )


# -- length-tell ---------------------------------------------------------------


def _length(text: str) -> int:
    """Characters a player sees: markup asterisks and repeated spaces do not count."""
    return len(" ".join(text.replace("*", "").split()))


def _best_is_longest(scenario: Scenario, node: DecisionNode, language: str) -> bool:
    """Whether picking the longest choice would pick a best one.

    Several choices may share the greatest length: the decision gives the
    length away only if every one of them is rated best (a player picking the
    longest cannot go wrong then).
    """
    lengths = [
        (_length(_in_language(scenario, choice.text, language)), choice.rating)
        for choice in node.choices
        if choice.text is not None
    ]
    if not lengths:
        return False
    longest = max(length for length, _ in lengths)
    return all(rating is Rating.BEST for length, rating in lengths if length == longest)


def check_length_tell(scenario: Scenario) -> Iterator[Finding]:
    """``length-tell``: the best choice is the longest in most decisions, per language.

    Length is counted in characters, not words: a player spots the longest
    button by its size on screen, and one long word fills a button as three
    short ones do. Only decisions with 3+ choices of which at least one is rated
    best count (without a best choice there is nothing to give away); choices
    are taken as written, whether or not an ``if`` offers them.
    """
    measured = [
        node
        for node in scenario.nodes.values()
        if isinstance(node, DecisionNode)
        and len(node.choices) >= LENGTH_TELL_MIN_CHOICES
        and any(choice.rating is Rating.BEST for choice in node.choices)
    ]
    if len(measured) < LENGTH_TELL_MIN_DECISIONS:
        return
    for language in scenario.languages:
        telling = [node.id for node in measured if _best_is_longest(scenario, node, language)]
        if len(telling) > LENGTH_TELL_SHARE * len(measured):
            share = round(100 * len(telling) / len(measured))
            yield warning(
                "length-tell",
                f"in {language}, the best choice is also the longest in {len(telling)} of "
                f"{len(measured)} decisions ({share}%: {', '.join(telling)}); players learn "
                "to pick the longest answer, so make some good and poor choices as long "
                "as the best one",
                path=("nodes",),
            )


# -- feedback-long -------------------------------------------------------------


def _feedback_texts(scenario: Scenario) -> Iterator[tuple[Located, Text, str | None]]:
    """Every feedback text: each alternative of a choice's, checklist and report items'.

    The third value names a checklist or report item (a finding has no field for it).
    """
    for node in scenario.nodes.values():
        base: Path = ("nodes", node.id)
        if isinstance(node, DecisionNode):
            paths = [(*base, "choices", index) for index in range(len(node.choices))]
            options = list(node.choices)
            if node.on_timeout is not None:
                paths.append((*base, "on_timeout"))
                options.append(node.on_timeout)
            for choice, path in zip(options, paths, strict=True):
                if choice.feedback is None:
                    continue
                for index, text in every_text(choice.feedback):
                    at: Path = (*path, "feedback")
                    if index is not None:
                        at = (*at, index, "text")
                    yield Located(at, node.id, choice.id), text, None
        elif isinstance(node, ChecklistNode | ReportNode):
            items: tuple[ChecklistItem | ReportItem, ...] = node.items
            for index, item in enumerate(items):
                if item.feedback is not None:
                    where = Located((*base, "items", index, "feedback"), node.id)
                    yield where, item.feedback, item.id


def check_feedback_length(scenario: Scenario) -> Iterator[Finding]:
    """``feedback-long``: a feedback text over FEEDBACK_MAX_WORDS words, in any language."""
    for where, text, item in _feedback_texts(scenario):
        whose = "the feedback" if item is None else f"item {item!r}'s feedback"
        for language, raw in text.items():
            count = count_words(_shown(scenario, raw))
            if count > FEEDBACK_MAX_WORDS:
                yield warning(
                    "feedback-long",
                    f"{whose} is {count} words long in {language}; keep it to "
                    f"{FEEDBACK_MAX_WORDS} (the point first, the rest in a knowledge card)",
                    path=_language_path(where.path, text, language),
                    node=where.node,
                    choice=where.choice,
                )


# -- time-too-short ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReadingTime:
    """What a timed decision asks a player to read in one language, and the time it needs."""

    language: str
    words: int

    @property
    def seconds(self) -> float:
        """The base time plus the words read at READING_WORDS_PER_SECOND."""
        return READING_BASE_SECONDS + self.words / READING_WORDS_PER_SECOND


def reading_time(scenario: Scenario, node: DecisionNode, language: str) -> ReadingTime:
    """The words of ``node``'s text (its longest alternative) and choices in ``language``."""
    text_words = max(
        count_words(_in_language(scenario, text, language)) for _, text in every_text(node.text)
    )
    choice_words = sum(
        count_words(_in_language(scenario, choice.text, language))
        for choice in node.choices
        if choice.text is not None
    )
    return ReadingTime(language, text_words + choice_words)


def check_time_limits(scenario: Scenario) -> Iterator[Finding]:
    """``time-too-short``: a time limit shorter than reading the decision takes (worst language)."""
    for node in scenario.nodes.values():
        if not isinstance(node, DecisionNode) or node.time_limit is None:
            continue
        worst = max(
            (reading_time(scenario, node, language) for language in scenario.languages),
            key=lambda reading: reading.seconds,
        )
        if node.time_limit < worst.seconds:
            yield warning(
                "time-too-short",
                f"the time limit of {node.time_limit} s leaves too little time to read: the "
                f"text and choices are {worst.words} words in {worst.language}, which need "
                f"{math.ceil(worst.seconds)} s ({READING_BASE_SECONDS} s + {worst.words} "
                f"words at {READING_WORDS_PER_SECOND} a second)",
                path=("nodes", node.id, "time_limit"),
                node=node.id,
            )


# -- gender-form ---------------------------------------------------------------

_LETTERS = re.compile(r"[^\W\d_]+")
_ALTERNATION = re.compile(r"\{[^{}]*\}")
# Where a sentence or a paragraph ends (a single line break is a space in the markup).
_SENTENCE_END = re.compile(r"[.!?;:…]+|\n\s*\n")
# Second person singular past tense and conditional, masculine and feminine.
_GENDERED_ENDINGS = ("łeś", "łaś", "łbyś", "łabyś", "łobyś")
# Words that end like a past participle (-ł, -ła) but are nouns or adjectives.
_NOT_PARTICIPLES = frozenset(
    {
        "anioł",
        "biała",
        "cała",
        "dół",
        "kocioł",
        "kościół",
        "kozioł",
        "mała",
        "muł",
        "orzeł",
        "popiół",
        "siła",
        "skała",
        "sokół",
        "stół",
        "szkoła",
        "wół",
        "żywioł",
    }
)
# Words that carry the person of a following bare participle ("byś zrobił", "dlaczegoś
# to zrobił"). Only unambiguous ones: "coś", "gdzieś", "kiedyś" are far more often
# "something", "somewhere", "once" than a question with a clitic, and are not listed.
_PERSON_CARRIERS = frozenset(
    {
        "byś",
        "abyś",
        "ażebyś",
        "choćbyś",
        "czybyś",
        "gdybyś",
        "jakbyś",
        "jeślibyś",
        "jeżelibyś",
        "niżbyś",
        "żebyś",
        "będziesz",
        "dlaczegoś",
        "czemuś",
        "jakeś",
        "jużeś",
        "tyś",
        "toś",
        "żeś",
        "cóżeś",
        "gdzieżeś",
    }
)
# Adjectives that take the player's gender after "jesteś", "będziesz" or "bądź".
_PREDICATIVES = frozenset(
    {
        "gotowa",
        "gotowy",
        "gotów",
        "odpowiedzialna",
        "odpowiedzialny",
        "pewien",
        "pewna",
        "pewny",
        "pierwsza",
        "pierwszy",
        "przekonana",
        "przekonany",
        "sam",
        "sama",
        "świadoma",
        "świadomy",
        "uprawniona",
        "uprawniony",
        "zobowiązana",
        "zobowiązany",
        "zmuszona",
        "zmuszony",
    }
)
_PREDICATIVE_CARRIERS = frozenset({"jesteś", "będziesz", "bądź"})
# How many words after a carrier the participle or adjective may stand ("gdybyś ty
# sam to zrobił" is four).
_CARRIER_REACH = 4


def _is_participle(word: str) -> bool:
    return len(word) >= 3 and word.endswith(("ł", "ła")) and word not in _NOT_PARTICIPLES


def gendered_forms(text: str) -> list[str]:
    """The phrases of Polish ``text`` that address the player as a man or as a woman.

    Second person singular only (a group, "zrobiliście", is not the player):
    past and conditional endings (zrobiłeś, zrobiłabyś), a bare participle whose
    person another word carries (byś zrobił, będziesz musiała, dlaczegoś to
    zrobił), and a few adjectives after "jesteś" / "będziesz" / "bądź" (jesteś
    pewien). Text is read as written: strip alternations first.
    """
    found: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        found.extend(_gendered_in_sentence(_LETTERS.findall(sentence)))
    return found


def _gendered_in_sentence(tokens: list[str]) -> Iterator[str]:
    """The gendered forms among one sentence's words (a carrier never reaches past its end)."""
    lowered = [token.lower() for token in tokens]
    for index, word in enumerate(lowered):
        if word.endswith(_GENDERED_ENDINGS) and len(word) > 4:
            yield tokens[index]
            continue
        reach = range(index + 1, min(index + 1 + _CARRIER_REACH, len(lowered)))
        if word in _PERSON_CARRIERS:
            for later in reach:
                if _is_participle(lowered[later]):
                    yield " ".join(tokens[index : later + 1])
                    break
        if word in _PREDICATIVE_CARRIERS:
            for later in reach:
                if lowered[later] in _PREDICATIVES:
                    yield " ".join(tokens[index : later + 1])
                    break


def _outside_alternations(scenario: Scenario, raw: str) -> str:
    """``raw`` without its ``{m|f}`` alternations (only a format-1.1 file has any)."""
    if not scenario.reads_address_forms:
        return raw
    return _ALTERNATION.sub(" ", raw.replace("{{", "  ").replace("}}", "  "))


def check_gender_forms(scenario: Scenario) -> Iterator[Finding]:
    """``gender-form``: Polish text addressing the player in a gendered form outside ``{m|f}``."""
    if scenario.reads_address_forms:
        how = "write both forms as an alternation, e.g. {zrobiłeś|zrobiłaś}"
    else:
        how = (
            "write 'format: 1.1' at the top of the file and both forms as an alternation,"
            " e.g. {zrobiłeś|zrobiłaś}"
        )
    for where, text in iter_texts(scenario):
        if GENDERED_LANGUAGE not in text:
            continue
        found = gendered_forms(_outside_alternations(scenario, text[GENDERED_LANGUAGE]))
        if not found:
            continue
        quoted = ", ".join(f"„{phrase}”" for phrase in dict.fromkeys(found))
        yield warning(
            "gender-form",
            f"{quoted} addresses the player as a man or as a woman only; {how}",
            path=_language_path(where.path, text, GENDERED_LANGUAGE),
            node=where.node,
            choice=where.choice,
        )


# -- glossary ------------------------------------------------------------------


def check_glossary(scenario: Scenario, glossary: Glossary) -> Iterator[Finding]:
    """``glossary``: a phrase the glossary discourages, with the preferred wording and why."""
    languages = glossary.languages()
    if not languages:
        return
    for where, text in iter_texts(scenario):
        for language, raw in text.items():
            if language not in languages:
                continue
            for match in glossary.matches(language, raw):
                entry = match.entry
                yield warning(
                    "glossary",
                    f"„{match.found}”: write „{entry.prefer}” instead ({entry.why})",
                    path=_language_path(where.path, text, language),
                    node=where.node,
                    choice=where.choice,
                )
