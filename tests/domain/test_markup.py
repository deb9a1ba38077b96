"""Tests for the scenario text markup: examples, hostile input, properties and speed."""

from __future__ import annotations

import html
import re
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from trainer.domain.markup import (
    ALLOWED_TAGS,
    PLAIN_BULLET,
    one_line,
    opening_words,
    render_html,
    render_plain,
)

FUZZ = settings(
    max_examples=400,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_TAG_RE = re.compile(r"<(/?)([a-z]+)>")
_OWN_TAG_RE = re.compile(r"</?(?:" + "|".join(sorted(ALLOWED_TAGS)) + r")>")
_ENTITIES = ("&amp;", "&lt;", "&gt;", "&quot;", "&#x27;")

# Text built mostly from the characters the markup and HTML care about, plus anything.
MARKUP_TEXT = st.one_of(
    st.text(max_size=300),
    st.text(alphabet="*-*- \n\n\r\t ab<>&;#x\"'/=", max_size=300),
    st.lists(
        st.sampled_from(
            ["*", "**", "***", "- ", "* ", "\n", "\n\n", " ", "word", "<b>", "&amp;", "\t"]
        ),
        max_size=60,
    ).map("".join),
)


def check_structure(output: str) -> None:
    """Assert ``output`` is made of our tags only, properly nested, with valid entities."""
    leftover = _OWN_TAG_RE.sub("", output)
    assert "<" not in leftover
    assert ">" not in leftover
    assert '"' not in leftover
    assert "'" not in leftover
    for match in re.finditer("&", output):
        at = match.start()
        assert output.startswith(_ENTITIES, at), output[at : at + 8]
    stack: list[str] = []
    position = 0
    for match in _TAG_RE.finditer(output):
        between = output[position : match.start()]
        position = match.end()
        if not stack or stack[-1] == "ul":
            assert not between.strip(), f"text outside a paragraph or item: {between!r}"
        closing, name = match.group(1) == "/", match.group(2)
        assert name in ALLOWED_TAGS
        if closing:
            assert stack, f"</{name}> with nothing open"
            assert stack.pop() == name, f"</{name}> closes the wrong tag"
            continue
        parent = stack[-1] if stack else None
        if name in ("p", "ul"):
            assert parent is None, f"<{name}> nested in <{parent}>"
        elif name == "li":
            assert parent == "ul"
        else:
            assert parent in ("p", "li", "strong", "em"), f"<{name}> outside a block"
        stack.append(name)
    assert not stack, f"unclosed tags: {stack}"
    assert not output[position:].strip()


def text_content(output: str) -> str:
    """The characters a reader sees in our HTML, whitespace removed."""
    return "".join(html.unescape(_OWN_TAG_RE.sub("", output)).split())


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("", ""),
        ("   \n\n \t\n", ""),
        ("Hello", "<p>Hello</p>"),
        ("one\ntwo", "<p>one two</p>"),
        ("one  \n   two", "<p>one two</p>"),
        ("one\n\ntwo", "<p>one</p>\n<p>two</p>"),
        ("one\n \t \ntwo", "<p>one</p>\n<p>two</p>"),
        ("one\r\ntwo\rthree", "<p>one two three</p>"),
        ("  padded  ", "<p>padded</p>"),
        ("*calm*", "<p><em>calm</em></p>"),
        ("**now**", "<p><strong>now</strong></p>"),
        ("***both***", "<p><strong><em>both</em></strong></p>"),
        ("**strong *and em***", "<p><strong>strong <em>and em</em></strong></p>"),
        ("*em **and strong***", "<p><em>em <strong>and strong</strong></em></p>"),
        ("*a* and *b*", "<p><em>a</em> and <em>b</em></p>"),
        ("**a** and **b**", "<p><strong>a</strong> and <strong>b</strong></p>"),
        ("*across\nlines*", "<p><em>across lines</em></p>"),
        ("*not\n\nacross*", "<p>*not</p>\n<p>across*</p>"),
        ("*unclosed", "<p>*unclosed</p>"),
        ("unopened*", "<p>unopened*</p>"),
        ("**unclosed *em*", "<p>**unclosed <em>em</em></p>"),
        ("**a *b** c*", "<p><strong>a *b</strong> c*</p>"),
        ("a * b * c", "<p>a * b * c</p>"),
        ("* *", "<ul><li>*</li></ul>"),
        ("x * *", "<p>x * *</p>"),
        ("** x **", "<p>** x **</p>"),
        ("****x****", "<p>****x****</p>"),
        ("*" * 12, "<p>" + "*" * 12 + "</p>"),
        ("- one\n- two", "<ul><li>one</li><li>two</li></ul>"),
        ("* one\n* two", "<ul><li>one</li><li>two</li></ul>"),
        ("- one\n* two", "<ul><li>one</li><li>two</li></ul>"),
        ("  - indented", "<ul><li>indented</li></ul>"),
        ("- *em* item", "<ul><li><em>em</em> item</li></ul>"),
        ("- one\n  more", "<ul><li>one more</li></ul>"),
        ("- one\nmore", "<ul><li>one more</li></ul>"),
        ("- one\n\nafter", "<ul><li>one</li></ul>\n<p>after</p>"),
        ("- one\nmore\n- two", "<ul><li>one more</li><li>two</li></ul>"),
        ("before\n- one", "<p>before</p>\n<ul><li>one</li></ul>"),
        ("- a\n\n- b", "<ul><li>a</li></ul>\n<ul><li>b</li></ul>"),
        ("-not a bullet", "<p>-not a bullet</p>"),
        ("*not a bullet*", "<p><em>not a bullet</em></p>"),
        ("-", "<p>-</p>"),
        ("- ", "<p>-</p>"),
        ("- *a\n- b*", "<ul><li>*a</li><li>b*</li></ul>"),
        ("<b>bold</b>", "<p>&lt;b&gt;bold&lt;/b&gt;</p>"),
        ("a & b", "<p>a &amp; b</p>"),
        ("&amp;", "<p>&amp;amp;</p>"),
        ('say "hi" it\'s', "<p>say &quot;hi&quot; it&#x27;s</p>"),
        ("nul\x00here", "<p>nul\ufffdhere</p>"),
    ],
)
def test_render_html_examples(source: str, expected: str) -> None:
    assert render_html(source) == expected
    check_structure(expected)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("", ""),
        ("Hello", "Hello"),
        ("*calm* and **now**", "calm and now"),
        ("***both***", "both"),
        ("one\ntwo\n\nthree", "one two\n\nthree"),
        ("- one\n  wrapped\n- two", f"{PLAIN_BULLET}one wrapped\n{PLAIN_BULLET}two"),
        ("- one\n- *two*", f"{PLAIN_BULLET}one\n{PLAIN_BULLET}two"),
        ("a * b", "a * b"),
        ("*unclosed", "*unclosed"),
        ("<b>x</b> & y", "<b>x</b> & y"),
    ],
)
def test_render_plain_examples(source: str, expected: str) -> None:
    assert render_plain(source) == expected


