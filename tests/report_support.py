"""The small format-1.1 scenario with a report node, and playing up to its report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainer.domain.model import ReportNode, SceneNode

REPORT_SCENARIO = Path(__file__).resolve().parent / "scenarios_report" / "note-after-call"


def play_to_report(play: Any, active: Any, choice: str = "listen") -> None:
    """From the start of the report scenario, take ``choice`` and stop at the report."""
    while isinstance(active.engine.current_node(active.state), SceneNode):
        play.advance(active, "")
    play.advance(active, choice)
    assert isinstance(active.engine.current_node(active.state), ReportNode)
