"""Tests for the condition language: parsing, evaluation, errors and hostile input."""

from __future__ import annotations

import copy
import dataclasses
import inspect
import operator
import pickle
import random
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from trainer.domain.conditions import (
    MAX_DEPTH,
    MAX_SOURCE_LENGTH,
    RESERVED_WORDS,
    ConditionSyntaxError,
    Reference,
    parse_condition,
)

# The autouse data-folder fixture is harmless to share between generated examples.
FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass
class Ctx:
    """A context answering from plain collections; unknown variables are 0."""

    variables: dict[str, int] = field(default_factory=dict)
    visited_nodes: set[str] = field(default_factory=set)
    chosen: set[tuple[str, str]] = field(default_factory=set)
    calls: list[tuple[str, ...]] = field(default_factory=list)

    def variable(self, name: str) -> int:
        self.calls.append(("variable", name))
        return self.variables.get(name, 0)

    def visited(self, node_id: str) -> bool:
        self.calls.append(("visited", node_id))
        return node_id in self.visited_nodes

    def chose(self, node_id: str, choice_id: str) -> bool:
        self.calls.append(("chose", node_id, choice_id))
        return (node_id, choice_id) in self.chosen


def run(source: str, **variables: int) -> bool:
    return parse_condition(source).evaluate(Ctx(variables=variables))


def error_of(source: str) -> ConditionSyntaxError:
    with pytest.raises(ConditionSyntaxError) as caught:
        parse_condition(source)
    return caught.value


def check_error(err: ConditionSyntaxError, source: str) -> None:
    """Invariants every error must satisfy, whatever the input."""
    assert 0 <= err.position <= len(source)
    assert err.message
    assert err.message.isprintable()
    assert str(err) == f"{err.message} (at character {err.position + 1})"


# --- parsing and evaluation --------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x == 3", True),
        ("x == 4", False),
        ("x != 4", True),
        ("x != 3", False),
        ("x < 4", True),
        ("x < 3", False),
        ("x <= 3", True),
        ("x <= 2", False),
        ("x > 2", True),
        ("x > 3", False),
        ("x >= 3", True),
        ("x >= 4", False),
        ("3 == x", True),
        ("2 < x", True),
        ("x == y", False),
        ("x > y", True),
        ("1 < 2", True),
    ],
)
def test_every_comparison_operator(source: str, expected: bool) -> None:
    assert run(source, x=3, y=-1) is expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        # `and` binds tighter than `or`: true or (true and false).
        ("x == 3 or x == 3 and x == 0", True),
        ("(x == 3 or x == 3) and x == 0", False),
        ("x == 0 and x == 3 or x == 3", True),
        ("x == 0 and (x == 3 or x == 3)", False),
        # `not` binds looser than comparison and tighter than `and`.
        ("not x == 0", True),
        ("not x == 3 and x == 3", False),
        ("not (x == 3 and x == 0)", True),
        ("not not x == 3", True),
        ("not x == 0 or x == 0", True),
        ("(((x == 3)))", True),
        ("((x) == (3))", True),
        ("x == 3 and x == 3 and x == 3 and x == 0", False),
        ("x == 0 or x == 0 or x == 0 or x == 3", True),
        ("x == 0 or x == 0 or x == 0", False),
        ("x == 3 and x == 3 and x == 3", True),
    ],
)
def test_precedence_and_parentheses(source: str, expected: bool) -> None:
    assert run(source, x=3) is expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("x > -3", True),
        ("x > -2", False),
        ("-x == 2", True),
        ("-x < 0", False),
        ("- x == 2", True),
        ("x == - 2", True),
        ("-(x) == 2", True),
        ("-(-x) == x", True),
        ("x == -(-(-2))", True),
        ("-2 == x", True),
        ("0 == -0", True),
        ("x >= -10 and -x <= 10", True),
    ],
)
def test_unary_minus(source: str, expected: bool) -> None:
    assert run(source, x=-2) is expected


@pytest.mark.parametrize(
    "source",
    [
        "visited('a') and chose('n', 'c')",
        'visited("a") and chose("n", "c")',
        "visited('a') and chose(\"n\", 'c')",
        "visited ( 'a' ) and chose ( 'n' , 'c' )",
        "visited('a')and chose('n','c')",
        "visited('a')\nand\tchose('n',\r\n'c')",
        "  visited('a') and chose('n', 'c')  ",
        "(visited('a'))and(chose('n', 'c'))",
    ],
)
def test_quote_styles_and_whitespace(source: str) -> None:
    condition = parse_condition(source)
    assert condition.evaluate(Ctx(visited_nodes={"a"}, chosen={("n", "c")})) is True
    assert condition.evaluate(Ctx(visited_nodes={"a"}, chosen={("n", "d")})) is False
    assert condition.evaluate(Ctx(chosen={("n", "c")})) is False
    assert condition.visited_nodes == {"a"}
    assert condition.chosen_pairs == {("n", "c")}


