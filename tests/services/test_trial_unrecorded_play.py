"""UnrecordedPlayService: the play service's steps with no store behind them."""

from __future__ import annotations

import pytest

from tests.conftest import SCENARIOS_DIR
from trainer.domain.address import Address
from trainer.domain.engine import PlayEngine, PlayState
from trainer.domain.errors import PlayError
from trainer.scenario_io.reader import load_scenario
from trainer.services.play import UnrecordedPlayService
from trainer.services.transcript import Transcript


def test_plays_from_a_state_and_tells_every_step() -> None:
    loaded = load_scenario(SCENARIOS_DIR / "tutorial")
    assert loaded.scenario is not None
    service = UnrecordedPlayService(seeds=lambda: 11)
    heard: list[PlayState] = []
    service.step_taken.append(heard.append)
    state = PlayEngine(loaded.scenario).start_at("talk_olena", variables={"trust": 0})
    active = service.begin_at(loaded, state, language="en", address=Address.FEMININE)
    assert active.seed == 11 and active.address is Address.FEMININE
    assert not hasattr(service, "store")  # nothing to write to, by construction
    transcript = Transcript(active.engine, active.renderer, active.seed)
    transcript.see(active.state)
    service.advance(active, "listen_first")
    service.advance(active, "")  # the scene after it
    assert [s.node for s in heard] == ["heads_up", "passerby"]
    assert heard[-1] is active.state
    assert active.state.variables == {"trust": 1}
    service.keep_time_left(active, 5_000)  # the timed decision's clock, kept in memory
    assert active.time_left_ms() == 5_000
    service.open_card(active, "anything")  # recorded nowhere, and no error


def test_refuses_a_language_the_scenario_lacks_and_a_profile_start() -> None:
    loaded = load_scenario(SCENARIOS_DIR / "tutorial")
    assert loaded.scenario is not None
    service = UnrecordedPlayService()
    state = PlayEngine(loaded.scenario).start()
    with pytest.raises(PlayError, match="not written in 'de'"):
        service.begin_at(loaded, state, language="de")
    with pytest.raises(PlayError, match="begin_at"):
        service.start(None, loaded, mode=None, language="en")  # type: ignore[arg-type]
