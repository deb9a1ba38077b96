"""The scenario as an editable tree that keeps the author's file as it was written.

The tree is ruamel.yaml's round-trip data (comments, key order and quoting stay
attached to it). Every edit goes through a command (:mod:`trainer.authoring.commands`)
that changes the tree and calls :meth:`ScenarioDocument.changed`; writing splices
the changed lines into the original text (:mod:`trainer.authoring.splice`), so an
open → save with no edit writes the very same bytes.
"""

from __future__ import annotations

import copy
import io
from collections import Counter, OrderedDict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError
from ruamel.yaml.util import load_yaml_guess_indent

from trainer.authoring.layout import NodeSegment, find_layout
from trainer.authoring.lazy_nodes import LazyNodes, LoadedNode, fingerprint, wrap
from trainer.authoring.splice import line_map, splice, splice_indexed
from trainer.domain.glossary import EMPTY_GLOSSARY, Glossary
from trainer.fileio import atomic_write_bytes
from trainer.scenario_io.reader import LoadResult, check_text
from trainer.scenario_io.yaml_tree import YamlProblem, parse_yaml

DocPath = tuple[str | int, ...]

#: Wide enough that ruamel never re-wraps a line the author wrote on one line.
_LINE_WIDTH = 1_000_000
_BOM = "\ufeff"
# Indentations tried besides the guessed one (mapping, sequence, offset of the dash):
# the guess reads the first list only, and a file may indent its lists differently.
_INDENTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (2, 6, 4))
#: How many nodes of a large file the writer's indentation is picked from.
_SAMPLE_NODES = 4


def _same_data(first: str, second: str) -> bool:
    """Whether two texts hold the same data (libyaml: fast enough for every edited node)."""
    try:
        return bool(parse_yaml(first).data == parse_yaml(second).data)
    except YamlProblem:
        return False


def _indented(line: str, pad: str) -> str:
    return pad + line if line != "\n" else line


def _yaml(mapping: int, sequence: int, offset: int) -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = _LINE_WIDTH
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def _dump(yaml: YAML, data: Any) -> str:
    buffer = io.StringIO()
    yaml.dump(data, buffer)
    return buffer.getvalue()


def _matching_lines(original: str, dumped: str) -> int:
    """How many of the original's lines the dump writes the same (a cheap likeness)."""
    return sum((Counter(original.splitlines()) & Counter(dumped.splitlines())).values())


def _best_yaml(text: str) -> YAML:
    """The writer whose output of the unedited file matches most of its lines."""
    data, sequence, offset = load_yaml_guess_indent(text)
    candidates = [*_INDENTS[:1], (2, sequence or 2, offset or 0), *_INDENTS[1:]]
    best: tuple[int, YAML] | None = None
    for mapping, seq, off in dict.fromkeys(candidates):
        if off > seq - 2:
            continue  # ruamel needs room for the dash
        yaml = _yaml(mapping, seq, off)
        dumped = _dump(yaml, data)
        if dumped == text:
            return yaml
        score = _matching_lines(text, dumped)
        if best is None or score > best[0]:
            best = (score, yaml)
    assert best is not None  # the guessed candidate always has room
    return best[1]


