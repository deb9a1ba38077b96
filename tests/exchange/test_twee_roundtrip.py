"""Export to Twee, import back: the same graph (nodes, edges, start), and the same data."""

from __future__ import annotations

import copy
import json
import re
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.exchange.graph_support import graph
from trainer.exchange.twee import parse_twee, read_twee_file
from trainer.exchange.twee_export import export_twee
from trainer.exchange.twee_import import ImportResult, import_twee
from trainer.scenario_io.reader import load_scenario

REPO = Path(__file__).resolve().parents[2]
SHIPPED = sorted(p.parent for p in (REPO / "scenarios").glob("*/scenario.yaml"))
STORY_50 = Path(__file__).parent / "data" / "story-50.twee"


def round_trip(
    data: dict[str, Any], *, language: str | None = None, positions: Any = None
) -> ImportResult:
    text = export_twee(data, language=language, positions=positions).text
    return import_twee(parse_twee(text), scenario_id=str(data["id"]), language=None)


@pytest.fixture(scope="module")
def story_50() -> dict[str, Any]:
    parsed = parse_twee(read_twee_file(STORY_50))
    return import_twee(parsed, scenario_id="napis-na-scianie", language=None).data


def test_story_50_export_import_gives_the_same_graph(
    story_50: dict[str, Any], tmp_path: Path
) -> None:
    back = round_trip(story_50)
    assert graph(back.data) == graph(story_50)
    assert back.data == story_50
    assert back.warnings == ()
    folder = tmp_path / "napis-na-scianie"
    folder.mkdir()
    (folder / "scenario.yaml").write_text(back.yaml_text, encoding="utf-8")
    result = load_scenario(folder)
    assert result.playable and result.document == story_50


@pytest.mark.parametrize("folder", SHIPPED, ids=lambda p: p.name)
def test_shipped_scenarios_survive_twine_unchanged(folder: Path) -> None:
    document = load_scenario(folder).document
    assert document is not None
    back = round_trip(document)
    assert graph(back.data) == graph(document)
    assert back.data == document  # ids, ratings, feedback, points, routes, languages...
    assert back.warnings == ()


def test_every_shipped_scenario_in_its_second_language_too() -> None:
    document = load_scenario(REPO / "scenarios" / "tutorial").document
    assert document is not None
    text = export_twee(document, language="en").text
    assert ":: Welcome to the trainer [scene]" in text
    back = import_twee(parse_twee(text), scenario_id="tutorial", language=None)
    assert back.data == document


# -- what the export writes -----------------------------------------------------------


def test_story_data_title_and_passages(story_50: dict[str, Any]) -> None:
    story = parse_twee(export_twee(story_50).text).story
    title, data = story.passages[0], story.passages[1]
    assert (title.name, title.text) == ("StoryTitle", "Napis na ścianie ośrodka ukraińskiego")
    fields = json.loads(data.text)
    assert uuid.UUID(fields["ifid"]).version == 4 and fields["ifid"] == fields["ifid"].upper()
    assert (fields["format"], fields["start"]) == ("Harlowe", "Zgłoszenie")
    names = [p.name for p in story.passages[2:-1]]
    assert len(names) == 50 and names[0] == "Zgłoszenie"
    assert story.passages[-1].name == "TrainerScenario"
    first = story.passage("Pierwsze kroki")
    assert first is not None
    assert first.tags == ("decision", "assessment")
    assert first.text.startswith(
        "Co robisz najpierw?\n\n"
        "[[Zabezpieczam miejsce i proszę o zasłonięcie napisu->Zabezpieczenie]]\n"
    )
    ending = story.passage("Zakończenie pełne")
    assert ending is not None and ending.tags == ("ending", "success")


def test_positions_go_to_twine_and_come_back(story_50: dict[str, Any]) -> None:
    positions = {"zgloszenie": (240.0, 160.0), "dojazd": (-24.5, 33.3)}
    text = export_twee(story_50, positions=positions).text
    story = parse_twee(text).story
    assert story.passage("Zgłoszenie").metadata == {"position": "100,100", "size": "100,100"}  # type: ignore[union-attr]
    back = import_twee(parse_twee(text), scenario_id="napis-na-scianie", language=None)
    for node_id, (x, y) in positions.items():
        bx, by = back.positions[node_id]
        assert abs(bx - x) < 0.05 and abs(by - y) < 0.05
    # Nodes with no position get one below the rest, so Twine does not stack them.
    unplaced = {back.positions[n] for n in back.data["nodes"] if n not in positions}
    assert len(unplaced) == 48
    assert min(y for _, y in unplaced) > max(y for _, y in positions.values())


def test_unknown_export_language_is_refused(story_50: dict[str, Any]) -> None:
    from trainer.exchange.twee import TweeError

    with pytest.raises(TweeError, match="no language 'en'"):
        export_twee(story_50, language="en")


