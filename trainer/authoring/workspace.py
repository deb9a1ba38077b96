"""Where an instructor's scenarios live: list, create, duplicate, rename, delete, restore.

Shipped scenarios are read-only; the instructor's own live in the data folder's
scenario library (one folder per scenario, named after its id). Deleting moves a
folder into a trash folder with a small record of where it came from, so it can be
restored. Every step that moves a folder renames it in one go, so a crash leaves the
old folder or the new one, never a half-copied scenario.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ruamel.yaml.error import YAMLError

from trainer.authoring.commands import SetValue
from trainer.authoring.document import ScenarioDocument
from trainer.authoring.layout import find_layout
from trainer.authoring.template import template_text
from trainer.domain.errors import TrainerError
from trainer.domain.ids import LANGUAGE_RE, SCENARIO_ID_RE
from trainer.fileio import atomic_write_bytes
from trainer.scenario_io.folders import SCENARIO_FILES, find_scenario_folders, scenario_file
from trainer.scenario_io.yaml_tree import YamlProblem, parse_yaml

#: The record beside a trashed scenario folder: where it was and when it went.
TRASH_RECORD = "deleted.json"
#: The scenario folder's name inside a trash entry.
TRASH_CONTENT = "scenario"
_STAMP = "%Y%m%dT%H%M%SZ"


class WorkspaceError(TrainerError):
    """A workspace step the user asked for cannot be done (the message names the place)."""


@dataclass(frozen=True)
class WorkspaceEntry:
    """One scenario folder as the editor's list shows it."""

    folder: Path
    file: Path
    scenario_id: str
    #: language → title (empty if the file cannot be read).
    title: dict[str, str]
    version: int | None
    read_only: bool
    #: When the scenario file last changed (UTC).
    modified: datetime


@dataclass(frozen=True)
class TrashEntry:
    """A deleted scenario waiting in the trash."""

    #: The trash entry's folder (``<timestamp>-<id>``), holding the record and the scenario.
    folder: Path
    scenario_id: str
    #: Where the scenario folder was before it was deleted.
    original: Path
    deleted_at: datetime
    title: dict[str, str]

    @property
    def content(self) -> Path:
        """The scenario folder as it was moved into the trash."""
        return self.folder / TRASH_CONTENT


