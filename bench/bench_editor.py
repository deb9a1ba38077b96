"""The scenario editor's document on a generated 2,000-node scenario (issue 16).

Figures for what the editor does with a large file, without the GUI: open it,
check and analyse it (what the live checks run off the UI thread), one edit and the
text it writes, the copy the live checks take, save, and renames that touch many
nodes. The scenario comes from ``tools/generate_big_scenario.py``.

Run alone with ``python bench/bench_editor.py [--nodes N]``; ``bench/run.py`` adds
the rows to the README table. Not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.timing import median_ms  # noqa: E402
from trainer.authoring.commands import RenameNode, RenameVariable, SetValue  # noqa: E402
from trainer.authoring.document import ScenarioDocument  # noqa: E402
from trainer.authoring.undo import UndoStack  # noqa: E402


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "generate_big_scenario", ROOT / "tools" / "generate_big_scenario.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def editor_rows(nodes: int = 2000, runs: int = 5) -> list[tuple[str, str]]:
    """Rows for the README table: (what, median of ``runs``)."""
    with tempfile.TemporaryDirectory() as tmp:
        file = _generator().write_scenario(Path(tmp), nodes, "big-scenario")
        size_kb = file.stat().st_size / 1024
        doc = ScenarioDocument.open(file)
        count = len(doc.nodes)
        label = f"editor, generated {count:,}-node scenario ({size_kb:,.0f} KB)"
        open_ms = median_ms(lambda: ScenarioDocument.open(file), runs)
        result = doc.validate(file.parent, pedagogy=True)
        errors = [f.format_line() for f in result.findings if f.is_error]
        assert not errors, errors[:3]
        check_ms = median_ms(lambda: doc.validate(file.parent, pedagogy=True), runs)

        def one_edit() -> None:
            fresh = ScenarioDocument.open(file)
            fresh_stack = UndoStack(fresh)
            started = time.perf_counter()
            fresh_stack.push(SetValue(("nodes", "decide_300", "text", "en"), "What now?"))
            fresh.to_text()
            edits.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            fresh.clone()
            clones.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            fresh.save(Path(tmp) / "saved.yaml")
            saves.append((time.perf_counter() - started) * 1000)

        edits: list[float] = []
        clones: list[float] = []
        saves: list[float] = []
        for _ in range(runs):
            one_edit()
        stack = UndoStack(doc)
        started = time.perf_counter()
        stack.push(RenameNode("decide_300", "decide_three_hundred"))
        doc.to_text()
        rename_node_ms = (time.perf_counter() - started) * 1000
        uses = sum(1 for line in doc.to_text().splitlines() if "risk" in line)
        started = time.perf_counter()
        stack.push(RenameVariable("risk", "danger"))
        doc.to_text()
        rename_variable_ms = (time.perf_counter() - started) * 1000
    return [
        (f"{label}: open", f"{open_ms:,.0f} ms"),
        (f"{label}: check + analyse (pedagogy included)", f"{check_ms:,.0f} ms"),
        (f"{label}: one edit + the text to save", f"{statistics.median(edits):,.0f} ms"),
        (f"{label}: copy for the live check", f"{statistics.median(clones):,.1f} ms"),
        (f"{label}: save (after one edit)", f"{statistics.median(saves):,.0f} ms"),
        (f"{label}: rename a node (one run)", f"{rename_node_ms:,.0f} ms"),
        (
            f"{label}: rename a variable used on {uses:,} lines (one run)",
            f"{rename_variable_ms:,.0f} ms",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="editor figures on a generated scenario")
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print("| what | median |")
    print("|---|---|")
    for what, figure in editor_rows(args.nodes, args.runs):
        print(f"| {what} | {figure} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
