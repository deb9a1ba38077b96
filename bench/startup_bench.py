"""Start-up of the desktop app, as a ratio to a bare PySide6 window started the same way.

Every figure is the wall time from launching a new process to the moment it reports
its window painted for the first time (offscreen), read from its output by this
process, so the interpreter start-up counts and the exit does not:

- the baseline: ``python -c`` showing an empty 1366×768 ``QMainWindow`` (every case
  runs offscreen on a 1920×1080 screen, where the app opens at 1366×768 too);
- a reference: ``bench/library_mockup.py``, the library screen's kinds of widgets and
  a painted card list with no app code, i.e. what such a screen costs Qt itself;
- ``python -m trainer`` with a pre-created profile: the profile screen (the first
  window an officer sees), then the library (the profile signed in through
  ``TRAINER_BENCH_PROFILE``). After the first start both come from the quick look at
  the database and the card cache, before the store opens (``trainer.gui.main``);
- the frozen bundle ``dist/trainer/trainer``, the same two ways, if it has been built.

The app reports through ``TRAINER_EXIT_WHEN_SHOWN=1`` (see ``trainer/gui/main.py``).
Runs alternate between the baseline and the app, so a busy machine slows both alike;
a warm-up run of each case comes first (it writes the card cache and byte-code caches).

Run alone with ``python bench/startup_bench.py``; ``bench/run.py`` adds the rows to
the README table.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FROZEN = ROOT / "dist" / "trainer" / "trainer"
PROFILE = "Bench"
TARGET_RATIO = 1.5
TIMEOUT_S = 60

BARE_WINDOW = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self):
        print("window shown", flush=True)
        QApplication.quit()

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.installEventFilter(FirstPaint(window))
window.resize(1366, 768)
window.show()
app.exec()
"""


def time_to_shown_ms(args: Sequence[str], env: dict[str, str]) -> dict[str, float]:
    """Launch ``args``; milliseconds until it reports each window shown.

    The app prints ``trainer: splash shown ...`` then ``trainer: window shown ...``;
    the baseline prints ``window shown``. Keys: ``splash`` (if any) and ``window``.
    """
    start = time.perf_counter()
    process = subprocess.Popen(
        list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT, text=True
    )
    assert process.stdout is not None
    watchdog = threading.Timer(TIMEOUT_S, process.kill)  # a build that never reports
    watchdog.start()
    shown: dict[str, float] = {}
    try:
        for line in process.stdout:
            elapsed = (time.perf_counter() - start) * 1000
            for key in ("splash", "window"):
                if f"{key} shown" in line and key not in shown:
                    shown[key] = elapsed
            if "window" in shown:
                break
        _out, err = process.communicate()
    finally:
        watchdog.cancel()
    if process.returncode != 0 or "window" not in shown:
        raise RuntimeError(f"{' '.join(args)} failed ({process.returncode}): {err.strip()[-500:]}")
    return shown


#: The offscreen platform's screen: a full-HD desktop, on which the app opens at
#: 1366×768 like the bare window (on the platform's default 800×800 screen the app
#: would open maximised, and smaller).
SCREEN = {
    "screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96}]
}


def _environment(folder: Path, **extra: str) -> dict[str, str]:
    """The environment of every start: offscreen on a 1920×1080 screen (its file goes in
    ``folder``), byte-code caching on, the app told to quit once shown."""
    screen = folder / "screen.json"
    screen.write_text(json.dumps(SCREEN), encoding="utf-8")
    env = dict(os.environ)
    # Byte-code caching on, as on any installation (the warm-up run writes the caches):
    # some build machines set PYTHONDONTWRITEBYTECODE, which would make every start
    # recompile the app's modules (the frozen bundle ships compiled anyway).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}", TRAINER_EXIT_WHEN_SHOWN="1", **extra
    )
    return env


