"""`trainer schema`: a JSON Schema that a text editor can use, agreeing with the validator.

The ``jsonschema`` package is not a dependency, so a small checker below implements
exactly the draft 2020-12 keywords the export uses (the first test proves it uses no
others). The schema can only see shape, not meaning: whatever it refuses the
validator must refuse too, and whatever the validator refuses in its schema stage
the schema must refuse as well.
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from tests.scenario_io.test_hostile_files import altered_data
from tests.scenario_io.test_validation_rules import BASE, choice, node, t, write
from trainer.scenario_io.folders import find_scenario_folders
from trainer.scenario_io.format_v1 import root_schema
from trainer.scenario_io.reader import load_scenario, read_text
from trainer.scenario_io.yaml_tree import parse_yaml

SCENARIOS_DIR = Path(__file__).resolve().parents[2] / "scenarios"

KEYWORDS = {
    "$schema",
    "$id",
    "$defs",
    "$ref",
    "title",
    "description",
    "type",
    "enum",
    "const",
    "pattern",
    "minimum",
    "maximum",
    "maxProperties",
    "properties",
    "required",
    "additionalProperties",
    "propertyNames",
    "minProperties",
    "items",
    "minItems",
    "anyOf",
    "oneOf",
}
TYPES = {"object", "array", "string", "integer", "boolean", "number", "null"}


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    import contextlib
    import io

    from trainer.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["schema"])
    assert code == 0
    assert err.getvalue() == ""
    loaded: dict[str, Any] = json.loads(out.getvalue())
    return loaded


class Checker:
    """Draft 2020-12 validation for the keywords in KEYWORDS; returns error paths."""

    def __init__(self, root: dict[str, Any]) -> None:
        self.root = root

    def resolve(self, ref: str) -> dict[str, Any]:
        assert ref.startswith("#/"), ref
        target: Any = self.root
        for part in ref[2:].split("/"):
            target = target[part]
        assert isinstance(target, dict)
        return target

    def valid(self, value: Any, schema: dict[str, Any]) -> bool:
        return not self.errors(value, schema)

    def errors(self, value: Any, schema: dict[str, Any], path: str = "") -> list[str]:
        found: list[str] = []
        if "$ref" in schema:
            found += self.errors(value, self.resolve(schema["$ref"]), path)
        if "type" in schema and not _has_type(value, schema["type"]):
            return [f"{path}: not {schema['type']}"]
        if "const" in schema and not _same(value, schema["const"]):
            found.append(f"{path}: not {schema['const']!r}")
        if "enum" in schema and not any(_same(value, option) for option in schema["enum"]):
            found.append(f"{path}: not one of {schema['enum']}")
        if (
            "pattern" in schema
            and isinstance(value, str)
            and not _ecma_match(schema["pattern"], value)
        ):
            found.append(f"{path}: {value!r} does not match {schema['pattern']}")
        if "minimum" in schema and _is_number(value) and value < schema["minimum"]:
            found.append(f"{path}: below {schema['minimum']}")
        if "maximum" in schema and _is_number(value) and value > schema["maximum"]:
            found.append(f"{path}: above {schema['maximum']}")
        if isinstance(value, dict):
            found += self._object(value, schema, path)
        if isinstance(value, list):
            if len(value) < schema.get("minItems", 0):
                found.append(f"{path}: too few items")
            if "items" in schema:
                for index, item in enumerate(value):
                    found += self.errors(item, schema["items"], f"{path}/{index}")
        if "anyOf" in schema and not any(self.valid(value, s) for s in schema["anyOf"]):
            found.append(f"{path}: matches none of anyOf")
        if "oneOf" in schema:
            matching = sum(1 for s in schema["oneOf"] if self.valid(value, s))
            if matching != 1:
                found.append(f"{path}: matches {matching} of oneOf")
        return found

    def _object(self, value: dict[str, Any], schema: dict[str, Any], path: str) -> list[str]:
        found = [
            f"{path}: missing {name}" for name in schema.get("required", ()) if name not in value
        ]
        if len(value) < schema.get("minProperties", 0):
            found.append(f"{path}: too few properties")
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties", True)
        for key, item in value.items():
            if "propertyNames" in schema:
                found += self.errors(key, schema["propertyNames"], f"{path}/{key}#key")
            if key in properties:
                found += self.errors(item, properties[key], f"{path}/{key}")
            elif extra is False:
                found.append(f"{path}/{key}: not allowed")
            elif isinstance(extra, dict):
                found += self.errors(item, extra, f"{path}/{key}")
        return found


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _has_type(value: Any, name: str) -> bool:
    if name == "integer":
        if isinstance(value, float):
            return math.isfinite(value) and value.is_integer()  # JSON Schema: 1.0 is an integer
        return isinstance(value, int) and not isinstance(value, bool)
    return {
        "object": isinstance(value, dict),
        "array": isinstance(value, list),
        "string": isinstance(value, str),
        "boolean": isinstance(value, bool),
        "number": _is_number(value),
        "null": value is None,
    }[name]


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    return bool(a == b)


def _ecma_match(pattern: str, value: str) -> bool:
    # The export anchors every pattern as ^(?:...)$; in ECMA-262 (unlike Python's re)
    # `$` does not match before a final newline, so compare as a full match.
    assert pattern.startswith("^") and pattern.endswith("$"), pattern
    return re.fullmatch(pattern[1:-1], value) is not None


def schema_stage_findings(data: Any) -> list[str]:
    """What the validator's own schema stage (the one JSON Schema mirrors) reports."""

    class Sink:
        def __init__(self) -> None:
            self.codes: list[str] = []

        def report(self, code: str, message: str, path: Any, *, key: bool = False) -> None:
            self.codes.append(code)

    sink = Sink()
    root_schema().check(data, (), sink)
    if isinstance(data, dict) and data.get("format") not in (1, 1.1) and "format" in data:
        sink.codes.append("unsupported-format")
    return sink.codes


