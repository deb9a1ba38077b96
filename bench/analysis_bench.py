"""Wall time of validating scenarios built to make the analysis work hard (issue 13, 8).

The tests bound the analysis by its work counter (tests/domain/test_analysis_budget.py);
this gives the seconds that bound means on this machine, for the worst shapes known:
a 300-choice hub with long conditions (96 s before the bound) and a file at the size
cap full of distinct long conditions.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.domain.adversarial import (  # noqa: E402
    hub_scenario,
    many_competencies_scenario,
    wide_hub_scenario,
    write_scenario,
)
from trainer.scenario_io.limits import MAX_FILE_BYTES  # noqa: E402
from trainer.scenario_io.reader import load_scenario  # noqa: E402


def _at_size_cap(*, distinct: bool) -> dict[str, Any]:
    data = hub_scenario(choices=4_000, distinct=distinct)
    text = json.dumps(data)
    while (size := len(text.encode())) > MAX_FILE_BYTES:
        choices = data["nodes"]["hub"]["choices"]
        del choices[-(1 + (size - MAX_FILE_BYTES) // 900) :]
        text = json.dumps(data)
    return data


def analysis_rows(runs: int = 3) -> list[tuple[str, str]]:
    """Rows for the README table: (what, slowest of ``runs``)."""
    shapes = [
        ("300-choice hub, 1,000-character conditions", hub_scenario(choices=300)),
        ("file at the 4 MB cap, one 1,000-character condition", _at_size_cap(distinct=False)),
        ("file at the 4 MB cap, distinct 1,000-character conditions", _at_size_cap(distinct=True)),
        ("hub of 400 open choices", wide_hub_scenario(choices=400)),
        (
            "hub of 100 open choices, 2,000 variables",
            wide_hub_scenario(choices=100, variables=2000),
        ),
        (
            "50 competencies that can lose points, 3,000 decisions",
            many_competencies_scenario(50, 3000),
        ),
    ]
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for index, (what, data) in enumerate(shapes):
            folder = write_scenario(Path(tmp) / str(index), data)
            times = []
            for _ in range(runs):
                start = time.perf_counter()
                result = load_scenario(folder)
                times.append(time.perf_counter() - start)
            analysis = result.analysis
            bound = "no analysis" if analysis is None else f"{analysis.work:,} work units"
            rows.append((f"validate, adversarial: {what}", f"{max(times):.2f} s ({bound})"))
    return rows


if __name__ == "__main__":
    for what, figure in analysis_rows():
        print(f"| {what} | {figure} |")