def test_texts_that_could_close_the_comment_survive(story_50: dict[str, Any]) -> None:
    data = copy.deepcopy(story_50)
    choice = data["nodes"]["pierwsze_kroki"]["choices"][0]
    choice["feedback"] = "Dobrze --> i <!-- nie tak --> a <b>HTML</b>"
    choice["score"] = {"communication": 2}
    text = export_twee(data).text
    assert "-->" not in text.split("<!-- trainer:node", 2)[1].split("\n-->", 1)[0]
    assert round_trip(data).data == data


# -- edits made in Twine --------------------------------------------------------------


def test_twine_edits_win_and_the_rest_is_kept(story_50: dict[str, Any]) -> None:
    data = copy.deepcopy(story_50)
    first = data["nodes"]["pierwsze_kroki"]
    first["choices"][0].update(rating="best", feedback="Miejsce zabezpieczone.")
    text = export_twee(data).text
    # In Twine: the passage is renamed, its text and the first link's words and
    # target are changed, and its last link is deleted.
    text = text.replace(":: Pierwsze kroki [", ":: Co najpierw? [")
    text = text.replace("[[Pierwsze kroki]]", "[[Co najpierw?]]")
    text = text.replace("Co robisz najpierw?", "Od czego zaczynasz?")
    text = text.replace(
        "[[Zabezpieczam miejsce i proszę o zasłonięcie napisu->Zabezpieczenie]]",
        "[[Zabezpieczam teren->Dokumentacja]]",
    )
    text = text.replace("[[Robię zdjęcie telefonem i odjeżdżam->Szybkie zdjęcie]]\n", "")
    back = import_twee(parse_twee(text), scenario_id="napis-na-scianie", language=None)
    node = back.data["nodes"]["pierwsze_kroki"]
    assert node["title"] == "Co najpierw?"
    assert node["text"] == "Od czego zaczynasz?"
    kept = node["choices"][0]
    assert (kept["id"], kept["text"], kept["next"]) == (
        "zabezpieczam_miejsce_i_prosze_o",
        "Zabezpieczam teren",
        "dokumentacja",
    )
    assert (kept["rating"], kept["feedback"]) == ("best", "Miejsce zabezpieczone.")
    assert [c["id"] for c in node["choices"]] == [
        "zabezpieczam_miejsce_i_prosze_o",
        "najpierw_rozmawiam_z_pania_kowal",
    ]
    (warning,) = [w for w in back.warnings if "no link any more" in w.message]
    assert warning.passage == "Co najpierw?"


def test_a_new_link_is_a_new_choice_and_a_changed_tag_a_new_outcome(
    story_50: dict[str, Any],
) -> None:
    text = export_twee(story_50).text
    text = text.replace(
        "[[Jedno zdjęcie wystarczy->Dokumentacja częściowa]]",
        "[[Jedno zdjęcie wystarczy->Dokumentacja częściowa]]\n[[Dzwonię po wsparcie->Technik]]",
    )
    text = text.replace(":: Zakończenie połowiczne [ending partial]",
                        ":: Zakończenie połowiczne [ending failure]")  # fmt: skip
    back = import_twee(parse_twee(text), scenario_id="napis-na-scianie", language=None).data
    choices = back["nodes"]["dokumentacja"]["choices"]
    # In link order; the choices that were there keep their ids though they moved.
    assert [c["id"] for c in choices] == [
        "zdjecia_z_miarka_otoczenie",
        "jedno_zdjecie_wystarczy",
        "dzwonie_po_wsparcie",
        "wzywam_technika_kryminalistyki",
    ]
    assert choices[2] == {
        "id": "dzwonie_po_wsparcie",
        "text": "Dzwonię po wsparcie",
        "rating": "good",
        "next": "technik",
    }
    assert back["nodes"]["zakonczenie_polowiczne"]["outcome"] == "failure"


def test_a_block_that_no_longer_fits_falls_back_with_a_warning(story_50: dict[str, Any]) -> None:
    text = export_twee(story_50).text
    # The ending "Festyn" gets a link in Twine: it cannot stay an ending.
    text = text.replace("To epilog, do którego nie prowadzi żadna ścieżka.",
                        "To epilog.\n\n[[Archiwum]]")  # fmt: skip
    back = import_twee(parse_twee(text), scenario_id="napis-na-scianie", language=None)
    assert back.data["nodes"]["festyn"]["type"] == "scene"
    assert any("no longer fit" in w.message for w in back.warnings)


def test_a_broken_block_is_a_warning_not_a_crash(story_50: dict[str, Any]) -> None:
    text = export_twee(story_50).text
    text = re.sub(r'"id": "dojazd"', '"id": "dojazd",,', text)
    back = import_twee(parse_twee(text), scenario_id="napis-na-scianie", language=None)
    assert back.data["nodes"]["dojazd"]["type"] == "scene"
    assert any("unreadable" in w.message and w.passage == "Dojazd" for w in back.warnings)


# -- any graph survives ---------------------------------------------------------------

_TITLE = st.one_of(
    st.sampled_from(["Start", "StoryTitle", "StoryData", "TrainerScenario", "n0", "n1", "a]]b",
                     "x->y", "y<-x", "[[z]]", "Łąka", "Łąka", " ", "a|b", "\\", "::", "{a|b}"]),
    st.text(max_size=12),
)  # fmt: skip


