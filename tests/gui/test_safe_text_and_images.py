"""T23-T26: scenario text and images cannot reach files outside the pack or exhaust memory.

Qt reads files from C++, where Python's audit hooks see nothing, so canary files sit
outside the pack and a Linux inotify ``IN_OPEN`` watch on their folder records every
open. Control tests run the same payloads through Qt's default widgets and show the
watch does see those opens; the production widgets must cause none.
"""

from __future__ import annotations

import base64
import ctypes
import ctypes.util
import os
import resource
import struct
import subprocess
import sys
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QObject, QPoint, Qt, QUrl, Slot
from PySide6.QtGui import (
    QDesktopServices,
    QFont,
    QImage,
    QImageReader,
    QImageWriter,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from trainer.domain.markup import PLAIN_BULLET, render_plain
from trainer.gui import images
from trainer.gui.images import (
    IMAGE_ALLOCATION_LIMIT_MB,
    ImageProblem,
    ImageRefusedError,
    configure_image_limits,
    load_scenario_image,
    read_scenario_image,
)
from trainer.gui.widgets.safe_text import SafeLabel, SafeTextBrowser, plain_label

pytestmark = pytest.mark.gui

REPO_ROOT = Path(__file__).resolve().parents[2]

# --- watching canaries with inotify ---------------------------------------------

_IN_OPEN = 0x00000020
_IN_ISDIR = 0x40000000
_EVENT = struct.Struct("iIII")


def _libc() -> Any:
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    except OSError:
        return None
    if not hasattr(libc, "inotify_init1") or not hasattr(libc, "inotify_add_watch"):
        return None
    return libc


class OpenWatch:
    """Records every open of a file directly inside ``folder`` (inotify ``IN_OPEN``).

    Where inotify is missing, ``available`` is False and ``opens()`` is always empty,
    so the other checks still run; control tests skip instead.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.available = False
        self._fd = -1
        self._seen: list[str] = []
        libc = _libc()
        if libc is None:
            return
        fd = libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if fd < 0:
            return
        if libc.inotify_add_watch(fd, os.fsencode(folder), _IN_OPEN) < 0:
            os.close(fd)
            return
        self._fd = fd
        self.available = True

    def opens(self) -> list[str]:
        """Names of the files opened so far (directories ignored)."""
        if not self.available:
            return []
        while True:
            try:
                data = os.read(self._fd, 64 * 1024)
            except BlockingIOError:
                break
            offset = 0
            while offset < len(data):
                _wd, mask, _cookie, length = _EVENT.unpack_from(data, offset)
                name = data[offset + _EVENT.size : offset + _EVENT.size + length]
                offset += _EVENT.size + length
                if not mask & _IN_ISDIR:
                    self._seen.append(os.fsdecode(name.rstrip(b"\0")))
        return list(self._seen)

    def require(self) -> None:
        if not self.available:
            pytest.skip("inotify is not available here")

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self) -> OpenWatch:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


# --- building image files by hand ------------------------------------------------


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def make_png(width: int, height: int, *, rows: int | None = None) -> bytes:
    """An RGB PNG declaring ``width`` × ``height``, with ``rows`` rows of pixel data."""
    row = b"\0" + b"\x80" * (width * 3)
    pixels = zlib.compress(row * (height if rows is None else rows), 9)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", pixels)
        + _chunk(b"IEND", b"")
    )


def make_huge_jpeg(width: int, height: int) -> bytes:
    """A real small JPEG whose frame header is patched to declare ``width`` × ``height``."""
    data = bytearray(encode_with_qt("jpg", 16, 16))
    offset = 2
    while data[offset + 1] not in (0xC0, 0xC1, 0xC2):
        offset += 2 + struct.unpack(">H", data[offset + 2 : offset + 4])[0]
    struct.pack_into(">HH", data, offset + 5, height, width)
    return bytes(data)


def make_webp_header(width: int, height: int) -> bytes:
    """An extended (VP8X) WebP header declaring ``width`` × ``height``."""
    vp8x = b"VP8X" + struct.pack("<I", 10) + b"\0\0\0\0"
    vp8x += (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    body = b"WEBP" + vp8x
    return b"RIFF" + struct.pack("<I", len(body)) + body


def encode_with_qt(fmt: str, width: int = 32, height: int = 24) -> bytes:
    """A small real image in ``fmt`` written by Qt itself."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(0x336699)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert QImageWriter(buffer, fmt.encode("ascii")).write(image)
    buffer.close()
    return bytes(data.data())


# --- the sandbox: a pack folder, canaries next to it -------------------------------


@dataclass
class Sandbox:
    outside: Path
    pack: Path

    @property
    def png(self) -> Path:
        return self.outside / "canary.png"

    @property
    def txt(self) -> Path:
        return self.outside / "canary.txt"

    @property
    def css(self) -> Path:
        return self.outside / "canary.css"


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Sandbox:
    outside = tmp_path / "outside"
    pack = outside / "pack"
    pack.mkdir(parents=True)
    (outside / "canary.png").write_bytes(make_png(8, 8))
    (outside / "canary.txt").write_text("CANARY TEXT: you must never see this\n", encoding="utf-8")
    (outside / "canary.css").write_text("p { color: red }\n", encoding="utf-8")
    (pack / "ok.png").write_bytes(make_png(40, 30))
    # Qt resolves relative URLs against the working directory: make ../ reach the canary.
    monkeypatch.chdir(pack)
    return Sandbox(outside=outside, pack=pack)


@pytest.fixture
def watch(sandbox: Sandbox) -> Iterator[OpenWatch]:
    with OpenWatch(sandbox.outside) as opened:
        yield opened


@pytest.fixture
def image_limit() -> Iterator[None]:
    """Apply the app's allocation limit for one test, then restore Qt's previous one."""
    previous = QImageReader.allocationLimit()
    configure_image_limits()
    yield
    QImageReader.setAllocationLimit(previous)


def settle(widget: QWidget) -> None:
    """Lay out and paint ``widget`` so that Qt loads anything it is going to load."""
    if isinstance(widget, QTextBrowser):
        widget.document().size()
    widget.grab()
    QApplication.processEvents()


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(640, 420)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# --- T24: rich text cannot reach the filesystem ------------------------------------


def resource_payloads(box: Sandbox) -> dict[str, str]:
    """HTML that makes a default Qt text widget read a file or a URL."""
    data_png = base64.b64encode(make_png(4, 4)).decode("ascii")
    return {
        "img-absolute": f'<p>x<img src="{box.png}"></p>',
        "img-file-url": f'<p>x<img src="{box.png.as_uri()}"></p>',
        "img-relative": '<p>x<img src="../canary.png"></p>',
        "img-data": f'<p>x<img src="data:image/png;base64,{data_png}"></p>',
        "img-qrc": '<p>x<img src="qrc:/qt-project.org/styles/commonstyle/images/file-16.png"></p>',
        "img-http": '<p>x<img src="http://127.0.0.1:9/x.png"></p>',
        "link-stylesheet": (
            f'<html><head><link rel="stylesheet" type="text/css" href="{box.css}"></head>'
            "<body><p>x</p></body></html>"
        ),
        "css-import": f'<style>@import url("{box.css}");</style><p>x</p>',
        "css-background-image": f'<p style="background-image: url({box.png})">x</p>',
        "table-background": f'<table background="{box.png}"><tr><td>x</td></tr></table>',
        "body-background": f'<body background="{box.png.as_uri()}"><p>x</p></body>',
    }


#: The payloads whose canary a default QTextBrowser really opens (checked by the control).
READ_BY_DEFAULT = [
    "link-stylesheet",
    "body-background",
    "img-absolute",
    "img-file-url",
    "img-relative",
    "css-import",
    "css-background-image",
    "table-background",
]

PAYLOAD_NAMES = [
    "img-absolute",
    "img-file-url",
    "img-relative",
    "img-data",
    "img-qrc",
    "img-http",
    "link-stylesheet",
    "css-import",
    "css-background-image",
    "table-background",
    "body-background",
]


@pytest.mark.parametrize("name", PAYLOAD_NAMES)
def test_t24_markup_payloads_are_shown_as_text(
    qtbot: QtBot, sandbox: Sandbox, watch: OpenWatch, name: str
) -> None:
    payload = resource_payloads(sandbox)[name]
    browser = SafeTextBrowser()
    shown(qtbot, browser)
    browser.set_markup(payload)
    settle(browser)
    assert browser.toPlainText() == payload
    assert browser.refused_count == 0, "our HTML asks for no resource at all"
    assert watch.opens() == []


@pytest.mark.parametrize("name", PAYLOAD_NAMES)
def test_t24_direct_html_payloads_are_refused(
    qtbot: QtBot, sandbox: Sandbox, watch: OpenWatch, name: str
) -> None:
    payload = resource_payloads(sandbox)[name]
    browser = SafeTextBrowser()
    shown(qtbot, browser)
    browser.setHtml(payload)
    settle(browser)
    assert watch.opens() == []
    assert browser.refused_count > 0
    assert browser.refused_urls


@pytest.mark.parametrize("name", READ_BY_DEFAULT)
def test_t24_control_default_browser_reads_the_canary(
    qtbot: QtBot, sandbox: Sandbox, watch: OpenWatch, name: str
) -> None:
    watch.require()
    browser = QTextBrowser()
    shown(qtbot, browser)
    browser.setHtml(resource_payloads(sandbox)[name])
    settle(browser)
    assert watch.opens(), "the canary watch must see what a default widget reads"


def _anchor_point(browser: QTextBrowser, position: int) -> QPoint:
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position)
    return browser.cursorRect(cursor).center()


