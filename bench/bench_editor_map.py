"""The editor's map on a generated 2,000-node scenario (issue 17).

Measures, in the real editor window at 1366×768 with the map panel raised:

- open: from the click that opens the file until the map is laid out and painted
  (no side file yet: the layered layout runs), and again with the positions read
  from the side file;
- drag: one card dragged by real mouse events, each frame's move and repaint (95th
  percentile and worst);
- box-select: 500 cards selected by a rubber band's area, selection shown;
- fit: zoom to the whole map and paint;
- memory: the process's resident memory with the editor open (and what opening
  the scenario added).

Run with ``python bench/bench_editor_map.py [--nodes N]`` (``QT_QPA_PLATFORM=offscreen``
unless a display is wanted). Not a test: the numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_editor import _generator  # noqa: E402

# Box-select and fit are repeated, the median kept (the machine is shared).
RUNS = 5


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def _rss_mb() -> float:
    """The process's resident memory now (Linux), in MB."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def _map_alone(file: Path) -> dict[str, float]:
    """The map panel by itself on the document (read as the outline reads it): built,
    laid out inline and painted; what it adds to memory."""
    from trainer.authoring.document import ScenarioDocument
    from trainer.authoring.map_graph import scenario_graph
    from trainer.gui.editor.map import MapPanel
    from trainer.gui.editor.session import EditorSession

    doc = ScenarioDocument.open(file)
    session = EditorSession(doc)
    scenario_graph(doc)  # every node peeked once, as the outline does at open
    import igraph  # noqa: F401  (its import is counted at start-up, not here)

    before = _rss_mb()
    started = time.perf_counter()
    panel = MapPanel(synchronous=True)
    panel.resize(1000, 700)
    panel.show()
    panel.set_session(session)
    panel.view.viewport().repaint()
    elapsed = (time.perf_counter() - started) * 1000
    figures = {"map_alone_ms": elapsed, "map_alone_mb": _rss_mb() - before}
    panel.clear()
    panel.close()
    panel.deleteLater()
    return figures


