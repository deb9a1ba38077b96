"""Helpers for the pack tests: small scenario folders, raw zips, and folder snapshots."""

from __future__ import annotations

import hashlib
import json
import shutil
import stat
import struct
import warnings
import zipfile
from pathlib import Path

from trainer.exchange.packs import ORIGIN_NAME
from trainer.services.packs import ScenarioPacks

REPO = Path(__file__).resolve().parents[2]
TUTORIAL = REPO / "scenarios" / "tutorial"
PNG = REPO / "scenarios" / "synagogue-graffiti" / "media" / "scene-plan.png"
SIDE_FILE = b'{"chapters": [], "format": 2, "nodes": {"at_door": [0.0, 0.0]}}\n'


def make_scenario(root: Path, scenario_id: str, *, version: int = 1, extra: bool = True) -> Path:
    """A valid scenario folder ``root/scenario_id`` (the tutorial under another id).

    With ``extra`` it also holds the map's side file and an image in ``media/``.
    """
    folder = root / scenario_id
    folder.mkdir(parents=True)
    text = (TUTORIAL / "scenario.yaml").read_text(encoding="utf-8")
    text = text.replace("\nid: tutorial\n", f"\nid: {scenario_id}\n", 1)
    text = text.replace("\nversion: 1\n", f"\nversion: {version}\n", 1)
    (folder / "scenario.yaml").write_text(text, encoding="utf-8")
    if extra:
        (folder / "scenario.map.json").write_bytes(SIDE_FILE)
        (folder / "media").mkdir()
        shutil.copyfile(PNG, folder / "media" / "plan.png")
    return folder


def packs_for(data_dir: Path, shipped: Path) -> ScenarioPacks:
    return ScenarioPacks(shipped=shipped, data_dir=data_dir, app_version="test")


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every entry under ``folder`` (hidden ones too): file bytes, or its kind."""
    entries: dict[str, bytes | str] = {}
    if not folder.exists():
        return entries
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_symlink():
            entries[name] = "link"
        elif path.is_dir():
            entries[name] = "folder"
        else:
            entries[name] = path.read_bytes()
    return entries


def content(folder: Path) -> dict[str, bytes | str]:
    """:func:`snapshot` of an installed folder without the station's origin record."""
    return {k: v for k, v in snapshot(folder).items() if k != ORIGIN_NAME}


def members_of(pack: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(pack) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def manifest_for(members: dict[str, bytes], *, versions: dict[str, int] | None = None) -> bytes:
    """A manifest listing ``members`` (names under scenarios/ID/) with true sizes and hashes."""
    scenarios: dict[str, list[dict[str, object]]] = {}
    for name, data in sorted(members.items()):
        parts = name.split("/", 2)
        if len(parts) < 3 or parts[0] != "scenarios":
            continue  # a name no manifest can list (it rides along unlisted)
        _, scenario_id, relative = parts
        scenarios.setdefault(scenario_id, []).append(
            {"path": relative, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
        )
    manifest = {
        "pack_format": 1,
        "created_by": {"app": "trainer", "version": "test"},
        "scenarios": [
            {
                "id": scenario_id,
                "version": (versions or {}).get(scenario_id, 1),
                "format": "1.1",
                "files": files,
            }
            for scenario_id, files in scenarios.items()
        ],
    }
    return json.dumps(manifest).encode("utf-8")


def write_zip(
    target: Path,
    members: list[tuple[str | zipfile.ZipInfo, bytes]],
    *,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A zip with exactly these members, in this order (duplicates allowed)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns of a duplicate name: we mean it
        with zipfile.ZipFile(target, "w", compression=compression) as archive:
            for name, data in members:
                archive.writestr(name, data)
    return target


def regular(name: str, mode: int = stat.S_IFREG | 0o644) -> zipfile.ZipInfo:
    """A member whose Unix mode bits are ``mode`` (a link, a FIFO, a device...)."""
    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = mode << 16
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def patch_central(pack: Path, member: str, **fields: int) -> None:
    """Change fields of ``member``'s central directory entry (and local header sizes).

    Fields: ``file_size`` (uncompressed size), ``flags``, ``offset`` (of the local
    header), ``name_bytes`` is not supported: names are changed with :func:`rename_raw`.
    """
    data = bytearray(pack.read_bytes())
    encoded = member.encode("utf-8")
    start = 0
    while True:
        start = data.index(b"PK\x01\x02", start)
        name_length = struct.unpack_from("<H", data, start + 28)[0]
        if bytes(data[start + 46 : start + 46 + name_length]) == encoded:
            break
        start += 4
    local = struct.unpack_from("<I", data, start + 42)[0]
    if "file_size" in fields:
        struct.pack_into("<I", data, start + 24, fields["file_size"])
        struct.pack_into("<I", data, local + 22, fields["file_size"])
    if "flags" in fields:
        struct.pack_into("<H", data, start + 8, fields["flags"])
    if "offset" in fields:
        struct.pack_into("<I", data, start + 42, fields["offset"])
    pack.write_bytes(bytes(data))


def rename_raw(pack: Path, old: bytes, new: bytes) -> None:
    """Replace a member name's bytes everywhere in the file (same length)."""
    assert len(old) == len(new)
    data = pack.read_bytes()
    assert old in data
    pack.write_bytes(data.replace(old, new))
