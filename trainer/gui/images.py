"""Loading scenario images without letting a hostile file reach outside its folder or the RAM.

Two layers keep a bad image harmless:

- :func:`configure_image_limits` sets Qt's global image allocation limit
  (``QImageReader.setAllocationLimit``) to :data:`IMAGE_ALLOCATION_LIMIT_MB`.
  Qt's default has changed between releases, so the app sets it explicitly at
  start-up, before any image is read.
- :func:`read_scenario_image` resolves the reference inside the scenario folder
  (symbolic links included), accepts only PNG, JPEG and WebP whose magic bytes
  match the file's extension, checks the declared dimensions twice (from the
  header bytes, then from ``QImageReader.size()``) and only then decodes. The
  file is read once, by Python, into memory: Qt decodes from that buffer, with
  its format fixed, so it never opens a path and never guesses the format from
  the content (which could pick the SVG reader).

:func:`load_scenario_image` is the form the GUI uses: it returns None instead of
raising, and logs the reason. Callers that need the reason call
:func:`read_scenario_image` and catch :class:`ImageRefusedError`, whose
``problem`` says which check failed.
"""

from __future__ import annotations

import enum
import logging
import os
import stat
from pathlib import Path, PurePosixPath
from typing import Final

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageReader

from trainer.scenario_io.limits import IMAGE_ALLOCATION_LIMIT_MB, IMAGE_MAX_BYTES, IMAGE_MAX_SIDE
from trainer.scenario_io.media import ALLOWED_SUFFIXES, megabytes, resolve_image, sniff_image

__all__ = [
    "IMAGE_ALLOCATION_LIMIT_MB",
    "ImageProblem",
    "ImageRefusedError",
    "configure_image_limits",
    "load_scenario_image",
    "read_scenario_image",
]

_log = logging.getLogger(__name__)

# Open without following a final symbolic link and without blocking on a FIFO.
_OPEN_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


class ImageProblem(enum.Enum):
    """Which check refused an image."""

    BAD_PATH = "bad-path"
    """Empty, absolute, a URL, escaping the folder (also through a link), or not PNG/JPEG/WebP."""
    MISSING = "missing"
    NOT_A_FILE = "not-a-file"
    TOO_LARGE = "too-large"
    """The file is bigger than the byte cap."""
    NOT_AN_IMAGE = "not-an-image"
    """The first bytes are not a PNG, JPEG or WebP header."""
    WRONG_TYPE = "wrong-type"
    """The content is another format than the extension says."""
    TOO_MANY_PIXELS = "too-many-pixels"
    """The declared width or height is 0 or above the limit; nothing was decoded."""
    UNREADABLE = "unreadable"
    """The decoder failed: truncated or corrupt data, or the allocation limit."""


class ImageRefusedError(ValueError):
    """An image was refused; ``problem`` says why and the message says it in words."""

    def __init__(self, problem: ImageProblem, message: str) -> None:
        super().__init__(message)
        self.problem = problem


def configure_image_limits(megabytes: int = IMAGE_ALLOCATION_LIMIT_MB) -> None:
    """Set Qt's process-wide image allocation limit (call once at start-up)."""
    QImageReader.setAllocationLimit(megabytes)


def load_scenario_image(
    folder: Path, reference: str, max_side: int = IMAGE_MAX_SIDE
) -> QImage | None:
    """The image ``reference`` names inside ``folder``, or None if it is refused.

    Never raises for bad input: every refusal is logged with its reason. See
    :func:`read_scenario_image` for the checks.
    """
    try:
        return read_scenario_image(folder, reference, max_side=max_side)
    except ImageRefusedError as exc:
        _log.warning("image %r refused (%s): %s", reference, exc.problem.value, exc)
        return None


def read_scenario_image(folder: Path, reference: str, *, max_side: int = IMAGE_MAX_SIDE) -> QImage:
    """Decode the image ``reference`` names inside ``folder``, after every check passes.

    Raises:
        ImageRefusedError: for any problem with the path, the file or its content.
    """
    try:
        target = resolve_image(folder, reference)
    except (ValueError, OSError, RuntimeError) as exc:  # RuntimeError: a symlink loop
        raise ImageRefusedError(ImageProblem.BAD_PATH, str(exc)) from exc
    expected = ALLOWED_SUFFIXES[PurePosixPath(reference).suffix.lower()]
    data = _read_capped(target)
    sniffed = sniff_image(data)
    if sniffed is None:
        raise ImageRefusedError(ImageProblem.NOT_AN_IMAGE, "not a PNG, JPEG or WebP image")
    kind, width, height = sniffed
    if kind != expected:
        raise ImageRefusedError(
            ImageProblem.WRONG_TYPE, f"the file is {kind.upper()}, its name says {expected.upper()}"
        )
    _check_dimensions(width, height, max_side)
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, expected.encode("ascii"))
    reader.setAutoDetectImageFormat(False)
    reader.setAutoTransform(True)
    if not reader.canRead():
        raise ImageRefusedError(ImageProblem.UNREADABLE, reader.errorString())
    size = reader.size()
    if not size.isValid():
        raise ImageRefusedError(ImageProblem.UNREADABLE, "the image size cannot be read")
    _check_dimensions(size.width(), size.height(), max_side)
    image = _decode(reader)
    if image.isNull():
        raise ImageRefusedError(ImageProblem.UNREADABLE, reader.errorString())
    return image


def _decode(reader: QImageReader) -> QImage:
    """The one place pixels are decoded (tests watch it)."""
    return reader.read()


def _check_dimensions(width: int, height: int, max_side: int) -> None:
    if width <= 0 or height <= 0 or width > max_side or height > max_side:
        raise ImageRefusedError(
            ImageProblem.TOO_MANY_PIXELS,
            f"the image is {width}×{height} pixels; the limit is {max_side}×{max_side}",
        )


def _read_capped(target: Path) -> bytes:
    """The whole file, read through one descriptor, refusing links, non-files and big files."""
    try:
        descriptor = os.open(target, _OPEN_FLAGS)
    except FileNotFoundError as exc:
        raise ImageRefusedError(ImageProblem.MISSING, "the image does not exist") from exc
    except OSError as exc:
        raise ImageRefusedError(ImageProblem.NOT_A_FILE, f"cannot open the image: {exc}") from exc
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise ImageRefusedError(ImageProblem.NOT_A_FILE, "the image is not a regular file")
        if info.st_size > IMAGE_MAX_BYTES:
            raise ImageRefusedError(
                ImageProblem.TOO_LARGE,
                f"the image is {megabytes(info.st_size)}; "
                f"the limit is {megabytes(IMAGE_MAX_BYTES)}",
            )
        chunks: list[bytes] = []
        total = 0
        while total <= IMAGE_MAX_BYTES:
            chunk = os.read(descriptor, 1024 * 1024)
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise ImageRefusedError(ImageProblem.UNREADABLE, f"cannot read the image: {exc}") from exc
    finally:
        os.close(descriptor)
    if total > IMAGE_MAX_BYTES:  # the file grew after fstat
        raise ImageRefusedError(ImageProblem.TOO_LARGE, "the image is over the size limit")
    return b"".join(chunks)
