"""Library cards and their cache: what the library shows before the files are read.

The cache may only ever answer with the cards a fresh read would give; any change to a
scenario folder (its file, an image, a new or removed folder), another app version or a
damaged cache file makes it answer None, and the app reads the folders instead.
"""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from pathlib import Path

import pytest

from trainer.services import card_cache
from trainer.services.card_cache import cached_cards, folder_signature, save_cards
from trainer.services.cards import ScenarioCard, unique
from trainer.services.deferred import Deferred
from trainer.services.library import LibraryService

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


@pytest.fixture
def roots(tmp_path: Path) -> list[tuple[Path, str]]:
    shipped = tmp_path / "shipped"
    for name in ("tutorial", "synagogue-graffiti"):
        shutil.copytree(SCENARIOS / name, shipped / name)
    return [(shipped, "shipped"), (tmp_path / "local", "local")]


def _fresh(roots: list[tuple[Path, str]], cache: Path) -> list[ScenarioCard]:
    every = LibraryService(roots).read_all()
    assert save_cards(cache, every)
    return [entry.card for entry in unique(every)]


def test_every_shipped_scenario_round_trips_through_json() -> None:
    for entry in LibraryService([(SCENARIOS, "shipped")]).load():
        card = entry.card
        assert card.playable, entry.folder
        assert ScenarioCard.from_json(json.loads(json.dumps(card.to_json()))) == card
        assert card.title_in("en") and card.title_in("pl")
        assert len(card.competency_labels("en")) == len(card.competencies) >= 1


def test_the_cache_gives_exactly_the_fresh_cards(
    roots: list[tuple[Path, str]], tmp_path: Path
) -> None:
    cache = tmp_path / "cache" / "cards.json"
    fresh = _fresh(roots, cache)
    assert len(fresh) == 2
    assert cached_cards(cache, roots) == fresh


def test_no_cache_or_a_damaged_one_is_none(roots: list[tuple[Path, str]], tmp_path: Path) -> None:
    cache = tmp_path / "cards.json"
    assert cached_cards(cache, roots) is None
    _fresh(roots, cache)
    good = json.loads(cache.read_text())
    damaged = [
        b"",
        b"{",
        b"[]",
        json.dumps({**good, "format": 99}).encode(),
        json.dumps({**good, "app": "0.0.0"}).encode(),
        json.dumps({**good, "cards": [{"folder": 1}]}).encode(),
        json.dumps(
            {
                **good,
                "cards": [
                    {**row, "card": {**row["card"], "title": ["x"]}} for row in good["cards"]
                ],
            }
        ).encode(),
        json.dumps(
            {
                **good,
                "cards": [
                    {**row, "card": {**row["card"], "source": "local"}} for row in good["cards"]
                ],
            }
        ).encode(),
    ]
    for content in damaged:
        cache.write_bytes(content)
        assert cached_cards(cache, roots) is None, content[:80]


def _touch_later(path: Path) -> None:
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


