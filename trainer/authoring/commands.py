"""Every edit of a scenario as a command: do, undo, a text for the history, merging.

The same objects drive the GUI's undo stack, tests and scripts. Undo restores the
very objects (and ruamel comment records) an edit replaced, so a document with
every edit undone writes the original bytes.
"""

from __future__ import annotations

import copy
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from ruamel.yaml.scalarstring import ScalarString

from trainer.authoring.document import DocPath, ScenarioDocument
from trainer.authoring.layout import NodeSegment
from trainer.authoring.lazy_nodes import LazyNodes
from trainer.authoring.segment_edit import edit_segment
from trainer.authoring.usage import (
    DEFINITIONS,
    Kind,
    Use,
    choice_uses,
    condition_references,
    uses_of,
)
from trainer.domain.ids import NAME_RE, SLUG_RE

_MISSING: Any = object()


class Command(Protocol):
    """One undoable edit."""

    @property
    def text(self) -> str:
        """What the history list shows."""
        ...

    def do(self, doc: ScenarioDocument) -> None: ...

    def undo(self, doc: ScenarioDocument) -> None: ...

    def merge(self, other: Command) -> bool: ...


def _styled(old: Any, new: Any) -> Any:
    """``new`` written in ``old``'s quoting style, so an edit keeps the author's quotes."""
    if isinstance(old, ScalarString) and isinstance(new, str) and not isinstance(new, ScalarString):
        return type(old)(new)
    return new


def _comments(container: Any) -> Any:
    """A copy of the container's comment records (ruamel moves them on delete)."""
    return copy.deepcopy(container.ca.items) if hasattr(container, "ca") else None


def _restore_comments(container: Any, saved: Any) -> None:
    if saved is not None:
        container.ca.items.clear()
        container.ca.items.update(saved)


class _NoMerge:
    def merge(self, other: Command) -> bool:
        return False


@dataclass
class SetValue:
    """Set the value at ``path`` (adds the key if the map lacks it)."""

    path: DocPath
    value: Any
    _old: Any = field(default=_MISSING, repr=False)

    @property
    def text(self) -> str:
        return f"Set {'.'.join(map(str, self.path))}"

    def do(self, doc: ScenarioDocument) -> None:
        parent = doc.get(self.path[:-1])
        key = self.path[-1]
        self._old = parent[key] if doc.has(self.path) else _MISSING
        parent[key] = _styled(self._old, self.value)
        doc.changed(self.path)

    def undo(self, doc: ScenarioDocument) -> None:
        parent = doc.get(self.path[:-1])
        if self._old is _MISSING:
            del parent[self.path[-1]]
        else:
            parent[self.path[-1]] = self._old
        doc.changed(self.path)

    def merge(self, other: Command) -> bool:
        """Typing in one field: the later value replaces this one, the old stays."""
        if isinstance(other, SetValue) and other.path == self.path:
            self.value = other.value
            return True
        return False


class _ListEdit(_NoMerge):
    """An edit of the list at ``path`` whose undo puts its comment records back.

    ruamel keeps a list's comments by item index, so inserting, removing or moving an
    item shifts them; the records as they were are restored on undo.
    """

    path: DocPath
    verb = "Edit"
    _comments: Any = None

    @property
    def text(self) -> str:
        return f"{self.verb} {'.'.join(map(str, self.path))}"

    def do(self, doc: ScenarioDocument) -> None:
        items = doc.get(self.path)
        self._comments = _comments(items)
        self._do(items)
        doc.changed(self.path)

    def undo(self, doc: ScenarioDocument) -> None:
        items = doc.get(self.path)
        self._undo(items)
        _restore_comments(items, self._comments)
        doc.changed(self.path)

    def _do(self, items: Any) -> None:
        raise NotImplementedError

    def _undo(self, items: Any) -> None:
        raise NotImplementedError


