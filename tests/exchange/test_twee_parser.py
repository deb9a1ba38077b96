"""The Twee 3 parser and writer against the specification (twine-specs, v3.0.2)."""

from __future__ import annotations

import inspect
import sys

import pytest

from trainer.exchange import twee
from trainer.exchange.twee import (
    MAX_JSON_DEPTH,
    Passage,
    TweeError,
    decode_bytes,
    escape,
    find_links,
    header_line,
    json_depth,
    link_markup,
    load_json,
    parse_twee,
    unescape,
    write_twee,
)


def only(text: str) -> Passage:
    passages = parse_twee(text).story.passages
    assert len(passages) == 1
    return passages[0]


# -- headers --------------------------------------------------------------------------


def test_minimal_header() -> None:
    passage = only(":: An overgrown path\n")
    assert (passage.name, passage.tags, dict(passage.metadata), passage.text) == (
        "An overgrown path",
        (),
        {},
        "",
    )


def test_tags_only() -> None:
    assert only(":: An overgrown path [forest spooky]").tags == ("forest", "spooky")


def test_metadata_only() -> None:
    passage = only(':: An overgrown path {"position":"600,400","size":"100,200"}')
    assert passage.name == "An overgrown path"
    assert passage.tags == ()
    assert passage.metadata == {"position": "600,400", "size": "100,200"}


def test_tags_and_metadata() -> None:
    passage = only(':: An overgrown path [forest spooky] {"position":"600,400","size":"100,200"}')
    assert passage.tags == ("forest", "spooky")
    assert passage.metadata["position"] == "600,400"


def test_components_without_spaces_and_with_many() -> None:
    tight = only('::Path[a b]{"position":"1,2"}')
    loose = only('::    Path    [  a   b  ]    {"position":"1,2"}   ')
    assert (tight.name, tight.tags, tight.metadata) == ("Path", ("a", "b"), {"position": "1,2"})
    assert (loose.name, loose.tags, loose.metadata) == ("Path", ("a", "b"), {"position": "1,2"})


def test_empty_tag_block() -> None:
    assert only(":: Path []").tags == ()


def test_escaped_metacharacters_in_names_and_tags() -> None:
    passage = only(r":: Cela \[nr 2\] \{zamknięta\} C:\\temp [tag\]x b\\c]")
    assert passage.name == "Cela [nr 2] {zamknięta} C:\\temp"
    assert passage.tags == ("tag]x", "b\\c")


def test_any_escaped_character_decodes_to_itself() -> None:
    assert only(r":: \q\u\x").name == "qux"
    assert unescape(r"a\q") == "aq"


def test_escape_encodes_backslash_and_brackets() -> None:
    assert escape("foo\\bar [x] {y}") == r"foo\\bar \[x\] \{y\}"
    assert unescape(escape("foo\\bar [x] {y}")) == "foo\\bar [x] {y}"


def test_bad_metadata_is_a_warning_and_dropped() -> None:
    parsed = parse_twee(":: Path {not json}\nText")
    passage = parsed.story.passages[0]
    assert passage.metadata == {}
    assert passage.text == "Text"
    (warning,) = parsed.warnings
    assert warning.line == 1 and warning.passage == "Path"
    assert "metadata" in warning.message


def test_metadata_nested_to_the_json_limit_is_read_and_deeper_is_dropped() -> None:
    limit = MAX_JSON_DEPTH - 1  # the metadata's own object is one level
    deep = "[" * limit + "]" * limit
    assert only(':: A {"deep": ' + deep + ', "position": "1,2"}').metadata["position"] == "1,2"
    assert only(':: A {"x": ' + deep[:limit] + '"\ud800"' + deep[limit:] + "}").metadata == {}
    deeper = "[" * (limit + 1) + "]" * (limit + 1)
    assert only(':: A {"deep": ' + deeper + ', "position": "1,2"}').metadata == {}


def test_the_json_limit_does_not_depend_on_the_callers_stack() -> None:
    """The parser's own limit is what is left of the recursion limit: read from deeper in
    a call stack (a test runner's, a dialog's), JSON near it failed. The fixed limit is far
    below it: the same JSON reads from a stack hundreds of frames deep."""
    text = "[" * MAX_JSON_DEPTH + "]" * MAX_JSON_DEPTH
    brackets = '"[[[{{" ' * 50  # inside a string: not nesting

    def from_depth(levels: int) -> object:
        return load_json(text) if levels == 0 else from_depth(levels - 1)

    limit = sys.getrecursionlimit()
    assert from_depth(limit - len(inspect.stack(0)) - 2 * MAX_JSON_DEPTH - 50) is not None
    assert json_depth("[" + brackets + "]") == 1
    with pytest.raises(ValueError, match="nested too deep"):
        load_json("[" + text + "]")


