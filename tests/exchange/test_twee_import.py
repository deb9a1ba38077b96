"""A Twee story becomes a scenario: the mapping, and every warning it owes the author."""

from __future__ import annotations

import contextlib
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from trainer.exchange.twee import TweeError, TweeWarning, parse_twee, read_twee_file
from trainer.exchange.twee_import import MAP_SCALE, ImportResult, import_twee, slug
from trainer.scenario_io.reader import load_scenario

DATA = Path(__file__).parent / "data"
STORY_50 = DATA / "story-50.twee"

HEAD = """:: StoryTitle
Próba

:: StoryData
{"ifid": "3F0C9E1A-6B7D-4C2E-9A51-2D8E4F6B7C10", "start": "Start"}

"""


def imported(body: str, *, head: str = HEAD, language: str | None = None) -> ImportResult:
    return import_twee(parse_twee(head + body), scenario_id="proba", language=language)


def warned(result: ImportResult, words: str) -> list[TweeWarning]:
    found = [w for w in result.warnings if words in w.message]
    assert found, [w.format() for w in result.warnings]
    return found


def write(result: ImportResult, tmp_path: Path, name: str = "proba") -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "scenario.yaml").write_text(result.yaml_text, encoding="utf-8")
    return folder


# -- the 50-passage story -------------------------------------------------------------


@pytest.fixture(scope="module")
def story_50() -> ImportResult:
    return import_twee(
        parse_twee(read_twee_file(STORY_50)), scenario_id="napis-na-scianie", language=None
    )


def test_story_50_has_fifty_passages_and_imports_them_all(story_50: ImportResult) -> None:
    story = parse_twee(read_twee_file(STORY_50)).story
    assert len([p for p in story.passages if not p.name.startswith("Story")]) == 50
    assert len(story_50.data["nodes"]) == 50
    assert story_50.data["start"] == "zgloszenie"
    assert story_50.data["title"] == "Napis na ścianie ośrodka ukraińskiego"
    assert story_50.data["languages"] == ["pl"]


def test_story_50_validates_through_the_real_reader(story_50: ImportResult, tmp_path: Path) -> None:
    folder = write(story_50, tmp_path, "napis-na-scianie")
    result = load_scenario(folder)
    assert result.playable, [f.format_line() for f in result.errors]
    assert result.scenario is not None and len(result.scenario.nodes) == 50
    # What the author still has to write is said by the validator, not hidden.
    codes = {f.code for f in result.findings}
    assert "no-feedback" in codes
    assert result.analysis is not None and "zakonczenie_pelne" in result.analysis.endings


def test_story_50_mapping(story_50: ImportResult) -> None:
    nodes = story_50.data["nodes"]
    first = nodes["pierwsze_kroki"]
    assert first["type"] == "decision"
    assert first["title"] == "Pierwsze kroki"
    assert first["text"] == "Co robisz najpierw?"
    assert first["stage"] == "assessment"
    # [[Text->Target]], [[Target<-Text]] and [[Text|Target]], one choice each.
    assert [(c["text"], c["next"], c["rating"]) for c in first["choices"]] == [
        ("Zabezpieczam miejsce i proszę o zasłonięcie napisu", "zabezpieczenie", "good"),
        ("Najpierw rozmawiam z panią Kowal", "rozmowa_z_kierowniczka", "good"),
        ("Robię zdjęcie telefonem i odjeżdżam", "szybkie_zdjecie", "good"),
    ]
    assert [c["id"] for c in first["choices"]] == [
        "zabezpieczam_miejsce_i_prosze_o",
        "najpierw_rozmawiam_z_pania_kowal",
        "robie_zdjecie_telefonem_i",
    ]
    assert nodes["dojazd"] == {
        "type": "scene",
        "title": "Dojazd",
        "text": (
            "Na miejscu stoi kierowniczka ośrodka, pani Olena Kowal. Obok kilkoro dzieci"
            " czeka na zajęcia. Napis jest świeży, farba jeszcze się błyszczy."
        ),
        "next": "pierwsze_kroki",  # [[Target]]
    }
    assert nodes["zakonczenie_pelne"]["outcome"] == "success"
    assert nodes["zakonczenie_polowiczne"]["outcome"] == "partial"
    assert nodes["utrata_zaufania"]["outcome"] == "failure"
    assert story_50.positions["zgloszenie"] == (100 * MAP_SCALE[0], 100 * MAP_SCALE[1])
    assert len(story_50.positions) == 50


def test_story_50_warns_only_about_the_dropped_link_words(story_50: ImportResult) -> None:
    assert [(w.line, w.passage) for w in story_50.warnings] == [(13, "Zgłoszenie")]


# -- passages to nodes ----------------------------------------------------------------


