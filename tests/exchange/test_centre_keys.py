"""A centre's key files and a station's trust store."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.exchange.key_support import CHEAP_N, PASSPHRASE, make_centre
from trainer.exchange.centre_keys import (
    CentreKeyError,
    PassphraseError,
    fingerprint_of,
    grouped,
    new_centre_key,
    parse_fingerprint,
    parse_public_key,
    private_key_bytes,
    read_private_key,
    read_public_key,
    write_new_keys,
)
from trainer.exchange.pack_signature import SignatureFormatError, parse_signature
from trainer.exchange.trust_store import NotTrustedError, TrustStore


def test_create_writes_a_private_and_a_public_file(tmp_path: Path) -> None:
    written = make_centre(tmp_path / "keys", "Centrum Szkolenia Policji w Legionowie")
    assert written.private.name == "Centrum-Szkolenia-Policji-w-Legionowie.centre-key.json"
    assert written.public.name == "Centrum-Szkolenia-Policji-w-Legionowie.centre-pub.json"
    public = json.loads(written.public.read_text("utf-8"))
    assert public["centre"] == "Centrum Szkolenia Policji w Legionowie"
    assert public["fingerprint"] == grouped(written.key.fingerprint)
    assert len(public["fingerprint"]) == 19 and public["fingerprint"].count(" ") == 3
    assert set(public) == {
        "format",
        "format_version",
        "centre",
        "created_at",
        "ed25519",
        "x25519",
        "fingerprint",
    }
    private_text = written.private.read_text("utf-8")
    assert private_text.count("-----BEGIN ENCRYPTED PRIVATE KEY-----") == 2
    assert "BEGIN PRIVATE KEY" not in private_text
    if os.name == "posix":
        assert stat.S_IMODE(written.private.stat().st_mode) == 0o600


def test_the_private_key_opens_with_its_passphrase_only(tmp_path: Path) -> None:
    written = make_centre(tmp_path)
    opened = read_private_key(written.private, PASSPHRASE)
    assert opened.public == read_public_key(written.public) == written.key.public
    message = b"a manifest"
    assert opened.public.verifies(opened.sign(message), message)
    with pytest.raises(PassphraseError, match="passphrase is wrong"):
        read_private_key(written.private, PASSPHRASE + "x")
    with pytest.raises(CentreKeyError, match="public key file"):
        read_private_key(written.public, PASSPHRASE)
    with pytest.raises(CentreKeyError, match="PRIVATE key file"):
        read_public_key(written.private)


def test_never_overwrites(tmp_path: Path) -> None:
    written = make_centre(tmp_path)
    before = written.private.read_bytes()
    with pytest.raises(CentreKeyError, match="never overwritten"):
        make_centre(tmp_path)
    assert written.private.read_bytes() == before


@pytest.mark.parametrize("passphrase", ["", "            ", "short-one"])
def test_weak_passphrases_are_refused(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(CentreKeyError, match="passphrase"):
        write_new_keys("Centrum", passphrase, tmp_path, created_at="x", scrypt_n=CHEAP_N)
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("name", ["", " Centrum", "Centrum\x1b[31m", "C" * 81, "a\u202eb"])
def test_bad_centre_names_are_refused(name: str) -> None:
    with pytest.raises(CentreKeyError):
        new_centre_key(name, created_at="x")


def _edited(path: Path, **changes: object) -> Path:
    data = json.loads(path.read_text("utf-8"))
    data.update(changes)
    path.write_text(json.dumps(data), "utf-8")
    return path


def test_altered_key_files_are_refused(tmp_path: Path) -> None:
    first = make_centre(tmp_path / "a")
    other = make_centre(tmp_path / "b", "Inne Centrum")
    public = json.loads(first.public.read_text("utf-8"))
    with pytest.raises(CentreKeyError, match="fingerprint"):
        read_public_key(
            _edited(first.public, x25519=json.loads(other.public.read_text())["x25519"])
        )
    _edited(first.public, **public)
    with pytest.raises(CentreKeyError, match="fingerprint"):
        read_public_key(_edited(first.public, fingerprint="0000 0000 0000 0000"))
    # Private keys of one centre under another's public keys: refused, not half-used.
    mixed = json.loads(first.private.read_text("utf-8"))
    theirs = json.loads(other.private.read_text("utf-8"))
    for field in ("ed25519", "x25519", "fingerprint", "centre"):
        mixed[field] = theirs[field]
    (tmp_path / "mixed.json").write_text(json.dumps(mixed), "utf-8")
    with pytest.raises(CentreKeyError, match="do not match"):
        read_private_key(tmp_path / "mixed.json", PASSPHRASE)
    with pytest.raises(CentreKeyError, match="scrypt"):
        read_private_key(
            _edited(first.private, kdf={"name": "scrypt", "salt": "AA==", "n": 2**30, "r": 8}),
            PASSPHRASE,
        )
    for junk in (b"", b"not json", b"[]", b'{"format": "x"}', b"{" * 5000, b"x" * 70000):
        (tmp_path / "junk.json").write_bytes(junk)
        with pytest.raises(CentreKeyError):
            read_public_key(tmp_path / "junk.json")
        with pytest.raises(CentreKeyError):
            read_private_key(tmp_path / "junk.json", PASSPHRASE)


def test_the_stretched_passphrase_is_what_protects_the_keys(tmp_path: Path) -> None:
    """The PKCS#8 password is scrypt's output: the passphrase itself opens nothing."""
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    written = make_centre(tmp_path)
    pem = json.loads(written.private.read_text("utf-8"))["ed25519_private"].encode()
    with pytest.raises(ValueError):
        load_pem_private_key(pem, PASSPHRASE.encode())
    data = private_key_bytes(written.key, PASSPHRASE, scrypt_n=CHEAP_N)
    assert data != private_key_bytes(written.key, PASSPHRASE, scrypt_n=CHEAP_N)  # fresh salt


