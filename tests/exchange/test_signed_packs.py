"""Signed packs: official from a trusted centre, refused when tampered, confirmed otherwise."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path

import pytest

from tests.exchange.key_support import make_centre
from tests.exchange.pack_support import content, make_scenario, members_of, snapshot, write_zip
from trainer.exchange.centre_keys import CentreKey
from trainer.exchange.pack_signature import sign_manifest
from trainer.exchange.packs import ORIGIN_NAME, PackError
from trainer.exchange.trust_store import TrustStore
from trainer.services.packs import (
    INSTALLED,
    SKIPPED_SAME,
    TRUSTED,
    UNKNOWN_SIGNER,
    UNSIGNED,
    ScenarioPacks,
    UnofficialPackError,
)

SIG = "manifest.json.sig"


@pytest.fixture(scope="module")
def centre(tmp_path_factory: pytest.TempPathFactory) -> CentreKey:
    return make_centre(tmp_path_factory.mktemp("centre"), "Centrum Szkolenia Policji").key


@pytest.fixture(scope="module")
def stranger(tmp_path_factory: pytest.TempPathFactory) -> CentreKey:
    return make_centre(tmp_path_factory.mktemp("stranger"), "Centrum Szkolenia Policji").key


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "station"


@pytest.fixture
def packs(tmp_path: Path, data: Path, centre: CentreKey) -> ScenarioPacks:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    TrustStore.for_data_dir(data).add(centre.public)
    return ScenarioPacks(shipped=shipped, data_dir=data, app_version="test")


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return make_scenario(tmp_path / "authoring", "park-incident")


@pytest.fixture
def signed(tmp_path: Path, packs: ScenarioPacks, source: Path, centre: CentreKey) -> Path:
    target = tmp_path / "signed.zip"
    packs.export([str(source)], target, signer=centre)
    return target


def refused(
    packs: ScenarioPacks, data: Path, pack: Path, *needles: str, kind: str = "signature"
) -> None:
    """Import and inspect both refuse ``pack`` whole, even confirmed, writing nothing."""
    before = snapshot(data)
    for attempt in (
        lambda: packs.import_pack(pack, confirmed_unofficial=True),
        lambda: packs.inspect(pack),
    ):
        with pytest.raises(PackError) as caught:
            attempt()
        assert caught.value.member == SIG, str(caught.value)
        assert caught.value.kind == kind  # the GUI words the refusal from it
        for needle in needles:
            assert needle in str(caught.value)
    assert snapshot(data) == before


def rebuilt(target: Path, members: dict[str, bytes]) -> Path:
    return write_zip(target, sorted(members.items()))


# -- official ---------------------------------------------------------------------------------


def test_a_pack_signed_by_a_trusted_centre_imports_as_official(
    packs: ScenarioPacks, data: Path, signed: Path, source: Path, centre: CentreKey
) -> None:
    outcomes = packs.import_pack(signed)
    assert [(o.action, o.official, o.signed_by) for o in outcomes] == [
        (INSTALLED, True, "Centrum Szkolenia Policji")
    ]
    installed = data / "scenarios" / "park-incident"
    assert content(installed) == snapshot(source)  # the scenario's files byte for byte
    listed = {s.id: s for s in packs.installed()}["park-incident"]
    assert (listed.official, listed.signed_by) == (True, "Centrum Szkolenia Policji")
    assert listed.signer_fingerprint == centre.fingerprint
    origin = json.loads((installed / ORIGIN_NAME).read_text("utf-8"))
    assert origin["official"] is True and origin["signature"]["state"] == TRUSTED


def test_signed_export_is_deterministic_and_carries_the_signature(
    tmp_path: Path, packs: ScenarioPacks, source: Path, centre: CentreKey, signed: Path
) -> None:
    again = tmp_path / "again.zip"
    packs.export([str(source)], again, signer=centre)
    assert again.read_bytes() == signed.read_bytes()
    members = members_of(signed)
    assert sorted(members) == [
        "manifest.json",
        SIG,
        "scenarios/park-incident/media/plan.png",
        "scenarios/park-incident/scenario.map.json",
        "scenarios/park-incident/scenario.yaml",
    ]
    signature = json.loads(members[SIG])
    assert signature["centre"] == "Centrum Szkolenia Policji"
    assert signature["fingerprint"].replace(" ", "") == centre.fingerprint
    assert len(base64.b64decode(signature["signature"])) == 64
    # The signature member is the only difference from the unsigned pack.
    plain = tmp_path / "plain.zip"
    packs.export([str(source)], plain)
    assert {k: v for k, v in members.items() if k != SIG} == members_of(plain)


def test_inspect_says_what_import_would_do_and_writes_nothing(
    tmp_path: Path, packs: ScenarioPacks, data: Path, signed: Path, centre: CentreKey
) -> None:
    before = snapshot(data)
    inspection = packs.inspect(signed)
    assert snapshot(data) == before
    assert inspection.signature.state == TRUSTED
    assert inspection.signature.signer_name == "Centrum Szkolenia Policji"
    assert inspection.signature.fingerprint == centre.fingerprint
    [scenario] = inspection.scenarios
    assert (scenario.id, scenario.version, scenario.plan) == ("park-incident", 1, "install")
    assert scenario.title_pl and scenario.title_en
    packs.import_pack(signed)
    assert [s.plan for s in packs.inspect(signed).scenarios] == ["keep"]
    assert inspection.to_json()["signature"]["state"] == TRUSTED


# -- unofficial: unsigned or an unknown signer ------------------------------------------------


def test_an_unsigned_pack_needs_an_instructor(
    tmp_path: Path, packs: ScenarioPacks, data: Path, source: Path
) -> None:
    unsigned = tmp_path / "unsigned.zip"
    packs.export([str(source)], unsigned)
    before = snapshot(data)
    with pytest.raises(UnofficialPackError, match=r"not signed.*--by") as caught:
        packs.import_pack(unsigned)
    assert caught.value.signature.state == UNSIGNED
    assert snapshot(data) == before
    assert packs.inspect(unsigned).signature.state == UNSIGNED
    [outcome] = packs.import_pack(unsigned, confirmed_unofficial=True)
    assert (outcome.action, outcome.official, outcome.signed_by) == (INSTALLED, False, None)
    listed = {s.id: s for s in packs.installed()}["park-incident"]
    assert (listed.official, listed.signed_by) == (False, None)


def test_an_unknown_signer_needs_an_instructor(
    tmp_path: Path, packs: ScenarioPacks, data: Path, source: Path, stranger: CentreKey
) -> None:
    """Signed by a key with a trusted centre's *name* but not its keys: not official."""
    pack = tmp_path / "stranger.zip"
    packs.export([str(source)], pack, signer=stranger)
    with pytest.raises(UnofficialPackError, match="does not trust") as caught:
        packs.import_pack(pack)
    assert caught.value.signature.state == UNKNOWN_SIGNER
    assert caught.value.signature.fingerprint == stranger.fingerprint
    assert not (data / "scenarios").exists()
    [outcome] = packs.import_pack(pack, confirmed_unofficial=True)
    assert (outcome.official, outcome.signed_by) == (False, None)
    assert {s.id: s.official for s in packs.installed()}["park-incident"] is False


