"""Creating a profile in the app refuses look-alike and invisible names (issue 13, point 12).

The message is the same rule as the CLI's, in the UI language, and nothing is
stored. Covers T40 (shared-laptop privacy: no posing as someone else).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.message_boxes import Answerer, key

pytestmark = pytest.mark.gui


def create(qtbot, window, name: str) -> None:
    window.activateWindow()
    window.profiles.name_edit.setFocus()
    window.profiles.name_edit.setText(name)  # as pasted: keyClicks cannot type U+200B
    qtbot.keyClick(window.profiles.name_edit, Qt.Key.Key_Return)


@pytest.mark.parametrize(
    ("language", "name", "expected"),
    [
        ("en", "Jan\u200b Kowal", ["invisible or text-direction", "U+200B"]),
        ("en", "\u202eJan Kowal", ["invisible or text-direction", "U+202E"]),
        ("en", "Jan\x1b Kowal", ["control characters", "U+001B"]),
        ("pl", "Jan\u200b Kowal", ["niewidocznych", "U+200B"]),
    ],
)
def test_an_invisible_or_control_character_is_refused_with_a_reason(
    qtbot, window, answer_box: Answerer, language: str, name: str, expected: list[str]
) -> None:
    window.translations.install(language)
    asked = answer_box(qtbot, key(qtbot, Qt.Key.Key_Return))
    create(qtbot, window, name)
    qtbot.waitUntil(lambda: len(asked) == 1)
    for part in expected:
        assert part in asked[0].text
    assert window.stack.currentWidget() is window.profiles
    assert window.context.services.store.list_profiles() == []


def test_a_look_alike_of_an_existing_name_is_refused(qtbot, window, answer_box: Answerer) -> None:
    window.translations.install("en")
    window.context.services.profiles.create("Jan Kowal")
    window.profiles.refresh()
    asked = answer_box(qtbot, key(qtbot, Qt.Key.Key_Return))
    create(qtbot, window, "Ｊａｎ KOWAL")
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert "already exists (Jan Kowal)" in asked[0].text
    assert [p.display_name for p in window.context.services.store.list_profiles()] == ["Jan Kowal"]
