"""The text of a new scenario: the least a trainer can start from that already validates.

One decision (two choices with feedback, one earning a point) leading to a success
ending, in every language asked for, so ``trainer validate --strict`` passes on it
from the first save and the editor opens on something playable.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

# Placeholder texts per language; a language not listed gets the English ones.
_TEXTS: dict[str, dict[str, str]] = {
    "step": {"pl": "Pierwsza decyzja", "en": "The first decision"},
    "situation": {
        "pl": "Opisz sytuację, w której znajduje się funkcjonariusz.",
        "en": "Describe the situation the officer is in.",
    },
    "talk": {"pl": "Rozmawiam z osobą zgłaszającą.", "en": "I talk to the person who called."},
    "talk_feedback": {
        "pl": "Napisz, dlaczego ta odpowiedź pomaga.",
        "en": "Say why this answer helps.",
    },
    "wait": {"pl": "Czekam na rozwój wydarzeń.", "en": "I wait to see what happens."},
    "wait_feedback": {
        "pl": "Napisz, dlaczego ta odpowiedź szkodzi.",
        "en": "Say why this answer does harm.",
    },
    "end": {"pl": "Koniec scenariusza.", "en": "The end of the scenario."},
}


def _quoted(value: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is YAML's)."""
    return json.dumps(value, ensure_ascii=False)


def _text(key: str, languages: Sequence[str], indent: int) -> str:
    pad = " " * indent
    texts = _TEXTS[key]
    return "".join(f"{pad}{lang}: {_quoted(texts.get(lang, texts['en']))}\n" for lang in languages)


def template_text(scenario_id: str, *, title: Mapping[str, str], languages: Sequence[str]) -> str:
    """A valid format-1.1 scenario ``scenario_id`` titled ``title`` (every language filled)."""
    fallback = next((title[lang] for lang in languages if title.get(lang)), scenario_id)
    titles = "".join(f"  {lang}: {_quoted(title.get(lang) or fallback)}\n" for lang in languages)
    return (
        "format: 1.1\n"
        f"id: {scenario_id}\n"
        "version: 1\n"
        f"languages: [{', '.join(languages)}]\n"
        "\n"
        f"title:\n{titles}"
        "\n"
        "competencies:\n"
        "  communication: {}\n"
        "\n"
        "start: start\n"
        "\n"
        "nodes:\n"
        "  start:\n"
        "    type: decision\n"
        f"    title:\n{_text('step', languages, 6)}"
        f"    text:\n{_text('situation', languages, 6)}"
        "    choices:\n"
        "      - id: talk\n"
        f"        text:\n{_text('talk', languages, 10)}"
        "        rating: best\n"
        f"        feedback:\n{_text('talk_feedback', languages, 10)}"
        "        score:\n"
        "          communication: 1\n"
        "        next: end\n"
        "      - id: wait\n"
        f"        text:\n{_text('wait', languages, 10)}"
        "        rating: poor\n"
        f"        feedback:\n{_text('wait_feedback', languages, 10)}"
        "        next: end\n"
        "\n"
        "  end:\n"
        "    type: ending\n"
        "    outcome: success\n"
        f"    text:\n{_text('end', languages, 6)}"
    )
