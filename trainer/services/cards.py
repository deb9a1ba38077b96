"""What the library shows of a scenario, as plain data: cheap to import, cache and compare.

A card holds no model objects, so the desktop app can show the library from the card
cache (:mod:`trainer.services.card_cache`) before the scenario files are read.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from trainer.services.records import AttemptRecord

#: The UI languages a card carries competency labels for.
UI_LANGUAGES = ("pl", "en")
#: How many of a broken scenario's errors a card lists.
LISTED_ERRORS = 12


def resolve(texts: dict[str, str], language: str, default_language: str) -> str:
    """The text in ``language``, else the default language, else any (as ``Text.resolve``)."""
    if language in texts:
        return texts[language]
    if default_language in texts:
        return texts[default_language]
    return next(iter(texts.values()), "")


@dataclass(frozen=True)
class ScenarioCard:
    """One scenario folder as the library lists it; ``playable`` False for a broken one."""

    key: str  # the scenario id, or the folder name of a broken scenario
    folder: Path
    source: str  # "shipped" or "local"
    playable: bool
    title: dict[str, str] = field(default_factory=dict)
    summary: dict[str, str] = field(default_factory=dict)
    languages: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    minutes: int | None = None
    timed: bool = False
    modes: tuple[str, ...] = ()  # "practice", "assessment"
    #: Each competency's label by UI language, in the scenario's order.
    competencies: tuple[dict[str, str], ...] = ()
    #: The ids of those competencies, in the same order.
    competency_ids: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()  # the first LISTED_ERRORS error lines
    error_count: int = 0
    #: Installed from a scenario pack (not written here), and the trusted centre whose
    #: signature still vouches for it ("" if none: the scenario is unofficial).
    from_pack: bool = False
    signed_by: str = ""

    @property
    def default_language(self) -> str:
        """The scenario's first language."""
        return self.languages[0] if self.languages else "pl"

    def title_in(self, language: str) -> str:
        """The title in ``language`` (the folder name for a broken scenario)."""
        return resolve(self.title, language, self.default_language) or self.folder.name

    def summary_in(self, language: str) -> str:
        """The summary (Markdown subset) in ``language``, or ""."""
        return resolve(self.summary, language, self.default_language)

    def competency_labels(self, language: str) -> list[str]:
        """The competencies' labels in ``language``."""
        return [resolve(labels, language, "en") for labels in self.competencies]

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (see :meth:`from_json`)."""
        data = asdict(self)
        data["folder"] = str(self.folder)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ScenarioCard:
        """The card :meth:`to_json` wrote; ValueError/TypeError/KeyError if it is not one."""
        return cls(
            key=str(data["key"]),
            folder=Path(data["folder"]),
            source=str(data["source"]),
            playable=bool(data["playable"]),
            title=_texts(data["title"]),
            summary=_texts(data["summary"]),
            languages=_strings(data["languages"]),
            tags=_strings(data["tags"]),
            minutes=None if data["minutes"] is None else int(data["minutes"]),
            timed=bool(data["timed"]),
            modes=_strings(data["modes"]),
            competencies=tuple(_texts(labels) for labels in data["competencies"]),
            competency_ids=_strings(data.get("competency_ids", [])),
            errors=_strings(data["errors"]),
            error_count=int(data["error_count"]),
            from_pack=bool(data["from_pack"]),
            signed_by=str(data["signed_by"]),
        )


class _Keyed(Protocol):
    @property
    def key(self) -> str: ...


K = TypeVar("K", bound=_Keyed)


def unique(items: Iterable[K]) -> list[K]:
    """One per scenario id, in order: a local copy never shadows silently, the first wins."""
    seen: set[str] = set()
    kept: list[K] = []
    for item in items:
        if item.key not in seen:
            seen.add(item.key)
            kept.append(item)
    return kept


def _texts(value: object) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise ValueError("not a text by language")
    return dict(value)


def _strings(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("not a list of strings")
    return tuple(value)


@dataclass
class Results:
    """A profile's best and last overall result and any resumable attempt, per scenario."""

    best: dict[str, float] = field(default_factory=dict)
    last: dict[str, float] = field(default_factory=dict)
    in_progress: dict[str, AttemptRecord] = field(default_factory=dict)


def resumable(attempt: AttemptRecord) -> bool:
    """Whether to offer resuming ``attempt``: in progress, with at least one step taken.

    An attempt left at its first screen holds no answer: resuming it and starting over
    are the same, so it is not offered (see trainer.gui.resume_dialog).
    """
    return attempt.status == "in_progress" and attempt.step_count > 0


def results_by_scenario(attempts: Iterable[AttemptRecord]) -> Results:
    """Best and last overall percentage per scenario (of finished attempts: abandoned
    and in-progress ones have no result), and the newest resumable attempt."""
    results = Results()
    for attempt in attempts:  # oldest first
        sid = attempt.scenario_id
        if attempt.status == "finished" and attempt.overall_percent is not None:
            results.last[sid] = attempt.overall_percent
            results.best[sid] = max(results.best.get(sid, 0.0), attempt.overall_percent)
        elif resumable(attempt):
            results.in_progress[sid] = attempt
    return results