# Everything a hostile scenario might put in a text field to reach a file or the net.
HOSTILE = [
    '<img src="/etc/passwd">',
    '<img src="file:///etc/passwd">',
    '<img src="../../canary.png">',
    '<img src="data:image/png;base64,iVBORw0KGgo=">',
    '<img src="qrc:/x.png">',
    '<img src="http://127.0.0.1:9/x.png">',
    '<a href="file:///etc/passwd">click</a>',
    "[link](file:///etc/passwd)",
    "![image](../canary.png)",
    '<link rel="stylesheet" href="/tmp/x.css">',
    "<style>@import url(/tmp/x.css); p { background-image: url(/tmp/x.png) }</style>",
    "<p style=\"background-image: url('file:///tmp/x.png')\">x</p>",
    "<table background=/tmp/x.png><tr><td>x</td></tr></table>",
    "<script>alert(1)</script>",
    "<!-- comment --><![CDATA[x]]><?xml version='1.0'?>",
    "&lt;img src=x&gt;",
    "&#60;img src=x&#62;",
    "*<img src=x>*",
    "**<a href='file:///x'>x</a>**",
    "- <img src=/etc/passwd>",
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_markup_is_shown_as_text(payload: str) -> None:
    output = render_html(payload)
    check_structure(output)
    assert "<img" not in output
    assert "<a " not in output
    assert "<link" not in output
    assert "<style" not in output
    assert "<table" not in output
    assert "<script" not in output
    # What the reader sees is exactly what the author typed (markers aside).
    assert text_content(output) == "".join(render_plain(payload).replace(PLAIN_BULLET, "").split())


@FUZZ
@given(MARKUP_TEXT)
def test_html_holds_only_our_tags_and_entities(text: str) -> None:
    output = render_html(text)
    check_structure(output)
    assert render_html(text) == output


@FUZZ
@given(MARKUP_TEXT)
def test_html_shows_the_same_characters_as_plain(text: str) -> None:
    plain = render_plain(text)
    seen = text_content(render_html(text))
    assert seen == "".join(plain.replace(PLAIN_BULLET, "").split())


@FUZZ
@given(st.text(alphabet=st.characters(blacklist_characters="*\r\n\x00"), max_size=200))
def test_text_without_markers_survives_unchanged(text: str) -> None:
    lines = text.splitlines() or [""]
    if "\n" in text or any(line.lstrip()[:1] == "-" for line in lines):
        return
    output = render_html(text)
    if not text.strip():
        assert output == ""
    else:
        assert output == f"<p>{html.escape(text.strip(), quote=True)}</p>"
        assert render_plain(text) == text.strip()


@FUZZ
@given(MARKUP_TEXT)
def test_plain_only_removes_characters(text: str) -> None:
    lines = render_plain(text).split("\n")
    kept = "".join(line.removeprefix(PLAIN_BULLET) for line in lines)
    source = iter(text.replace("\x00", "\ufffd").replace("\r", " ").replace("\n", " "))
    # Apart from the bullets it adds, plain text is a subsequence of the source
    # (whose line ends read as spaces).
    assert all(char in source for char in kept)


# Words with no markup in them: no asterisks, no leading dash, no whitespace.
WORD = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs", "Cc", "Zs", "Zl", "Zp"),
        blacklist_characters="*-\x85\u180e\u200b\ufeff",
    ),
    min_size=1,
    max_size=12,
)
# A line of words, with any spaces or tabs around and between them.
GAP = st.sampled_from([" ", "  ", "\t", " \t "])
LINE = st.lists(st.tuples(WORD, GAP), min_size=1, max_size=8).map(
    lambda pairs: "".join(word + gap for word, gap in pairs)
)
LINES = st.lists(LINE, min_size=1, max_size=6)
# Blank lines between paragraphs: one or more, maybe holding spaces.
BLANK = st.sampled_from(["\n\n", "\n \n", "\n\t\n", "\n\n\n", "\r\n\r\n"])


