"""Forms of address (format 1.1): ``{masculine|feminine}`` alternations in any Text.

Polish second-person past tense and conditional are gendered ("zrobiłeś" /
"zrobiłaś"). An author writes ``Co {zrobiłbyś|zrobiłabyś}?``; the officer's
profile says which form to show. With no form chosen both are shown, joined by
a slash (``zrobiłbyś/zrobiłabyś``). ``{{`` and ``}}`` are literal braces.

Only format-1.1 scenarios are read this way: a version-1 file showed braces as
typed, and still does.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Address(StrEnum):
    """How the player is addressed."""

    MASCULINE = "m"
    FEMININE = "f"
    NONE = "none"  # both forms, "a/b"


@dataclass(frozen=True, slots=True)
class AlternationProblem:
    """Why a text's braces cannot be read, at which character (0-based).

    ``code`` (one of ``ALTERNATION_CODES``) names the mistake so a UI can say it in its
    own language; ``inner`` is the text between the braces the message quotes, if any.
    """

    position: int
    message: str
    code: str = ""
    inner: str = ""


#: Every ``AlternationProblem.code``.
ALTERNATION_CODES = ("unopened-brace", "unclosed-brace", "not-two-forms", "empty-form")


def _scan(text: str) -> tuple[list[tuple[str, str | None]], AlternationProblem | None]:
    """Split ``text`` into literal runs (second None) and alternations (masculine, feminine)."""
    parts: list[tuple[str, str | None]] = []
    literal: list[str] = []
    index = 0
    length = len(text)
    while index < length:
        char = text[index]
        if char == "{" and text.startswith("{{", index):
            literal.append("{")
            index += 2
            continue
        if char == "}" and text.startswith("}}", index):
            literal.append("}")
            index += 2
            continue
        if char == "}":
            return parts, AlternationProblem(
                index, "a '}' with no '{' before it (write }} for a brace)", "unopened-brace"
            )
        if char != "{":
            literal.append(char)
            index += 1
            continue
        end = text.find("}", index + 1)
        opening = text.find("{", index + 1)
        if end < 0 or (0 <= opening < end):
            return parts, AlternationProblem(
                index, "a '{' that is not closed by '}' (write {{ for a brace)", "unclosed-brace"
            )
        inner = text[index + 1 : end]
        forms = inner.split("|")
        if len(forms) != 2:
            return parts, AlternationProblem(
                index,
                f"{{{inner}}} should hold two forms, masculine|feminine, separated by one '|'",
                "not-two-forms",
                inner,
            )
        masculine, feminine = forms
        if not masculine.strip() or not feminine.strip():
            return parts, AlternationProblem(
                index, f"{{{inner}}} has an empty form", "empty-form", inner
            )
        if literal:
            parts.append(("".join(literal), None))
            literal = []
        parts.append((masculine, feminine))
        index = end + 1
    if literal:
        parts.append(("".join(literal), None))
    return parts, None


def alternation_problem(text: str) -> AlternationProblem | None:
    """The first unbalanced or empty alternation in ``text``, or None if it reads well."""
    return _scan(text)[1]


def has_alternation(text: str) -> bool:
    """Whether ``text`` holds at least one ``{a|b}``."""
    parts, _ = _scan(text)
    return any(feminine is not None for _, feminine in parts)


def apply_address(text: str, address: Address) -> str:
    """``text`` with every alternation resolved for ``address``.

    Never raises: a text the validator would refuse is shown as typed, so a
    player never fails on it.
    """
    if "{" not in text and "}" not in text:
        return text
    parts, problem = _scan(text)
    if problem is not None:
        return text
    out: list[str] = []
    for first, second in parts:
        if second is None or address is Address.MASCULINE:
            out.append(first)
        elif address is Address.FEMININE:
            out.append(second)
        else:
            out.append(f"{first}/{second}")
    return "".join(out)


def parse_address(value: str | None) -> Address:
    """An address from its stored code; unknown or missing means both forms."""
    try:
        return Address(value) if value else Address.NONE
    except ValueError:
        return Address.NONE
