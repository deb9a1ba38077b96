"""File › Import from Twine…: a Twee story becomes a draft and opens, its warnings told
in the UI language (Polish: no English sentence left), nothing written on a bad file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication

from trainer.exchange.twee import parse_twee
from trainer.exchange.twee_import import import_twee
from trainer.gui.editor import twine_import
from trainer.gui.editor.twine_texts import warning_text
from trainer.gui.i18n import Translations

pytestmark = pytest.mark.gui

DATA = Path(__file__).resolve().parents[2] / "exchange" / "data"

# A story that trips most of the importer's warnings.
STORY = """\
Some words before any passage.

:: StoryTitle
Przystanek

:: StoryData
{"ifid": "D674C58C-DEFA-4F70-B7A2-27742230C0FC", "start": "Nowhere", "format": "SugarCube"}

:: Script [script]
window.x = 1;

:: Start [odd-tag] {"position": "oops"}
Na przystanku <<set $ok to true>> ktoś krzyczy. <b>Głośno</b>.
[[Podejdź|Podejście]]
[[Zadzwoń->Telefon]]
[[Strona|https://example.org]]
[[Dalej][$x to 1]]

:: Podejście [success]
Podchodzisz spokojnie.

:: Podejście
A second one.

:: Telefon [failure]
Dzwonisz.
[[Sam|Missing passage]]
"""

ENGLISH = {
    "the", "is", "was", "not", "passage", "story", "link", "text", "kept", "read",
    "line", "and", "with", "has", "an", "for", "its", "left", "out", "could",
}  # fmt: skip
# Quoted parts (the story's own words), [setters], <tags> and tag names are not wording.
_QUOTED = re.compile(r"„[^”]*”|“[^”]*”|\[[^\]]*\]|<[^>]*>|\b(?:success|partial|failure)\b")


@pytest.fixture
def polish(qapp) -> Iterator[None]:
    assert Translations(QCoreApplication.instance()).install("pl")  # type: ignore[arg-type]
    yield


def _import_warnings(text: str):  # type: ignore[no-untyped-def]
    return import_twee(parse_twee(text), scenario_id="x", language=None).warnings


def test_every_warning_of_a_hostile_story_has_a_code_and_a_polish_sentence(polish) -> None:
    warnings = _import_warnings(STORY)
    codes = {w.code for w in warnings}
    assert {"stray-text", "passage-skipped", "format-markup", "web-link", "link-setter"} <= codes
    assert {"missing-target", "tag-dropped", "bad-position", "duplicate-passage"} <= codes
    for warning in warnings:
        sentence = warning_text(warning)
        assert sentence != warning.message, warning.code  # worded from its code
        left = set(re.findall(r"[a-z]+", _QUOTED.sub(" ", sentence).lower())) & ENGLISH
        assert not left, (warning.code, sentence)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=':[]{}|<>$-/\\ \nabcSP"0123456789ąę,', max_size=300))
def test_every_import_warning_has_a_code(text: str) -> None:
    from trainer.exchange.twee import TweeError

    try:
        warnings = _import_warnings(text)
    except TweeError:
        return
    assert all(w.code for w in warnings)


def test_the_story_becomes_a_draft_that_opens_with_its_warnings_in_polish(
    qtbot, polish, opened, tmp_path: Path, monkeypatch
) -> None:
    source = tmp_path / "Przystanek nocą.twee"
    source.write_text(STORY, encoding="utf-8")
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(twine_import, "ask_new_id", lambda *_args: "przystanek-noca")
    monkeypatch.setattr(
        twine_import,
        "show_warnings",
        lambda _p, _title, text, details: told.append((text, details)),
    )
    opened.session.undo_stack.setClean()
    assert opened.import_from_twine(source)
    draft = opened.places.own_dir / "przystanek-noca"
    assert (draft / "scenario.yaml").is_file()
    assert opened.session is not None and opened.session.doc.path == draft / "scenario.yaml"
    assert not opened.session.read_only
    assert "Podejście" in opened.session.doc.to_text()
    [(text, detail)] = told
    assert "przystanek-noca" in text
    assert "Przystanek nocą.twee, wiersz" in detail
    assert "fragment „" in detail or "fragment “" in detail


def test_a_file_that_is_no_story_writes_nothing_and_says_where(
    qtbot, polish, opened, tmp_path: Path, monkeypatch
) -> None:
    source = tmp_path / "notes.twee"
    source.write_text("just some notes, no passage at all\n", encoding="utf-8")
    told: list[tuple[str, str, bool]] = []
    monkeypatch.setattr(twine_import, "ask_new_id", lambda *_args: "notes")
    monkeypatch.setattr(
        twine_import,
        "tell",
        lambda _p, _title, text, detail="", *, error: told.append((text, detail, error)),
    )
    before = opened.session.doc.path
    assert not opened.import_from_twine(source)
    assert not (opened.places.own_dir / "notes").exists()
    [(text, detail, error)] = told
    assert error and "notes.twee" in text and detail == ""  # Polish: no English detail
    assert opened.session is None or opened.session.doc.path == before


def test_the_suggested_id_comes_from_the_file_name() -> None:
    assert twine_import.suggested_id(Path("Park Incident (v2).twee")) == "park-incident-v2"
    assert twine_import.suggested_id(Path("---.twee")) == "twine-story"
    assert twine_import.suggested_id(Path("Przystanek nocą, Łódź.twee")) == "przystanek-noca-lodz"


def test_the_fifty_passage_story_imports_from_the_file_menu(qtbot, opened, monkeypatch) -> None:
    monkeypatch.setattr(twine_import, "ask_new_id", lambda *_args: "story-50")
    monkeypatch.setattr(twine_import, "show_warnings", lambda *_a, **_k: None)
    opened.session.undo_stack.setClean()
    assert opened.import_from_twine(DATA / "story-50.twee")
    assert len(list(opened.session.doc.node_ids())) >= 50
    assert opened.map.scene is not None and len(opened.map.scene.cards) >= 50