def test_the_same_files_signed_later_become_official(
    tmp_path: Path, packs: ScenarioPacks, source: Path, signed: Path
) -> None:
    unsigned = tmp_path / "unsigned.zip"
    packs.export([str(source)], unsigned)
    packs.import_pack(unsigned, confirmed_unofficial=True)
    [outcome] = packs.import_pack(signed)
    assert outcome.action == SKIPPED_SAME and "now official" in outcome.reason
    assert {s.id: s.signed_by for s in packs.installed()}["park-incident"] == (
        "Centrum Szkolenia Policji"
    )
    # ...and an unsigned copy of the same files does not take that away again.
    packs.import_pack(unsigned, confirmed_unofficial=True)
    assert {s.id: s.official for s in packs.installed()}["park-incident"] is True


def test_edited_or_forgotten_is_no_longer_official(
    packs: ScenarioPacks, data: Path, signed: Path, centre: CentreKey
) -> None:
    packs.import_pack(signed)
    scenario = data / "scenarios" / "park-incident" / "scenario.map.json"
    original = scenario.read_bytes()
    scenario.write_bytes(b'{"format": 2, "nodes": {}}')
    assert {s.id: s.official for s in packs.installed()}["park-incident"] is False
    scenario.write_bytes(original)
    assert {s.id: s.official for s in packs.installed()}["park-incident"] is True
    packs.trust.remove(centre.fingerprint)
    listed = {s.id: s for s in packs.installed()}["park-incident"]
    assert (listed.official, listed.signed_by) == (False, None)


