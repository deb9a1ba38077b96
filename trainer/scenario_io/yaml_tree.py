"""Safe YAML 1.2 / JSON reading into plain Python data, with line and column marks.

We read the parser's *event stream* and build the data ourselves instead of
using a loader, because that is what lets us refuse anchors, aliases and tags
before anything is constructed, stop at a nesting depth before a deeply
nested document costs time (libyaml is quadratic in flow nesting), refuse
duplicate keys, and remember where every value stood in the file.

Scalars are resolved by the YAML 1.2 core schema (``no`` stays a string).
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from trainer.scenario_io.limits import (
    MAX_DEPTH,
    MAX_INT_DIGITS,
    MAX_TEXT_CHARS,
    MAX_YAML_NODES,
)

Path = tuple[str | int, ...]

_NULL_RE = re.compile(r"\A(~|null|Null|NULL|)\Z")
_TRUE_RE = re.compile(r"\A(true|True|TRUE)\Z")
_FALSE_RE = re.compile(r"\A(false|False|FALSE)\Z")
_INT_RE = re.compile(r"\A[-+]?[0-9]+\Z")
_OCT_RE = re.compile(r"\A0o[0-7]+\Z")
_HEX_RE = re.compile(r"\A0x[0-9a-fA-F]+\Z")
_FLOAT_RE = re.compile(
    r"\A([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
    r"|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN))\Z"
)
# C0 controls except tab and newline, DEL, C1 controls (NEL among them), lone surrogates.
_BAD_CHAR_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Characters the parser (YAML 1.1 rules) takes for line breaks but YAML 1.2 does not:
# read as breaks they can start a hidden key (`title: A<NEL>summary: B`) or silently
# turn into a space inside quoted text, so they are refused anywhere in the file.
_FOREIGN_BREAKS = {"\x85": "NEL", "\u2028": "LINE SEPARATOR", "\u2029": "PARAGRAPH SEPARATOR"}
_FOREIGN_BREAK_RE = re.compile("[\x85\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based line and column in the source file."""

    line: int
    column: int
    quoted: bool = False


