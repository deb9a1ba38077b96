"""Images checked at validation the way the loader reads them, and whole (T26).

The header is found wherever it is (a JPEG's frame header after any amount of
metadata), the dimensions are checked before any pixel data is touched, and the
data is then checked whole: a truncated or damaged PNG, JPEG or WebP is a
validation error naming the file, not a picture that silently never shows.
"""

from __future__ import annotations

import struct
import time
import zlib
from pathlib import Path

import pytest

from tests.scenario_io import image_files
from tests.scenario_io.image_files import (
    WEBP_LOSSLESS_12x9,
    WEBP_LOSSY_12x9,
    chunk,
    jpeg,
    png,
    webp,
)
from tests.scenario_io.test_validation_rules import node, write
from trainer.domain.findings import Severity
from trainer.scenario_io.media import image_bytes_problem

GOOD: dict[str, tuple[str, bytes]] = {
    "png": ("png", png(16, 16)),
    "png-interlaced": ("png", png(13, 7, interlaced=True)),
    "png-with-text-chunk": ("png", png(8, 8, extra=chunk(b"tEXt", b"Comment\0hello"))),
    "jpeg": ("jpeg", jpeg()),
    "jpeg-70-kb-metadata": ("jpeg", jpeg(metadata=70_000)),
    "jpeg-300-kb-metadata": ("jpeg", jpeg(metadata=300_000)),
    "jpeg-fill-bytes": ("jpeg", jpeg()[:2] + b"\xff\xff\xff" + jpeg()[2:]),
    "webp-lossy": ("webp", WEBP_LOSSY_12x9),
    "webp-lossless": ("webp", WEBP_LOSSLESS_12x9),
    "webp-extended": ("webp", webp(12, 9)),
}


def _animated_webp() -> bytes:
    """An animated WebP: VP8X, ANIM and one ANMF frame holding a lossless image."""
    frame = b"\0" * 6 + (11).to_bytes(3, "little") + (8).to_bytes(3, "little") + b"\0" * 4
    frame += WEBP_LOSSLESS_12x9[12:]
    anmf = b"ANMF" + struct.pack("<I", len(frame)) + frame + b"\0" * (len(frame) & 1)
    anim = b"ANIM" + struct.pack("<I", 6) + b"\0" * 6
    vp8x = b"VP8X" + struct.pack("<I", 10) + b"\x02\0\0\0"
    vp8x += (11).to_bytes(3, "little") + (8).to_bytes(3, "little")
    body = b"WEBP" + vp8x + anim + anmf
    return b"RIFF" + struct.pack("<I", len(body)) + body


def test_an_animated_webp_passes_and_its_truncations_do_not() -> None:
    data = _animated_webp()
    assert image_bytes_problem(data, "webp") is None
    assert all(image_bytes_problem(data[:cut], "webp") for cut in range(len(data)))


@pytest.mark.parametrize("case", sorted(GOOD))
def test_whole_images_pass(case: str) -> None:
    kind, data = GOOD[case]
    assert image_bytes_problem(data, kind) is None


@pytest.mark.parametrize("case", sorted(GOOD))
def test_every_truncation_is_refused(case: str) -> None:
    """Cut off after any number of bytes (every byte for small files, every few for big)."""
    kind, data = GOOD[case]
    step = 1 if len(data) < 4000 else 97
    accepted = [
        cut for cut in range(0, len(data), step) if image_bytes_problem(data[:cut], kind) is None
    ]
    assert accepted == []


def _corrupt_idat(data: bytes) -> bytes:
    """The PNG with its pixel data replaced by bytes that are not zlib, CRC intact."""
    start = data.index(b"IDAT") - 4
    (length,) = struct.unpack(">I", data[start : start + 4])
    return data[:start] + chunk(b"IDAT", b"\x55" * length) + data[start + 12 + length :]


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x5A]) + data[at + 1 :]


_PNG = png(16, 16)
_JPEG = jpeg()
_SOF = image_files.jpeg_frame_offset(_JPEG)