def test_re_export_leaves_the_origin_record_out(
    tmp_path: Path, packs: ScenarioPacks, data: Path, signed: Path, centre: CentreKey
) -> None:
    packs.import_pack(signed)
    exported = packs.export(["park-incident"], tmp_path / "again.zip")
    assert exported.left_out == ()
    assert not any(ORIGIN_NAME in name for name in members_of(tmp_path / "again.zip"))
    # Installed, then signed again from the station: the very same bytes.
    packs.export(["park-incident"], tmp_path / "resigned.zip", signer=centre)
    assert (tmp_path / "resigned.zip").read_bytes() == signed.read_bytes()


# -- tampered: refused whole, even with an instructor ------------------------------------------


def test_a_file_changed_and_re_hashed_but_not_re_signed(
    tmp_path: Path, packs: ScenarioPacks, data: Path, signed: Path
) -> None:
    members = members_of(signed)
    name = "scenarios/park-incident/scenario.map.json"
    members[name] = b'{"format": 2, "nodes": {"x": [1.0, 2.0]}}'
    manifest = json.loads(members["manifest.json"])
    for entry in manifest["scenarios"][0]["files"]:
        if entry["path"] == "scenario.map.json":
            entry["size"] = len(members[name])
            entry["sha256"] = hashlib.sha256(members[name]).hexdigest()
    members["manifest.json"] = json.dumps(manifest, indent=1, sort_keys=True).encode()
    refused(packs, data, rebuilt(tmp_path / "t.zip", members), "does not match the manifest")


def test_a_file_changed_without_re_hashing(
    tmp_path: Path, packs: ScenarioPacks, data: Path, signed: Path
) -> None:
    members = members_of(signed)
    name = "scenarios/park-incident/scenario.map.json"
    members[name] = members[name].replace(b"at_door", b"at_d00r")  # same size
    before = snapshot(data)
    with pytest.raises(PackError, match="SHA-256"):
        packs.import_pack(rebuilt(tmp_path / "t.zip", members), confirmed_unofficial=True)
    assert snapshot(data) == before


