"""Playing an attempt through the services in tests (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from trainer.domain.model import ReportNode, SceneNode

#: The note written at a report node when a test does not say (long enough for the
#: shipped scenarios' ``min_words``; the services do not ask for it, the play view does).
TEST_NOTE = " ".join(["Notatka"] * 60)


def play_tokens(play: Any, active: Any, tokens: Iterable[str], *, finish: bool = True) -> None:
    """Answer ``tokens`` in turn, continuing through the scenes between them; then, if
    ``finish``, continue to the ending (``play``: a PlayService). At a report node the
    token is the ticked items, and :data:`TEST_NOTE` the note."""
    for token in tokens:
        while isinstance(active.engine.current_node(active.state), SceneNode):
            play.advance(active, "")
        report = isinstance(active.engine.current_node(active.state), ReportNode)
        play.advance(active, token, note=TEST_NOTE if report else "")
    if finish:
        while not active.state.finished:
            play.advance(active, "")