def test_metadata_that_is_not_an_object_is_dropped() -> None:
    parsed = parse_twee(':: Path ["a"] {"x": 1} \n:: Q {"deep": ' + "[" * 3000 + "]" * 3000 + "}")
    assert parsed.story.passages[0].metadata == {"x": 1}
    assert parsed.story.passages[1].metadata == {}
    assert [w.line for w in parsed.warnings] == [2]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        (":: A\ntext\n:: B [x y\n", 3, "no closing ']'"),
        (":: A [x] junk\n", 1, "unexpected 'junk'"),
        (":: A\n::   \n", 2, "without a name"),
        (":: [tag]\n", 1, "without a name"),
        ("", None, "no passage"),
        ("just some text\n", None, "no passage"),
    ],
)
def test_unreadable_headers_raise_with_the_line(text: str, line: int | None, words: str) -> None:
    with pytest.raises(TweeError) as caught:
        parse_twee(text)
    assert caught.value.line == line
    assert words in str(caught.value)


def test_passage_names_may_not_be_escaped_into_an_unending_header() -> None:
    # "\[" inside a name is a literal bracket, so the tag block below is the real one.
    assert only(r":: a\[b [t]").tags == ("t",)


# -- content --------------------------------------------------------------------------


def test_content_runs_to_the_next_header_and_drops_trailing_blank_lines() -> None:
    passages = parse_twee(":: A\n\nfirst\n\nsecond\n\n\n   \n:: B\nb\n\n").story.passages
    assert [p.text for p in passages] == ["\nfirst\n\nsecond", "b"]
    assert [(p.line, p.text_line) for p in passages] == [(1, 2), (9, 10)]


def test_text_before_the_first_header_is_a_warning() -> None:
    parsed = parse_twee("notes\n:: A\ntext")
    assert parsed.story.passages[0].text == "text"
    assert [(w.line, w.passage) for w in parsed.warnings] == [(1, None)]


def test_duplicate_names_are_warned_about() -> None:
    parsed = parse_twee(":: A\none\n:: A\ntwo")
    assert len(parsed.story.passages) == 2
    assert parsed.story.passage("A") == parsed.story.passages[0]
    (warning,) = parsed.warnings
    assert warning.line == 3 and "line 1" in warning.message


def test_polish_text_tags_and_names() -> None:
    passage = only(":: Zażółć gęślą jaźń [źródło łąka]\nŹdźbło, ćma i żółw — „cytat”.")
    assert passage.name == "Zażółć gęślą jaźń"
    assert passage.tags == ("źródło", "łąka")
    assert passage.text == "Źdźbło, ćma i żółw — „cytat”."


def test_crlf_and_lone_cr_are_line_breaks() -> None:
    unix = parse_twee(":: A [t]\none\ntwo\n:: B\nthree\n").story
    assert parse_twee(":: A [t]\r\none\r\ntwo\r\n:: B\r\nthree\r\n").story == unix
    assert parse_twee(":: A [t]\rone\rtwo\r:: B\rthree\r").story == unix


def test_byte_order_mark_is_dropped() -> None:
    assert decode_bytes("\ufeff:: Żółw\n".encode()) == ":: Żółw\n"
    assert only("\ufeff:: Żółw\n").name == "Żółw"


def test_escaped_header_lines_in_content() -> None:
    passage = only(":: A\n\\:: not a header\n\\\\:: two backslashes\nx :: y")
    assert passage.text == ":: not a header\n\\:: two backslashes\nx :: y"
    assert write_twee([passage]).splitlines()[1:] == [
        "\\:: not a header",
        "\\\\:: two backslashes",
        "x :: y",
    ]


# -- hostile bytes --------------------------------------------------------------------


def test_utf16_is_refused() -> None:
    with pytest.raises(TweeError, match="UTF-16"):
        decode_bytes(":: A\n".encode("utf-16"))


def test_invalid_utf8_is_refused_with_its_line() -> None:
    with pytest.raises(TweeError) as caught:
        decode_bytes(b":: A\ntext\n\xff\xfe\x00")
    assert caught.value.line == 3


def test_nul_characters_are_refused_as_binary() -> None:
    with pytest.raises(TweeError, match="binary") as caught:
        parse_twee(":: A\nok\n\0\0\0")
    assert caught.value.line == 3


