"""The debrief's summary by decision-model stage counts rated steps only."""

from __future__ import annotations

from pathlib import Path

from trainer.domain.analysis import analyse
from trainer.domain.engine import PlayEngine
from trainer.domain.model import ReportNode, SceneNode
from trainer.scenario_io.reader import load_scenario
from trainer.services.debrief import build_debrief

TUTORIAL = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial"


def test_a_report_step_adds_no_empty_stage_line() -> None:
    """A report has no rating (its points are self-assessed): with no stage of its own it
    once made an "Other:" line with nothing after it."""
    result = load_scenario(TUTORIAL)
    assert result.scenario is not None
    scenario = result.scenario
    analysis = analyse(scenario)
    assert analysis.best_tokens is not None
    engine = PlayEngine(scenario)
    state = engine.continue_scenes(engine.start())
    for token in analysis.best_tokens:
        state = engine.continue_scenes(engine.play(state, token, note="Notatka."))
    assert state.finished
    debrief = build_debrief(scenario, analysis, state)
    reports = [s for s in debrief.steps if isinstance(scenario.node(s.node_id), ReportNode)]
    assert reports and all(s.rating is None for s in reports)
    assert debrief.stages
    assert all(summary.ratings for summary in debrief.stages)
    rated = sum(1 for s in debrief.steps if s.rating is not None)
    assert sum(sum(summary.ratings.values()) for summary in debrief.stages) == rated
    assert not isinstance(scenario.node(state.node), SceneNode)
