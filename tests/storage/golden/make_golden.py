"""Build the golden database of the current schema revision, with the real services.

Run from the repository root when a schema revision is released::

    .venv/bin/python -m tests.storage.golden.make_golden

It writes ``tests/storage/golden/schema-<head>.sqlite`` and, next to it,
``schema-<head>.json``: the revision and, per table, the columns, row count and
content digest that every later app must still find after migrating a copy
(see ``tests/storage/test_startup_and_migrations.py``). Keep the files of older
revisions: each released schema keeps its golden database. When a later
revision renames or drops a column, edit the ``columns`` lists of the older
JSON files (the expected mapping) rather than regenerating them.

The content: several profiles with Polish names (diacritics), one with a PIN and
a failed sign-in, a trainer, a profile that was erased (its audit entry stays),
a few hundred attempts across the shipped scenarios in both modes, finished and
unfinished, with card look-ups and time-outs; since schema 0003 each attempt has an
order seed, each step the order it showed, and unfinished attempts paused at a
timed decision keep the time left; since schema 0004 some profiles (and their attempts)
have a form of address, report steps have notes and attempts left at a report a draft.
Ids, times and choices come from a fixed seed, so a rerun on the same scenarios gives
the same rows (only the Argon2 salts differ).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

from tests.storage.storage_support import GOLDEN_DIR, REPO_ROOT, table_summary
from trainer.domain.address import Address
from trainer.domain.model import ChecklistNode, DecisionNode, ReportNode, SceneNode
from trainer.scenario_io.reader import load_scenario
from trainer.services.context import open_services
from trainer.services.play import ActiveAttempt, PlayService
from trainer.storage.errors import ProfileError
from trainer.storage.migrate import head_revision

SEED = 20260201
ATTEMPTS = 225
#: The tutorial always; the other shipped scenarios make the snapshots realistic
#: but large, so only a few of them (the file must stay commit-sized).
SCENARIOS = ("tutorial", "tram-ukrainian-mother")
OFFICERS = (
    "Łukasz Wróbel",
    "Małgorzata Świątek-Żuławska",
    "Grzegorz Brzęczyszczykiewicz",
    "Zofia Ćwik",
    "st. sierż. Jędrzej Kołodziej",
)
PIN_OFFICER = "Agnieszka Dąbrowska"
PIN = "482915"
TRAINER = "Trener Źdźbło"
TRAINER_PASSWORD = "Ognisko-Pączek-2026"
ERASED = "Do Usunięcia Gżegżółka"
#: Notes written at report nodes (schema 0004): Polish letters, quotes, new lines.
NOTES = (
    "Dnia 7 marca o 8:40 zgłaszająca wskazała naklejkę z symbolem „88” na drzwiach klubu.\n"
    "Sprawca nieznany. Możliwy motyw uprzedzenia: pochodzenie narodowe.",
    "Świadek (sąsiadka) widziała dwóch mężczyzn ok. 23:00; słowa: „wracajcie do siebie”.",
    "Notatka krótka.",
)


class FixedClock:
    """A clock that moves a few seconds at every reading (deterministic timestamps)."""

    def __init__(self, rng: random.Random) -> None:
        self.moment = dt.datetime(2026, 2, 2, 7, 30, tzinfo=dt.UTC)
        self.rng = rng

    def __call__(self) -> dt.datetime:
        self.moment += dt.timedelta(seconds=self.rng.randint(1, 40))
        return self.moment


def _play(
    play: PlayService,
    active: ActiveAttempt,
    rng: random.Random,
    *,
    stop: int,
    pause_at_clock: bool = False,
    pause_at_report: bool = False,
) -> None:
    """Random play for up to ``stop`` actions (ends earlier at an ending, or at a timed
    decision if ``pause_at_clock``)."""
    taken = 0
    while not active.state.finished and taken < stop:
        if pause_at_clock and active.time_left_ms() is not None:
            break
        node = active.engine.current_node(active.state)
        if pause_at_report and isinstance(node, ReportNode):
            break
        elapsed = rng.randint(800, 90_000)
        if node.cards and rng.random() < 0.3:
            play.open_card(active, rng.choice(node.cards))
        if isinstance(node, SceneNode):
            play.advance(active, "", elapsed_ms=elapsed)
        elif isinstance(node, DecisionNode):
            tokens = [c.id for c in active.engine.offered(active.state)]
            if node.on_timeout is not None and (not tokens or rng.random() < 0.15):
                play.time_out(active, elapsed_ms=elapsed)
            else:
                play.advance(active, rng.choice(tokens), elapsed_ms=elapsed)
        elif isinstance(node, ChecklistNode):
            ticked = [item.id for item in node.items if rng.random() < 0.5]
            play.advance(active, ",".join(ticked), elapsed_ms=elapsed)
        elif isinstance(node, ReportNode):
            ticked = [item.id for item in node.items if rng.random() < 0.6]
            play.advance(active, ",".join(ticked), elapsed_ms=elapsed, note=rng.choice(NOTES))
        taken += 1
    node = active.engine.current_node(active.state)
    if isinstance(node, ReportNode) and rng.random() < 0.7:  # left while writing
        play.keep_draft_note(active, rng.choice(NOTES)[: rng.randint(1, 60)])
    if active.time_left_ms() is not None and rng.random() < 0.7:
        play.keep_time_left(active, rng.randint(0, 59_000))


def build(target_dir: Path) -> Path:
    """Build the golden database and its expected mapping in ``target_dir``."""
    rng = random.Random(SEED)
    ids = random.Random(SEED + 1)
    uuid.uuid4 = lambda: uuid.UUID(int=ids.getrandbits(128), version=4)  # type: ignore[assignment]
    head = head_revision()
    loaded = {name: load_scenario(REPO_ROOT / "scenarios" / name) for name in SCENARIOS}
    for name, result in loaded.items():
        if not result.playable:
            raise SystemExit(f"scenarios/{name} does not validate: {result.errors[:3]}")
    with tempfile.TemporaryDirectory() as temp:
        data_dir = Path(temp)
        services = open_services(data_dir, clock=FixedClock(rng))
        services.play.seeds = lambda: rng.randrange(2**31)
        try:
            profiles = services.profiles
            people = [profiles.create(name) for name in OFFICERS]
            pin_officer = profiles.create(PIN_OFFICER, secret=PIN)
            trainer = profiles.create(TRAINER, "trainer", TRAINER_PASSWORD)
            erased = profiles.create(ERASED)
            people += [pin_officer, trainer]
            # Forms of address (schema 0004): some chose one, the rest show both forms.
            people[0] = profiles.set_address(people[0], Address.MASCULINE)
            people[1] = profiles.set_address(people[1], Address.FEMININE)
            for attempt_no in range(ATTEMPTS):
                # The erased profile played a few attempts: they must be gone, not migrated.
                profile = erased if attempt_no % 40 == 7 else rng.choice(people)
                result = loaded[rng.choice(SCENARIOS)]
                assert result.scenario is not None
                language = rng.choice(result.scenario.languages)
                mode = rng.choice(result.scenario.modes)
                active = services.play.start(profile, result, mode=mode, language=language)
                unfinished = rng.random() < 0.72
                chance = rng.random()
                if unfinished and chance < 0.2:  # left (or killed) at a timed decision
                    _play(services.play, active, rng, stop=500, pause_at_clock=True)
                elif unfinished and chance < 0.3:  # left while writing a note
                    _play(services.play, active, rng, stop=500, pause_at_report=True)
                else:
                    _play(services.play, active, rng, stop=rng.randint(0, 3) if unfinished else 500)
            profiles.sign_in(pin_officer, PIN)
            profiles.erase(erased, operator=trainer)
            profiles.unlock(pin_officer, trainer=trainer, password=TRAINER_PASSWORD)
            # A wrong PIN last: the failure counter is part of what must survive.
            try:
                profiles.sign_in(profiles.find(PIN_OFFICER), "000001")
            except ProfileError:
                pass
            else:
                raise AssertionError("a wrong PIN was accepted")
            assert services.store.check() == "ok"
        finally:
            services.close(backup=False)
        name = f"schema-{head}"
        golden = target_dir / f"{name}.sqlite"
        # No connection is open and the WAL was checkpointed and removed on close,
        # so the file alone is the whole database.
        assert not (data_dir / "progress.db-wal").exists()
        shutil.copyfile(data_dir / "progress.db", golden)
    connection = sqlite3.connect(golden)
    try:
        # Compact: the file is committed to the repository.
        connection.execute("VACUUM")
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
    expected = {"revision": head, "tables": table_summary(golden)}
    golden.with_suffix(".json").write_text(
        json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return golden


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=GOLDEN_DIR, help="target folder")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    golden = build(args.out)
    tables = json.loads(golden.with_suffix(".json").read_text(encoding="utf-8"))["tables"]
    print(f"{golden}: {golden.stat().st_size:,} bytes")
    for table, facts in tables.items():
        print(f"  {table:<20} {facts['rows']:>6} rows")


if __name__ == "__main__":
    main()