def _words(source: str) -> list[str]:
    return html.unescape(_OWN_TAG_RE.sub(" ", source)).split()


def _blocks_of(output: str, tag: str) -> list[str]:
    return re.findall(f"<{tag}>(.*?)</{tag}>", output)


@FUZZ
@given(LINES, st.sampled_from(["\n", "\r\n", "\r"]))
def test_joining_lines_never_loses_a_word(lines: list[str], newline: str) -> None:
    text = newline.join(lines)
    output = render_html(text)
    check_structure(output)
    # One paragraph, every word in order, and no forced line break.
    assert len(_blocks_of(output, "p")) == 1
    assert _words(output) == text.split()
    assert "<br" not in output
    assert render_plain(text) == " ".join(line.strip() for line in lines)


@FUZZ
@given(st.lists(LINES, min_size=1, max_size=5), st.data())
def test_blank_lines_are_the_only_paragraph_breaks(
    paragraphs: list[list[str]], data: st.DataObject
) -> None:
    text = "\n".join(paragraphs[0])
    for paragraph in paragraphs[1:]:
        text += data.draw(BLANK) + "\n".join(paragraph)
    output = render_html(text)
    check_structure(output)
    shown = _blocks_of(output, "p")
    assert len(shown) == len(paragraphs)
    for rendered, lines in zip(shown, paragraphs, strict=True):
        assert _words(rendered) == "\n".join(lines).split()
    assert render_plain(text).split("\n\n") == [
        " ".join(line.strip() for line in lines) for lines in paragraphs
    ]


