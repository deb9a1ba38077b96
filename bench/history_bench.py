"""Review figures: the trainer overview over 100 profiles × 100 attempts.

``history_rows()`` returns ``(what, figure)`` rows for ``bench/run.py``'s table; run
this file on its own for just these figures. The machine may be busy, so every
figure carries the process CPU time next to the wall time.

Seeding: a few dozen real attempts are played with ``PlayService`` on every shipped
scenario (random but valid answers), then copied in bulk, steps and competency
results included, so the choice and checklist counts have real rows to count.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SCENARIOS = ROOT / "scenarios"
PROFILES = 100
ATTEMPTS_PER_PROFILE = 100
TEMPLATES_PER_SCENARIO = 4
OVERVIEW_TARGET_MS = 300.0


def _measure(action: Callable[[], object], runs: int) -> tuple[float, float, list[float]]:
    """Median wall and CPU milliseconds over ``runs`` calls, and every wall time."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - start) * 1000)
        cpu.append((time.process_time() - start_cpu) * 1000)
    return statistics.median(wall), statistics.median(cpu), wall


def play_templates(services: Any, player: Any, rng: random.Random) -> list[str]:
    """Play a few attempts of every shipped scenario with random valid answers."""
    from trainer.domain.model import ChecklistNode, DecisionNode, Mode
    from trainer.scenario_io.folders import find_scenario_folders
    from trainer.scenario_io.reader import load_scenario

    ids: list[str] = []
    for folder in find_scenario_folders(SCENARIOS):
        loaded = load_scenario(folder)
        if not loaded.playable:
            continue
        for n in range(TEMPLATES_PER_SCENARIO):
            mode = Mode.PRACTICE if n % 2 == 0 else Mode.ASSESSMENT
            active = services.play.start(player, loaded, mode=mode, language="pl")
            while not active.state.finished:
                node = active.engine.current_node(active.state)
                token = ""
                if isinstance(node, DecisionNode):
                    token = rng.choice([c.id for c in active.engine.offered(active.state)])
                elif isinstance(node, ChecklistNode):
                    token = ",".join(i.id for i in node.items if rng.random() < 0.5)
                services.play.advance(active, token, elapsed_ms=rng.randint(2_000, 60_000))
            ids.append(active.attempt_id)
    return ids


