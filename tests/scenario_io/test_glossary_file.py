"""Reading glossary.yaml: a good file, every way a file can be wrong, and which file applies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from trainer.scenario_io.folders import find_scenario_folders
from trainer.scenario_io.glossary import (
    GLOSSARY_FILE,
    MAX_GLOSSARY_BYTES,
    GlossaryError,
    glossary_file_for,
    load_glossary,
)
from trainer.services.library import LibraryService

REPO = Path(__file__).resolve().parents[2]

GOOD = """\
# a comment
pl:
  - avoid: ["preferowan* język*"]
    prefer: w jakim języku woli rozmawiać
    why: >-
      tak mówi
      policjant
  - avoid: z adresem stron*
    prefer: z linkiem
    why: link
en:
  - {avoid: [a story], prefer: a pretext, why: calque}
"""


def _write(tmp_path: Path, text: str | bytes) -> Path:
    file = tmp_path / GLOSSARY_FILE
    if isinstance(text, bytes):
        file.write_bytes(text)
    else:
        file.write_text(text, encoding="utf-8")
    return file


def test_a_good_glossary_is_read_in_order(tmp_path: Path) -> None:
    glossary = load_glossary(_write(tmp_path, GOOD))
    assert [(e.language, e.avoid, e.prefer) for e in glossary.entries] == [
        ("pl", ("preferowan* język*",), "w jakim języku woli rozmawiać"),
        ("pl", ("z adresem stron*",), "z linkiem"),
        ("en", ("a story",), "a pretext"),
    ]
    assert glossary.entries[0].why == "tak mówi policjant"
    assert [m.found for m in glossary.matches("pl", "O preferowanym języku")] == [
        "preferowanym języku"
    ]


def test_an_empty_glossary_has_no_entries(tmp_path: Path) -> None:
    assert load_glossary(_write(tmp_path, "# nothing yet\n")).entries == ()


def test_the_shipped_glossary_reads(tmp_path: Path) -> None:
    glossary = load_glossary(REPO / "scenarios" / GLOSSARY_FILE)
    assert "pl" in glossary.languages()
    assert len(glossary.entries) >= 7


@pytest.mark.parametrize(
    ("text", "line", "column", "says"),
    [
        ("pl:\n  - avoid: [a\n", 3, 1, "not valid YAML"),
        ("pl: &x []\n", 1, 5, "anchors"),
        ("- a\n- b\n", 1, 1, "map language codes"),
        ("Polish:\n  - {avoid: a, prefer: b, why: c}\n", 1, 1, "not a language code"),
        ("pl: {avoid: a}\n", 1, 1, "a list of entries"),
        ("pl:\n  - just a phrase\n", 2, 5, "must be a mapping"),
        ("pl:\n  - {avoid: a, prefer: b}\n", 2, 5, "no 'why'"),
        ("pl:\n  - {avoid: a, prefer: b, why: c, note: d}\n", 2, 35, "unknown field 'note'"),
        ("pl:\n  - {avoid: [], prefer: b, why: c}\n", 2, 6, "at least one phrase"),
        ("pl:\n  - {avoid: [a, 3], prefer: b, why: c}\n", 2, 17, "phrase or a list"),
        ("pl:\n  - {avoid: a, prefer: '', why: c}\n", 2, 24, "'prefer' must be a text"),
        ("pl:\n  - {avoid: a, prefer: b, why: [c]}\n", 2, 27, "'why' must be a text"),
        ("pl:\n  - avoid: [ok, 'wskaź*nik']\n    prefer: b\n    why: c\n", 2, 17, "only end"),
        ("pl:\n  - {avoid: a, avoid: b, prefer: c, why: d}\n", 2, 16, "appears twice"),
    ],
)
def test_a_broken_glossary_names_file_line_and_column(
    tmp_path: Path, text: str, line: int, column: int, says: str
) -> None:
    file = _write(tmp_path, text)
    with pytest.raises(GlossaryError) as raised:
        load_glossary(file)
    problem = raised.value
    assert says in problem.message
    assert (problem.mark.line, problem.mark.column) == (line, column)
    assert str(problem).startswith(f"{file}:{line}:{column}: ")
    finding = problem.finding()
    assert (finding.code, finding.file, finding.line, finding.column) == (
        "bad-glossary",
        str(file),
        line,
        column,
    )
    assert finding.is_error


def test_a_glossary_that_is_not_utf8_or_too_large_is_refused(tmp_path: Path) -> None:
    with pytest.raises(GlossaryError, match="UTF-8"):
        load_glossary(_write(tmp_path, "pl: [é]\n".encode("latin-1")))
    with pytest.raises(GlossaryError, match="limited to"):
        load_glossary(_write(tmp_path, "#" * (MAX_GLOSSARY_BYTES + 1)))


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_linked_or_missing_glossary_is_refused_by_name(tmp_path: Path) -> None:
    real = tmp_path / "real.yaml"
    real.write_text(GOOD, encoding="utf-8")
    (tmp_path / GLOSSARY_FILE).symlink_to(real)
    with pytest.raises(GlossaryError, match="symbolic link"):
        load_glossary(tmp_path / GLOSSARY_FILE)
    with pytest.raises(GlossaryError, match="cannot read"):
        load_glossary(tmp_path / "missing.yaml")


def test_the_glossary_beside_the_scenario_folders_comes_first(tmp_path: Path) -> None:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    folder = tmp_path / "mine" / "case"
    folder.mkdir(parents=True)
    assert glossary_file_for(folder, shipped) is None
    assert glossary_file_for(folder, None) is None
    (shipped / GLOSSARY_FILE).write_text(GOOD, encoding="utf-8")
    assert glossary_file_for(folder, shipped) == shipped / GLOSSARY_FILE
    beside = _write(tmp_path / "mine", GOOD)
    assert glossary_file_for(folder, shipped) == beside


def test_a_scenario_folder_given_as_dot_finds_the_glossary_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    beside = _write(tmp_path, GOOD)
    monkeypatch.chdir(folder)
    assert glossary_file_for(Path("."), None) == beside


def test_the_library_and_the_scanner_ignore_the_glossary(tmp_path: Path) -> None:
    shipped = REPO / "scenarios"
    assert (shipped / GLOSSARY_FILE).is_file()
    folders = find_scenario_folders(shipped)
    assert all(folder.name != GLOSSARY_FILE for folder in folders)
    entries = LibraryService([(shipped, "shipped")]).load()
    assert {entry.key for entry in entries} == {folder.name for folder in folders}
    assert all(entry.result.playable for entry in entries)


def test_the_glossary_is_named_as_the_folder_was_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "library" / "case").mkdir(parents=True)
    _write(tmp_path / "library", GOOD)
    monkeypatch.chdir(tmp_path)
    assert glossary_file_for(Path("library/case"), None) == Path("library") / GLOSSARY_FILE


def test_the_frozen_bundle_finds_its_shipped_glossary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from trainer.paths import shipped_scenarios_dir

    bundle = tmp_path / "bundle"
    (bundle / "scenarios").mkdir(parents=True)
    shipped = _write(bundle / "scenarios", GOOD)
    monkeypatch.delenv("TRAINER_SCENARIOS_DIR", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    (tmp_path / "own" / "case").mkdir(parents=True)
    assert glossary_file_for(tmp_path / "own" / "case", shipped_scenarios_dir()) == shipped
    # The bundle takes the scenarios folder whole, so the glossary travels with it.
    spec = (REPO / "packaging" / "trainer.spec").read_text(encoding="utf-8")
    assert 'files_under(ROOT / "scenarios", "scenarios")' in spec
