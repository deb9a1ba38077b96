"""Profile names: normalised, no control or invisible characters, one per look (issue 13, 12).

Covers T40 (shared-laptop privacy by default: one person cannot pose as another
with a look-alike name) and T30 (nothing a user typed reaches a terminal raw).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from trainer.services.context import Services, open_services
from trainer.services.profile_names import (
    MAX_NAME_CHARS,
    ProfileNameError,
    clean_name,
    name_key,
    printable,
)

REFUSED = {"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"}


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(tmp_path / "data")
    yield opened
    opened.close(backup=False)


# -- properties of the cleaning ---------------------------------------------------------


@settings(max_examples=400)
@given(st.text(max_size=100))
def test_a_cleaned_name_is_normal_visible_and_stable(raw: str) -> None:
    """T40: whatever is typed, a name is refused or comes out clean, and cleaning again keeps it."""
    try:
        clean = clean_name(raw)
    except ProfileNameError as exc:
        assert exc.code in {"name-control", "name-invisible", "name-length"}
        if exc.character:
            char = chr(int(exc.character[2:], 16))
            assert char in raw and unicodedata.category(char) in REFUSED
        return
    assert 1 <= len(clean) <= MAX_NAME_CHARS
    assert clean == clean.strip() and "  " not in clean
    assert not any(unicodedata.category(c) in REFUSED for c in clean)
    assert unicodedata.normalize("NFKC", clean) == clean
    assert clean_name(clean) == clean
    assert name_key(clean) == name_key(raw)


visible_text = st.text(st.characters(categories=["L", "N", "P", "Zs"]), max_size=30)


@given(visible_text, st.sampled_from(sorted(REFUSED - {"Cs", "Cn"})), st.data())
def test_any_refused_character_anywhere_is_refused(
    text: str, category: str, data: st.DataObject
) -> None:
    """T30: a control, format (bidi, zero-width) or private-use character is never accepted."""
    char = data.draw(st.characters(categories=[category]))  # type: ignore[list-item]
    assume(char not in "\t\n\r\x0b\x0c")  # ordinary line breaks and tabs fold into spaces
    position = data.draw(st.integers(0, len(text)))
    with pytest.raises(ProfileNameError) as raised:
        clean_name(text[:position] + char + text[position:] + "x")
    assert raised.value.code in {"name-control", "name-invisible"}
    assert f"U+{ord(char):04X}" in str(raised.value)


ascii_names = st.text(
    alphabet=st.characters(min_codepoint=0x41, max_codepoint=0x7A, categories=["Lu", "Ll"]),
    min_size=1,
    max_size=12,
).map(lambda s: f"{s} Kowal")


def full_width(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


@given(ascii_names, st.sampled_from(["upper", "lower", "full-width", "spaces", "nbsp"]))
def test_look_alikes_share_one_key(name: str, change: str) -> None:
    """T40: case, width and spacing do not make a different name."""
    altered = {
        "upper": name.upper(),
        "lower": name.lower(),
        "full-width": full_width(name),
        "spaces": "  " + name.replace(" ", " \t ") + " ",
        "nbsp": name.replace(" ", "\u00a0"),
    }[change]
    assert name_key(clean_name(altered)) == name_key(name)


@given(st.text(max_size=60))
def test_printable_leaves_nothing_a_terminal_acts_on(text: str) -> None:
    """T30: the CLI's escaping keeps only printable characters and line breaks."""
    shown = printable(text)
    assert all(c == "\n" or c.isprintable() for c in shown)
    if text.isprintable():
        assert shown == text


# -- the service ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("Jan\u200b Kowal", "name-invisible"),  # zero-width space
        ("\u202eJan Kowal", "name-invisible"),  # right-to-left override
        ("Jan\u2066 Kowal", "name-invisible"),  # left-to-right isolate
        ("Jan\u00ad Kowal", "name-invisible"),  # soft hyphen
        ("Jan\x1b[31m Kowal", "name-control"),  # a terminal colour escape
        ("Jan\x00Kowal", "name-control"),
        ("Jan\x85Kowal", "name-control"),  # NEL
        ("Jan\u2028Kowal", "name-invisible"),  # line separator
        ("   ", "name-length"),
        ("x" * (MAX_NAME_CHARS + 1), "name-length"),
    ],
)
def test_refused_names_say_why(services: Services, raw: str, code: str) -> None:
    """T30/T40: each refused name gets a message naming the problem; nothing is stored."""
    with pytest.raises(ProfileNameError) as raised:
        services.profiles.create(raw)
    assert raised.value.code == code
    assert services.store.list_profiles() == []


@pytest.mark.parametrize(
    "look_alike",
    ["jan kowal", "JAN KOWAL", "Jan  Kowal", " Jan Kowal ", "Ｊａｎ Kowal", "Jan\u00a0Kowal"],
)
def test_look_alike_names_are_one_profile(services: Services, look_alike: str) -> None:
    """T40: the report's look-alikes cannot become a second profile, and find the first."""
    first = services.profiles.create("Jan Kowal")
    with pytest.raises(ProfileNameError) as raised:
        services.profiles.create(look_alike)
    assert raised.value.code == "name-taken" and raised.value.name == "Jan Kowal"
    assert services.profiles.find(look_alike).id == first.id
    assert services.profiles.get_or_create_officer(look_alike).id == first.id
    assert len(services.store.list_profiles()) == 1


def test_full_width_name_is_stored_in_plain_letters(services: Services) -> None:
    profile = services.profiles.create("Ｊａｎ　Kowal")  # full-width letters and space
    assert profile.display_name == "Jan Kowal"


def test_names_stored_before_the_check_are_still_found(services: Services) -> None:
    """Rows stored unclean by an older version: found by their look, no migration needed."""
    legacy = services.store.create_profile("Ｊａｎ Kowal", "officer")  # as the old code stored it
    assert services.profiles.find("Jan Kowal").id == legacy.id
    assert services.profiles.find("jan kowal").id == legacy.id
    with pytest.raises(ProfileNameError):
        services.profiles.create("Jan Kowal")
    escaped = services.store.create_profile("Eve\x1b[2J", "officer")
    assert services.profiles.find("Eve\x1b[2J").id == escaped.id  # typed exactly, still found


# -- the CLI ----------------------------------------------------------------------------


def test_cli_refuses_an_escape_in_a_name_without_echoing_it(run_cli, tmp_path: Path) -> None:
    """T30: the message names the character; no raw escape reaches the terminal."""
    data = tmp_path / "data"
    result = run_cli("profile", "create", "Eve\x1b]0;pwned\x07", "--data-dir", data)
    assert result.exit_code == 1
    assert "U+001B" in result.stderr and "control" in result.stderr
    assert "\x1b" not in result.stderr + result.stdout
    assert "\x07" not in result.stderr + result.stdout


@pytest.mark.parametrize("command", ["list", "export"])
def test_cli_escapes_stored_names_it_prints(run_cli, tmp_path: Path, command: str) -> None:
    """T30: a name stored by an older version with escapes is printed escaped, text or JSON."""
    data = tmp_path / "data"
    name = "Eve\x1b[2J\u202e"
    opened = open_services(data)
    opened.store.create_profile(name, "officer")  # as the old code stored it
    opened.close(backup=False)
    args = ["profile", command] + ([name] if command == "export" else []) + ["--data-dir", data]
    result = run_cli(*args)
    assert result.exit_code == 0, result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    assert "\u202e" not in result.stdout + result.stderr
    if command == "export":
        assert json.loads(result.stdout)["profile"]["display_name"] == name
    else:
        assert "Eve\\x1b[2J\\u202e" in result.stdout
