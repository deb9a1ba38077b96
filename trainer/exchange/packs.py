"""Scenario packs: a zip of scenario folders with a manifest, written and read safely.

A pack holds ``manifest.json`` and, for each scenario, its files under
``scenarios/<id>/``. The manifest names every file with its size and SHA-256, so a
detached Ed25519 signature over the manifest's exact bytes, in the member
``manifest.json.sig``, covers the whole pack (:mod:`trainer.exchange.pack_signature`).

Reading never trusts the zip: every member name, type, size and compression ratio is
checked from the central directory before a byte is inflated, data is streamed with
byte caps into a staging folder, and every file must match the manifest exactly
(docs/packs.md; reliability.md T17-T20, T23, T25, T26).
"""

from __future__ import annotations

import hashlib
import io
import itertools
import json
import re
import stat
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from trainer.domain.errors import TrainerError
from trainer.domain.ids import SCENARIO_ID_RE
from trainer.exchange.centre_keys import CentreKey
from trainer.exchange.pack_signature import (
    MAX_SIGNATURE_BYTES,
    SIGNATURE_NAME,
    PackSignature,
    SignatureFormatError,
    parse_signature,
    sign_manifest,
)
from trainer.exchange.twee import load_json
from trainer.scenario_io.folders import SCENARIO_FILES
from trainer.scenario_io.limits import IMAGE_MAX_BYTES, MAX_FILE_BYTES
from trainer.scenario_io.media import ALLOWED_SUFFIXES, image_bytes_problem, image_path_problem

#: The pack format this app writes and reads.
PACK_FORMAT = 1
MANIFEST_NAME = "manifest.json"
SCENARIOS_PREFIX = "scenarios/"
#: The station's record of where an installed folder came from (services.packs): about
#: this station, not content, so never exported.
ORIGIN_NAME = ".pack-origin.json"
#: Every member's timestamp: the same scenarios give the same bytes.
FIXED_DATE = (1980, 1, 1, 0, 0, 0)

# Caps (reliability.md T18).
MAX_MEMBERS = 5000
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIDE_FILE_BYTES = MAX_FILE_BYTES
MAX_RATIO = 100
#: Below this a member cannot be a bomb worth the name (the caps bound it); the ratio of
#: a tiny file of repeated bytes is meaningless.
RATIO_FLOOR_BYTES = 64 * 1024
MAX_NAME_CHARS = 240
MAX_PART_CHARS = 100
MAX_DEPTH = 8
MAX_SCENARIOS = 1000

_SIDE_SUFFIX = ".map.json"
_READ_CHUNK = 64 * 1024
_SHA256_RE = re.compile(r"\A[0-9a-f]{64}\Z")
_WINDOWS_RESERVED = re.compile(r"\A(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?\Z", re.IGNORECASE)
_WINDOWS_FORBIDDEN = frozenset('<>:"|?*')
_MSDOS_DIRECTORY = 0x10


#: The rules a pack can break, as :attr:`PackError.kind` names them.
PACK_ERROR_KINDS = (
    "not-a-pack",  # not a readable zip, or no manifest
    "unsupported",  # a zip feature packs never use (encryption, another compression)
    "format",  # a newer pack format
    "manifest",  # the manifest is damaged or contradicts itself
    "unsafe-name",  # a member name that could lead elsewhere or clash
    "link",  # a link or special file where a regular file must be
    "too-large",  # over a size, count or compression-ratio limit
    "changed",  # a file differs from what the manifest says, is missing or extra
    "file-type",  # a file type a pack may not carry, or a damaged image/side file
    "signature",  # a signature that does not verify
    "invalid-scenario",  # a scenario that does not validate
    "not-found",  # export: no such scenario
    "other",
)


class PackError(TrainerError):
    """A pack that cannot be written or read; the message names the member and the rule."""

    def __init__(self, message: str, *, member: str | None = None, kind: str = "other") -> None:
        self.member = member
        self.reason = message
        #: Which rule refused it, one of :data:`PACK_ERROR_KINDS`: the GUI words the
        #: refusal in the user's language from it (the message itself is English).
        self.kind = kind
        super().__init__(f"{member!r}: {message}" if member is not None else message)


# -- names ---------------------------------------------------------------------------