@given(st.binary(min_size=32, max_size=32), st.binary(min_size=32, max_size=32))
def test_fingerprints_read_back_however_typed(signing: bytes, encryption: bytes) -> None:
    fingerprint = fingerprint_of(signing, encryption)
    assert len(fingerprint) == 16
    for typed in (fingerprint, grouped(fingerprint), fingerprint.upper(), ":".join(fingerprint)):
        assert parse_fingerprint(typed) == fingerprint
    assert fingerprint_of(encryption, signing) != fingerprint or signing == encryption


@pytest.mark.parametrize("text", ["", "1234", "zzzz zzzz zzzz zzzz", "1a2b3c4d5e6f7a8b9"])
def test_not_fingerprints(text: str) -> None:
    with pytest.raises(ValueError, match="fingerprint"):
        parse_fingerprint(text)


# -- the trust store -------------------------------------------------------------------------


def test_trust_list_find_and_forget(tmp_path: Path) -> None:
    store = TrustStore(tmp_path / "data" / "trust")
    assert store.centres() == [] and store.problems() == []
    first = make_centre(tmp_path / "a", "Zachodnie Centrum").key.public
    second = make_centre(tmp_path / "b", "Centrum Wschód").key.public
    path, new = store.add(first)
    assert new and path.name == f"{first.fingerprint}.centre-pub.json"
    assert store.add(first)[1] is False
    store.add(second)
    assert [k.centre for k in store.centres()] == ["Centrum Wschód", "Zachodnie Centrum"]
    assert store.find(first.fingerprint) == first and store.trusts(first)
    assert store.remove(first.fingerprint) == first
    assert not store.trusts(first) and store.find(first.fingerprint) is None
    with pytest.raises(NotTrustedError, match="no trusted centre"):
        store.remove(first.fingerprint)


def test_damaged_or_renamed_files_are_trusted_for_nothing(tmp_path: Path) -> None:
    store = TrustStore(tmp_path / "trust")
    key = make_centre(tmp_path / "a").key.public
    path, _ = store.add(key)
    renamed = path.with_name(f"{'0' * 16}.centre-pub.json")
    path.rename(renamed)
    (store.folder / "broken.centre-pub.json").write_text("{", "utf-8")
    assert store.centres() == [] and not store.trusts(key)
    problems = {p.path.name: p.detail for p in store.problems()}
    assert "fingerprint" in problems[renamed.name]
    assert "JSON" in problems["broken.centre-pub.json"]


def test_trust_is_by_the_full_keys_not_the_fingerprint(tmp_path: Path) -> None:
    """A key file that claims a trusted fingerprint but holds other keys is not trusted."""
    store = TrustStore(tmp_path / "trust")
    trusted = make_centre(tmp_path / "a").key.public
    store.add(trusted)
    impostor = make_centre(tmp_path / "b").key.public
    from dataclasses import replace

    assert not store.trusts(replace(impostor, centre=trusted.centre))
    assert not store.trusts(replace(trusted, signing=impostor.signing))


# -- parsers never raise anything but their own error -----------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=12,
)
_KEY_FIELDS = ["format", "format_version", "centre", "created_at", "ed25519", "x25519"]


@given(
    st.fixed_dictionaries(
        {},
        optional={
            **{field: _JSON for field in _KEY_FIELDS},
            "fingerprint": _JSON | st.just("0000 0000 0000 0000"),
        },
    )
)
def test_public_key_parser_only_raises_its_error(value: dict[str, object]) -> None:
    value.setdefault("format", "trainer-centre-public-key")
    # Random fields never make a key whose fingerprint matches: always refused, cleanly.
    with pytest.raises(CentreKeyError):
        parse_public_key(json.dumps(value).encode(), "fuzz")


@given(st.binary(max_size=300))
def test_public_key_parser_on_any_bytes(data: bytes) -> None:
    with pytest.raises(CentreKeyError):
        parse_public_key(data, "fuzz")


@given(st.dictionaries(st.sampled_from([*_KEY_FIELDS, "algorithm", "signed", "signature"]), _JSON))
def test_signature_parser_only_raises_its_error(value: dict[str, object]) -> None:
    value.setdefault("format", "trainer-pack-signature")
    with pytest.raises(SignatureFormatError):
        parse_signature(json.dumps(value).encode())
