"""Scenario packs in the data folder: list what is installed, export, and import safely.

Import checks the whole pack first (:func:`trainer.exchange.packs.check_pack`: nothing
is written), then writes each scenario into a staging folder inside the data folder,
validates it there with the real reader, and only then swaps it into
``scenarios/<id>/`` whole: a failure at any point leaves the library as it was.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.domain.ids import SCENARIO_ID_RE
from trainer.exchange.packs import (
    CheckedPack,
    Exported,
    ExportSource,
    PackError,
    PackScenario,
    build_pack,
    check_pack,
)
from trainer.fileio import atomic_write_bytes, fsync_dir
from trainer.paths import check_data_dir
from trainer.scenario_io.folders import is_scenario_folder
from trainer.scenario_io.reader import LoadResult, load_scenario
from trainer.services.library import LibraryService

#: What an import did with a scenario.
INSTALLED = "installed"
REPLACED = "replaced"
SKIPPED_SAME = "skipped-same"
REFUSED = "refused"

#: Why an import did what it did (:attr:`ImportOutcome.code`).
REASON_CODES = (
    "new",
    "older-replaced",
    "same-replaced",
    "broken-replaced",
    "same-files",
    "same-as-shipped",
    "shipped-id",
    "not-a-folder",
    "link",
    "broken-installed",
    "newer-installed",
    "same-version-differs",
)

#: How the library's folder labels read in listings.
_SOURCES = {"shipped": "shipped", "local": "user"}
_STAGING_PREFIX = ".pack-staging-"
#: Findings quoted in a refusal (the rest are counted).
_QUOTED_FINDINGS = 3


@dataclass(frozen=True)
class InstalledScenario:
    """One installed scenario folder, as ``trainer scenarios list`` shows it."""

    id: str
    version: int | None  # None: the folder does not load
    source: str  # "shipped" or "user"
    path: Path
    signed_by: str | None = None  # signed packs are not checked yet
    #: The scenario's title by language (empty for a folder that does not load).
    title: Mapping[str, str] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "source": self.source,
            "path": str(self.path),
            "signed_by": self.signed_by,
        }


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did with one scenario of the pack, and why."""

    id: str
    version: int
    action: str  # INSTALLED, REPLACED, SKIPPED_SAME or REFUSED
    reason: str
    path: Path
    previous_version: int | None = None
    #: The reason as a code (:data:`REASON_CODES`), for the GUI to word it.
    code: str = "new"

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "version": self.version,
            "action": self.action,
            "reason": self.reason,
            "code": self.code,
            "path": str(self.path),
            "previous_version": self.previous_version,
        }


def _quote_errors(result: LoadResult) -> str:
    errors = result.errors
    lines = [f.format_line() for f in errors[:_QUOTED_FINDINGS]]
    more = len(errors) - len(lines)
    return "; ".join(lines) + (f"; and {more} more" if more > 0 else "")


