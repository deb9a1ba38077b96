"""Publishing a scenario: check it, raise its ``version``, save it.

Errors block publishing; warnings are handed back for the editor to ask about. The
officers' library offers the new version as soon as the file is saved.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.authoring.commands import SetValue
from trainer.authoring.document import ScenarioDocument
from trainer.domain.errors import TrainerError
from trainer.domain.findings import Finding
from trainer.domain.glossary import EMPTY_GLOSSARY, Glossary


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
