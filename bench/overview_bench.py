"""The trainer overview at a training centre over 100 stations' merged results.

``overview_rows()`` returns ``(what, figure)`` rows for ``bench/run.py``'s table; run this
file on its own (``QT_QPA_PLATFORM=offscreen`` is set for it) for just these figures.

Seeding: one "template" station plays 4 attempts of every shipped scenario with
``PlayService`` (random valid answers, as ``bench/history_bench.py`` does) and exports
them with ``ResultsService``. From that payload, 100 station files are made: each
station has 20 officers (pseudonyms) with 5 attempts each, cloned from the templates
with new UUIDs, the station's own device id and start times spread over a year; one
attempt in ten is abandoned halfway. Each file is written by the results exporter's
own ``encode_file`` (gzip, checksum), so the centre reads real results files.

Measured at the centre: ``trainer results import`` of the 100 files (one
``ResultsService.import_files``), then the overview's service queries
(``OverviewService.overview``, a new service each call as the page's first load has, and
the store's ``overview_rows`` alone), and, offscreen, opening the overview screen with
that data: the page built, loaded (synchronously, as the worker would) and painted.
With ``--db-url URL`` the centre is a new schema on that PostgreSQL server (made for
the run and dropped after, as ``bench/results_bench.py --db-url`` does).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

STATIONS = 100
OFFICERS = 20
ATTEMPTS_PER_OFFICER = 5
ABANDONED_SHARE = 0.1
PASSWORD = "Bench-Haslo-2026!"
SERVICE_TARGET_MS = 300.0
SCREEN_TARGET_MS = 1000.0


def _measure(action: Callable[[], object], runs: int) -> tuple[float, float]:
    """Median wall and CPU milliseconds over ``runs`` calls."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def template_payload(folder: Path) -> dict[str, Any]:
    """A results export of attempts played on every shipped scenario."""
    from bench.history_bench import play_templates
    from trainer.services.context import open_services
    from trainer.services.profiles import TRAINER
    from trainer.services.results import ResultsService
    from trainer.storage import results_exchange as exchange

    services = open_services(folder, db_url="")  # a station: SQLite, whatever is set
    try:
        services.profiles.create("Bench Trainer", TRAINER, PASSWORD)
        by = services.profiles.confirm_trainer("Bench Trainer", PASSWORD)
        officer = services.profiles.create("Bench Officer")
        play_templates(services, officer, random.Random(11))
        target = folder / "template.gz"
        ResultsService(services.store).export(target, by=by)
        payload: dict[str, Any] = exchange.read_file(target)["payload"]
        return payload
    finally:
        services.close(backup=False)


