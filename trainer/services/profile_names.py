"""Profile names: one spelling per person, nothing that can hide or act on a terminal.

A name is typed at a shared laptop and printed by the CLI to an instructor's
terminal, so it must not carry control characters (an escape sequence can
rewrite the terminal), and two names that look alike must be the same profile:
``Jan Kowal``, ``Jan\\u200b Kowal`` (a zero-width space), full-width
``Ｊａｎ Kowal`` and ``\\u202eJan Kowal`` (a bidi override) were four profiles.

- :func:`clean_name` is the name as stored and shown: Unicode NFKC (full-width and
  other compatibility forms become plain letters), runs of spaces, tabs and line
  breaks become one space, and control, format (invisible, including every bidi
  control), surrogate, private-use and unassigned characters are refused with
  :class:`ProfileNameError` naming the character.
- :func:`name_key` is how names are compared: the clean name, case-folded
  (``ANNA`` and ``anna`` are one profile). For a name already clean this is what
  the store has always put in its ``name_key`` column (collapsed and
  case-folded), so existing rows need no migration; names stored before this
  check that are not clean (full-width letters, say) are still found, because
  look-ups also compare the key of each stored display name (see
  ``ProfileService``).
"""

from __future__ import annotations

import unicodedata

from trainer.storage.errors import ProfileError

MAX_NAME_CHARS = 80
#: Characters that separate words and are folded into one space.
_SPACES = frozenset("\t\n\r\v\f")
#: Unicode categories never allowed in a name: control, format (zero-width and bidi
#: controls are all Cf), surrogate, private use, unassigned, line/paragraph separators.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


class ProfileNameError(ProfileError):
    """A name that cannot be a profile name; ``code`` says why (for translations).

    ``character`` is the offending character as ``U+XXXX`` where one is to blame;
    ``name`` the existing profile's name when the new one is taken.
    """

    def __init__(self, message: str, code: str, character: str = "", name: str = "") -> None:
        super().__init__(message)
        self.code = code
        self.character = character
        self.name = name


def code_point(char: str) -> str:
    """``U+200B`` for a zero-width space."""
    return f"U+{ord(char):04X}"


def _collapse(text: str) -> str:
    words = "".join(" " if c in _SPACES else c for c in text).split()
    return " ".join(words)


def clean_name(raw: str) -> str:
    """The name as stored and shown; ProfileNameError if it cannot be one."""
    for char in raw:
        if char in _SPACES:
            continue
        category = unicodedata.category(char)
        if category in _REFUSED_CATEGORIES:
            name = unicodedata.name(char, "")
            described = f"{code_point(char)} {name}".strip()
            kind = "control" if category == "Cc" else "invisible"
            raise ProfileNameError(
                f"a profile name cannot contain {kind} characters ({described}): "
                "type the name with letters, digits, spaces and punctuation only",
                f"name-{kind}",
                code_point(char),
            )
    clean = _collapse(unicodedata.normalize("NFKC", raw))
    if not clean or len(clean) > MAX_NAME_CHARS:
        raise ProfileNameError(
            f"a profile name needs 1 to {MAX_NAME_CHARS} characters", "name-length"
        )
    return clean


def name_key(name: str) -> str:
    """How names are compared for uniqueness: NFKC, spaces collapsed, case-folded.

    Total (never raises), so it also keys names stored before :func:`clean_name`.
    """
    normal = _collapse(unicodedata.normalize("NFKC", name))
    return unicodedata.normalize("NFKC", normal.casefold())


def printable(text: str) -> str:
    """``text`` with every non-printable character escaped as Python's repr does.

    For anything a terminal shows: ``\\x1b`` stays visible as text instead of
    starting an escape sequence, ``\\u202e`` instead of reversing the line.
    Line breaks are kept (the caller's own output has them).
    """
    if text.isprintable():
        return text
    parts: list[str] = []
    for char in text:
        if char == "\n" or char.isprintable():
            parts.append(char)
        elif char == "\t":
            parts.append("\\t")
        elif ord(char) <= 0xFF:
            parts.append(f"\\x{ord(char):02x}")
        elif ord(char) <= 0xFFFF:
            parts.append(f"\\u{ord(char):04x}")
        else:
            parts.append(f"\\U{ord(char):08x}")
    return "".join(parts)


__all__ = [
    "MAX_NAME_CHARS",
    "ProfileNameError",
    "clean_name",
    "code_point",
    "name_key",
    "printable",
]
