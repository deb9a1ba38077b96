"""The editor window on a hermetic data folder: copies of scenarios in tmp_path."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt

from trainer.gui.editor.window import EditorPlaces, EditorWindow
from trainer.paths import shipped_scenarios_dir

SHIPPED = shipped_scenarios_dir()


@pytest.fixture
def places(tmp_path: Path) -> EditorPlaces:
    """A data folder with one own scenario (a copy of the tutorial, id ``tutorial``) and a
    shipped folder with copies of two shipped scenarios."""
    data = tmp_path / "data"
    shipped = tmp_path / "shipped"
    (data / "drafts").mkdir(parents=True)
    shutil.copytree(SHIPPED / "tutorial", data / "drafts" / "tutorial")
    for name in ("tutorial", "old-town-fight"):
        shutil.copytree(SHIPPED / name, shipped / name)
    return EditorPlaces(data, shipped)


@pytest.fixture
def editor(qtbot, places: EditorPlaces) -> Iterator[EditorWindow]:
    """The editor window (checks run inline), shown at 1366×768, nothing open."""
    window = EditorWindow(places, synchronous=True)
    # Not qtbot.addWidget: its close at teardown would ask about unsaved changes.
    # The offscreen screen is 800×600, where the editor opens maximised: the tests look
    # at it on the station laptops' 1366×768.
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if not shiboken6.isValid(window):
        return  # the test deleted it, as a sign-out does
    if window.session is not None:
        window.session.undo_stack.setClean()  # no question left open when the test ends
    window.close()
    window.deleteLater()


@pytest.fixture
def own_file(places: EditorPlaces) -> Path:
    return places.own_dir / "tutorial" / "scenario.yaml"


@pytest.fixture
def opened(editor: EditorWindow, own_file: Path) -> EditorWindow:
    """The editor with the own copy of the tutorial open."""
    assert editor.open_file(own_file)
    return editor
