"""A form pane on a copy of a shipped scenario (hermetic: the copy lives in tmp_path)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from trainer.authoring.document import ScenarioDocument
from trainer.gui.editor.forms import FormPane
from trainer.gui.editor.session import EditorSession

SCENARIOS = Path(__file__).resolve().parents[4] / "scenarios"

OpenPane = Callable[..., FormPane]


@pytest.fixture
def open_pane(qtbot, tmp_path: Path) -> OpenPane:
    """``open_pane(name, read_only=False)``: a shown FormPane on a copy of scenario ``name``."""

    def opened(name: str = "tutorial", *, read_only: bool = False) -> FormPane:
        folder = tmp_path / name
        shutil.copytree(SCENARIOS / name, folder)
        doc = ScenarioDocument.open(folder / "scenario.yaml")
        session = EditorSession(doc, read_only=read_only)
        pane = FormPane(session)
        qtbot.addWidget(pane)
        pane.resize(1366, 768)
        pane.show()
        qtbot.waitExposed(pane)
        pane.activateWindow()
        qtbot.waitUntil(pane.isActiveWindow)
        return pane

    return opened
