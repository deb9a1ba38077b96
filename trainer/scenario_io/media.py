"""Checks of the images a scenario references: inside its folder, real, and small enough."""

from __future__ import annotations

import re
import struct
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from trainer.domain.findings import Finding, error, warning
from trainer.scenario_io.limits import IMAGE_MAX_BYTES, IMAGE_MAX_SIDE, IMAGE_WARN_BYTES

if TYPE_CHECKING:  # the model is only needed by check_images' callers, who have it
    from trainer.domain.model import Scenario

ALLOWED_SUFFIXES = {".png": "png", ".jpg": "jpeg", ".jpeg": "jpeg", ".webp": "webp"}
_SCHEME_RE = re.compile(r"\A[A-Za-z][A-Za-z0-9+.-]*:")
_WINDOWS_RESERVED = re.compile(r"\A(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?\Z", re.IGNORECASE)


def image_path_problem(reference: str) -> str | None:
    """Why ``reference`` is not an acceptable relative image path, or None."""
    if not reference:
        return "the image path is empty"
    if "\\" in reference:
        return "use / in image paths, not \\"
    if reference.startswith("/") or _SCHEME_RE.match(reference):
        return "the image path must be relative to the scenario folder (no /, no URL, no drive)"
    if "%" in reference:
        return "the image path must not contain % escapes"
    parts = PurePosixPath(reference).parts
    if any(part in ("..", ".") for part in parts):
        return "the image path must stay inside the scenario folder (no . or ..)"
    for part in parts:
        if _WINDOWS_RESERVED.match(part) or part.endswith((" ", ".")):
            return f"{part!r} is not a portable file name"
    suffix = PurePosixPath(reference).suffix.lower()
    if suffix not in ALLOWED_SUFFIXES:
        return f"images must be PNG, JPEG or WebP, not {suffix or 'a file without extension'}"
    return None


def sniff_image(head: bytes) -> tuple[str, int, int] | None:
    """The format and size (width, height) from a file's first bytes, or None if unknown."""
    if head.startswith(b"\x89PNG\r\n\x1a\n") and len(head) >= 24 and head[12:16] == b"IHDR":
        width, height = struct.unpack(">II", head[16:24])
        return "png", width, height
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return _webp_size(head)
    if head.startswith(b"\xff\xd8"):
        return _jpeg_size(head)
    return None


def _webp_size(head: bytes) -> tuple[str, int, int] | None:
    chunk = head[12:16]
    if chunk == b"VP8X" and len(head) >= 30:
        width = 1 + int.from_bytes(head[24:27], "little")
        height = 1 + int.from_bytes(head[27:30], "little")
        return "webp", width, height
    if chunk == b"VP8 " and len(head) >= 30:
        width, height = struct.unpack("<HH", head[26:30])
        return "webp", width & 0x3FFF, height & 0x3FFF
    if chunk == b"VP8L" and len(head) >= 25:
        bits = int.from_bytes(head[21:25], "little")
        return "webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    return None


def _jpeg_size(head: bytes) -> tuple[str, int, int] | None:
    offset = 2
    while offset + 9 < len(head):
        if head[offset] != 0xFF:
            return None
        marker = head[offset + 1]
        length = struct.unpack(">H", head[offset + 2 : offset + 4])[0]
        if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE):
            height, width = struct.unpack(">HH", head[offset + 5 : offset + 9])
            return "jpeg", width, height
        offset += 2 + length
    return None


def resolve_image(folder: Path, reference: str) -> Path:
    """The file an image reference names, refusing anything outside ``folder``.

    Raises ValueError with a reason. Symbolic links are resolved first, so a link
    inside the folder that points outside it is refused too.
    """
    problem = image_path_problem(reference)
    if problem is not None:
        raise ValueError(problem)
    root = folder.resolve()
    target = (root / reference).resolve()
    if not target.is_relative_to(root):
        raise ValueError("the image path leads outside the scenario folder")
    return target


def check_images(scenario: Scenario, folder: Path) -> Iterator[Finding]:
    """Findings for every node image: path safety, existence, type, size, dimensions."""
    for node in scenario.nodes.values():
        if node.image is None:
            continue
        where = {"path": ("nodes", node.id, "image"), "node": node.id}
        try:
            target = resolve_image(folder, node.image)
        except ValueError as exc:
            yield error("bad-image-path", f"{node.image!r}: {exc}", **where)
            continue
        if not target.is_file():
            yield error("missing-image", f"the image {node.image!r} does not exist", **where)
            continue
        size = target.stat().st_size
        if size > IMAGE_MAX_BYTES:
            yield error(
                "image-too-large",
                f"the image {node.image!r} is {size / 1e6:.1f} MB; the limit is "
                f"{IMAGE_MAX_BYTES / 1e6:.0f} MB",
                **where,
            )
            continue
        if size > IMAGE_WARN_BYTES:
            yield warning(
                "large-image",
                f"the image {node.image!r} is {size / 1e6:.1f} MB; keep images under "
                f"{IMAGE_WARN_BYTES / 1e6:.0f} MB",
                **where,
            )
        with target.open("rb") as handle:
            head = handle.read(64 * 1024)
        sniffed = sniff_image(head)
        expected = ALLOWED_SUFFIXES[PurePosixPath(node.image).suffix.lower()]
        if sniffed is None or sniffed[0] != expected:
            yield error(
                "bad-image",
                f"{node.image!r} is not a readable {expected.upper()} image",
                **where,
            )
            continue
        _, width, height = sniffed
        if width > IMAGE_MAX_SIDE or height > IMAGE_MAX_SIDE or width == 0 or height == 0:
            yield error(
                "bad-image",
                f"{node.image!r} is {width}×{height} pixels; the limit is "
                f"{IMAGE_MAX_SIDE}×{IMAGE_MAX_SIDE}",
                **where,
            )