#: name → (the kind its file name says, bytes, words the reason must contain)
BAD: dict[str, tuple[str, bytes, str]] = {
    "png-header-only": ("png", _PNG[: 8 + 25], "cut off"),
    "png-no-iend": ("png", _PNG[:-12], "cut off"),
    "png-flipped-pixel-byte": ("png", _flip(_PNG, _PNG.index(b"IDAT") + 8), "checksum"),
    "png-flipped-header-byte": ("png", _flip(_PNG, 29), "checksum"),
    "png-pixel-data-not-zlib": ("png", _corrupt_idat(_PNG), "damaged"),
    "png-too-few-rows": ("png", png(16, 16, rows=3), "incomplete"),
    "png-no-pixel-data": (
        "png",
        _PNG[:33] + chunk(b"IEND", b""),
        "no pixel data",
    ),
    "png-header-not-first": (
        "png",
        _PNG[:8] + chunk(b"tEXt", b"a\0b") + _PNG[8:],
        "not a readable PNG",
    ),
    "png-unknown-colour-type": (
        "png",
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 5, 0, 0, 0)),
        "pixel format",
    ),
    "jpeg-no-end-marker": ("jpeg", _JPEG[:-2], "cut off"),
    "jpeg-scan-before-frame": (
        "jpeg",
        _JPEG[:_SOF] + _JPEG[_SOF + 2 + struct.unpack(">H", _JPEG[_SOF + 2 : _SOF + 4])[0] :],
        "not a readable",
    ),
    "jpeg-segment-past-end": (
        "jpeg",
        _JPEG[:2] + b"\xff\xe1\xff\xff" + b"x" * 100,
        "not a readable",
    ),
    "jpeg-garbage-after-start": ("jpeg", b"\xff\xd8" + b"\x00" * 64, "not a readable"),
    "webp-riff-too-long": (
        "webp",
        WEBP_LOSSY_12x9[:4] + struct.pack("<I", len(WEBP_LOSSY_12x9) + 100) + WEBP_LOSSY_12x9[8:],
        "cut off",
    ),
    "webp-no-image-chunk": (
        "webp",
        b"RIFF" + struct.pack("<I", 22) + webp(12, 9)[8:30],
        "no image",
    ),
    "gif": ("png", b"GIF89a" + b"\0" * 64, "not a readable PNG"),
    "bmp": ("png", b"BM" + b"\0" * 64, "not a readable PNG"),
    "text": ("jpeg", b"hello, world\n", "not a readable JPEG"),
    "empty": ("webp", b"", "not a readable WEBP"),
    "png-named-jpg": ("jpeg", _PNG, "not a readable JPEG"),
    "jpeg-named-webp": ("webp", _JPEG, "not a readable WEBP"),
    "png-huge": ("png", png(5000, 2, rows=2), "5000×2 pixels"),
    "png-bomb": ("png", png(20_000, 20_000, rows=2), "20000×20000 pixels"),
    "png-zero-wide": ("png", png(0, 10), "0×10 pixels"),
    "jpeg-huge": ("jpeg", jpeg(65_000, 65_000), "65000×65000 pixels"),
    "jpeg-huge-after-metadata": ("jpeg", jpeg(9000, 10, metadata=100_000), "9000×10 pixels"),
    "webp-huge": ("webp", webp(16_000, 16_000), "16000×16000 pixels"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_malformed_images_are_refused_with_a_reason(case: str) -> None:
    kind, data, reason = BAD[case]
    started = time.perf_counter()
    problem = image_bytes_problem(data, kind)
    assert problem is not None
    assert reason in problem
    assert time.perf_counter() - started < 1


def test_a_bomb_is_refused_before_its_pixel_data_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dimension check comes first: nothing is decompressed for a 20000 × 20000 PNG."""
    calls: list[object] = []
    real = zlib.decompressobj
    monkeypatch.setattr(zlib, "decompressobj", lambda *a: calls.append(a) or real(*a))
    assert image_bytes_problem(png(20_000, 20_000, rows=2), "png") is not None
    assert calls == []
    assert image_bytes_problem(png(16, 16), "png") is None
    assert calls  # the spy does see a real check


def _validate(
    tmp_path: Path, name: str, data: bytes
) -> list[tuple[str, Severity, str, str | None]]:
    written = write(tmp_path, lambda d: node(d, "intro").update(image=f"media/{name}"))
    (written.folder / "media").mkdir()
    (written.folder / "media" / name).write_bytes(data)
    return [(f.code, f.severity, f.message, f.node) for f in written.load().findings]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("cut.png", _PNG[: 8 + 25]),  # the case: cut off after its header
        ("cut.jpg", _JPEG[: len(_JPEG) // 2]),
        ("cut.webp", WEBP_LOSSY_12x9[:-10]),
        ("damaged.png", _corrupt_idat(_PNG)),
    ],
)
def test_validation_names_the_broken_file(tmp_path: Path, name: str, data: bytes) -> None:
    [(code, severity, message, where)] = _validate(tmp_path, name, data)
    assert (code, severity, where) == ("bad-image", Severity.ERROR, "intro")
    assert message.startswith(f"'media/{name}': ")


def test_validation_accepts_a_jpeg_with_much_metadata(tmp_path: Path) -> None:
    """Over 64 KB of metadata before the frame header was refused as unreadable."""
    assert _validate(tmp_path, "camera.jpg", jpeg(metadata=150_000)) == []
