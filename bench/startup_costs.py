"""Where start-up time goes that the app cannot avoid: PySide6 building Python enums.

PySide6 creates the Python ``enum`` classes of a Qt class the first time the class is
used (all of them at once: the ``Qt`` namespace alone has 95), through Python's slow
functional enum API. A bare window needs few; any real screen needs many. This script
starts the three cases of ``bench/startup_bench.py`` (a bare window, the library
mock-up with no app code, and the app signed in to the library) and counts, up to the
first paint, the enums created and the time spent creating them. README's performance
notes quote it.

Run with ``python bench/startup_costs.py`` (the app case needs a data folder with a
profile; one is made in a temporary folder, as by the start-up benchmark).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

# Run in each child before the case itself: time every enum class created, and report
# the count when the case prints that its window is shown.
_COUNTER = """
import enum, sys, time
created = [0, 0.0]
create = enum.EnumType._create_
def counted(*args, **kwargs):
    start = time.perf_counter()
    try:
        return create(*args, **kwargs)
    finally:
        created[0] += 1
        created[1] += time.perf_counter() - start
enum.EnumType._create_ = counted
class Watch:
    def __init__(self, stream):
        self.stream = stream
    def write(self, text):
        if "window shown" in text and created[0] >= 0:
            self.stream.write(f"ENUMS {created[0]} {created[1] * 1000:.1f}\\n")
            created[0] = -10**9  # report once
        return self.stream.write(text)
    def flush(self):
        self.stream.flush()
sys.stdout = Watch(sys.stdout)
"""


def enum_costs(args: list[str], env: dict[str, str]) -> tuple[int, float]:
    """(enum classes created, milliseconds spent) before the case's first paint."""
    out = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    for line in out.stdout.splitlines():
        if line.startswith("ENUMS "):
            _, count, ms = line.split()
            return int(count), float(ms)
    raise RuntimeError(f"{args[-1]} reported nothing: {out.stderr.strip()[-400:]}")


def main() -> int:
    from startup_bench import BARE_WINDOW, PROFILE, _environment, _prepare_data_dir

    python = sys.executable
    with tempfile.TemporaryDirectory(prefix="trainer-costs-") as tmp:
        _prepare_data_dir(Path(tmp))
        env = _environment(Path(tmp), TRAINER_DATA_DIR=tmp, TRAINER_BENCH_PROFILE=PROFILE)
        run_app = (
            "import runpy, sys; sys.argv = ['trainer']; "
            "runpy.run_module('trainer', run_name='__main__')"
        )
        mockup = str(ROOT / "bench" / "library_mockup.py")
        run_mockup = f"import runpy; runpy.run_path({mockup!r}, run_name='__main__')"
        cases = {
            "bare window": [python, "-c", _COUNTER + BARE_WINDOW],
            "library mock-up, no app code": [python, "-c", _COUNTER + run_mockup],
            "the app, signed in to the library": [python, "-c", _COUNTER + run_app],
        }
        enum_costs(cases["the app, signed in to the library"], env)  # warm: card cache, byte code
        print(
            "| start-up case | Python enums created before the first paint | time creating them |"
        )
        print("|---|---|---|")
        for name, args in cases.items():
            runs = [enum_costs(args, env) for _ in range(5)]
            count = runs[0][0]
            times = sorted(ms for _, ms in runs)
            print(f"| {name} | {count} | {times[len(times) // 2]:.0f} ms (median of 5) |")
    return 0


if __name__ == "__main__":
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.exit(main())
