"""Renaming an id in the lines of a node nobody has read yet, without reading it.

A rename in a large document touches many nodes (a variable used in every
decision); reading each with ruamel and writing it again costs ~10 ms a node. For a
node still unread, the use is a scalar whose exact place libyaml reports, so the
new id is written there, in the scalar's own quoting, and the node stays unread.
Anything this cannot do exactly (a scalar over several lines, a block scalar) is
left to the caller, which then edits the node's tree as usual.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from trainer.authoring.layout import NodeSegment

Span = tuple[int, int, Any, str]  # start, end (character offsets), style, value
_PLAIN_ID = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_NOT_TEXT = {"true", "false", "null", "True", "False", "Null", "TRUE", "FALSE", "NULL"}


def scalar_spans(text: str) -> dict[tuple[tuple[Any, ...], bool], Span]:
    """(path, is_key) → where each scalar of ``text`` stands, for one-document YAML."""
    from ruamel.yaml.cyaml import CParser  # type: ignore[attr-defined]

    parser = CParser(text)
    spans: dict[tuple[tuple[Any, ...], bool], Span] = {}
    # Each frame: [path, is_map, expecting a key, current key or index]
    stack: list[list[Any]] = []

    def value_path() -> tuple[Any, ...]:
        if not stack:
            return ()
        path, _is_map, _expect, current = stack[-1]
        return (*path, current)

    def advance() -> None:
        if stack:
            frame = stack[-1]
            if frame[1]:
                frame[2] = True
            else:
                frame[3] += 1

    while parser.check_event():
        event = parser.get_event()
        kind = type(event).__name__
        if kind in ("MappingStartEvent", "SequenceStartEvent"):
            is_map = kind == "MappingStartEvent"
            stack.append([value_path(), is_map, is_map, None if is_map else 0])
        elif kind in ("MappingEndEvent", "SequenceEndEvent"):
            stack.pop()
            advance()
        elif kind == "ScalarEvent":
            where = (event.start_mark.index, event.end_mark.index, event.style, event.value)
            if event.start_mark.line != event.end_mark.line:
                where = (-1, -1, event.style, event.value)  # over several lines: not here
            frame = stack[-1] if stack else None
            if frame is not None and frame[1] and frame[2]:
                spans[((*frame[0], event.value), True)] = where
                frame[3], frame[2] = event.value, False
            else:
                spans[(value_path(), False)] = where
                advance()
    return spans


def render(value: str, style: Any, *, identifier: bool) -> str | None:
    """``value`` written as a scalar in ``style`` (None: a style this cannot write)."""
    if style in (None, "", "plain"):
        if not identifier:
            return value  # a condition stays plain: only a name in it changed
        if _PLAIN_ID.fullmatch(value) and value not in _NOT_TEXT:
            return value
        return json.dumps(value, ensure_ascii=False)
    if style == '"':
        return json.dumps(value, ensure_ascii=False)
    if style == "'":
        return "'" + value.replace("'", "''") + "'"
    return None


def edit_segment(
    segment: NodeSegment,
    edits: Sequence[tuple[tuple[Any, ...], bool, Callable[[str], str], bool]],
    indent: int,
    *,
    new_key: str | None = None,
) -> NodeSegment | None:
    """``segment`` with each scalar at (path, is_key) replaced by ``change(old value)``.

    Paths start at the node's id. The last flag says whether the scalar is an id (a
    condition is not). None when a scalar is not found or cannot be written in place.
    """
    text = "".join(segment.dedented)
    try:
        spans = scalar_spans(text)
    except Exception:
        return None
    replacements = []
    for path, is_key, change, identifier in edits:
        span = spans.get((path, is_key))
        if span is None or span[0] < 0:
            return None
        start, end, style, value = span
        written = render(change(value), style, identifier=identifier)
        if written is None:
            return None
        replacements.append((start, end, written))
    if new_key is not None:
        span = spans.get(((segment.key,), True))
        if span is None or span[0] < 0:
            return None
        written = render(new_key, span[2], identifier=True)
        if written is None:
            return None
        replacements.append((span[0], span[1], written))
    for start, end, written in sorted(set(replacements), reverse=True):
        text = text[:start] + written + text[end:]
    dedented = tuple(text.splitlines(keepends=True))
    if len(dedented) != len(segment.dedented):
        return None
    pad = " " * indent
    verbatim = tuple(
        old if new == before else pad + new
        for old, before, new in zip(segment.verbatim, segment.dedented, dedented, strict=True)
    )
    return NodeSegment(new_key if new_key is not None else segment.key, verbatim, dedented)