class ScenarioDocument:
    """One scenario file open for editing.

    ``revision`` grows with every change; listeners registered with
    :meth:`add_listener` hear the path each change touched, so views can follow.
    """

    def __init__(self, text: str, *, path: Path | None = None) -> None:
        self.path = path
        self._bom = text.startswith(_BOM)
        body = text[1:] if self._bom else text
        self._newline = "\r\n" if "\r\n" in body else "\n"
        self._original = body.replace("\r\n", "\n")
        self.revision = 0
        self._text_cache: tuple[int, str] | None = (0, self._original)
        self._plain_cache: tuple[int, Any] | None = None
        self._peeked: dict[int, tuple[NodeSegment, Any]] = {}
        self._listeners: list[Callable[[DocPath], None]] = []
        self._line_map: dict[int, int] | None = None
        #: id(node body) → (the body, how it was written), for the nodes read so far.
        self._read: dict[int, tuple[Any, LoadedNode]] = {}
        self._layout = find_layout(self._original)
        if self._layout is not None and len({s.key for s in self._layout.segments}) != len(
            self._layout.segments
        ):
            self._layout = None  # a repeated node id: the round-trip reader says where
        if self._layout is None:
            self._yaml = _best_yaml(self._original)
            self.root: CommentedMap = self._yaml.load(self._original)
            self._baseline = _dump(self._yaml, self.root)
            return
        # Large files: read the part above and below the nodes now, each node when used.
        layout = self._layout
        try:
            self._yaml = _best_yaml(layout.sample_text(_SAMPLE_NODES))
        except YAMLError:  # e.g. a repeated key in the first nodes: the usual layout
            self._yaml = _yaml(*_INDENTS[0])
        # A node is read when first used, not at open: a key repeated inside it must not
        # then fail an edit. The validator reports it (``duplicate-key``) like any error.
        self._yaml.allow_duplicate_keys = True
        self._rest_original = layout.rest_text()
        self.root = self._yaml.load(self._rest_original)
        self._placeholder = self.root["nodes"]
        self.root["nodes"] = LazyNodes.of(layout.segments, self._read_node)
        self._rest_print = self._rest_fingerprint()
        self._rest_baseline: list[str] | None = None
        self._rest_line_map: dict[int, int] | None = None

    def _read_node(self, segment: NodeSegment) -> Any:
        """Read one node's lines (the first time it is used)."""
        wrapper = self._yaml.load("".join(segment.dedented))
        if not isinstance(wrapper, CommentedMap) or len(wrapper) != 1:
            raise ValueError(f"node {segment.key!r}: its lines do not read as one node")
        key = next(iter(wrapper))
        body = wrapper[key]
        info = LoadedNode(segment, wrapper.ca, fingerprint(body), copy.deepcopy(body))
        self._read[id(body)] = (body, info)
        return body

    def _rest_fingerprint(self) -> Any:
        items = OrderedDict.items(self.root)
        return tuple((k, fingerprint(v)) for k, v in items if k != "nodes")

    def clone(self) -> ScenarioDocument:
        """An independent copy with the same tree, original text and revision.

        Nodes not read yet stay unread in the copy (their lines are shared), so a
        copy of a large document costs only what was read.
        """
        twin = copy.copy(self)
        # Its own reader and writer: ruamel's hold state, and the copy is often checked
        # on another thread while this document goes on reading nodes.
        yaml = self._yaml
        twin._yaml = _yaml(
            yaml.map_indent or 2, yaml.sequence_indent or 2, yaml.sequence_dash_offset
        )
        twin._yaml.allow_duplicate_keys = yaml.allow_duplicate_keys
        memo: dict[int, Any] = {}
        twin.root = copy.deepcopy(self.root, memo)
        twin._listeners = []
        twin._read = {}
        for body, info in self._read.values():
            duplicate = memo.get(id(body))
            if duplicate is not None:
                twin._read[id(duplicate)] = (duplicate, info)
        nodes = twin.root.get("nodes") if isinstance(twin.root, dict) else None
        if isinstance(nodes, LazyNodes):
            nodes.reader = twin._read_node
        return twin

    def snapshot(self) -> DocumentSnapshot:
        """The document's text as it is now, to check on another thread.

        What the live checks need instead of :meth:`clone`: the text is made here
        (cheap after an edit; cached until the next), and the snapshot shares nothing
        that later edits change.
        """
        return DocumentSnapshot(self.to_text(), self.path, self.revision)

    @classmethod
    def open(cls, path: Path) -> ScenarioDocument:
        """Read ``path`` (UTF-8) into a document that remembers where it came from."""
        return cls(path.read_bytes().decode("utf-8"), path=path)

    @classmethod
    def edited_from(cls, text: str, *, path: Path) -> ScenarioDocument:
        """The document ``text`` (an edited document's :meth:`to_text`), saving to ``path``.

        What a recovered document is. ``text`` is already the file with only the
        edited lines changed, so the document starts from it; it differs from the
        file on disk (:meth:`matches_file`) until saved.
        """
        return cls(text, path=path)

    def matches_file(self) -> bool:
        """Whether saving now would write what the file on disk already holds."""
        if self.path is None:
            return False
        try:
            return self.path.read_bytes() == self.to_bytes()
        except OSError:
            return False

    # --- reading -------------------------------------------------------------------

    def get(self, path: DocPath) -> Any:
        """The value at ``path`` (keys and list indices from the top); KeyError/IndexError."""
        value: Any = self.root
        for step in path:
            value = value[step]
        return value

    def peek(self, path: DocPath) -> Any:
        """The value at ``path``, for reading only (do not change what it returns).

        Like :meth:`get`, but a node not read yet is not read with ruamel (~3 ms a
        node): its plain data comes from libyaml (a tenth of that) and is kept. An
        outline or a search over every node of a large document stays fast this way.
        """
        nodes = self.root.get("nodes") if isinstance(self.root, dict) else None
        if len(path) >= 2 and path[0] == "nodes" and isinstance(nodes, LazyNodes):
            raw = nodes.raw(path[1]) if path[1] in nodes else None
            if isinstance(raw, NodeSegment):
                kept = self._peeked.get(id(raw))
                if kept is None or kept[0] is not raw:
                    data = parse_yaml("".join(raw.dedented)).data
                    kept = self._peeked[id(raw)] = (raw, next(iter(data.values())))
                value = kept[1]
                for step in path[2:]:
                    value = value[step]
                return value
        return self.get(path)

    def has(self, path: DocPath) -> bool:
        """Whether ``path`` leads to a value."""
        try:
            self.get(path)
        except (KeyError, IndexError, TypeError):
            return False
        return True

    def node_indent(self) -> int | None:
        """The nodes' indentation when the document is read node by node, else None."""
        return self._layout.indent if self._layout is not None else None

    def plain(self) -> Any:
        """The document now as plain data (dicts, lists, text, numbers), for reading only.

        Read from :meth:`to_text` by libyaml, so walking every node of a large
        document does not make the editor read each node with ruamel (seconds for
        2,000 nodes). The same paths lead to the same values as in :attr:`root`.
        Cached until the next change.
        """
        if self._plain_cache is not None and self._plain_cache[0] == self.revision:
            return self._plain_cache[1]
        try:
            data = parse_yaml(self.to_text()).data
        except YamlProblem:
            data = self.root  # what libyaml refuses, the round-trip reader read: walk that
        self._plain_cache = (self.revision, data)
        return data

    @property
    def nodes(self) -> CommentedMap:
        """The ``nodes`` map (node id → node)."""
        nodes: CommentedMap = self.root["nodes"]
        return nodes

    def node_ids(self) -> Iterator[str]:
        """Node ids in file order."""
        return iter(list(self.nodes))

    # --- changes -------------------------------------------------------------------

    def add_listener(self, listener: Callable[[DocPath], None]) -> None:
        """Call ``listener(path)`` after every change (the path of what changed)."""
        self._listeners.append(listener)

    def changed(self, path: DocPath) -> None:
        """Record that the tree changed at ``path``; commands call this after each step."""
        self.revision += 1
        self._text_cache = None
        for listener in self._listeners:
            listener(path)

    # --- writing -------------------------------------------------------------------

    def to_text(self) -> str:
        """The file's text now: the original with only the edited lines changed."""
        if self._text_cache is not None and self._text_cache[0] == self.revision:
            return self._text_cache[1]
        text = self._whole_text() if self._layout is None else self._split_text()
        self._text_cache = (self.revision, text)
        return text

    def _whole_text(self) -> str:
        edited = _dump(self._yaml, self.root)
        if edited == self._baseline:
            return self._original
        original = self._original.splitlines(keepends=True)
        baseline = self._baseline.splitlines(keepends=True)
        if self._line_map is None:
            self._line_map = line_map(original, baseline)
        lines = splice(original, baseline, edited.splitlines(keepends=True), self._line_map)
        if lines is not None:
            spliced = "".join(lines)
            # The splice is a shortcut; only the data it reads back as may be written.
            if self._yaml.load(spliced) == self._yaml.load(edited):
                return spliced
        return edited

    # --- writing a document read node by node ---------------------------------------

    def _split_text(self) -> str:
        layout = self._layout
        assert layout is not None
        nodes = self.root.get("nodes") if isinstance(self.root, dict) else None
        rest = self._rest_lines()
        if not isinstance(nodes, LazyNodes) or rest.count(layout.placeholder_line) != 1:
            return self._dump_everything()
        at = rest.index(layout.placeholder_line)
        out = [*rest[:at], layout.nodes_line, *layout.prelude]
        for key in OrderedDict.__iter__(nodes):
            value = nodes.raw(key)
            if isinstance(value, NodeSegment):
                out.extend(value.verbatim)
            else:
                out.extend(self._node_lines(key, value))
        out.extend(rest[at + 1 :])
        return "".join(out)

    def _rest_lines(self) -> list[str]:
        """The lines above and below the nodes (``nodes: {}`` standing in for them)."""
        original = self._rest_original.splitlines(keepends=True)
        if self._rest_fingerprint() == self._rest_print:
            return original
        shadow = CommentedMap()
        for key, value in OrderedDict.items(self.root):
            shadow[key] = self._placeholder if key == "nodes" else value
        self.root.copy_attributes(shadow)
        edited = _dump(self._yaml, shadow)
        if self._rest_baseline is None:
            pristine = self._yaml.load(self._rest_original)
            self._rest_baseline = _dump(self._yaml, pristine).splitlines(keepends=True)
            self._rest_line_map = line_map(original, self._rest_baseline)
        assert self._rest_line_map is not None
        lines = splice(
            original, self._rest_baseline, edited.splitlines(keepends=True), self._rest_line_map
        )
        if lines is not None and self._yaml.load("".join(lines)) == self._yaml.load(edited):
            return lines
        return edited.splitlines(keepends=True)

    def _node_lines(self, key: Any, body: Any) -> list[str]:
        """The lines of node ``key``: the file's own where it was not edited."""
        layout = self._layout
        assert layout is not None
        entry = self._read.get(id(body))
        info = entry[1] if entry is not None and entry[0] is body else None
        printed = fingerprint(body)
        if info is not None and key == info.segment.key and printed == info.fingerprint:
            return list(info.segment.verbatim)
        cached = info.cache.get((key, printed)) if info is not None else None
        if cached is not None:
            return cached
        pad = " " * layout.indent
        old_key = info.segment.key if info is not None else key
        wrapper = wrap(key, body, info.wrapper_ca if info else None, old_key)
        edited = _dump(self._yaml, wrapper).splitlines(keepends=True)
        fresh = [_indented(line, pad) for line in edited]
        if info is None:
            return fresh
        segment = info.segment
        if info.baseline is None:
            baseline = wrap(segment.key, info.pristine, info.wrapper_ca, segment.key)
            info.baseline = _dump(self._yaml, baseline).splitlines(keepends=True)
            info.pristine = None
            info.line_map = line_map(list(segment.dedented), info.baseline)
        assert info.line_map is not None
        lines = splice_indexed(list(segment.dedented), info.baseline, edited, info.line_map)
        result = fresh
        if lines is not None:
            spliced = "".join(line for line, _ in lines)
            if _same_data(spliced, "".join(edited)):
                result = [
                    segment.verbatim[index] if index is not None else _indented(line, pad)
                    for line, index in lines
                ]
        info.cache[(key, printed)] = result
        return result

    def _dump_everything(self) -> str:
        """ruamel's dump of the whole tree (the nodes map itself was replaced: rare)."""
        nodes = self.root.get("nodes") if isinstance(self.root, dict) else None
        if isinstance(nodes, LazyNodes):
            for key in list(nodes):
                nodes[key]  # read them all
        return _dump(self._yaml, self.root)

    def to_bytes(self) -> bytes:
        """The file's bytes now, with the original's byte-order mark and line ends."""
        text = self.to_text()
        if self._newline != "\n":
            text = text.replace("\n", self._newline)
        if self._bom:
            text = _BOM + text
        return text.encode("utf-8")

    def save(self, path: Path | None = None) -> None:
        """Write the document (temp file, fsync, replace): the old file or the new, never half."""
        target = path or self.path
        if target is None:
            raise ValueError("the document has no file yet: give a path to save it")
        atomic_write_bytes(target, self.to_bytes())
        self.path = target

    # --- checking ------------------------------------------------------------------

    def validate(
        self,
        folder: Path | None = None,
        *,
        pedagogy: bool = True,
        glossary: Glossary = EMPTY_GLOSSARY,
    ) -> LoadResult:
        """Check the document as it is now, through the same reader the validator uses.

        ``folder`` is where images and the id are checked against (default: the
        folder of the file); ``pedagogy`` adds the author-facing checks, as
        ``trainer validate`` does.
        """
        return self.snapshot().validate(folder, pedagogy=pedagogy, glossary=glossary)


class DocumentSnapshot:
    """A document's text at one revision, checked like the document (see :meth:`validate`)."""

    def __init__(self, text: str, path: Path | None, revision: int) -> None:
        self.text = text
        self.path = path
        self.revision = revision

    def to_text(self) -> str:
        return self.text

    def validate(
        self,
        folder: Path | None = None,
        *,
        pedagogy: bool = True,
        glossary: Glossary = EMPTY_GLOSSARY,
    ) -> LoadResult:
        """As :meth:`ScenarioDocument.validate`, on the text of the snapshot."""
        if folder is None:
            if self.path is None:
                raise ValueError("the document has no file yet: give the scenario folder")
            folder = self.path.parent
        return check_text(
            self.text,
            folder,
            file=self.path,
            file_label=str(self.path) if self.path else None,
            pedagogy=pedagogy,
            glossary=glossary,
        )
