"""Results sealed to a training centre: only its private key opens them, nothing leaks,
and a wrong key or any changed byte merges nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.exchange.key_support import make_centre
from tests.shares_support import PASSWORD, World, make_world
from trainer.exchange.centre_keys import CentreKey
from trainer.exchange.sealed import MAGIC, KeyNeededError, SealedFileError
from trainer.services.context import Services, open_services
from trainer.services.profiles import TRAINER, Operator
from trainer.services.results import ResultsService
from trainer.storage import results_exchange as exchange
from trainer.storage import schema
from trainer.storage.store import Store

CENTRE_TRAINER = "Centrum Ewa"


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    world = make_world(tmp_path_factory.mktemp("station"))
    yield world
    world.services.close(backup=False)


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> tuple[CentreKey, CentreKey]:
    centre = make_centre(tmp_path_factory.mktemp("centre-key"), "Centrum Szkolenia Policji")
    other = make_centre(tmp_path_factory.mktemp("other-key"), "Inne Centrum")
    return centre.key, other.key


@pytest.fixture(scope="module")
def files(
    station: World, keys: tuple[CentreKey, CentreKey], tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path]:
    """The station's results, plain and sealed to the centre."""
    folder = tmp_path_factory.mktemp("exports")
    by = station.services.profiles.confirm_trainer("Trener Tomasz", PASSWORD)
    service = ResultsService(station.services.store)
    plain, sealed = folder / "plain.gz", folder / "sealed.bin"
    service.export(plain, by=by)
    summary = service.export(sealed, by=by, recipient=keys[0].public)
    assert summary.encrypted_for == keys[0].public and summary.attempts > 0
    return plain, sealed


@pytest.fixture
def centre(tmp_path: Path) -> Iterator[tuple[Services, Operator]]:
    services = open_services(tmp_path / "centre")
    services.profiles.create(CENTRE_TRAINER, TRAINER, PASSWORD)
    yield services, services.profiles.confirm_trainer(CENTRE_TRAINER, PASSWORD)
    services.close(backup=False)


def counts_in(store: Store) -> tuple[int, int, int]:
    with store.session() as session:
        return (
            session.query(schema.Attempt).count(),
            session.query(schema.Step).count(),
            session.query(schema.Profile).count(),
        )


def test_round_trip_merges_what_the_plain_file_merges(
    files: tuple[Path, Path],
    keys: tuple[CentreKey, CentreKey],
    centre: tuple[Services, Operator],
    tmp_path: Path,
) -> None:
    plain, sealed = files
    assert sealed.read_bytes().startswith(MAGIC)
    services, by = centre
    [from_sealed] = ResultsService(services.store).import_files([sealed], by=by, key=keys[0])
    other, other_by = centre_at(tmp_path / "other")
    try:
        [from_plain] = ResultsService(other.store).import_files([plain], by=other_by)
        assert from_sealed == from_plain
        assert counts_in(services.store) == counts_in(other.store)
    finally:
        other.close(backup=False)
    # Idempotent like a plain file: the same sealed file again adds nothing.
    [again] = ResultsService(services.store).import_files([sealed], by=by, key=keys[0])
    assert again.attempts_added == 0 and again.attempts_skipped == from_sealed.attempts_added


def centre_at(folder: Path) -> tuple[Services, Operator]:
    services = open_services(folder)
    services.profiles.create(CENTRE_TRAINER, TRAINER, PASSWORD)
    return services, services.profiles.confirm_trainer(CENTRE_TRAINER, PASSWORD)


def test_without_the_key_or_with_another_nothing_is_merged(
    files: tuple[Path, Path],
    keys: tuple[CentreKey, CentreKey],
    centre: tuple[Services, Operator],
) -> None:
    plain, sealed = files
    services, by = centre
    before = counts_in(services.store)
    with pytest.raises(KeyNeededError) as caught:
        # The plain file first: a sealed one among several stops them all.
        ResultsService(services.store).import_files([plain, sealed], by=by)
    message = str(caught.value)
    assert str(sealed) in message and "'Centrum Szkolenia Policji'" in message
    with pytest.raises(KeyNeededError, match="Inne Centrum"):
        ResultsService(services.store).import_files([sealed], by=by, key=keys[1])
    assert counts_in(services.store) == before


def test_a_flipped_byte_anywhere_merges_nothing(
    files: tuple[Path, Path],
    keys: tuple[CentreKey, CentreKey],
    centre: tuple[Services, Operator],
    tmp_path: Path,
) -> None:
    _plain, sealed = files
    services, by = centre
    data = sealed.read_bytes()
    before = counts_in(services.store)
    damaged_file = tmp_path / "damaged.bin"
    header = len(MAGIC) + 1 + 8 + 1 + len(b"Centrum Szkolenia Policji") + 32 + 12
    positions = {*range(header + 2), *range(header, len(data), max(1, len(data) // 60))}
    positions |= {len(data) - 1}
    for position in sorted(positions):
        damaged = bytearray(data)
        damaged[position] ^= 0x10
        damaged_file.write_bytes(bytes(damaged))
        with pytest.raises((SealedFileError, exchange.ResultsFileError)):
            ResultsService(services.store).import_files([damaged_file], by=by, key=keys[0])
    for size in (0, len(MAGIC), header, len(data) - 1):
        damaged_file.write_bytes(data[:size])
        with pytest.raises((SealedFileError, exchange.ResultsFileError)):
            ResultsService(services.store).import_files([damaged_file], by=by, key=keys[0])
    assert counts_in(services.store) == before


def test_an_encrypted_export_cannot_be_read_without_the_centres_key(
    station: World, files: tuple[Path, Path]
) -> None:
    """No pseudonym, scenario id, device id or name appears in the sealed file's bytes,
    and it is not gzip: without the key there is nothing to read."""
    _plain, sealed = files
    data = sealed.read_bytes()
    store = station.services.store
    secret = exchange.pseudonym_secret(store)
    with store.session() as session:
        profiles = session.query(schema.Profile).all()
        pseudonyms = [exchange.pseudonym(secret, p.id) for p in profiles]
        names = [p.display_name for p in profiles]
    needles = [*pseudonyms, *(p[:12] for p in pseudonyms), *names, "tutorial", store.device_id]
    for needle in needles:
        for encoding in ("utf-8", "utf-16-le"):
            assert needle.encode(encoding) not in data, needle
    assert not data.startswith(b"\x1f\x8b")
    with pytest.raises(exchange.ResultsFileError):
        exchange.decode_file(data)
