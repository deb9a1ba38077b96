"""The condition and form-of-address parsers' errors in the UI language, by error code.

The parser (Qt-free, shared with the command line and the validator) writes English
messages and gives each error a code and the parts the message quotes; the forms show
a translated sentence for the code with those parts put back in. Without a translation
(the English UI) the parser's own message is shown, word for word.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from trainer.domain.address import AlternationProblem
from trainer.domain.conditions import ConditionSyntaxError

_CONTEXT = "ConditionErrors"


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


# code -> (the sentence, the parameters its %1, %2, ... stand for, in order); the
# sentences are str at run time (QT_TRANSLATE_NOOP returns its text), object to mypy.
_SENTENCES: dict[str, tuple[object, tuple[str, ...]]] = {
    "too-long": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "The condition is too long: %1 characters, at most %2"
        ),
        ("length", "max"),
    ),
    "symbol-junction": (
        QT_TRANSLATE_NOOP("ConditionErrors", "Use '%1' instead of '%2'"),
        ("word", "spelled"),
    ),
    "arithmetic": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors",
            "Arithmetic is not supported: conditions compare numbers with ==, !=, <, <=, >, >=",
        ),
        (),
    ),
    "dot": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "'.' is not allowed: conditions have no decimals and no attributes"
        ),
        (),
    ),
    "bracket": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "'%1' is not allowed: conditions have no lists or subscripts"
        ),
        ("char",),
    ),
    "control-character": (
        QT_TRANSLATE_NOOP("ConditionErrors", "Control character %1 is not allowed"),
        ("unicode",),
    ),
    "bad-character": (
        QT_TRANSLATE_NOOP("ConditionErrors", "'%1' is not allowed in a condition"),
        ("char",),
    ),
    "odd-space": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors",
            "Character %1 is not allowed: separate words with plain spaces, tabs or line breaks",
        ),
        ("unicode",),
    ),
    "non-ascii-character": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors",
            "'%1' (%2) is not allowed: names and ids use only a-z, 0-9, '_' and '-'",
        ),
        ("char", "unicode"),
    ),
    "unprintable-character": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors",
            "Character %1 is not allowed: names and ids use only a-z, 0-9, '_' and '-'",
        ),
        ("unicode",),
    ),
    "decimal": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "Decimal numbers are not supported: use whole numbers"
        ),
        (),
    ),
    "number-or-name": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors",
            "%1 is neither a number nor a name: numbers are plain digits "
            "and names start with a letter",
        ),
        ("word",),
    ),
    "unterminated": (
        QT_TRANSLATE_NOOP("ConditionErrors", "Unterminated string: add the closing %1"),
        ("quote",),
    ),
    "empty-id": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "Empty id: put a node or choice id between the quotes"
        ),
        (),
    ),
    "bad-id": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors",
            "%1 is not a valid id: ids use lowercase letters, digits, '_' and '-', start "
            "with a letter or digit and have at most 64 characters",
        ),
        ("id",),
    ),
    "triple-equals": (
        QT_TRANSLATE_NOOP("ConditionErrors", "'%1=' is not an operator: use '%1'"),
        ("operator",),
    ),
    "reversed-operator": (
        QT_TRANSLATE_NOOP("ConditionErrors", "'%1' is not an operator: use '%2'"),
        ("operator", "fix"),
    ),
    "diamond": (QT_TRANSLATE_NOOP("ConditionErrors", "'<>' is not an operator: use '!='"), ()),
    "single-equals": (QT_TRANSLATE_NOOP("ConditionErrors", "Use '==' to compare, not '='"), ()),
    "bang": (QT_TRANSLATE_NOOP("ConditionErrors", "Use 'not' instead of '!'"), ()),
    "empty": (QT_TRANSLATE_NOOP("ConditionErrors", "The condition is empty"), ()),
    "too-deep": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors",
            "The condition is nested too deeply: at most %1 levels of parentheses and 'not'",
        ),
        ("max",),
    ),
    "chained": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors",
            "Comparisons cannot be chained: join two comparisons with 'and', e.g. `%1`",
        ),
        ("example",),
    ),
    "empty-parentheses": (
        QT_TRANSLATE_NOOP("ConditionErrors", "Empty parentheses: put a condition inside"),
        (),
    ),
    "unclosed": (QT_TRANSLATE_NOOP("ConditionErrors", "'(' is never closed: add ')'"), ()),
    "unknown-function": (
        QT_TRANSLATE_NOOP("ConditionErrors", "Unknown function %1; the functions are %2 and %3"),
        ("name", "@visited", "@chose"),
    ),
    "true-false": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors",
            "%1 is not supported: conditions have no true/false values; "
            "write a comparison, e.g. `trust > 0`",
        ),
        ("name",),
    ),
    "keyword-case": (QT_TRANSLATE_NOOP("ConditionErrors", "Write '%1' in lowercase"), ("word",)),
    "function-as-name": (
        QT_TRANSLATE_NOOP("ConditionErrors", "%1 is a function: call it as %2"),
        ("name", "@word"),
    ),
    "name-too-long": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "The name %1 is too long: names have at most 64 characters"
        ),
        ("name",),
    ),
    "bad-name": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors",
            "%1 is not a valid name: names use lowercase letters, digits and '_', "
            "and start with a letter",
        ),
        ("name",),
    ),
    "expected-comma": (
        QT_TRANSLATE_NOOP("ConditionErrors", "Expected ',' or ')' after the argument, found %1"),
        ("found",),
    ),
    "arity": (
        QT_TRANSLATE_NOOP("ConditionErrors", "%1() takes %2 argument(s), e.g. %3, but got %4"),
        ("name", "arity", "@name", "got"),
    ),
    "unquoted-id": (QT_TRANSLATE_NOOP("ConditionErrors", "Put the id in quotes: '%1'"), ("id",)),
    "expected-id": (
        QT_TRANSLATE_NOOP("ConditionErrors", "Expected a quoted id, found %1"),
        ("found",),
    ),
    "misplaced-id": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "A quoted id can only be an argument of visited(...) or chose(...)"
        ),
        (),
    ),
    "unbalanced": (
        QT_TRANSLATE_NOOP("ConditionErrors", "Unbalanced ')': there is no '(' to match it"),
        (),
    ),
    "expected-condition": (
        QT_TRANSLATE_NOOP("ConditionErrors", "Expected a condition, found %1"),
        ("found",),
    ),
    "expected-number-after": (
        QT_TRANSLATE_NOOP("ConditionErrors", "Expected a number or a name after %1, found %2"),
        ("after", "found"),
    ),
    "expected-condition-after": (
        QT_TRANSLATE_NOOP("ConditionErrors", "Expected a condition after %1, found %2"),
        ("after", "found"),
    ),
    "stray-comma": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "',' is only allowed between the arguments of chose(...)"
        ),
        (),
    ),
    "is": (QT_TRANSLATE_NOOP("ConditionErrors", "Use '==' or '!=' to compare, not 'is'"), ()),
    "missing-operator": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors",
            "Missing operator before %1: join conditions with 'and' or 'or', "
            "or compare numbers with ==, !=, <, <=, >, >=",
        ),
        ("found",),
    ),
    "number-as-condition/condition": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "A condition must be true or false: compare it, e.g. `%1`"
        ),
        ("example",),
    ),
    "number-as-condition/not": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "'not' needs something true or false: compare it, e.g. `%1`"
        ),
        ("example",),
    ),
    "number-as-condition/junction": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "Both sides of '%1' must be true or false: compare them, e.g. `%2`"
        ),
        ("op", "example"),
    ),
    "condition-as-number/compare/call": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors",
            "Comparisons take numbers, but %1 is true or false: use it without comparing",
        ),
        ("function",),
    ),
    "condition-as-number/compare/comparison": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "Comparisons take numbers, but a comparison is true or false"
        ),
        (),
    ),
    "condition-as-number/compare/not": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "Comparisons take numbers, but a 'not' expression is true or false"
        ),
        (),
    ),
    "condition-as-number/compare/junction": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "Comparisons take numbers, but an '%1' expression is true or false"
        ),
        ("op",),
    ),
    "condition-as-number/minus/call": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "'-' needs a number, but %1 is true or false: use it without '-'"
        ),
        ("function",),
    ),
    "condition-as-number/minus/comparison": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "'-' needs a number, but a comparison is true or false"
        ),
        (),
    ),
    "condition-as-number/minus/not": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "'-' needs a number, but a 'not' expression is true or false"
        ),
        (),
    ),
    "condition-as-number/minus/junction": (
        QT_TRANSLATE_NOOP(
            "ConditionErrors", "'-' needs a number, but an '%1' expression is true or false"
        ),
        ("op",),
    ),
}


def _signature(function: str) -> str:
    """How to call ``function``, its placeholders in the UI language."""
    if function == "visited":
        return QCoreApplication.translate("ConditionErrors", "visited('node')")
    return QCoreApplication.translate("ConditionErrors", "chose('node', 'choice')")


def _token(params: dict[str, str], key: str) -> str:
    """A token the message quotes (``key``, ``key_kind``), in the UI language.

    The token before a mistake (``after``) is always one the parser has read, never the
    end; it is shown as written, so the sentence needs no other grammatical case.
    """
    kind = params.get(f"{key}_kind", "text")
    text = params.get(key, "")
    if key == "after":
        return text
    if kind == "end":
        return QCoreApplication.translate("ConditionErrors", "the end of the condition")
    if kind == "id":
        return QCoreApplication.translate("ConditionErrors", "the quoted id %1").replace("%1", text)
    return text


def _value(params: dict[str, str], name: str) -> str:
    if name == "@visited":
        return _signature("visited")
    if name == "@chose":
        return _signature("chose")
    if name.startswith("@"):  # the signature of the function named by that parameter
        return _signature(params.get(name[1:], ""))
    if name in ("found", "after"):
        return _token(params, name)
    return params.get(name, "")


def has_sentence(code: str) -> bool:
    """Whether the UI has its own sentence for the error ``code``."""
    return code in _SENTENCES


def condition_error_text(error: ConditionSyntaxError) -> str:
    """``error``'s message in the UI language, without the position.

    The parser's English message when the UI has no translation for its code.
    """
    entry = _SENTENCES.get(error.code)
    if entry is None:
        return error.message
    source, names = str(entry[0]), entry[1]
    template = _tr(source)
    if template == source:
        return error.message  # not translated (the English UI): the parser's own words
    # One pass, so a quoted part that itself contains "%2" is never replaced again.
    values = [_value(error.params, name) for name in names]
    out: list[str] = []
    i = 0
    while i < len(template):
        char = template[i]
        nxt = template[i + 1 : i + 2]
        if char == "%" and nxt.isdigit() and 0 < int(nxt) <= len(values):
            out.append(values[int(nxt) - 1])
            i += 2
            continue
        out.append(char)
        i += 1
    return "".join(out)


# Forms of address: code -> the sentence; %1 stands for the text between the braces.
_ADDRESS_SENTENCES: dict[str, object] = {
    "unopened-brace": QT_TRANSLATE_NOOP(
        "AddressErrors", "A '}' with no '{' before it (write }} for a brace)"
    ),
    "unclosed-brace": QT_TRANSLATE_NOOP(
        "AddressErrors", "A '{' that is not closed by '}' (write {{ for a brace)"
    ),
    "not-two-forms": QT_TRANSLATE_NOOP(
        "AddressErrors",
        "{%1} should hold two forms, masculine|feminine, separated by one '|'",
    ),
    "empty-form": QT_TRANSLATE_NOOP("AddressErrors", "{%1} has an empty form"),
}


def has_address_sentence(code: str) -> bool:
    """Whether the UI has its own sentence for the form-of-address problem ``code``."""
    return code in _ADDRESS_SENTENCES


def address_problem_text(problem: AlternationProblem) -> str:
    """``problem``'s message in the UI language, without the position.

    The domain's English message when the UI has no translation for its code.
    """
    entry = _ADDRESS_SENTENCES.get(problem.code)
    if entry is None:
        return problem.message
    source = str(entry)
    template = QCoreApplication.translate("AddressErrors", source)
    if template == source:
        return problem.message  # not translated (the English UI): the domain's own words
    return template.replace("%1", problem.inner)