def member_name_problem(name: str) -> str | None:
    """Why ``name`` may not be a member of a pack, or None if it is a safe relative path.

    Only plain relative POSIX paths of portable parts pass: no absolute path, drive,
    backslash, ``.`` or ``..``, empty part, control or format character, Windows-reserved
    name, trailing dot or space, and nothing over the length limits. The name must be
    NFC, so two spellings of one name cannot both appear.
    """
    if not name:
        return "an empty member name"
    if len(name) > MAX_NAME_CHARS:
        return f"the name is over {MAX_NAME_CHARS} characters"
    for char in name:
        category = unicodedata.category(char)
        if category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            return f"the name holds the control or invisible character U+{ord(char):04X}"
    if unicodedata.normalize("NFC", name) != name:
        return "the name is not in Unicode normal form NFC"
    if "\\" in name:
        return "the name holds a backslash (a Windows path separator)"
    if name.startswith("/"):
        return "an absolute path"
    if ":" in name:
        return "the name holds ':' (a drive letter or a stream name)"
    parts = name.split("/")
    if len(parts) > MAX_DEPTH:
        return f"the path is more than {MAX_DEPTH} folders deep"
    for part in parts:
        if part in ("", ".", ".."):
            return "the path has an empty, '.' or '..' part (it must stay inside the pack)"
        if len(part) > MAX_PART_CHARS:
            return f"a part of the path is over {MAX_PART_CHARS} characters"
        if _WINDOWS_FORBIDDEN.intersection(part):
            return f"{part!r} holds a character Windows forbids in file names"
        if _WINDOWS_RESERVED.match(part):
            return f"{part!r} is a reserved device name on Windows"
        if part.endswith((" ", ".")):
            return f"{part!r} ends with a dot or a space"
    return None


def _file_kind(relative: str) -> str | None:
    """What a path inside a scenario folder may be: scenario, side, image; None if none."""
    path = PurePosixPath(relative)
    if len(path.parts) == 1 and relative in SCENARIO_FILES:
        return "scenario"
    if len(path.parts) == 1 and relative.endswith(_SIDE_SUFFIX):
        stem = relative[: -len(_SIDE_SUFFIX)]
        if any(PurePosixPath(name).stem == stem for name in SCENARIO_FILES):
            return "side"
    if path.suffix.lower() in ALLOWED_SUFFIXES and image_path_problem(relative) is None:
        return "image"
    return None


def _size_cap(kind: str) -> int:
    return {"scenario": MAX_FILE_BYTES, "side": MAX_SIDE_FILE_BYTES}.get(kind, IMAGE_MAX_BYTES)


