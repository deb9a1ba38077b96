"""A map panel on a copy of a shipped scenario (hermetic: the copy lives in tmp_path)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from trainer.authoring.document import ScenarioDocument
from trainer.gui.editor.map import MapPanel
from trainer.gui.editor.session import EditorSession

SCENARIOS = Path(__file__).resolve().parents[4] / "scenarios"

OpenMap = Callable[..., MapPanel]


@pytest.fixture
def open_map(qtbot, tmp_path: Path) -> OpenMap:
    """``open_map(name, read_only=False)``: a shown map panel on a copy of scenario ``name``."""

    def opened(name: str = "tutorial", *, read_only: bool = False) -> MapPanel:
        folder = tmp_path / name
        if not folder.exists():
            shutil.copytree(SCENARIOS / name, folder)
        doc = ScenarioDocument.open(folder / "scenario.yaml")
        session = EditorSession(doc, read_only=read_only)
        panel = MapPanel(synchronous=True)
        qtbot.addWidget(panel)
        panel.resize(1000, 700)
        panel.set_session(session)
        panel.show()
        qtbot.waitExposed(panel)
        panel.activateWindow()  # the map's keys are shortcuts: they need an active window
        qtbot.waitUntil(panel.isActiveWindow)
        return panel

    return opened
