"""A Text's "missing" marks: an optional Text nobody wrote is not missing."""

from __future__ import annotations

import pytest

from trainer.authoring.commands import InsertNode
from trainer.gui.editor.forms.text_field import TextField

pytestmark = pytest.mark.gui


def test_an_empty_optional_title_is_not_marked_missing_until_one_language_has_it(
    qtbot, opened
) -> None:
    body = {
        "type": "scene",
        "title": {"pl": "", "en": ""},  # as a new node from the template has it
        "text": {"pl": "Tekst", "en": "Text"},
        "next": "end_success",
    }
    opened.session.push(InsertNode("fresh", body))
    opened.session.select(("nodes", "fresh", "title", "pl"))
    title = next(
        f
        for f in opened.form.ctx.fields
        if isinstance(f, TextField) and f.path == ("nodes", "fresh", "title")
    )
    assert not any(label.isVisible() for label in title.missing.values())
    qtbot.keyClicks(title.editors["pl"], "Na miejscu")
    assert title.missing["en"].isVisible()  # written in Polish: English is now missing
    assert not title.missing["pl"].isVisible()