@st.composite
def scenarios(draw: st.DrawFn) -> dict[str, Any]:
    count = draw(st.integers(min_value=1, max_value=8))
    ids = [f"n{i}" for i in range(count)]
    target = st.sampled_from(ids)
    nodes: dict[str, Any] = {}
    for node_id in ids:
        kind = draw(st.sampled_from(["scene", "decision", "ending"]))
        node: dict[str, Any] = {"type": kind, "text": draw(st.text(max_size=30))}
        if draw(st.booleans()):
            node["title"] = draw(_TITLE)
        if kind == "scene":
            node["next"] = draw(target)
        elif kind == "decision":
            words = draw(st.lists(st.text(max_size=15), min_size=1, max_size=3))
            node["choices"] = [
                {"id": f"c{i}", "text": w, "rating": "good", "next": draw(target)}
                for i, w in enumerate(words)
            ]
            if draw(st.booleans()):
                node["choices"][0]["next"] = [
                    {"if": "visited('n0')", "to": draw(target)},
                    {"to": draw(target)},
                ]
        else:
            node["outcome"] = draw(st.sampled_from(["success", "partial", "failure"]))
        nodes[node_id] = node
    return {
        "format": 1,
        "id": "gen",
        "version": 1,
        "languages": ["pl"],
        "title": "Generowany",
        "competencies": {"communication": {}},
        "start": draw(target),
        "nodes": nodes,
    }


def _printable(data: dict[str, Any]) -> bool:
    # Texts the scenario reader would refuse (control characters) are not scenarios.
    text = json.dumps(data, ensure_ascii=False)
    return not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]", text) and (
        "\\u00" not in text
    )


@settings(max_examples=200, deadline=None)
@given(scenarios().filter(_printable))
def test_any_graph_survives_export_and_import(data: dict[str, Any]) -> None:
    back = round_trip(data)
    assert graph(back.data) == graph(data)


def test_reordered_links_keep_their_choices(story_50: dict[str, Any]) -> None:
    data = copy.deepcopy(story_50)
    data["nodes"]["patrole"]["choices"][1]["rating"] = "poor"
    text = export_twee(data).text
    first = "[[Tak, na dwa tygodnie, w godzinach zajęć->Patrole ustalone]]"
    second = "[[Nie, to przesada->Bez patroli]]"
    text = text.replace(f"{first}\n{second}", f"{second}\n{first}")
    back = import_twee(parse_twee(text), scenario_id="napis-na-scianie", language=None).data
    choices = back["nodes"]["patrole"]["choices"]
    assert [(c["id"], c["rating"]) for c in choices] == [
        ("nie_to_przesada", "poor"),
        ("tak_na_dwa_tygodnie_w_godzinach", "good"),
    ]
    assert graph(back) == graph(data)


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ('"score": {"communication": NaN}', "NaN"),
        ('"score": {"communication": Infinity}', "Infinity"),
        ('"score": {"communication": 1e999}', "too large"),
        ('"rating": "best", "rating": "poor"', "twice"),
        ('"feedback": "\\ud800"', "surrogate"),
        ('"deep": ' + "[" * 3000 + "]" * 3000, "too deep"),
        ('"deep": ' + "[" * 20 + "]" * 20, "deeper than 16"),
        # At the reader's limit (the block and its node are two levels more): read, then
        # refused; one level deeper is not even read.
        ('"deep": ' + "[" * 98 + "]" * 98, "deeper than 16"),
        ('"deep": ' + "[" * 99 + "]" * 99, "too deep"),
        ('"big": ' + "9" * 5000, "does not read"),
    ],
)
def test_hostile_blocks_are_warned_about_and_never_crash(
    story_50: dict[str, Any], tmp_path: Path, payload: str, reason: str
) -> None:
    text = export_twee(story_50).text
    marker = '"id": "dojazd",\n "node": {\n'
    assert marker in text
    text = text.replace(marker, marker + f"  {payload},\n")
    back = import_twee(parse_twee(text), scenario_id="napis-na-scianie", language=None)
    (warning,) = [w for w in back.warnings if w.passage == "Dojazd"]
    assert "unreadable" in warning.message and reason in warning.message
    assert back.data["nodes"]["dojazd"]["type"] == "scene"
    (tmp_path / "scenario.yaml").write_bytes(back.yaml_text.encode("utf-8"))


def test_hostile_story_data_and_metadata_are_dropped_with_warnings() -> None:
    text = (
        ':: StoryData\n{"start": "A", "start": "B"}\n\n'
        ':: A {"position": "1,2", "position": "3,4"}\n[[B]]\n\n:: B [success] {"x": NaN}\n'
    )
    back = import_twee(parse_twee(text), scenario_id="x", language=None)
    assert back.data["start"] == "a"  # StoryData unread: the first passage
    assert back.positions == {}
    messages = [w.message for w in back.warnings]
    assert any("StoryData is not a JSON object" in m for m in messages)
    assert sum("metadata block is not a JSON object" in m for m in messages) == 2
