"""Playing an attempt through the services in tests (no Qt)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from trainer.domain.model import SceneNode


def play_tokens(play: Any, active: Any, tokens: Iterable[str], *, finish: bool = True) -> None:
    """Answer ``tokens`` in turn, continuing through the scenes between them; then, if
    ``finish``, continue to the ending (``play``: a PlayService)."""
    for token in tokens:
        while isinstance(active.engine.current_node(active.state), SceneNode):
            play.advance(active, "")
        play.advance(active, token)
    if finish:
        while not active.state.finished:
            play.advance(active, "")
