"""The register of personal data matches the schema and the export (reliability.md T36, T39)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.play_support import play_tokens
from trainer.domain.model import Mode
from trainer.paths import shipped_scenarios_dir
from trainer.services.context import open_services
from trainer.services.library import LibraryService
from trainer.storage import schema
from trainer.storage.data_register import REGISTER, personal_columns


def test_every_column_of_the_schema_is_in_the_register_and_nothing_else() -> None:
    in_schema = {
        (table.name, column.name)
        for table in schema.Base.metadata.sorted_tables
        for column in table.columns
    }
    in_register = {(table, column) for table, columns in REGISTER.items() for column in columns}
    assert in_schema - in_register == set(), (
        "add the new columns to trainer/storage/data_register.py"
    )
    assert in_register - in_schema == set(), "the register names columns the schema lost"


def test_a_table_about_a_person_is_personal_data_in_every_column() -> None:
    """Anything tied to a profile or an attempt says something about that person."""
    for table in schema.Base.metadata.sorted_tables:
        targets = {key.column.table.name for key in table.foreign_keys}
        if targets & {"profiles", "attempts"} or table.name in {"profiles", "attempts"}:
            assert all(REGISTER[table.name][c.name].personal for c in table.columns), table.name


def test_a_personal_column_left_out_of_the_export_says_why() -> None:
    for table, column, entry in personal_columns():
        if entry.exported is None:
            assert "not exported" in entry.purpose or "internal" in entry.purpose, (table, column)


def _find(data: Any, path: list[str]) -> bool:
    """Whether ``path`` (``a[].b.*.c``) leads to a value somewhere in ``data``."""
    if not path:
        return True
    head, rest = path[0], path[1:]
    if head == "*":
        return isinstance(data, dict) and any(_find(v, rest) for v in data.values())
    if head.endswith("[]"):
        items = data.get(head[:-2]) if isinstance(data, dict) else None
        return isinstance(items, list) and any(_find(item, rest) for item in items)
    return isinstance(data, dict) and head in data and _find(data[head], rest)


@pytest.fixture
def export(tmp_path: Path) -> dict[str, Any]:
    """The export of a profile with a finished attempt, its steps, results and a card look-up."""
    services = open_services(tmp_path / "data")
    try:
        profile = services.profiles.create("Canary Kowalska", secret="739154")
        library = LibraryService([(shipped_scenarios_dir(), "shipped")])
        tutorial = next(e for e in library.load() if e.key == "tutorial")
        active = services.play.start(profile, tutorial.result, mode=Mode.PRACTICE, language="pl")
        card = next(iter(tutorial.result.scenario.cards))
        services.play.open_card(active, card)
        play_tokens(services.play, active, tutorial.result.analysis.best_tokens)
        return services.store.export_profile(profile.id)
    finally:
        services.close(backup=False)


def test_the_export_holds_every_personal_column_the_register_says_it_does(
    export: dict[str, Any],
) -> None:
    missing = [
        (table, column, entry.exported)
        for table, column, entry in personal_columns()
        if entry.exported is not None and not _find(export, entry.exported.split("."))
    ]
    assert missing == []
    assert export["profile"]["has_pin_or_password"] is True
    assert "739154" not in str(export)  # a credential is never exported
