"""Properties of the Twee reader: what the writer writes reads back, and no input makes
the reader (or the import after it) fail with anything but its own clear error."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.exchange.twee import Passage, TweeError, find_links, parse_twee, write_twee
from trainer.exchange.twee_import import import_twee

# Characters that matter to Twee (metacharacters, escapes, link markup, line breaks of
# every kind) mixed with Polish letters and anything else Unicode has.
_SPECIAL = st.sampled_from(
    [*list("[]{}\\|:<->$ \t\n\r\u2028\x85\x0b\ufeff"), "::", "[[", "]]", "->", "<-", "żółw"]
)
# Lone surrogates too: no file decodes to them, but the model must not depend on that.
_CHARS = st.one_of(_SPECIAL, st.characters())
_ANY_TEXT = st.lists(_CHARS, max_size=60).map("".join)


def _name(text: str) -> bool:
    return bool(text) and text == text.strip() and "\n" not in text and "\r" not in text


names = _ANY_TEXT.map(lambda t: t.replace("\0", "").strip()).filter(_name)
tags = _ANY_TEXT.map(lambda t: "".join(t.split()).replace("\0", "")).filter(bool)
texts = _ANY_TEXT.map(lambda t: t.replace("\0", "").replace("\r", "").rstrip())
metadata = st.dictionaries(
    st.text(max_size=8), st.one_of(st.text(max_size=12), st.integers()), max_size=3
)


@st.composite
def stories(draw: st.DrawFn) -> list[Passage]:
    chosen = draw(st.lists(names, min_size=1, max_size=6, unique=True))
    return [
        Passage(
            name,
            tuple(draw(st.lists(tags, max_size=3))),
            draw(metadata),
            draw(texts),
        )
        for name in chosen
    ]


@settings(max_examples=300, deadline=None)
@given(stories())
def test_written_stories_read_back(passages: list[Passage]) -> None:
    parsed = parse_twee(write_twee(passages))
    assert parsed.warnings == ()
    assert [(p.name, p.tags, dict(p.metadata), p.text) for p in parsed.story.passages] == [
        (p.name, p.tags, dict(p.metadata), p.text) for p in passages
    ]


_TWEE_LIKE = st.lists(
    st.one_of(
        _CHARS,
        st.sampled_from(
            [
                "\n:: ",
                "\n::",
                ":: StoryData\n{",
                ":: StoryTitle\n",
                ' {"position":"',
                "[script]",
                "[success]",
                "<<set $x to 1>>",
                "(set: $x to 1)",
                "<!-- trainer:node\n{",
                "<!-- trainer:scenario\n{",
                '"node": {"type": "decision"}',
                '"node": {"type": "ending", "outcome": NaN}',
                '"id": "\\ud800", "node": {"type": "scene", "next": 1e999}',
                '"language": "en", "scenario": {"languages": ["en"], "format": 1.1}',
                '"choices": [{"text": {"pl": "a"}, "next": [{"to": "x"}]}]',
                ":: TrainerScenario [trainer-data]\n",
                "\n-->",
                "[[a->b]]",
                "[[x]]",
                "[[http://a.b]]",
            ]
        ),
    ),
    max_size=80,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TWEE_LIKE)
def test_any_text_reads_or_fails_clearly(text: str) -> None:
    try:
        parsed = parse_twee(text)
    except TweeError:
        return
    for passage in parsed.story.passages:
        find_links(passage.text)
    try:
        result = import_twee(parsed, scenario_id="any", language=None)
    except TweeError:
        return
    assert result.data["start"] in result.data["nodes"]
    result.yaml_text.encode("utf-8")  # writable: nothing unencodable reaches the file


def _twine_links(text: str) -> list[tuple[str, str, str | None]]:
    """Twine 2's reading as regular expressions (src/util/parse-links.ts), the reference."""
    found = []
    for match in re.finditer(r"\[\[(.*?)\]\]", text):
        inner, has_setter, setter = match.group(1).partition("][")
        if "->" in inner:
            shown, _, target = inner.rpartition("->")
        elif "<-" in inner:
            target, _, shown = inner.partition("<-")
        elif "|" in inner:
            shown, _, target = inner.rpartition("|")
        else:
            shown = target = inner
        if target.strip():
            found.append((shown.strip(), target.strip(), setter if has_setter else None))
    return found


_LINKISH = st.lists(
    st.one_of(st.sampled_from(["[[", "]]", "[", "]", "->", "<-", "|", "][", "\n", " "]), _CHARS),
    max_size=40,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(_LINKISH)
def test_links_are_found_as_twine_finds_them(text: str) -> None:
    text = text.replace("\r", "\n")  # the parser has made every line break "\n"
    assert [(link.text, link.target, link.setter) for link in find_links(text)] == _twine_links(
        text
    )
