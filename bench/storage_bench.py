"""Progress-store figures: time from a choice to its durable commit, and history load.

``storage_rows()`` returns ``(what, figure)`` rows for ``bench/run.py``'s table; run
this file on its own for just these figures. The machine may be busy, so every
figure carries the process CPU time next to the wall time.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TUTORIAL = ROOT / "scenarios" / "tutorial"
TUTORIAL_BEST = [
    "keep_and_come",
    "symbol,slogan,place,perception",
    "listen_first",
    "calm_boundary",
    "hate_flag",
    "club_meeting",
]
HISTORY_ATTEMPTS = 10_000
HISTORY_TARGET_MS = 200.0


@dataclass(frozen=True)
class Timings:
    """Per-operation wall and CPU times in milliseconds."""

    wall: list[float]
    cpu: list[float]

    def median(self) -> tuple[float, float]:
        return statistics.median(self.wall), statistics.median(self.cpu)

    def p95(self) -> tuple[float, float]:
        return _percentile(self.wall, 95), _percentile(self.cpu, 95)


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[rank]


def _timed(action: Callable[[], object], wall: list[float], cpu: list[float]) -> object:
    start, start_cpu = time.perf_counter(), time.process_time()
    result = action()
    wall.append((time.perf_counter() - start) * 1000)
    cpu.append((time.process_time() - start_cpu) * 1000)
    return result


def _check_durability_settings(store: object) -> None:
    from sqlalchemy import text

    with store.session() as session:  # type: ignore[attr-defined]
        mode = session.execute(text("PRAGMA journal_mode")).scalar()
        sync = session.execute(text("PRAGMA synchronous")).scalar()
    if (str(mode).lower(), int(sync)) != ("wal", 2):
        raise RuntimeError(f"expected WAL + synchronous=FULL, found {mode} / {sync}")


def choice_commit_timings(data_dir: Path, choices: int = 300) -> Timings:
    """Time ``PlayService.advance`` (engine step + durable commit) over ``choices`` steps.

    Plays the tutorial's best path again and again; every step, scene continues
    included, is one ``BEGIN IMMEDIATE`` … ``COMMIT`` with WAL and ``synchronous=FULL``.
    """
    from trainer.domain.model import Mode, SceneNode
    from trainer.scenario_io.reader import load_scenario
    from trainer.services.context import open_services

    loaded = load_scenario(TUTORIAL)
    assert loaded.playable
    services = open_services(data_dir)
    try:
        _check_durability_settings(services.store)
        profile = services.profiles.create("Bench Officer")
        wall: list[float] = []
        cpu: list[float] = []
        warm_up = 5
        while len(wall) < choices + warm_up:
            active = services.play.start(profile, loaded, mode=Mode.PRACTICE, language="pl")
            tokens = iter(TUTORIAL_BEST)
            while not active.state.finished and len(wall) < choices + warm_up:
                node = active.engine.current_node(active.state)
                token = "" if isinstance(node, SceneNode) else next(tokens)
                _timed(lambda t=token, a=active: services.play.advance(a, t), wall, cpu)
        return Timings(wall[warm_up:], cpu[warm_up:])
    finally:
        services.close(backup=False)


def seed_attempts(
    store: object, profile_id: str, template_attempt_id: str, count: int, *, batch: int = 2_500
) -> None:
    """Bench-only: copy one real attempt ``count`` times in a few bulk transactions.

    The copies share the template's scenario version, path, points and saved state
    (the largest column), with fresh ids and start times one minute apart; two in
    three are finished, as in a real history.
    """
    from sqlalchemy import insert, select

    from trainer.storage import schema

    with store.db.read() as session:  # type: ignore[attr-defined]
        template = session.scalar(
            select(schema.Attempt).where(schema.Attempt.id == template_attempt_id)
        )
        assert template is not None
        columns = {c.key: getattr(template, c.key) for c in schema.Attempt.__table__.columns}
    first = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    rows = []
    for n in range(count):
        started = first + dt.timedelta(minutes=n)
        finished = n % 3 != 2
        rows.append(
            {
                **columns,
                "id": schema.new_id(),
                "profile_id": profile_id,
                "started_at": _iso(started),
                "updated_at": _iso(started + dt.timedelta(minutes=7)),
                "status": "finished" if finished else "in_progress",
                "finished_at": _iso(started + dt.timedelta(minutes=7)) if finished else None,
                "ending": columns["ending"] if finished else None,
                "outcome": columns["outcome"] if finished else None,
                "overall_percent": columns["overall_percent"] if finished else None,
            }
        )
    for start in range(0, len(rows), batch):
        with store.db.write() as session:  # type: ignore[attr-defined]
            session.execute(insert(schema.Attempt), rows[start : start + batch])


def _iso(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def history_timings(
    data_dir: Path, attempts: int = HISTORY_ATTEMPTS, runs: int = 7
) -> tuple[Timings, Timings, int, int]:
    """Time ``HistoryService.entries`` for a profile with ``attempts`` attempts.

    Returns the service timings, the timings of the store query alone
    (``Store.history_summaries``), the number of entries and the state size.
    """
    from trainer.domain.model import Mode, SceneNode
    from trainer.scenario_io.reader import load_scenario
    from trainer.services.context import open_services

    loaded = load_scenario(TUTORIAL)
    services = open_services(data_dir)
    try:
        profile = services.profiles.create("Bench Officer")
        other = services.profiles.create("Other Officer")
        active = services.play.start(profile, loaded, mode=Mode.PRACTICE, language="pl")
        tokens = iter(TUTORIAL_BEST)
        while not active.state.finished:
            node = active.engine.current_node(active.state)
            services.play.advance(active, "" if isinstance(node, SceneNode) else next(tokens))
        template = services.store.attempt(active.attempt_id)
        seed_attempts(services.store, profile.id, template.id, attempts - 1)
        seed_attempts(services.store, other.id, template.id, attempts // 10)  # noise
        services.store.db.checkpoint()

        wall: list[float] = []
        cpu: list[float] = []
        count = 0
        services.history.entries(profile)  # warm the page cache, as a second look would
        for _ in range(runs):
            count = len(_timed(lambda: services.history.entries(profile), wall, cpu))  # type: ignore[arg-type]
        query_wall: list[float] = []
        query_cpu: list[float] = []
        for _ in range(runs):
            _timed(lambda: services.store.history_summaries(profile.id), query_wall, query_cpu)
        return (
            Timings(wall, cpu),
            Timings(query_wall, query_cpu),
            count,
            len(template.state.encode()),
        )
    finally:
        services.close(backup=False)


def storage_rows() -> list[tuple[str, str]]:
    """The storage rows of the README's performance table."""
    rows: list[tuple[str, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        commit = choice_commit_timings(Path(tmp) / "commit")
        (wall50, cpu50), (wall95, cpu95) = commit.median(), commit.p95()
        rows.append(
            (
                f"choice → durable commit (`PlayService.advance`, WAL + synchronous=FULL, "
                f"{len(commit.wall)} steps of the tutorial)",
                f"median {wall50:.2f} ms, p95 {wall95:.2f} ms "
                f"(CPU median {cpu50:.2f} ms, p95 {cpu95:.2f} ms)",
            )
        )
        service, query, count, state_size = history_timings(Path(tmp) / "history")
        (wall, cpu), (qwall, qcpu) = service.median(), query.median()
        verdict = "under" if wall < HISTORY_TARGET_MS else "OVER"
        rows.append(
            (
                f"history of a profile with {count:,} attempts (`HistoryService.entries`; "
                f"{state_size:,}-byte saved states kept in their own table)",
                f"{wall:,.0f} ms, {verdict} the {HISTORY_TARGET_MS:.0f} ms target "
                f"(CPU {cpu:,.0f} ms; the store query alone {qwall:,.0f} ms, CPU {qcpu:,.0f} ms)",
            )
        )
    return rows


def main() -> int:
    print("| what | figure |")
    print("|---|---|")
    for what, figure in storage_rows():
        print(f"| {what} | {figure} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
