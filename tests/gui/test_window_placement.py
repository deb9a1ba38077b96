"""The main window: its icon, and where it opens (as it was left, else sized for the screen)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from trainer.gui import main as gui_main
from trainer.gui.main import build_window

pytestmark = pytest.mark.gui


class FakeScreen:
    def __init__(self, width: int, height: int) -> None:
        self.room = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:
        return self.room


@pytest.fixture
def windows(qtbot, tmp_path: Path) -> Iterator[object]:
    """Makes main windows on one data folder, as successive starts would."""
    made: list[object] = []

    def make() -> object:
        if made:  # the previous start has ended: its data folder is free again
            made.pop().context.services.close(backup=False)
        _app, window = build_window(tmp_path / "data", synchronous=True)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.context.services.close(backup=False)


def opened(qtbot, window: object, screen: FakeScreen, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QGuiApplication, "primaryScreen", staticmethod(lambda: screen))
    window.restore_place()
    window.show()
    qtbot.waitExposed(window)


def test_a_first_start_on_a_1366x768_laptop_opens_maximised(
    qtbot, windows, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows()
    opened(qtbot, window, FakeScreen(1366, 728), monkeypatch)  # a taskbar takes 40 px
    assert window.isMaximized()


def test_a_first_start_on_a_big_screen_opens_at_1366x768_in_the_middle(
    qtbot, windows, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows()
    opened(qtbot, window, FakeScreen(1920, 1040), monkeypatch)
    assert not window.isMaximized()
    assert (window.width(), window.height()) == (1366, 768)
    assert window.geometry().center().x() in range(950, 970)


# Restoring a geometry fits it to the real screen, which in this process is the offscreen
# platform's 800×800: the starts below run in a child on a 1920×1080 offscreen screen.
_STARTS = """
import sys
from pathlib import Path
from trainer.gui.main import build_window

data, size = Path(sys.argv[1]), sys.argv[2]
app, window = build_window(data, synchronous=True)
window.restore_place()
window.show()
app.processEvents()
print(window.width(), window.height(), window.isMaximized())
if size == "max":
    window.showMaximized()
elif size != "-":
    window.resize(*map(int, size.split("x")))
app.processEvents()
window.close()
window.context.services.close(backup=False)
"""


def test_the_window_opens_as_it_was_left(tmp_path: Path) -> None:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": 1920, "height": 1080}]}),
        encoding="utf-8",
    )
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}

    def start(then: str) -> str:
        done = subprocess.run(
            [sys.executable, "-c", _STARTS, str(tmp_path / "data"), then],
            capture_output=True,
            text=True,
            env=env,
            cwd=Path(__file__).resolve().parents[2],
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.split("\n")[-2]

    assert start("1200x700") == "1366 768 False"  # the first start: the design size
    saved = json.loads((tmp_path / "data" / "settings.json").read_text(encoding="utf-8"))
    assert saved["window_geometry"]
    assert start("max") == "1200 700 False"  # as it was closed
    assert start("-").endswith("True")  # closed maximised, opens maximised


def test_a_damaged_saved_place_is_ignored(
    qtbot, windows, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = tmp_path / "data" / "settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"window_geometry": "not a geometry"}), encoding="utf-8")
    window = windows()
    opened(qtbot, window, FakeScreen(1920, 1040), monkeypatch)
    assert (window.width(), window.height()) == (1366, 768)


def test_the_window_has_the_apps_icon_in_every_size(windows) -> None:
    window = windows()
    icon = window.windowIcon()
    assert not icon.isNull()
    sizes = {(size.width(), size.height()) for size in icon.availableSizes()}
    assert {(n, n) for n in gui_main.ICON_SIZES} <= sizes
