"""The forms at 200% text on a 1366×768 screen, in Polish (the longer words): nothing cut."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.gui.test_large_text import LARGE, clipped, out_of_reach
from trainer.gui.i18n import Translations
from trainer.gui.style import stylesheet

PLACES = [
    (),
    ("competencies",),
    ("variables",),
    ("cards",),
    ("nodes",),
    ("nodes", "welcome"),  # scene
    ("nodes", "passerby"),  # timed decision
    ("nodes", "indicators"),  # checklist
    ("nodes", "write_note"),  # report, with alternatives
    ("nodes", "end_success"),  # ending
]


@pytest.mark.parametrize("language", ["pl", "en"])
def test_every_form_holds_at_200_percent_text(qtbot, open_pane, language: str) -> None:
    app = QApplication.instance()
    translations = Translations(app)
    translations.install(language)
    app.setStyleSheet(stylesheet(LARGE))
    try:
        pane = open_pane("tutorial")
        for place in PLACES:
            pane.show_path(place)
            for _ in range(3):
                QApplication.processEvents()
            assert pane.scroller.horizontalScrollBar().maximum() == 0, place  # no sideways
            assert clipped(pane) == [], place
            assert out_of_reach(pane) == [], place
    finally:
        translations.install("en")
        app.setStyleSheet("")