def content_problem(relative: str, data: bytes) -> str | None:
    """Why a file's bytes may not travel in a pack (images sniffed, side file parsed)."""
    kind = _file_kind(relative)
    if kind is None:
        return "not a file type a pack may carry (scenario file, map side file, PNG/JPEG/WebP)"
    if len(data) > _size_cap(kind):
        return f"the file is {len(data):,} bytes; the limit for it is {_size_cap(kind):,}"
    if kind == "image":
        expected = ALLOWED_SUFFIXES[PurePosixPath(relative).suffix.lower()]
        return image_bytes_problem(data, expected)
    if kind == "side":
        try:
            value = load_json(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            return f"the map side file is not valid JSON: {exc}"
        if not isinstance(value, dict):
            return "the map side file is not a JSON object"
    return None


# -- the manifest --------------------------------------------------------------------


@dataclass(frozen=True)
class PackFile:
    """One file of a scenario in the manifest."""

    path: str  # relative to the scenario folder, '/'-separated
    size: int
    sha256: str


@dataclass(frozen=True)
class PackScenario:
    """One scenario in the manifest."""

    id: str
    version: int
    format: str
    files: tuple[PackFile, ...]

    def member(self, file: PackFile) -> str:
        """The zip member that holds ``file``."""
        return f"{SCENARIOS_PREFIX}{self.id}/{file.path}"


@dataclass(frozen=True)
class Manifest:
    """What a pack declares it holds."""

    pack_format: int
    app_version: str
    scenarios: tuple[PackScenario, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "pack_format": self.pack_format,
            "created_by": {"app": "trainer", "version": self.app_version},
            "scenarios": [
                {
                    "id": s.id,
                    "version": s.version,
                    "format": s.format,
                    "files": [
                        {"path": f.path, "size": f.size, "sha256": f.sha256} for f in s.files
                    ],
                }
                for s in self.scenarios
            ],
        }

    def to_bytes(self) -> bytes:
        """The manifest's bytes: deterministic (sorted keys), what a signature signs."""
        text = json.dumps(self.to_json(), ensure_ascii=False, indent=1, sort_keys=True)
        return (text + "\n").encode("utf-8")


def _field(data: dict[str, Any], key: str, kind: type, where: str) -> Any:
    value = data.get(key)
    if not isinstance(value, kind) or isinstance(value, bool):
        raise PackError(
            f"{where}: {key!r} is missing or not {kind.__name__}",
            member=MANIFEST_NAME,
            kind="manifest",
        )
    return value


def parse_manifest(raw: bytes) -> Manifest:
    """The manifest from its bytes; PackError naming what is wrong (strict JSON, T20)."""
    if len(raw) > MAX_MANIFEST_BYTES:
        raise PackError(f"over {MAX_MANIFEST_BYTES:,} bytes", member=MANIFEST_NAME, kind="manifest")
    try:
        data = load_json(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise PackError(f"not valid JSON: {exc}", member=MANIFEST_NAME, kind="manifest") from None
    if not isinstance(data, dict):
        raise PackError("not a JSON object", member=MANIFEST_NAME, kind="manifest")
    pack_format = _field(data, "pack_format", int, "the manifest")
    if pack_format != PACK_FORMAT:
        newer = " (made by a newer app: update this one)" if pack_format > PACK_FORMAT else ""
        raise PackError(
            f"pack format {pack_format} is not supported{newer}",
            member=MANIFEST_NAME,
            kind="format",
        )
    created = _field(data, "created_by", dict, "the manifest")
    app_version = _field(created, "version", str, "created_by")
    listed = _field(data, "scenarios", list, "the manifest")
    if not listed or len(listed) > MAX_SCENARIOS:
        raise PackError(
            f"lists no scenario, or over {MAX_SCENARIOS}", member=MANIFEST_NAME, kind="manifest"
        )
    scenarios: list[PackScenario] = []
    seen_ids: set[str] = set()
    for number, entry in enumerate(listed, 1):
        if not isinstance(entry, dict):
            raise PackError(
                f"scenario #{number} is not an object", member=MANIFEST_NAME, kind="manifest"
            )
        where = f"scenario #{number}"
        scenario_id = _field(entry, "id", str, where)
        if not SCENARIO_ID_RE.match(scenario_id):
            raise PackError(
                f"{where}: {scenario_id!r} is not a scenario id",
                member=MANIFEST_NAME,
                kind="manifest",
            )
        if scenario_id in seen_ids:
            raise PackError(
                f"the scenario {scenario_id!r} is listed twice",
                member=MANIFEST_NAME,
                kind="manifest",
            )
        seen_ids.add(scenario_id)
        files: list[PackFile] = []
        for item in _field(entry, "files", list, where):
            if not isinstance(item, dict):
                raise PackError(
                    f"{where}: a file entry is not an object", member=MANIFEST_NAME, kind="manifest"
                )
            path = _field(item, "path", str, where)
            size = _field(item, "size", int, where)
            digest = _field(item, "sha256", str, where)
            if size < 0 or not _SHA256_RE.match(digest):
                raise PackError(
                    f"{where}: {path!r} has a bad size or SHA-256",
                    member=MANIFEST_NAME,
                    kind="manifest",
                )
            files.append(PackFile(path, size, digest))
        scenarios.append(
            PackScenario(
                id=scenario_id,
                version=_field(entry, "version", int, where),
                format=_field(entry, "format", str, where),
                files=tuple(files),
            )
        )
    return Manifest(pack_format, app_version, tuple(scenarios))


# -- writing -------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportSource:
    """A valid scenario to put in a pack: its folder, id, version and format."""

    folder: Path
    id: str
    version: int
    format: str


@dataclass(frozen=True)
class Exported:
    """A pack written: its bytes, its manifest, and files left out (with why)."""

    data: bytes
    manifest: Manifest
    left_out: tuple[tuple[str, str], ...]


def _folder_files(source: ExportSource) -> tuple[list[tuple[str, bytes]], list[tuple[str, str]]]:
    """The files of ``source`` a pack carries (sorted), and those left out with the reason."""
    kept: list[tuple[str, bytes]] = []
    left_out: list[tuple[str, str]] = []
    for path in sorted(source.folder.rglob("*")):
        relative = path.relative_to(source.folder).as_posix()
        if path.is_symlink():
            raise PackError(
                f"in {source.id}: a symbolic link; a pack carries real files only",
                member=relative,
                kind="link",
            )
        if path.is_dir() or relative == ORIGIN_NAME:
            continue
        if any(part.startswith(".") for part in PurePosixPath(relative).parts):
            left_out.append((relative, "a hidden file"))
            continue
        if _file_kind(relative) is None:
            left_out.append((relative, "not a file type a pack carries"))
            continue
        if not stat.S_ISREG(path.stat().st_mode):
            raise PackError(f"in {source.id}: not a regular file", member=relative, kind="link")
        problem = member_name_problem(f"{SCENARIOS_PREFIX}{source.id}/{relative}")
        data = path.read_bytes()
        problem = problem or content_problem(relative, data)
        if problem is not None:
            raise PackError(f"in {source.id}: {problem}", member=relative, kind="unsafe-name")
        kept.append((relative, data))
    return kept, left_out


def _zip_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.create_system = 3  # Unix, so the mode below means what it says
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    return info


def build_pack(
    sources: Sequence[ExportSource], *, app_version: str, signer: CentreKey | None = None
) -> Exported:
    """The pack of ``sources`` (valid scenarios, distinct ids): same input, same bytes.

    With ``signer``, the manifest's signature rides in ``manifest.json.sig`` (Ed25519 is
    deterministic, so a signed pack is the same bytes every time too).
    """
    ids = [s.id for s in sources]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise PackError(f"the scenario {twice[0]!r} is given twice", kind="other")
    members: dict[str, bytes] = {}
    scenarios: list[PackScenario] = []
    left_out: list[tuple[str, str]] = []
    total = 0
    for source in sorted(sources, key=lambda s: s.id):
        files, skipped = _folder_files(source)
        left_out += [(f"{source.id}/{name}", why) for name, why in skipped]
        listed = []
        for relative, data in files:
            listed.append(PackFile(relative, len(data), hashlib.sha256(data).hexdigest()))
            members[f"{SCENARIOS_PREFIX}{source.id}/{relative}"] = data
            total += len(data)
        scenarios.append(PackScenario(source.id, source.version, source.format, tuple(listed)))
    if total > MAX_TOTAL_BYTES or len(members) + 1 > MAX_MEMBERS:
        raise PackError(
            "the scenarios are too large for one pack: export fewer at a time", kind="too-large"
        )
    manifest = Manifest(PACK_FORMAT, app_version, tuple(scenarios))
    members[MANIFEST_NAME] = manifest.to_bytes()
    if signer is not None:
        members[SIGNATURE_NAME] = sign_manifest(members[MANIFEST_NAME], signer)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in sorted(members):
            archive.writestr(_zip_info(name), members[name], compresslevel=6)
    return Exported(buffer.getvalue(), manifest, tuple(left_out))


# -- reading -------------------------------------------------------------------------


def _check_member_info(info: zipfile.ZipInfo) -> None:
    name = info.orig_filename
    if "\x00" in name:
        raise PackError("the name holds a NUL character", member=name, kind="unsafe-name")
    if info.is_dir() or info.external_attr & _MSDOS_DIRECTORY:
        raise PackError("a folder entry; a pack lists files only", member=name, kind="unsafe-name")
    problem = member_name_problem(name)
    if problem is not None:
        raise PackError(problem, member=name, kind="unsafe-name")
    if info.filename != name:  # zipfile rewrote it (a separator of this system)
        raise PackError(
            f"the name reads as {info.filename!r} here", member=name, kind="unsafe-name"
        )
    if info.flag_bits & 0x1:
        raise PackError("an encrypted member", member=name, kind="unsupported")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise PackError(
            "compressed with a method packs do not use", member=name, kind="unsupported"
        )
    mode = info.external_attr >> 16
    # No type bits at all (Python's own zipfile writes none) reads as a plain file.
    if info.create_system == 3 and stat.S_IFMT(mode) not in (0, stat.S_IFREG):
        what = "a symbolic link" if stat.S_ISLNK(mode) else "not a regular file (link, device)"
        raise PackError(f"{what}; a pack holds regular files only", member=name, kind="link")
    if info.file_size > MAX_MEMBER_BYTES:
        raise PackError(
            f"declares {info.file_size:,} bytes; the limit is {MAX_MEMBER_BYTES:,}",
            member=name,
            kind="too-large",
        )
    if info.file_size >= RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(
        info.compress_size, 1
    ):
        raise PackError(
            f"compressed over {MAX_RATIO}:1 ({info.file_size:,} bytes from"
            f" {info.compress_size:,}): a zip bomb?",
            member=name,
            kind="too-large",
        )


def _check_layout(infos: Sequence[zipfile.ZipInfo]) -> None:
    """No two members share a name (case and normal form ignored) or overlap on disk."""
    seen: dict[str, str] = {}
    folders: dict[str, str] = {}
    for info in infos:
        name = info.filename
        key = unicodedata.normalize("NFC", name).casefold()
        if key in seen:
            same = "twice" if seen[key] == name else f"as well as {seen[key]!r} (case differs)"
            raise PackError(f"the pack holds this name {same}", member=name, kind="unsafe-name")
        seen[key] = name
        parts = key.split("/")
        original = name.split("/")
        for depth in range(1, len(parts)):
            folder = "/".join(parts[:depth])
            spelled = "/".join(original[:depth])
            if folders.setdefault(folder, spelled) != spelled:
                raise PackError(
                    f"its folder clashes with {folders[folder]!r} (case differs)",
                    member=name,
                    kind="unsafe-name",
                )
    for key, name in seen.items():
        if key in folders:
            raise PackError(
                "a file with the name of a folder in the pack", member=name, kind="unsafe-name"
            )
    ordered = sorted(infos, key=lambda i: i.header_offset)
    for first, second in itertools.pairwise(ordered):
        if first.header_offset + first.compress_size >= second.header_offset:
            raise PackError(
                "overlaps another member in the file (a zip bomb?)",
                member=second.filename,
                kind="too-large",
            )
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES:
        raise PackError(
            f"the pack unpacks to {total:,} bytes; the limit is {MAX_TOTAL_BYTES:,}",
            kind="too-large",
        )
    packed = sum(i.compress_size for i in infos)
    if total >= RATIO_FLOOR_BYTES and total > MAX_RATIO * max(packed, 1):
        raise PackError(f"the pack is compressed over {MAX_RATIO}:1: a zip bomb?", kind="too-large")


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """A member's bytes, never more than ``cap`` (or its declared size) read."""
    limit = min(cap, info.file_size)
    chunks: list[bytes] = []
    read = 0
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(min(_READ_CHUNK, limit + 1 - read))
            if not chunk:
                break
            read += len(chunk)
            if read > limit:
                raise PackError(
                    "holds more bytes than allowed or than its header says",
                    member=info.filename,
                    kind="too-large",
                )
            chunks.append(chunk)
    if read != info.file_size:
        raise PackError(
            "holds fewer bytes than its header says", member=info.filename, kind="changed"
        )
    return b"".join(chunks)


@dataclass(frozen=True)
class CheckedPack:
    """A pack whose every member passed every check; files by scenario, ready to stage."""

    manifest: Manifest
    files: dict[str, dict[str, bytes]]  # scenario id → relative path → bytes
    #: The signature, verified against the manifest's bytes (None: an unsigned pack).
    #: Whether its signer is trusted is the caller's question (a station's trust store).
    signature: PackSignature | None = None
    #: The manifest's exact bytes (what the signature signs).
    manifest_bytes: bytes = b""


def check_pack(file: Path, *, into: Path | None = None, keep: bool = True) -> CheckedPack:
    """Read and check the pack ``file`` whole; PackError naming the member and the rule.

    Names, types, sizes, ratios and the manifest are all checked before a byte is
    inflated. Without ``into`` nothing is written anywhere: the files come back in
    memory (at most the caps). With ``into`` (an empty staging folder) each file is
    written to ``into/<id>/<path>`` once its own checks passed, and never held in
    memory with the others; on PackError the caller removes ``into``. ``keep=False``
    only checks: each file is dropped once checked.
    """
    try:
        with zipfile.ZipFile(file) as archive:
            return _check_archive(archive, into, keep=keep)
    except PackError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError) as exc:
        raise PackError(
            f"{file.name} is not a readable zip file ({exc})", kind="not-a-pack"
        ) from None
    except NotImplementedError as exc:
        raise PackError(
            f"{file.name} uses a zip feature packs do not use ({exc})", kind="unsupported"
        ) from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise PackError(
            f"{file.name} cannot be read as a pack ({exc})", kind="not-a-pack"
        ) from None


def _check_archive(archive: zipfile.ZipFile, into: Path | None, *, keep: bool) -> CheckedPack:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise PackError(
            f"the pack has {len(infos):,} members; the limit is {MAX_MEMBERS:,}", kind="too-large"
        )
    for info in infos:
        _check_member_info(info)
    _check_layout(infos)
    by_name = {info.filename: info for info in infos}
    if MANIFEST_NAME not in by_name:
        raise PackError(
            f"the pack has no {MANIFEST_NAME}: it is not a scenario pack", kind="not-a-pack"
        )
    manifest_bytes = read_member(archive, by_name[MANIFEST_NAME], MAX_MANIFEST_BYTES)
    signature = None
    if SIGNATURE_NAME in by_name:
        # Checked before the manifest is even parsed: a signature that does not verify
        # refuses the pack whoever the signer claims to be.
        raw = read_member(archive, by_name[SIGNATURE_NAME], MAX_SIGNATURE_BYTES)
        try:
            signature = parse_signature(raw)
        except SignatureFormatError as exc:
            raise PackError(
                f"a malformed signature: {exc}", member=SIGNATURE_NAME, kind="signature"
            ) from None
        if not signature.verifies(manifest_bytes):
            raise PackError(
                "the signature does not match the manifest: the pack was changed after it"
                f" was signed by {signature.key.centre!r}, or the signature is not theirs",
                member=SIGNATURE_NAME,
                kind="signature",
            )
    manifest = parse_manifest(manifest_bytes)
    expected: dict[str, tuple[PackScenario, PackFile]] = {}
    for scenario in manifest.scenarios:
        names = [f.path for f in scenario.files]
        if not any(name in SCENARIO_FILES for name in names):
            raise PackError(f"the scenario {scenario.id!r} lists no scenario file", kind="manifest")
        for pack_file in scenario.files:
            member = scenario.member(pack_file)
            problem = member_name_problem(member)
            if problem is None and _file_kind(pack_file.path) is None:
                problem = "not a file type a pack may carry (scenario file, map side file, image)"
            if problem is not None:
                raise PackError(f"in the manifest: {problem}", member=member, kind="unsafe-name")
            if member in expected:
                raise PackError("listed twice in the manifest", member=member, kind="manifest")
            expected[member] = (scenario, pack_file)
    for name in sorted(by_name):
        if name not in (MANIFEST_NAME, SIGNATURE_NAME) and name not in expected:
            raise PackError(
                "not listed in the manifest (nothing extra may ride along)",
                member=name,
                kind="changed",
            )
    for name in sorted(expected):
        if name not in by_name:
            raise PackError(
                "listed in the manifest but missing from the pack", member=name, kind="changed"
            )
    files: dict[str, dict[str, bytes]] = {s.id: {} for s in manifest.scenarios}
    for name in sorted(expected):
        scenario, pack_file = expected[name]
        info = by_name[name]
        if info.file_size != pack_file.size:
            raise PackError(
                f"is {info.file_size:,} bytes; the manifest says {pack_file.size:,}",
                member=name,
                kind="changed",
            )
        kind = _file_kind(pack_file.path)
        assert kind is not None  # checked above
        data = read_member(archive, info, _size_cap(kind))
        if hashlib.sha256(data).hexdigest() != pack_file.sha256:
            raise PackError(
                "its SHA-256 does not match the manifest (changed or damaged)",
                member=name,
                kind="changed",
            )
        problem = content_problem(pack_file.path, data)
        if problem is not None:
            raise PackError(problem, member=name, kind="file-type")
        if into is not None:
            _write_file(into / scenario.id, pack_file.path, data)
        elif keep:
            files[scenario.id][pack_file.path] = data
    return CheckedPack(manifest, files, signature, manifest_bytes)


def _write_file(folder: Path, relative: str, data: bytes) -> None:
    """Write one checked file as ``folder/relative`` (a new file: never over another)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder.joinpath(*relative.split("/"))
    # The names passed member_name_problem; this is a second lock on the door.
    if not target.resolve().is_relative_to(folder.resolve()):
        raise PackError("leads outside the scenario folder", member=relative, kind="unsafe-name")
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("xb") as handle:
        handle.write(data)


def write_files(folder: Path, files: Iterable[tuple[str, bytes]]) -> None:
    """Write checked pack files into the new folder ``folder`` (created, must not exist)."""
    folder.mkdir()
    for relative, data in files:
        _write_file(folder, relative, data)


__all__ = [
    "MANIFEST_NAME",
    "ORIGIN_NAME",
    "PACK_ERROR_KINDS",
    "PACK_FORMAT",
    "SIGNATURE_NAME",
    "CheckedPack",
    "ExportSource",
    "Exported",
    "Manifest",
    "PackError",
    "PackFile",
    "PackScenario",
    "build_pack",
    "check_pack",
    "content_problem",
    "member_name_problem",
    "parse_manifest",
    "write_files",
]
