"""Every shipped scenario validates with no error and no warning (CI also runs --strict)."""

from __future__ import annotations

import pytest

from tests.content.content_support import SCENARIOS_DIR

SHIPPED = sorted(p for p in SCENARIOS_DIR.iterdir() if (p / "scenario.yaml").is_file())


def test_all_nine_are_shipped() -> None:
    assert len(SHIPPED) == 9


@pytest.mark.parametrize("scenario", SHIPPED, ids=lambda p: p.name)
def test_validates_without_errors_or_warnings(run_cli, scenario) -> None:
    result = run_cli("validate", scenario, "--json")
    assert result.exit_code == 0
    assert result.json() == []