@dataclass
class InsertItem(_ListEdit):
    """Insert ``value`` into the list at ``path`` before ``index``."""

    path: DocPath
    index: int
    value: Any
    _saved_comments: Any = field(default=None, repr=False)
    _key: Any = field(default=None, repr=False)
    verb = "Insert into"

    def _do(self, items: Any) -> None:
        items.insert(self.index, self.value)

    def _undo(self, items: Any) -> None:
        del items[self.index]


@dataclass
class RemoveItem(_ListEdit):
    """Remove the item at ``index`` of the list at ``path``."""

    path: DocPath
    index: int
    _value: Any = field(default=None, repr=False)
    _saved_comments: Any = field(default=None, repr=False)
    _key: Any = field(default=None, repr=False)
    verb = "Remove from"

    def _do(self, items: Any) -> None:
        self._value = items[self.index]
        del items[self.index]

    def _undo(self, items: Any) -> None:
        list.insert(items, self.index, self._value)


@dataclass
class MoveItem(_ListEdit):
    """Move the item at ``old`` of the list at ``path`` to ``new``."""

    path: DocPath
    old: int
    new: int
    _saved_comments: Any = field(default=None, repr=False)
    _key: Any = field(default=None, repr=False)
    verb = "Move in"

    def _do(self, items: Any) -> None:
        _move(items, self.old, self.new)

    def _undo(self, items: Any) -> None:
        _move(items, self.new, self.old)


def _move(items: Any, source: int, target: int) -> None:
    # list's own methods: ruamel's CommentedSeq would also shift comment records.
    value = items[source]
    list.__delitem__(items, source)
    list.insert(items, target, value)


@dataclass
class InsertNode(_NoMerge):
    """Add node ``node_id`` with ``body`` at ``index`` of the nodes (default: last)."""

    node_id: str
    body: Any
    index: int | None = None

    @property
    def text(self) -> str:
        return f"Add node {self.node_id}"

    def do(self, doc: ScenarioDocument) -> None:
        if self.node_id in doc.nodes:
            raise ValueError(f"a node {self.node_id!r} already exists")
        index = len(doc.nodes) if self.index is None else self.index
        doc.nodes.insert(index, self.node_id, self.body)
        doc.changed(("nodes", self.node_id))

    def undo(self, doc: ScenarioDocument) -> None:
        del doc.nodes[self.node_id]
        doc.changed(("nodes", self.node_id))


@dataclass
class DeleteNode(_NoMerge):
    """Delete node ``node_id``; undo puts it back in place with its comments."""

    node_id: str
    _index: int = field(default=0, repr=False)
    _body: Any = field(default=None, repr=False)
    _saved_comments: Any = field(default=None, repr=False)
    _key: Any = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return f"Delete node {self.node_id}"

    def do(self, doc: ScenarioDocument) -> None:
        nodes = doc.nodes
        self._index = list(nodes).index(self.node_id)
        self._comments = _comments(nodes)
        self._body = nodes[self.node_id]
        del nodes[self.node_id]
        doc.changed(("nodes", self.node_id))

    def undo(self, doc: ScenarioDocument) -> None:
        nodes = doc.nodes
        nodes.insert(self._index, self.node_id, self._body)
        _restore_comments(nodes, self._comments)
        doc.changed(("nodes", self.node_id))


def _plain_at(data: Any, path: DocPath) -> Any:
    """The plain value at ``path`` ({} if there is none)."""
    for step in path:
        try:
            data = data[step]
        except (KeyError, IndexError, TypeError):
            return {}
    return data


def _rename_raw(nodes: Any, old: Any, new: Any) -> None:
    """Rename a node key in place without reading the node."""
    index = list(nodes).index(old)
    value = nodes.raw(old)
    del nodes[old]
    nodes.insert(index, new, value)


def _rename_key(mapping: Any, old: Any, new: Any) -> int:
    """Rename key ``old`` of ``mapping`` to ``new`` in place, its comments moving along."""
    index = list(mapping).index(old)
    value = mapping[old]
    del mapping[old]
    mapping.insert(index, new, value)
    ca = getattr(mapping, "ca", None)
    if ca is not None and old in ca.items:
        ca.items[new] = ca.items.pop(old)
    return index


