"""Where an id is used, and renaming a variable, card or competency everywhere."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from trainer.authoring.commands import (
    RenameCard,
    RenameChoice,
    RenameCompetency,
    RenameNode,
    RenameVariable,
    rename_chosen,
    rename_references,
)
from trainer.authoring.document import ScenarioDocument
from trainer.authoring.undo import UndoStack
from trainer.authoring.usage import (
    card_uses,
    choice_uses,
    competency_uses,
    node_uses,
    unused,
    variable_uses,
)

USES = (Path(__file__).parent / "data" / "uses.yaml").read_text(encoding="utf-8")


@pytest.fixture
def doc(tmp_path: Path) -> ScenarioDocument:
    folder = tmp_path / "uses"
    folder.mkdir()
    (folder / "scenario.yaml").write_text(USES, encoding="utf-8")
    return ScenarioDocument.open(folder / "scenario.yaml")


def _codes(doc: ScenarioDocument) -> list[str]:
    return sorted(f.code for f in doc.validate().findings)


def _changed(before: str, after: str) -> list[str]:
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0)
    return [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")]


def test_where_a_node_is_used(doc: ScenarioDocument) -> None:
    ask = ("nodes", "ask")
    assert node_uses(doc, "ask") == [
        ("start",),
        (*ask, "choices", 0, "next", 0, "if"),
        ("nodes", "note", "next", 0, "if"),
    ]
    assert node_uses(doc, "list") == [
        (*ask, "on_timeout", "next"),
        (*ask, "choices", 0, "next", 0, "to"),
    ]


def test_where_a_variable_is_used_never_counts_a_longer_name(doc: ScenarioDocument) -> None:
    ask = ("nodes", "ask")
    assert variable_uses(doc, "trust") == [
        (*ask, "text", 0, "if"),
        (*ask, "on_timeout", "effects", "trust"),
        (*ask, "choices", 0, "effects", "trust"),
        (*ask, "choices", 0, "next", 0, "if"),
        (*ask, "choices", 1, "if"),
        ("nodes", "note", "next", 0, "if"),
        ("nodes", "good", "debrief", 0, "if"),
    ]
    assert variable_uses(doc, "trustee") == [
        (*ask, "text", 0, "if"),
        (*ask, "choices", 0, "effects", "trustee"),
    ]


def test_where_cards_and_competencies_are_used(doc: ScenarioDocument) -> None:
    assert card_uses(doc, "law") == [("nodes", "ask", "cards", 0), ("nodes", "list", "cards", 0)]
    assert card_uses(doc, "help") == [("nodes", "ask", "cards", 1)]
    assert competency_uses(doc, "care") == [
        ("nodes", "ask", "choices", 0, "score", "care"),
        ("nodes", "note", "competency"),
    ]
    assert competency_uses(doc, "safety") == [
        ("nodes", "ask", "on_timeout", "score", "safety"),
        ("nodes", "list", "competency"),
    ]
    assert unused(doc, "card") == [] and unused(doc, "node") == []


def _rename_round_trip(doc: ScenarioDocument, command: object) -> list[str]:
    before_codes = _codes(doc)
    original = doc.to_bytes()
    stack = UndoStack(doc)
    stack.push(command)  # type: ignore[arg-type]
    changed = _changed(original.decode(), doc.to_text())
    assert _codes(doc) == before_codes  # still valid, nothing new
    edited = doc.to_bytes()
    stack.undo()
    assert doc.to_bytes() == original
    stack.redo()
    assert doc.to_bytes() == edited
    return changed


def test_rename_variable_everywhere_keeping_comments(doc: ScenarioDocument) -> None:
    changed = _rename_round_trip(doc, RenameVariable("trust", "confidence"))
    assert [line for line in changed if line.startswith("+")] == [
        "+  confidence: {initial: 1, min: 0, max: 3} # the club's trust",
        '+      - if: "confidence >= 2 and trustee == 0"',
        '+    on_timeout: {rating: poor, feedback: "Too slow.", score: {safety: -1}, '
        "effects: {confidence: -1}, next: list}",
        "+        effects: {confidence: 1, trustee: 1}",
        "+          - {if: \"confidence > 1 or visited('ask')\", to: list}",
        '+        if: "not (confidence < 0)"',
        "+      - {if: \"chose('ask', 'talk') and confidence >= 1\", to: good}",
        '+  good: {type: ending, outcome: success, text: "Well done.", '
        'debrief: [{if: "confidence == 3", text: "Max."}, {text: "Fine."}]}',
    ]
    assert len(changed) == 16
    assert variable_uses(doc, "trust") == [] and len(variable_uses(doc, "confidence")) == 7


def test_rename_card_everywhere(doc: ScenarioDocument) -> None:
    changed = _rename_round_trip(doc, RenameCard("law", "penal-code"))
    assert [line for line in changed if line.startswith("+")] == [
        '+  penal-code: {title: "Law", text: "The law."} # the card',
        "+    cards: [penal-code, help]",
        "+    cards: [penal-code]",
    ]


def test_rename_competency_everywhere(doc: ScenarioDocument) -> None:
    changed = _rename_round_trip(doc, RenameCompetency("care", "victim_care"))
    assert [line for line in changed if line.startswith("+")] == [
        '+  victim_care: {label: "Care"}',
        "+        score: {communication: 2, victim_care: 1}   # points",
        "+    competency: victim_care",
    ]


def test_rename_node_still_renames_conditions(doc: ScenarioDocument) -> None:
    changed = _rename_round_trip(doc, RenameNode("ask", "first"))
    assert "+  first:   # the first step" in changed
    assert "+start: first" in changed


@pytest.mark.parametrize(
    ("command", "message"),
    [
        (RenameVariable("trust", "trustee"), "already exists"),
        (RenameVariable("trust", "Trust"), "not a valid variable id"),
        (RenameCard("law", "help"), "already exists"),
        (RenameCompetency("care", "a-b"), "not a valid competency id"),
        (RenameCompetency("nothing", "other"), "no competency 'nothing'"),
    ],
)
def test_a_rename_that_cannot_be_done_changes_nothing(
    doc: ScenarioDocument, command: object, message: str
) -> None:
    original = doc.to_bytes()
    with pytest.raises((ValueError, KeyError), match=message):
        UndoStack(doc).push(command)  # type: ignore[arg-type]
    assert doc.to_bytes() == original


def test_rename_references_in_a_condition() -> None:
    source = "trust>1 and trustee<2 or visited('trust') and chose('a', 'trust')"
    assert rename_references(source, "variable", "trust", "t") == (
        "t>1 and trustee<2 or visited('trust') and chose('a', 'trust')"
    )
    assert rename_references(source, "node", "trust", "n") == (
        "trust>1 and trustee<2 or visited('n') and chose('a', 'trust')"
    )
    assert rename_references("trust >", "variable", "trust", "t") == "trust >"


def test_rename_choice_renames_its_chose_references(doc: ScenarioDocument) -> None:
    assert choice_uses(doc, "ask", "talk") == [("nodes", "note", "next", 0, "if")]
    changed = _rename_round_trip(doc, RenameChoice("ask", 0, "speak"))
    assert [line for line in changed if line.startswith("+")] == [
        "+      - id: speak",
        "+      - {if: \"chose('ask', 'speak') and trust >= 1\", to: good}",
    ]
    with pytest.raises(ValueError, match="already has a choice 'wait'"):
        UndoStack(doc).push(RenameChoice("ask", 0, "wait"))


def test_rename_chosen_touches_only_that_node_and_choice() -> None:
    source = "chose('a', 'x') or chose( 'b' ,'x' ) or chose(\"a\", \"x\") and visited('x')"
    assert rename_chosen(source, "a", "x", "y") == (
        "chose('a', 'y') or chose( 'b' ,'x' ) or chose(\"a\", \"y\") and visited('x')"
    )
