"""The scene-plan drawing script draws every plan it names, at its size, into media/."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[1]


def _tool():
    spec = importlib.util.spec_from_file_location(
        "draw_scene_plans", REPO / "tools" / "draw_scene_plans.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["draw_scene_plans"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.gui
def test_every_plan_is_drawn_into_its_scenario_media_folder(qtbot, tmp_path: Path) -> None:
    tool = _tool()
    for make in tool.PLANS:
        (tmp_path / make().scenario).mkdir()
    assert tool.main(["draw_scene_plans.py", str(tmp_path)]) == 0
    drawn = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*.png"))
    expected = sorted(f"{make().scenario}/media/{tool.FILE_NAME}" for make in tool.PLANS)
    assert drawn == expected
    for name in drawn:
        image = QImage(str(tmp_path / name))
        assert (image.width(), image.height()) == (tool.WIDTH, tool.HEIGHT)
        # A plan, not a blank page: far more than one colour.
        grid = [(x, y) for x in range(0, tool.WIDTH, 7) for y in range(0, tool.HEIGHT, 7)]
        colours = {image.pixel(x, y) for x, y in grid}
        assert len(colours) > 8
        # The committed copy is the one the scenario uses.
        assert (REPO / "scenarios" / name).is_file()
