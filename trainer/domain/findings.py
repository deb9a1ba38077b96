"""Validator findings: what is wrong or doubtful in a scenario, and where."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """Errors make a scenario unplayable; warnings do not."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem. ``path`` locates it in the document (filled into line/column by the reader)."""

    severity: Severity
    code: str
    message: str
    node: str | None = None
    choice: str | None = None
    path: tuple[str | int, ...] = ()
    file: str | None = None
    line: int | None = None
    column: int | None = None

    @property
    def is_error(self) -> bool:
        """Whether this finding makes the scenario unplayable."""
        return self.severity is Severity.ERROR

    def to_json(self) -> dict[str, Any]:
        """The ``--json`` shape of the CLI contract."""
        return {
            "severity": self.severity.value,
            "code": self.code,
            "message": self.message,
            "file": self.file,
            "node": self.node,
            "choice": self.choice,
            "line": self.line,
            "column": self.column,
        }

    def format_line(self) -> str:
        """``FILE:LINE:COL: severity: [CODE] message (node N, choice C)``."""
        location = ":".join(
            str(part) for part in (self.file or "-", self.line or 0, self.column or 0)
        )
        where = [f"node {self.node}"] if self.node else []
        if self.choice:
            where.append(f"choice {self.choice}")
        suffix = f" ({', '.join(where)})" if where else ""
        return f"{location}: {self.severity.value}: [{self.code}] {self.message}{suffix}"


def error(code: str, message: str, **where: Any) -> Finding:
    """An error finding."""
    return Finding(Severity.ERROR, code, message, **where)


def warning(code: str, message: str, **where: Any) -> Finding:
    """A warning finding."""
    return Finding(Severity.WARNING, code, message, **where)
