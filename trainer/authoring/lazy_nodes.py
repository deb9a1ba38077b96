"""The ``nodes`` map of a large document, each node read when it is first used.

A :class:`LazyNodes` holds, for a node nobody has touched, its lines from the file
(a :class:`~trainer.authoring.layout.NodeSegment`); the first access reads them with
ruamel's round-trip reader and keeps the tree. Writing then costs nothing for the
nodes never read, and for a node read but unchanged (its :func:`fingerprint` equals
the one it was read with) the file's own lines are written back.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from ruamel.yaml.comments import CommentedMap

from trainer.authoring.layout import NodeSegment


def fingerprint(value: Any) -> Any:
    """A comparable picture of a tree: keys in order, values with their quoting class.

    Two trees with equal fingerprints are written the same (no command changes a
    flow style or a comment without changing a value, and undo restores both).
    """
    if isinstance(value, OrderedDict):
        return ("M", tuple((k, fingerprint(v)) for k, v in OrderedDict.items(value)))
    if isinstance(value, dict):
        return ("M", tuple((k, fingerprint(v)) for k, v in value.items()))
    if isinstance(value, list):
        return ("L", tuple(fingerprint(v) for v in value))
    return (type(value), value)


class LoadedNode:
    """What a document knows about a node it read from the file: how it was written."""

    __slots__ = (
        "baseline",
        "cache",
        "fingerprint",
        "line_map",
        "pristine",
        "segment",
        "wrapper_ca",
    )

    def __init__(self, segment: NodeSegment, wrapper_ca: Any, print_: Any, pristine: Any) -> None:
        self.segment = segment
        #: A copy of the node as read (a tenth of the cost of reading it again), kept
        #: until its first edit is written: ruamel's dump of it is the splice's baseline.
        self.pristine = pristine
        #: The comment records of the one-key map the node was read as (``id:`` line).
        self.wrapper_ca = wrapper_ca
        self.fingerprint = print_
        #: ruamel's dump of the node as read, and its line map (made at the first edit).
        self.baseline: list[str] | None = None
        self.line_map: dict[int, int] | None = None
        #: (key, fingerprint) → the lines written for it.
        self.cache: dict[tuple[Any, Any], list[str]] = {}


def wrap(key: Any, body: Any, wrapper_ca: Any, old_key: Any) -> CommentedMap:
    """``{key: body}`` as a one-key map with the comments the node's own line had."""
    wrapper = CommentedMap()
    wrapper[key] = body
    if wrapper_ca is not None:
        item = wrapper_ca.items.get(old_key)
        if item is not None:
            wrapper.ca.items[key] = item
        if wrapper_ca.comment:
            wrapper.ca.comment = wrapper_ca.comment
        if wrapper_ca.end:
            wrapper.ca.end = wrapper_ca.end
    return wrapper


class LazyNodes(CommentedMap):
    """A ``nodes`` map whose values are read from their lines on first access."""

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.reader: Callable[[NodeSegment], Any] | None = None

    @classmethod
    def of(
        cls, segments: tuple[NodeSegment, ...], reader: Callable[[NodeSegment], Any]
    ) -> LazyNodes:
        nodes = cls()
        for segment in segments:
            OrderedDict.__setitem__(nodes, segment.key, segment)
            nodes._ok.add(segment.key)
        nodes.reader = reader
        return nodes

    def __getitem__(self, key: Any) -> Any:
        value = OrderedDict.__getitem__(self, key)
        if isinstance(value, NodeSegment):
            assert self.reader is not None
            value = self.reader(value)
            OrderedDict.__setitem__(self, key, value)
        return value

    def raw(self, key: Any) -> Any:
        """The value or, for a node not read yet, its segment."""
        return OrderedDict.__getitem__(self, key)

    def unread(self) -> int:
        """How many nodes have not been read yet."""
        return sum(isinstance(v, NodeSegment) for v in OrderedDict.values(self))

    def __deepcopy__(self, memo: Any) -> Any:
        twin = type(self)()
        memo[id(self)] = twin
        for key in OrderedDict.__iter__(self):
            value = OrderedDict.__getitem__(self, key)
            if not isinstance(value, NodeSegment):
                value = copy.deepcopy(value, memo)
            OrderedDict.__setitem__(twin, key, value)
            twin._ok.add(key)
        self.copy_attributes(twin, memo=memo)
        twin.reader = self.reader
        return twin
