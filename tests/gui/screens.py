"""Getting the real main window to each of its screens, for tests that look at them all."""

from __future__ import annotations

from collections.abc import Callable

from trainer.domain.model import ChecklistNode, DecisionNode, EndingNode, Mode


def settle(qtbot) -> None:
    qtbot.wait(30)  # layouts and style sheet polish run from the event loop


def finish_tutorial_headless(window: object, name: str) -> None:
    """A new profile ``name`` with a finished best-path tutorial (the library shows results)."""
    services = window.context.services  # type: ignore[attr-defined]
    profile = services.profiles.create(name)
    tutorial = next(e for e in window.context.library.load() if e.key == "tutorial")  # type: ignore[attr-defined]
    active = services.play.start(profile, tutorial.result, mode=Mode.PRACTICE, language="pl")
    for token in tutorial.result.analysis.best_tokens:
        while not isinstance(
            active.engine.current_node(active.state), DecisionNode | ChecklistNode
        ):
            services.play.advance(active, "")
        services.play.advance(active, token)
    while not active.state.finished:
        services.play.advance(active, "")
    window.profiles.refresh()  # type: ignore[attr-defined]


def play_tutorial_by_clicks(qtbot, window: object, look: Callable[[], None]) -> None:
    """From the library, start the tutorial and play its best path by clicking the real
    buttons, calling ``look`` at every step shown; ends on the debrief."""
    window.library.start_button.click()  # type: ignore[attr-defined]
    player = window.player  # type: ignore[attr-defined]
    assert window.stack.currentWidget() is player  # type: ignore[attr-defined]
    tutorial = next(e for e in window.context.library.load() if e.key == "tutorial")  # type: ignore[attr-defined]
    tokens = list(tutorial.result.analysis.best_tokens)
    for _ in range(100):
        settle(qtbot)
        look()
        node = player.active.engine.current_node(player.active.state)
        if isinstance(node, EndingNode) and not player.feedback.isVisible():
            player.primary.click()  # to the debrief
            break
        if player.feedback.isVisible() or not isinstance(node, DecisionNode | ChecklistNode):
            player.primary.click()
            continue
        token = tokens.pop(0)
        if isinstance(node, DecisionNode):
            offered = [c.id for c in player.active.engine.offered(player.active.state)]
            player._choice_buttons[offered.index(token)].click()
        else:
            wanted = set(filter(None, token.split(",")))
            for box in player._checks:
                if (box.property("item_id") in wanted) != box.isChecked():
                    box.click()
            player.primary.click()
    assert window.stack.currentWidget() is window.debrief  # type: ignore[attr-defined]
    settle(qtbot)
