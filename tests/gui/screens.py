"""Getting the real main window to each of its screens, for tests that look at them all."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox, QScrollBar, QWidget

from tests.gui.report_steps import answer_report_token
from tests.play_support import play_tokens
from trainer.domain.model import ChecklistNode, DecisionNode, EndingNode, Mode, ReportNode
from trainer.gui.main import build_window


@contextmanager
def shown_window(qtbot, data_dir: Path, size: tuple[int, int] = (1366, 768)) -> Iterator[object]:
    """The real main window on ``data_dir``, shown at ``size`` and active; closed after.

    1366×768 is the station laptops' screen; 1000×640 the smallest window supported.
    """
    _app, window = build_window(data_dir, synchronous=True)
    qtbot.addWidget(window)
    window.resize(*size)  # type: ignore[attr-defined]
    window.show()  # type: ignore[attr-defined]
    qtbot.waitExposed(window)
    # Enter on buttons and dialogs fitting their titles start after the first paint.
    qtbot.waitUntil(lambda: window.app_filters_installed)  # type: ignore[attr-defined]
    window.activateWindow()  # type: ignore[attr-defined]
    try:
        yield window
    finally:
        window.translations.install("en")  # type: ignore[attr-defined]
        window.context.services.close(backup=False)  # type: ignore[attr-defined]


def answer_with(
    role: QMessageBox.ButtonRole, seen: list[str] | None = None
) -> Callable[[QMessageBox], int]:
    """A stand-in for ``QMessageBox.exec`` that clicks the box's button of ``role``
    (and notes the box's text in ``seen``)."""

    def exec_(box: QMessageBox) -> int:
        if seen is not None:
            seen.append(box.text())
        for button in box.buttons():
            if box.buttonRole(button) == role:
                button.click()
                break
        return 0

    return exec_


def _geometries() -> list[tuple[str, tuple[int, int, int, int], int]]:
    """Where every visible widget of the shown windows is (in the order of the widget
    tree), and how far each scroll bar goes."""
    seen = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            if widget.isVisible():
                extra = widget.maximum() if isinstance(widget, QScrollBar) else 0
                seen.append((type(widget).__name__, widget.geometry().getRect(), extra))
    return seen


def settle(qtbot) -> None:
    """Wait until the window stops moving: layouts and style sheet polish run from the
    event loop, in several passes (a scroll bar that appears narrows the page, wrapped
    text grows taller, the scroll bar goes again). A fixed wait looked at a half-done
    layout whenever the machine was busy; an officer sees the finished one. A layout
    that never comes to rest is a fault of its own."""
    qtbot.wait(30)
    before = _geometries()
    for _ in range(100):
        qtbot.wait(30)
        now = _geometries()
        if now == before:
            return
        before = now
    raise AssertionError("the window's layout never comes to rest")


def finish_tutorial_headless(window: object, name: str) -> None:
    """A new profile ``name`` with a finished best-path tutorial (the library shows results)."""
    services = window.context.services  # type: ignore[attr-defined]
    profile = services.profiles.create(name)
    tutorial = next(e for e in window.context.library.load() if e.key == "tutorial")  # type: ignore[attr-defined]
    active = services.play.start(profile, tutorial.result, mode=Mode.PRACTICE, language="pl")
    play_tokens(services.play, active, tutorial.result.analysis.best_tokens)
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
        answered = DecisionNode | ChecklistNode | ReportNode
        if player.feedback.isVisible() or not isinstance(node, answered):
            player.primary.click()
            continue
        token = tokens.pop(0)
        if isinstance(node, ReportNode):
            answer_report_token(qtbot, player, token)  # ends on its feedback
            look()
        elif isinstance(node, DecisionNode):
            offered = [c.id for c in player.active.shown_choices()]
            player._choice_buttons[offered.index(token)].click()
        else:
            wanted = set(filter(None, token.split(",")))
            for box in player._checks:
                if (box.property("item_id") in wanted) != box.isChecked():
                    box.click()
            player.primary.click()
    assert window.stack.currentWidget() is window.debrief  # type: ignore[attr-defined]
    settle(qtbot)
