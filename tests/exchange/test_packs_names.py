"""Property: the member-name checker never accepts a name that escapes the folder."""

from __future__ import annotations

import ntpath
import posixpath
import unicodedata
from pathlib import PurePosixPath, PureWindowsPath

from hypothesis import example, given, settings
from hypothesis import strategies as st

from trainer.exchange.packs import member_name_problem

#: The characters that make names dangerous, plus enough ordinary ones to build paths.
_TRICKY = [*"/\\.:~ aA0-_", "..", "C:", "\x00", "\x1b", "\u202e", "\u0301", "é", "\uff0e"]
_tricky_names = st.lists(st.sampled_from(_TRICKY), max_size=24).map("".join)
_any_names = st.text(max_size=60)
_names = st.one_of(_tricky_names, _any_names)


def _stays_inside(name: str) -> bool:
    """Whether ``name`` joined under a root stays strictly inside it, on POSIX and Windows."""
    root = "/sandbox/pack"
    joined = posixpath.normpath(posixpath.join(root, name))
    if not joined.startswith(root + "/"):
        return False
    windows_root = "C:\\sandbox\\pack"
    joined_windows = ntpath.normpath(ntpath.join(windows_root, name))
    return joined_windows.lower().startswith(windows_root.lower() + "\\")


@settings(max_examples=600, deadline=None)
@given(_names)
@example("../x")
@example("a/../../x")
@example("/x")
@example("C:\\x")
@example("\\\\server\\share\\x")
@example("a\\..\\..\\x")
@example("C:x")
@example("./a")
@example("a/")
def test_accepted_names_never_escape(name: str) -> None:
    if member_name_problem(name) is not None:
        return
    assert _stays_inside(name), name
    path = PurePosixPath(name)
    assert not path.is_absolute() and ".." not in path.parts and "." not in name.split("/")
    assert not PureWindowsPath(name).drive and not PureWindowsPath(name).root
    assert "\\" not in name and "\x00" not in name
    assert unicodedata.normalize("NFC", name) == name
    assert all(unicodedata.category(c)[0] != "C" for c in name)


_part = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=20)


@settings(max_examples=200, deadline=None)
@given(st.lists(_part, min_size=1, max_size=5), st.sampled_from([".png", ".yaml", ".json"]))
def test_plain_relative_names_are_accepted(parts: list[str], suffix: str) -> None:
    name = "/".join(parts) + suffix
    # A part that is a reserved device name (con, aux1...) is rightly refused.
    reserved = any(
        p.split(".")[0] in {"con", "prn", "aux", "nul"}
        or (len(p.split(".")[0]) == 4 and p[:3] in {"com", "lpt"} and p[3].isdigit())
        for p in name.split("/")
    )
    assert (member_name_problem(name) is None) != reserved, name
