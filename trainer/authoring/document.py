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
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError
from ruamel.yaml.util import load_yaml_guess_indent

from trainer.authoring.splice import line_map, splice
from trainer.domain.glossary import EMPTY_GLOSSARY, Glossary
from trainer.fileio import atomic_write_bytes
from trainer.scenario_io.reader import LoadResult, check_text

DocPath = tuple[str | int, ...]

#: Wide enough that ruamel never re-wraps a line the author wrote on one line.
_LINE_WIDTH = 1_000_000
_BOM = "\ufeff"
# Indentations tried besides the guessed one (mapping, sequence, offset of the dash):
# the guess reads the first list only, and a file may indent its lists differently.
_INDENTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (2, 6, 4))


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
        self._yaml = _best_yaml(self._original)
        self.root: CommentedMap = self._yaml.load(self._original)
        self._baseline = _dump(self._yaml, self.root)
        self.revision = 0
        self._text_cache: tuple[int, str] | None = (0, self._original)
        self._listeners: list[Callable[[DocPath], None]] = []
        self._line_map: dict[int, int] | None = None

    def clone(self) -> ScenarioDocument:
        """An independent copy with the same tree, original text and revision."""
        twin = copy.copy(self)
        twin.root = copy.deepcopy(self.root)
        twin._listeners = []
        return twin

    @classmethod
    def open(cls, path: Path) -> ScenarioDocument:
        """Read ``path`` (UTF-8) into a document that remembers where it came from."""
        return cls(path.read_bytes().decode("utf-8"), path=path)

    @classmethod
    def edited_from(cls, text: str, *, path: Path) -> ScenarioDocument:
        """The file at ``path`` opened, with its tree replaced by that of ``text``.

        What a recovered document is: ``text`` is the edited document's text, and
        saving writes only the lines it changed in the file as it is on disk. When the
        file is gone or unreadable, the document is ``text`` itself.
        """
        try:
            doc = cls.open(path)
            doc.root = doc._yaml.load(text.removeprefix(_BOM))
        except (OSError, ValueError, YAMLError):
            return cls(text, path=path)
        doc.changed(())
        return doc

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

    def has(self, path: DocPath) -> bool:
        """Whether ``path`` leads to a value."""
        try:
            self.get(path)
        except (KeyError, IndexError, TypeError):
            return False
        return True

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
        edited = _dump(self._yaml, self.root)
        text = edited
        if edited == self._baseline:
            text = self._original
        else:
            original = self._original.splitlines(keepends=True)
            baseline = self._baseline.splitlines(keepends=True)
            if self._line_map is None:
                self._line_map = line_map(original, baseline)
            lines = splice(original, baseline, edited.splitlines(keepends=True), self._line_map)
            if lines is not None:
                spliced = "".join(lines)
                # The splice is a shortcut; only the data it reads back as may be written.
                if self._yaml.load(spliced) == self._yaml.load(edited):
                    text = spliced
        self._text_cache = (self.revision, text)
        return text

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
        if folder is None:
            if self.path is None:
                raise ValueError("the document has no file yet: give the scenario folder")
            folder = self.path.parent
        return check_text(
            self.to_text(),
            folder,
            file=self.path,
            file_label=str(self.path) if self.path else None,
            pedagogy=pedagogy,
            glossary=glossary,
        )