def rename_references(source: str, kind: str, old: str, new: str) -> str:
    """Condition ``source`` with its ``kind`` references to ``old`` renamed to ``new``.

    ``kind`` is ``"node"`` (``visited``/``chose``) or ``"variable"``; an invalid
    condition comes back unchanged.
    """
    kinds = ("visited", "chose") if kind == "node" else ("variable",)
    result = source
    # From the end, so earlier positions stay valid as the text changes length.
    for reference in sorted(condition_references(source), key=lambda r: r.position, reverse=True):
        if reference.kind not in kinds or reference.name != old:
            continue
        start = reference.position + (1 if kind == "node" else 0)  # past a quote
        if result[start : start + len(old)] == old:
            result = result[:start] + new + result[start + len(old) :]
    return result


@dataclass
class _RenameId(_NoMerge):
    """Rename a declared id and every use of it (see :mod:`trainer.authoring.usage`).

    Every change is recorded as it is made (a value replaced, or a key renamed with
    the map's comment records as they were) and undone in reverse, so undo gives
    back the very objects, key order and comments.
    """

    old: str
    new: str
    _changes: list[tuple[str, Any, Any, Any, Any]] = field(default_factory=list, repr=False)

    kind: ClassVar[Kind] = "node"
    noun: ClassVar[str] = "id"

    @property
    def text(self) -> str:
        return f"Rename {self.noun} {self.old} to {self.new}"

    def _check(self, declared: Any) -> None:
        pattern = SLUG_RE if self.kind in ("card", "node") else NAME_RE
        if not pattern.match(self.new):
            raise ValueError(f"{self.new!r} is not a valid {self.noun} id")
        if not isinstance(declared, dict) or self.old not in declared:
            raise KeyError(f"no {self.noun} {self.old!r}")
        if self.new in declared:
            raise ValueError(f"a {self.noun} {self.new!r} already exists")

    def do(self, doc: ScenarioDocument) -> None:
        section = DEFINITIONS[self.kind]
        declared = doc.root.get(section)
        self._check(declared)
        uses = uses_of(doc, self.kind, self.old)
        plain = doc.plain()
        for use in uses:
            if use.how == "key" and self.new in _plain_at(plain, use.path[:-1]):
                where = ".".join(map(str, use.path[:-1]))
                raise ValueError(f"{where} already has {self.new!r}")
        # Nodes not read yet are renamed in their lines (reading them would cost more).
        segments = self._segment_edits(doc, uses)
        nodes = doc.root.get("nodes")
        in_lines = {
            use
            for use in uses
            if use.path[0] == "nodes" and len(use.path) > 1 and use.path[1] in segments
        }
        # Containers first: a node's own paths pass through the key about to change.
        places = [(use, doc.get(use.path[:-1])) for use in uses if use not in in_lines]
        self._changes = []
        if self.kind == "node" and self.old in segments:
            self._raw_key(nodes, self.old, self.new)
        else:
            self._key(declared, self.old, self.new)
        for node_id, segment in segments.items():
            where = self.new if self.kind == "node" and node_id == self.old else node_id
            self._changes.append(("segment", nodes, where, nodes.raw(where), None))
            OrderedDict.__setitem__(nodes, where, segment)
        conditions: dict[DocPath, Any] = {}
        for use, container in places:
            key = use.path[-1]
            if use.how == "condition":
                conditions[use.path] = container  # one rewrite per condition, all its uses
            elif use.how == "key":
                self._key(container, key, self.new)
            else:
                self._value(container, key, _styled(container[key], self.new))
        for path, container in conditions.items():
            source = container[path[-1]]
            renamed = rename_references(str(source), self.kind, self.old, self.new)
            if renamed != source:
                self._value(container, path[-1], _styled(source, renamed))
        doc.changed((section, self.new))

    def _segment_edits(self, doc: ScenarioDocument, uses: list[Use]) -> dict[str, NodeSegment]:
        """New lines for each unread node with a use (or the renamed node), where possible."""
        nodes = doc.root.get("nodes")
        indent = doc.node_indent()
        if not isinstance(nodes, LazyNodes) or indent is None:
            return {}
        grouped: dict[str, dict[tuple[DocPath, bool], Use]] = {}
        for use in uses:
            if use.path[0] != "nodes" or len(use.path) < 3 or use.path[1] not in nodes:
                continue
            if isinstance(nodes.raw(use.path[1]), NodeSegment):
                grouped.setdefault(str(use.path[1]), {})[(use.path, use.how == "key")] = use
        if (
            self.kind == "node"
            and self.old in nodes
            and isinstance(nodes.raw(self.old), NodeSegment)
        ):
            grouped.setdefault(self.old, {})

        def condition(source: str) -> str:
            return rename_references(source, self.kind, self.old, self.new)

        def identifier(_old: str) -> str:
            return self.new

        result: dict[str, NodeSegment] = {}
        for node_id, node_uses in grouped.items():
            edits = [
                (
                    use.path[1:],
                    is_key,
                    condition if use.how == "condition" else identifier,
                    use.how != "condition",
                )
                for (_, is_key), use in node_uses.items()
            ]
            renamed_key = self.new if self.kind == "node" and node_id == self.old else None
            segment = edit_segment(nodes.raw(node_id), edits, indent, new_key=renamed_key)
            if segment is not None:
                result[node_id] = segment
        return result

    def undo(self, doc: ScenarioDocument) -> None:
        for how, container, key, old, saved in reversed(self._changes):
            if how == "value":
                container[key] = old
            elif how == "segment":
                OrderedDict.__setitem__(container, key, old)
            elif how == "rawkey":
                _rename_raw(container, saved, key)
            else:
                index = list(container).index(saved[0])
                value = container[saved[0]]
                del container[saved[0]]
                container.insert(index, key, value)
                _restore_comments(container, saved[1])
        self._changes = []
        doc.changed((DEFINITIONS[self.kind], self.old))

    def _raw_key(self, nodes: Any, old: str, new: str) -> None:
        _rename_raw(nodes, old, new)
        self._changes.append(("rawkey", nodes, old, None, new))

    def _value(self, container: Any, key: Any, value: Any) -> None:
        self._changes.append(("value", container, key, container[key], None))
        container[key] = value

    def _key(self, mapping: Any, old: Any, new: Any) -> None:
        # The key as the tree holds it (a quoted key is a ScalarString): undo puts back
        # that very object, and the new key keeps its quotes.
        actual = next(key for key in mapping if key == old)
        new = _styled(actual, new)
        saved = _comments(mapping)
        _rename_key(mapping, actual, new)
        self._changes.append(("key", mapping, actual, None, (new, saved)))


