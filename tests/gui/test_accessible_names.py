"""Every control the keyboard reaches has a name a screen reader can say (issue 4, point 7).

A control's name is its accessible name, else what Qt's accessibility reads for it: a
button's text, or the text of the label whose buddy it is. The screens are walked
through the real widgets, in Polish and English.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)

from tests.gui.screens import (
    finish_tutorial_headless,
    play_tutorial_by_clicks,
    settle,
)

pytestmark = pytest.mark.gui


def unnamed(page: QWidget) -> list[str]:
    """Visible controls reachable with Tab that have no name to read out."""
    buddies = {
        id(label.buddy()): label.text()
        for label in page.window().findChildren(QLabel)
        if label.buddy() is not None
    }
    found = []
    for widget in page.findChildren(QWidget):
        if not widget.isVisible() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QTabBar | QTabWidget):
            continue  # read out tab by tab, by the tabs' own texts
        if isinstance(widget.parentWidget(), QAbstractSpinBox):
            continue  # the field inside a date box: the box is what is named
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text()
        if not name:
            name = buddies.get(id(widget), "")
        if not name.replace("&", "").strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_control_on_every_screen_has_a_name(qtbot, window, language: str) -> None:
    window.set_language(language)
    finish_tutorial_headless(window, "Anna Nowak")
    settle(qtbot)
    assert not unnamed(window.profiles), unnamed(window.profiles)

    window.profiles.profiles.setCurrentRow(0)
    window.profiles.sign_in_button.click()
    settle(qtbot)
    assert not unnamed(window.library), unnamed(window.library)

    def look() -> None:
        assert not unnamed(window.player), unnamed(window.player)

    play_tutorial_by_clicks(qtbot, window, look)
    assert not unnamed(window.debrief), unnamed(window.debrief)

    window.show_history()
    qtbot.waitUntil(lambda: window.history.proxy.rowCount() == 2, timeout=10_000)
    settle(qtbot)
    assert not unnamed(window.history), unnamed(window.history)
    window.history.table.selectRow(0)
    window.history.replay_button.click()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.replay, timeout=10_000)
    settle(qtbot)
    assert not unnamed(window.replay), unnamed(window.replay)

    trainer = window.context.services.profiles.create(
        "Instruktor", role="trainer", secret="Zaq1-trener-2026"
    )
    assert window.overview.show_for(trainer)
    window.stack.setCurrentWidget(window.overview)
    settle(qtbot)
    for tab in range(window.overview.tabs.count()):
        window.overview.tabs.setCurrentIndex(tab)
        settle(qtbot)
        problems = unnamed(window.overview)
        assert not problems, (tab, "\n".join(problems))
