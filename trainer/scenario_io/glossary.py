"""Read the project glossary (``glossary.yaml``) with the same safe YAML reading as scenarios.

Which glossary applies to a scenario: the ``glossary.yaml`` beside its folder
(in the folder of scenario folders), else the shipped one. A broken glossary is
a :class:`GlossaryError` that names the file, line and column, never a traceback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainer.domain.errors import TrainerError
from trainer.domain.findings import Finding, error
from trainer.domain.glossary import (
    Glossary,
    GlossaryEntry,
    GlossaryPatternError,
    compile_pattern,
)
from trainer.domain.ids import LANGUAGE_RE
from trainer.scenario_io.reader import read_text
from trainer.scenario_io.yaml_tree import Document, Mark, YamlProblem, parse_yaml
from trainer.scenario_io.yaml_tree import Path as DocPath

GLOSSARY_FILE = "glossary.yaml"
#: A glossary is a page of phrases; anything near this size is not one.
MAX_GLOSSARY_BYTES = 1_000_000
_FIELDS = ("avoid", "prefer", "why")


class GlossaryError(TrainerError):
    """The glossary file cannot be used; says why and where."""

    def __init__(self, file: Path, message: str, mark: Mark | None = None) -> None:
        where = f"{file}:{mark.line}:{mark.column}" if mark else str(file)
        super().__init__(f"{where}: {message}")
        self.file = file
        self.message = message
        self.mark = mark

    def finding(self) -> Finding:
        """The error as a validator finding (code ``bad-glossary``) on the glossary file."""
        return error(
            "bad-glossary",
            f"the glossary cannot be read: {self.message}",
            file=str(self.file),
            line=self.mark.line if self.mark else None,
            column=self.mark.column if self.mark else None,
        )


def glossary_file_for(folder: Path, shipped_scenarios: Path | None) -> Path | None:
    """The glossary for the scenario in ``folder``: beside it, else the shipped one, else None."""
    # Named as the folder was given ("scenarios/x" → "scenarios/glossary.yaml"), so the
    # findings read like the scenario's own; "." and ".." have no parent to name.
    parent = folder.parent if folder.name not in ("", ".", "..") else folder.absolute().parent
    beside = parent / GLOSSARY_FILE
    if beside.is_file() or beside.is_symlink():  # a link is refused, by name, when read
        return beside
    if shipped_scenarios is not None:
        shipped = shipped_scenarios / GLOSSARY_FILE
        if shipped.is_file():
            return shipped
    return None


def load_glossary(file: Path) -> Glossary:
    """The glossary in ``file``; GlossaryError if it is not a readable, well-formed one."""
    if file.is_symlink():
        raise GlossaryError(file, "the glossary is a symbolic link; use a real file")
    try:
        size = file.stat().st_size
        if size > MAX_GLOSSARY_BYTES:
            raise GlossaryError(
                file,
                f"the file is {size / 1e6:.1f} MB; a glossary is limited to "
                f"{MAX_GLOSSARY_BYTES / 1e6:.0f} MB",
            )
        document = parse_yaml(read_text(file))
    except YamlProblem as problem:
        raise GlossaryError(file, problem.message, problem.mark) from None
    except OSError as exc:
        raise GlossaryError(file, f"cannot read the file: {exc.strerror or exc}") from None
    return Glossary(tuple(_entries(file, document)))


def _fail(file: Path, document: Document, path: DocPath, message: str, *, key: bool = False) -> Any:
    raise GlossaryError(file, message, document.mark(path, key=key))


def _entries(file: Path, document: Document) -> list[GlossaryEntry]:
    data = document.data
    if data is None:
        return []  # an empty file (or only comments): no entries
    if not isinstance(data, dict):
        _fail(file, document, (), "the file must map language codes to lists of entries")
    entries: list[GlossaryEntry] = []
    for language, items in data.items():
        if not LANGUAGE_RE.match(language):
            _fail(file, document, (language,), f"{language!r} is not a language code", key=True)
        if not isinstance(items, list):
            _fail(file, document, (language,), f"{language}: expected a list of entries")
        for index, item in enumerate(items):
            entries.append(_entry(file, document, language, index, item))
    return entries


def _entry(file: Path, document: Document, language: str, index: int, item: Any) -> GlossaryEntry:
    at: DocPath = (language, index)
    if not isinstance(item, dict):
        _fail(file, document, at, "an entry must be a mapping with avoid, prefer and why")
    for name in item:
        if name not in _FIELDS:
            _fail(
                file,
                document,
                (*at, name),
                f"unknown field {name!r} (an entry has {', '.join(_FIELDS)})",
                key=True,
            )
    for name in _FIELDS:
        if name not in item:
            _fail(file, document, at, f"the entry has no {name!r}")
    avoid = item["avoid"]
    phrases = avoid if isinstance(avoid, list) else [avoid]
    if not phrases:
        _fail(file, document, (*at, "avoid"), "'avoid' needs at least one phrase")
    for position, phrase in enumerate(phrases):
        where = (*at, "avoid", position) if isinstance(avoid, list) else (*at, "avoid")
        if not isinstance(phrase, str) or not phrase.strip():
            _fail(file, document, where, "'avoid' holds a phrase or a list of phrases")
        try:
            compile_pattern(phrase)
        except GlossaryPatternError as exc:
            _fail(file, document, where, str(exc))
    for name in ("prefer", "why"):
        if not isinstance(item[name], str) or not item[name].strip():
            _fail(file, document, (*at, name), f"{name!r} must be a text")
    return GlossaryEntry(
        language=language,
        avoid=tuple(phrases),
        prefer=" ".join(item["prefer"].split()),
        why=" ".join(item["why"].split()),
        position=index,
    )