@pytest.mark.parametrize(
    "source",
    ["trust>=2", "trust >= 2", "\ttrust\n>=\r\n2\n", "(trust)>=(2)", "trust>= 2"],
)
def test_whitespace_is_optional_around_symbols(source: str) -> None:
    assert run(source, trust=2) is True
    assert run(source, trust=1) is False


def test_ids_and_names_at_the_edges_of_their_patterns() -> None:
    long_name = "v" + "_" * 63
    long_id = "0" + "-" * 63
    condition = parse_condition(
        f"{long_name} == 1 and visited('{long_id}') and chose('9', 'a_b-c') and x9_ > 0"
    )
    assert condition.variables == {long_name, "x9_"}
    assert condition.visited_nodes == {long_id}
    assert condition.chosen_pairs == {("9", "a_b-c")}


def test_names_that_start_like_keywords_are_variables() -> None:
    condition = parse_condition("nota > 0 and andy > 0 or orb > 0 and visited_count > 0")
    assert condition.variables == {"nota", "andy", "orb", "visited_count"}


def test_big_and_zero_padded_literals() -> None:
    assert run("x == 007", x=7) is True
    assert run("x < 123456789012345678901234567890", x=7) is True


def test_references_are_in_source_order_with_positions() -> None:
    source = (
        "trust >= 2 and not visited('leader_talk') or chose(\"gate\", 'call_backup') or trust < x"
    )
    condition = parse_condition(source)
    assert condition.references == (
        Reference("variable", "trust", None, 0),
        Reference("visited", "leader_talk", None, source.index("'leader_talk'")),
        Reference("chose", "gate", "call_backup", source.index('"gate"')),
        Reference("variable", "trust", None, source.rindex("trust")),
        Reference("variable", "x", None, source.rindex("x")),
    )
    assert condition.variables == frozenset({"trust", "x"})
    assert condition.visited_nodes == frozenset({"leader_talk"})
    assert condition.chosen_pairs == frozenset({("gate", "call_backup")})
    assert condition.source == source


def test_condition_without_references() -> None:
    condition = parse_condition("1 < 2")
    assert condition.references == ()
    assert condition.variables == frozenset()
    assert condition.evaluate(Ctx()) is True


def test_equality_hash_repr() -> None:
    first = parse_condition("x > 1")
    assert first == parse_condition("x > 1")
    assert hash(first) == hash(parse_condition("x > 1"))
    assert first != parse_condition("x>1")
    assert first != "x > 1"
    assert len({first, parse_condition("x > 1"), parse_condition("x > 2")}) == 2
    assert repr(first) == "Condition('x > 1')"