class _UrlSpy(QObject):
    """Stands in for the desktop: records every URL handed to QDesktopServices."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def desktop_spy() -> Iterator[_UrlSpy]:
    spy = _UrlSpy()
    for scheme in ("file", "http", "https"):
        QDesktopServices.setUrlHandler(scheme, spy, "handle")  # type: ignore[arg-type]
    yield spy
    for scheme in ("file", "http", "https"):
        QDesktopServices.unsetUrlHandler(scheme)


def _link_html(box: Sandbox) -> str:
    return (
        f'<p><a href="{box.txt.as_uri()}">OPEN THE FILE</a></p>'
        '<p><a href="http://127.0.0.1:9/">OPEN THE WEB</a></p>'
    )


def test_t24_clicking_a_real_anchor_does_nothing(
    qtbot: QtBot, sandbox: Sandbox, watch: OpenWatch, desktop_spy: _UrlSpy
) -> None:
    browser = SafeTextBrowser()
    shown(qtbot, browser)
    # Even if someone switches external links on through the property system.
    browser.setProperty("openExternalLinks", True)
    browser.setHtml(_link_html(sandbox))
    settle(browser)
    before = browser.toPlainText()
    file_link = _anchor_point(browser, 3)
    web_link = _anchor_point(browser, len("OPEN THE FILE") + 4)
    assert browser.anchorAt(file_link) == sandbox.txt.as_uri()
    assert browser.anchorAt(web_link) == "http://127.0.0.1:9/"
    with (
        qtbot.assertNotEmitted(browser.anchorClicked),
        qtbot.assertNotEmitted(browser.sourceChanged),
    ):
        for point in (file_link, web_link):
            QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
            QTest.keyClick(browser, Qt.Key.Key_Tab)
            QTest.keyClick(browser, Qt.Key.Key_Return)
        settle(browser)
    assert not browser.openLinks()
    assert browser.source().isEmpty()
    assert browser.toPlainText() == before
    assert desktop_spy.urls == []
    assert watch.opens() == []


def test_t24_escaped_anchor_is_not_a_link(
    qtbot: QtBot, sandbox: Sandbox, watch: OpenWatch, desktop_spy: _UrlSpy
) -> None:
    browser = SafeTextBrowser()
    shown(qtbot, browser)
    markup = f'<a href="{sandbox.txt.as_uri()}">OPEN THE FILE</a>'
    browser.set_markup(markup)
    settle(browser)
    point = _anchor_point(browser, 30)
    assert browser.anchorAt(point) == ""
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    settle(browser)
    assert browser.toPlainText() == markup
    assert browser.source().isEmpty()
    assert desktop_spy.urls == []
    assert watch.opens() == []


def test_t24_control_default_browser_follows_a_file_link(
    qtbot: QtBot, sandbox: Sandbox, watch: OpenWatch
) -> None:
    watch.require()
    browser = QTextBrowser()
    shown(qtbot, browser)
    browser.setHtml(_link_html(sandbox))
    settle(browser)
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=_anchor_point(browser, 3))
    settle(browser)
    assert "CANARY TEXT" in browser.toPlainText()
    assert "canary.txt" in watch.opens()


def test_t24_set_source_and_history_never_navigate(
    qtbot: QtBot, sandbox: Sandbox, watch: OpenWatch
) -> None:
    browser = SafeTextBrowser()
    shown(qtbot, browser)
    browser.set_markup("Stay here.")
    refused = browser.refused_count
    browser.setSource(QUrl.fromLocalFile(str(sandbox.txt)))
    browser.setSource(QUrl("http://127.0.0.1:9/"))
    browser.reload()
    browser.backward()
    browser.home()
    settle(browser)
    assert browser.toPlainText() == "Stay here."
    assert browser.source().isEmpty()
    assert browser.refused_count >= refused + 2
    assert watch.opens() == []


def test_t24_links_and_editing_stay_off(qtbot: QtBot) -> None:
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.setOpenLinks(True)
    browser.setOpenExternalLinks(True)
    browser.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction | Qt.TextInteractionFlag.TextEditable
    )
    flags = browser.textInteractionFlags()
    assert not browser.openLinks()
    assert not browser.openExternalLinks()
    assert browser.isReadOnly()
    assert not flags & Qt.TextInteractionFlag.LinksAccessibleByMouse
    assert not flags & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    assert not flags & Qt.TextInteractionFlag.TextEditable
    assert flags & Qt.TextInteractionFlag.TextSelectableByMouse


def test_t24_a_foreign_document_is_refused(qtbot: QtBot) -> None:
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    own = browser.document()
    with pytest.raises(TypeError):
        browser.setDocument(QTextDocument())
    assert browser.document() is own


def test_t24_context_menu_offers_no_link_actions(qtbot: QtBot, sandbox: Sandbox) -> None:
    browser = SafeTextBrowser()
    default = QTextBrowser()
    for widget in (browser, default):
        shown(qtbot, widget)
        widget.setHtml(_link_html(sandbox))
        settle(widget)
    on_link = _anchor_point(default, 3)
    default_menu = [a.text() for a in default.createStandardContextMenu(on_link).actions()]
    assert any("Link" in text for text in default_menu), "control: Qt offers 'Copy Link Location'"
    ours = [action.text() for action in browser.build_context_menu().actions()]
    assert ours
    assert not any("Link" in text for text in ours)


def test_t24_a_one_megabyte_table_stays_harmless(
    qtbot: QtBot, sandbox: Sandbox, watch: OpenWatch
) -> None:
    # Few wide cells: Qt lays out a table cell by cell, and 1 MB of tiny cells takes ~7 s.
    row = "<tr>" + ("<td>" + "word " * 50 + "</td>") * 4 + "</tr>"
    head = (
        f'<table border="1" background="{sandbox.png}"><tr><td><img src="../canary.png"></td></tr>'
    )
    table = head + row * (1_000_000 // len(row)) + "</table>"
    assert len(table) >= 990_000
    browser = SafeTextBrowser()
    shown(qtbot, browser)
    started = time.perf_counter()
    browser.set_markup(table)
    settle(browser)
    assert browser.refused_count == 0
    assert browser.document().blockCount() == 1
    browser.setHtml(table)
    settle(browser)
    assert time.perf_counter() - started < 15
    assert browser.refused_count > 0
    assert watch.opens() == []


_SAFE_CHARS = st.characters(
    codec="utf-8", categories=["L", "N", "P", "S", "Zs"], exclude_characters=PLAIN_BULLET
)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["*", "**", "- ", "\n", "\n\n", "<img src=/etc/passwd>", "&amp;"]),
            st.text(alphabet=_SAFE_CHARS, max_size=12),
        ),
        max_size=25,
    ).map("".join)
)
def test_t24_any_markup_shows_its_text_and_loads_nothing(qtbot: QtBot, text: str) -> None:
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.set_markup(text)
    browser.document().size()
    assert browser.refused_count == 0
    expected = "".join(render_plain(text).replace(PLAIN_BULLET, "").split())
    assert "".join(browser.toPlainText().split()) == expected


def test_style_scales_with_the_app_font(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    original = app.font()
    browser = SafeTextBrowser()
    shown(qtbot, browser)
    browser.set_markup("First paragraph.\n\nSecond *one*.\n\n- an item\n- another")

    def measures() -> tuple[float, float, float]:
        first = browser.document().firstBlock()
        return (
            first.blockFormat().bottomMargin(),
            browser.document().indentWidth(),
            browser.document().defaultFont().pointSizeF(),
        )

    first = browser.document().firstBlock().blockFormat()
    assert first.lineHeight() > 100
    before = measures()
    assert before[0] > 0
    try:
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * 2)
        app.setFont(bigger)
        QApplication.processEvents()
        after = measures()
    finally:
        app.setFont(original)
        QApplication.processEvents()
    assert after[2] == pytest.approx(before[2] * 2)
    assert after[0] > before[0] * 1.5
    assert after[1] > before[1] * 1.5
    assert browser.markup() is not None
    assert "Second one." in browser.toPlainText()


def test_font_change_keeps_content_set_another_way(qtbot: QtBot) -> None:
    browser = SafeTextBrowser()
    shown(qtbot, browser)
    browser.set_markup("scenario text")
    browser.setPlainText("something else")
    assert browser.markup() is None
    browser.setFont(QFont(browser.font().family(), 30))
    QApplication.processEvents()
    assert browser.toPlainText() == "something else"


def test_safe_label_is_always_plain_text(qtbot: QtBot, sandbox: Sandbox, watch: OpenWatch) -> None:
    payload = f'<img src="{sandbox.png}"><a href="{sandbox.txt.as_uri()}">x</a>'
    label = SafeLabel(payload)
    shown(qtbot, label)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setOpenExternalLinks(True)
    settle(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert not label.openExternalLinks()
    assert label.wordWrap()
    assert label.text() == payload
    assert watch.opens() == []
    scenario = plain_label("*Calm* and **firm**\n\n- listen")
    qtbot.addWidget(scenario)
    assert scenario.text() == f"Calm and firm\n\n{PLAIN_BULLET}listen"
    assert scenario.textFormat() == Qt.TextFormat.PlainText


def test_control_default_label_reads_the_canary(
    qtbot: QtBot, sandbox: Sandbox, watch: OpenWatch
) -> None:
    watch.require()
    label = QLabel(f'<img src="{sandbox.png}">')
    shown(qtbot, label)
    settle(label)
    assert "canary.png" in watch.opens()


# --- T23: image references cannot leave the scenario folder ----------------------


@pytest.fixture
def hostile_pack(sandbox: Sandbox) -> Sandbox:
    (sandbox.pack / "link.png").symlink_to(sandbox.png)
    (sandbox.pack / "outside-dir").symlink_to(sandbox.outside, target_is_directory=True)
    (sandbox.pack / "sub").mkdir()
    (sandbox.pack / "sub" / "inner.png").write_bytes(make_png(10, 10))
    (sandbox.pack / "inside-link.png").symlink_to(sandbox.pack / "sub" / "inner.png")
    return sandbox


#: References that must never open anything; ``{png}`` and ``{png_uri}`` name the canary.
BAD_REFERENCES = [
    "../../x.png",
    "../canary.png",
    "sub/../../canary.png",
    "/etc/passwd",
    "{png}",
    "C:\\Windows\\win.ini",
    "file:///etc/passwd",
    "{png_uri}",
    "\\\\server\\x",
    "%2e%2e/x.png",
    "%2e%2e/canary.png",
    "",
    "link.png",  # a symlink inside the folder to the canary
    "outside-dir/canary.png",  # a symlinked folder leading outside
    "ok.svg",
    "ok",
]


@pytest.mark.parametrize("template", BAD_REFERENCES)
def test_t23_references_outside_the_folder_are_refused(
    qtbot: QtBot,
    hostile_pack: Sandbox,
    watch: OpenWatch,
    caplog: pytest.LogCaptureFixture,
    template: str,
) -> None:
    reference = template.format(png=hostile_pack.png, png_uri=hostile_pack.png.as_uri())
    with pytest.raises(ImageRefusedError) as refused:
        read_scenario_image(hostile_pack.pack, reference)
    assert refused.value.problem is ImageProblem.BAD_PATH
    with caplog.at_level("WARNING", logger="trainer.gui.images"):
        assert load_scenario_image(hostile_pack.pack, reference) is None
    assert "bad-path" in caplog.text
    assert watch.opens() == []


@pytest.mark.parametrize(
    ("reference", "size"),
    [("ok.png", (40, 30)), ("sub/inner.png", (10, 10)), ("inside-link.png", (10, 10))],
)
def test_t23_images_inside_the_folder_load(
    qtbot: QtBot, hostile_pack: Sandbox, watch: OpenWatch, reference: str, size: tuple[int, int]
) -> None:
    image = load_scenario_image(hostile_pack.pack, reference)
    assert image is not None
    assert (image.width(), image.height()) == size
    assert watch.opens() == []


def test_t23_missing_fifo_and_folder_are_refused(qtbot: QtBot, sandbox: Sandbox) -> None:
    (sandbox.pack / "folder.png").mkdir()
    os.mkfifo(sandbox.pack / "pipe.png")
    cases = {
        "OK.PNG": ImageProblem.MISSING,  # differs only by case
        "nothing.png": ImageProblem.MISSING,
        "folder.png": ImageProblem.NOT_A_FILE,
        "pipe.png": ImageProblem.NOT_A_FILE,  # and it must not block
    }
    for reference, problem in cases.items():
        with pytest.raises(ImageRefusedError) as refused:
            read_scenario_image(sandbox.pack, reference)
        assert refused.value.problem is problem, reference
        assert load_scenario_image(sandbox.pack, reference) is None


# --- T25: SVG is refused --------------------------------------------------------------


def hostile_svg(box: Sandbox) -> bytes:
    images_ = "".join(
        f'<image x="0" y="0" width="8" height="8" href="{href}" xlink:href="{href}"/>'
        for href in (box.png.as_uri(), str(box.png), "../canary.png")
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        f' width="8" height="8">{images_}</svg>'
    ).encode()


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        ("evil.svg", ImageProblem.BAD_PATH),
        ("evil.svgz", ImageProblem.BAD_PATH),
        ("evil.png", ImageProblem.NOT_AN_IMAGE),
        ("evil.jpg", ImageProblem.NOT_AN_IMAGE),
        ("evil.webp", ImageProblem.NOT_AN_IMAGE),
    ],
)
def test_t25_svg_is_refused_by_name_and_by_content(
    qtbot: QtBot, sandbox: Sandbox, watch: OpenWatch, name: str, problem: ImageProblem
) -> None:
    (sandbox.pack / name).write_bytes(hostile_svg(sandbox))
    with pytest.raises(ImageRefusedError) as refused:
        read_scenario_image(sandbox.pack, name)
    assert refused.value.problem is problem
    assert load_scenario_image(sandbox.pack, name) is None
    assert watch.opens() == []


def test_t25_control_qt_draws_the_svg_canary(
    qtbot: QtBot, sandbox: Sandbox, watch: OpenWatch
) -> None:
    watch.require()
    path = sandbox.pack / "evil.png"
    path.write_bytes(hostile_svg(sandbox))
    # A default reader guesses SVG from the content and draws the external image.
    assert not QImageReader(str(path)).read().isNull()
    assert "canary.png" in watch.opens()


def test_t25_assume_trusted_source_never_appears() -> None:
    for source in (REPO_ROOT / "trainer").rglob("*.py"):
        assert "AssumeTrustedSource" not in source.read_text(encoding="utf-8"), source


# --- T26: decoding limits -------------------------------------------------------------


@pytest.fixture
def decode_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records every real decode the loader starts."""
    calls: list[str] = []
    real = images._decode

    def spy(reader: QImageReader) -> QImage:
        calls.append(bytes(reader.format().data()).decode())
        return real(reader)

    monkeypatch.setattr(images, "_decode", spy)
    return calls