def test_ids_from_names_with_clashes_and_the_name_as_title() -> None:
    result = imported(
        ":: Start\n[[Łąka]] [[Łaka]] [[ŁĄKA!]] [[***]]\n\n:: Łąka [success]\n\n"
        ":: Łaka [success]\n\n:: ŁĄKA! [success]\n\n:: *** [success]\n"
    )
    nodes = result.data["nodes"]
    assert list(nodes) == ["start", "laka", "laka_2", "laka_3", "passage"]
    assert [nodes[i]["title"] for i in list(nodes)[1:]] == ["Łąka", "Łaka", "ŁĄKA!", "***"]
    assert [c["next"] for c in nodes["start"]["choices"]] == list(nodes)[1:]


def test_slug_cuts_at_whole_words() -> None:
    assert slug("Zażółć gęślą jaźń") == "zazolc_gesla_jazn"
    assert slug("a" * 80) == "a" * 60
    assert slug("jeden dwa trzy", limit=9) == "jeden_dwa"
    assert slug("!!!", "choice") == "choice"


def test_an_ending_takes_its_outcome_from_a_tag_else_partial_with_a_warning() -> None:
    result = imported(":: Start\n[[a->A]]\n[[b->B]]\n\n:: A [failure]\nŹle.\n\n:: B\nNie wiem.")
    assert result.data["nodes"]["a"]["outcome"] == "failure"
    assert result.data["nodes"]["b"]["outcome"] == "partial"
    (warning,) = warned(result, "outcome is set to partial")
    assert (warning.passage, warning.line) == ("B", 14)


def test_one_link_is_a_scene_unless_tagged_decision() -> None:
    result = imported(":: Start\nTekst.\n[[Dalej->Środek]]\n\n:: Środek [decision]\n[[Koniec]]\n\n"
                      ":: Koniec [success]\n")  # fmt: skip
    nodes = result.data["nodes"]
    assert nodes["start"]["type"] == "scene" and nodes["start"]["next"] == "srodek"
    assert nodes["srodek"]["type"] == "decision"
    assert nodes["srodek"]["choices"] == [
        {"id": "koniec", "text": "Koniec", "rating": "good", "next": "koniec"}
    ]
    warned(result, "link words 'Dalej' are not kept")


def test_link_lines_go_and_inline_links_leave_their_words() -> None:
    result = imported(
        ":: Start\nIdziesz [[do bramy->Brama]] albo\n[[zostajesz|Dom]] | [[Dom]]\n\nKoniec.\n\n"
        ":: Brama [success]\n\n:: Dom [failure]\n"
    )
    start = result.data["nodes"]["start"]
    assert start["text"] == "Idziesz do bramy albo\n\nKoniec."
    assert [c["id"] for c in start["choices"]] == ["do_bramy", "zostajesz", "dom"]


def test_start_from_storydata_else_start_else_first() -> None:
    named = imported(":: Wstęp\n[[Start]]\n\n:: Start [success]\n",
                     head=':: StoryData\n{"start": "Wstęp"}\n\n')  # fmt: skip
    assert named.data["start"] == "wstep"
    by_name = imported(":: Wstęp\n[[Start]]\n\n:: Start [success]\n", head="")
    assert by_name.data["start"] == "start"
    first = imported(":: Wstęp\n[[Koniec]]\n\n:: Koniec [success]\n", head="")
    assert first.data["start"] == "wstep"
    warned(first, "starts at the first passage")
    warned(first, "no StoryTitle")
    assert first.data["title"] == "proba"
    missing = imported(":: Wstęp\n[[Start]]\n\n:: Start\n",
                       head=':: StoryData\n{"start": "Nie ma"}\n\n')  # fmt: skip
    assert missing.data["start"] == "start"
    warned(missing, "'Nie ma' is not a passage")


def test_stage_tags_are_carried_and_other_tags_warned() -> None:
    result = imported(":: Start [powers spooky]\n[[A]]\n\n:: A [success]\n")
    assert result.data["nodes"]["start"]["stage"] == "powers"
    (warning,) = warned(result, "tag 'spooky'")
    assert (warning.line, warning.passage) == (7, "Start")


def test_language_option() -> None:
    result = imported(":: Start [success]\nThe end.", language="en")
    assert result.data["languages"] == ["en"]
    with pytest.raises(TweeError, match="language code"):
        imported(":: Start [success]\n", language="Polish!")


# -- what cannot be carried is warned about --------------------------------------------


def test_script_and_stylesheet_passages_are_skipped_with_warnings() -> None:
    result = imported(
        ":: Start\n[[A]]\n\n:: A [success]\n\n:: Kod [script]\nwindow.x = 1;\n\n"
        ":: Wygląd [stylesheet]\nbody {}\n\n:: StoryInit\n<<set $a to 1>>\n"
    )
    assert set(result.data["nodes"]) == {"start", "a"}
    assert [(w.passage, w.line) for w in warned(result, "not imported")] == [
        ("Kod", 12),
        ("Wygląd", 15),
        ("StoryInit", 18),
    ]


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ("<<if $x gt 1>>Tak<</if>>", "a SugarCube macro"),
        ("(set: $gold to 5)", "a Harlowe macro"),
        ("<script>alert(1)</script>", "a <script> element"),
        ('<span class="x">Tekst</span>', "HTML markup"),
        ("Masz $złoto monet.", "a story variable"),
    ],
)
def test_story_format_code_is_kept_as_text_and_warned_with_its_line(line: str, what: str) -> None:
    result = imported(f":: Start [success]\nPierwszy wiersz.\n{line}\n")
    assert line in result.data["nodes"]["start"]["text"]
    (warning,) = warned(result, what)
    assert (warning.line, warning.passage) == (9, "Start")