class YamlProblem(Exception):
    """The file cannot be read as safe YAML; carries a code and a position."""

    def __init__(self, code: str, message: str, mark: Mark | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.mark = mark


@dataclass(slots=True)
class Document:
    """Plain data plus where each value (and each mapping key) stood in the file.

    Positions are packed into plain integers (line, column, quoted) and turned into
    :class:`Mark` only when a finding needs one: most values never do, and keeping
    the parser's event objects alive instead made the garbage collector dominate.
    """

    data: Any
    values: dict[Path, int] = field(default_factory=dict)
    keys: dict[Path, int] = field(default_factory=dict)

    def mark(self, path: Path, *, key: bool = False) -> Mark | None:
        """Where ``path`` stood; falls back to the nearest enclosing value."""
        if key and path in self.keys:
            return _unpack(self.keys[path])
        probe = path
        while True:
            if probe in self.values:
                return _unpack(self.values[probe])
            if not probe:
                return None
            probe = probe[:-1]


def _pack(event: Any) -> int:
    """Line, column and quoting of an event in one int (ints cost the GC nothing)."""
    start = event.start_mark
    quoted = getattr(event, "style", None) in ("'", '"')
    line: int = start.line + 1
    column: int = start.column + 1
    return (line << 22 | column) << 1 | quoted


def _unpack(packed: int) -> Mark:
    return Mark(packed >> 23, (packed >> 1) & 0x3FFFFF, bool(packed & 1))


def _mark(event: Any) -> Mark:
    return _unpack(_pack(event))


# Plain scalars that cannot be null, bool or a number start with none of these.
_NON_TEXT_START = frozenset("0123456789+-.~nNtTfF")


def _resolve_plain(value: str, event: Any) -> Any:
    if value and value[0] not in _NON_TEXT_START:
        return value
    if _NULL_RE.match(value):
        return None
    if _TRUE_RE.match(value):
        return True
    if _FALSE_RE.match(value):
        return False
    if _INT_RE.match(value) or _OCT_RE.match(value) or _HEX_RE.match(value):
        if len(value.lstrip("+-")) > MAX_INT_DIGITS:
            raise YamlProblem(
                "number-too-large", f"the number {value[:20]}… is too large", _mark(event)
            )
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        return int(value)
    if _FLOAT_RE.match(value):
        special = value.lower()
        if special.lstrip("+-") in (".inf", ".nan"):  # every spelling the regex allows
            return float(special.replace(".", ""))
        return float(value)
    return value


def _check_text(value: str, event: Any) -> None:
    if len(value) > MAX_TEXT_CHARS:
        raise YamlProblem(
            "text-too-long",
            f"a text of {len(value):,} characters is longer than the limit of {MAX_TEXT_CHARS:,}",
            _mark(event),
        )
    bad = _BAD_CHAR_RE.search(value)
    if bad:
        raise YamlProblem(
            "bad-character",
            f"the text contains the control or invalid character U+{ord(bad.group()):04X}",
            _mark(event),
        )


def parse_yaml(text: str) -> Document:
    """Parse YAML (or JSON) text into plain data with marks; raises YamlProblem.

    The C parser (libyaml) is about 18 times faster but implements YAML 1.1, which
    refuses some valid YAML 1.2 such as ``{pl: Co robisz?, en: Why?}``. A file it
    refuses is read again with the pure-Python YAML 1.2 parser, whose verdict stands.
    """
    _refuse_foreign_breaks(text)
    try:
        return _parse(text, pure=False)
    except YamlProblem as problem:
        if problem.code != "yaml-syntax":
            raise
    return _parse(text, pure=True)


def _refuse_foreign_breaks(text: str) -> None:
    """Refuse U+0085, U+2028 and U+2029 anywhere, before the parser sees them."""
    found = _FOREIGN_BREAK_RE.search(text)
    if found is None:
        return
    character = found.group()
    raise YamlProblem(
        "bad-character",
        f"the file contains the character U+{ord(character):04X} "
        f"({_FOREIGN_BREAKS[character]}), which YAML 1.2 does not read as a line break: "
        "remove it or use an ordinary line break",
        _mark_at(text, found.start()),
    )


def _events(text: str, *, pure: bool) -> Iterator[Any]:
    """The parser's events, from libyaml when available (and not ``pure``)."""
    if not pure:
        try:
            from ruamel.yaml.cyaml import CParser  # type: ignore[attr-defined]
        except ImportError:  # no compiled extension on this platform
            pure = True
        else:
            parser = CParser(text)
            while parser.check_event():
                yield parser.get_event()
            return
    from ruamel.yaml import YAML

    yield from YAML(typ="safe", pure=True).parse(text)


def _parse(text: str, *, pure: bool) -> Document:
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    # Building creates many small containers at once; pausing the cyclic GC (which
    # has nothing to collect here) roughly halves the time for large files.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build(_events(text, pure=pure))
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = Mark(mark.line + 1, mark.column + 1) if mark is not None else None
        problem = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise YamlProblem("yaml-syntax", f"not valid YAML: {problem}", where) from None
    except YAMLError as exc:
        position = getattr(exc, "position", None)
        where = _mark_at(text, position) if isinstance(position, int) else None
        reason = getattr(exc, "reason", None) or _one_line(str(exc))
        raise YamlProblem("yaml-syntax", f"not valid YAML: {reason}", where) from None
    finally:
        if collecting:
            gc.enable()


def _build(events: Iterator[Any]) -> Document:
    """Build plain data from parser events, refusing what scenario files may not hold.

    One flat loop with local variables: this runs once per value of the file.
    """
    from ruamel.yaml.events import (
        AliasEvent,
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
    )

    document = Document(data=None)
    values = document.values
    keys = document.keys
    # Each frame: [container, path, pending key or _NO_KEY, the key's event, start event]
    stack: list[list[Any]] = []
    count = 0
    have_root = False

    def attach(value: Any, event: Any) -> None:
        nonlocal have_root
        if not stack:
            if have_root:
                raise YamlProblem(
                    "several-documents", "the file holds more than one document", _mark(event)
                )
            document.data = value
            values[()] = _pack(event)
            have_root = True
            return
        frame = stack[-1]
        container = frame[0]
        if type(container) is list:
            values[(*frame[1], len(container))] = _pack(event)
            container.append(value)
            return
        key = frame[2]
        if key is _NO_KEY:
            if type(value) is not str:
                raise YamlProblem("bad-key", "a mapping key must be a simple name", _mark(event))
            if value in container:
                first = keys.get((*frame[1], value))
                where = f" (first at line {_unpack(first).line})" if first is not None else ""
                raise YamlProblem(
                    "duplicate-key", f"the key {value!r} appears twice{where}", _mark(event)
                )
            frame[2] = value
            frame[3] = event
            return
        path = (*frame[1], key)
        values[path] = _pack(event)
        keys[path] = _pack(frame[3])
        container[key] = value
        frame[2] = _NO_KEY

    for event in events:
        kind = type(event)
        if kind is ScalarEvent or kind is MappingStartEvent or kind is SequenceStartEvent:
            if event.anchor is not None:
                raise YamlProblem(
                    "anchor-refused",
                    f"anchors (&{event.anchor}) are not allowed: write each value out in full",
                    _mark(event),
                )
            tag = event.tag
            if tag is not None and tag != "!":
                raise YamlProblem(
                    "tag-refused",
                    f"tags such as {tag} are not allowed in scenario files",
                    _mark(event),
                )
            count += 1
            if count > MAX_YAML_NODES:
                raise YamlProblem(
                    "too-large", f"more than {MAX_YAML_NODES:,} values in the file", _mark(event)
                )
        if kind is ScalarEvent:
            value: Any = event.value
            in_key = bool(stack) and type(stack[-1][0]) is dict and stack[-1][2] is _NO_KEY
            # Keys stay text as written: a node called `1` or `yes` is "1" or "yes".
            if not event.style and not in_key:
                value = _resolve_plain(value, event)
            if type(value) is str:
                _check_text(value, event)
            attach(value, event)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            if len(stack) >= MAX_DEPTH:
                raise YamlProblem(
                    "too-deep",
                    f"the data is nested more than {MAX_DEPTH} levels deep",
                    _mark(event),
                )
            if stack:
                frame = stack[-1]
                if type(frame[0]) is dict:
                    if frame[2] is _NO_KEY:
                        raise YamlProblem(
                            "bad-key", "a mapping key must be a simple name", _mark(event)
                        )
                    path: Path = (*frame[1], frame[2])
                else:
                    path = (*frame[1], len(frame[0]))
            else:
                path = ()
            container: Any = {} if kind is MappingStartEvent else []
            stack.append([container, path, _NO_KEY, None, event])
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            container, _, _, _, start_event = stack.pop()
            # A mapping or list under a key is placed at that key (`intro:`), where
            # the author named it, not at its first or last entry.
            if stack and type(stack[-1][0]) is dict:
                start_event = stack[-1][3]
            attach(container, start_event)
        elif kind is AliasEvent:
            raise YamlProblem(
                "alias-refused",
                f"aliases (*{event.anchor}) are not allowed: write the value out in full",
                _mark(event),
            )
    return document


_NO_KEY: Any = object()


def _mark_at(text: str, position: int) -> Mark:
    """The line and column of a character offset (CR LF, CR and LF end a line)."""
    before = text[:position].replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    return Mark(line, len(before) - (before.rfind("\n") + 1) + 1)


def _one_line(message: str) -> str:
    return " ".join(message.split())