def test_t26_allocation_limit_is_set_explicitly(qtbot: QtBot, image_limit: None) -> None:
    assert QImageReader.allocationLimit() == IMAGE_ALLOCATION_LIMIT_MB == 64


def _write_cases(folder: Path) -> dict[str, tuple[str, ImageProblem]]:
    """Hostile files written to ``folder``: name → (reference, expected problem)."""
    small = make_png(64, 64)
    (folder / "bomb.png").write_bytes(make_png(20_000, 20_000, rows=2))
    (folder / "huge.jpg").write_bytes(make_huge_jpeg(60_000, 60_000))
    (folder / "huge.webp").write_bytes(make_webp_header(16_000, 16_000))
    (folder / "truncated.png").write_bytes(small[: len(small) // 2])
    (folder / "no-end.png").write_bytes(small[:-12])
    (folder / "png-named.jpg").write_bytes(small)
    (folder / "jpeg-named.png").write_bytes(encode_with_qt("jpg"))
    (folder / "gif-named.png").write_bytes(b"GIF89a" + b"\0" * 64)
    (folder / "zero.png").write_bytes(make_png(0, 10))
    (folder / "empty.png").write_bytes(b"")
    return {
        "bomb": ("bomb.png", ImageProblem.TOO_MANY_PIXELS),
        "huge-jpeg": ("huge.jpg", ImageProblem.TOO_MANY_PIXELS),
        "huge-webp": ("huge.webp", ImageProblem.TOO_MANY_PIXELS),
        "truncated": ("truncated.png", ImageProblem.UNREADABLE),
        "no-end": ("no-end.png", ImageProblem.UNREADABLE),
        "png-as-jpg": ("png-named.jpg", ImageProblem.WRONG_TYPE),
        "jpeg-as-png": ("jpeg-named.png", ImageProblem.WRONG_TYPE),
        "gif-as-png": ("gif-named.png", ImageProblem.NOT_AN_IMAGE),
        "zero-width": ("zero.png", ImageProblem.TOO_MANY_PIXELS),
        "empty": ("empty.png", ImageProblem.NOT_AN_IMAGE),
    }


#: Cases the loader must refuse before decoding a single pixel.
_REFUSED_BEFORE_DECODING = {
    "bomb",
    "huge-jpeg",
    "huge-webp",
    "png-as-jpg",
    "jpeg-as-png",
    "gif-as-png",
    "zero-width",
    "empty",
}


@pytest.mark.parametrize(
    "case",
    [
        "bomb",
        "huge-jpeg",
        "huge-webp",
        "truncated",
        "no-end",
        "png-as-jpg",
        "jpeg-as-png",
        "gif-as-png",
        "zero-width",
        "empty",
    ],
)
def test_t26_hostile_images_are_refused(
    qtbot: QtBot, tmp_path: Path, image_limit: None, decode_calls: list[str], case: str
) -> None:
    reference, problem = _write_cases(tmp_path)[case]
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    with pytest.raises(ImageRefusedError) as refused:
        read_scenario_image(tmp_path, reference)
    assert refused.value.problem is problem
    assert load_scenario_image(tmp_path, reference) is None
    assert time.perf_counter() - started < 2
    if case in _REFUSED_BEFORE_DECODING:
        assert decode_calls == []
    peak_growth_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    assert peak_growth_mb < 100


@pytest.mark.parametrize("reference", ["bomb.png", "huge.jpg"])
def test_t26_allocation_limit_is_the_second_wall(
    qtbot: QtBot, tmp_path: Path, image_limit: None, decode_calls: list[str], reference: str
) -> None:
    """With the dimension check opened wide, Qt's allocation limit still refuses."""
    _write_cases(tmp_path)
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(ImageRefusedError) as refused:
        read_scenario_image(tmp_path, reference, max_side=65_535)
    assert refused.value.problem is ImageProblem.UNREADABLE
    assert decode_calls, "this case must reach the decoder"
    peak_growth_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    assert peak_growth_mb < 100


def test_t26_file_size_cap_is_checked_before_reading(
    qtbot: QtBot, tmp_path: Path, decode_calls: list[str]
) -> None:
    sparse = tmp_path / "big.png"
    with sparse.open("wb") as handle:
        handle.write(make_png(16, 16))
        handle.truncate(25 * 1024 * 1024)
    with pytest.raises(ImageRefusedError) as refused:
        read_scenario_image(tmp_path, "big.png")
    assert refused.value.problem is ImageProblem.TOO_LARGE
    assert decode_calls == []


@pytest.mark.parametrize(("fmt", "suffix"), [("png", "png"), ("jpg", "jpeg"), ("webp", "webp")])
def test_t26_good_images_load(
    qtbot: QtBot, tmp_path: Path, image_limit: None, decode_calls: list[str], fmt: str, suffix: str
) -> None:
    readable = [bytes(f.data()) for f in QImageReader.supportedImageFormats()]
    if fmt.encode() not in readable:
        pytest.skip(f"this Qt cannot read {fmt}")
    (tmp_path / f"good.{suffix}").write_bytes(encode_with_qt(fmt, 32, 24))
    image = load_scenario_image(tmp_path, f"good.{suffix}")
    assert image is not None
    assert (image.width(), image.height()) == (32, 24)
    assert len(decode_calls) == 1
    assert load_scenario_image(tmp_path, f"good.{suffix}", max_side=31) is None


_PEAK_SCRIPT = """
import os, resource, sys
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, sys.argv[1])
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from trainer.gui.images import configure_image_limits, load_scenario_image
configure_image_limits()
folder = Path(sys.argv[2])
refused = 0
for name in sorted(os.listdir(folder)):
    for side in (4096, 65535):
        refused += load_scenario_image(folder, name, side) is None
# VmHWM is this program's own peak; ru_maxrss can still hold the forked parent's peak.
try:
    status = Path("/proc/self/status").read_text()
    peak_kb = int(next(l for l in status.splitlines() if l.startswith("VmHWM")).split()[1])
except (OSError, StopIteration):
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(refused, peak_kb // 1024)
"""


def test_t26_peak_memory_of_a_clean_process(tmp_path: Path) -> None:
    """All hostile images in a fresh process: no crash, and the peak RSS stays low."""
    cases = _write_cases(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", _PEAK_SCRIPT, str(REPO_ROOT), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    refused, peak_mb = (int(part) for part in result.stdout.split())
    assert refused == 2 * len(cases)
    assert peak_mb < 300, f"peak RSS {peak_mb} MB"
