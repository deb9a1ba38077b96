"""Sealed files: only the centre's private key opens them, and any change is refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.exchange.key_support import make_centre
from trainer.exchange.centre_keys import CentreKey
from trainer.exchange.sealed import (
    MAGIC,
    KeyNeededError,
    SealedFileError,
    is_sealed,
    open_sealed,
    read_header,
    seal,
)


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> CentreKey:
    return make_centre(tmp_path_factory.mktemp("centre"), "Centrum Szkolenia Policji").key


@pytest.fixture(scope="module")
def other(tmp_path_factory: pytest.TempPathFactory) -> CentreKey:
    return make_centre(tmp_path_factory.mktemp("other"), "Inne Centrum").key


@settings(max_examples=60, deadline=None)
@given(payload=st.binary(max_size=4096))
def test_round_trip(centre: CentreKey, payload: bytes) -> None:
    sealed = seal(payload, centre.public)
    assert is_sealed(sealed) and sealed.startswith(MAGIC)
    assert open_sealed(sealed, centre) == payload
    header = read_header(sealed)
    assert header.fingerprint == centre.fingerprint
    assert header.centre == "Centrum Szkolenia Policji"


def test_each_seal_is_fresh(centre: CentreKey) -> None:
    assert seal(b"same", centre.public) != seal(b"same", centre.public)


def test_without_the_key_or_with_another(centre: CentreKey, other: CentreKey) -> None:
    sealed = seal(b"results", centre.public)
    with pytest.raises(KeyNeededError, match=r"stick\.bin.*'Centrum Szkolenia Policji'.*--key"):
        open_sealed(sealed, None, "stick.bin")
    with pytest.raises(KeyNeededError, match=r"not for the key given.*'Inne Centrum'"):
        open_sealed(sealed, other, "stick.bin")


def test_another_key_under_the_right_fingerprint_opens_nothing(
    centre: CentreKey, other: CentreKey
) -> None:
    """The header's fingerprint only picks a key: the AEAD is what refuses."""
    sealed = bytearray(seal(b"results", centre.public))
    at = len(MAGIC) + 1
    sealed[at : at + 8] = bytes.fromhex(other.fingerprint)
    with pytest.raises(SealedFileError, match="damaged or altered"):
        open_sealed(bytes(sealed), other)


@settings(max_examples=200, deadline=None)
@given(payload=st.binary(min_size=1, max_size=512), data=st.data())
def test_any_flipped_byte_is_refused(
    centre: CentreKey, payload: bytes, data: st.DataObject
) -> None:
    sealed = seal(payload, centre.public)
    position = data.draw(st.integers(0, len(sealed) - 1))
    bit = data.draw(st.integers(0, 7))
    damaged = bytearray(sealed)
    damaged[position] ^= 1 << bit
    with pytest.raises(SealedFileError):
        open_sealed(bytes(damaged), centre)


def test_every_cut_is_refused(centre: CentreKey) -> None:
    sealed = seal(b"x" * 100, centre.public)
    for size in range(len(sealed)):
        with pytest.raises(SealedFileError):
            open_sealed(sealed[:size], centre)


def test_a_newer_version_is_named(centre: CentreKey, tmp_path: Path) -> None:
    sealed = bytearray(seal(b"x", centre.public))
    sealed[len(MAGIC)] = 2
    with pytest.raises(SealedFileError, match="version 2"):
        open_sealed(bytes(sealed), centre, tmp_path / "f")


def test_nothing_readable_in_a_sealed_file(centre: CentreKey) -> None:
    secret = b"anon-3f1c2b9a7d6e pseudonym synagogue-graffiti " * 20
    sealed = seal(secret, centre.public)
    for needle in (b"anon-3f1c2b9a7d6e", b"synagogue-graffiti", b"pseudonym"):
        assert needle not in sealed


@settings(max_examples=200, deadline=None)
@given(tail=st.binary(max_size=200))
def test_any_bytes_after_the_magic_are_refused_cleanly(centre: CentreKey, tail: bytes) -> None:
    with pytest.raises(SealedFileError):
        open_sealed(MAGIC + tail, centre)