@pytest.mark.parametrize(
    "change",
    [
        "edit-text",
        "same-size-edit-same-time",
        "add-image",
        "touch-image",
        "remove-folder",
        "add-folder",
    ],
)
def test_any_change_in_a_folder_makes_the_cache_stale(
    roots: list[tuple[Path, str]], tmp_path: Path, change: str
) -> None:
    cache = tmp_path / "cards.json"
    _fresh(roots, cache)
    shipped = roots[0][0]
    first = sorted(shipped.iterdir())[0]
    scenario = first / "scenario.yaml"
    if change == "edit-text":
        scenario.write_text(scenario.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    elif change == "same-size-edit-same-time":
        # A copy tool may keep the time: the content hash still sees the change.
        stat = scenario.stat()
        data = bytearray(scenario.read_bytes())
        index = data.rindex(b"e")
        data[index : index + 1] = b"E"
        scenario.write_bytes(bytes(data))
        os.utime(scenario, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    elif change == "add-image":
        (first / "extra.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    elif change == "touch-image":
        images = [p for p in first.rglob("*") if p.is_file() and p.name != "scenario.yaml"]
        target = images[0] if images else scenario
        _touch_later(target)
    elif change == "remove-folder":
        shutil.rmtree(first)
        # Nothing left to be stale: the cards of the folders still there, as read fresh.
        assert cached_cards(cache, roots) == [e.card for e in LibraryService(roots).load()]
        return
    elif change == "add-folder":
        local = roots[1][0]
        shutil.copytree(first, local / "copy")
    assert cached_cards(cache, roots) is None


def test_a_local_copy_of_a_shipped_scenario_is_listed_once(
    roots: list[tuple[Path, str]], tmp_path: Path
) -> None:
    shipped, local = roots[0][0], roots[1][0]
    first = sorted(shipped.iterdir())[0]
    shutil.copytree(first, local / first.name)
    cache = tmp_path / "cards.json"
    fresh = _fresh(roots, cache)
    assert len(fresh) == 2 and all(card.source == "shipped" for card in fresh)
    assert cached_cards(cache, roots) == fresh


def test_a_broken_scenario_has_a_card_with_its_errors(
    roots: list[tuple[Path, str]], tmp_path: Path
) -> None:
    local = roots[1][0]
    (local / "broken").mkdir(parents=True)
    (local / "broken" / "scenario.yaml").write_text("format: 1\nid: [", encoding="utf-8")
    cache = tmp_path / "cards.json"
    fresh = _fresh(roots, cache)
    broken = [card for card in fresh if not card.playable]
    assert [card.key for card in broken] == ["broken"]
    assert broken[0].error_count >= 1 and broken[0].errors
    assert broken[0].title_in("pl") == "broken"
    assert cached_cards(cache, roots) == fresh


def test_an_unchanged_cache_is_not_written_again(
    roots: list[tuple[Path, str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache" / "cards.json"
    every = LibraryService(roots).read_all()
    assert save_cards(cache, every)
    writes: list[Path] = []
    monkeypatch.setattr(card_cache, "atomic_write_bytes", lambda path, _data: writes.append(path))
    assert save_cards(cache, every)  # the same cards: nothing to write
    assert writes == []
    shutil.rmtree(roots[0][0] / "tutorial")
    assert save_cards(cache, LibraryService(roots).read_all())  # changed: written
    assert writes == [cache]


def test_an_unwritable_cache_is_not_an_error(roots: list[tuple[Path, str]], tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert save_cards(blocker / "cards.json", LibraryService(roots).read_all()) is False


def test_signature_covers_the_scenario_bytes_beyond_any_listing(tmp_path: Path) -> None:
    folder = tmp_path / "s"
    folder.mkdir()
    (folder / "scenario.yaml").write_bytes(b"a: 1\n")
    before = folder_signature(folder)
    stat = (folder / "scenario.yaml").stat()
    (folder / "scenario.yaml").write_bytes(b"a: 2\n")
    os.utime(folder / "scenario.yaml", ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert folder_signature(folder) != before
    assert card_cache.CACHE_FORMAT >= 1


def test_deferred_waits_for_another_thread_and_passes_errors_on() -> None:
    value: Deferred[int] = Deferred()
    assert not value.ready
    with pytest.raises(TimeoutError):
        value.get(timeout=0.01)
    threading.Timer(0.05, lambda: value.set(7)).start()
    started = time.monotonic()
    assert value.get(timeout=5) == 7
    assert time.monotonic() - started >= 0.04
    assert value.ready and not value.failed

    failing: Deferred[int] = Deferred()

    def boom() -> int:
        raise ValueError("no")

    with pytest.raises(ValueError):
        failing.compute(boom)
    assert failing.failed
    with pytest.raises(ValueError, match="no"):
        failing.get()
    assert Deferred.of("x").get() == "x"


def test_a_pack_origin_is_on_the_card_and_trust_changes_make_the_cache_stale(
    tmp_path: Path,
) -> None:
    from tests.exchange.key_support import make_centre
    from tests.exchange.pack_support import make_scenario
    from trainer.exchange.packs import ORIGIN_NAME
    from trainer.exchange.trust_store import TRUST_FOLDER, TrustStore
    from trainer.services.library import ORIGIN_RECORD
    from trainer.services.packs import ScenarioPacks, official_signer

    assert ORIGIN_RECORD == ORIGIN_NAME and TRUST_FOLDER == "trust"  # copies kept in step
    data = tmp_path / "data"
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    centre = make_centre(tmp_path / "centre", "Centrum Szkolenia").key
    trust = TrustStore.for_data_dir(data)
    trust.add(centre.public)
    packs = ScenarioPacks(shipped=shipped, data_dir=data, app_version="t")
    authored = tmp_path / "authored"
    packs.export([str(make_scenario(authored, "signed"))], tmp_path / "s.zip", signer=centre)
    packs.export([str(make_scenario(authored, "plain"))], tmp_path / "p.zip")
    packs.import_pack(tmp_path / "s.zip")
    packs.import_pack(tmp_path / "p.zip", confirmed_unofficial=True)
    make_scenario(data / "scenarios", "written-here")
    roots = [(shipped, "shipped"), (data / "scenarios", "local")]

    def signer(folder: Path) -> str | None:
        found = official_signer(folder, TrustStore.for_data_dir(data))
        return found[1] if found else None

    def cards() -> dict[str, tuple[bool, str]]:
        every = LibraryService(roots, signer_of=signer).read_all()
        save_cards(cache, every, card_cache.trust_signature(data / TRUST_FOLDER))
        return {e.card.key: (e.card.from_pack, e.card.signed_by) for e in every}

    cache = tmp_path / "cards.json"
    assert cards() == {
        "plain": (True, ""),
        "signed": (True, "Centrum Szkolenia"),
        "written-here": (False, ""),
    }
    assert cached_cards(cache, roots, data / TRUST_FOLDER) is not None
    trust.remove(centre.public.fingerprint)
    assert cached_cards(cache, roots, data / TRUST_FOLDER) is None  # no longer official
    assert cards()["signed"] == (True, "")
