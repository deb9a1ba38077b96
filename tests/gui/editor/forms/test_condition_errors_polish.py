"""The condition parser's errors in the Polish UI: no English left, the position kept."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit

from tests.domain.test_condition_error_codes import CORPUS, error_of
from trainer.domain.conditions import ERROR_CODES
from trainer.gui.editor.forms.condition_field import ConditionField
from trainer.gui.editor.forms.parser_texts import condition_error_text, has_sentence
from trainer.gui.i18n import Translations

# English words that must not survive in a Polish sentence (quoted code such as
# 'and', 'not' or `trust > 0` is the condition language itself and is left out).
STOP_WORDS = {
    "the", "use", "expected", "instead", "add", "found", "is", "are", "must", "but",
    "with", "only", "not", "allowed", "after", "before", "missing", "write", "number",
    "name", "condition", "quoted", "end", "takes", "got", "supported", "operator", "put",
}  # fmt: skip
_QUOTED = re.compile(r"'[^']*'|`[^`]*`|\"[^\"]*\"|\w+\(\.\.\.\)|\w+\([^)]*\)")


@pytest.fixture
def polish(qapp) -> Iterator[None]:
    assert Translations(QCoreApplication.instance()).install("pl")  # type: ignore[arg-type]
    yield


def english_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", _QUOTED.sub(" ", text).lower())) & STOP_WORDS


def test_every_code_has_a_sentence() -> None:
    assert all(has_sentence(code) for code in ERROR_CODES)


def test_english_ui_keeps_the_parsers_own_words(qapp) -> None:
    for source, _ in CORPUS:
        error = error_of(source)
        assert condition_error_text(error) == error.message


@pytest.mark.usefixtures("polish")
def test_polish_ui_has_no_message_left_in_english() -> None:
    seen = set()
    for source, _ in CORPUS:
        error = error_of(source)
        seen.add(error.code)
        text = condition_error_text(error)
        assert text != error.message, source
        assert not english_words(text), (source, text)
        assert not re.search(r"%\d", text), text  # every placeholder filled
        assert error.message == error_of(source).message  # the domain is untouched
    assert len(seen) == len(ERROR_CODES)


@pytest.mark.usefixtures("polish")
def test_polish_sentences_quote_the_parts_of_the_mistake() -> None:
    assert condition_error_text(error_of("a >")) == (
        "Po '>' powinna stać liczba albo nazwa, a jest koniec warunku"
    )
    assert condition_error_text(error_of("a > 1 && b")) == "Zamiast '&&' napisz 'and'"
    assert condition_error_text(error_of("visited('a', 'b')")) == (
        "visited() przyjmuje tyle argumentów: 1, np. visited('krok'), a podano: 2"
    )
    assert "`a > 0`" in condition_error_text(error_of("a"))


@pytest.mark.usefixtures("polish")
def test_a_wrong_condition_typed_in_the_polish_editor_shows_a_polish_error(
    qtbot, open_pane
) -> None:
    pane = open_pane("tutorial")
    path = ("nodes", "man_leaves", "next", 0, "if")
    pane.show_path(path)
    field = pane.field_at(path)
    assert isinstance(field, ConditionField)
    edit: QLineEdit = field.edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "trust >= 2 && visited('heads_up')")
    assert field.message.isVisible()
    assert field.message.text() == "Błąd przy znaku 12: Zamiast '&&' napisz 'and'"

    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "trust >=")
    text = field.message.text()
    assert text.startswith("Błąd przy znaku 9: ")
    assert not english_words(text), text
