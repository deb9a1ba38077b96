"""Where each node of a scenario file stands, found fast, so nodes can be read one by one.

ruamel.yaml's round-trip reader is pure Python (about 2.5 ms per node), so a
2,000-node file would take seconds to open. libyaml's event stream (no comments,
but exact positions) tells in a fraction of that time which lines each node
occupies; the document then reads a node with ruamel only when it is used, and
writes the lines of the nodes nobody touched as they are.

Only the common shape is split: a block ``nodes:`` map at the top level, every node
key at one column, each node's lines indented at least that far (comment lines
aside). Anything else (JSON, a flow ``nodes``, document markers) is read whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

_NODES_LINE = re.compile(r"nodes:(?P<rest>[ \t]*(#.*)?)\n")


@dataclass(frozen=True)
class NodeSegment:
    """One node's lines: as in the file, and moved left by the nodes' indentation."""

    key: str
    verbatim: tuple[str, ...]
    dedented: tuple[str, ...]


@dataclass(frozen=True)
class Layout:
    """A scenario file cut into the part above and below the nodes, and each node."""

    head: tuple[str, ...]  # the lines before the ``nodes:`` line
    nodes_line: str  # the ``nodes:`` line itself (with its comment)
    nodes_comment: str  # what follows ``nodes:`` on that line (spaces, a comment)
    prelude: tuple[str, ...]  # lines between ``nodes:`` and the first node (comments)
    segments: tuple[NodeSegment, ...]
    tail: tuple[str, ...]  # top-level keys after the nodes, if any
    indent: int

    def rest_text(self) -> str:
        """The file without its nodes: ``nodes: {}`` stands in for them."""
        return "".join((*self.head, self.placeholder_line, *self.tail))

    @property
    def placeholder_line(self) -> str:
        return f"nodes: {{}}{self.nodes_comment}\n"

    def sample_text(self, count: int) -> str:
        """Just the first ``count`` nodes, as a file (to pick the writer's indentation)."""
        nodes = [line for segment in self.segments[:count] for line in segment.verbatim]
        return "".join((self.nodes_line, *self.prelude, *nodes))


class _Frame:
    __slots__ = ("expect_key", "is_map", "key")

    def __init__(self, *, is_map: bool) -> None:
        self.is_map = is_map
        self.expect_key = is_map
        self.key: Any = None


def _keys(text: str) -> tuple[list[tuple[str, int, int]], list[tuple[str, int, int]]] | None:
    """The top-level keys and the node keys as (name, line, column); None: not splittable."""
    try:
        from ruamel.yaml.cyaml import CParser  # type: ignore[attr-defined]
    except ImportError:  # no compiled extension here: read the file whole
        return None
    parser = CParser(text)
    stack: list[_Frame] = []
    nodes_frame: _Frame | None = None
    top: list[tuple[str, int, int]] = []
    nodes: list[tuple[str, int, int]] = []
    while parser.check_event():
        event = parser.get_event()
        kind = type(event).__name__
        if kind in ("DocumentStartEvent", "DocumentEndEvent"):
            if event.explicit:
                return None
        elif kind in ("StreamStartEvent", "StreamEndEvent"):
            continue
        elif kind == "AliasEvent":
            return None
        elif kind in ("MappingStartEvent", "SequenceStartEvent"):
            parent = stack[-1] if stack else None
            if parent is not None and parent.expect_key:
                return None  # a key that is a map or list
            frame = _Frame(is_map=kind == "MappingStartEvent")
            if parent is None and (not frame.is_map or event.flow_style):
                return None
            if len(stack) == 1 and stack[0].key == "nodes":
                if not frame.is_map or event.flow_style:
                    return None
                nodes_frame = frame
            stack.append(frame)
        elif kind in ("MappingEndEvent", "SequenceEndEvent"):
            stack.pop()
            if stack and stack[-1].is_map:
                stack[-1].expect_key = True
        elif kind == "ScalarEvent":
            frame = stack[-1]
            if frame.is_map and frame.expect_key:
                frame.key, frame.expect_key = event.value, False
                where = (event.value, event.start_mark.line, event.start_mark.column)
                if len(stack) == 1:
                    top.append(where)
                elif frame is nodes_frame:
                    nodes.append(where)
            elif frame.is_map:
                frame.expect_key = True
    return top, nodes


def _dedent(line: str, indent: int) -> str | None:
    if line[:indent] == " " * indent:
        return line[indent:]
    stripped = line.lstrip(" ")
    if stripped in ("\n", "") or stripped.startswith("#"):
        return stripped  # a blank line, or a comment further left
    return None


def find_layout(text: str) -> Layout | None:
    """The layout of ``text`` (a scenario file, ``\\n`` line ends), or None to read it whole."""
    if not text.endswith("\n") or "\t" in text:
        return None
    try:
        found = _keys(text)
    except Exception:  # a file libyaml cannot read: the round-trip reader says why
        return None
    if found is None:
        return None
    top, node_keys = found
    if not node_keys or any(column != 0 for _, _, column in top):
        return None
    lines = text.splitlines(keepends=True)
    nodes_at = [line for name, line, _ in top if name == "nodes"]
    if len(nodes_at) != 1:
        return None
    nodes_index = nodes_at[0]
    match = _NODES_LINE.fullmatch(lines[nodes_index])
    if match is None:
        return None
    indent = node_keys[0][2]
    if indent == 0 or any(column != indent for _, _, column in node_keys):
        return None
    end = next((line for _, line, _ in top if line > nodes_index), len(lines))
    starts = [line for _, line, _ in node_keys]
    if starts[0] <= nodes_index or starts != sorted(starts):
        return None
    segments = []
    for number, (key, start, _) in enumerate(node_keys):
        stop = starts[number + 1] if number + 1 < len(starts) else end
        verbatim = tuple(lines[start:stop])
        dedented = [_dedent(line, indent) for line in verbatim]
        if any(line is None for line in dedented):
            return None
        segments.append(NodeSegment(key, verbatim, tuple(d for d in dedented if d is not None)))
    return Layout(
        head=tuple(lines[:nodes_index]),
        nodes_line=lines[nodes_index],
        nodes_comment=match.group("rest"),
        prelude=tuple(lines[nodes_index + 1 : starts[0]]),
        segments=tuple(segments),
        tail=tuple(lines[end:]),
        indent=indent,
    )