def test_any_byte_of_the_manifest_changed(
    tmp_path: Path, packs: ScenarioPacks, data: Path, signed: Path
) -> None:
    members = members_of(signed)
    manifest = members["manifest.json"]
    for position in range(0, len(manifest), max(1, len(manifest) // 25)):
        changed = bytearray(manifest)
        changed[position] ^= 0x01
        members["manifest.json"] = bytes(changed)
        with pytest.raises(PackError) as caught:
            packs.import_pack(rebuilt(tmp_path / "t.zip", members), confirmed_unofficial=True)
        assert caught.value.member == SIG, (position, str(caught.value))
    assert not (data / "scenarios").exists()


def test_the_signature_bytes_flipped(
    tmp_path: Path, packs: ScenarioPacks, data: Path, signed: Path
) -> None:
    members = members_of(signed)
    value = json.loads(members[SIG])
    raw = bytearray(base64.b64decode(value["signature"]))
    for position in (0, 31, 32, 63):
        flipped = bytearray(raw)
        flipped[position] ^= 0x80
        value["signature"] = base64.b64encode(bytes(flipped)).decode()
        members[SIG] = json.dumps(value).encode()
        refused(packs, data, rebuilt(tmp_path / "t.zip", members), "does not match")


def test_the_signature_replaced_by_another_keys(
    tmp_path: Path, packs: ScenarioPacks, data: Path, signed: Path, stranger: CentreKey
) -> None:
    """Another key's signature under the trusted centre's name and keys: refused."""
    members = members_of(signed)
    value = json.loads(members[SIG])
    theirs = json.loads(sign_manifest(members["manifest.json"], stranger))
    value["signature"] = theirs["signature"]
    members[SIG] = json.dumps(value).encode()
    refused(packs, data, rebuilt(tmp_path / "t.zip", members), "does not match")


MALFORMED = [
    (b"", "JSON"),
    (b"not json", "JSON"),
    (b"[]", "object"),
    (b'{"format": "trainer-pack-signature"}', "version"),
]


@pytest.mark.parametrize(("raw", "needle"), MALFORMED)
def test_malformed_signature_members(
    tmp_path: Path, packs: ScenarioPacks, data: Path, signed: Path, raw: bytes, needle: str
) -> None:
    members = {**members_of(signed), SIG: raw}
    refused(packs, data, rebuilt(tmp_path / "t.zip", members), "malformed signature", needle)


@pytest.mark.parametrize(
    ("field", "value", "needle"),
    [
        ("fingerprint", "0000 0000 0000 0000", "fingerprint"),
        ("signature", "AAAA", "64-byte"),
        ("signature", "!!", "base64"),
        ("algorithm", "rsa", "Ed25519"),
        ("signed", "scenarios/x", "manifest.json"),
        ("extra", 1, "unknown field"),
        ("ed25519", "AAAA", "32-byte"),
        ("centre", "\u202eevil", "invisible"),
    ],
)
def test_signature_fields_that_do_not_hold(
    tmp_path: Path,
    packs: ScenarioPacks,
    data: Path,
    signed: Path,
    field: str,
    value: object,
    needle: str,
) -> None:
    members = members_of(signed)
    changed = json.loads(members[SIG])
    changed[field] = value
    members[SIG] = json.dumps(changed).encode()
    refused(packs, data, rebuilt(tmp_path / "t.zip", members), "malformed signature", needle)


def test_an_oversized_signature_member(
    tmp_path: Path, packs: ScenarioPacks, data: Path, signed: Path
) -> None:
    members = {**members_of(signed), SIG: b" " * 9000}
    refused(packs, data, rebuilt(tmp_path / "t.zip", members), "bytes", kind="too-large")


def test_an_origin_record_is_checked_afresh_not_believed(
    tmp_path: Path, packs: ScenarioPacks, data: Path, source: Path, centre: CentreKey
) -> None:
    """Official is re-derived from the kept manifest and signature at every listing: a
    record edited to say "official", or carrying another scenario's signed manifest, is
    not believed."""
    unsigned = tmp_path / "unsigned.zip"
    other = make_scenario(tmp_path / "other", "other-scenario")
    packs.export([str(other)], tmp_path / "other.zip", signer=centre)
    packs.export([str(source)], unsigned)
    packs.import_pack(unsigned, confirmed_unofficial=True)
    origin_file = data / "scenarios" / "park-incident" / ORIGIN_NAME
    forged = json.loads(origin_file.read_text("utf-8"))
    forged["official"] = True
    forged["signature"] = {"state": TRUSTED, "signer_name": "x", "fingerprint": "y"}
    origin_file.write_text(json.dumps(forged), "utf-8")
    assert {s.id: s.official for s in packs.installed()}["park-incident"] is False
    # A genuine signed manifest, but of another scenario: not this folder's.
    packs.import_pack(tmp_path / "other.zip")
    borrowed = json.loads((data / "scenarios" / "other-scenario" / ORIGIN_NAME).read_text("utf-8"))
    borrowed["scenario_id"] = "park-incident"
    origin_file.write_text(json.dumps(borrowed), "utf-8")
    listed = {s.id: s.official for s in packs.installed()}
    assert listed == {"park-incident": False, "other-scenario": True}