def measure(node_count: int = 2000, drag_frames: int = 120) -> dict[str, float]:
    """Open, drag, box-select and fit on a generated scenario; times in ms, memory in MB."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt
    from PySide6.QtGui import QMouseEvent, QPainterPath
    from PySide6.QtWidgets import QApplication

    from trainer.authoring.map_layout import positions_file
    from trainer.gui.editor.window import EditorPlaces, EditorWindow
    from trainer.paths import shipped_scenarios_dir

    app = QApplication.instance() or QApplication([])
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        places = EditorPlaces(Path(tmp), shipped_scenarios_dir())
        file = _generator().write_scenario(places.own_dir, node_count, "big-scenario")
        figures.update(_map_alone(file))
        window = EditorWindow(places)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1366, 768)
        window.show()
        window.map_dock.show()
        window.map_dock.raise_()
        app.processEvents()
        before_mb = _rss_mb()

        map_ms: list[float] = []
        set_session = window.map.set_session

        def timed_set_session(session: Any) -> None:
            started = time.perf_counter()
            set_session(session)
            map_ms.append((time.perf_counter() - started) * 1000)

        window.map.set_session = timed_set_session  # type: ignore[method-assign]

        def open_and_paint() -> tuple[float, float]:
            """(the whole open, the map's part of it) in ms."""
            started = time.perf_counter()
            assert window.open_file(file), "the generated scenario did not open"
            scene = window.map.scene
            assert scene is not None

            waiting = time.perf_counter()
            while scene.layout_running:  # the layered layout runs on its own thread
                app.processEvents()
                time.sleep(0.001)
            waited = time.perf_counter() - waiting
            app.processEvents()
            painted = time.perf_counter()
            window.map.view.viewport().repaint()
            done = time.perf_counter()
            own = map_ms[-1] + (waited + done - painted) * 1000
            return (done - started) * 1000, own

        figures["open_layout_ms"], figures["open_layout_map_ms"] = open_and_paint()
        scene = window.map.scene
        assert scene is not None
        figures["nodes"] = len(scene.cards)
        figures["edges"] = len(scene.edges)
        figures["memory_mb"] = _rss_mb()
        figures["memory_added_mb"] = figures["memory_mb"] - before_mb
        scene.save_positions()
        assert positions_file(file).exists()
        window.close_document()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()
        figures["open_saved_ms"], figures["open_saved_map_ms"] = open_and_paint()
        scene = window.map.scene
        view = window.map.view
        assert scene is not None

        # Drag one card (a decision in the middle, at a readable zoom) with the mouse.
        card = scene.cards[next(n for n in scene.cards if n.startswith("decide_3"))]
        view.set_zoom(0.9)
        view.centerOn(card)
        app.processEvents()
        grab = view.mapFromScene(card.sceneBoundingRect().center())

        def send(kind: QEvent.Type, at: QPoint, buttons: Qt.MouseButton) -> None:
            # Asked each time: the first press on a card can leave the Python wrapper of
            # the viewport fetched before it invalid.
            viewport = view.viewport()
            button = (
                Qt.MouseButton.LeftButton
                if kind != QEvent.Type.MouseMove
                else Qt.MouseButton.NoButton
            )
            event = QMouseEvent(
                kind,
                QPointF(at),
                QPointF(viewport.mapToGlobal(at)),
                button,
                buttons,
                Qt.KeyboardModifier.NoModifier,
            )
            QApplication.sendEvent(viewport, event)

        def drag(prefix: str) -> None:
            send(QEvent.Type.MouseButtonPress, grab, Qt.MouseButton.LeftButton)
            app.processEvents()
            frames = []
            for step in range(1, drag_frames + 1):
                at = grab + QPoint(round(120 * (step % 40) / 40), step % 25)
                started = time.perf_counter()
                send(QEvent.Type.MouseMove, at, Qt.MouseButton.LeftButton)
                app.processEvents()  # the minimal region is painted here
                frames.append((time.perf_counter() - started) * 1000)
            send(QEvent.Type.MouseButtonRelease, grab, Qt.MouseButton.NoButton)
            app.processEvents()
            figures[f"{prefix}_p95_ms"] = _percentile(frames, 95)
            figures[f"{prefix}_median_ms"] = statistics.median(frames)
            figures[f"{prefix}_worst_ms"] = max(frames)

        # Right after opening, the check it starts (once the document is on screen) runs
        # on its own thread and competes for the interpreter; then again once it has
        # finished.
        waiting = time.perf_counter()
        while window.checker is not None and window.checker.busy and not window.checker.running:
            app.processEvents()
            time.sleep(0.002)
            assert time.perf_counter() - waiting < 5, "the first check did not start"
        busy = window.checker is not None and window.checker.running
        drag("drag_checking")
        figures["drag_checking_busy"] = float(busy)
        checker = window.checker
        while checker is not None and checker.busy:
            app.processEvents()
            time.sleep(0.005)
        app.processEvents()
        drag("drag")

        # Box-select 500 cards: the area the rubber band hands to the scene.
        ordered = sorted(scene.cards.values(), key=lambda c: (c.y(), c.x()))
        chosen = ordered[100:600]
        area = QRectF()
        for item in chosen:
            area = area.united(item.sceneBoundingRect())
        box = QPainterPath()
        box.addRect(area)
        view.set_zoom(0.9)
        view.centerOn(chosen[250])
        selects = []
        for _ in range(RUNS):
            scene.clearSelection()
            app.processEvents()
            started = time.perf_counter()
            scene.setSelectionArea(box)
            app.processEvents()
            view.viewport().repaint()
            selects.append((time.perf_counter() - started) * 1000)
            figures["box_selected"] = len(window.map.selected_ids())
        figures["box_select_ms"] = statistics.median(selects)
        scene.clearSelection()
        app.processEvents()

        # Zoom to fit from a readable zoom, painted.
        fits = []
        for _ in range(RUNS):
            view.set_zoom(0.9)
            view.centerOn(chosen[250])
            app.processEvents()
            view.viewport().repaint()
            started = time.perf_counter()
            view.fit()
            app.processEvents()
            view.viewport().repaint()
            fits.append((time.perf_counter() - started) * 1000)
        figures["fit_ms"] = statistics.median(fits)
        # And a repaint of everything at that zoom (level of detail: boxes without text).
        started = time.perf_counter()
        view.viewport().repaint()
        figures["fit_repaint_ms"] = (time.perf_counter() - started) * 1000
        if window.session is not None:
            window.session.undo_stack.setClean()
        window.close()
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="the editor map on a generated scenario")
    parser.add_argument("--nodes", type=int, default=2000)
    args = parser.parse_args(argv)
    f = measure(args.nodes)
    print(f"editor map, generated scenario: {f['nodes']:.0f} nodes, {f['edges']:.0f} arrows")
    print(
        f"  the map alone: built, laid out and painted {f['map_alone_ms']:.0f} ms,"
        f" {f['map_alone_mb']:.0f} MB"
    )
    print(
        f"  open, layered layout and first paint: {f['open_layout_ms']:8.0f} ms  (target < 2000);"
        f" the map's part {f['open_layout_map_ms']:.0f} ms"
    )
    print(
        f"  open with saved positions, painted:   {f['open_saved_ms']:8.0f} ms;"
        f" the map's part {f['open_saved_map_ms']:.0f} ms"
    )
    print(
        f"  drag one card, per frame:  p95 {f['drag_p95_ms']:6.1f} ms, median "
        f"{f['drag_median_ms']:.1f} ms, worst {f['drag_worst_ms']:.1f} ms  (target p95 < 16)"
    )
    if f["drag_checking_busy"]:
        print(
            f"  ... while the open's check still runs: p95 {f['drag_checking_p95_ms']:.1f} ms,"
            f" median {f['drag_checking_median_ms']:.1f} ms, worst"
            f" {f['drag_checking_worst_ms']:.1f} ms"
        )
    print(
        f"  box-select {f['box_selected']:.0f} cards (median):  {f['box_select_ms']:8.1f} ms"
        "  (target < 100)"
    )
    print(f"  zoom to fit, painted (median):        {f['fit_ms']:8.1f} ms  (target < 100)")
    print(f"  repaint of the whole map zoomed out:  {f['fit_repaint_ms']:8.1f} ms")
    print(
        f"  memory of the open editor: {f['memory_mb']:.0f} MB resident "
        f"({f['memory_added_mb']:.0f} MB added by opening the scenario)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