def _subschemas(schema: Any) -> Iterator[dict[str, Any]]:
    if not isinstance(schema, dict):
        return
    yield schema
    for key, value in schema.items():
        if key in ("properties", "$defs"):
            for sub in value.values():
                yield from _subschemas(sub)
        elif key in ("items", "propertyNames", "additionalProperties"):
            yield from _subschemas(value)
        elif key in ("anyOf", "oneOf"):
            for sub in value:
                yield from _subschemas(sub)


# --------------------------------------------------------------------------------------
# The document itself
# --------------------------------------------------------------------------------------


def test_cli_prints_json_schema_and_exits_0(run_cli: Any) -> None:
    result = run_cli("schema")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert "Traceback" not in result.stdout
    document = result.json()
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["$id"]
    assert document["title"]
    assert run_cli("schema").stdout == result.stdout  # stable output


def test_schema_uses_only_known_keywords_with_well_formed_values(schema: dict[str, Any]) -> None:
    checker = Checker(schema)
    count = 0
    for sub in _subschemas(schema):
        count += 1
        unknown = set(sub) - KEYWORDS
        assert not unknown, (unknown, sub)
        if "type" in sub:
            assert sub["type"] in TYPES
        if "$ref" in sub:
            checker.resolve(sub["$ref"])
        if "pattern" in sub:
            re.compile(sub["pattern"])
            assert sub["pattern"].startswith("^") and sub["pattern"].endswith("$")
        if "enum" in sub:
            assert isinstance(sub["enum"], list) and sub["enum"]
            assert len(set(sub["enum"])) == len(sub["enum"])
        if "required" in sub:
            assert set(sub["required"]) <= set(sub.get("properties", {}))
        for key in ("minItems", "minProperties", "maxProperties", "minimum", "maximum"):
            if key in sub:
                assert isinstance(sub[key], int) and not isinstance(sub[key], bool)
        for key in ("anyOf", "oneOf"):
            if key in sub:
                assert isinstance(sub[key], list) and len(sub[key]) >= 2
        if "additionalProperties" in sub:
            assert isinstance(sub["additionalProperties"], bool | dict)
        if "description" in sub:
            assert isinstance(sub["description"], str) and sub["description"]
    assert count > 50


