"""Scenario packs: round trip, determinism, version rules, and hostile packs refused."""

from __future__ import annotations

import json
import os
import shutil
import stat
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest

from tests.exchange.pack_support import (
    content,
    make_scenario,
    manifest_for,
    members_of,
    packs_for,
    patch_central,
    regular,
    rename_raw,
    snapshot,
    write_zip,
)
from trainer.exchange.packs import (
    MAX_MEMBERS,
    PACK_ERROR_KINDS,
    PackError,
    check_pack,
    read_member,
)
from trainer.services.packs import INSTALLED, REFUSED, REPLACED, SKIPPED_SAME, ScenarioPacks


@pytest.fixture
def shipped(tmp_path: Path) -> Path:
    folder = tmp_path / "shipped"
    folder.mkdir()
    return folder


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder that already holds one scenario of the user's."""
    folder = tmp_path / "data"
    make_scenario(folder / "scenarios", "kept")
    return folder


@pytest.fixture
def packs(data: Path, shipped: Path) -> ScenarioPacks:
    return packs_for(data, shipped)


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return make_scenario(tmp_path / "authoring", "incoming")


@pytest.fixture
def pack(tmp_path: Path, packs: ScenarioPacks, source: Path) -> Path:
    target = tmp_path / "incoming.zip"
    packs.export([str(source)], target)
    return target


# -- round trip and determinism ---------------------------------------------------------


def test_round_trip_gives_byte_identical_files(tmp_path: Path, shipped: Path, pack: Path) -> None:
    empty = tmp_path / "empty-data"
    outcomes = packs_for(empty, shipped).import_pack(pack, confirmed_unofficial=True)
    assert [(o.id, o.action) for o in outcomes] == [("incoming", INSTALLED)]
    installed = empty / "scenarios" / "incoming"
    assert content(installed) == snapshot(tmp_path / "authoring" / "incoming")
    assert set(content(installed)) == {
        "media",
        "media/plan.png",
        "scenario.map.json",
        "scenario.yaml",
    }
    # Nothing else is left in the data folder: the staging folder is gone.
    assert sorted(p.name for p in empty.iterdir()) == ["scenarios"]


def test_export_is_deterministic(tmp_path: Path, packs: ScenarioPacks, source: Path) -> None:
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    packs.export([str(source), "kept"], first)
    # A copy made later (other times, other inode order) gives the same bytes.
    copy = tmp_path / "elsewhere" / "incoming"
    shutil.copytree(source, copy)
    os.utime(copy / "scenario.yaml", (1, 1))
    packs.export(["kept", str(copy)], second)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["pack_format"] == 1 and manifest["created_by"]["version"] == "test"
    entry = next(s for s in manifest["scenarios"] if s["id"] == "incoming")
    assert entry["version"] == 1 and entry["format"] == "1.1"
    assert [f["path"] for f in entry["files"]] == [
        "media/plan.png",
        "scenario.map.json",
        "scenario.yaml",
    ]
    assert all(len(f["sha256"]) == 64 and f["size"] > 0 for f in entry["files"])


def test_export_refuses_an_invalid_scenario_naming_it(tmp_path: Path, packs: ScenarioPacks) -> None:
    broken = make_scenario(tmp_path / "drafts", "broken", extra=False)
    text = (broken / "scenario.yaml").read_text(encoding="utf-8")
    (broken / "scenario.yaml").write_text(text.replace("\nstart:", "\nstartx:", 1), "utf-8")
    with pytest.raises(PackError, match=r"broken.*cannot be exported"):
        packs.export([str(broken)], tmp_path / "out.zip")
    assert not (tmp_path / "out.zip").exists()


def test_export_by_id_and_unknown_id(tmp_path: Path, packs: ScenarioPacks) -> None:
    exported = packs.export(["kept"], tmp_path / "kept.zip")
    assert [s.id for s in exported.manifest.scenarios] == ["kept"]
    with pytest.raises(PackError, match="no installed scenario"):
        packs.export(["nothing-here"], tmp_path / "none.zip")


