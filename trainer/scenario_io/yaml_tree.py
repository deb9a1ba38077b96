"""Safe YAML 1.2 / JSON reading into plain Python data, with line and column marks.

We read the parser's *event stream* and build the data ourselves instead of
using a loader, because that is what lets us refuse anchors, aliases and tags
before anything is constructed, stop at a nesting depth before a deeply
nested document costs time (libyaml is quadratic in flow nesting), refuse
duplicate keys, and remember where every value stood in the file.

Scalars are resolved by the YAML 1.2 core schema (``no`` stays a string).
"""

from __future__ import annotations

import re
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
    """Plain data plus where each value (and each mapping key) stood in the file."""

    data: Any
    values: dict[Path, Mark] = field(default_factory=dict)
    keys: dict[Path, Mark] = field(default_factory=dict)

    def mark(self, path: Path, *, key: bool = False) -> Mark | None:
        """Where ``path`` stood; falls back to the nearest enclosing value."""
        if key and path in self.keys:
            return self.keys[path]
        probe = path
        while True:
            if probe in self.values:
                return self.values[probe]
            if not probe:
                return None
            probe = probe[:-1]


def _mark(event: Any, *, quoted: bool = False) -> Mark:
    start = event.start_mark
    return Mark(start.line + 1, start.column + 1, quoted)


def _resolve_plain(value: str, mark: Mark) -> Any:
    if _NULL_RE.match(value):
        return None
    if _TRUE_RE.match(value):
        return True
    if _FALSE_RE.match(value):
        return False
    if _INT_RE.match(value) or _OCT_RE.match(value) or _HEX_RE.match(value):
        if len(value.lstrip("+-")) > MAX_INT_DIGITS:
            raise YamlProblem("number-too-large", f"the number {value[:20]}… is too large", mark)
        if value.startswith("0o"):
            return int(value[2:], 8)
        if value.startswith("0x"):
            return int(value[2:], 16)
        return int(value)
    if _FLOAT_RE.match(value):
        return float(value.replace(".inf", "inf").replace(".nan", "nan").replace(".Inf", "inf"))
    return value


def _check_text(value: str, mark: Mark) -> None:
    if len(value) > MAX_TEXT_CHARS:
        raise YamlProblem(
            "text-too-long",
            f"a text of {len(value):,} characters is longer than the limit of {MAX_TEXT_CHARS:,}",
            mark,
        )
    bad = _BAD_CHAR_RE.search(value)
    if bad:
        raise YamlProblem(
            "bad-character",
            f"the text contains the control or invalid character U+{ord(bad.group()):04X}",
            mark,
        )