@FUZZ
@given(
    st.lists(st.tuples(LINES, st.sampled_from(["", "  ", "\t"])), min_size=1, max_size=5),
    st.sampled_from(["- ", "* ", "  - "]),
)
def test_a_wrapped_list_item_goes_on_until_the_next_bullet(
    items: list[tuple[list[str], str]], bullet: str
) -> None:
    text = "\n".join(
        bullet + lines[0] + "".join("\n" + indent + line for line in lines[1:])
        for lines, indent in items
    )
    output = render_html(text)
    check_structure(output)
    assert len(_blocks_of(output, "ul")) == 1
    shown = _blocks_of(output, "li")
    assert [_words(item) for item in shown] == [" ".join(lines).split() for lines, _ in items]


@FUZZ
@given(MARKUP_TEXT, st.integers(min_value=1, max_value=80))
def test_opening_words_are_the_start_of_the_text_on_one_line(text: str, limit: int) -> None:
    opening = opening_words(text, limit)
    assert "\n" not in opening and "*" not in opening
    assert len(opening) <= limit + 1  # and the ellipsis
    words = render_plain(text).replace(PLAIN_BULLET, " ").replace("*", "").split()
    if opening.endswith("…") and " ".join(words) != opening:
        shown = opening[:-1].split()
        # Whole words from the start; the last may lose its trailing punctuation, and
        # only a first word longer than the limit is cut.
        assert shown
        assert shown[:-1] == words[: len(shown) - 1]
        assert words[len(shown) - 1].startswith(shown[-1])
    else:
        assert opening.split() == words
    # As a heading in bold it renders as one paragraph of our own tags.
    check_structure(render_html(f"**1. {opening}**"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("Short text.", "Short text."),
        (
            'Tomasz opens the notebook.\n\n"Here: fourteenth of October',
            'Tomasz opens the notebook. "Here: fourteenth of…',
        ),
        (
            "The first paragraph is wrapped over two lines.\n\nMore.",
            "The first paragraph is wrapped over two lines…",
        ),
        ("- *A list*, first item\n- second", "A list, first item second"),
        ("x" * 60, "x" * 47 + "…"),
    ],
)
def test_opening_words_examples(text: str, expected: str) -> None:
    assert opening_words(text) == expected


@FUZZ
@given(MARKUP_TEXT)
def test_one_line_keeps_every_word_in_one_list_item(text: str) -> None:
    line = one_line(text)
    assert line.split() == text.split()
    output = render_html(f"- {line}")
    check_structure(output)
    assert output.count("<li>") == 1 or not line.strip("*- ")


def _best_of(times: int, work: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(times):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


ADVERSARIAL_10K = {
    "stars": "*" * 10_000,
    "star-pairs": "**" + " " * 9_998,
    "openers-only": "*a " * 3_333,
    "strong-openers-only": "**a " * 2_500,
    "alternating": "*a" * 5_000,
    "mixed-runs": "***a**b*c" * 1_111,
    "closers-only": "a* " * 3_333,
    "bullets": "- *x\n" * 2_000,
    "newlines": "\n" * 10_000,
    "blank-lines": "x\n\n" * 3_333,
    "entities": "<&>\"'" * 2_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL_10K))
def test_adversarial_input_renders_fast(name: str) -> None:
    text = ADVERSARIAL_10K[name]
    assert len(text) >= 9_990
    output = render_html(text)
    check_structure(output)
    assert _best_of(3, lambda: render_html(text)) < 0.25
    assert _best_of(3, lambda: render_plain(text)) < 0.25


@pytest.mark.parametrize("name", ["openers-only", "alternating", "mixed-runs"])
def test_time_grows_linearly(name: str) -> None:
    small = ADVERSARIAL_10K[name]
    large = small * 20
    small_time = _best_of(5, lambda: render_html(small))
    large_time = _best_of(5, lambda: render_html(large))
    # Linear would be about 20x; quadratic about 400x. The bound sits between them with
    # room for a machine busy with other work (80x failed there once, at 81x).
    assert large_time < max(small_time * 150, 0.3)
