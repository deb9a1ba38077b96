"""Publishing a scenario: check it, raise its ``version``, save it.

Errors block publishing; warnings are handed back for the editor to ask about. The
instructor edits a draft (the editor's own folder); :func:`release` then copies the
published draft into the folder the officers' library reads, so a draft saved between
two publications never reaches the officers.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.authoring.commands import SetValue
from trainer.authoring.document import ScenarioDocument
from trainer.domain.errors import TrainerError
from trainer.domain.findings import Finding
from trainer.domain.glossary import EMPTY_GLOSSARY, Glossary
from trainer.scenario_io.folders import SCENARIO_FILES


@dataclass(frozen=True)
class PublishCheck:
    """What stands between the document and publishing it."""

    errors: list[Finding] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    @property
    def blocked(self) -> bool:
        """Whether errors forbid publishing (warnings only ask)."""
        return bool(self.errors)


class PublishError(TrainerError):
    """Publishing was refused: the scenario has errors (listed in ``check``)."""

    def __init__(self, message: str, check: PublishCheck) -> None:
        super().__init__(message)
        self.check = check


def check_for_publish(
    doc: ScenarioDocument, folder: Path, *, glossary: Glossary = EMPTY_GLOSSARY
) -> PublishCheck:
    """Validate the document as it is now, with every pedagogical check."""
    findings = doc.validate(folder, pedagogy=True, glossary=glossary).findings
    return PublishCheck(
        errors=[f for f in findings if f.is_error],
        warnings=[f for f in findings if not f.is_error],
    )


def publish(
    doc: ScenarioDocument,
    folder: Path,
    *,
    undo: Any = None,
    glossary: Glossary = EMPTY_GLOSSARY,
) -> int:
    """Raise ``version`` by one and save; the new version.

    ``undo`` is where the version change is pushed so it can be undone: a callable
    (``session.push``) or an object with ``push`` (an undo stack). Without it the
    command is done on the document directly. The caller has asked about warnings;
    errors raise PublishError and nothing changes.
    """
    check = check_for_publish(doc, folder, glossary=glossary)
    target = doc.path or folder / "scenario.yaml"
    if check.blocked:
        count = len(check.errors)
        raise PublishError(
            f"{target}: cannot publish, the scenario has {count} error(s); "
            f"first: {check.errors[0].format_line()}",
            check,
        )
    current = doc.get(("version",))
    new_version = int(current) + 1
    command = SetValue(("version",), new_version)
    if undo is None:
        command.do(doc)
    else:
        push = getattr(undo, "push", undo)
        push(command)
    doc.save(target)
    return new_version


#: What a release copies of a scenario folder (the editor's side files stay with the draft).
_RELEASED = (*SCENARIO_FILES, "media")


def release(folder: Path, library_dir: Path) -> Path:
    """Put the scenario in ``folder`` into the officers' library; the folder it now has.

    The instructor edits a draft; officers play what was released. The copy is made
    beside the library's folder for it and then swapped in, so the library holds the
    old release or the new one, never half of one (a crash between the two renames
    leaves the old release under a ``.old-`` name, and the new one in place or beside).
    """
    scenario_id = folder.name
    library_dir.mkdir(parents=True, exist_ok=True)
    target = library_dir / scenario_id
    stamp = f"{os.getpid()}-{time.time_ns()}"
    fresh = library_dir / f".new-{scenario_id}-{stamp}"
    old = library_dir / f".old-{scenario_id}-{stamp}"
    try:
        fresh.mkdir()
        for name in _RELEASED:
            source = folder / name
            if source.is_dir():
                shutil.copytree(source, fresh / name)
            elif source.is_file():
                shutil.copy2(source, fresh / name)
        if target.exists():
            target.rename(old)
        fresh.rename(target)
    except OSError:
        shutil.rmtree(fresh, ignore_errors=True)
        if old.exists() and not target.exists():
            old.rename(target)  # the previous release stays playable
        raise
    shutil.rmtree(old, ignore_errors=True)
    return target