def test_top_level_matches_the_format(schema: dict[str, Any]) -> None:
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert list(schema["properties"]) == [
        "format",
        "id",
        "version",
        "languages",
        "title",
        "summary",
        "tags",
        "minutes",
        "modes",
        "competencies",
        "variables",
        "cards",
        "start",
        "nodes",
    ]
    assert set(schema["required"]) == {
        "format",
        "id",
        "version",
        "languages",
        "title",
        "competencies",
        "start",
        "nodes",
    }
    assert schema["properties"]["format"]["enum"] == [1, 1.1]
    assert set(schema["$defs"]) >= {"Text", "Next", "Choice", "Node"}


def test_node_variants_match_the_format(schema: dict[str, Any]) -> None:
    variants = {
        variant["properties"]["type"]["enum"][0]: variant
        for variant in schema["$defs"]["Node"]["oneOf"]
    }
    assert set(variants) == {"scene", "decision", "checklist", "report", "ending"}
    common = {"type", "title", "text", "image", "image_alt", "cards", "stage"}  # image_alt: 1.1
    extra = {
        "scene": {"next"},
        "decision": {"choices", "time_limit", "on_timeout", "order"},  # order: format 1.1
        "checklist": {"prompt", "items", "competency", "next", "order"},
        "report": {"prompt", "min_words", "competency", "model", "items", "next"},  # 1.1
        "ending": {"outcome", "debrief"},
    }
    required = {
        "scene": {"type", "text", "next"},
        "decision": {"type", "text", "choices"},
        "checklist": {"type", "text", "prompt", "items", "competency", "next"},
        "report": {"type", "text", "competency", "model", "items", "next"},
        "ending": {"type", "text", "outcome"},
    }
    for kind, variant in variants.items():
        assert set(variant["properties"]) == common | extra[kind], kind
        assert set(variant["required"]) == required[kind], kind
        assert variant["additionalProperties"] is False
    on_timeout = variants["decision"]["properties"]["on_timeout"]
    assert set(on_timeout["properties"]) == {"feedback", "rating", "score", "effects", "next"}
    choice_schema = schema["$defs"]["Choice"]
    assert set(choice_schema["properties"]) == {
        "id",
        "text",
        "if",
        "feedback",
        "rating",
        "score",
        "effects",
        "next",
    }
    assert set(choice_schema["required"]) == {"id", "text", "rating", "next"}
    assert choice_schema["properties"]["rating"]["enum"] == ["best", "good", "poor", "harmful"]


# --------------------------------------------------------------------------------------
# Accepts what the validator accepts
# --------------------------------------------------------------------------------------


def test_schema_accepts_the_valid_base_scenario(schema: dict[str, Any], tmp_path: Path) -> None:
    assert write(tmp_path).load().findings == []
    assert Checker(schema).errors(copy.deepcopy(BASE), schema) == []


def test_schema_accepts_the_yaml_as_read_from_disk(schema: dict[str, Any], tmp_path: Path) -> None:
    written = write(tmp_path)
    data = parse_yaml(read_text(written.file)).data
    assert Checker(schema).errors(data, schema) == []


def _shipped() -> list[Path]:
    return find_scenario_folders(SCENARIOS_DIR) if SCENARIOS_DIR.is_dir() else []


@pytest.mark.parametrize("folder", _shipped(), ids=lambda p: p.name)
def test_schema_agrees_with_the_validator_on_shipped_scenarios(
    schema: dict[str, Any], folder: Path
) -> None:
    result = load_scenario(folder)  # read only
    assert result.file is not None
    data = parse_yaml(read_text(result.file)).data
    schema_ok = Checker(schema).valid(data, schema)
    assert schema_ok == (schema_stage_findings(data) == [])
    if result.playable:
        assert schema_ok


