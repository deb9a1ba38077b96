"""The scenario library: every scenario folder found, playable or not, with results."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from trainer.domain.competencies import competency_label
from trainer.domain.errors import TrainerError
from trainer.domain.model import Scenario
from trainer.domain.render import TextRenderer
from trainer.domain.text import Text
from trainer.scenario_io.folders import find_scenario_folders
from trainer.scenario_io.reader import LoadResult, load_scenario
from trainer.services.card_cache import folder_signature
from trainer.services.cards import LISTED_ERRORS, UI_LANGUAGES, ScenarioCard, unique


class ScenarioChangedError(TrainerError):
    """A scenario the library listed cannot be played now: its folder changed or went."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(f"{folder}: the scenario changed and cannot be played now")


@dataclass(frozen=True)
class LibraryEntry:
    """One scenario folder: its load result and where it came from."""

    folder: Path
    result: LoadResult
    source: str  # "shipped" or "local"
    #: The folder's signature when it was read (see ``card_cache.folder_signature``).
    signature: str = ""
    #: Installed from a scenario pack, and the trusted centre that signed it ("" if none).
    from_pack: bool = False
    signed_by: str = ""

    @property
    def scenario(self) -> Scenario | None:
        """The scenario if it is playable."""
        return self.result.scenario if self.result.playable else None

    @property
    def key(self) -> str:
        """The scenario id, or the folder name of a broken one."""
        return self.result.scenario.id if self.result.scenario else self.folder.name

    @cached_property
    def card(self) -> ScenarioCard:
        """What the library shows of this scenario."""
        scenario = self.scenario
        errors = self.result.errors
        if scenario is None:
            return ScenarioCard(
                key=self.key,
                folder=self.folder,
                source=self.source,
                playable=False,
                errors=tuple(f.format_line() for f in errors[:LISTED_ERRORS]),
                error_count=len(errors),
                from_pack=self.from_pack,
                signed_by=self.signed_by,
            )
        return ScenarioCard(
            key=self.key,
            folder=self.folder,
            source=self.source,
            playable=True,
            # No attempt yet: a format-1.1 alternation shows both forms, "a/b".
            title=_both_forms(scenario, scenario.title),
            summary=_both_forms(scenario, scenario.summary) if scenario.summary else {},
            languages=tuple(scenario.languages),
            tags=tuple(scenario.tags),
            minutes=scenario.minutes,
            timed=scenario.is_timed,
            modes=tuple(mode.value for mode in scenario.modes),
            competencies=tuple(
                {lang: competency_label(scenario, cid, lang) for lang in UI_LANGUAGES}
                for cid in scenario.competencies
            ),
            competency_ids=tuple(scenario.competencies),
            from_pack=self.from_pack,
            signed_by=self.signed_by,
        )


#: The record a pack import leaves in each folder it installs (trainer.exchange.packs).
ORIGIN_RECORD = ".pack-origin.json"


class LibraryService:
    """Finds scenarios in the shipped folder and the user's own folder.

    ``signer_of(folder)`` names the trusted centre whose signature vouches for a folder
    installed from a pack (None: unofficial); asked only for such folders, so that the
    signature code is loaded only when a pack was ever imported.
    """

    def __init__(
        self,
        folders: Iterable[tuple[Path, str]],
        *,
        signer_of: Callable[[Path], str | None] | None = None,
    ) -> None:
        self.folders = list(folders)
        self.signer_of = signer_of

    def load(self) -> list[LibraryEntry]:
        """Read every scenario folder (a broken one is kept, with its findings)."""
        return unique(self.read_all())

    def read_all(self) -> list[LibraryEntry]:
        """Every scenario folder read, including copies :func:`unique` would drop."""
        entries: list[LibraryEntry] = []
        for root, source in self.folders:
            for folder in find_scenario_folders(root):
                # Signed before reading: a file changed meanwhile makes the cache stale,
                # never wrong.
                signature = folder_signature(folder)
                from_pack = source != "shipped" and (folder / ORIGIN_RECORD).is_file()
                signer = self.signer_of(folder) if from_pack and self.signer_of else None
                entries.append(
                    LibraryEntry(
                        folder, load_scenario(folder), source, signature, from_pack, signer or ""
                    )
                )
        return entries


def _both_forms(scenario: Scenario, text: Text) -> dict[str, str]:
    """``text`` by language, forms of address shown as "a/b" (braces kept in format 1)."""
    return {language: TextRenderer(scenario, language).text(text) for language in text}
