"""Results export and merge: a station's attempts, split into files any way, imported in
any order and repeated, give exactly the original set at the centre.

The station's attempts are played with the real PlayService (tests/shares_support.py):
nine officers, two versions of the tutorial, finished, abandoned and in-progress
attempts, plus one attempt with a card look-up and one by an officer with a canary name.
"""

from __future__ import annotations

import datetime as dt
import gzip
import itertools
import json
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.play_support import play_tokens
from tests.shares_support import BEST, PASSWORD, World, make_world
from trainer.domain.model import Mode
from trainer.services.context import Services, open_services
from trainer.services.overview import OverviewService
from trainer.services.profiles import TRAINER, Operator
from trainer.services.results import ResultsFileError, ResultsService
from trainer.storage import results_exchange as exchange
from trainer.storage import schema
from trainer.storage.errors import ProfileError
from trainer.storage.store import Store

CANARY = "Zofia Kanarek-Testowa"
CENTRE_TRAINER = "Centrum Ewa"


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    world = make_world(tmp_path_factory.mktemp("station"))
    canary = world.services.profiles.create(CANARY)
    world.clock.now = dt.datetime(2026, 3, 6, 10, tzinfo=dt.UTC)
    active = world.services.play.start(canary, world.loaded[1], mode=Mode.PRACTICE, language="pl")
    world.services.play.open_card(active, "hate-crime-definition")
    world.clock.now += dt.timedelta(minutes=5)
    play_tokens(world.services.play, active, BEST)
    yield world
    world.services.close(backup=False)


@pytest.fixture(scope="module")
def operator(station: World) -> Operator:
    return station.services.profiles.confirm_trainer("Trener Tomasz", PASSWORD)


def ended_times(store: Store) -> list[str]:
    with store.session() as session:
        rows = session.scalars(
            schema.Attempt.__table__.select()
            .with_only_columns(schema.Attempt.finished_at)
            .where(schema.Attempt.status.in_(exchange.ENDED))
            .order_by(schema.Attempt.finished_at)
        )
        return list(rows)


def attempt_set(store: Store, profile_key: Any) -> dict[str, Any]:
    """Every ended attempt in ``store`` with everything that travels, by attempt id;
    profiles as ``profile_key(profile_id)``."""
    found: dict[str, Any] = {}
    with store.session() as session:
        rows = session.query(schema.Attempt).filter(schema.Attempt.status.in_(exchange.ENDED))
        for a in rows:
            version = session.get(schema.ScenarioVersion, a.scenario_version_id)
            state = session.get(schema.AttemptState, a.id)
            assert version is not None and state is not None
            steps = session.query(schema.Step).filter_by(attempt_id=a.id).order_by(schema.Step.seq)
            results = session.query(schema.CompetencyResult).filter_by(attempt_id=a.id)
            lookups = session.query(schema.CardLookup).filter_by(attempt_id=a.id)
            found[a.id] = {
                "profile": profile_key(a.profile_id),
                "scenario": (version.content_hash, version.snapshot, version.scenario_id),
                "attempt": (
                    a.status,
                    a.ending,
                    a.outcome,
                    a.points,
                    a.maximum,
                    a.path,
                    a.overall_percent,
                    a.step_count,
                    a.started_at,
                    a.finished_at,
                    a.device_id,
                    a.order_seed,
                    a.mode,
                    a.language,
                ),
                "state": state.state,
                "steps": [
                    (
                        s.id,
                        s.seq,
                        s.node_id,
                        s.action,
                        s.choice_id,
                        s.ticked,
                        s.gained,
                        s.to_node,
                        s.elapsed_ms,
                        s.shown_order,
                        s.note,
                        s.created_at,
                    )
                    for s in steps
                ],
                "results": sorted((r.competency, r.points, r.maximum, r.percent) for r in results),
                "lookups": sorted((c.id, c.seq, c.node_id, c.card_id) for c in lookups),
            }
    return found