# --------------------------------------------------------------------------------------
# Refuses what the validator refuses (in shape)
# --------------------------------------------------------------------------------------

INVALID = [
    ("no-format", lambda d: d.pop("format")),
    ("format-2", lambda d: d.update(format=2)),
    ("format-text", lambda d: d.update(format="1")),
    ("version-0", lambda d: d.update(version=0)),
    ("version-true", lambda d: d.update(version=True)),
    ("bad-scenario-id", lambda d: d.update(id="Base_1")),
    ("id-with-newline", lambda d: d.update(id="base\n")),
    ("no-languages", lambda d: d.update(languages=[])),
    ("bad-language", lambda d: d.update(languages=["PL"])),
    ("title-number", lambda d: d.update(title=3)),
    ("title-empty-map", lambda d: d.update(title={})),
    ("title-bad-language", lambda d: d.update(title={"Polish": "x"})),
    ("unknown-top-field", lambda d: d.update(titel="x")),
    ("bad-mode", lambda d: d.update(modes=["exam"])),
    ("bad-tag", lambda d: d.update(tags=["Tag"])),
    ("no-competencies", lambda d: d.update(competencies={})),
    ("bad-competency-name", lambda d: d["competencies"].update({"Comm": {"label": "x"}})),
    ("competency-extra-field", lambda d: d["competencies"]["safety"].update(weight=2)),
    ("variable-float", lambda d: d["variables"]["trust"].update(initial=0.5)),
    ("variable-extra", lambda d: d["variables"]["trust"].update(maximum=2)),
    ("card-without-text", lambda d: d["cards"]["law"].pop("text")),
    ("start-bad-id", lambda d: d.update(start="Intro")),
    ("no-nodes", lambda d: d.update(nodes={})),
    ("bad-node-id", lambda d: d["nodes"].update({"Bad": d["nodes"]["meh_end"]})),
    ("node-without-type", lambda d: node(d, "intro").pop("type")),
    ("node-bad-type", lambda d: node(d, "intro").update(type="scen")),
    ("scene-without-next", lambda d: node(d, "intro").pop("next")),
    ("scene-with-choices", lambda d: node(d, "intro").update(choices=[])),
    ("ending-with-next", lambda d: node(d, "good_end").update(next="intro")),
    ("bad-stage", lambda d: node(d, "intro").update(stage="plan")),
    ("image-not-text", lambda d: node(d, "intro").update(image=["a.png"])),
    ("no-choices", lambda d: node(d, "ask").update(choices=[])),
    ("choice-without-rating", lambda d: choice(d, "ask", 0).pop("rating")),
    ("choice-bad-rating", lambda d: choice(d, "ask", 0).update(rating="great")),
    ("choice-bad-id", lambda d: choice(d, "ask", 0).update(id="Calm")),
    ("choice-extra", lambda d: choice(d, "ask", 0).update(feedbak="x")),
    ("score-text", lambda d: choice(d, "ask", 0)["score"].update(communication="2")),
    ("time-limit-0", lambda d: node(d, "ask").update(time_limit=0)),
    ("timeout-with-id", lambda d: node(d, "ask")["on_timeout"].update(id="late")),
    ("timeout-without-next", lambda d: node(d, "ask")["on_timeout"].pop("next")),
    ("no-items", lambda d: node(d, "check").update(items=[])),
    ("item-correct-text", lambda d: node(d, "check")["items"][0].update(correct="yes")),
    ("checklist-bad-competency", lambda d: node(d, "check").update(competency="Safety")),
    ("route-without-to", lambda d: node(d, "check")["next"][2].pop("to")),
    ("route-extra", lambda d: node(d, "check")["next"][2].update(when="x")),
    ("empty-routes", lambda d: node(d, "check").update(next=[])),
    ("next-number", lambda d: node(d, "intro").update(next=5)),
    ("condition-number", lambda d: choice(d, "ask", 2).update({"if": 1})),
    ("outcome-bad", lambda d: node(d, "good_end").update(outcome="win")),
    ("text-list", lambda d: node(d, "intro").update(text=["x"])),
]


