"""The player's clock holds any time limit (issue 13, point 9).

The validator caps time limits at an hour, but a scenario can reach the player
by other ways (an older validator's snapshot, a resumed attempt): a limit of
2,147,484 s overflowed Qt's 32-bit progress bar, so Start did nothing, a
traceback went to stderr and the attempt stayed in progress. Covers T21
(the engine never raises on a valid graph, here on screen).
"""

from __future__ import annotations

import pytest

from tests.gui.test_fair_play import go_to, seconds_shown, start_tutorial
from trainer.domain.model import DecisionNode
from trainer.gui.player.page import QT_INT_MAX, qt_int

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("value", "clamped"),
    [(-5, 0), (0, 0), (60_000, 60_000), (QT_INT_MAX, QT_INT_MAX), (QT_INT_MAX + 1, QT_INT_MAX)],
)
def test_qt_int_clamps_to_what_qt_holds(value: int, clamped: int) -> None:
    assert qt_int(value) == clamped


@pytest.mark.parametrize("seconds", [2_147_484, 10**9])
def test_a_time_limit_past_qt_int_still_runs_the_clock(qtbot, window, seconds: int) -> None:
    """A decision with a limit past Qt's int range shows and runs its clock."""
    start_tutorial(qtbot, window, "Anna", seed=3)
    window.translations.install("en")
    go_to(qtbot, window, "heads_up")  # the scene before the timed decision
    active = window.player.active
    passerby = active.scenario.nodes["passerby"]
    assert isinstance(passerby, DecisionNode) and passerby.time_limit is not None
    original = passerby.time_limit
    object.__setattr__(passerby, "time_limit", seconds)  # as a file past the cap would say
    try:
        go_to(qtbot, window, "passerby")
        player = window.player
        assert player.active.state.node == "passerby"
        assert player.timer_label.isVisible()
        assert seconds_shown(window) == seconds
        assert player.timer_bar.maximum() == QT_INT_MAX
        qtbot.wait(600)
        assert player._countdown.isActive()
        assert seconds_shown(window) in (seconds, seconds - 1)
    finally:
        object.__setattr__(passerby, "time_limit", original)
