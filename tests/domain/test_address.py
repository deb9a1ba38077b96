"""Forms of address (format 1.1): ``{masculine|feminine}`` read for the profile's form.

Property tests over any text: the renderer never raises, leaves brace-free text alone,
picks the right side, shows both forms as ``a/b``, keeps ``{{``/``}}`` as braces, and
the validator's problem points at the brace that is wrong.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.domain.address import (
    Address,
    alternation_problem,
    apply_address,
    has_alternation,
    parse_address,
)

ADDRESSES = st.sampled_from(list(Address))
# Text without any brace or bar: the literal runs around alternations.
PLAIN = st.text(alphabet=st.characters(blacklist_characters="{}|"), max_size=20)
# A form: non-blank, with no brace or bar.
FORM = PLAIN.filter(lambda form: form.strip() != "")
# Characters that make braces likely, so odd shapes are tried often.
BRACY = st.text(alphabet=st.sampled_from(list("{}|ab ł")), max_size=30)


@st.composite
def templates(draw: st.DrawFn) -> tuple[str, str, str, str]:
    """A well-formed text, and what it reads as masculine, feminine and with both forms."""
    source, masculine, feminine, both = [], [], [], []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["plain", "form", "open", "close"]))
        if kind == "plain":
            run = draw(PLAIN)
            parts = (run, run, run, run)
        elif kind == "open":
            parts = ("{{", "{", "{", "{")
        elif kind == "close":
            parts = ("}}", "}", "}", "}")
        else:
            first, second = draw(FORM), draw(FORM)
            parts = (f"{{{first}|{second}}}", first, second, f"{first}/{second}")
        for out, part in zip((source, masculine, feminine, both), parts, strict=True):
            out.append(part)
    return "".join(source), "".join(masculine), "".join(feminine), "".join(both)


@given(st.text(), ADDRESSES)
def test_any_text_renders_without_raising(text: str, address: Address) -> None:
    assert isinstance(apply_address(text, address), str)
    problem = alternation_problem(text)
    assert problem is None or 0 <= problem.position < len(text)
    has_alternation(text)


@given(BRACY, ADDRESSES)
def test_brace_heavy_text_renders_without_raising(text: str, address: Address) -> None:
    rendered = apply_address(text, address)
    if alternation_problem(text) is not None:
        assert rendered == text  # shown as typed: the validator refuses it, the player never fails


@given(st.text(alphabet=st.characters(blacklist_characters="{}")), ADDRESSES)
def test_a_text_with_no_braces_is_unchanged(text: str, address: Address) -> None:
    assert apply_address(text, address) == text
    assert alternation_problem(text) is None
    assert not has_alternation(text)


@given(templates())
def test_each_form_picks_its_side_and_none_shows_both(
    template: tuple[str, str, str, str],
) -> None:
    source, masculine, feminine, both = template
    assert alternation_problem(source) is None
    assert apply_address(source, Address.MASCULINE) == masculine
    assert apply_address(source, Address.FEMININE) == feminine
    assert apply_address(source, Address.NONE) == both


@given(PLAIN, PLAIN)
def test_doubled_braces_round_trip_as_literal_braces(before: str, inside: str) -> None:
    source = f"{before}{{{{{inside}}}}}"  # before{{inside}}
    assert alternation_problem(source) is None
    assert not has_alternation(source)
    for address in Address:
        assert apply_address(source, address) == f"{before}{{{inside}}}"


def test_examples_read_as_the_format_page_says() -> None:
    text = "Co {zrobiłbyś|zrobiłabyś}?"
    assert apply_address(text, Address.MASCULINE) == "Co zrobiłbyś?"
    assert apply_address(text, Address.FEMININE) == "Co zrobiłabyś?"
    assert apply_address(text, Address.NONE) == "Co zrobiłbyś/zrobiłabyś?"
    assert has_alternation(text)


@given(PLAIN, FORM)
def test_an_unclosed_brace_is_reported_where_it_opens(before: str, rest: str) -> None:
    problem = alternation_problem(before + "{" + rest)
    assert problem is not None
    assert problem.position == len(before)


@given(PLAIN, PLAIN)
def test_a_stray_closing_brace_is_reported_where_it_is(before: str, after: str) -> None:
    problem = alternation_problem(before + "}" + after)
    assert problem is not None
    assert problem.position == len(before)


@given(PLAIN, FORM, st.sampled_from(["{|%s}", "{%s|}", "{ |%s}"]))
def test_an_empty_form_is_reported_at_its_brace(before: str, form: str, shape: str) -> None:
    text = before + shape % form
    problem = alternation_problem(text)
    assert problem is not None
    assert problem.position == len(before)
    assert "empty" in problem.message


@given(PLAIN, FORM, FORM, FORM)
def test_three_forms_or_one_are_reported(before: str, a: str, b: str, c: str) -> None:
    for inner in (a, f"{a}|{b}|{c}"):
        problem = alternation_problem(f"{before}{{{inner}}}")
        assert problem is not None
        assert problem.position == len(before)


def test_stored_codes_read_back_and_anything_else_is_both_forms() -> None:
    assert parse_address("m") is Address.MASCULINE
    assert parse_address("f") is Address.FEMININE
    assert parse_address("none") is Address.NONE
    assert parse_address(None) is Address.NONE
    assert parse_address("") is Address.NONE
    assert parse_address("x") is Address.NONE
