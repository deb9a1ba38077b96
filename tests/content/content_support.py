"""What every shipped scenario's tests do the same way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"


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