def station_set(station: World) -> dict[str, Any]:
    secret = exchange.pseudonym_secret(station.services.store)
    return attempt_set(
        station.services.store,
        lambda pid: exchange.imported_profile_id(exchange.pseudonym(secret, pid)),
    )


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[tuple[Services, Operator]]:
    services, by = open_centre(tmp_path / "centre")
    yield services, by
    services.close(backup=False)


def open_centre(folder: Path) -> tuple[Services, Operator]:
    services = open_services(folder)
    services.profiles.create(CENTRE_TRAINER, TRAINER, PASSWORD)
    return services, services.profiles.confirm_trainer(CENTRE_TRAINER, PASSWORD)


def counts_in(store: Store) -> tuple[int, int, int, int]:
    with store.session() as session:
        return (
            session.query(schema.Attempt).count(),
            session.query(schema.Step).count(),
            session.query(schema.Profile).count(),
            session.query(schema.ScenarioVersion).count(),
        )


# -- the merge property ------------------------------------------------------------------

_EXPORTS: dict[tuple[int | None, int | None], Path] = {}


def export_range(
    station: World, operator: Operator, folder: Path, lo: int | None, hi: int | None
) -> Path:
    """The station's export of attempts that ended from ``times[lo]`` to before
    ``times[hi]`` (None: open), made once per range."""
    if (lo, hi) not in _EXPORTS:
        times = sorted(set(ended_times(station.services.store)))
        since = None if lo is None else times[lo]
        until = None if hi is None or hi >= len(times) else times[hi]
        target = folder / f"results-{lo}-{hi}.json.gz"
        ResultsService(station.services.store).export(target, by=operator, since=since, until=until)
        _EXPORTS[(lo, hi)] = target
    return _EXPORTS[(lo, hi)]


@st.composite
def splits(draw: st.DrawFn, count: int) -> list[tuple[int | None, int | None]]:
    """Ranges over ``count`` end times that together cover all of them: a partition by
    cut points, plus overlapping ranges, in any order, some files repeated."""
    cuts = sorted(draw(st.sets(st.integers(1, count - 1), max_size=4)))
    bounds: list[int | None] = [None, *cuts, None]
    ranges = list(itertools.pairwise(bounds))
    extra = draw(
        st.lists(
            st.tuples(st.none() | st.integers(0, count - 1), st.none() | st.integers(1, count)),
            max_size=3,
        )
    )
    ranges += [(lo, hi) for lo, hi in extra if lo is None or hi is None or lo < hi]
    repeats = draw(st.lists(st.sampled_from(ranges), max_size=3))
    return draw(st.permutations(ranges + repeats))


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_split_in_any_order_repeated_gives_the_original_set(
    station: World, operator: Operator, tmp_path_factory: pytest.TempPathFactory, data: Any
) -> None:
    times = sorted(set(ended_times(station.services.store)))
    ranges = data.draw(splits(len(times)), label="files")
    folder = _export_folder(tmp_path_factory)
    files = [export_range(station, operator, folder, lo, hi) for lo, hi in ranges]
    original = station_set(station)
    root = Path(tempfile.mkdtemp(dir=tmp_path_factory.getbasetemp()))
    try:
        services, by = open_centre(root)
        try:
            results = ResultsService(services.store)
            counts = [results.import_files([f], by=by)[0] for f in files]
            merged = attempt_set(services.store, lambda pid: pid)
            assert merged == original
            assert sum(c.attempts_added for c in counts) == len(original)
            assert sum(c.steps_added for c in counts) == sum(
                len(a["steps"]) for a in original.values()
            )
            # Every file again, in one go: adds nothing, skips all it holds.
            again = results.import_files(files, by=by)
            assert all(c.attempts_added == 0 and c.steps_added == 0 for c in again)
            assert sum(c.attempts_skipped for c in again) == sum(
                len(exchange.read_file(f)["payload"]["attempts"]) for f in files
            )
            assert attempt_set(services.store, lambda pid: pid) == original
        finally:
            services.close(backup=False)
    finally:
        shutil.rmtree(root, ignore_errors=True)


