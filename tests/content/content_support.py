"""What every shipped scenario's tests do the same way."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"
#: One table of paths and expected endings per shipped scenario (see paths/README.md).
PATHS_DIR = Path(__file__).resolve().parent / "paths"
#: Keys a table may hold; anything else is a typo in the data, not a silent pass.
TABLE_KEYS = frozenset({"scenario", "why", "analysis", "followups", "cases"})


@cache
def path_tables() -> dict[str, dict[str, Any]]:
    """Every table in ``paths/`` by scenario id, read once per test session."""
    tables: dict[str, dict[str, Any]] = {}
    for path in sorted(PATHS_DIR.glob("*.yaml")):
        data: dict[str, Any] = YAML(typ="safe").load(path.read_text(encoding="utf-8"))
        unknown = set(data) - TABLE_KEYS
        assert not unknown, f"{path.name}: unknown keys {sorted(unknown)}"
        assert data["scenario"] == path.stem, f"{path.name} names {data['scenario']!r}"
        tables[path.stem] = data
    return tables


def play_scenario(run_cli: Any, scenario: Path, *tokens: str) -> dict[str, Any]:
    """``trainer play SCENARIO --choose TOKENS --json``, which must succeed."""
    result = run_cli("play", scenario, "--choose", *tokens, "--json")
    assert result.exit_code == 0, result.stderr
    data: dict[str, Any] = result.json()
    return data


def assert_full_marks(state: dict[str, Any], best_path: list[str], maximum: dict[str, int]) -> None:
    """The best path was played to its success ending with every point there is."""
    assert state["path"] == best_path
    assert state["ending"] == best_path[-1]
    assert state["outcome"] == "success"
    assert state["awaiting"] is None
    assert state["points"] == maximum
    assert state["percent"] == dict.fromkeys(maximum, 100.0)
    assert state["overall_percent"] == 100.0