def _folder_digests(folder: Path) -> dict[str, str]:
    """SHA-256 of every file in ``folder`` by '/'-separated relative path (links listed)."""
    digests: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_symlink():
            digests[relative] = "link"
        elif path.is_file():
            digests[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return digests


def _remove_stale_staging(data_dir: Path) -> None:
    """Remove staging folders left by an import that was killed (its process is gone)."""
    for candidate in data_dir.glob(f"{_STAGING_PREFIX}*"):
        pid = candidate.name[len(_STAGING_PREFIX) :].partition("-")[0]
        if pid.isdigit() and not _running(int(pid)) and candidate.is_dir():
            shutil.rmtree(candidate, ignore_errors=True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return True  # no cheap check there: a leftover is removed by hand, never by guess
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists (another user's): not ours to remove
    return True


class ScenarioPacks:
    """Scenario packs for one data folder, beside the shipped scenarios."""

    def __init__(self, *, shipped: Path, data_dir: Path, app_version: str) -> None:
        self.shipped = shipped
        self.data_dir = data_dir
        self.user_root = data_dir / "scenarios"
        self.app_version = app_version

    # -- listing -----------------------------------------------------------------------

    def installed(self) -> list[InstalledScenario]:
        """Every scenario folder, shipped first, then the user's (copies included)."""
        library = LibraryService([(self.shipped, "shipped"), (self.user_root, "local")])
        return [
            InstalledScenario(
                id=entry.key,
                version=entry.result.scenario.version if entry.result.scenario else None,
                source=_SOURCES.get(entry.source, entry.source),
                path=entry.folder,
                title=dict(entry.result.scenario.title) if entry.result.scenario else {},
            )
            for entry in library.read_all()
        ]

    # -- export ------------------------------------------------------------------------

    def find_folder(self, reference: str) -> Path:
        """The folder ``reference`` names: a scenario folder path, else an installed id."""
        given = Path(reference)
        if given.exists():
            if not is_scenario_folder(given):
                raise PackError(
                    f"{reference}: not a scenario folder (no scenario.yaml in it)", kind="not-found"
                )
            return given
        if SCENARIO_ID_RE.match(reference):
            for root in (self.shipped, self.user_root):  # the library's order: first wins
                if is_scenario_folder(root / reference):
                    return root / reference
        raise PackError(
            f"{reference}: no such folder and no installed scenario with this id"
            " (`trainer scenarios list` shows them)",
            kind="not-found",
        )

    def export(self, references: Sequence[str], output: Path) -> Exported:
        """Write the pack of the scenarios ``references`` name to ``output`` (atomically).

        Each must be valid; PackError names the first that is not.
        """
        sources = []
        for reference in references:
            folder = self.find_folder(reference)
            result = load_scenario(folder)
            if not result.playable or result.scenario is None:
                raise PackError(
                    f"{reference}: the scenario has {len(result.errors)} error(s) and cannot"
                    f" be exported: {_quote_errors(result)}",
                    kind="invalid-scenario",
                )
            scenario = result.scenario
            sources.append(ExportSource(folder, scenario.id, scenario.version, scenario.format))
        exported = build_pack(sources, app_version=self.app_version)
        atomic_write_bytes(output, exported.data)
        return exported

    # -- import ------------------------------------------------------------------------

    def import_pack(self, file: Path, *, replace_same_version: bool = False) -> list[ImportOutcome]:
        """Check ``file`` whole, then install its scenarios that the version rules allow.

        PackError (and nothing written) for a pack that fails any check, including a
        scenario that does not validate. Per scenario: a newer installed version is
        never replaced; the same version with other content only with
        ``replace_same_version``; an older one is replaced.
        """
        # Everything checked once before the data folder is touched.
        check_pack(file, keep=False)
        check_data_dir(self.data_dir, for_writing=True)
        _remove_stale_staging(self.data_dir)
        staging = Path(
            tempfile.mkdtemp(prefix=f"{_STAGING_PREFIX}{os.getpid()}-", dir=self.data_dir)
        )
        try:
            # Read again, streamed into staging: one file in memory at a time, and the
            # pack's bytes checked again as they are written (the file may have changed).
            checked = check_pack(file, into=staging)
            self._validate(checked, staging)
            outcomes = [
                self._decide(scenario, staging, replace_same_version)
                for scenario in checked.manifest.scenarios
            ]
            for outcome in outcomes:
                if outcome.action in (INSTALLED, REPLACED):
                    self._swap_in(staging / outcome.id, outcome.path, staging)
            return outcomes
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _validate(self, checked: CheckedPack, staging: Path) -> None:
        for scenario in checked.manifest.scenarios:
            folder = staging / scenario.id
            result = load_scenario(folder, label=scenario.id)
            if not result.playable or result.scenario is None:
                raise PackError(
                    f"the scenario {scenario.id!r} does not validate"
                    f" ({len(result.errors)} error(s)): {_quote_errors(result)}",
                    kind="invalid-scenario",
                )
            loaded = result.scenario
            if loaded.version != scenario.version or loaded.format != scenario.format:
                raise PackError(
                    f"the scenario {scenario.id!r} is version {loaded.version} (format"
                    f" {loaded.format}); the manifest says version {scenario.version} (format"
                    f" {scenario.format})",
                    kind="invalid-scenario",
                )

    def _decide(self, scenario: PackScenario, staging: Path, replace_same: bool) -> ImportOutcome:
        target = self.user_root / scenario.id
        incoming = _folder_digests(staging / scenario.id)

        def outcome(
            action: str, code: str, reason: str, previous: int | None = None
        ) -> ImportOutcome:
            return ImportOutcome(
                scenario.id, scenario.version, action, reason, target, previous, code
            )

        shipped = self.shipped / scenario.id
        if is_scenario_folder(shipped):
            result = load_scenario(shipped)
            version = result.scenario.version if result.scenario else None
            if version == scenario.version and _folder_digests(shipped) == incoming:
                return outcome(
                    SKIPPED_SAME, "same-as-shipped", "the same as the shipped scenario", version
                )
            return outcome(
                REFUSED,
                "shipped-id",
                f"a scenario shipped with the app has this id (version {version}), and the"
                " library shows the shipped one: give the pack's scenario another id",
                version,
            )
        if os.path.lexists(target) and not is_scenario_folder(target):
            return outcome(REFUSED, "not-a-folder", f"{target} exists and is not a scenario folder")
        if not os.path.lexists(target):
            return outcome(INSTALLED, "new", "new")
        if target.is_symlink():
            return outcome(REFUSED, "link", f"{target} is a symbolic link; it is left alone")
        result = load_scenario(target)
        local = result.scenario.version if result.scenario else None
        if local is None:
            if replace_same:
                return outcome(
                    REPLACED, "broken-replaced", "the installed copy did not load; replaced (--yes)"
                )
            return outcome(
                REFUSED,
                "broken-installed",
                "the installed copy does not load, so its version is unknown: add --yes to"
                " replace it",
            )
        if local > scenario.version:
            return outcome(
                REFUSED,
                "newer-installed",
                f"version {local} is installed, newer than the pack's {scenario.version}",
                local,
            )
        if local < scenario.version:
            return outcome(
                REPLACED, "older-replaced", f"version {local} replaced by {scenario.version}", local
            )
        if _folder_digests(target) == incoming:
            return outcome(
                SKIPPED_SAME,
                "same-files",
                f"version {local} is installed with the same files",
                local,
            )
        if replace_same:
            return outcome(
                REPLACED,
                "same-replaced",
                f"version {local} had other content; replaced (--yes)",
                local,
            )
        return outcome(
            REFUSED,
            "same-version-differs",
            f"version {local} is installed with different content under the same version"
            " number: add --yes to replace it (or ask the author to raise the version)",
            local,
        )

    def _swap_in(self, new: Path, target: Path, staging: Path) -> None:
        """Put the folder ``new`` at ``target`` whole; an old one is moved aside first."""
        target.parent.mkdir(parents=True, exist_ok=True)
        old = staging / f"{target.name}.previous"
        had_old = os.path.lexists(target)
        if had_old:
            os.replace(target, old)
        try:
            os.replace(new, target)
        except BaseException:
            if had_old:
                with contextlib.suppress(OSError):
                    os.replace(old, target)
            raise
        fsync_dir(target.parent)


__all__ = [
    "INSTALLED",
    "REASON_CODES",
    "REFUSED",
    "REPLACED",
    "SKIPPED_SAME",
    "ImportOutcome",
    "InstalledScenario",
    "ScenarioPacks",
]
