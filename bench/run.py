"""Performance figures quoted in the README. Run with ``make bench``.

Not a test: numbers depend on the machine. Each figure is a median of several runs.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.analysis_bench import analysis_rows  # noqa: E402
from bench.bench_editor import editor_rows  # noqa: E402
from bench.bench_editor_typing import typing_rows  # noqa: E402
from bench.generate import write_scenario  # noqa: E402
from bench.history_bench import history_rows  # noqa: E402
from bench.overview_bench import overview_rows  # noqa: E402
from bench.results_bench import results_rows  # noqa: E402
from bench.startup_bench import startup_rows  # noqa: E402
from bench.storage_bench import storage_rows  # noqa: E402
from bench.timing import median_ms  # noqa: E402


def cold_command_ms(args: list[str], runs: int = 7) -> float:
    def run() -> None:
        subprocess.run(args, check=True, capture_output=True, cwd=ROOT)

    run()  # warm the OS file cache; "cold" means a fresh interpreter, as a user starts it
    return median_ms(run, runs)


def main() -> int:
    from trainer.domain.analysis import analyse
    from trainer.scenario_io.reader import load_scenario
    from trainer.scenario_io.yaml_tree import parse_yaml

    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_scenario(Path(tmp), 2000)
        text = (folder / "scenario.yaml").read_text(encoding="utf-8")
        result = load_scenario(folder)
        assert result.playable, [f.format_line() for f in result.findings[:5]]
        assert result.scenario is not None
        nodes = len(result.scenario.nodes)
        size_kb = len(text.encode()) / 1024
        full = median_ms(lambda: load_scenario(folder), 5)
        parse = median_ms(lambda: parse_yaml(text), 5)
        scenario = result.scenario
        analysis_ms = median_ms(lambda: analyse(scenario), 5)
        rows.append(
            (
                f"validate + analyze, generated {nodes:,}-node scenario ({size_kb:,.0f} KB YAML)",
                f"{full:,.0f} ms (YAML parse {parse:,.0f} ms, analysis {analysis_ms:,.0f} ms)",
            )
        )

    python = sys.executable
    baseline = cold_command_ms([python, "-c", "pass"])
    validate = cold_command_ms([python, "-m", "trainer", "validate", "scenarios/tutorial"])
    rows.append(("cold `trainer validate scenarios/tutorial` (new process)", f"{validate:,.0f} ms"))
    rows.append(("  for comparison: `python -c pass`", f"{baseline:,.0f} ms"))
    every = cold_command_ms([python, "-m", "trainer", "validate", "scenarios"], runs=3)
    rows.append(("cold `trainer validate scenarios` (all shipped)", f"{every:,.0f} ms"))
    rows.extend(analysis_rows())
    rows.extend(editor_rows())
    rows.extend(typing_rows())
    rows.extend(storage_rows())
    rows.extend(history_rows())
    rows.extend(results_rows())
    if os.environ.get("TRAINER_BENCH_DB_URL"):  # the merge on a PostgreSQL server too
        rows.extend(results_rows(os.environ["TRAINER_BENCH_DB_URL"]))
    rows.extend(overview_rows())
    rows.extend(startup_rows())

    print("| what | median |")
    print("|---|---|")
    for what, figure in rows:
        print(f"| {what} | {figure} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
