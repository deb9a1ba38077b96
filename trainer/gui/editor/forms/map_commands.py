"""Edits of a mapping's keys (add at a place, remove, move) as undoable commands.

The authoring commands edit values and lists; the scenario's maps of competencies,
variables and cards, and optional fields such as ``minutes`` or ``time_limit``, need
their keys added, removed and reordered too. Qt-free, with the same protocol as
:mod:`trainer.authoring.commands`, so they can move there unchanged.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from trainer.authoring.document import DocPath, ScenarioDocument


def _insert(mapping: Any, index: int, key: str, value: Any) -> None:
    if hasattr(mapping, "insert"):
        mapping.insert(index, key, value)
    else:
        mapping[key] = value


class _NoMerge:
    def merge(self, other: object) -> bool:
        return False


@dataclass
class InsertKey(_NoMerge):
    """Add ``key`` with ``value`` to the mapping at ``path``, before ``index`` (default last)."""

    path: DocPath
    key: str
    value: Any
    index: int | None = None

    @property
    def text(self) -> str:
        return f"Add {'.'.join(map(str, (*self.path, self.key)))}"

    def do(self, doc: ScenarioDocument) -> None:
        mapping = doc.get(self.path)
        if self.key in mapping:
            raise ValueError(f"{self.key!r} already exists")
        index = len(mapping) if self.index is None else self.index
        _insert(mapping, index, self.key, self.value)
        doc.changed((*self.path, self.key))

    def undo(self, doc: ScenarioDocument) -> None:
        del doc.get(self.path)[self.key]
        doc.changed((*self.path, self.key))


@dataclass
class RemoveKey(_NoMerge):
    """Remove the key at ``path`` (a mapping's entry); undo puts it back in place."""

    path: DocPath
    _index: int = field(default=0, repr=False)
    _value: Any = field(default=None, repr=False)
    _comments: Any = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return f"Remove {'.'.join(map(str, self.path))}"

    def do(self, doc: ScenarioDocument) -> None:
        mapping = doc.get(self.path[:-1])
        key = self.path[-1]
        self._index = list(mapping).index(key)
        self._value = mapping[key]
        self._comments = copy.deepcopy(mapping.ca.items) if hasattr(mapping, "ca") else None
        del mapping[key]
        doc.changed(self.path)

    def undo(self, doc: ScenarioDocument) -> None:
        mapping = doc.get(self.path[:-1])
        _insert(mapping, self._index, str(self.path[-1]), self._value)
        if self._comments is not None:
            mapping.ca.items.clear()
            mapping.ca.items.update(self._comments)
        doc.changed(self.path)


@dataclass
class MoveKey(_NoMerge):
    """Move the entry ``key`` of the mapping at ``path`` to position ``new``."""

    path: DocPath
    key: str
    new: int
    _old: int = field(default=0, repr=False)

    @property
    def text(self) -> str:
        return f"Move {'.'.join(map(str, (*self.path, self.key)))}"

    def do(self, doc: ScenarioDocument) -> None:
        mapping = doc.get(self.path)
        self._old = list(mapping).index(self.key)
        self._move(mapping, self.new)
        doc.changed(self.path)

    def undo(self, doc: ScenarioDocument) -> None:
        self._move(doc.get(self.path), self._old)
        doc.changed(self.path)

    def _move(self, mapping: Any, index: int) -> None:
        # ruamel keeps a map's comments by key, so moving an entry keeps its comments.
        value = mapping[self.key]
        comment = mapping.ca.items.get(self.key) if hasattr(mapping, "ca") else None
        del mapping[self.key]
        _insert(mapping, index, self.key, value)
        if comment is not None:
            mapping.ca.items[self.key] = comment
