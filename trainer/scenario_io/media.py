"""Checks of the images a scenario references: inside its folder, real, and small enough."""

from __future__ import annotations

import re
import struct
import zlib
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


# JPEG markers that stand alone (no length field): TEM, RST0-7, SOI, EOI.
_JPEG_STANDALONE = frozenset({0x01, *range(0xD0, 0xD8), 0xD8, 0xD9})
_JPEG_FRAMES = frozenset({0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE})
_JPEG_SOS = 0xDA


def _jpeg_segments(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(marker, start of its payload, payload length) of each segment up to the first scan.

    Walks the whole header however long its metadata is, as the decoder does: fill
    bytes (0xFF runs) are skipped and markers without a length carry no payload. Stops
    early (without raising) where the data is cut off or not a marker.
    """
    offset = 2
    while offset + 1 < len(data):
        if data[offset] != 0xFF:
            return
        while offset + 1 < len(data) and data[offset + 1] == 0xFF:
            offset += 1  # fill bytes before a marker
        if offset + 1 >= len(data):
            return
        marker = data[offset + 1]
        if marker in _JPEG_STANDALONE:
            yield marker, offset + 2, 0
            offset += 2
            continue
        if offset + 4 > len(data):
            return
        length = struct.unpack(">H", data[offset + 2 : offset + 4])[0]
        if length < 2 or offset + 2 + length > len(data):
            return
        yield marker, offset + 4, length - 2
        if marker == _JPEG_SOS:
            return
        offset += 2 + length


def _jpeg_size(data: bytes) -> tuple[str, int, int] | None:
    for marker, start, length in _jpeg_segments(data):
        if marker in _JPEG_FRAMES and length >= 5:
            height, width = struct.unpack(">HH", data[start + 1 : start + 5])
            return "jpeg", width, height
        if marker == _JPEG_SOS:
            return None  # a scan before any frame header
    return None


def image_data_problem(data: bytes, kind: str) -> str | None:
    """Why ``data``, whose header sniffed as ``kind``, would not decode; None if it is whole.

    A structural check in pure Python (the scenario reader has no image library):
    PNG chunks with their CRCs up to IEND and the pixel data decompressed (streamed,
    never more than the header's size says), JPEG segments up to a scan and the end
    marker after it, WebP chunks inside the RIFF size. Call it after the dimension
    check: the work it does is bounded by the declared size.
    """
    if kind == "png":
        return _png_problem(data)
    if kind == "jpeg":
        return _jpeg_problem(data)
    if kind == "webp":
        return _webp_problem(data)
    return f"unknown image type {kind}"


# PNG colour type → channels; the bit depths each allows.
_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_PNG_DEPTHS = {0: {1, 2, 4, 8, 16}, 2: {8, 16}, 3: {1, 2, 4, 8}, 4: {8, 16}, 6: {8, 16}}
# Adam7 passes: (x start, y start, x step, y step).
_ADAM7 = (
    (0, 0, 8, 8),
    (4, 0, 8, 8),
    (0, 4, 4, 8),
    (2, 0, 4, 4),
    (0, 2, 2, 4),
    (1, 0, 2, 2),
    (0, 1, 1, 2),
)


def _png_raw_size(width: int, height: int, bits: int, interlaced: bool) -> int:
    """Bytes of filtered scanlines the pixel data must decompress to."""

    def rows(w: int, h: int) -> int:
        return 0 if w == 0 or h == 0 else h * (1 + (w * bits + 7) // 8)

    if not interlaced:
        return rows(width, height)
    return sum(
        rows(
            (width - x + dx - 1) // dx if width > x else 0,
            (height - y + dy - 1) // dy if height > y else 0,
        )
        for x, y, dx, dy in _ADAM7
    )


def _png_problem(data: bytes) -> str | None:
    offset = 8
    expected = -1
    inflater = zlib.decompressobj()
    inflated = 0
    seen_idat = False
    first = True
    while True:
        if offset + 8 > len(data):
            return "the PNG file is cut off (no IEND chunk)"
        length, kind = struct.unpack(">I4s", data[offset : offset + 8])
        end = offset + 8 + length
        if length > 0x7FFFFFFF or end + 4 > len(data):
            return f"the PNG file is cut off inside its {kind.decode('latin-1')!r} chunk"
        body = data[offset + 8 : end]
        (crc,) = struct.unpack(">I", data[end : end + 4])
        if zlib.crc32(data[offset + 4 : end]) != crc:
            return f"the PNG file is damaged (bad checksum in its {kind.decode('latin-1')!r} chunk)"
        offset = end + 4
        if first:
            if kind != b"IHDR" or length != 13:
                return "the PNG file does not start with its header chunk"
            width, height, depth, colour, _c, _f, interlace = struct.unpack(">IIBBBBB", body)
            if colour not in _PNG_CHANNELS or depth not in _PNG_DEPTHS[colour] or interlace > 1:
                return "the PNG header declares an unknown pixel format"
            bits = _PNG_CHANNELS[colour] * depth
            expected = _png_raw_size(width, height, bits, interlace == 1)
            first = False
        elif kind == b"IDAT":
            seen_idat = True
            pending = body
            try:
                while pending and inflated < expected:
                    inflated += len(inflater.decompress(pending, 1 << 20))
                    pending = inflater.unconsumed_tail
            except zlib.error:
                return "the PNG pixel data is damaged"
        elif kind == b"IEND":
            break
    if not seen_idat:
        return "the PNG file holds no pixel data"
    if inflated < expected:
        try:
            inflated += len(inflater.flush())
        except zlib.error:
            return "the PNG pixel data is damaged"
    if inflated < expected:
        return "the PNG pixel data is incomplete"
    return None


def _jpeg_problem(data: bytes) -> str | None:
    frame = False
    for marker, start, length in _jpeg_segments(data):
        if marker in _JPEG_FRAMES:
            frame = True
        if marker == _JPEG_SOS:
            if not frame:
                return "the JPEG file has image data before its frame header"
            if data.find(b"\xff\xd9", start + length) < 0:
                return "the JPEG file is cut off (no end marker)"
            return None
    return "the JPEG file is cut off or damaged before its image data"


def _webp_problem(data: bytes) -> str | None:
    (riff_size,) = struct.unpack("<I", data[4:8])
    end = 8 + riff_size
    if riff_size < 4 or end > len(data):
        return "the WebP file is cut off (shorter than its RIFF header says)"
    offset = 12
    image = False
    while offset < end:
        if offset + 8 > end:
            return "the WebP file is damaged (a chunk header runs past the end)"
        kind = data[offset : offset + 4]
        (size,) = struct.unpack("<I", data[offset + 4 : offset + 8])
        if offset + 8 + size > end:
            return f"the WebP file is cut off inside its {kind.decode('latin-1')!r} chunk"
        if kind in (b"VP8 ", b"VP8L", b"ANMF") and size >= 5:  # ANMF: an animation frame
            image = True
        offset += 8 + size + (size & 1)
    if not image:
        return "the WebP file holds no image data"
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
                f"the image {node.image!r} is {megabytes(size)}; the limit is "
                f"{megabytes(IMAGE_MAX_BYTES)}",
                **where,
            )
            continue
        if size > IMAGE_WARN_BYTES:
            yield warning(
                "large-image",
                f"the image {node.image!r} is {megabytes(size)}; keep images under "
                f"{megabytes(IMAGE_WARN_BYTES)}",
                **where,
            )
        expected = ALLOWED_SUFFIXES[PurePosixPath(node.image).suffix.lower()]
        problem = _image_file_problem(target, expected)
        if problem is not None:
            yield error("bad-image", f"{node.image!r}: {problem}", **where)


def _image_file_problem(target: Path, expected: str) -> str | None:
    """Why the image file would not show, read as the image loader reads it; or None."""
    try:
        # The whole file, as the loader reads it: a header can sit past any prefix.
        with target.open("rb") as handle:
            data = handle.read(IMAGE_MAX_BYTES + 1)
    except OSError as exc:
        return f"cannot read the image: {exc.strerror or exc}"
    return image_bytes_problem(data, expected)


def image_bytes_problem(data: bytes, expected: str) -> str | None:
    """Why an image file's bytes would not show as an ``expected`` image; None if they would.

    The header is read as the image loader reads it, the dimensions are checked, and
    only then is the data checked whole (:func:`image_data_problem`).
    """
    sniffed = sniff_image(data)
    if sniffed is None or sniffed[0] != expected:
        return f"not a readable {expected.upper()} image"
    _, width, height = sniffed
    if width > IMAGE_MAX_SIDE or height > IMAGE_MAX_SIDE or width == 0 or height == 0:
        return (
            f"the image is {width}×{height} pixels; the limit is {IMAGE_MAX_SIDE}×{IMAGE_MAX_SIDE}"
        )
    return image_data_problem(data, expected)


def megabytes(size: int) -> str:
    """A byte count in decimal megabytes, as the documentation states the limits.

    One decimal is shown only where a whole number would hide a difference, so a file
    just over the 20 MB limit does not read as "20 MB; the limit is 20 MB".
    """
    if size % 1_000_000 == 0:
        return f"{size // 1_000_000} MB"
    text = f"{size / 1_000_000:.1f} MB"
    return f"{size:,} bytes" if text.endswith(".0 MB") else text
