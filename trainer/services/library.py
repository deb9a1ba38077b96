"""The scenario library: every scenario folder found, playable or not, with results."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from trainer.domain.model import Scenario
from trainer.scenario_io.reader import LoadResult, find_scenario_folders, load_scenario
from trainer.storage.records import AttemptRecord


@dataclass(frozen=True)
class LibraryEntry:
    """One scenario folder: its load result and where it came from."""

    folder: Path
    result: LoadResult
    source: str  # "shipped" or "local"

    @property
    def scenario(self) -> Scenario | None:
        """The scenario if it is playable."""
        return self.result.scenario if self.result.playable else None

    @property
    def key(self) -> str:
        """The scenario id, or the folder name of a broken one."""
        return self.result.scenario.id if self.result.scenario else self.folder.name


@dataclass
class Results:
    """A profile's best and last overall result and any unfinished attempt, per scenario."""

    best: dict[str, float] = field(default_factory=dict)
    last: dict[str, float] = field(default_factory=dict)
    in_progress: dict[str, AttemptRecord] = field(default_factory=dict)


class LibraryService:
    """Finds scenarios in the shipped folder and the user's own folder."""

    def __init__(self, folders: Iterable[tuple[Path, str]]) -> None:
        self.folders = list(folders)

    def load(self) -> list[LibraryEntry]:
        """Read every scenario folder (a broken one is kept, with its findings)."""
        entries: list[LibraryEntry] = []
        seen: set[str] = set()
        for root, source in self.folders:
            for folder in find_scenario_folders(root):
                result = load_scenario(folder)
                entry = LibraryEntry(folder, result, source)
                if entry.key in seen:
                    continue  # a local copy never shadows silently: first found wins
                seen.add(entry.key)
                entries.append(entry)
        return entries


def results_by_scenario(attempts: Iterable[AttemptRecord]) -> Results:
    """Best and last overall percentage per scenario, and the newest unfinished attempt."""
    results = Results()
    for attempt in attempts:  # oldest first
        sid = attempt.scenario_id
        if attempt.status == "finished" and attempt.overall_percent is not None:
            results.last[sid] = attempt.overall_percent
            results.best[sid] = max(results.best.get(sid, 0.0), attempt.overall_percent)
        elif attempt.status == "in_progress":
            results.in_progress[sid] = attempt
    return results