@dataclass
class RenameVariable(_RenameId):
    """Rename variable ``old``: its declaration, ``effects`` keys and conditions."""

    kind: ClassVar[Kind] = "variable"
    noun: ClassVar[str] = "variable"


@dataclass
class RenameCard(_RenameId):
    """Rename card ``old``: its declaration and every node's ``cards`` list."""

    kind: ClassVar[Kind] = "card"
    noun: ClassVar[str] = "card"


@dataclass
class RenameCompetency(_RenameId):
    """Rename competency ``old``: its declaration, ``score`` keys, checklists, reports."""

    kind: ClassVar[Kind] = "competency"
    noun: ClassVar[str] = "competency"


@dataclass
class RenameNode(_RenameId):
    """Rename node ``old``: its key, ``start``, every ``next`` (an id or a route's ``to``),
    and ``visited('old')`` / ``chose('old', …)`` in every condition.
    """

    kind: ClassVar[Kind] = "node"
    noun: ClassVar[str] = "node"


def rename_in_condition(source: str, old: str, new: str) -> str:
    """``source`` with node ``old`` in ``visited``/``chose`` renamed; unchanged if invalid."""
    return rename_references(source, "node", old, new)


def rename_chosen(source: str, node_id: str, old: str, new: str) -> str:
    """Condition ``source`` with ``chose('node_id', 'old')`` naming choice ``new``."""
    result = source
    references = sorted(condition_references(source), key=lambda r: r.position, reverse=True)
    for reference in references:
        if reference.kind != "chose" or reference.name != node_id or reference.choice != old:
            continue
        at = reference.position + len(node_id) + 2  # past 'node_id'
        while result[at] in " \t,":
            at += 1
        quote, start = result[at], at + 1
        if result[start : start + len(old)] == old and result[start + len(old)] == quote:
            result = result[:start] + new + result[start + len(old) :]
    return result


