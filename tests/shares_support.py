"""A store of attempts at the tutorial, played with the real PlayService, and the test's
own tally of what each attempt chose (for the choice-shares tests, with and without Qt).
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from tests.play_support import TEST_NOTE
from trainer.domain.model import ChecklistNode, DecisionNode, Mode, ReportNode, SceneNode
from trainer.scenario_io.reader import LoadResult, load_scenario
from trainer.services.context import Services, open_services
from trainer.services.profiles import TRAINER
from trainer.storage.records import ProfileRecord

REPO_ROOT = Path(__file__).resolve().parents[1]
TUTORIAL = REPO_ROOT / "scenarios" / "tutorial"
PASSWORD = "Trener-Haslo-2026!"
UTC = dt.UTC

BEST = [
    "keep_and_come",
    "symbol,slogan,place,perception",
    "listen_first",
    "calm_boundary",
    "hate_flag",
    "motive,words,witnesses,needs",
    "club_meeting",
]
POOR = [
    "just_remove",
    "symbol,overnight",
    "minimise",
    "agree_soft",
    "minor_only",
    "",
    "close_file",
]
MIXED = [
    "photo_then_remove",
    "symbol,slogan,posters",
    "facts_only",
    "timeout",
    "handover",
    "motive,words",
    "leave_card",
]
#: The tutorial's checklist and which of its items are correct.
CHECKLIST = "indicators"
CORRECT = {"symbol", "slogan", "place", "perception"}
ITEMS = CORRECT | {"overnight", "posters", "no_damage"}


class FakeClock:
    """A wall clock the test sets by hand (UTC)."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> dt.datetime:
        return self.now


def day(d: int, hour: int = 9) -> dt.datetime:
    return dt.datetime(2026, 3, d, hour, 0, tzinfo=UTC)


@dataclass
class Played:
    """What the test recorded about one attempt."""

    version: int
    started: dt.datetime
    status: str = "in_progress"
    choices: set[tuple[str, str]] = field(default_factory=set)
    checklists: dict[str, list[frozenset[str]]] = field(default_factory=dict)
    path: set[str] = field(default_factory=set)
    ending: str | None = None


@dataclass
class World:
    services: Services
    clock: FakeClock
    loaded: dict[int, LoadResult]
    trainer: ProfileRecord
    officers: list[ProfileRecord]
    played: list[Played] = field(default_factory=list)

    def play(
        self,
        profile: ProfileRecord,
        tokens: list[str],
        *,
        at: dt.datetime,
        version: int = 1,
        abandon: bool = False,
    ) -> Played:
        """Play ``tokens`` (stopping early when they run out; ``abandon``: then give up)."""
        self.clock.now = at
        loaded = self.loaded[version]
        play = self.services.play
        active = play.start(profile, loaded, mode=Mode.PRACTICE, language="pl")
        record = Played(version=version, started=at)
        pending = iter(tokens)
        while not active.state.finished:
            node = active.engine.current_node(active.state)
            record.path.add(node.id)
            token = ""
            if not isinstance(node, SceneNode):
                token = next(pending, None)  # type: ignore[assignment]
                if token is None:
                    break
                if isinstance(node, DecisionNode):
                    record.choices.add((node.id, token))
                elif isinstance(node, ChecklistNode):
                    ticked = frozenset(filter(None, token.split(",")))
                    record.checklists.setdefault(node.id, []).append(ticked)
            self.clock.now += dt.timedelta(seconds=30)
            report = isinstance(node, ReportNode)
            play.advance(active, token, note=TEST_NOTE if report else "")
        if active.state.finished:
            node = active.engine.current_node(active.state)
            record.path.add(node.id)
            record.status, record.ending = "finished", node.id
        elif abandon:
            assert play.abandon(active.attempt_id)
            record.status = "abandoned"
        self.played.append(record)
        return record

    # -- the test's own tally -------------------------------------------------------

    def chosen(self, selected: list[Played]) -> Counter[tuple[str, str]]:
        return Counter(pair for p in selected for pair in p.choices)

    def decided(self, selected: list[Played]) -> Counter[str]:
        return Counter(node for p in selected for node in {n for n, _c in p.choices})

    def missed(self, selected: list[Played]) -> Counter[tuple[str, str]]:
        tally: Counter[tuple[str, str]] = Counter()
        for p in selected:
            for node, answers in p.checklists.items():
                for item in ITEMS:
                    if any((item in ticked) != (item in CORRECT) for ticked in answers):
                        tally[(node, item)] += 1
        return tally

    def endings(self, selected: list[Played]) -> Counter[str]:
        return Counter(p.ending for p in selected if p.status == "finished" and p.ending)


def make_world(root: Path) -> World:
    """Officers and a trainer on a tmp store; the tutorial as shipped (version 1) and a
    copy with version 2. Played: see the body (the figures the tests expect follow)."""
    v2 = root / "scenarios" / "tutorial"
    shutil.copytree(TUTORIAL, v2)
    text = (v2 / "scenario.yaml").read_text(encoding="utf-8")
    (v2 / "scenario.yaml").write_text(text.replace("\nversion: 1\n", "\nversion: 2\n", 1))
    clock = FakeClock()
    services = open_services(root / "data", clock=clock)
    loaded = {1: load_scenario(TUTORIAL), 2: load_scenario(v2)}
    assert all(result.playable for result in loaded.values())
    officers = [services.profiles.create(f"Officer {n}") for n in range(1, 10)]
    trainer = services.profiles.create("Trener Tomasz", TRAINER, PASSWORD)
    world = World(services, clock, loaded, trainer, officers)
    o = officers
    # Version 1, days 1-3: 7 best, 3 poor, 1 mixed (finished), 2 abandoned, 1 in progress.
    for n in range(7):
        world.play(o[n], BEST, at=day(1 + n % 3, 9 + n))
    world.play(o[4], POOR, at=day(1, 18))
    world.play(o[7], POOR, at=day(2, 12))
    world.play(o[8], POOR, at=day(3, 12))
    world.play(o[0], MIXED, at=day(3, 14))
    world.play(o[1], MIXED[:2], at=day(3, 15), abandon=True)
    world.play(o[2], POOR[:3], at=day(3, 16), abandon=True)
    world.play(o[3], BEST[:1], at=day(3, 17))
    # Version 2, day 5: 5 best, 1 poor.
    for n in range(5):
        world.play(o[n], BEST, at=day(5, 9 + n), version=2)
    world.play(o[5], POOR, at=day(5, 15), version=2)
    return world