def _read_head(file: Path) -> dict[str, Any]:
    """The scenario file's top-level map as plain data ({} when it cannot be read).

    Only the part above and below the nodes is read when the file allows (what a
    list shows is there), so a list of large scenarios stays quick.
    """
    try:
        text = file.read_bytes().decode("utf-8").removeprefix("\ufeff").replace("\r\n", "\n")
        layout = find_layout(text)
        data = parse_yaml(layout.rest_text() if layout is not None else text).data
    except (OSError, UnicodeDecodeError, YamlProblem, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _title(data: dict[str, Any]) -> dict[str, str]:
    """The title as language → text (a one-language string under the default language)."""
    title = data.get("title")
    if isinstance(title, dict):
        return {str(k): str(v) for k, v in title.items() if isinstance(v, str | int | float)}
    if isinstance(title, str):
        languages = data.get("languages")
        default = str(languages[0]) if isinstance(languages, list) and languages else ""
        return {default: title}
    return {}


def _entry(folder: Path, *, read_only: bool) -> WorkspaceEntry | None:
    file = scenario_file(folder)
    if file is None:
        return None
    data = _read_head(file)
    scenario_id = data.get("id")
    version = data.get("version")
    return WorkspaceEntry(
        folder=folder,
        file=file,
        scenario_id=scenario_id if isinstance(scenario_id, str) else folder.name,
        title=_title(data),
        version=version if isinstance(version, int) and not isinstance(version, bool) else None,
        read_only=read_only or not os.access(file, os.W_OK),
        modified=datetime.fromtimestamp(file.stat().st_mtime, UTC),
    )


def _scenario_folders(root: Path) -> list[Path]:
    # A dot-folder is a copy being made (see _staging): never list it.
    if not root.is_dir():
        return []
    return [f for f in find_scenario_folders(root) if f != root and not f.name.startswith(".")]


class ScenarioWorkspace:
    """The instructor's scenarios (``own_dir``), the shipped ones, and the trash."""

    def __init__(self, own_dir: Path, shipped_dir: Path, trash_dir: Path) -> None:
        self.own_dir = own_dir
        self.shipped_dir = shipped_dir
        self.trash_dir = trash_dir

    # --- listing -------------------------------------------------------------------

    def own(self) -> list[WorkspaceEntry]:
        """The instructor's scenarios, by folder name."""
        entries = (_entry(f, read_only=False) for f in _scenario_folders(self.own_dir))
        return [e for e in entries if e is not None]

    def shipped(self) -> list[WorkspaceEntry]:
        """The scenarios shipped with the app (read-only), by folder name."""
        entries = (_entry(f, read_only=True) for f in _scenario_folders(self.shipped_dir))
        return [e for e in entries if e is not None]

    def trash(self) -> list[TrashEntry]:
        """The deleted scenarios that can be restored, newest first."""
        if not self.trash_dir.is_dir():
            return []
        entries = [self._trash_entry(f) for f in self.trash_dir.iterdir() if f.is_dir()]
        found = [e for e in entries if e is not None]
        return sorted(found, key=lambda e: (e.deleted_at, e.folder.name), reverse=True)

    # --- changes -------------------------------------------------------------------

    def new_from_template(
        self, scenario_id: str, *, title: dict[str, str], languages: Sequence[str]
    ) -> Path:
        """Create ``own_dir/<id>/scenario.yaml`` from the template; the new file's path."""
        self._check_new_id(scenario_id)
        languages = list(languages)
        if not languages:
            raise WorkspaceError("a scenario needs at least one language")
        for language in languages:
            if not LANGUAGE_RE.match(language):
                raise WorkspaceError(
                    f"{language!r} is not a language code (two or three small letters, e.g. pl)"
                )
        if len(set(languages)) != len(languages):
            raise WorkspaceError(f"a language is listed twice: {', '.join(languages)}")
        text = template_text(scenario_id, title=title, languages=languages)
        staging = self._staging(scenario_id)
        try:
            staging.mkdir(parents=True)
            atomic_write_bytes(staging / SCENARIO_FILES[0], text.encode("utf-8"))
            target = self._move_into_place(staging, scenario_id)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise WorkspaceError(
                f"{self.own_dir}: cannot create the scenario: {_why(exc)}"
            ) from exc
        return target / SCENARIO_FILES[0]

    def duplicate(self, folder: Path, new_id: str) -> Path:
        """Copy ``folder`` (own or shipped, media included) as ``new_id``; the new file."""
        self._check_new_id(new_id)
        source = self._file_of(folder)
        data = _with_id(source, new_id)
        staging = self._staging(new_id)
        try:
            self.own_dir.mkdir(parents=True, exist_ok=True)
            # Links stay links: the reader refuses them, as it would in the original.
            shutil.copytree(folder, staging, symlinks=True)
            atomic_write_bytes(staging / source.name, data)
            target = self._move_into_place(staging, new_id)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise WorkspaceError(f"{folder}: cannot copy the scenario: {_why(exc)}") from exc
        return target / source.name

    def rename(self, folder: Path, new_id: str) -> Path:
        """Give own scenario ``folder`` the id ``new_id`` (file and folder); the new file."""
        self._check_own(folder)
        if new_id == folder.name:
            return self._file_of(folder)
        self._check_new_id(new_id)
        source = self._file_of(folder)
        original = source.read_bytes()
        data = _with_id(source, new_id)
        target = self.own_dir / new_id
        try:
            os.rename(folder, target)
        except OSError as exc:
            raise WorkspaceError(f"{folder}: cannot rename the folder: {_why(exc)}") from exc
        try:
            atomic_write_bytes(target / source.name, data)
        except OSError as exc:
            # Put the folder back, so the id in the file still equals its name.
            os.rename(target, folder)
            atomic_write_bytes(folder / source.name, original)
            raise WorkspaceError(f"{target / source.name}: cannot write: {_why(exc)}") from exc
        return target / source.name

    def delete(self, folder: Path) -> TrashEntry:
        """Move own scenario ``folder`` into the trash; the entry that restores it."""
        self._check_own(folder)
        head = _read_head(self._file_of(folder))
        scenario_id = folder.name
        deleted_at = datetime.now(UTC).replace(microsecond=0)
        entry_folder = self._trash_slot(deleted_at, scenario_id)
        record = {
            "scenario_id": scenario_id,
            "original": str(folder),
            "deleted_at": deleted_at.isoformat(),
            "title": _title(head),
        }
        try:
            entry_folder.mkdir(parents=True)
            atomic_write_bytes(
                entry_folder / TRASH_RECORD,
                json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8"),
            )
            _move(folder, entry_folder / TRASH_CONTENT)
        except OSError as exc:
            shutil.rmtree(entry_folder, ignore_errors=True)
            raise WorkspaceError(f"{folder}: cannot move to the trash: {_why(exc)}") from exc
        entry = self._trash_entry(entry_folder)
        assert entry is not None
        return entry

    def restore(self, entry: TrashEntry) -> Path:
        """Put a trashed scenario back into ``own_dir``; the restored scenario file."""
        if not entry.content.is_dir():
            raise WorkspaceError(f"{entry.folder}: the trash entry holds no scenario folder")
        taken = self._taken_by(entry.scenario_id)
        if taken is not None:
            raise WorkspaceError(
                f"cannot restore {entry.scenario_id!r}: the id is taken again by {taken}; "
                "rename that scenario first"
            )
        target = self.own_dir / entry.scenario_id
        try:
            self.own_dir.mkdir(parents=True, exist_ok=True)
            _move(entry.content, target)
        except OSError as exc:
            raise WorkspaceError(f"{entry.folder}: cannot restore: {_why(exc)}") from exc
        shutil.rmtree(entry.folder, ignore_errors=True)
        file = scenario_file(target)
        return file if file is not None else target / SCENARIO_FILES[0]

    # --- helpers -------------------------------------------------------------------

    def _taken_by(self, scenario_id: str) -> Path | None:
        """The folder that already uses ``scenario_id`` (own or shipped), if any."""
        for root in (self.own_dir, self.shipped_dir):
            candidate = root / scenario_id
            if candidate.exists():
                return candidate
        for entry in (*self.own(), *self.shipped()):
            if entry.scenario_id == scenario_id:
                return entry.folder
        return None

    def _check_new_id(self, scenario_id: str) -> None:
        if not SCENARIO_ID_RE.match(scenario_id):
            raise WorkspaceError(
                f"{scenario_id!r} is not a valid scenario id: small letters, digits and '-', "
                "starting with a letter or digit, at most 64 characters"
            )
        taken = self._taken_by(scenario_id)
        if taken is not None:
            raise WorkspaceError(f"the id {scenario_id!r} is already used by {taken}")

    def _check_own(self, folder: Path) -> None:
        if folder.resolve().parent != self.own_dir.resolve():
            raise WorkspaceError(
                f"{folder}: not one of your scenarios (shipped scenarios are read-only; "
                "save a copy to change it)"
            )

    def _file_of(self, folder: Path) -> Path:
        file = scenario_file(folder)
        if file is None:
            raise WorkspaceError(f"{folder}: no scenario file in this folder")
        return file

    def _staging(self, scenario_id: str) -> Path:
        """A hidden folder in ``own_dir`` where a new scenario is put together."""
        return self.own_dir / f".{scenario_id}.new-{os.getpid()}"

    def _move_into_place(self, staging: Path, scenario_id: str) -> Path:
        target = self.own_dir / scenario_id
        if target.exists():  # appeared meanwhile
            raise WorkspaceError(f"the id {scenario_id!r} is already used by {target}")
        os.rename(staging, target)
        return target

    def _trash_slot(self, deleted_at: datetime, scenario_id: str) -> Path:
        base = f"{deleted_at.strftime(_STAMP)}-{scenario_id}"
        slot, number = self.trash_dir / base, 2
        while slot.exists():
            slot, number = self.trash_dir / f"{base}-{number}", number + 1
        return slot

    def _trash_entry(self, folder: Path) -> TrashEntry | None:
        try:
            record = json.loads((folder / TRASH_RECORD).read_text(encoding="utf-8"))
            return TrashEntry(
                folder=folder,
                scenario_id=str(record["scenario_id"]),
                original=Path(record["original"]),
                deleted_at=datetime.fromisoformat(record["deleted_at"]),
                title={str(k): str(v) for k, v in dict(record.get("title") or {}).items()},
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None  # not a trash entry (or a broken one): not offered for restore


def _with_id(file: Path, new_id: str) -> bytes:
    """The bytes of ``file`` with its ``id`` set to ``new_id`` (comments and layout kept)."""
    try:
        doc = ScenarioDocument.open(file)
    except (OSError, UnicodeDecodeError, YAMLError, ValueError) as exc:
        raise WorkspaceError(f"{file}: cannot read the scenario: {exc}") from exc
    if not isinstance(doc.root, dict) or "id" not in doc.root:
        raise WorkspaceError(f"{file}: the scenario has no id to change")
    SetValue(("id",), new_id).do(doc)
    return doc.to_bytes()


def _move(source: Path, target: Path) -> None:
    """Rename ``source`` to ``target`` (a copy and delete across file systems)."""
    try:
        os.rename(source, target)
    except OSError:
        if target.exists():
            raise
        shutil.move(source, target)


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)