def test_size_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(twee, "MAX_TWEE_BYTES", 100)
    with pytest.raises(TweeError, match="limited"):
        decode_bytes(b":: A\n" + b"x" * 200)
    with pytest.raises(TweeError, match="limit"):
        parse_twee(":: A\n" + "x" * 200)


def test_passage_count_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(twee, "MAX_PASSAGES", 3)
    with pytest.raises(TweeError, match="more than 3 passages") as caught:
        parse_twee("".join(f":: P{i}\n" for i in range(5)))
    assert caught.value.line == 4


def test_header_length_cap() -> None:
    with pytest.raises(TweeError, match="header"):
        parse_twee(":: " + "x" * (twee.MAX_HEADER_CHARS + 1))


# -- writing --------------------------------------------------------------------------


def test_header_line_escapes_and_orders_components() -> None:
    passage = Passage("a [b] {c} \\d", ("t]1", "ż"), {"position": "1,2"})
    assert header_line(passage) == r':: a \[b\] \{c\} \\d [t\]1 ż] {"position":"1,2"}'
    assert only(header_line(passage)) == Passage(
        "a [b] {c} \\d", ("t]1", "ż"), {"position": "1,2"}, "", 1
    )


def test_writer_refuses_what_would_not_read_back() -> None:
    with pytest.raises(ValueError):
        write_twee([Passage("two\nlines")])
    with pytest.raises(ValueError):
        write_twee([Passage(" padded ")])
    with pytest.raises(ValueError):
        write_twee([Passage("ok", tags=("with space",))])


def test_written_story_reads_back() -> None:
    passages = [
        Passage("StoryTitle", text="Tytuł"),
        Passage("Start", ("a",), {"position": "0,0"}, "Tekst\n\n[[Dalej]]"),
        Passage("Dalej", text=":: trudny wiersz\nkoniec"),
    ]
    back = parse_twee(write_twee(passages)).story.passages
    assert [(p.name, p.tags, dict(p.metadata), p.text) for p in back] == [
        (p.name, p.tags, dict(p.metadata), p.text) for p in passages
    ]


# -- links ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markup", "text", "target"),
    [
        ("[[Brama]]", "Brama", "Brama"),
        ("[[Idę do bramy|Brama]]", "Idę do bramy", "Brama"),
        ("[[Idę do bramy->Brama]]", "Idę do bramy", "Brama"),
        ("[[Brama<-Idę do bramy]]", "Idę do bramy", "Brama"),
        # Twine's rules: the rightmost "->", the leftmost "<-", the rightmost "|".
        ("[[a->b->Cel]]", "a->b", "Cel"),
        ("[[Cel<-a<-b]]", "a<-b", "Cel"),
        ("[[a|b|Cel]]", "a|b", "Cel"),
        ("[[a|b->Cel]]", "a|b", "Cel"),
        ("[[  spacje  ->  Cel  ]]", "spacje", "Cel"),
    ],
)
def test_every_link_form(markup: str, text: str, target: str) -> None:
    (link,) = find_links(f"Przed {markup} po.")
    assert (link.text, link.target, link.setter) == (text, target, None)
    assert not link.external


def test_links_in_order_with_positions() -> None:
    text = "[[A]] i [[b->B]]\n[[C<-c]]"
    links = find_links(text)
    assert [(link.target, text[link.start : link.end]) for link in links] == [
        ("A", "[[A]]"),
        ("B", "[[b->B]]"),
        ("C", "[[C<-c]]"),
    ]


def test_setter_external_and_empty_links() -> None:
    setter, external = find_links(
        "[[Weź klucz|Pokój][$klucz to true]] [[https://x.org]] [[]] [[a->]]"
    )
    assert (setter.text, setter.target, setter.setter) == ("Weź klucz", "Pokój", "$klucz to true")
    assert external.external and external.target == "https://x.org"


def test_a_link_ends_at_the_first_closing_brackets_on_its_line() -> None:
    assert [link.target for link in find_links("[[a\nb]] [[c]]")] == ["c"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Brama", "Brama"),
        ("Idę", "Brama"),
        ("x -> y", "Brama"),
        ("x <- y", "Brama"),
        ("x -> y <- z", "Brama"),
        ("", "Brama"),
        ("a|b", "Brama"),
    ],
)
def test_link_markup_reads_back(text: str, target: str) -> None:
    (link,) = find_links(link_markup(text, target))
    assert (link.text, link.target) == (text, target)


def test_link_markup_refuses_what_no_form_can_hold() -> None:
    with pytest.raises(ValueError):
        link_markup("a]]b", "Brama")