_FOLDER: list[Path] = []


def _export_folder(factory: pytest.TempPathFactory) -> Path:
    if not _FOLDER:
        _FOLDER.append(factory.mktemp("exports"))
    return _FOLDER[0]


def test_only_ended_attempts_travel(station: World, operator: Operator, tmp_path: Path) -> None:
    target = tmp_path / "all.json.gz"
    summary = ResultsService(station.services.store).export(target, by=operator)
    payload = exchange.read_file(target)["payload"]
    statuses = {a["status"] for a in payload["attempts"]}
    assert statuses == {"finished", "abandoned"}
    with station.services.store.session() as session:
        in_progress = session.query(schema.Attempt).filter_by(status="in_progress").count()
        ended = session.query(schema.Attempt).filter(schema.Attempt.status != "in_progress")
        assert ended.count() == summary.attempts == len(payload["attempts"])
    assert in_progress >= 1  # the station holds one, and it stayed behind
    assert any(a["card_lookups"] for a in payload["attempts"])


# -- damaged and hostile files ---------------------------------------------------------------


@pytest.fixture(scope="module")
def good_file(
    station: World, operator: Operator, tmp_path_factory: pytest.TempPathFactory
) -> bytes:
    target = tmp_path_factory.mktemp("good") / "results.json.gz"
    ResultsService(station.services.store).export(target, by=operator)
    return target.read_bytes()


def refused(centre: tuple[Services, Operator], path: Path, data: bytes, match: str) -> None:
    services, by = centre
    path.write_bytes(data)
    before = counts_in(services.store)
    with pytest.raises(ResultsFileError, match=match) as caught:
        ResultsService(services.store).import_files([path], by=by)
    assert str(path) in str(caught.value)
    assert counts_in(services.store) == before


def envelope_of(data: bytes) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(gzip.decompress(data))
    return result