def test_polish_parentheses_are_not_macros() -> None:
    result = imported(":: Start [success]\n(uwaga: to ważne) i (np: tak)\n")
    assert result.warnings == ()


def test_links_to_missing_passages_get_a_stand_in_ending() -> None:
    result = imported(":: Start\nTekst\n[[Dalej->Nigdzie]]\n[[Tu]]\n\n:: Tu [success]\n")
    nodes = result.data["nodes"]
    assert nodes["nigdzie"] == {"type": "ending", "title": "Nigdzie", "text": "",
                                "outcome": "partial"}  # fmt: skip
    (warning,) = warned(result, "which is no passage here")
    assert (warning.line, warning.passage) == (9, "Start")


def test_web_links_and_setters_are_warned() -> None:
    result = imported(
        ":: Start\nZobacz [[https://example.org]].\n[[Weź|A][$klucz to true]]\n[[B]]\n\n"
        ":: A [success]\n\n:: B [success]\n"
    )
    start = result.data["nodes"]["start"]
    assert [c["next"] for c in start["choices"]] == ["a", "b"]
    assert "[[https://example.org]]" in start["text"]
    assert warned(result, "web address")[0].line == 8
    assert warned(result, "setter")[0].line == 9


def test_control_characters_are_removed_with_a_warning(tmp_path: Path) -> None:
    result = imported(":: Start [success]\nA\x07B\u2028C\x1b\n")
    assert result.data["nodes"]["start"]["text"] == "AB\nC"
    warned(result, "2 control character(s) removed")
    assert load_scenario(write(result, tmp_path)).playable


def test_unreadable_positions_and_metadata_are_warned() -> None:
    result = imported(':: Start [success] {"position":"nan,1"}\n\n:: X {"position": 5}\n')
    assert result.positions == {}
    assert len(warned(result, "is not 'x,y'")) == 2


def test_a_story_of_special_passages_only_is_refused() -> None:
    with pytest.raises(TweeError, match="no passage that could become a node"):
        imported(":: Kod [script]\nx\n")


def test_the_real_reader_accepts_every_import(tmp_path: Path) -> None:
    # Loops, a node that cannot end, odd names: the file is written and the validator
    # (not the import) says what is wrong, with the node.
    result = imported(":: Start\n[[Pętla]]\n\n:: Pętla\n[[Start]]\n")
    findings = load_scenario(write(result, tmp_path)).findings
    assert {"no-ending"} <= {f.code for f in findings}


def _copy(tmp_path: Path) -> Any:
    target = tmp_path / "story.twee"
    shutil.copy(STORY_50, target)
    return target


def test_reading_the_file_refuses_folders_and_reads_copies(tmp_path: Path) -> None:
    with pytest.raises(TweeError, match="not a regular file"):
        read_twee_file(tmp_path)
    assert read_twee_file(_copy(tmp_path)).startswith(":: StoryTitle")


# -- hostile stories ------------------------------------------------------------------

_MB = 1_000_000


@pytest.mark.parametrize(
    "body",
    [
        "[[" * (_MB // 2),  # links that never close: each "[[" must not scan the line
        "<<" * (_MB // 2),
        "<!-- trainer:node\n" * (_MB // 18),
        "<a " * (_MB // 3),
        "\\" * _MB,
        "$x " * (_MB // 3),
        "[[a->b]]" * 400 + "\n" + "x" * _MB,  # a long line after many links
    ],
    ids=["open-links", "open-macros", "block-starts", "html", "backslashes", "vars", "long"],
)
def test_hostile_passages_are_read_in_linear_time(body: str) -> None:
    started = time.perf_counter()
    with contextlib.suppress(TweeError):
        imported(f":: Start\n{body}\n")
    assert time.perf_counter() - started < 5.0


def test_too_many_links_are_refused_with_the_passage() -> None:
    with pytest.raises(TweeError, match="more than 500 links") as caught:
        imported(":: Start\nTekst\n\n:: Hub\n" + "[[Start]]" * 501)
    assert caught.value.line == 10
    with pytest.raises(TweeError, match="more than 50,000 links"):
        imported("".join(f":: P{i}\n" + "[[Start]]" * 400 + "\n" for i in range(130)))


def test_a_block_with_text_after_it_is_not_read_nor_kept_as_text() -> None:
    result = imported(
        ':: Start\nTekst.\n\n<!-- trainer:node\n{"id": "x", "node": {"type": "ending"}}\n-->\n'
        "Dopisane w Twine.\n"
    )
    assert result.data["nodes"]["start"]["text"] == "Tekst.\n\nDopisane w Twine."
    warned(result, "not at the end of the passage")
