"""The form-of-address problems in the Polish UI: no English left, the position kept."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from tests.gui.editor.forms.keyboard import type_text
from tests.gui.editor.forms.test_condition_errors_polish import english_words
from trainer.domain.address import ALTERNATION_CODES, alternation_problem
from trainer.gui.editor.forms.parser_texts import address_problem_text, has_address_sentence
from trainer.gui.i18n import Translations

# One broken text per kind of problem, with the code and the position it must give.
CORPUS = [
    ("Co zrobiłeś}?", "unopened-brace", 11),
    ("Co {zrobiłeś?", "unclosed-brace", 3),
    ("Co {zrobiłeś|zrobiłaś {", "unclosed-brace", 3),
    ("Co {zrobiłeś}?", "not-two-forms", 3),
    ("Co {a|b|c}?", "not-two-forms", 3),
    ("Co {zrobiłeś| }?", "empty-form", 3),
]


@pytest.fixture
def polish(qapp) -> Iterator[None]:
    assert Translations(QCoreApplication.instance()).install("pl")  # type: ignore[arg-type]
    yield


def test_each_problem_has_its_code_and_every_code_a_sentence() -> None:
    seen = set()
    for text, code, position in CORPUS:
        problem = alternation_problem(text)
        assert problem is not None
        assert (problem.code, problem.position) == (code, position)
        seen.add(problem.code)
    assert seen == set(ALTERNATION_CODES)
    assert all(has_address_sentence(code) for code in ALTERNATION_CODES)


def test_english_ui_keeps_the_domains_own_words(qapp) -> None:
    for text, _, _ in CORPUS:
        problem = alternation_problem(text)
        assert problem is not None
        assert address_problem_text(problem) == problem.message


@pytest.mark.usefixtures("polish")
def test_polish_ui_has_no_problem_left_in_english() -> None:
    for text, _, _ in CORPUS:
        problem = alternation_problem(text)
        assert problem is not None
        polish = address_problem_text(problem)
        assert polish != problem.message
        assert not english_words(polish), (text, polish)
        assert "%1" not in polish
    problem = alternation_problem("Co {zrobiłeś}?")
    assert problem is not None
    assert address_problem_text(problem) == (
        "W {zrobiłeś} powinny być dwie formy, męska|żeńska, rozdzielone jednym '|'"
    )


@pytest.mark.usefixtures("polish")
def test_a_broken_form_of_address_shows_a_polish_problem(qtbot, open_pane) -> None:
    pane = open_pane("tutorial")
    path = ("nodes", "welcome", "title", "pl")
    pane.show_path(path)
    field = pane.field_at(path)
    box = field.editors["pl"]
    qtbot.keyClick(box, Qt.Key.Key_End)
    before = len(box.text())
    type_text(qtbot, box, " – co {zrobiłeś|")
    label = field.problems["pl"]
    assert label.isVisible()
    assert label.text() == (
        f"Forma zwracania się, przy znaku {before + 7}: "  # the "{", counted from 1
        "Znak '{' nie jest zamknięty przez '}' (aby wstawić samą klamrę, napisz {{)"
    )