@pytest.mark.parametrize(("name", "mutate"), INVALID, ids=[case[0] for case in INVALID])
def test_schema_rejects_what_the_validator_rejects(
    schema: dict[str, Any], tmp_path: Path, name: str, mutate: Any
) -> None:
    data = copy.deepcopy(BASE)
    mutate(data)
    assert not Checker(schema).valid(data, schema), name
    written = write(tmp_path, mutate)
    result = written.load()
    assert result.errors, name
    assert schema_stage_findings(data)


SEMANTIC_ONLY = [
    ("unknown-start", lambda d: d.update(start="nowhere")),
    ("unknown-next", lambda d: node(d, "intro").update(next="nowhere")),
    ("unknown-card", lambda d: node(d, "intro").update(cards=["rules"])),
    ("unknown-competency", lambda d: choice(d, "ask", 0)["score"].update(ethics=1)),
    ("custom-competency-without-label", lambda d: d["competencies"].update(teamwork={})),
    ("condition-syntax", lambda d: choice(d, "ask", 2).update({"if": "trust >> 1"})),
    ("last-route-with-if", lambda d: node(d, "check")["next"][2].update({"if": "trust > 0"})),
    ("timeout-without-limit", lambda d: node(d, "ask").pop("time_limit")),
    ("bad-image-path", lambda d: node(d, "intro").update(image="../x.png")),
    ("undeclared-language", lambda d: node(d, "intro")["text"].update(uk="x")),
    ("min-above-max", lambda d: d["variables"]["trust"].update(min=5)),
]


@pytest.mark.parametrize(("name", "mutate"), SEMANTIC_ONLY, ids=[case[0] for case in SEMANTIC_ONLY])
def test_meaning_errors_are_left_to_the_validator(
    schema: dict[str, Any], tmp_path: Path, name: str, mutate: Any
) -> None:
    # A JSON Schema cannot follow references or parse conditions: it accepts the
    # shape, and the validator (which the editor runs too) reports the error.
    data = copy.deepcopy(BASE)
    mutate(data)
    assert Checker(schema).valid(data, schema), name
    assert write(tmp_path, mutate).load().errors, name


def test_plain_string_text_and_single_route_are_accepted(schema: dict[str, Any]) -> None:
    data = copy.deepcopy(BASE)
    node(data, "intro")["text"] = "Tylko po polsku"
    node(data, "intro")["next"] = [{"to": "ask"}]
    d2 = copy.deepcopy(data)
    d2["competencies"]["teamwork"] = {"label": t("Zespół", "Teamwork")}
    checker = Checker(schema)
    assert checker.valid(data, schema)
    assert checker.valid(d2, schema)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(data=altered_data())
def test_schema_and_validator_agree_on_altered_scenarios(data: dict[str, Any]) -> None:
    # The one difference allowed: JSON Schema counts 1.0 as an integer; the validator
    # asks for a whole number written as one.
    checker = Checker(SCHEMA_FOR_FUZZ)
    schema_ok = checker.valid(data, SCHEMA_FOR_FUZZ)
    validator_ok = schema_stage_findings(data) == []
    if not schema_ok:
        assert not validator_ok
    elif not validator_ok:
        assert _has_integral_float(data), schema_stage_findings(data)


def _has_integral_float(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value) and value.is_integer()
    if isinstance(value, dict):
        return any(_has_integral_float(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_integral_float(v) for v in value)
    return False


def _load_schema() -> dict[str, Any]:
    from trainer.scenario_io.format_v1 import json_schema

    return json.loads(json.dumps(json_schema()))  # exactly what the CLI prints


SCHEMA_FOR_FUZZ = _load_schema()


def test_cli_schema_equals_the_module_schema(schema: dict[str, Any]) -> None:
    assert schema == SCHEMA_FOR_FUZZ