def test_condition_is_immutable() -> None:
    condition = parse_condition("x > 1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        condition.source = "x > 2"  # type: ignore[misc]


def test_condition_pickles_and_copies_by_source() -> None:
    condition = parse_condition("x > 1 and visited('a')")
    for clone in (pickle.loads(pickle.dumps(condition)), copy.deepcopy(condition)):
        assert clone == condition
        assert clone.references == condition.references
        assert clone.evaluate(Ctx({"x": 2}, {"a"})) is True


def test_error_is_a_value_error_and_pickles() -> None:
    err = error_of("x = 1")
    assert isinstance(err, ValueError)
    assert (err.message, err.position) == ("use '==' to compare, not '='", 2)
    assert str(err) == "use '==' to compare, not '=' (at character 3)"
    clone = pickle.loads(pickle.dumps(err))
    assert (clone.message, clone.position, str(clone)) == (err.message, err.position, str(err))


def test_and_or_short_circuit() -> None:
    ctx = Ctx({"x": 0})
    assert parse_condition("x > 0 and visited('a')").evaluate(ctx) is False
    assert ctx.calls == [("variable", "x")]

    ctx = Ctx({"x": 1})
    assert parse_condition("x > 0 or chose('a', 'b')").evaluate(ctx) is True
    assert ctx.calls == [("variable", "x")]

    ctx = Ctx({"x": 0})
    assert parse_condition("x > 0 and visited('a') and visited('b')").evaluate(ctx) is False
    assert ctx.calls == [("variable", "x")]

    ctx = Ctx({"x": 1})
    assert parse_condition("x > 0 or visited('a') or visited('b')").evaluate(ctx) is True
    assert ctx.calls == [("variable", "x")]

    ctx = Ctx({"x": 0}, {"b"})
    assert parse_condition("x > 0 or visited('a') or visited('b') or y > 0").evaluate(ctx)
    assert ctx.calls == [("variable", "x"), ("visited", "a"), ("visited", "b")]


def test_evaluation_is_repeatable_and_reads_the_context_each_time() -> None:
    condition = parse_condition("trust >= 2 and not visited('leader_talk')")
    ctx = Ctx({"trust": 2})
    assert condition.evaluate(ctx) is True
    ctx.visited_nodes.add("leader_talk")
    assert condition.evaluate(ctx) is False
    ctx.visited_nodes.clear()
    ctx.variables["trust"] = 1
    assert condition.evaluate(ctx) is False


def test_longest_source_is_accepted() -> None:
    source = " and ".join(["x > 1"] * 100) + "     "
    assert len(source) == MAX_SOURCE_LENGTH
    assert run(source, x=2) is True
    assert run(source, x=1) is False


# --- errors ------------------------------------------------------------------------

# (source, where the problem starts: an int or the first occurrence of a substring,
#  the message or a distinctive part of it)
ERRORS: list[tuple[str, int | str, str]] = [
    # empty
    ("", 0, "the condition is empty"),
    (" \t\r\n ", 0, "the condition is empty"),
    # other languages' operators
    ("trust >= 2 && x", "&&", "use 'and' instead of '&&'"),
    ("trust >= 2 & x", "&", "use 'and' instead of '&'"),
    ("trust >= 2 || x > 1", "||", "use 'or' instead of '||'"),
    ("trust >= 2 | x > 1", "|", "use 'or' instead of '|'"),
    ("!visited('a')", 0, "use 'not' instead of '!'"),
    ("x > 1 and !visited('a')", "!", "use 'not' instead of '!'"),
    ("trust = 2", "=", "use '==' to compare, not '='"),
    ("trust === 2", "===", "'===' is not an operator: use '=='"),
    ("trust !== 2", "!==", "'!==' is not an operator: use '!='"),
    ("trust => 2", "=>", "'=>' is not an operator: use '>='"),
    ("trust =< 2", "=<", "'=<' is not an operator: use '<='"),
    ("trust <> 2", "<>", "'<>' is not an operator: use '!='"),
    ("x + 1 > 2", "+", "arithmetic is not supported"),
    ("x * 2 > 2", "*", "arithmetic is not supported"),
    ("x / 2 > 2", "/", "arithmetic is not supported"),
    ("x % 2 == 1", "%", "arithmetic is not supported"),
    ("x - 1 > 2", "-", "arithmetic is not supported"),
    # true / false and keyword spelling
    ("True", 0, "'True' is not supported: conditions have no true/false values"),
    ("true", 0, "'true' is not supported"),
    ("x > 1 and False", "False", "'False' is not supported"),
    ("x > 1 and false", "false", "'false' is not supported"),
    ("x > 1 AND y > 2", "AND", "write 'and' in lowercase"),
    ("x > 1 Or y > 2", "Or", "write 'or' in lowercase"),
    ("NOT x > 1", 0, "write 'not' in lowercase"),
    ("x > 1 and Not y > 1", "Not", "write 'not' in lowercase"),
    ("x is 1", "is", "use '==' or '!=' to compare, not 'is'"),
    # names
    ("Trust > 1", 0, "'Trust' is not a valid name"),
    ("tRUST > 1", 0, "'tRUST' is not a valid name"),
    ("_x > 1", 0, "'_x' is not a valid name"),
    ("x > 1 and __class__ > 0", "__class__", "'__class__' is not a valid name"),
    ("v" * 65 + " > 1", 0, "is too long: names have at most 64 characters"),
    ("visited > 1", 0, "'visited' is a function: call it as visited('node')"),
    ("x > 1 and chose", "chose", "'chose' is a function: call it as chose('node', 'choice')"),
    # functions
    (
        "visted('a')",
        0,
        "unknown function 'visted'; the functions are visited('node') and chose('node', 'choice')",
    ),
    ("Visited('a')", 0, "unknown function 'Visited'"),
    ("x > 1 and len('a') > 1", "len", "unknown function 'len'"),
    ("__import__('os').system('x')", 0, "unknown function '__import__'"),
    ("x > 1 or exec ('x')", "exec", "unknown function 'exec'"),
    ("visited()", ")", "visited() takes 1 argument, e.g. visited('node'), but got 0"),
    ("visited('a', 'b')", "'b'", "visited() takes 1 argument, e.g. visited('node'), but got 2"),
    ("chose('a')", ")", "chose() takes 2 arguments, e.g. chose('node', 'choice'), but got 1"),
    ("chose('a', 'b', 'c')", "'c'", "chose() takes 2 arguments"),
    ("chose('a',)", ")", "expected a quoted id, found ')'"),
    ("chose(, 'a')", ",", "expected a quoted id, found ','"),
    ("visited(leader_talk)", "leader_talk", "put the id in quotes: 'leader_talk'"),
    ("visited(7)", "7", "put the id in quotes: '7'"),
    ("visited(('a'))", 8, "expected a quoted id, found '('"),
    ("visited('a' 'b')", "'b'", "expected ',' or ')' after the argument, found the quoted id 'b'"),
    ("visited('a'", "(", "'(' is never closed: add ')'"),
    ("visited(", 8, "expected a quoted id, found the end of the condition"),
    # strings and ids
    ("visited('a", "'", "unterminated string: add the closing '"),
    ('visited("a)', '"', 'unterminated string: add the closing "'),
    ("visited('a\")", "'", "unterminated string: add the closing '"),
    ("visited('')", "'", "empty id: put a node or choice id between the quotes"),
    ("visited('Leader')", "'", "'Leader' is not a valid id"),
    ("visited('a b')", "'", "'a b' is not a valid id"),
    ("visited('-a')", "'", "'-a' is not a valid id"),
    ("chose('a', 'b.c')", "'b", "'b.c' is not a valid id"),
    ("visited('" + "a" * 65 + "')", "'", "is not a valid id"),
    ("visited('a\\'b')", "'", "is not a valid id"),
    ("x > 'a'", "'", "a quoted id can only be an argument of visited(...) or chose(...)"),
    ("'a' == x", 0, "a quoted id can only be an argument"),
    # numbers
    ("x > 1.5", "1.5", "decimal numbers are not supported: use whole numbers"),
    ("x > 1.", ".", "'.' is not allowed"),
    ("x > .5", ".", "'.' is not allowed"),
    ("x > 1e3", "1e3", "'1e3' is neither a number nor a name"),
    ("x > 0x10", "0x10", "'0x10' is neither a number nor a name"),
    ("x > 1_000", "1_000", "'1_000' is neither a number nor a name"),
    ("x > 1and y > 1", "1and", "'1and' is neither a number nor a name"),
    # parentheses and structure
    ("(x > 1", 0, "'(' is never closed: add ')'"),
    ("((x > 1)", 0, "'(' is never closed: add ')'"),
    ("(x > 1) and (y > 1", 12, "'(' is never closed: add ')'"),
    ("x > 1)", ")", "unbalanced ')': there is no '(' to match it"),
    ("(x > 1))", 7, "unbalanced ')': there is no '(' to match it"),
    (")", 0, "unbalanced ')': there is no '(' to match it"),
    ("x > )", ")", "unbalanced ')'"),
    ("(x > )", ")", "expected a number or a name after '>', found ')'"),
    ("()", 0, "empty parentheses: put a condition inside"),
    ("x > 1 and ()", "(", "empty parentheses"),
    ("x > 1 y > 2", "y", "missing operator before 'y'"),
    ("(x > 1 y > 2)", "y", "missing operator before 'y'"),
    ("visited('a') visited('b')", 13, "missing operator before 'visited'"),
    ("x > 1 'a'", "'", "missing operator before the quoted id 'a'"),
    ("x > 1 (y > 1)", "(", "missing operator before '('"),
    ("x > 1 not y > 1", "not", "missing operator before 'not'"),
    ("trust 2", "2", "missing operator before '2'"),
    ("x > 1, y > 2", ",", "',' is only allowed between the arguments of chose(...)"),
    ("x >", 3, "expected a number or a name after '>', found the end of the condition"),
    ("x > 1 and", 9, "expected a condition after 'and', found the end of the condition"),
    ("x > 1 and   \n", 9, "expected a condition after 'and', found the end of the condition"),
    ("and x > 1", 0, "expected a condition, found 'and'"),
    ("x > 1 or or y > 1", 9, "expected a condition after 'or', found 'or'"),
    ("not", 3, "expected a condition after 'not', found the end of the condition"),
    ("x > > 1", 4, "expected a number or a name after '>', found '>'"),
    ("x == not y", "not", "expected a number or a name after '==', found 'not'"),
    ("x > - -2", 6, "expected a number or a name after '-', found '-'"),
    ("x > -visited", "visited", "'visited' is a function"),
    # chained comparisons
    ("1 < x < 3", 6, "comparisons cannot be chained: join two comparisons with 'and', e.g. "),
    ("1 < x < 3", 6, "e.g. `1 < x and x < 3`"),
    ("0 <= trust <= 5", 11, "e.g. `0 <= trust and trust <= 5`"),
    ("a == b != c", 7, "e.g. `a == b and b != c`"),
    ("a<b<(", 3, "e.g. `1 < x and x < 3`"),
    ("x > 1 and 1 < y < 3 or z", 16, "comparisons cannot be chained"),
    # types
    ("trust", 0, "a condition must be true or false: compare it, e.g. `trust > 0`"),
    ("(trust)", 0, "a condition must be true or false: compare it, e.g. `trust > 0`"),
    ("3", 0, "a condition must be true or false: compare it, e.g. `trust > 0`"),
    ("-x", 0, "a condition must be true or false: compare it, e.g. `trust > 0`"),
    ("not trust", 4, "'not' needs something true or false: compare it, e.g. `trust > 0`"),
    ("x > 1 and y", "y", "both sides of 'and' must be true or false: compare it, e.g. `y > 0`"),
    ("y or x > 1", 0, "both sides of 'or' must be true or false"),
    ("x > 1 and (y or z)", "y", "both sides of 'or' must be true or false"),
    (
        "visited('a') == chose('a', 'b')",
        0,
        "comparisons take numbers, but visited(...) is true or false: use it without comparing",
    ),
    ("1 == chose('a', 'b')", "chose", "comparisons take numbers, but chose(...) is true or false"),
    ("(1 < x) < 3", 0, "comparisons take numbers, but a comparison is true or false"),
    ("x == (not y > 1)", "(", "comparisons take numbers, but a 'not' expression is true or false"),
    ("x == (a > 1 or b > 1)", "(", "but an 'or' expression is true or false"),
    ("x == (a > 1 and b > 1)", "(", "but an 'and' expression is true or false"),
    ("-visited('a') > 1", 1, "'-' needs a number, but visited(...) is true or false"),
    ("-visited('a')", 1, "'-' needs a number, but visited(...) is true or false"),
    ("-(x > 1) == 1", 1, "'-' needs a number, but a comparison is true or false"),
    # syntax is reported before types, leftmost first
    ("trust and x >", 13, "expected a number or a name after '>'"),
    ("x = 1 &&", "=", "use '==' to compare"),
    ("Trust!", 0, "'Trust' is not a valid name"),
    # characters that are never allowed
    ("lambda: 1", ":", "':' is not allowed in a condition"),
    ("a.b > 1", ".", "'.' is not allowed: conditions have no decimals and no attributes"),
    ("x[0] > 1", "[", "'[' is not allowed: conditions have no lists or subscripts"),
    ("x > 1 # why", "#", "'#' is not allowed in a condition"),
    ("`trust > 0`", 0, "'`' is not allowed in a condition"),
    ("x > 1;", ";", "';' is not allowed in a condition"),
    ("x\0 > 1", 1, "control character U+0000 is not allowed"),
    ("x >\x1b 1", 3, "control character U+001B is not allowed"),
    ("x\x0c> 1", 1, "control character U+000C is not allowed"),
    ("x > 1\x7f", 5, "control character U+007F is not allowed"),
    ("x\u00a0> 1", 1, "character U+00A0 is not allowed: separate words with plain spaces"),
    ("x\u2003> 1", 1, "character U+2003 is not allowed"),
    ("zaufanie_ż > 1", "ż", "'ż' (U+017C) is not allowed: names and ids use only a-z, 0-9"),
    ("żal > 1", 0, "'ż' (U+017C) is not allowed"),
    ("x > ١", "١", "(U+0661) is not allowed"),
    ("x > 1 and ｖisited('a')", "ｖ", "(U+FF56) is not allowed"),
    ("x > 1 \ud800", "\ud800", "character U+D800 is not allowed"),
    ("x > 1 \u202e", "\u202e", "character U+202E is not allowed"),
    ("visited('ż')", "'", "'ż' is not a valid id"),
    ("visited('a\0')", "'", "'a\\x00' is not a valid id"),
]


@pytest.mark.parametrize(("source", "where", "message"), ERRORS)
def test_errors_have_message_and_exact_position(
    source: str, where: int | str, message: str
) -> None:
    err = error_of(source)
    position = where if isinstance(where, int) else source.index(where)
    assert err.position == position, err
    assert message in err.message
    check_error(err, source)


def test_error_message_contains_no_position() -> None:
    err = error_of("trust >= 2 && x")
    assert err.message == "use 'and' instead of '&&'"
    assert str(err) == "use 'and' instead of '&&' (at character 12)"


@pytest.mark.parametrize("word", sorted(RESERVED_WORDS - {"visited", "chose"}))
def test_reserved_words_are_not_variables(word: str) -> None:
    err = error_of(f"x > 1 and {word} > 0")
    check_error(err, f"x > 1 and {word} > 0")


# --- hostile input -----------------------------------------------------------------


@contextmanager
def quick(limit: float = 1.0) -> Iterator[None]:
    started = time.perf_counter()
    yield
    assert time.perf_counter() - started < limit


@pytest.mark.parametrize(
    ("source", "position"),
    [
        ("(" * 100_000, MAX_SOURCE_LENGTH),
        ("not " * 100_000, MAX_SOURCE_LENGTH),
        ("-(" * 100_000, MAX_SOURCE_LENGTH),
        ("(" * 100_000 + "x > 1" + ")" * 100_000, MAX_SOURCE_LENGTH),
        ("x" * (MAX_SOURCE_LENGTH + 1), MAX_SOURCE_LENGTH),
        (" and ".join(["x > 1"] * 100) + "      ", MAX_SOURCE_LENGTH),
        ("(" * 999, MAX_DEPTH),
        ("not " * 250, 4 * MAX_DEPTH),
        ("-(" * 500, 2 * MAX_DEPTH + 1),
        ("not (" * 200, 5 * (MAX_DEPTH // 2)),
        ("(" * (MAX_DEPTH + 1) + "x > 1" + ")" * (MAX_DEPTH + 1), MAX_DEPTH),
        ("not " * (MAX_DEPTH + 1) + "x > 1", 4 * MAX_DEPTH),
        ("x == " + "(" * 40 + "1" + ")" * 40, 5 + MAX_DEPTH),
    ],
)
def test_size_and_nesting_caps(source: str, position: int) -> None:
    with quick():
        err = error_of(source)
    assert err.position == position
    if position == MAX_SOURCE_LENGTH:
        assert err.message == (
            f"the condition is too long: {len(source)} characters, at most {MAX_SOURCE_LENGTH}"
        )
    else:
        assert err.message == (
            "the condition is nested too deeply: at most 32 levels of parentheses and 'not'"
        )
    check_error(err, source)


@pytest.mark.parametrize(
    "source",
    [
        "(" * MAX_DEPTH + "x > 1" + ")" * MAX_DEPTH,
        "not " * MAX_DEPTH + "x > 1",
        "not (" * (MAX_DEPTH // 2) + "x > 1" + ")" * (MAX_DEPTH // 2),
        "x > " + "-(" * MAX_DEPTH + "0" + ")" * MAX_DEPTH,
        "(" * MAX_DEPTH + " and ".join(["x > 1"] * 90) + ")" * MAX_DEPTH,
        " or ".join(["x < 0"] * 100),
    ],
)
def test_deepest_allowed_nesting_works_with_little_stack(source: str) -> None:
    # Leave only a modest amount of stack above the caller: a parser that recursed per
    # token or per chained operand would fail here.
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack(0)) + 350)
    try:
        condition = parse_condition(source)
        result = condition.evaluate(Ctx({"x": 2}))
    finally:
        sys.setrecursionlimit(old)
    assert isinstance(result, bool)


@pytest.mark.parametrize(
    "source",
    [
        "__import__('os').system('x')",
        "__import__",
        "lambda: 1",
        "(lambda: 1)()",
        "x.__class__",
        "x.y > 1",
        "x['a'] > 1",
        "[x for x in y]",
        "{'a': 1}",
        "1.5 > x",
        "1e9 > x",
        "x if y else z",
        "x > 1 ; import os",
        "open('/etc/passwd')",
        "visited('../../etc')",
        "visited('a') and __builtins__",
        "f'{x}' > 1",
        "b'x'",
        "x @ y",
        "x > 1 \\\n and y > 1",
        "\0",
        "\x00visited('a')",
        "\u200bx > 1",
        "ｘ > 1",
        "x\ufeff > 1",
        "visited('\U0001f600')",
        "x > 1 \U0001f600",
        "chose('a', 'b', 'c', " + "'d', " * 100 + "'e')",
        "'" * 999,
        '"' * 1000,
    ],
)
def test_hostile_inputs_are_refused_cleanly(source: str) -> None:
    with quick():
        err = error_of(source)
    check_error(err, source)


# --- property tests ----------------------------------------------------------------

NAMES = ["trust", "tension", "x", "a_1", "nota", "andy", "orb", "visited_x"]
NODES = ["leader_talk", "gate", "a", "0", "n-1", "x_y"]
CHOICES = ["call_backup", "b", "timeout", "c-2"]
OPS: dict[str, Callable[[int, int], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}

Tree = tuple[Any, ...]

int_trees: st.SearchStrategy[Tree] = st.recursive(
    st.one_of(
        st.tuples(st.just("num"), st.integers(-1000, 1000)),
        st.tuples(st.just("var"), st.sampled_from(NAMES)),
    ),
    lambda inner: st.tuples(st.just("neg"), inner),
    max_leaves=3,
)
bool_leaves: st.SearchStrategy[Tree] = st.one_of(
    st.tuples(st.just("cmp"), st.sampled_from(list(OPS)), int_trees, int_trees),
    st.tuples(st.just("visited"), st.sampled_from(NODES)),
    st.tuples(st.just("chose"), st.sampled_from(NODES), st.sampled_from(CHOICES)),
)
bool_trees: st.SearchStrategy[Tree] = st.recursive(
    bool_leaves,
    lambda inner: st.one_of(
        st.tuples(st.just("not"), inner),
        st.tuples(st.just("and"), st.lists(inner, min_size=2, max_size=4)),
        st.tuples(st.just("or"), st.lists(inner, min_size=2, max_size=4)),
    ),
    max_leaves=10,
)
contexts = st.builds(
    Ctx,
    variables=st.fixed_dictionaries({name: st.integers(-5, 5) for name in NAMES}),
    visited_nodes=st.sets(st.sampled_from(NODES)),
    chosen=st.sets(st.tuples(st.sampled_from(NODES), st.sampled_from(CHOICES))),
)

PRECEDENCE = {"or": 1, "and": 2, "not": 3}


class Renderer:
    """Turns a tree into source with random spacing, quotes and redundant parentheses."""

    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd
        self.depth = 0
        self.max_depth = 0

    def gap(self) -> str:
        return self.rnd.choice(["", "", " ", " ", "  ", "\t", "\n", " \r\n "])

    def space(self) -> str:
        return self.rnd.choice([" ", " ", "  ", "\t", "\n", " \r\n "])

    def quote(self, text: str) -> str:
        mark = self.rnd.choice("'\"")
        return f"{mark}{text}{mark}"

    def wrap(self, render: Callable[[], str]) -> str:
        self.depth += 1
        self.max_depth = max(self.max_depth, self.depth)
        text = f"({self.gap()}{render()}{self.gap()})"
        self.depth -= 1
        return text

    def maybe_wrap(self, render: Callable[[], str], needed: bool = False) -> str:
        return self.wrap(render) if needed or self.rnd.random() < 0.15 else render()

    def number(self, tree: Tree) -> str:
        kind = tree[0]
        if kind == "num":
            return str(tree[1])
        if kind == "var":
            return str(tree[1])
        operand = tree[1]
        simple = operand[0] == "var" or (operand[0] == "num" and operand[1] >= 0)
        inner = self.maybe_wrap(lambda: self.number(operand), needed=not simple)
        return "-" + self.gap() + inner

    def condition(self, tree: Tree) -> str:
        kind = tree[0]
        if kind == "cmp":
            _, op, left, right = tree
            assert isinstance(op, str)
            return (
                self.maybe_wrap(lambda: self.number(left))
                + self.gap()
                + op
                + self.gap()
                + self.maybe_wrap(lambda: self.number(right))
            )
        if kind == "visited":
            g = self.gap
            return f"visited{g()}({g()}{self.quote(tree[1])}{g()})"
        if kind == "chose":
            g = self.gap
            return f"chose{g()}({g()}{self.quote(tree[1])}{g()},{g()}{self.quote(tree[2])}{g()})"
        if kind == "not":
            operand = tree[1]
            self.depth += 1
            self.max_depth = max(self.max_depth, self.depth)
            needed = PRECEDENCE.get(operand[0], 9) < PRECEDENCE["not"]
            inner = self.maybe_wrap(lambda: self.condition(operand), needed)
            self.depth -= 1
            return "not" + (self.gap() if inner.startswith("(") else self.space()) + inner
        parts = [self.operand(operand, kind) for operand in tree[1]]
        return (self.space() + str(kind) + self.space()).join(parts)

    def operand(self, tree: Tree, junction: str) -> str:
        needed = PRECEDENCE.get(tree[0], 9) <= PRECEDENCE[junction]
        return self.maybe_wrap(lambda: self.condition(tree), needed)

    def render(self, tree: Tree) -> str:
        return self.gap() + self.maybe_wrap(lambda: self.condition(tree)) + self.gap()


def reference_number(tree: Tree, ctx: Ctx) -> int:
    kind = tree[0]
    if kind == "num":
        return int(tree[1])
    if kind == "var":
        return ctx.variables[tree[1]]
    return -reference_number(tree[1], ctx)


def reference_condition(tree: Tree, ctx: Ctx) -> bool:
    kind = tree[0]
    if kind == "cmp":
        return OPS[tree[1]](reference_number(tree[2], ctx), reference_number(tree[3], ctx))
    if kind == "visited":
        return tree[1] in ctx.visited_nodes
    if kind == "chose":
        return (tree[1], tree[2]) in ctx.chosen
    if kind == "not":
        return not reference_condition(tree[1], ctx)
    results = [reference_condition(operand, ctx) for operand in tree[1]]
    return all(results) if kind == "and" else any(results)


def collect(tree: Tree, kind: str) -> set[Any]:
    if tree[0] == kind:
        return {tree[1:] if kind == "chose" else tree[1]}
    found: set[Any] = set()
    for child in tree[1:]:
        if isinstance(child, tuple):
            found |= collect(child, kind)
        elif isinstance(child, list):
            for item in child:
                found |= collect(item, kind)
    return found


@FUZZ
@given(tree=bool_trees, rnd=st.randoms(use_true_random=False), ctxs=st.lists(contexts, max_size=4))
def test_generated_conditions_match_reference_evaluator(
    tree: Tree, rnd: random.Random, ctxs: list[Ctx]
) -> None:
    renderer = Renderer(rnd)
    source = renderer.render(tree)
    assume(len(source) <= MAX_SOURCE_LENGTH and renderer.max_depth <= MAX_DEPTH)
    condition = parse_condition(source)

    assert condition.variables == collect(tree, "var")
    assert condition.visited_nodes == collect(tree, "visited")
    assert condition.chosen_pairs == collect(tree, "chose")
    positions = [ref.position for ref in condition.references]
    assert positions == sorted(set(positions))
    for ref in condition.references:
        if ref.kind == "variable":
            assert source.startswith(ref.name, ref.position)
        else:
            assert source[ref.position] in "'\""
            assert source.startswith(ref.name, ref.position + 1)

    for ctx in [*ctxs, Ctx(variables=dict.fromkeys(NAMES, 0))]:
        assert condition.evaluate(ctx) is reference_condition(tree, ctx)


class AnythingContext:
    """Answers every name, as the validator guarantees for real scenarios."""

    def variable(self, name: str) -> int:
        return len(name) - 3

    def visited(self, node_id: str) -> bool:
        return len(node_id) % 2 == 0

    def chose(self, node_id: str, choice_id: str) -> bool:
        return node_id < choice_id


def parse_anything(source: str) -> None:
    """Parse arbitrary text: it either works and evaluates, or fails cleanly."""
    try:
        condition = parse_condition(source)
    except ConditionSyntaxError as err:
        check_error(err, source)
    else:
        assert isinstance(condition.evaluate(AnythingContext()), bool)


ALPHABET = "abcdehilnorstvxyz_ ()'\",-0123456789=<>!&|.\t\nNT"


@FUZZ
@given(st.text(max_size=120))
def test_arbitrary_text_only_raises_syntax_errors(source: str) -> None:
    parse_anything(source)


@FUZZ
@given(st.text(alphabet=ALPHABET, max_size=80))
def test_condition_like_text_only_raises_syntax_errors(source: str) -> None:
    parse_anything(source)


@FUZZ
@given(
    tree=bool_trees,
    rnd=st.randoms(use_true_random=False),
    edits=st.lists(
        st.tuples(
            st.sampled_from(["insert", "delete", "replace"]),
            st.floats(0, 1, exclude_max=True),
            st.sampled_from(ALPHABET + "\0ż[]."),
        ),
        min_size=1,
        max_size=3,
    ),
)
def test_mutated_conditions_only_raise_syntax_errors(
    tree: Tree, rnd: random.Random, edits: list[tuple[str, float, str]]
) -> None:
    source = Renderer(rnd).render(tree)
    for action, where, char in edits:
        index = int(where * (len(source) + 1))
        if action == "insert":
            source = source[:index] + char + source[index:]
        elif action == "delete":
            source = source[:index] + source[index + 1 :]
        else:
            source = source[:index] + char + source[index + 1 :]
    parse_anything(source)


@pytest.mark.parametrize("seed", range(5))
def test_long_nested_text_never_overflows_the_stack(seed: int) -> None:
    rnd = random.Random(seed)
    pieces = ["(", "(", "not ", "-", "x", " > ", "1", ")", " and ", " or "]
    for _ in range(60):
        source = "".join(rnd.choices(pieces, k=rnd.randint(100, 400)))[: rnd.randint(900, 1100)]
        parse_anything(source)
