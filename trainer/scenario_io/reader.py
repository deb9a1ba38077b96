"""Read and validate a scenario folder: the one entry point for files on disk."""

from __future__ import annotations

import dataclasses
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.domain.analysis import Analysis, analyse
from trainer.domain.checks import check_scenario
from trainer.domain.findings import Finding, error
from trainer.domain.glossary import EMPTY_GLOSSARY, Glossary
from trainer.domain.model import Scenario
from trainer.domain.pedagogy import check_pedagogy
from trainer.scenario_io.build import build_scenario
from trainer.scenario_io.folders import SCENARIO_FILES, scenario_files
from trainer.scenario_io.format_v1 import root_schema
from trainer.scenario_io.limits import MAX_FILE_BYTES
from trainer.scenario_io.media import check_images
from trainer.scenario_io.yaml_tree import Document, Mark, YamlProblem, parse_yaml
from trainer.scenario_io.yaml_tree import Path as DocPath


@dataclass
class LoadResult:
    """A scenario folder read and checked: the model if it is playable, and every finding."""

    folder: Path
    file: Path | None
    scenario: Scenario | None = None
    analysis: Analysis | None = None
    findings: list[Finding] = field(default_factory=list)
    #: The validated document as plain data: what a snapshot of the played version stores.
    document: dict[str, Any] | None = None

    @property
    def errors(self) -> list[Finding]:
        """The findings that make the scenario unplayable."""
        return [f for f in self.findings if f.is_error]

    @property
    def playable(self) -> bool:
        """Whether the scenario loaded with no errors."""
        return self.scenario is not None and not self.errors


class _Collector:
    """Receives schema findings and places them at their node and choice."""

    def __init__(self, data: object) -> None:
        self.data = data
        self.findings: list[Finding] = []

    def report(self, code: str, message: str, path: DocPath, *, key: bool = False) -> None:
        node, choice = locate(self.data, path)
        if key:
            path = (*path, "#key")
        self.findings.append(error(code, message, path=path, node=node, choice=choice))


def locate(data: object, path: DocPath) -> tuple[str | None, str | None]:
    """The node and choice (or item) a document path belongs to."""
    if len(path) < 2 or path[0] != "nodes" or not isinstance(path[1], str):
        return None, None
    node = path[1]
    if len(path) >= 3 and path[2] == "on_timeout":
        return node, "timeout"
    if len(path) >= 4 and path[2] == "choices" and isinstance(path[3], int):
        try:
            raw = data["nodes"][node]["choices"][path[3]]  # type: ignore[index]
            choice_id = raw.get("id") if isinstance(raw, dict) else None
        except (KeyError, IndexError, TypeError):
            choice_id = None
        return node, choice_id if isinstance(choice_id, str) else f"#{path[3] + 1}"
    return node, None


# Open without following a final symbolic link (the check before is not enough: the
# file could be swapped for a link in between) and without blocking on a FIFO.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def read_text(file: Path) -> str:
    """The file's text; YamlProblem if it is a link, not a file, too large or not UTF-8."""
    if file.is_symlink():
        raise YamlProblem(
            "linked-file",
            f"{file.name} is a symbolic link; the scenario file must be a real file "
            "in the scenario folder",
        )
    try:
        descriptor = os.open(file, _OPEN_FLAGS)
    except OSError:
        if file.is_symlink():  # became a link after the check above
            raise YamlProblem("linked-file", f"{file.name} is a symbolic link") from None
        raise
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise YamlProblem("not-a-file", f"{file.name} is not a regular file")
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise YamlProblem(
                "too-large",
                f"the file is {size / 1e6:.1f} MB; scenario files are limited to "
                f"{MAX_FILE_BYTES / 1e6:.0f} MB",
            )
        raw = handle.read(MAX_FILE_BYTES + 1)
    if len(raw) > MAX_FILE_BYTES:  # grew after the size check
        raise YamlProblem("too-large", "the file is over the size limit for scenario files")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise YamlProblem("encoding", "the file is UTF-16; save it as UTF-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise YamlProblem(
            "encoding",
            f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8",
            Mark(line, column),
        ) from None


def _place(finding: Finding, document: Document, file_label: str) -> Finding:
    """Fill in file, line and column from the finding's document path."""
    path = finding.path
    offset: int | None = None
    key = False
    if path and isinstance(path[-1], str) and path[-1].startswith("@"):
        offset = int(path[-1][1:])
        path = path[:-1]
    elif path and path[-1] == "#key":
        key = True
        path = path[:-1]
    mark = document.mark(path, key=key)
    line = column = None
    if mark is not None:
        line, column = mark.line, mark.column
        if offset is not None and path in document.values:
            column += offset + (1 if mark.quoted else 0)
    return dataclasses.replace(finding, file=file_label, line=line, column=column)


