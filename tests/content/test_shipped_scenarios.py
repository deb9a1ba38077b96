"""Every shipped scenario validates with no error and no warning (CI also runs --strict).

Until the content revision (issue 15), the shipped scenarios other than the tutorial
may have pedagogical findings (format 1.1's table of codes), and only those; CI allows
the same codes (Makefile). The tutorial is held to every check.
"""

from __future__ import annotations

import pytest

from tests.content.content_support import SCENARIOS_DIR
from trainer.domain.pedagogy import PEDAGOGICAL_CODES

SHIPPED = sorted(p for p in SCENARIOS_DIR.iterdir() if (p / "scenario.yaml").is_file())


def test_all_nine_are_shipped() -> None:
    assert len(SHIPPED) == 9


@pytest.mark.parametrize("scenario", SHIPPED, ids=lambda p: p.name)
def test_validates_without_errors_or_other_warnings(run_cli, scenario) -> None:
    result = run_cli("validate", scenario, "--json")
    assert result.exit_code == 0
    others = [f for f in result.json() if f["code"] not in PEDAGOGICAL_CODES]
    assert others == []


def test_tutorial_has_no_pedagogical_finding(run_cli) -> None:
    result = run_cli("validate", SCENARIOS_DIR / "tutorial", "--strict", "--json")
    assert result.exit_code == 0
    assert result.json() == []


def test_makefile_allows_exactly_the_pedagogical_codes() -> None:
    makefile = (SCENARIOS_DIR.parent / "Makefile").read_text(encoding="utf-8")
    line = next(x for x in makefile.splitlines() if x.startswith("PEDAGOGICAL_CODES :="))
    start = makefile.index(line)
    codes = makefile[start:].split("\n\n")[0].split(":=", 1)[1].replace("\\", " ").split()
    assert sorted(codes) == sorted(PEDAGOGICAL_CODES)
    assert "--strict $(addprefix --allow-code ,$(PEDAGOGICAL_CODES))" in makefile