def test_export_leaves_out_other_files_and_refuses_links(
    tmp_path: Path, packs: ScenarioPacks, source: Path
) -> None:
    (source / "notes.txt").write_text("draft", encoding="utf-8")
    exported = packs.export([str(source)], tmp_path / "p.zip")
    assert ("incoming/notes.txt", "not a file type a pack carries") in exported.left_out
    assert "scenarios/incoming/notes.txt" not in members_of(tmp_path / "p.zip")
    (source / "media" / "link.png").symlink_to(source / "media" / "plan.png")
    with pytest.raises(PackError, match="symbolic link"):
        packs.export([str(source)], tmp_path / "q.zip")


# -- version rules ----------------------------------------------------------------------


def _export_version(tmp_path: Path, packs: ScenarioPacks, version: int, name: str) -> Path:
    folder = make_scenario(tmp_path / name, "kept", version=version)
    target = tmp_path / f"{name}.zip"
    packs.export([str(folder)], target)
    return target


def test_same_pack_twice_is_skipped(packs: ScenarioPacks, pack: Path, data: Path) -> None:
    assert packs.import_pack(pack, confirmed_unofficial=True)[0].action == INSTALLED
    before = snapshot(data)
    again = packs.import_pack(pack, confirmed_unofficial=True)[0]
    assert again.action == SKIPPED_SAME and snapshot(data) == before
    assert again.code == "same-files"


def test_newer_local_version_is_never_replaced(
    tmp_path: Path, packs: ScenarioPacks, data: Path
) -> None:
    local = data / "scenarios" / "kept" / "scenario.yaml"
    local.write_text(local.read_text("utf-8").replace("\nversion: 1\n", "\nversion: 5\n"), "utf-8")
    before = snapshot(data)
    older = _export_version(tmp_path, packs, 3, "old")
    for yes in (False, True):
        outcome = packs.import_pack(older, replace_same_version=yes, confirmed_unofficial=True)[0]
        assert outcome.action == REFUSED and outcome.previous_version == 5
        assert "version 5 is installed, newer" in outcome.reason
        assert outcome.code == "newer-installed"
        assert snapshot(data) == before


def test_older_local_version_is_replaced(tmp_path: Path, packs: ScenarioPacks, data: Path) -> None:
    newer = _export_version(tmp_path, packs, 2, "new")
    outcome = packs.import_pack(newer, confirmed_unofficial=True)[0]
    assert (outcome.action, outcome.previous_version, outcome.code) == (
        REPLACED,
        1,
        "older-replaced",
    )
    assert content(data / "scenarios" / "kept") == snapshot(tmp_path / "new" / "kept")


def test_same_version_other_content_needs_yes(
    tmp_path: Path, packs: ScenarioPacks, data: Path
) -> None:
    other = make_scenario(tmp_path / "other", "kept")
    (other / "scenario.map.json").write_text('{"format": 2, "nodes": {}}', encoding="utf-8")
    packs.export([str(other)], tmp_path / "other.zip")
    before = snapshot(data)
    refused = packs.import_pack(tmp_path / "other.zip", confirmed_unofficial=True)[0]
    assert refused.action == REFUSED and "different content" in refused.reason
    assert "--yes" in refused.reason and snapshot(data) == before
    replaced = packs.import_pack(
        tmp_path / "other.zip", replace_same_version=True, confirmed_unofficial=True
    )[0]
    assert (replaced.action, replaced.code) == (REPLACED, "same-replaced")
    assert refused.code == "same-version-differs"
    assert content(data / "scenarios" / "kept") == snapshot(other)


def test_a_refused_scenario_does_not_stop_the_others(
    tmp_path: Path, packs: ScenarioPacks, data: Path, source: Path
) -> None:
    local = data / "scenarios" / "kept" / "scenario.yaml"
    local.write_text(local.read_text("utf-8").replace("\nversion: 1\n", "\nversion: 9\n"), "utf-8")
    old = make_scenario(tmp_path / "old", "kept")
    packs.export([str(old), str(source)], tmp_path / "both.zip")
    outcomes = {
        o.id: o.action for o in packs.import_pack(tmp_path / "both.zip", confirmed_unofficial=True)
    }
    assert outcomes == {"kept": REFUSED, "incoming": INSTALLED}


