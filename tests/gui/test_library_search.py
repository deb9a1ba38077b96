"""The library's search, typed with real keys: word forms, no diacritics, no result."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.screens import finish_tutorial_headless, settle
from trainer.gui.library.model import CARD_ROLE

pytestmark = pytest.mark.gui


def open_library(qtbot, window, language: str) -> object:
    window.set_language(language)
    finish_tutorial_headless(window, "Anna Nowak")
    window.profiles.profiles.setCurrentRow(0)
    qtbot.keyClick(window.profiles.profiles, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library
    settle(qtbot)
    return window.library


def shown_keys(library) -> list[str]:
    proxy = library.proxy
    return [proxy.index(row, 0).data(CARD_ROLE).key for row in range(proxy.rowCount())]


def type_search(qtbot, library, text: str) -> None:
    qtbot.keyClick(library.list, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert library.search.hasFocus()
    library.search.selectAll()
    qtbot.keyClicks(library.search, text)
    settle(qtbot)


@pytest.mark.parametrize("language", ["pl", "en"])
def test_synagoga_finds_the_synagogue_scenario_and_selects_it(qtbot, window, language) -> None:
    library = open_library(qtbot, window, language)
    assert len(shown_keys(library)) == 9
    type_search(qtbot, library, "synagoga")  # the summary says "synagogi"
    assert shown_keys(library) == ["synagogue-graffiti"]
    assert library.current_card().key == "synagogue-graffiti"  # the single match, selected
    assert library.start_button.isEnabled()
    title = "Farba przed szabatem" if language == "pl" else "Paint before Shabbat"
    assert library.detail_title.text() == title
    assert library.list.isVisible() and not library.no_match.isVisible()


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("pamieci marsz", "march-of-remembrance"),  # "Marsz Pamięci"
        ("MOW PO POLSKU", "tram-ukrainian-mother"),  # "Mów po polsku!"
        ("cerkwia", "liturgy-interrupted"),  # "w cerkwi"
        ("kamienie tabor", "roma-centre-stones"),  # "Kamienie przed Taborem"
    ],
)
def test_diacritics_and_case_are_optional(qtbot, window, query: str, key: str) -> None:
    library = open_library(qtbot, window, "pl")
    type_search(qtbot, library, query)
    assert shown_keys(library) == [key]
    assert library.current_card().key == key


@pytest.mark.parametrize("language", ["pl", "en"])
def test_no_result_says_so_and_offers_to_clear_the_search(qtbot, window, language) -> None:
    library = open_library(qtbot, window, language)
    type_search(qtbot, library, "xyzzy kosmos")
    assert shown_keys(library) == []
    assert library.no_match.isVisible() and not library.list.isVisible()
    assert not library.details_panel.isVisible()  # no empty details beside it
    assert "synagoga" in library.no_match_hint.text()  # how the search reads words
    said = library.no_match_text.text()
    if language == "pl":
        assert said == "Żaden scenariusz nie pasuje do „xyzzy kosmos”."
        assert library.clear_search_button.text() == "W&yczyść wyszukiwanie"
    else:
        assert said == "No scenario matches “xyzzy kosmos”."
        assert library.clear_search_button.text() == "&Clear the search"
    assert not library.start_button.isEnabled()

    # Reached by the keyboard: Tab from the search goes past the topic filter to it.
    for _ in range(4):
        if library.clear_search_button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert library.clear_search_button.hasFocus()
    qtbot.keyClick(library.clear_search_button, Qt.Key.Key_Return)
    settle(qtbot)
    assert library.search.text() == ""
    assert len(shown_keys(library)) == 9
    assert library.list.isVisible() and not library.no_match.isVisible()
    assert library.details_panel.isVisible()
    assert library.current_card() is not None and library.start_button.isEnabled()


def test_the_clear_button_also_answers_to_its_alt_letter(qtbot, window) -> None:
    library = open_library(qtbot, window, "en")
    type_search(qtbot, library, "nothing-like-this")
    qtbot.keyClick(library.search, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    # A mnemonic "animates" its button's click for 100 ms.
    qtbot.waitUntil(lambda: len(shown_keys(library)) == 9, timeout=2000)
    assert library.list.hasFocus()


def test_a_topic_is_found_by_the_words_the_topic_filter_shows(qtbot, window) -> None:
    library = open_library(qtbot, window, "pl")
    index = library.tag.findData("place-of-worship")
    assert index > 0
    library.tag.setItemText(index, "Miejsce kultu religijnego")  # as a tag label reads
    library.retranslate()
    type_search(qtbot, library, "miejsca kultu")
    tagged = {
        card.key for card in window.cards if card.playable and "place-of-worship" in card.tags
    }
    assert set(shown_keys(library)) == tagged
    assert len(tagged) >= 2