@dataclass
class RenameChoice(_NoMerge):
    """Rename choice ``index`` of decision ``node_id`` and every ``chose()`` naming it."""

    node_id: str
    index: int
    new: str
    _old: str = field(default="", repr=False)
    _changes: list[tuple[Any, Any, Any]] = field(default_factory=list, repr=False)

    @property
    def text(self) -> str:
        return f"Rename choice {self._old or self.index} of {self.node_id} to {self.new}"

    def do(self, doc: ScenarioDocument) -> None:
        choices = doc.get(("nodes", self.node_id, "choices"))
        choice = choices[self.index]
        old = str(choice["id"])
        if not SLUG_RE.match(self.new):
            raise ValueError(f"{self.new!r} is not a valid choice id")
        if any(isinstance(c, dict) and c.get("id") == self.new for c in choices):
            raise ValueError(f"node {self.node_id!r} already has a choice {self.new!r}")
        paths = choice_uses(doc, self.node_id, old)
        self._old = old
        self._changes = [(choice, "id", choice["id"])]
        choice["id"] = _styled(choice["id"], self.new)
        for path in paths:
            container = doc.get(path[:-1])
            source = container[path[-1]]
            self._changes.append((container, path[-1], source))
            container[path[-1]] = _styled(
                source, rename_chosen(str(source), self.node_id, old, self.new)
            )
        doc.changed(("nodes", self.node_id, "choices", self.index, "id"))

    def undo(self, doc: ScenarioDocument) -> None:
        for container, key, old in reversed(self._changes):
            container[key] = old
        self._changes = []
        doc.changed(("nodes", self.node_id, "choices", self.index, "id"))


# --- a mapping's keys (competencies, variables, cards, optional fields) ------------


def _insert_key(mapping: Any, index: int, key: str, value: Any) -> None:
    if hasattr(mapping, "insert"):
        mapping.insert(index, key, value)
    else:
        mapping[key] = value


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
        _insert_key(mapping, index, self.key, self.value)
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
    _saved_comments: Any = field(default=None, repr=False)
    _key: Any = field(default=None, repr=False)

    @property
    def text(self) -> str:
        return f"Remove {'.'.join(map(str, self.path))}"

    def do(self, doc: ScenarioDocument) -> None:
        mapping = doc.get(self.path[:-1])
        keys = list(mapping)
        self._index = keys.index(self.path[-1])
        key = self._key = keys[self._index]  # the key itself: its quotes come back on undo
        self._value = mapping[key]
        self._saved_comments = _comments(mapping)
        del mapping[key]
        doc.changed(self.path)

    def undo(self, doc: ScenarioDocument) -> None:
        mapping = doc.get(self.path[:-1])
        _insert_key(mapping, self._index, self._key, self._value)
        _restore_comments(mapping, self._saved_comments)
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
        key = next(k for k in mapping if k == self.key)  # keeps the key's quotes
        value = mapping[key]
        comment = mapping.ca.items.get(key) if hasattr(mapping, "ca") else None
        del mapping[key]
        _insert_key(mapping, index, key, value)
        if comment is not None:
            mapping.ca.items[key] = comment
