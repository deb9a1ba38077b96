"""Twine stories in and out of scenario folders: the use case the CLI runs (and the
editor can run to open a ``.twee`` file), so both write the same files the same way."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer.authoring.map_layout import load_positions, positions_file, save_positions
from trainer.domain.errors import TrainerError
from trainer.domain.ids import SCENARIO_ID_RE
from trainer.exchange.twee import parse_twee, read_twee_file
from trainer.exchange.twee_export import ExportResult, export_twee
from trainer.exchange.twee_import import ImportResult, import_twee
from trainer.fileio import atomic_write_bytes
from trainer.scenario_io.folders import SCENARIO_FILES, scenario_files


class TwineFolderError(TrainerError):
    """The scenario folder cannot take the import (its name, or a scenario already there)."""


@dataclass(frozen=True)
class ImportedFolder:
    """What an import wrote: the scenario file, the map's side file (if any positions)."""

    result: ImportResult
    scenario_file: Path
    map_file: Path | None


def scenario_id_for(folder: Path) -> str:
    """The scenario id a folder stands for (its name); TwineFolderError if it is none."""
    scenario_id = folder.resolve().name
    if not SCENARIO_ID_RE.match(scenario_id):
        raise TwineFolderError(
            f"the folder name {scenario_id!r} is not a scenario id (lower-case letters,"
            " digits and '-', e.g. park-incident): the folder's name is the scenario's id"
        )
    return scenario_id


def import_twee_folder(
    twee_file: Path, folder: Path, *, language: str | None = None, force: bool = False
) -> ImportedFolder:
    """Read ``twee_file`` and write the scenario folder ``folder`` from it.

    Raises TweeError for a file that cannot be read (nothing written) and
    TwineFolderError for a folder that cannot take it (a scenario already there
    without ``force``). With ``force`` the new ``scenario.yaml`` replaces every
    scenario file there, and an old map whose nodes are gone is removed.
    """
    scenario_id = scenario_id_for(folder)
    if folder.exists() and not folder.is_dir():
        raise TwineFolderError(f"{folder} exists and is not a folder")
    existing = scenario_files(folder) if folder.is_dir() else []
    if existing and not force:
        raise TwineFolderError(f"{existing[0]}: a scenario is already there; add --force")
    result = import_twee(
        parse_twee(read_twee_file(twee_file)), scenario_id=scenario_id, language=language
    )
    folder.mkdir(parents=True, exist_ok=True)
    for old in existing:  # two scenario files in one folder would be an error
        old.unlink()
    scenario_file = folder / SCENARIO_FILES[0]
    atomic_write_bytes(scenario_file, result.yaml_text.encode("utf-8"))
    map_file = positions_file(scenario_file)
    if result.positions:
        save_positions(map_file, result.positions)
        return ImportedFolder(result, scenario_file, map_file)
    if map_file.exists():
        map_file.unlink()  # the old scenario's positions would misplace the new nodes
    return ImportedFolder(result, scenario_file, None)


def export_twee_document(
    document: dict[str, Any], scenario_file: Path | None, *, language: str | None = None
) -> ExportResult:
    """The Twee story of a validated scenario, with its map positions if it has any."""
    positions = load_positions(positions_file(scenario_file)) if scenario_file else {}
    return export_twee(document, language=language, positions=positions)
