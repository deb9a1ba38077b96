"""What a player was shown, node by node: one record for ``trainer play --json`` and the
editor's test-from-here, so the two can be compared entry for entry."""

from __future__ import annotations

from typing import Any

from trainer.domain.engine import Action, PlayEngine, PlayState
from trainer.domain.model import ChecklistNode, DecisionNode, EndingNode, ReportNode
from trainer.domain.ordering import in_shown_order
from trainer.domain.render import TextRenderer


class Transcript:
    """What the player was shown, node by node, as the app would show it.

    Texts go through :class:`~trainer.domain.render.TextRenderer` with the state
    standing at the node (so path alternatives and forms of address are the app's),
    and choices and items are listed in the order the app shows them for ``seed``
    (:func:`~trainer.domain.ordering.in_shown_order`; a report's items in file order).
    Call :meth:`see` with every state shown and :meth:`answered` after every answer.
    """

    def __init__(self, engine: PlayEngine, renderer: TextRenderer, seed: int | None) -> None:
        self.engine = engine
        self.renderer = renderer
        self.seed = seed
        self.entries: list[dict[str, Any]] = []
        self._states: list[PlayState] = []  # the state at each entry's node

    def see(self, state: PlayState) -> None:
        """Record the node ``state`` stands at, if it was not recorded yet."""
        if self._states and self._states[-1].path == state.path:
            return  # still at the node recorded last
        node = self.engine.current_node(state)
        render = self.renderer
        entry: dict[str, Any] = {
            "node": node.id,
            "type": node.type.value,
            "title": render.optional_at(node.title, state),
            "text": render.at(node.text, state),
        }
        if node.image is not None:
            entry["image"] = node.image
            entry["image_alt"] = render.text(node.image_alt) if node.image_alt else None
        if isinstance(node, DecisionNode):
            shown = in_shown_order(self.engine.offered(state), node, self.seed)
            entry["choices"] = [choice.id for choice in shown]
        elif isinstance(node, ChecklistNode):
            entry["items"] = [item.id for item in in_shown_order(node.items, node, self.seed)]
        elif isinstance(node, ReportNode):
            entry["items"] = [item.id for item in node.items]
        elif isinstance(node, EndingNode):
            entry["debrief"] = render.optional_at(node.debrief, state)
        self.entries.append(entry)
        self._states.append(state)

    def answered(self, after: PlayState) -> None:
        """Add what was chosen at the last decision recorded, and its feedback.

        The feedback is chosen with the state as it was before the choice applied,
        as the app does.
        """
        if not self.entries or not after.steps:
            return
        step = after.steps[-1]
        entry, before = self.entries[-1], self._states[-1]
        node = self.engine.current_node(before)
        if entry["node"] != step.node or not isinstance(node, DecisionNode):
            return
        choice = node.on_timeout if step.action is Action.TIMEOUT else None
        if choice is None:
            choice = next((c for c in node.choices if c.id == step.choice), None)
        if choice is not None:
            entry["chosen"] = step.choice
            entry["feedback"] = self.renderer.at(choice.feedback, before)
