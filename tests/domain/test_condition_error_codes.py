"""Every condition error has a code from ERROR_CODES; the message and position are unchanged."""

from __future__ import annotations

import pytest

from trainer.domain.conditions import ERROR_CODES, ConditionSyntaxError, parse_condition

# One wrong condition (or more) per kind of mistake, each with the code it must give.
CORPUS: list[tuple[str, str]] = [
    ("x" * 1001, "too-long"),
    ("a > 1 && b > 2", "symbol-junction"),
    ("a > 1 | b > 2", "symbol-junction"),
    ("a + 1 > 2", "arithmetic"),
    ("a > 1 - 2", "arithmetic"),
    ("a.b > 1", "dot"),
    ("a[0] > 1", "bracket"),
    ("a > 1\x01", "control-character"),
    ("a > 1 ;", "bad-character"),
    ("a >\u00a01", "odd-space"),
    ("zaufanie_ą > 1", "non-ascii-character"),
    ("a > 1\u200b", "unprintable-character"),
    ("a > 1.5", "decimal"),
    ("a > 1x", "number-or-name"),
    ("visited('a)", "unterminated"),
    ("visited('')", "empty-id"),
    ("visited('A B')", "bad-id"),
    ("a === 1", "triple-equals"),
    ("a => 1", "reversed-operator"),
    ("a <> 1", "diamond"),
    ("a = 1", "single-equals"),
    ("!visited('a')", "bang"),
    ("   ", "empty"),
    ("(" * 40 + "a > 1" + ")" * 40, "too-deep"),
    ("1 < a < 3", "chained"),
    ("()", "empty-parentheses"),
    ("(a > 1", "unclosed"),
    ("chose('a', 'b'", "unclosed"),
    ("seen('a')", "unknown-function"),
    ("True", "true-false"),
    ("a > 1 AND b > 2", "keyword-case"),
    ("NOT a > 1", "keyword-case"),
    ("visited > 1", "function-as-name"),
    ("a" * 65 + " > 1", "name-too-long"),
    ("Trust > 1", "bad-name"),
    ("chose('a' 'b')", "expected-comma"),
    ("visited('a', 'b')", "arity"),
    ("chose('a')", "arity"),
    ("visited(a)", "unquoted-id"),
    ("visited(>)", "expected-id"),
    ("'a' == 1", "misplaced-id"),
    ("a > 1)", "unbalanced"),
    (")", "unbalanced"),
    ("> 1", "expected-condition"),
    ("a >", "expected-number-after"),
    ("a > 1 and", "expected-condition-after"),
    ("a > 1, b > 1", "stray-comma"),
    ("a is 1", "is"),
    ("a > 1 b > 2", "missing-operator"),
    ("a", "number-as-condition/condition"),
    ("not a", "number-as-condition/not"),
    ("a > 1 and b", "number-as-condition/junction"),
    ("visited('a') == 1", "condition-as-number/compare/call"),
    ("(a > 1) == 1", "condition-as-number/compare/comparison"),
    ("(not visited('a')) == 1", "condition-as-number/compare/not"),
    ("(a > 1 or b > 1) == 1", "condition-as-number/compare/junction"),
    ("-visited('a') > 1", "condition-as-number/minus/call"),
    ("-(a > 1) > 1", "condition-as-number/minus/comparison"),
    ("-(not visited('a')) > 1", "condition-as-number/minus/not"),
    ("-(a > 1 and b > 1) > 1", "condition-as-number/minus/junction"),
]


def error_of(source: str) -> ConditionSyntaxError:
    with pytest.raises(ConditionSyntaxError) as caught:
        parse_condition(source)
    return caught.value


@pytest.mark.parametrize(("source", "code"), CORPUS)
def test_each_mistake_has_its_code(source: str, code: str) -> None:
    error = error_of(source)
    assert error.code == code, (error.code, error.message)
    assert all(isinstance(value, str) for value in error.params.values())
    assert str(error) == f"{error.message} (at character {error.position + 1})"


def test_the_corpus_reaches_every_code() -> None:
    seen = {error_of(source).code for source, _ in CORPUS}
    assert seen == set(ERROR_CODES)
    assert len(ERROR_CODES) == len(set(ERROR_CODES))


def test_the_message_is_the_same_as_before() -> None:
    error = error_of("a >")
    assert error.message == "expected a number or a name after '>', found the end of the condition"
    assert error.params == {"after_kind": "text", "after": "'>'", "found_kind": "end", "found": ""}
