"""My history's "where to improve" suggests scenarios not played yet first."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.screens import finish_tutorial_headless, settle

pytestmark = pytest.mark.gui


@pytest.mark.parametrize("language", ["pl", "en"])
def test_scenarios_not_played_yet_come_first(qtbot, window, language: str) -> None:
    window.set_language(language)
    finish_tutorial_headless(window, "Anna Nowak")
    qtbot.keyClick(window.profiles.profiles, Qt.Key.Key_Return)
    settle(qtbot)
    with qtbot.waitSignal(window.history.report_loaded, timeout=10_000):
        window.library.history_button.setFocus()
        qtbot.keyClick(window.library.history_button, Qt.Key.Key_Return)
    page = window.history
    tips = page.improve.toPlainText()
    report = page.report
    weakest = report.weakest(3)
    assert weakest
    titles = {card.key: card.title_in(language) for card in window.cards}
    not_yet = "not played yet" if language == "en" else "jeszcze nierozegrany"
    starts = [tips.index(trend.label) for trend in weakest] + [len(tips)]
    for number, trend in enumerate(weakest):
        block = tips[starts[number] : starts[number + 1]]
        trains = [c.key for c in window.cards if trend.competency in c.competency_ids]
        fresh = [key for key in trains if key != "tutorial"]
        assert fresh, trend.competency  # the shipped scenarios train every competency
        first_fresh = block.index(titles[fresh[0]])
        assert f"{titles[fresh[0]]} — {not_yet}" in block
        # The tutorial, played, comes after every suggestion not played yet.
        shown_fresh = [block.index(titles[k]) for k in fresh if titles[k] in block]
        if titles["tutorial"] in block:
            assert block.index(titles["tutorial"]) > max(shown_fresh) >= first_fresh
