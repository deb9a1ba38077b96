"""Keystroke to screen in the editor while the live checks run (issue 16).

Opens a generated 2,000-node scenario in the real editor window, puts the caret in a
node's Polish text and types, one key every ~30 ms (a fast typist). Meanwhile the
checks never rest: each finished check starts the next one at once, so every key
lands while the validator and analysis work on their own thread. A key's time runs
from the key event until the text field has painted it.

Run alone with ``python bench/bench_editor_typing.py [--nodes N] [--keys K]``
(``QT_QPA_PLATFORM=offscreen`` unless a display is wanted); ``bench/run.py`` adds the
row to the README table. Not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_editor import _generator  # noqa: E402


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def measure(node_count: int = 2000, keys: int = 300) -> dict[str, float]:
    """Type ``keys`` keys into a node's text while checks run; times in ms."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

    from trainer.gui.editor.window import EditorPlaces, EditorWindow
    from trainer.paths import shipped_scenarios_dir

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        places = EditorPlaces(data_dir, shipped_scenarios_dir())
        file = _generator().write_scenario(places.own_dir, node_count, "big-scenario")
        window = EditorWindow(places)
        window.resize(1366, 768)
        window.show()
        started = time.perf_counter()
        assert window.open_file(file), "the generated scenario did not open"
        opened_ms = (time.perf_counter() - started) * 1000
        session, checker = window.session, window.checker
        assert session is not None and checker is not None
        node = next(n for n in session.doc.node_ids() if n.startswith("decide"))
        session.select(("nodes", node, "text", "pl"))
        app.processEvents()
        path = ("nodes", node, "text", "pl")
        found = window.form.field_at(path) if window.form is not None else None
        field = found.widget_for(path) if found is not None else None
        assert field is not None, "the node's text field is not on the form"
        field.setFocus()
        field.moveCursor(field.textCursor().MoveOperation.End)  # type: ignore[attr-defined]
        painted: list[bool] = [False]

        class PaintSpy(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    painted[0] = True
                return False

        spy = PaintSpy()
        targets: list[QWidget] = [field]
        if isinstance(field, QAbstractScrollArea):
            targets.append(field.viewport())
        for target in targets:
            target.installEventFilter(spy)

        # Checks without rest: each result starts the next check.
        checker.checked.connect(lambda _result: checker.check_now())
        checker.check_now()
        busy_times: list[float] = []
        idle_times: list[float] = []
        for i in range(keys):
            pause_until = time.perf_counter() + 0.03
            while time.perf_counter() < pause_until:
                app.processEvents()
            checking = checker._pool.activeThreadCount() > 0
            painted[0] = False
            start = time.perf_counter()
            QTest.keyClick(field, Qt.Key.Key_A if i % 2 else Qt.Key.Key_E)
            while not painted[0]:
                app.processEvents()
            elapsed = (time.perf_counter() - start) * 1000
            (busy_times if checking else idle_times).append(elapsed)
        checker.stop()
        text = session.doc.peek(("nodes", node, "text", "pl"))
        assert isinstance(text, str) and text.endswith("ea"), "the keys did not reach the file"
        session.undo_stack.setClean()  # nothing to ask on close
        window.close()
    times = busy_times or idle_times
    return {
        "open_ms": opened_ms,
        "keys_while_checking": len(busy_times),
        "median_ms": statistics.median(times),
        "p95_ms": _percentile(times, 95),
        "max_ms": max(times),
    }


def typing_rows(node_count: int = 2000) -> list[tuple[str, str]]:
    """The README table's row."""
    figures = measure(node_count)
    return [
        (
            f"editor: a key typed in a node's text, to screen, while checks of a "
            f"{node_count:,}-node scenario run without rest (`bench/bench_editor_typing.py`, "
            f"{figures['keys_while_checking']:.0f} keys)",
            f"median {figures['median_ms']:.1f} ms, 95th percentile "
            f"{figures['p95_ms']:.1f} ms, worst {figures['max_ms']:.0f} ms; target < 30 ms",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--keys", type=int, default=300)
    args = parser.parse_args(argv)
    figures = measure(args.nodes, args.keys)
    print(f"open in the window: {figures['open_ms']:.0f} ms")
    print(
        f"keys typed while a check ran: {figures['keys_while_checking']:.0f}; "
        f"median {figures['median_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms, "
        f"worst {figures['max_ms']:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
