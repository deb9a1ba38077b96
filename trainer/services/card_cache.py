"""The library's cards from the last start, reused while no scenario folder has changed.

Reading and checking every scenario (YAML, schema, analysis) takes longer than starting
Qt; the cards it yields are small. The desktop app shows the library from this cache at
once and reads the folders behind it; the fresh cards then replace the cached ones and
are written back. Nothing played ever comes from here: starting a scenario uses the
freshly read file.

A folder's *signature* is a checksum of its scenario file's bytes and of the name, size
and modification time of every file in it, so an edited, added or removed file (an image
too) makes the cache stale. A cache written by another app version, or that fails to
read in any way, counts as no cache.
"""

from __future__ import annotations

import json
import os
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from trainer import __version__
from trainer.fileio import atomic_write_bytes
from trainer.scenario_io.folders import find_scenario_folders, scenario_file
from trainer.services.cards import ScenarioCard, unique

CACHE_FORMAT = 2  # 2: a pack's origin and signer on the card
#: Larger scenario files are read by the library anyway; the cache never hashes more.
_MAX_HASHED_BYTES = 8_000_000
#: A cache larger than this is not this app's (a thousand cards take about 2 MB).
MAX_CACHE_BYTES = 32 * 1024 * 1024


def folder_signature(folder: Path) -> str:
    """Checksums of the folder's scenario file and of its files' names, sizes and times.

    CRC-32, not a cryptographic hash: this only tells a changed folder from an unchanged
    one for a display cache (``hashlib`` alone would add a tenth of the start-up budget).
    """
    content = 0
    file = scenario_file(folder)
    if file is not None and file.is_symlink():
        size = -2  # refused by the reader, never read here (it may lead outside the folder)
    elif file is not None:
        try:
            with file.open("rb") as handle:
                data = handle.read(_MAX_HASHED_BYTES)
            content = zlib.crc32(data)
            size = len(data)
        except OSError as exc:
            size = -(exc.errno or 1)
    else:
        size = -1
    listing: list[str] = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root) / name
            try:
                stat = path.stat()
            except OSError:
                continue
            relative = path.relative_to(folder).as_posix()
            listing.append(f"{relative}\0{stat.st_size}\0{stat.st_mtime_ns}")
    files_crc = zlib.crc32("\n".join(listing).encode("utf-8", "surrogateescape"))
    return f"{content:08x}-{size}-{files_crc:08x}-{len(listing)}"


def trust_signature(trust_dir: Path | None) -> str:
    """The trusted centres' key files by name, size and time: trusting or forgetting a
    centre changes whether a pack's scenarios are official, so the cards go stale."""
    if trust_dir is None:
        return ""
    try:
        listing = sorted(
            f"{entry.name}\0{entry.stat().st_size}\0{entry.stat().st_mtime_ns}"
            for entry in os.scandir(trust_dir)
        )
    except OSError:
        return ""
    crc = zlib.crc32("\n".join(listing).encode("utf-8", "surrogateescape"))
    return f"{crc:08x}"


def cached_cards(
    cache_file: Path, roots: Sequence[tuple[Path, str]], trust_dir: Path | None = None
) -> list[ScenarioCard] | None:
    """The cards of every scenario folder under ``roots``, if the cache holds all of them
    unchanged (and the centres trusted in ``trust_dir`` too), in the order
    ``LibraryService.load`` lists them; else None."""
    try:
        if cache_file.stat().st_size > MAX_CACHE_BYTES:
            return None
        data = json.loads(cache_file.read_bytes())
        if data.get("format") != CACHE_FORMAT or data.get("app") != __version__:
            return None
        if data.get("trust") != trust_signature(trust_dir):
            return None
        stored: dict[str, Any] = {row["folder"]: row for row in data["cards"]}
        cards: list[ScenarioCard] = []
        for root, source in roots:
            for folder in find_scenario_folders(root):
                row = stored.get(str(folder))
                if row is None or row["signature"] != folder_signature(folder):
                    return None
                card = ScenarioCard.from_json(row["card"])
                if card.folder != folder or card.source != source:
                    return None
                cards.append(card)
        return unique(cards)  # as LibraryService.load
    except (
        OSError,
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
        RecursionError,  # deeply nested JSON: json.loads recurses
        MemoryError,
    ):
        return None  # any cache that cannot be read counts as none: the folders are read


class SignedCard(Protocol):
    """A freshly read folder's card and signature (``library.LibraryEntry`` is one).

    Declared here so that this module, which the library imports, never imports it back.
    """

    @property
    def folder(self) -> Path: ...

    @property
    def signature(self) -> str: ...

    @property
    def card(self) -> ScenarioCard: ...


def save_cards(
    cache_file: Path,
    entries: Iterable[SignedCard],
    trust: str = "",
) -> bool:
    """Write the cards of freshly read ``entries``; False if the file could not be written.

    ``trust`` is :func:`trust_signature` taken *before* the entries were read: a change
    meanwhile makes the cache stale, never wrong."""
    rows = [
        {"folder": str(entry.folder), "signature": entry.signature, "card": entry.card.to_json()}
        for entry in entries
        if entry.signature
    ]
    payload = {"format": CACHE_FORMAT, "app": __version__, "trust": trust, "cards": rows}
    data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    try:
        if cache_file.read_bytes() == data:
            return True  # unchanged: no write (and fsync) at every start
    except OSError:
        pass  # none yet, or unreadable: write it
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(cache_file, data)
    except OSError:
        return False  # a cache: the next start reads the folders instead
    return True