def seed(store: Any, templates: list[str], copies: dict[str, int]) -> int:
    """Bench-only: copy the template attempts, with their steps and results, in bulk.

    ``copies`` maps profile ids to how many attempts each gets, started over one year;
    one in ten is left unfinished after half its steps. Returns the step rows written.
    """
    from sqlalchemy import insert, select

    from trainer.storage import schema

    def columns(row: Any, table: Any) -> dict[str, Any]:
        return {c.key: getattr(row, c.key) for c in table.__table__.columns}

    with store.db.read() as session:
        attempts = {
            a.id: columns(a, schema.Attempt)
            for a in session.scalars(select(schema.Attempt).where(schema.Attempt.id.in_(templates)))
        }
        steps: dict[str, list[dict[str, Any]]] = {t: [] for t in templates}
        for s in session.scalars(
            select(schema.Step)
            .where(schema.Step.attempt_id.in_(templates))
            .order_by(schema.Step.seq)
        ):
            steps[s.attempt_id].append(columns(s, schema.Step))
        results: dict[str, list[dict[str, Any]]] = {t: [] for t in templates}
        for r in session.scalars(
            select(schema.CompetencyResult).where(schema.CompetencyResult.attempt_id.in_(templates))
        ):
            results[r.attempt_id].append(columns(r, schema.CompetencyResult))

    rng = random.Random(7)
    first = dt.datetime(2025, 1, 1, 8, tzinfo=dt.UTC)
    attempt_rows: list[dict[str, Any]] = []
    step_rows: list[dict[str, Any]] = []
    result_rows: list[dict[str, Any]] = []
    for profile_id, count in copies.items():
        for _ in range(count):
            template = rng.choice(templates)
            attempt_id = schema.new_id()
            started = first + dt.timedelta(minutes=rng.randrange(365 * 24 * 60))
            stamp = _iso(started)
            done = _iso(started + dt.timedelta(minutes=9))
            row = {**attempts[template], "id": attempt_id, "profile_id": profile_id}
            row.update(started_at=stamp, updated_at=done, finished_at=done)
            kept = steps[template]
            if rng.random() < 0.1:
                kept = kept[: len(kept) // 2]
                row.update(
                    status="in_progress",
                    finished_at=None,
                    ending=None,
                    outcome=None,
                    overall_percent=None,
                    step_count=len(kept),
                )
            else:
                result_rows.extend({**r, "attempt_id": attempt_id} for r in results[template])
            attempt_rows.append(row)
            step_rows.extend(
                {**s, "id": schema.new_id(), "attempt_id": attempt_id, "created_at": stamp}
                for s in kept
            )
    batch = 5_000
    for table, rows in (
        (schema.Attempt, attempt_rows),
        (schema.Step, step_rows),
        (schema.CompetencyResult, result_rows),
    ):
        for start in range(0, len(rows), batch):
            with store.db.write() as session:
                session.execute(insert(table), rows[start : start + batch])
    return len(step_rows)


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def overview_timings(data_dir: Path, runs: int = 7) -> dict[str, Any]:
    """Seed 100 profiles × 100 attempts and time the trainer overview over them."""
    from trainer.services.context import open_services
    from trainer.services.overview import OverviewService, Period

    services = open_services(data_dir)
    try:
        store = services.store
        # Bench-only: the trainer is made without a password (no Argon2 hashing to wait for).
        trainer = store.create_profile("Bench Trainer", "trainer")
        templates = play_templates(services, trainer, random.Random(11))
        copies = {trainer.id: ATTEMPTS_PER_PROFILE - len(templates)}
        for n in range(PROFILES - 1):
            copies[store.create_profile(f"Officer {n:03d}", "officer").id] = ATTEMPTS_PER_PROFILE
        step_rows = seed(store, templates, copies)
        store.db.checkpoint()

        def overview(**options: Any) -> Any:
            return OverviewService(store).overview(viewer=trainer, language="pl", **options)

        start, start_cpu = time.perf_counter(), time.process_time()
        first = overview()  # a fresh service: snapshots read and rebuilt
        cold = ((time.perf_counter() - start) * 1000, (time.process_time() - start_cpu) * 1000)
        service = OverviewService(store)
        service.overview(viewer=trainer, language="pl")
        full = _measure(lambda: service.overview(viewer=trainer, language="pl"), runs)
        fresh = _measure(overview, runs)
        quarter = Period(dt.date(2025, 4, 1), dt.date(2025, 6, 30))
        ranged = _measure(lambda: overview(period=quarter), runs)
        one = _measure(lambda: overview(scenario_id="tutorial"), runs)
        query = _measure(lambda: store.overview_rows(), runs)
        return {
            "attempts": first.attempts,
            "profiles": len(first.profiles),
            "scenarios": len(first.scenarios),
            "steps": step_rows,
            "cold": cold,
            "fresh": fresh,
            "full": full,
            "quarter": ranged,
            "one": one,
            "query": query,
        }
    finally:
        services.close(backup=False)


def history_rows() -> list[tuple[str, str]]:
    """The review rows of the README's performance table."""
    with tempfile.TemporaryDirectory() as tmp:
        f = overview_timings(Path(tmp) / "overview")
    wall, cpu, _ = f["fresh"]
    verdict = "under" if wall < OVERVIEW_TARGET_MS else "OVER"
    return [
        (
            f"trainer overview, {f['profiles']} profiles × {ATTEMPTS_PER_PROFILE} attempts "
            f"({f['attempts']:,} attempts, {f['steps']:,} steps, {f['scenarios']} scenarios; "
            "`OverviewService.overview`, a new service each time)",
            f"{wall:,.0f} ms, {verdict} the {OVERVIEW_TARGET_MS:.0f} ms target (CPU {cpu:,.0f} ms; "
            f"first call {f['cold'][0]:,.0f} ms, CPU {f['cold'][1]:,.0f} ms; the store "
            f"queries alone {f['query'][0]:,.0f} ms, CPU {f['query'][1]:,.0f} ms)",
        ),
        (
            "  the same, service kept (scenario texts cached) / one quarter / one scenario",
            f"{f['full'][0]:,.0f} ms (CPU {f['full'][1]:,.0f} ms) / "
            f"{f['quarter'][0]:,.0f} ms (CPU {f['quarter'][1]:,.0f} ms) / "
            f"{f['one'][0]:,.0f} ms (CPU {f['one'][1]:,.0f} ms)",
        ),
    ]


def main() -> int:
    print("| what | figure |")
    print("|---|---|")
    for what, figure in history_rows():
        print(f"| {what} | {figure} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