def load_scenario(
    folder: Path,
    *,
    label: str | None = None,
    pedagogy: bool = False,
    glossary: Glossary = EMPTY_GLOSSARY,
) -> LoadResult:
    """Read, check and build the scenario in ``folder``.

    ``label`` is how the folder is named in findings (defaults to the path as given).
    ``pedagogy`` adds the pedagogical checks (warnings for authors, with ``glossary``);
    the validator asks for them, the library that only plays scenarios does not.
    """
    present = scenario_files(folder)
    file = present[0] if present else None
    result = LoadResult(folder=folder, file=file)
    base = label if label is not None else str(folder)
    if file is None:
        result.findings.append(
            error(
                "no-scenario-file",
                f"no {' or '.join(SCENARIO_FILES)} in this folder",
                file=base,
            )
        )
        return result
    if len(present) > 1:
        # Reading one of them would be a silent choice the author may not expect.
        names = " and ".join(candidate.name for candidate in present)
        result.findings.append(
            error(
                "several-scenario-files",
                f"the folder holds {names}: keep only one scenario file",
                file=base,
            )
        )
        return result
    file_label = str(Path(base) / file.name)
    try:
        text = read_text(file)
    except YamlProblem as problem:
        result.findings.append(_problem_finding(problem, file_label))
        return result
    except OSError as exc:
        result.findings.append(
            error("unreadable", f"cannot read the file: {exc.strerror or exc}", file=file_label)
        )
        return result
    return check_text(
        text, folder, file=file, file_label=file_label, pedagogy=pedagogy, glossary=glossary
    )


def check_text(
    text: str,
    folder: Path,
    *,
    file: Path | None = None,
    file_label: str | None = None,
    pedagogy: bool = False,
    glossary: Glossary = EMPTY_GLOSSARY,
) -> LoadResult:
    """Check the scenario ``text`` as if it were the scenario file in ``folder``.

    The editor checks the document it holds, not the file on disk, through the same
    steps as :func:`load_scenario`; ``file_label`` names the file in findings.
    """
    result = LoadResult(folder=folder, file=file)
    if file_label is None:
        file_label = str(folder / SCENARIO_FILES[0])
    try:
        document = parse_yaml(text)
    except YamlProblem as problem:
        result.findings.append(_problem_finding(problem, file_label))
        return result

    findings, scenario, analysis = check_document(
        document, folder, pedagogy=pedagogy, glossary=glossary
    )
    placed = [_place(f, document, file_label) for f in findings]
    result.findings = sorted(placed, key=lambda f: (f.line or 0, f.column or 0))
    if not result.errors:
        result.scenario = scenario
        result.analysis = analysis
        result.document = document.data
    return result


def _problem_finding(problem: YamlProblem, file_label: str) -> Finding:
    """The finding for a file that could not be read or parsed, where the reader stopped."""
    where = {"line": problem.mark.line, "column": problem.mark.column} if problem.mark else {}
    return error(problem.code, problem.message, file=file_label, **where)


def scenario_from_snapshot(data: dict[str, Any]) -> tuple[Scenario, Analysis]:
    """Rebuild a scenario from a stored snapshot (the file may have changed or gone).

    Media checks are skipped: the snapshot holds the text, not the images.
    """
    collector = _Collector(data)
    root_schema().check(data, (), collector)
    if collector.findings:
        raise ValueError(
            f"the stored scenario snapshot is invalid: {collector.findings[0].message}"
        )
    scenario, findings = build_scenario(data)
    if findings:
        raise ValueError(f"the stored scenario snapshot is invalid: {findings[0].message}")
    return scenario, analyse(scenario)


def check_document(
    document: Document,
    folder: Path,
    *,
    pedagogy: bool = False,
    glossary: Glossary = EMPTY_GLOSSARY,
) -> tuple[list[Finding], Scenario | None, Analysis | None]:
    """Schema, model and semantic checks of a parsed document from ``folder``.

    With ``pedagogy``, also the pedagogical checks of the texts (see
    :func:`~trainer.domain.pedagogy.check_pedagogy`).
    """
    data = document.data
    if not isinstance(data, dict):
        message = "the file must hold a mapping (field: value lines)"
        return [error("wrong-type", message)], None, None
    collector = _Collector(data)
    root_schema().check(data, (), collector)
    if collector.findings:
        return collector.findings, None, None
    scenario, findings = build_scenario(data)
    if scenario.id != folder.name:
        findings.append(
            error(
                "id-mismatch",
                f"the id {scenario.id!r} must equal the folder name {folder.name!r}",
                path=("id",),
            )
        )
    findings.extend(check_images(scenario, folder))
    semantic, analysis = check_scenario(scenario)
    findings.extend(semantic)
    if pedagogy:
        findings.extend(check_pedagogy(scenario, glossary))
    return findings, scenario, analysis