def test_a_shipped_id_is_not_shadowed_silently(
    tmp_path: Path, data: Path, shipped: Path, pack: Path
) -> None:
    make_scenario(shipped, "incoming", version=1)
    same = packs_for(data, shipped).import_pack(pack, confirmed_unofficial=True)[0]
    assert (same.action, same.code) == (SKIPPED_SAME, "same-as-shipped")
    different = make_scenario(tmp_path / "v2", "incoming", version=2)
    packs_for(data, shipped).export([str(different)], tmp_path / "v2.zip")
    refused = packs_for(data, shipped).import_pack(tmp_path / "v2.zip", confirmed_unofficial=True)[
        0
    ]
    assert refused.action == REFUSED and "shipped" in refused.reason
    assert refused.code == "shipped-id"
    assert not (data / "scenarios" / "incoming").exists()


def test_scenarios_list(tmp_path: Path, packs: ScenarioPacks, data: Path, shipped: Path) -> None:
    make_scenario(shipped, "official", version=3, extra=False)
    listed = [s.to_json() for s in packs.installed()]
    assert listed == [
        {
            "id": "official",
            "version": 3,
            "source": "shipped",
            "path": str(shipped / "official"),
            "signed_by": None,
            "official": True,
            "signer_fingerprint": None,
            "from_pack": False,
        },
        {
            "id": "kept",
            "version": 1,
            "source": "user",
            "path": str(data / "scenarios" / "kept"),
            "signed_by": None,
            "official": False,
            "signer_fingerprint": None,
            "from_pack": False,
        },
    ]


# -- hostile packs: refused whole, nothing written --------------------------------------


def _refused(packs: ScenarioPacks, data: Path, pack: Path, *needles: str) -> str:
    """Import ``pack``, expect PackError with each needle; the data folder is unchanged."""
    before = snapshot(data)
    with pytest.raises(PackError) as caught:
        packs.import_pack(pack, confirmed_unofficial=True)
    message = str(caught.value)
    for needle in needles:
        assert needle in message, message
    assert snapshot(data) == before
    # The GUI words the refusal from its kind: every refusal has a specific one.
    assert caught.value.kind in PACK_ERROR_KINDS, caught.value.kind
    assert caught.value.kind != "other", message
    return message