def test_truncated_files_are_refused(
    centre: tuple[Services, Operator], good_file: bytes, tmp_path: Path
) -> None:
    for size in (0, 10, len(good_file) // 3, len(good_file) - 1):
        refused(centre, tmp_path / f"cut-{size}.gz", good_file[:size], "damaged or cut short")


def test_every_flipped_byte_is_refused_or_changes_nothing(
    centre: tuple[Services, Operator], good_file: bytes, tmp_path: Path
) -> None:
    services, _by = centre
    original = envelope_of(good_file)
    step = max(1, len(good_file) // 97)
    for position in range(0, len(good_file), step):
        damaged = bytearray(good_file)
        damaged[position] ^= 0x5A
        try:
            envelope = exchange.decode_file(bytes(damaged))
        except ResultsFileError:
            continue
        # Only gzip's unchecked header fields (time stamp, OS) may change unnoticed.
        assert envelope == original, position
    assert counts_in(services.store)[0] == 0


def test_altered_contents_with_the_old_checksum_are_refused(
    centre: tuple[Services, Operator], good_file: bytes, tmp_path: Path
) -> None:
    envelope = envelope_of(good_file)
    envelope["payload"]["attempts"][0]["points"] = {"forged": 999}
    data = gzip.compress(json.dumps(envelope).encode())
    refused(centre, tmp_path / "forged.gz", data, "checksum does not match")


def test_a_checksummed_file_that_breaks_the_format_is_refused(
    centre: tuple[Services, Operator], good_file: bytes, tmp_path: Path
) -> None:
    def rewrap(payload: dict[str, Any]) -> bytes:
        envelope = envelope_of(good_file)
        return exchange.encode_file(
            payload, exported_at=envelope["exported_at"], device_id="x", since=None
        )

    cases = []
    payload = envelope_of(good_file)["payload"]
    payload["scenario_versions"][0]["snapshot"] += " "
    cases.append(payload)
    payload = envelope_of(good_file)["payload"]
    payload["attempts"][0]["steps"].pop()
    cases.append(payload)
    payload = envelope_of(good_file)["payload"]
    payload["attempts"][0]["status"] = "in_progress"
    cases.append(payload)
    payload = envelope_of(good_file)["payload"]
    payload["attempts"][0]["steps"][0]["node_id"] = "x" * 65
    cases.append(payload)
    payload = envelope_of(good_file)["payload"]
    payload["attempts"][0]["profile"] = "someone else"
    cases.append(payload)
    payload = envelope_of(good_file)["payload"]
    payload["attempts"][0]["points"] = '{"ethics": "many"}'
    cases.append(payload)
    payload = envelope_of(good_file)["payload"]
    payload["attempts"][0]["steps"][0]["ticked"] = "[" * 5000
    cases.append(payload)
    for n, case in enumerate(cases):
        refused(centre, tmp_path / f"bad-{n}.gz", rewrap(case), "its data is not valid")


def test_foreign_newer_and_hostile_files_are_refused(
    centre: tuple[Services, Operator], good_file: bytes, tmp_path: Path
) -> None:
    refused(centre, tmp_path / "plain.json", b'{"format": "trainer-results"}', "damaged")
    other = envelope_of(good_file)
    other["format"] = "something-else"
    refused(centre, tmp_path / "other.gz", gzip.compress(json.dumps(other).encode()), "not a")
    newer = envelope_of(good_file)
    newer["format_version"] = 99
    refused(centre, tmp_path / "newer.gz", gzip.compress(json.dumps(newer).encode()), "99")
    deep = b"[" * 100_000 + b"]" * 100_000
    refused(centre, tmp_path / "deep.gz", gzip.compress(deep), "not valid JSON")
    # The envelope with a lone surrogate inside (valid JSON, not valid text).
    text = gzip.decompress(good_file).decode().replace('"finished"', '"\\ud800"', 1)
    refused(centre, tmp_path / "surrogate.gz", gzip.compress(text.encode()), "not valid text")
    text = (
        gzip.decompress(good_file)
        .decode()
        .replace('"overall_percent":100.0', '"overall_percent":NaN', 1)
    )
    assert "NaN" in text
    refused(centre, tmp_path / "nan.gz", gzip.compress(text.encode()), "not valid JSON")


def test_size_caps(
    centre: tuple[Services, Operator],
    good_file: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", len(good_file) - 1)
    refused(centre, tmp_path / "big.gz", good_file, "larger than")
    monkeypatch.setattr(exchange, "MAX_FILE_BYTES", len(good_file))
    monkeypatch.setattr(exchange, "MAX_JSON_BYTES", len(gzip.decompress(good_file)) - 1)
    refused(centre, tmp_path / "bomb.gz", good_file, "more than")


def test_one_bad_file_among_several_writes_nothing(
    centre: tuple[Services, Operator], good_file: bytes, tmp_path: Path
) -> None:
    services, by = centre
    good, bad = tmp_path / "good.gz", tmp_path / "bad.gz"
    good.write_bytes(good_file)
    bad.write_bytes(good_file[:-20])
    before = counts_in(services.store)
    with pytest.raises(ResultsFileError, match=str(bad)):
        ResultsService(services.store).import_files([good, bad], by=by)
    assert counts_in(services.store) == before
    assert services.store.backups.all() == []


# -- who travels, and how ------------------------------------------------------------------


def test_pseudonyms_are_stable_and_never_the_name(
    station: World, operator: Operator, tmp_path: Path
) -> None:
    service = ResultsService(station.services.store)
    first, second, named = tmp_path / "1.gz", tmp_path / "2.gz", tmp_path / "named.gz"
    service.export(first, by=operator)
    service.export(second, by=operator, since=ended_times(station.services.store)[-1])
    service.export(named, by=operator, with_names=True)
    keys_first = {a["id"]: a["profile"] for a in exchange.read_file(first)["payload"]["attempts"]}
    keys_second = {a["id"]: a["profile"] for a in exchange.read_file(second)["payload"]["attempts"]}
    assert keys_second and all(keys_first[a] == key for a, key in keys_second.items())
    text = gzip.decompress(first.read_bytes()).decode()
    profiles = station.services.store.list_profiles()
    for profile in profiles:
        assert profile.display_name not in text
        assert profile.id not in text  # the key is keyed by the station's secret
    assert "argon2" not in text and "secret_hash" not in text
    assert CANARY in gzip.decompress(named.read_bytes()).decode()
    assert "argon2" not in gzip.decompress(named.read_bytes()).decode()
    # Different officers, different pseudonyms.
    by_profile = {
        a.profile_id: keys_first[a.id]
        for p in profiles
        for a in station.services.store.attempts_for_profile(p.id)
        if a.id in keys_first
    }
    assert len(set(by_profile.values())) == len(by_profile)


def test_merged_profiles_cannot_sign_in_and_the_overview_shows_them(
    station: World,
    operator: Operator,
    centre: tuple[Services, Operator],
    good_file: bytes,
    tmp_path: Path,
) -> None:
    services, by = centre
    path = tmp_path / "results.gz"
    path.write_bytes(good_file)
    [counts] = ResultsService(services.store).import_files([path], by=by)
    # A station backs its file up first; a server's copies are pg_dump's (docs/postgres.md).
    backups = [] if services.store.db.is_server else ["pre-import"]
    assert [b.reason for b in services.store.backups.all()] == backups
    imported = [p for p in services.store.list_profiles() if p.role == exchange.IMPORTED_ROLE]
    assert len(imported) == counts.profiles_added > 1
    assert all(p.display_name.startswith("anon-") and p.secret_hash is None for p in imported)
    for profile in imported:
        with pytest.raises(ProfileError, match="cannot sign in"):
            services.profiles.sign_in(profile, None)
    overview = OverviewService(services.store).overview(viewer=by.profile)
    assert overview.attempts == counts.attempts_added == len(station_set(station))
    shown = {p.profile_id for p in overview.profiles if p.attempts}
    assert shown == {p.id for p in imported}
    # A later export with names names them at the centre, under the same profiles.
    named = tmp_path / "named.gz"
    ResultsService(station.services.store).export(named, by=operator, with_names=True)
    [again] = ResultsService(services.store).import_files([named], by=by)
    assert again.attempts_added == 0 and again.profiles_added == 0
    names = {p.display_name for p in services.store.list_profiles()}
    assert CANARY in names


def test_an_erased_profile_is_not_brought_back(
    centre: tuple[Services, Operator], good_file: bytes, tmp_path: Path
) -> None:
    services, by = centre
    path = tmp_path / "results.gz"
    path.write_bytes(good_file)
    results = ResultsService(services.store)
    results.import_files([path], by=by)
    victim = next(p for p in services.store.list_profiles() if p.role == exchange.IMPORTED_ROLE)
    gone = len(services.store.attempts_for_profile(victim.id))
    services.profiles.erase_by(victim, by=by)
    [again] = results.import_files([path], by=by)
    assert gone > 0 and again.attempts_added == 0 and again.attempts_skipped > 0
    assert services.store.get_profile(victim.id) is None


def test_only_an_instructor_exports_or_imports(station: World, tmp_path: Path) -> None:
    officer = station.officers[0]
    pretend = Operator(officer)  # as if an officer had confirmed with their own PIN
    with pytest.raises(ProfileError, match="only an instructor"):
        ResultsService(station.services.store).export(tmp_path / "x.gz", by=pretend)
    assert not (tmp_path / "x.gz").exists()
