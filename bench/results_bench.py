"""Merge figures: 100,000 steps from 10 results files into a fresh store.

``results_rows()`` returns ``(what, figure)`` rows for ``bench/run.py``'s table; run
this file on its own for just these figures. The store is SQLite in a temp folder, or
with ``--db-url URL`` a PostgreSQL server: a new schema made in that database for the
run (the user needs CREATE there) and dropped afterwards, so the figure is always for
an empty store. The stations are SQLite either way.

Seeding: a few real attempts at the tutorial are played with ``PlayService`` on a
"station" store and exported; the files are then made by cloning those attempts with
new UUIDs (attempts, steps, card look-ups) over 50 pseudonymous profiles, until they
hold 100,000 steps, and written as real results files (gzip, checksum). The figure is
the wall time of ``ResultsService.import_files`` over the 10 files: reading, checking
format, checksum and every field, and merging each file in one transaction.
"""

from __future__ import annotations

import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TUTORIAL = ROOT / "scenarios" / "tutorial"
PASSWORD = "Bench-Haslo-2026!"
STEPS = 100_000
FILES = 10
PROFILES = 50
TARGET_S = 10.0


def _station_payload(folder: Path) -> dict[str, Any]:
    """An export of a few real attempts played at a station."""
    from tests.play_support import play_tokens
    from tests.shares_support import BEST, MIXED, POOR
    from trainer.domain.model import Mode
    from trainer.scenario_io.reader import load_scenario
    from trainer.services.context import open_services
    from trainer.services.profiles import TRAINER
    from trainer.services.results import ResultsService
    from trainer.storage import results_exchange as exchange

    services = open_services(folder, db_url="")  # a station: SQLite, whatever is set
    try:
        services.profiles.create("Bench Trainer", TRAINER, PASSWORD)
        by = services.profiles.confirm_trainer("Bench Trainer", PASSWORD)
        officer = services.profiles.create("Bench Officer")
        loaded = load_scenario(TUTORIAL)
        for tokens in (BEST, MIXED, POOR):
            active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
            services.play.open_card(active, "bench-card")
            play_tokens(services.play, active, tokens)
        target = folder / "station.gz"
        ResultsService(services.store).export(target, by=by)
        payload: dict[str, Any] = exchange.read_file(target)["payload"]
        return payload
    finally:
        services.close(backup=False)


def _clone(attempt: dict[str, Any], profile: str) -> dict[str, Any]:
    copy = dict(attempt)
    copy["id"] = str(uuid.uuid4())
    copy["profile"] = profile
    copy["steps"] = [{**s, "id": str(uuid.uuid4())} for s in attempt["steps"]]
    copy["card_lookups"] = [{**c, "id": str(uuid.uuid4())} for c in attempt["card_lookups"]]
    return copy


def make_files(folder: Path) -> tuple[list[Path], int, int]:
    """The 10 results files; how many attempts and steps they hold."""
    from trainer.storage import results_exchange as exchange

    template = _station_payload(folder / "station")
    keys = [uuid.uuid4().hex for _ in range(PROFILES)]
    attempts: list[dict[str, Any]] = []
    steps = 0
    while steps < STEPS:
        source = template["attempts"][len(attempts) % len(template["attempts"])]
        attempts.append(_clone(source, keys[len(attempts) % PROFILES]))
        steps += len(source["steps"])
    files = []
    for n in range(FILES):
        part = attempts[n::FILES]
        payload = {
            "profiles": [{"key": key} for key in sorted({a["profile"] for a in part})],
            "scenario_versions": template["scenario_versions"],
            "attempts": part,
        }
        path = folder / f"results-{n}.gz"
        path.write_bytes(
            exchange.encode_file(payload, exported_at="2026-01-01", device_id="bench", since=None)
        )
        files.append(path)
    return files, len(attempts), steps


@contextmanager
def _centre_database(db_url: str | None) -> Iterator[str]:
    """``""`` (SQLite), or the URL of a new schema on ``db_url``'s server, dropped after."""
    if db_url is None:
        yield ""
        return
    from urllib.parse import quote

    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from trainer.storage.postgres import server_url

    url = server_url(db_url)
    schema = f"bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
        options = quote(f"-csearch_path={schema}", safe="")
        plain = url.render_as_string(hide_password=False)
        yield f"{plain}{'&' if '?' in plain else '?'}options={options}"
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.dispose()


def results_rows(db_url: str | None = None) -> list[tuple[str, str]]:
    from trainer.services.context import open_services
    from trainer.services.profiles import TRAINER
    from trainer.services.results import ResultsService

    where = "SQLite" if db_url is None else "PostgreSQL"
    with tempfile.TemporaryDirectory() as tmp, _centre_database(db_url) as centre_url:
        folder = Path(tmp)
        files, attempts, steps = make_files(folder)
        size = sum(f.stat().st_size for f in files) / 1024 / 1024
        services = open_services(folder / "centre", db_url=centre_url)
        try:
            services.profiles.create("Centre Trainer", TRAINER, PASSWORD)
            by = services.profiles.confirm_trainer("Centre Trainer", PASSWORD)
            service = ResultsService(services.store)
            start, start_cpu = time.perf_counter(), time.process_time()
            counts = service.import_files(files, by=by)
            wall = time.perf_counter() - start
            cpu = time.process_time() - start_cpu
            assert sum(c.steps_added for c in counts) == steps
            start = time.perf_counter()
            again = service.import_files(files, by=by)
            repeat = time.perf_counter() - start
            assert sum(c.steps_added for c in again) == 0
        finally:
            services.close(backup=False)
    return [
        (
            f"`trainer results import` of {FILES} files, {attempts:,} attempts, {steps:,} steps"
            f" ({size:.1f} MB gzip) into a fresh {where} store / the same files again",
            f"{wall:.1f} s (CPU {cpu:.1f} s) / {repeat:.1f} s; target < {TARGET_S:.0f} s",
        )
    ]


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db-url", help="merge into a new schema on this PostgreSQL server")
    arguments = parser.parse_args()
    for what, figure in results_rows(arguments.db_url):
        print(f"| {what} | {figure} |")
