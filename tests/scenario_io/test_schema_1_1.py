"""`trainer schema` covers format 1.1: it accepts every addition and refuses broken ones.

The same draft 2020-12 checker as test_schema_export (``jsonschema`` is no dependency),
and for every case the validator's own schema stage must agree with the exported schema.
"""

from __future__ import annotations

import copy
import io
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from tests.cli.test_play_transcript import SCENARIO_11
from tests.scenario_io.test_schema_export import Checker, schema_stage_findings
from trainer.scenario_io.format_v1 import json_schema

TUTORIAL = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial" / "scenario.yaml"


def load(text: str) -> Any:
    return YAML(typ="safe", pure=True).load(io.StringIO(text))


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(json_schema())


def schema_errors(checker: Checker, data: Any) -> list[str]:
    return checker.errors(data, checker.root)


@pytest.mark.parametrize(
    "text", [SCENARIO_11, TUTORIAL.read_text(encoding="utf-8")], ids=["every-addition", "tutorial"]
)
def test_a_1_1_document_with_every_addition_is_accepted(checker: Checker, text: str) -> None:
    data = load(text)
    assert data["format"] == 1.1
    nodes = data["nodes"]
    assert any(n["type"] == "report" for n in nodes.values())
    assert any(isinstance(n.get("text"), list) for n in nodes.values())
    assert any(n.get("order") == "fixed" for n in nodes.values())
    assert schema_errors(checker, data) == []
    assert schema_stage_findings(data) == []


def _report(data: Any) -> dict[str, Any]:
    return next(n for n in data["nodes"].values() if n["type"] == "report")


def _alternatives(data: Any) -> list[dict[str, Any]]:
    return data["nodes"]["end"]["debrief"]


def _drop(key: str):
    return lambda d: _report(d).pop(key)


BROKEN = {
    "report-without-model": _drop("model"),
    "report-without-items": _drop("items"),
    "report-without-competency": _drop("competency"),
    "report-min-words-text": lambda d: _report(d).__setitem__("min_words", "many"),
    "report-min-words-negative": lambda d: _report(d).__setitem__("min_words", -3),
    "report-item-without-id": lambda d: _report(d)["items"][0].pop("id"),
    "report-item-unknown-key": lambda d: _report(d)["items"][0].__setitem__("correct", True),
    "report-unknown-key": lambda d: _report(d).__setitem__("choices", []),
    "alternative-without-text": lambda d: _alternatives(d)[0].pop("text"),
    "alternative-misspelt-if": lambda d: _alternatives(d)[0].__setitem__(
        "when", _alternatives(d)[0].pop("if")
    ),
    "alternative-condition-not-text": lambda d: _alternatives(d)[0].__setitem__("if", 3),
    "alternatives-empty": lambda d: d["nodes"]["end"].__setitem__("debrief", []),
    "title-alternative-not-a-text": lambda d: d["nodes"]["scale"]["title"][0].__setitem__(
        "text", 7
    ),
    "order-unknown": lambda d: d["nodes"]["scale"].__setitem__("order", "random"),
    "feedback-alternatives-of-strings": lambda d: d["nodes"]["arrive"]["choices"][0].__setitem__(
        "feedback", ["a", "b"]
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_1_1_document_is_refused(checker: Checker, case: str) -> None:
    data = copy.deepcopy(load(SCENARIO_11))
    BROKEN[case](data)
    assert schema_errors(checker, data), case
    assert schema_stage_findings(data), case  # the validator refuses it too


def test_the_schema_names_the_1_1_additions() -> None:
    text = str(json_schema())
    for word in ("report", "min_words", "model", "order", "fixed", "1.1"):
        assert word in text, word