class _Builder:
    """Turns parser events into nested dicts and lists, one event at a time."""

    def __init__(self, document: Document) -> None:
        self.doc = document
        # Each frame: [container, path, pending_key, pending_key_mark]
        self.stack: list[list[Any]] = []
        self.nodes = 0
        self.root_set = False

    def _path_for_child(self) -> Path:
        container, path, pending_key, _ = self.stack[-1]
        if isinstance(container, list):
            return (*path, len(container))
        return (*path, pending_key)

    def _attach(self, value: Any, mark: Mark) -> None:
        """Attach a finished value to its parent (or make it the root)."""
        if not self.stack:
            if self.root_set:
                raise YamlProblem(
                    "several-documents", "the file holds more than one document", mark
                )
            self.doc.data = value
            self.doc.values[()] = mark
            self.root_set = True
            return
        frame = self.stack[-1]
        container, path, pending_key, key_mark = frame
        if isinstance(container, list):
            self.doc.values[(*path, len(container))] = mark
            container.append(value)
            return
        if pending_key is None:
            self._take_key(frame, value, mark)
            return
        self.doc.values[(*path, pending_key)] = mark
        self.doc.keys[(*path, pending_key)] = key_mark
        container[pending_key] = value
        frame[2] = None
        frame[3] = None

    def _take_key(self, frame: list[Any], value: Any, mark: Mark) -> None:
        container, path, _, _ = frame
        if not isinstance(value, str):
            raise YamlProblem(
                "bad-key", "a mapping key must be a simple name, not a list or mapping", mark
            )
        if value in container:
            first = self.doc.keys.get((*path, value))
            where = f" (first at line {first.line})" if first else ""
            raise YamlProblem("duplicate-key", f"the key {value!r} appears twice{where}", mark)
        frame[2] = value
        frame[3] = mark

    def _count(self, mark: Mark) -> None:
        self.nodes += 1
        if self.nodes > MAX_YAML_NODES:
            raise YamlProblem("too-large", f"more than {MAX_YAML_NODES:,} values in the file", mark)

    def scalar(self, event: Any) -> None:
        quoted = event.style in ("'", '"', "|", ">")
        mark = _mark(event, quoted=event.style in ("'", '"'))
        self._count(mark)
        value: Any = event.value
        in_key_position = (
            bool(self.stack) and isinstance(self.stack[-1][0], dict) and self.stack[-1][2] is None
        )
        # Keys stay text as written: a node called `1` or `yes` is the id "1" or "yes".
        if not quoted and not in_key_position:
            value = _resolve_plain(value, mark)
        if isinstance(value, str):
            _check_text(value, mark)
        self._attach(value, mark)

    def start(self, event: Any, container: dict[str, Any] | list[Any]) -> None:
        mark = _mark(event)
        self._count(mark)
        if len(self.stack) >= MAX_DEPTH:
            raise YamlProblem(
                "too-deep", f"the data is nested more than {MAX_DEPTH} levels deep", mark
            )
        if self.stack and isinstance(self.stack[-1][0], dict) and self.stack[-1][2] is None:
            raise YamlProblem("bad-key", "a mapping key must be a simple name", mark)
        path = self._path_for_child() if self.stack else ()
        self.stack.append([container, path, None, mark])

    def end(self) -> None:
        container, path, _, start_mark = self.stack.pop()
        self._attach(container, self.doc.values.get(path, start_mark))


def parse_yaml(text: str) -> Document:
    """Parse YAML (or JSON) text into plain data with marks; raises YamlProblem.

    The C parser (libyaml) is about 18 times faster but implements YAML 1.1, which
    refuses some valid YAML 1.2 such as ``{pl: Co robisz?, en: Why?}``. A file it
    refuses is read again with the pure-Python YAML 1.2 parser, whose verdict stands.
    """
    try:
        return _parse(text, pure=False)
    except YamlProblem as problem:
        if problem.code != "yaml-syntax":
            raise
    return _parse(text, pure=True)


def _parse(text: str, *, pure: bool) -> Document:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.events import (
        AliasEvent,
        MappingEndEvent,
        MappingStartEvent,
        ScalarEvent,
        SequenceEndEvent,
        SequenceStartEvent,
    )

    document = Document(data=None)
    builder = _Builder(document)
    parser = YAML(typ="safe", pure=pure)
    try:
        for event in parser.parse(text):
            if isinstance(event, AliasEvent):
                raise YamlProblem(
                    "alias-refused",
                    f"aliases (*{event.anchor}) are not allowed: write the value out in full",
                    _mark(event),
                )
            anchor = getattr(event, "anchor", None)
            if anchor is not None:
                raise YamlProblem(
                    "anchor-refused",
                    f"anchors (&{anchor}) are not allowed: write each value out in full",
                    _mark(event),
                )
            tag = getattr(event, "tag", None)
            if tag is not None and tag != "!":
                raise YamlProblem(
                    "tag-refused",
                    f"tags such as {tag} are not allowed in scenario files",
                    _mark(event),
                )
            if isinstance(event, ScalarEvent):
                builder.scalar(event)
            elif isinstance(event, MappingStartEvent):
                builder.start(event, {})
            elif isinstance(event, SequenceStartEvent):
                builder.start(event, [])
            elif isinstance(event, MappingEndEvent | SequenceEndEvent):
                builder.end()
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
    return document


def _mark_at(text: str, position: int) -> Mark:
    """The line and column of a character offset."""
    before = text[:position]
    line = before.count("\n") + 1
    return Mark(line, position - (before.rfind("\n") + 1) + 1)


def _one_line(message: str) -> str:
    return " ".join(message.split())
