"""Small real image files built without an image library (the scenario reader has none)."""

from __future__ import annotations

import base64
import struct
import zlib

#: A 12 × 9 baseline JPEG written by Qt (quality 50).
JPEG_12x9 = base64.b64decode(
    "/9j/4AAQSkZJRgABAQEAYABgAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERX"
    "RTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2Nj"
    "Y2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAJAAwDASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAA"
    "AAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAk"
    "M2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKT"
    "lJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QA"
    "HwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAECAxEEBSExBhJBUQdh"
    "cRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hp"
    "anN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk"
    "5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDJtdJ6fLWpHpPyD5au2vatSP7grlrYmdwy7GVOU//Z"
)
#: 12 × 9 WebP files written by Qt: lossy (VP8) and lossless (VP8L).
WEBP_LOSSY_12x9 = base64.b64decode(
    "UklGRkQAAABXRUJQVlA4IDgAAACwAQCdASoMAAkAAsBMJbACdAEOtXEwAP713W6sTYC9zdmjVUF4RGQPBwgp2QVf"
    "3gd/O/ic5au4AA=="
)
WEBP_LOSSLESS_12x9 = base64.b64decode(
    "UklGRiwAAABXRUJQVlA4TB8AAAAvCwACALmM6H/sIqL/ASEB4Yb/XyUDhmLIYgKQquwBAA=="
)


def chunk(kind: bytes, data: bytes) -> bytes:
    """A PNG chunk with its length and CRC."""
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(
    width: int = 16,
    height: int = 16,
    *,
    rows: int | None = None,
    interlaced: bool = False,
    extra: bytes = b"",
) -> bytes:
    """A whole RGB PNG (``rows`` rows of pixel data if given; ``extra`` chunks before IDAT).

    Large sizes are compressed row by row, never held uncompressed.
    """
    if interlaced:
        passes = ((0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4))
        passes += ((1, 0, 2, 2), (0, 1, 1, 2))
        raw = b""
        for x, y, dx, dy in passes:
            w = (width - x + dx - 1) // dx if width > x else 0
            h = (height - y + dy - 1) // dy if height > y else 0
            if w and h:
                raw += (b"\0" + b"\x40" * (w * 3)) * h
        pixels = zlib.compress(raw)
    else:
        packer = zlib.compressobj(9)
        row = b"\0" + b"\x40" * (width * 3)
        pixels = b"".join(packer.compress(row) for _ in range(height if rows is None else rows))
        pixels += packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 1 if interlaced else 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + extra
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


def jpeg_frame_offset(data: bytes) -> int:
    """Where the JPEG's frame header (SOF) marker starts."""
    offset = 2
    while data[offset + 1] not in (0xC0, 0xC1, 0xC2):
        offset += 2 + struct.unpack(">H", data[offset + 2 : offset + 4])[0]
    return offset


def jpeg(width: int = 12, height: int = 9, *, metadata: int = 0) -> bytes:
    """A real JPEG declaring ``width`` × ``height``, with ``metadata`` bytes of APP1 segments
    before its frame header (each segment holds at most 65,533 bytes)."""
    data = bytearray(JPEG_12x9)
    struct.pack_into(">HH", data, jpeg_frame_offset(JPEG_12x9) + 5, height, width)
    segments = b""
    while metadata > 0:
        size = min(metadata, 65_533)
        segments += b"\xff\xe1" + struct.pack(">H", size + 2) + b"M" * size
        metadata -= size
    return bytes(data[:2]) + segments + bytes(data[2:])


def webp(width: int = 16, height: int = 16) -> bytes:
    """An extended (VP8X) WebP declaring ``width`` × ``height``, with a lossless image chunk."""
    vp8x = b"VP8X" + struct.pack("<I", 10) + b"\x00\x00\x00\x00"
    vp8x += (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    image = WEBP_LOSSLESS_12x9[12:]  # its VP8L chunk
    body = b"WEBP" + vp8x + image
    return b"RIFF" + struct.pack("<I", len(body)) + body