def _prepare_data_dir(folder: Path) -> None:
    """A data folder holding one profile without a PIN, as after a first start."""
    from trainer.services.context import open_services

    services = open_services(folder)
    try:
        services.profiles.create(PROFILE)
    finally:
        services.close(backup=False)


def measure(runs: int = 7) -> dict[str, float]:
    """Median milliseconds to each window shown: baseline, app (source and frozen)."""
    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="trainer-startup-") as tmp:
        # One data folder per build: the card cache names the scenario folders, which
        # differ between the source tree and the bundle (a laptop runs only one of them).
        envs: dict[str, tuple[dict[str, str], dict[str, str]]] = {}
        for build in ("source", "frozen"):
            data_dir = Path(tmp) / build
            _prepare_data_dir(data_dir)
            envs[build] = (
                _environment(Path(tmp), TRAINER_DATA_DIR=str(data_dir)),
                _environment(
                    Path(tmp), TRAINER_DATA_DIR=str(data_dir), TRAINER_BENCH_PROFILE=PROFILE
                ),
            )
        base_env, library_env = envs["source"]
        cases: dict[str, tuple[list[str], dict[str, str]]] = {
            "bare": ([python, "-c", BARE_WINDOW], base_env),
            "mockup": ([python, str(ROOT / "bench" / "library_mockup.py")], base_env),
            "first": ([python, "-m", "trainer"], base_env),
            "library": ([python, "-m", "trainer"], library_env),
        }
        if FROZEN.exists():
            cases["frozen first"] = ([str(FROZEN)], envs["frozen"][0])
            cases["frozen library"] = ([str(FROZEN)], envs["frozen"][1])
        for name, (args, env) in list(cases.items()):
            try:
                time_to_shown_ms(args, env)  # warm the file cache and write settings.json
            except RuntimeError as exc:
                if not name.startswith("frozen"):
                    raise
                print(f"skipping the frozen bundle (rebuild: make package): {exc}", file=sys.stderr)
                del cases[name]
        samples: dict[str, list[float]] = {}
        for _ in range(runs):
            for name, (args, env) in cases.items():
                for key, value in time_to_shown_ms(args, env).items():
                    if key == "window":
                        samples.setdefault(name, []).append(value)
                    elif name.endswith("first"):  # "splash", "frozen splash"
                        samples.setdefault(name.replace("first", key), []).append(value)
    return {name: statistics.median(values) for name, values in samples.items()}


def startup_rows(runs: int = 7) -> list[tuple[str, str]]:
    """Rows for the README table: (what, median figure)."""
    figures = measure(runs)
    bare = figures["bare"]

    def row(key: str, what: str) -> tuple[str, str]:
        value = figures[key]
        return (what, f"{value:,.0f} ms ({value / bare:.1f}× the bare window)")

    labels = {
        "splash": "start-up: `python -m trainer` to its start-up card shown",
        "first": "start-up: `python -m trainer` to the profile screen shown",
        "library": "start-up: `python -m trainer` to the library shown (signed in)",
        "frozen splash": "start-up: frozen bundle to its start-up card shown",
        "frozen first": "start-up: frozen bundle to the profile screen shown",
        "frozen library": "start-up: frozen bundle to the library shown (signed in)",
    }
    rows = [
        ("start-up: bare PySide6 `QMainWindow` shown (baseline)", f"{bare:,.0f} ms"),
        row("mockup", "start-up: a PySide6 mock-up of the library screen, no app code (reference)"),
    ]
    rows += [row(key, what) for key, what in labels.items() if key in figures]
    return rows


def main() -> int:
    sys.path.insert(0, str(ROOT))
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    print(f"| what | median of {runs} |")
    print("|---|---|")
    for what, figure in startup_rows(runs):
        print(f"| {what} | {figure} |")
    print(f"\ntarget: the library within {TARGET_RATIO}× the bare window")
    return 0


if __name__ == "__main__":
    sys.exit(main())