def _with(
    pack: Path,
    target: Path,
    extra: dict[str, bytes],
    *,
    listed: bool = True,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """``pack``'s files plus ``extra``, listed in the manifest when ``listed``."""
    members = {k: v for k, v in members_of(pack).items() if k != "manifest.json"}
    files = {**members, **extra} if listed else members
    entries = [("manifest.json", manifest_for(files))]
    entries += sorted({**members, **extra}.items())
    return write_zip(target, list(entries), compression=compression)


HOSTILE_NAMES = [
    ("../evil.png", ".."),
    ("scenarios/incoming/../../evil.png", ".."),
    ("/etc/evil.png", "absolute"),
    ("C:/evil.png", "drive letter"),
    ("scenarios\\incoming\\evil.png", "backslash"),
    ("\\\\server\\share\\evil.png", "backslash"),
    ("scenarios/incoming/media/\x1bevil.png", "U+001B"),
    ("scenarios/incoming/media/\u202eevil.png", "U+202E"),
    ("scenarios/incoming/media/" + "a" * 120 + ".png", "over"),
    ("scenarios/incoming/media/CON.png", "reserved"),
    ("scenarios/incoming/media/aux.png", "reserved"),
    ("scenarios/incoming/COM1.yaml", "reserved"),
    ("scenarios/incoming/media/evil.png.", "dot or a space"),
    ("scenarios/incoming/media/evil .png ", "dot or a space"),
    ("scenarios/incoming/media/e\u0301vil.png", "NFC"),
    ("scenarios//incoming/evil.png", "empty"),
]


@pytest.mark.parametrize(("name", "rule"), HOSTILE_NAMES)
def test_hostile_member_names(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path, name: str, rule: str
) -> None:
    hostile = _with(pack, tmp_path / "hostile.zip", {name: b"x"})
    message = _refused(packs, data, hostile, rule)
    assert repr(name) in message


def test_nul_in_a_name(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    hostile = _with(pack, tmp_path / "nul.zip", {"scenarios/incoming/media/evilXpng.png": b"x"})
    rename_raw(hostile, b"evilXpng", b"evil\x00png")
    _refused(packs, data, hostile, "NUL")


@pytest.mark.parametrize(
    ("mode", "rule"),
    [
        (stat.S_IFLNK | 0o777, "symbolic link"),
        (stat.S_IFIFO | 0o644, "not a regular file"),
        (stat.S_IFCHR | 0o644, "not a regular file"),
        (stat.S_IFBLK | 0o644, "not a regular file"),
    ],
)
def test_links_and_special_files(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path, mode: int, rule: str
) -> None:
    members = members_of(pack)
    name = "scenarios/incoming/media/plan.png"
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = [
        (regular(n) if n != name else regular(n, mode), members[n]) for n in sorted(members)
    ]
    if stat.S_ISLNK(mode):
        entries.append((regular("scenarios/incoming/media/up.png", mode), b"/etc/passwd"))
    hostile = write_zip(tmp_path / "special.zip", entries)
    _refused(packs, data, hostile, rule, "plan.png")
    assert not any(p.is_symlink() for p in data.rglob("*"))


def test_folder_entry(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = list(members_of(pack).items())
    entries.append(("scenarios/incoming/empty/", b""))
    _refused(packs, data, write_zip(tmp_path / "dir.zip", entries), "folder entry")


def test_duplicate_names(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    entries: list[tuple[str | zipfile.ZipInfo, bytes]] = sorted(members_of(pack).items())
    entries.append(("scenarios/incoming/scenario.yaml", b"id: other\n"))
    _refused(packs, data, write_zip(tmp_path / "dup.zip", entries), "twice")


def test_case_clash(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    plan = members_of(pack)["scenarios/incoming/media/plan.png"]
    hostile = _with(pack, tmp_path / "case.zip", {"scenarios/incoming/media/PLAN.png": plan})
    _refused(packs, data, hostile, "case differs")
    hostile = _with(pack, tmp_path / "case2.zip", {"scenarios/incoming/Media/x.png": plan})
    _refused(packs, data, hostile, "case differs")


def test_unicode_normalisation_twins(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path
) -> None:
    plan = members_of(pack)["scenarios/incoming/media/plan.png"]
    hostile = _with(pack, tmp_path / "nfd.zip", {"scenarios/incoming/media/pl\u00e1n.png": plan})
    # The NFC spelling alone is fine (an accented name); its NFD twin is refused.
    assert packs.import_pack(hostile, confirmed_unofficial=True)[0].action == INSTALLED
    twin = _with(
        pack,
        tmp_path / "twin.zip",
        {
            "scenarios/incoming/media/pl\u00e1n.png": plan,
            "scenarios/incoming/media/pla\u0301n.png": plan,
        },
    )
    _refused(packs, data, twin, "NFC")


def test_huge_declared_size(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    hostile = tmp_path / "huge.zip"
    shutil.copyfile(pack, hostile)
    patch_central(hostile, "scenarios/incoming/media/plan.png", file_size=0xFFFF0000)
    _refused(packs, data, hostile, "plan.png", "declares")


def test_understated_size_is_refused(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path
) -> None:
    hostile = tmp_path / "short.zip"
    shutil.copyfile(pack, hostile)
    patch_central(hostile, "scenarios/incoming/scenario.yaml", file_size=1000)
    _refused(packs, data, hostile, "scenario.yaml")


def test_reading_stops_at_the_declared_size_and_the_cap(tmp_path: Path) -> None:
    bomb = write_zip(tmp_path / "bomb.zip", [("x.png", bytes(4 * 1024 * 1024))])
    patch_central(bomb, "x.png", file_size=1000)
    with zipfile.ZipFile(bomb) as archive:
        info = archive.getinfo("x.png")
        assert info.file_size == 1000
        # zipfile stops at the declared size; the checksum then gives the lie away.
        with pytest.raises(zipfile.BadZipFile):
            read_member(archive, info, 10**9)
    honest = write_zip(tmp_path / "honest.zip", [("x.png", bytes(100_000))])
    with zipfile.ZipFile(honest) as archive:
        with pytest.raises(PackError, match="more bytes than allowed"):
            read_member(archive, archive.getinfo("x.png"), 1000)
        assert read_member(archive, archive.getinfo("x.png"), 100_000) == bytes(100_000)


def test_high_ratio_bomb(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    zeros = bytes(8 * 1024 * 1024)
    hostile = _with(pack, tmp_path / "bomb.zip", {"scenarios/incoming/media/bomb.png": zeros})
    _refused(packs, data, hostile, "bomb.png", "100:1")


def test_total_over_the_cap(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    import trainer.exchange.packs as module

    hostile = _with(pack, tmp_path / "big.zip", {})
    total = sum(len(v) for v in members_of(hostile).values())
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(module, "MAX_TOTAL_BYTES", total - 1)
        _refused(packs, data, hostile, "limit")


def test_too_many_members(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    extra = {f"scenarios/incoming/media/{i}.png": b"" for i in range(MAX_MEMBERS)}
    hostile = _with(pack, tmp_path / "many.zip", extra)
    _refused(packs, data, hostile, "members")


def test_overlapping_members(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    hostile = tmp_path / "overlap.zip"
    shutil.copyfile(pack, hostile)
    patch_central(hostile, "scenarios/incoming/scenario.yaml", offset=0)
    _refused(packs, data, hostile)


def test_encrypted_member(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    hostile = tmp_path / "secret.zip"
    shutil.copyfile(pack, hostile)
    patch_central(hostile, "scenarios/incoming/scenario.yaml", flags=0x1)
    _refused(packs, data, hostile, "encrypted")


def test_wrong_hash(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    members = members_of(pack)
    name = "scenarios/incoming/scenario.yaml"
    members[name] = members[name].replace(b"Samouczek", b"Samouczeq")
    hostile = write_zip(tmp_path / "tampered.zip", sorted(members.items()))
    _refused(packs, data, hostile, "SHA-256", "scenario.yaml")


def test_extra_member(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    plan = members_of(pack)["scenarios/incoming/media/plan.png"]
    extra = {"scenarios/incoming/media/more.png": plan}
    hostile = _with(pack, tmp_path / "extra.zip", extra, listed=False)
    _refused(packs, data, hostile, "not listed in the manifest", "more.png")


def test_missing_member(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    members = members_of(pack)
    del members["scenarios/incoming/scenario.map.json"]
    hostile = write_zip(tmp_path / "missing.zip", sorted(members.items()))
    _refused(packs, data, hostile, "missing from the pack", "scenario.map.json")


def _png(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


@pytest.mark.parametrize(
    ("name", "content", "rule"),
    [
        ("scenarios/incoming/notes.txt", b"hello", "not a file type"),
        ("scenarios/incoming/run.sh", b"#!/bin/sh\n", "not a file type"),
        ("scenarios/incoming/media/plan.svg", b"<svg/>", "not a file type"),
        ("scenarios/incoming/glossary.yaml", b"a: b\n", "not a file type"),
        ("scenarios/incoming/media/inner.png", b"PK\x03\x04" + bytes(100), "PNG"),
        ("scenarios/incoming/media/bomb.png", _png(20000, 20000), "20000"),
        ("scenarios/incoming/media/cut.png", _png(10, 10)[:30], "PNG"),
        ("scenarios/incoming/media/wrong.jpg", b"", "JPEG"),
        ("scenarios/incoming/other.map.json", b"{}", "not a file type"),
    ],
)
def test_types_not_allowed(
    tmp_path: Path,
    packs: ScenarioPacks,
    data: Path,
    pack: Path,
    name: str,
    content: bytes,
    rule: str,
) -> None:
    if name.endswith("wrong.jpg"):  # a PNG under a JPEG name
        content = members_of(pack)["scenarios/incoming/media/plan.png"]
    hostile = _with(pack, tmp_path / "types.zip", {name: content})
    _refused(packs, data, hostile, rule, name.rsplit("/", 1)[1])


@pytest.mark.parametrize(
    ("side", "rule"),
    [
        (b'{"format": NaN}', "JSON"),
        (b'{"a": 1, "a": 2}', "JSON"),
        (b"[" * 100_000 + b"]" * 100_000, "JSON"),
        (b"\xff\xfe{}", "JSON"),
        (b"[]", "object"),
    ],
)
def test_side_file_json_attacks(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path, side: bytes, rule: str
) -> None:
    # Stored, not deflated: else the nesting is refused as a zip bomb before it is read.
    hostile = _with(
        pack,
        tmp_path / "side.zip",
        {"scenarios/incoming/scenario.map.json": side},
        compression=zipfile.ZIP_STORED,
    )
    _refused(packs, data, hostile, rule, "scenario.map.json")


@pytest.mark.parametrize(
    ("manifest", "rule"),
    [
        (b"not json", "JSON"),
        (b'{"pack_format": 1, "pack_format": 1}', "JSON"),
        (b'{"pack_format": NaN}', "JSON"),
        (b"[" * 100_000, "JSON"),
        (b'{"pack_format": 2, "created_by": {"version": "9"}, "scenarios": []}', "newer app"),
        (b'{"pack_format": 1, "created_by": {"version": "9"}, "scenarios": []}', "no scenario"),
    ],
)
def test_manifest_attacks(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path, manifest: bytes, rule: str
) -> None:
    members = members_of(pack)
    members["manifest.json"] = manifest
    hostile = write_zip(
        tmp_path / "manifest.zip", sorted(members.items()), compression=zipfile.ZIP_STORED
    )
    _refused(packs, data, hostile, rule, "manifest.json")


def test_a_signature_member_that_is_not_one_is_refused(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path
) -> None:
    entries = sorted({**members_of(pack), "manifest.json.sig": bytes(64)}.items())
    _refused(packs, data, write_zip(tmp_path / "signed.zip", entries), "malformed signature")


def test_invalid_scenario(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    members = {k: v for k, v in members_of(pack).items() if k != "manifest.json"}
    name = "scenarios/incoming/scenario.yaml"
    members[name] = members[name].replace(b"\nstart:", b"\nstartx:", 1)
    hostile = _with(pack, tmp_path / "invalid.zip", members)
    _refused(packs, data, hostile, "'incoming' does not validate")


def test_manifest_version_must_match_the_scenario(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path
) -> None:
    members = {k: v for k, v in members_of(pack).items() if k != "manifest.json"}
    entries = [("manifest.json", manifest_for(members, versions={"incoming": 7}))]
    hostile = write_zip(tmp_path / "version.zip", entries + sorted(members.items()))
    _refused(packs, data, hostile, "the manifest says version 7")


def test_truncated_zip(tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path) -> None:
    hostile = tmp_path / "cut.zip"
    hostile.write_bytes(pack.read_bytes()[: pack.stat().st_size // 2])
    _refused(packs, data, hostile, "not a readable zip")


def test_not_a_zip(tmp_path: Path, packs: ScenarioPacks, data: Path) -> None:
    hostile = tmp_path / "story.zip"
    hostile.write_text("this is not a zip file\n", encoding="utf-8")
    _refused(packs, data, hostile, "not a readable zip")


def test_check_pack_writes_nothing(tmp_path: Path, pack: Path) -> None:
    before = snapshot(tmp_path)
    checked = check_pack(pack)
    assert set(checked.files["incoming"]) == {
        "media/plan.png",
        "scenario.map.json",
        "scenario.yaml",
    }
    assert snapshot(tmp_path) == before


def test_a_failed_swap_keeps_the_old_copy(
    tmp_path: Path, packs: ScenarioPacks, data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    newer = _export_version(tmp_path, packs, 2, "new")
    before = snapshot(data)
    real_replace = os.replace
    calls: list[str] = []

    def failing_replace(source: str | Path, target: str | Path) -> None:
        calls.append(str(target))
        if len(calls) == 2:  # the new copy moving in, after the old one moved aside
            raise OSError(28, "No space left on device")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="No space"):
        packs.import_pack(newer, confirmed_unofficial=True)
    monkeypatch.setattr(os, "replace", real_replace)
    assert len(calls) == 3  # aside, in (failed), back
    assert snapshot(data) == before


def test_staging_left_by_a_killed_import_is_removed(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path
) -> None:
    dead = subprocess.Popen(["true"])  # a pid that has surely ended
    dead.wait()
    stale = data / f".pack-staging-{dead.pid}-abc"
    (stale / "incoming").mkdir(parents=True)
    (stale / "incoming" / "scenario.yaml").write_text("half", encoding="utf-8")
    live = data / f".pack-staging-{os.getppid()}-xyz"
    live.mkdir()
    packs.import_pack(pack, confirmed_unofficial=True)
    assert not stale.exists()
    assert live.exists()  # a running import's folder is never touched


def test_streamed_staging_writes_each_checked_file(tmp_path: Path, pack: Path) -> None:
    staging = tmp_path / "staging"
    staging.mkdir()
    checked = check_pack(pack, into=staging)
    assert checked.files == {"incoming": {}}
    assert snapshot(staging / "incoming") == snapshot(tmp_path / "authoring" / "incoming")


@pytest.mark.parametrize(
    "reference",
    [
        "../../outside.png",
        "/etc/passwd.png",
        "C:\\\\Windows\\\\win.png",
        "file:///etc/x.png",
        "%2e%2e/x.png",
        "",
        "media/PLAN.png",  # differs from media/plan.png only by case
        "media/unlisted.png",  # not in the pack (nor in the manifest)
    ],
)
def test_asset_references_are_checked_at_import(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path, reference: str
) -> None:
    """T23: the scenario's image references go through the real reader in staging."""
    members = {k: v for k, v in members_of(pack).items() if k != "manifest.json"}
    name = "scenarios/incoming/scenario.yaml"
    line = f'\n    image: "{reference}"\n    type: scene\n'.encode()
    members[name] = members[name].replace(b"\n    type: scene\n", line, 1)
    assert f'image: "{reference}"'.encode() in members[name]
    hostile = _with(pack, tmp_path / "asset.zip", members)
    message = _refused(packs, data, hostile, "'incoming' does not validate")
    assert "image" in message.split("does not validate", 1)[1]


def test_a_good_asset_reference_imports(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path
) -> None:
    """The control for the test above: the same edit with a sound path installs."""
    members = {k: v for k, v in members_of(pack).items() if k != "manifest.json"}
    name = "scenarios/incoming/scenario.yaml"
    line = b'\n    image: "media/plan.png"\n    image_alt: "a plan"\n    type: scene\n'
    members[name] = members[name].replace(b"\n    type: scene\n", line, 1)
    hostile = _with(pack, tmp_path / "asset.zip", members)
    assert packs.import_pack(hostile, confirmed_unofficial=True)[0].action == INSTALLED


def test_a_deflate_bomb_is_refused_fast(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path
) -> None:
    """T18: 200 MiB of zeros in about 200 KB is refused from its header, in well under 2 s."""
    import time

    bomb = tmp_path / "bomb.zip"
    members = members_of(pack)
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, content in sorted(members.items()):
            archive.writestr(member, content)
        with archive.open("scenarios/incoming/media/zeros.png", "w") as stream:
            for _ in range(200):
                stream.write(bytes(1024 * 1024))
    assert bomb.stat().st_size < 1024 * 1024
    started = time.monotonic()
    _refused(packs, data, bomb, "zeros.png", "declares")
    assert time.monotonic() - started < 2


@pytest.mark.parametrize(
    "text",
    [
        b"a: &x [1, 2]\nb: *x\n",
        b'x: !!python/object/apply:os.system ["touch pwned"]\n',
        b"x: !!binary aGVsbG8=\n",
        b"[" * 100_000,
        b"a: 1\na: 2\n",
        b"\xff\xfenot utf-8",
    ],
)
def test_yaml_attacks_are_refused(
    tmp_path: Path, packs: ScenarioPacks, data: Path, pack: Path, text: bytes
) -> None:
    """T19, through the real reader in staging: no code runs, no crash, nothing written."""
    members = {k: v for k, v in members_of(pack).items() if k != "manifest.json"}
    members["scenarios/incoming/scenario.yaml"] = text
    hostile = _with(pack, tmp_path / "yaml.zip", members, compression=zipfile.ZIP_STORED)
    _refused(packs, data, hostile, "'incoming' does not validate")
    assert not (Path.cwd() / "pwned").exists()
