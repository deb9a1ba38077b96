"""Bringing a picture into a scenario: checked as the reader checks it, copied into media/.

Qt-free. The checks are the reader's own (:mod:`trainer.scenario_io.media`), so a
picture the editor accepts is one the validator and the player accept.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from trainer.scenario_io.limits import IMAGE_MAX_BYTES, IMAGE_WARN_BYTES
from trainer.scenario_io.media import ALLOWED_SUFFIXES, image_bytes_problem

MEDIA = "media"
_UNSAFE = re.compile(r"[^a-z0-9_-]+")
_MAX_STEM = 48
# Letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})
# Names Windows keeps for devices, refused by the reader in any image path.
_RESERVED = re.compile(r"\A(con|prn|aux|nul|com[0-9]|lpt[0-9])\Z")


@dataclass(frozen=True)
class ImageRefused(Exception):
    """Why a picture cannot be used: ``reason`` is ``type``, ``size`` or ``content``."""

    reason: str
    detail: str = ""


def safe_stem(name: str) -> str:
    """A file name stem every system and the format accept.

    ``Żółta Ściana (2)`` → ``zolta-sciana-2``.
    """
    letters = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    ascii_name = letters.encode("ascii", "ignore").decode()
    stem = _UNSAFE.sub("-", ascii_name.lower()).strip("-_")[:_MAX_STEM].strip("-_")
    if _RESERVED.match(stem):
        stem = f"image-{stem}"
    return stem or "image"


def check_image_file(source: Path) -> int:
    """The size of ``source`` in bytes if it is a picture the scenario may use.

    Raises:
        ImageRefused: not PNG/JPEG/WebP by name or content, damaged, too large or too big.
    """
    suffix = source.suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        raise ImageRefused("type", suffix or "?")
    try:
        size = source.stat().st_size
        if size > IMAGE_MAX_BYTES:
            raise ImageRefused("size", f"{size / 1_000_000:.1f}")
        data = source.read_bytes()
    except OSError as exc:
        raise ImageRefused("content", exc.strerror or str(exc)) from exc
    problem = image_bytes_problem(data, ALLOWED_SUFFIXES[suffix])
    if problem is not None:
        raise ImageRefused("content", problem)
    return size


def is_large(size: int) -> bool:
    return size > IMAGE_WARN_BYTES


def copy_into_media(source: Path, folder: Path) -> str:
    """Copy ``source`` into ``folder/media`` under a safe name; the reference for ``image``.

    The same picture already there is reused; a different one with the same name gets
    a number (``plan-2.png``), so nothing in the folder is overwritten.
    """
    media = folder / MEDIA
    media.mkdir(parents=True, exist_ok=True)
    suffix = source.suffix.lower()
    stem = safe_stem(source.stem)
    data = source.read_bytes()
    number = 1
    while True:
        name = f"{stem}{suffix}" if number == 1 else f"{stem}-{number}{suffix}"
        target = media / name
        if not target.exists():
            shutil.copyfile(source, target)
            return f"{MEDIA}/{name}"
        if target.is_file() and target.read_bytes() == data:
            return f"{MEDIA}/{name}"
        number += 1
