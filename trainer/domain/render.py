"""What the officer reads: a Text in their language, the path's alternative, their form of address.

Every screen, report and the CLI transcript go through one :class:`TextRenderer`,
so the player, the debrief and the replay of the same step show the same words.
The result is still markup (see :mod:`trainer.domain.markup`): the caller renders it.
"""

from __future__ import annotations

from dataclasses import dataclass

from trainer.domain.address import Address, apply_address
from trainer.domain.engine import PlayState, state_context
from trainer.domain.model import Scenario
from trainer.domain.text import Text
from trainer.domain.variants import PathText, choose_text


@dataclass(frozen=True, slots=True)
class TextRenderer:
    """Renders one scenario's texts for one language and form of address."""

    scenario: Scenario
    language: str
    address: Address = Address.NONE

    def text(self, value: Text | None) -> str:
        """``value`` in the language (falling back to the default), forms applied; "" for None."""
        if value is None:
            return ""
        raw = value.resolve(self.language, self.scenario.default_language)
        if not self.scenario.reads_address_forms:
            return raw
        return apply_address(raw, self.address)

    def at(self, value: PathText | None, state: PlayState | None) -> str:
        """A path-aware ``value`` as shown in ``state`` (the state standing at its node).

        With no state (a list, an overview) the last, unconditional alternative is shown.
        """
        if value is None:
            return ""
        context = None if state is None else state_context(state)
        return self.text(choose_text(value, context))

    def optional_at(self, value: PathText | None, state: PlayState | None) -> str | None:
        """Like :meth:`at`, but None when there is no value (an untitled node)."""
        return None if value is None else self.at(value, state)