def _stamp(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _clone(
    template: dict[str, Any], *, key: str, device: str, started: dt.datetime, abandon: bool
) -> dict[str, Any]:
    attempt = dict(template)
    steps = template["steps"][: len(template["steps"]) // 2] if abandon else template["steps"]
    ended = started + dt.timedelta(seconds=30 * (len(steps) + 1))
    attempt.update(
        id=str(uuid.uuid4()),
        profile=key,
        device_id=device,
        started_at=_stamp(started),
        updated_at=_stamp(ended),
        finished_at=_stamp(ended),
        step_count=len(steps),
        steps=[
            {
                **s,
                "id": str(uuid.uuid4()),
                "created_at": _stamp(started + dt.timedelta(seconds=30 * s["seq"])),
            }
            for s in steps
        ],
        card_lookups=[{**c, "id": str(uuid.uuid4())} for c in template["card_lookups"]],
    )
    if abandon:
        attempt.update(
            status="abandoned", ending=None, outcome=None, overall_percent=None, results=[]
        )
    return attempt


def make_station_files(folder: Path, template: dict[str, Any]) -> tuple[list[Path], int, int]:
    """The stations' results files; how many attempts and steps they hold."""
    from trainer.storage import results_exchange as exchange

    rng = random.Random(18)
    first = dt.datetime(2026, 1, 1, 7, tzinfo=dt.UTC)
    files: list[Path] = []
    attempts_total = steps_total = 0
    for station in range(STATIONS):
        device = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        keys = [f"{rng.getrandbits(128):032x}" for _ in range(OFFICERS)]
        attempts = [
            _clone(
                rng.choice(template["attempts"]),
                key=key,
                device=device,
                started=first + dt.timedelta(minutes=rng.randrange(365 * 24 * 60)),
                abandon=rng.random() < ABANDONED_SHARE,
            )
            for key in keys
            for _ in range(ATTEMPTS_PER_OFFICER)
        ]
        used = {a["content_hash"] for a in attempts}
        payload = {
            "profiles": [{"key": key} for key in sorted(keys)],
            "scenario_versions": [
                v for v in template["scenario_versions"] if v["content_hash"] in used
            ],
            "attempts": attempts,
        }
        path = folder / f"station-{station:03d}.trainer-results"
        path.write_bytes(
            exchange.encode_file(payload, exported_at=_stamp(first), device_id=device, since=None)
        )
        files.append(path)
        attempts_total += len(attempts)
        steps_total += sum(len(a["steps"]) for a in attempts)
    return files, attempts_total, steps_total


def open_screen_ms(services: Any, viewer: Any, folder: Path) -> tuple[float, float, int]:
    """Offscreen: the overview page built, loaded and painted (wall, CPU ms; rows shown)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from trainer.gui.context import GuiContext
    from trainer.gui.overview.page import TrainerOverviewPage
    from trainer.gui.settings import UiSettings
    from trainer.gui.tasks import TaskRunner
    from trainer.services.library import LibraryService

    app = QApplication.instance() or QApplication([])
    settings = UiSettings(folder / "settings.json")
    settings.language = "pl"
    context = GuiContext(
        services=services,
        library=LibraryService([]),
        runner=TaskRunner(synchronous=True),  # the load the worker would run, timed here
        settings=settings,
        data_dir=folder,
    )
    start, start_cpu = time.perf_counter(), time.process_time()
    page = TrainerOverviewPage(context)
    page.resize(1366, 768)
    assert page.show_for(viewer)
    page.show()
    app.processEvents()
    page.repaint()  # the first paint, done now rather than when the loop gets to it
    wall = (time.perf_counter() - start) * 1000
    cpu = (time.process_time() - start_cpu) * 1000
    rows = page.profiles_model.rowCount()
    page.close()
    page.deleteLater()
    app.processEvents()
    return wall, cpu, rows


def overview_figures(folder: Path, runs: int = 5, db_url: str = "") -> dict[str, Any]:
    """The figures; ``db_url``: the centre's database ("": SQLite in ``folder``)."""
    from trainer.services.context import open_services
    from trainer.services.overview import OverviewService, Period
    from trainer.services.profiles import TRAINER
    from trainer.services.results import ResultsService

    template = template_payload(folder / "template")
    files, attempts, steps = make_station_files(folder, template)
    size = sum(f.stat().st_size for f in files) / 1024 / 1024
    services = open_services(folder / "centre", db_url=db_url)
    try:
        trainer = services.profiles.create("Centre Trainer", TRAINER, PASSWORD)
        by = services.profiles.confirm_trainer("Centre Trainer", PASSWORD)
        start, start_cpu = time.perf_counter(), time.process_time()
        counts = ResultsService(services.store).import_files(files, by=by)
        merge = ((time.perf_counter() - start), (time.process_time() - start_cpu))
        assert sum(c.attempts_added for c in counts) == attempts
        assert sum(c.steps_added for c in counts) == steps
        services.store.db.checkpoint()
        store = services.store

        def overview(**options: Any) -> Any:
            return OverviewService(store).overview(viewer=trainer, language="pl", **options)

        start, start_cpu = time.perf_counter(), time.process_time()
        first = overview()
        cold = ((time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000)
        assert first.attempts == attempts
        quarter = Period(dt.date(2026, 4, 1), dt.date(2026, 6, 30))
        figures = {
            "attempts": attempts,
            "steps": steps,
            "size": size,
            "profiles": len(first.profiles),
            "scenarios": len(first.scenarios),
            "merge": merge,
            "cold": cold,
            "fresh": _measure(overview, runs),
            "quarter": _measure(lambda: overview(period=quarter), runs),
            "one": _measure(lambda: overview(scenario_id="tutorial"), runs),
            "query": _measure(store.overview_rows, runs),
        }
        screens = [open_screen_ms(services, trainer, folder) for _ in range(3)]
        figures["screen"] = (
            statistics.median(s[0] for s in screens),
            statistics.median(s[1] for s in screens),
        )
        figures["screen_first"] = screens[0][:2]
        assert all(s[2] == figures["profiles"] for s in screens)
        return figures
    finally:
        services.close(backup=False)


def overview_rows(db_url: str | None = None) -> list[tuple[str, str]]:
    """The centre overview rows of the README's performance table (``db_url``: the
    centre on that PostgreSQL server, in a schema made for the run)."""
    from bench.results_bench import _centre_database

    with tempfile.TemporaryDirectory() as tmp, _centre_database(db_url) as centre_url:
        f = overview_figures(Path(tmp), db_url=centre_url)
    where = "" if db_url is None else " (centre on PostgreSQL)"
    wall, cpu = f["fresh"]
    return [
        (
            f"training centre{where}: `trainer results import` of {STATIONS} stations' files"
            f" ({STATIONS} × {OFFICERS} officers × {ATTEMPTS_PER_OFFICER} attempts ="
            f" {f['attempts']:,} attempts, {f['steps']:,} steps, {f['size']:.1f} MB gzip;"
            f" `bench/overview_bench.py`)",
            f"{f['merge'][0]:.1f} s (CPU {f['merge'][1]:.1f} s)",
        ),
        (
            f"  trainer overview over them ({f['profiles']:,} profiles, {f['scenarios']}"
            " scenarios; `OverviewService.overview`, a new service each time) / first call"
            " / the store's queries alone",
            f"{wall:,.0f} ms (CPU {cpu:,.0f} ms) / {f['cold'][0]:,.0f} ms / "
            f"{f['query'][0]:,.0f} ms; target < {SERVICE_TARGET_MS:.0f} ms",
        ),
        (
            "  the same, one quarter / one scenario",
            f"{f['quarter'][0]:,.0f} ms / {f['one'][0]:,.0f} ms",
        ),
        (
            "  the overview screen opened on it, offscreen: built, loaded and first paint"
            " (median of 3 / the first)",
            f"{f['screen'][0]:,.0f} ms (CPU {f['screen'][1]:,.0f} ms) /"
            f" {f['screen_first'][0]:,.0f} ms; target < {SCREEN_TARGET_MS:,.0f} ms",
        ),
    ]


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db-url", help="the centre in a new schema on this PostgreSQL server")
    arguments = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print("| what | figure |")
    print("|---|---|")
    for what, figure in overview_rows(arguments.db_url):
        print(f"| {what} | {figure} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
