"""A profile's attempts as the history listing shows them."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from typing import Any

from trainer.domain.address import Address, apply_address
from trainer.domain.model import FORMAT_VERSION
from trainer.domain.scoring import percentages
from trainer.fileio import paused_gc
from trainer.storage.errors import StorageError
from trainer.storage.records import AttemptRecord, HistorySummary, ProfileRecord, end_times
from trainer.storage.store import Store


def history_entry(record: AttemptRecord | HistorySummary) -> dict[str, Any]:
    """One attempt in the shape of ``trainer history --json``."""
    percent, overall = percentages(record.points, record.maximum)
    return {
        "id": record.id,
        "scenario": record.scenario_id,
        "version": record.version,
        "title": record.title,
        "mode": record.mode,
        "language": record.language,
        "status": record.status,
        "started": record.started_at,
        **end_times(record.status, record.finished_at),
        "ending": record.ending,
        "outcome": record.outcome,
        "path": record.path,
        "points": {cid: record.points.get(cid, 0) for cid in record.maximum},
        "maximum": record.maximum,
        "percent": percent,
        "overall_percent": overall,
    }


def played_language_titles(
    store: Store, profile_id: str, language: str | None = None
) -> list[HistorySummary]:
    """The profile's attempt listing, each attempt titled in ``language``.

    None titles each attempt in the language it was played in (``trainer history``
    reports what was played); a UI language titles every attempt in it, falling back to
    the scenario's default language when the scenario has no title in that language.
    """
    summaries = store.history_summaries(profile_id)
    titles = store.played_titles(profile_id)
    reads_forms: dict[str, bool] = {}
    named = []
    for summary in summaries:
        # summary.title is the default-language title (see Store.history_summaries).
        title = titles.get(summary.scenario_version_id, {}).get(language or summary.language)
        title = title or summary.title
        if "{" in title or "}" in title:  # rare: look at the snapshot only then
            version_id = summary.scenario_version_id
            if version_id not in reads_forms:
                reads_forms[version_id] = _reads_address_forms(store, version_id)
            if reads_forms[version_id]:
                # A listing shows both forms of address, "a/b", as the library does.
                title = apply_address(title, Address.NONE)
        if title != summary.title:
            summary = summary._replace(title=title)
        named.append(summary)
    return named


def _reads_address_forms(store: Store, scenario_version_id: str) -> bool:
    """Whether the stored version is a format-1.1 file (braces there are forms of address)."""
    try:
        document = store.scenario_snapshot(scenario_version_id).document
    except StorageError:
        return False
    return str(document.get("format", FORMAT_VERSION)) != str(FORMAT_VERSION)


class HistoryService:
    """Read-only views of past attempts."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def entries(self, profile: ProfileRecord) -> list[dict[str, Any]]:
        """Every attempt of the profile, oldest first, titled in the language it was played in."""
        summaries = played_language_titles(self.store, profile.id)
        with paused_gc():
            return [history_entry(r) for r in summaries]


def scenarios_to_practise(
    competency: str,
    *,
    catalogue: Iterable[tuple[str, Collection[str]]],
    played: Collection[str],
    trained_before: Sequence[str] = (),
) -> list[tuple[str, bool]]:
    """Where to practise ``competency``: ``(scenario id, played before)``, new ones first.

    ``catalogue`` holds each scenario in the library with the competencies it scores,
    in the order the library lists them; ``played`` the scenarios the officer has an
    attempt of; ``trained_before`` the played ones that scored this competency (the
    history knows them even when they are no longer in the library). A scenario the
    officer has not met is the better practice, so those come first.
    """
    trains = [key for key, competencies in catalogue if competency in competencies]
    fresh = [(key, False) for key in trains if key not in played]
    again = [key for key in trains if key in played]
    again += [key for key in trained_before if key not in again]
    return fresh + [(key, True) for key in dict.fromkeys(again)]
