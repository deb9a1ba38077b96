"""Results as xAPI statements for a learning record store (``trainer results xapi``).

An instructor's action, like the results export: the caller passes an :class:`Operator`
that :meth:`ProfileService.confirm_trainer` made, and the audit log names them. The rows
are the ones the results export reads (:func:`trainer.storage.results_exchange.collect`);
how they become statements: :mod:`trainer.exchange.xapi`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from trainer.domain.model import Scenario
from trainer.exchange import xapi
from trainer.exchange.xapi import XapiError, XapiSettings
from trainer.fileio import atomic_write_chunks
from trainer.services.overview import snapshot_model
from trainer.services.profiles import Operator
from trainer.services.records import TRAINER
from trainer.storage import results_exchange
from trainer.storage.errors import ProfileError
from trainer.storage.store import Store

__all__ = ["XapiError", "XapiExport", "XapiService", "XapiSettings"]


@dataclass(frozen=True, slots=True)
class XapiExport:
    """What an xAPI export wrote."""

    path: Path
    statements: int
    attempts: int
    completed: int
    profiles: int


def scenario_models(payload: dict[str, Any]) -> dict[str, Scenario | None]:
    """The model of every scenario version in a results payload, by content hash."""
    models: dict[str, Scenario | None] = {}
    for version in payload["scenario_versions"]:
        try:
            document = json.loads(version["snapshot"])
        except ValueError:
            document = None
        models[version["content_hash"]] = (
            snapshot_model(document) if isinstance(document, dict) else None
        )
    return models


class XapiService:
    """Writes a store's ended attempts as xAPI statements."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def export(
        self,
        target: Path,
        *,
        by: Operator,
        since: str | None = None,
        with_names: bool = False,
        settings: XapiSettings | None = None,
        lines: bool = False,
    ) -> XapiExport:
        """Write the statements of the attempts that ended at ``since`` or later (a store
        timestamp) to ``target`` (temp file, fsync, rename): a JSON array, or JSON Lines.

        XapiError (nothing written) if stored data cannot make a valid statement.
        """
        current = self.store.get_profile(by.id)
        if current is None or current.role != TRAINER:
            raise ProfileError("only an instructor can export results")
        payload = results_exchange.collect(self.store, since=since, with_names=with_names)
        counted = 0

        def made() -> Iterator[dict[str, Any]]:
            nonlocal counted
            for statement in xapi.iter_statements(payload, scenario_models(payload), settings):
                counted += 1
                yield statement

        # Written as they are made: a centre's statements run to hundreds of MB of JSON.
        atomic_write_chunks(target, xapi.encode(made(), lines=lines))
        self.store.audit("results-xapi-names" if with_names else "results-xapi", None, by.id)
        attempts = payload["attempts"]
        return XapiExport(
            path=target,
            statements=counted,
            attempts=len(attempts),
            completed=sum(1 for a in attempts if a["status"] == "finished"),
            profiles=len(payload["profiles"]),
        )
