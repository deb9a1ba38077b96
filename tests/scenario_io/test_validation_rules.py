"""Every rule of the scenario format (version 1), one test per rule.

Each test writes a small valid bilingual scenario under ``tmp_path``, breaks one
thing, and checks the finding: severity, code, the file, the node (and choice)
and the line and column it points at in the file as written.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.scenario_io import image_files
from trainer.domain.findings import Finding, Severity
from trainer.scenario_io.reader import LoadResult, load_scenario

ERROR = Severity.ERROR
WARNING = Severity.WARNING

# --------------------------------------------------------------------------------------
# The base scenario: small, bilingual, valid with no findings at all, and using every
# node type, a variable with bounds, a card, a timed decision, a condition on a choice,
# a route list with visited()/chose(), a checklist and a custom competency.
# --------------------------------------------------------------------------------------


def t(pl: str, en: str) -> dict[str, str]:
    return {"pl": pl, "en": en}


BASE: dict[str, Any] = {
    "format": 1,
    "id": "base",
    "version": 1,
    "languages": ["pl", "en"],
    "title": t("Zgłoszenie", "A report"),
    "summary": t("Krótki przypadek.", "A short case."),
    "tags": ["place-of-worship", "test_tag"],
    "minutes": 5,
    "modes": ["practice", "assessment"],
    "competencies": {
        "communication": {},
        "safety": {"description": t("Bezpieczeństwo", "Safety")},
        "scene_control": {"label": t("Kontrola miejsca", "Scene control")},
    },
    "variables": {
        "trust": {"initial": 1, "min": 0, "max": 3, "label": t("Zaufanie", "Trust")},
    },
    "cards": {
        "law": {"title": t("Prawo", "The law"), "text": t("Art. 119 kk.", "Article 119.")},
    },
    "start": "intro",
    "nodes": {
        "intro": {
            "type": "scene",
            "title": t("Początek", "Start"),
            "text": t("Dyżurny wzywa.", "The desk calls."),
            "cards": ["law"],
            "stage": "information",
            "next": "ask",
        },
        "ask": {
            "type": "decision",
            "title": t("Pierwszy krok", "First step"),
            "text": t("Co robisz?", "What do you do?"),
            "stage": "options",
            "time_limit": 30,
            "choices": [
                {
                    "id": "calm",
                    "text": t("Spokojnie", "Calmly"),
                    "feedback": t("Dobrze.", "Good."),
                    "rating": "best",
                    "score": {"communication": 2, "scene_control": 1},
                    "effects": {"trust": 1},
                    "next": "check",
                },
                {
                    "id": "shout",
                    "text": t("Krzyczysz", "You shout"),
                    "feedback": t("Źle.", "Bad."),
                    "rating": "harmful",
                    "score": {"communication": -1},
                    "effects": {"trust": -1},
                    "next": "check",
                },
                {
                    "id": "thank",
                    "if": "trust >= 1",
                    "text": t("Dziękujesz", "You thank them"),
                    "feedback": t("Może być.", "Fine."),
                    "rating": "good",
                    "score": {"communication": 1},
                    "next": "check",
                },
            ],
            "on_timeout": {
                "feedback": t("Za wolno.", "Too slow."),
                "rating": "poor",
                "effects": {"trust": -1},
                "next": "check",
            },
        },
        "check": {
            "type": "checklist",
            "title": t("Wskaźniki", "Indicators"),
            "text": t("Na murze.", "On the wall."),
            "prompt": t("Co wskazuje na motyw?", "What points to bias?"),
            "competency": "safety",
            "items": [
                {
                    "id": "symbol",
                    "text": t("Symbol", "Symbol"),
                    "correct": True,
                    "feedback": t("Tak.", "Yes."),
                },
                {
                    "id": "slogan",
                    "text": t("Hasło", "Slogan"),
                    "correct": True,
                    "feedback": t("Tak.", "Yes."),
                },
                {
                    "id": "weather",
                    "text": t("Pogoda", "Weather"),
                    "correct": False,
                    "feedback": t("Nie.", "No."),
                },
            ],
            "next": [
                {"if": "trust >= 2", "to": "good_end"},
                {"if": "visited('ask') and chose('ask', 'shout')", "to": "bad_end"},
                {"to": "meh_end"},
            ],
        },
        "good_end": {
            "type": "ending",
            "text": t("Sukces.", "Success."),
            "outcome": "success",
            "debrief": t("Brawo.", "Well done."),
        },
        "meh_end": {"type": "ending", "text": t("Tak sobie.", "So-so."), "outcome": "partial"},
        "bad_end": {"type": "ending", "text": t("Porażka.", "Failure."), "outcome": "failure"},
    },
}


# --------------------------------------------------------------------------------------
# A small block-style YAML writer, so that every line of the file is predictable.
# --------------------------------------------------------------------------------------

_PLAIN_KEY = re.compile(r"\A[A-Za-z0-9_][A-Za-z0-9_ -]*\Z")


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(value, ensure_ascii=False)


def _inline(value: Any) -> str | None:
    if isinstance(value, dict):
        return "{}" if not value else None
    if isinstance(value, list):
        if any(isinstance(item, dict | list) for item in value):
            return None
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    return _scalar(value)


def _lines(value: Any, indent: int) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            name = key if _PLAIN_KEY.match(key) else json.dumps(key)
            inline = _inline(item)
            if inline is not None:
                out.append(f"{pad}{name}: {inline}")
            else:
                out.append(f"{pad}{name}:")
                out.extend(_lines(item, indent + 2))
        return out
    for item in value:
        inline = _inline(item)
        if inline is not None:
            out.append(f"{pad}- {inline}")
        else:
            sub = _lines(item, indent + 2)
            out.append(f"{pad}- {sub[0][indent + 2 :]}")
            out.extend(sub[1:])
    return out


def to_yaml(data: dict[str, Any]) -> str:
    return "\n".join(_lines(data, 0)) + "\n"


@dataclass
class Written:
    """A scenario folder written under tmp_path, and its file's text."""

    folder: Path
    file: Path
    text: str

    def load(self) -> LoadResult:
        return load_scenario(self.folder)

    def at(self, *needles: str) -> tuple[int, int]:
        """Line and column of the last needle, each found at or after the previous one."""
        lines = self.text.splitlines()
        index = 0
        for needle in needles:
            while needle not in lines[index]:
                index += 1
                assert index < len(lines), f"{needle!r} not in the file after {needles}"
        return index + 1, lines[index].index(needles[-1]) + 1


Mutation = Callable[[dict[str, Any]], object]


def base() -> dict[str, Any]:
    return copy.deepcopy(BASE)


def write_text(
    tmp_path: Path, text: str, *, folder: str = "base", filename: str = "scenario.yaml"
) -> Written:
    target = tmp_path / folder
    target.mkdir(parents=True, exist_ok=True)
    file = target / filename
    file.write_text(text, encoding="utf-8")
    return Written(target, file, text)


def write(
    tmp_path: Path,
    mutate: Mutation | None = None,
    *,
    folder: str = "base",
    json_file: bool = False,
) -> Written:
    """Write the base scenario, changed by ``mutate`` (which edits the dict in place)."""
    data = base()
    if mutate is not None:
        mutate(data)
    if json_file:
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        return write_text(tmp_path, text, folder=folder, filename="scenario.json")
    return write_text(tmp_path, to_yaml(data), folder=folder)


def node(data: dict[str, Any], node_id: str) -> dict[str, Any]:
    result: dict[str, Any] = data["nodes"][node_id]
    return result


def choice(data: dict[str, Any], node_id: str, index: int) -> dict[str, Any]:
    result: dict[str, Any] = data["nodes"][node_id]["choices"][index]
    return result


def q(value: str) -> str:
    """``value`` as the YAML writer quotes it."""
    return json.dumps(value, ensure_ascii=False)


def with_code(result: LoadResult, code: str) -> list[Finding]:
    return [f for f in result.findings if f.code == code]


def expect(
    written: Written,
    code: str,
    severity: Severity,
    *needles: str,
    node: str | None = None,
    choice: str | None = None,
    message: str | None = None,
) -> Finding:
    """Exactly one finding with ``code`` (for ``node``), placed where the needles say."""
    result = written.load()
    matches = [f for f in with_code(result, code) if node is None or f.node == node]
    assert len(matches) == 1, result.findings
    finding = matches[0]
    assert finding.severity is severity, finding
    assert finding.file == str(written.file), finding
    assert finding.node == node, finding
    assert finding.choice == choice, finding
    assert (finding.line, finding.column) == written.at(*needles), finding
    if message is not None:
        assert re.search(message, finding.message), finding.message
    if severity is ERROR:
        assert not result.playable
        assert result.scenario is None
    else:
        assert not result.errors, result.errors
        assert result.playable
    return finding


# --------------------------------------------------------------------------------------
# The base itself, and the writer helpers
# --------------------------------------------------------------------------------------


def test_base_scenario_is_valid_with_no_findings(tmp_path: Path) -> None:
    result = write(tmp_path).load()
    assert result.findings == []
    assert result.playable
    assert result.scenario is not None
    assert result.scenario.id == "base"
    assert result.analysis is not None
    assert result.analysis.exact
    assert result.analysis.maximum == {"communication": 2, "safety": 2, "scene_control": 1}


def test_base_as_json_is_valid_with_no_findings(tmp_path: Path) -> None:
    written = write(tmp_path, json_file=True)
    assert written.file.name == "scenario.json"
    result = written.load()
    assert result.findings == []
    assert result.scenario == write(tmp_path / "yaml").load().scenario


def test_scenario_yml_extension_is_accepted(tmp_path: Path) -> None:
    written = write_text(tmp_path, to_yaml(base()), filename="scenario.yml")
    result = written.load()
    assert result.findings == []
    assert result.file == written.file


def test_folder_without_scenario_file(tmp_path: Path) -> None:
    (tmp_path / "base").mkdir()
    result = load_scenario(tmp_path / "base")
    [finding] = result.findings
    assert finding.severity is ERROR
    assert finding.code == "no-scenario-file"
    assert finding.file == str(tmp_path / "base")
    assert not result.playable


# --------------------------------------------------------------------------------------
# Top level: required fields, types, values
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "field", ["format", "id", "version", "languages", "title", "competencies", "start", "nodes"]
)
def test_missing_required_top_level_field(tmp_path: Path, field: str) -> None:
    written = write(tmp_path, lambda d: d.pop(field))
    finding = expect(written, "missing-field", ERROR, "format" if field != "format" else "id")
    assert repr(field) in finding.message


@pytest.mark.parametrize(
    ("field", "value", "code", "message"),
    [
        ("format", "1", "wrong-type", "expected the format version, found the text '1'"),
        ("format", 1.0, "wrong-type", "decimal number"),
        ("format", True, "wrong-type", "true/false"),
        ("version", 0, "bad-value", "at least 1"),
        ("version", "2", "wrong-type", "found the text"),
        ("version", 1.5, "wrong-type", "decimal"),
        ("languages", "pl", "wrong-type", "list of language codes"),
        ("languages", [], "empty-list", "at least 1"),
        ("languages", ["PL"], "bad-id", "'PL' is not a language code"),
        ("languages", ["polish"], "bad-id", "language code"),
        ("title", 5, "wrong-type", "a text or a map of language"),
        ("title", ["a"], "wrong-type", "a text or a map"),
        ("title", None, "wrong-type", "nothing"),
        ("summary", 1, "wrong-type", "a text or a map"),
        ("tags", "x", "wrong-type", "list of tags"),
        ("tags", ["Place"], "bad-id", "'Place' is not an id"),
        ("minutes", 0, "bad-value", "at least 1"),
        ("minutes", "ten", "wrong-type", "minutes"),
        ("modes", ["exam"], "bad-value", "use one of practice, assessment"),
        ("modes", [], "empty-list", "at least 1"),
        ("competencies", {}, "empty-list", "at least 1"),
        ("competencies", ["communication"], "wrong-type", "map of competencies"),
        ("variables", [], "wrong-type", "map of variables"),
        ("cards", "law", "wrong-type", "map of cards"),
        ("start", 1, "wrong-type", "node id"),
        ("start", "Intro", "bad-id", "'Intro' is not a node id"),
        ("nodes", [], "wrong-type", "map of nodes"),
        ("nodes", {}, "empty-list", "at least 1"),
    ],
)
def test_top_level_wrong_type_or_value(
    tmp_path: Path, field: str, value: Any, code: str, message: str
) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d[field] = value

    written = write(tmp_path, mutate)
    result = written.load()
    matches = with_code(result, code)
    assert matches, result.findings
    finding = matches[0]
    assert finding.severity is ERROR
    assert finding.node is None
    assert finding.choice is None
    assert finding.file == str(written.file)
    assert finding.line == written.at(f"{field}:")[0], finding
    assert re.search(message, finding.message), finding.message
    assert not result.playable


def test_unsupported_format_version(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d.update(format=2))
    expect(written, "unsupported-format", ERROR, "format: 2", "2", message="format 2")


def test_file_must_hold_a_mapping(tmp_path: Path) -> None:
    written = write_text(tmp_path, "- just\n- a list\n")
    result = written.load()
    [finding] = result.findings
    assert (finding.severity, finding.code) == (ERROR, "wrong-type")
    assert "mapping" in finding.message
    assert (finding.line, finding.column) == (1, 1)


def test_empty_file(tmp_path: Path) -> None:
    written = write_text(tmp_path, "")
    result = written.load()
    [finding] = result.findings
    assert (finding.severity, finding.code) == (ERROR, "wrong-type")
    assert finding.file == str(written.file)


# --------------------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario_id", ["a", "base-2", "0abc", "a" * 64])
def test_valid_scenario_ids(tmp_path: Path, scenario_id: str) -> None:
    written = write(tmp_path, lambda d: d.update(id=scenario_id), folder=scenario_id)
    assert written.load().findings == []


@pytest.mark.parametrize(
    "scenario_id", ["Base", "-base", "base_2", "a" * 65, "", "base.x", "baza-ż", "base "]
)
def test_bad_scenario_ids(tmp_path: Path, scenario_id: str) -> None:
    written = write(tmp_path, lambda d: d.update(id=scenario_id))
    expect(written, "bad-id", ERROR, "id: ", q(scenario_id), message="scenario id")


def test_id_must_equal_folder_name(tmp_path: Path) -> None:
    written = write(tmp_path, folder="other")
    expect(
        written,
        "id-mismatch",
        ERROR,
        'id: "base"',
        '"base"',
        message="'base' must equal the folder name 'other'",
    )


@pytest.mark.parametrize("node_id", ["n", "a_b", "a-b", "1st", "x" * 64])
def test_valid_node_ids(tmp_path: Path, node_id: str) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["nodes"][node_id] = d["nodes"].pop("meh_end")
        node(d, "check")["next"][-1]["to"] = node_id

    assert write(tmp_path, mutate).load().findings == []


@pytest.mark.parametrize("node_id", ["Meh", "_meh", "-meh", "meh end", "x" * 65, "meh.end"])
def test_bad_node_id_is_reported_at_the_key(tmp_path: Path, node_id: str) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["nodes"][node_id] = d["nodes"].pop("meh_end")

    written = write(tmp_path, mutate)
    key = node_id if re.match(r"\A[A-Za-z0-9_][A-Za-z0-9_ -]*\Z", node_id) else f'"{node_id}"'
    expect(written, "bad-id", ERROR, "nodes:", f"  {key}:", key, node=node_id, message="node id")


@pytest.mark.parametrize("choice_id", ["Calm", "calm!", "_calm", "c" * 65])
def test_bad_choice_id(tmp_path: Path, choice_id: str) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 0).update(id=choice_id))
    expect(
        written,
        "bad-id",
        ERROR,
        "ask:",
        f"- id: {json.dumps(choice_id)}",
        json.dumps(choice_id),
        node="ask",
        choice=choice_id,
    )


def test_bad_checklist_item_id(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "check")["items"][1].update(id="Slogan"))
    expect(written, "bad-id", ERROR, "check:", '"Slogan"', node="check")


def test_bad_card_id(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["cards"] = {"Law": d["cards"]["law"]}
        node(d, "intro")["cards"] = ["Law"]

    written = write(tmp_path, mutate)
    result = written.load()
    bad = with_code(result, "bad-id")
    assert [(f.line, f.column) for f in bad] == [
        written.at("cards:", "Law:"),
        written.at("intro:", '"Law"'),
    ]
    assert all(f.severity is ERROR for f in bad)


@pytest.mark.parametrize("name", ["Communication", "1comm", "comm-x", "_comm", "c" * 65])
def test_bad_competency_name(tmp_path: Path, name: str) -> None:
    written = write(tmp_path, lambda d: d["competencies"].update({name: {"label": t("x", "x")}}))
    expect(written, "bad-id", ERROR, "competencies:", f"  {name}:", name, message="a name")


@pytest.mark.parametrize("name", ["Trust", "trust-x", "9trust", "t" * 65])
def test_bad_variable_name(tmp_path: Path, name: str) -> None:
    written = write(tmp_path, lambda d: d["variables"].update({name: {"initial": 0}}))
    expect(written, "bad-id", ERROR, "variables:", f"  {name}:", name, message="a name")


@pytest.mark.parametrize("word", ["and", "or", "not", "visited", "chose", "true", "false"])
def test_variable_named_after_a_condition_word(tmp_path: Path, word: str) -> None:
    written = write(tmp_path, lambda d: d["variables"].update({word: {"initial": 0}}))
    expect(written, "reserved-id", ERROR, "variables:", f"  {word}:", word)


def test_duplicate_tag_is_a_warning(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d.update(tags=["roma-community", "roma-community"]))
    finding = expect(written, "duplicate-id", WARNING, "tags:", '"roma-community"]')
    assert "roma-community" in finding.message


def test_duplicate_language(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d.update(languages=["pl", "en", "pl"]))
    expect(written, "duplicate-id", ERROR, "languages:", '"pl"]', message="listed twice")


# --------------------------------------------------------------------------------------
# Text
# --------------------------------------------------------------------------------------


def test_plain_string_text_in_a_one_language_scenario(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["languages"] = ["pl"]

        def flatten(value: Any) -> Any:
            if isinstance(value, dict):
                if set(value) == {"pl", "en"}:
                    return value["pl"]
                return {k: flatten(v) for k, v in value.items()}
            if isinstance(value, list):
                return [flatten(v) for v in value]
            return value

        d.update(flatten(d))

    result = write(tmp_path, mutate).load()
    assert result.findings == []


def test_plain_string_text_in_a_bilingual_scenario_lacks_the_translation(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "intro").update(text="Dyżurny wzywa."))
    finding = expect(
        written, "missing-translation", WARNING, "intro:", "text:", '"Dyżurny', node="intro"
    )
    assert "en" in finding.message


def test_missing_translation_in_a_text_map(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 1)["feedback"].pop("en"))
    expect(
        written,
        "missing-translation",
        WARNING,
        '- id: "shout"',
        "feedback:",
        node="ask",
        choice="shout",
        message="no en translation",
    )


def test_missing_default_language_translation(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d["title"].pop("pl"))
    expect(written, "missing-translation", WARNING, "title:", message="no pl translation")


def test_text_in_an_undeclared_language(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "intro")["text"].update(uk="Черговий"))
    expect(
        written,
        "unknown-language",
        ERROR,
        "intro:",
        "text:",
        '"Черговий"',
        node="intro",
        message="'uk'",
    )


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (5, "wrong-type"),
        ({}, "empty-list"),
        ({"pl": 5, "en": "x"}, "wrong-type"),
        ([], "empty-list"),  # a list is alternatives (format 1.1), and needs one at least
        ([{"if": "x"}], "missing-field"),
    ],
)
def test_bad_text_values(tmp_path: Path, value: Any, code: str) -> None:
    written = write(tmp_path, lambda d: node(d, "intro").update(text=value))
    result = written.load()
    [finding] = with_code(result, code)
    assert finding.severity is ERROR
    assert finding.node == "intro"
    assert finding.line == written.at("intro:", "text:")[0] + (
        1 if isinstance(value, dict | list) and value else 0
    )


def test_text_language_key_must_be_a_code(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "intro").update(text={"Polish": "x", "en": "y"}))
    expect(written, "bad-id", ERROR, "intro:", "Polish:", node="intro", message="language code")


# --------------------------------------------------------------------------------------
# Competencies
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "builtin",
    [
        "bias_indicators",
        "cultural_competence",
        "communication",
        "victim_support",
        "legal_procedure",
        "safety",
        "partnership",
        "ethics",
    ],
)
def test_built_in_competency_needs_no_label(tmp_path: Path, builtin: str) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["competencies"][builtin] = {}
        choice(d, "ask", 0)["score"][builtin] = 1

    assert write(tmp_path, mutate).load().findings == []


@pytest.mark.parametrize("competency", [{}, {"description": t("Opis", "Description")}])
def test_custom_competency_needs_a_label(tmp_path: Path, competency: dict[str, Any]) -> None:
    written = write(tmp_path, lambda d: d["competencies"].update(scene_control=competency))
    expect(
        written,
        "missing-label",
        ERROR,
        "competencies:",
        "scene_control:",
        message="not built in, so it needs a label",
    )


def test_unknown_field_in_a_competency(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d["competencies"]["safety"].update(lable=t("a", "b")))
    expect(
        written,
        "unknown-field",
        ERROR,
        "safety:",
        "lable:",
        message="did you mean 'label'",
    )


def test_unearnable_competency(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d["competencies"].update(ethics={}))
    expect(written, "unearnable-competency", WARNING, "ethics:", message="no playable path earns")


def test_competency_earned_only_by_a_choice_never_offered(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["competencies"]["ethics"] = {}
        thank = choice(d, "ask", 2)
        thank["if"] = "trust >= 3"
        thank["score"] = {"ethics": 2}

    written = write(tmp_path, mutate)
    expect(written, "unearnable-competency", WARNING, "ethics:")
    expect(
        written,
        "never-offered",
        WARNING,
        'id: "thank"',
        node="ask",
        choice="thank",
    )


def test_score_names_an_unknown_competency(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 0)["score"].update(ethics=1))
    expect(
        written,
        "unknown-competency",
        ERROR,
        '- id: "calm"',
        "score:",
        "ethics: 1",
        "1",
        node="ask",
        choice="calm",
        message="'ethics'",
    )


def test_score_points_must_be_integers(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 0)["score"].update(communication="2"))
    expect(
        written,
        "wrong-type",
        ERROR,
        '- id: "calm"',
        "communication:",
        '"2"',
        node="ask",
        choice="calm",
    )


# --------------------------------------------------------------------------------------
# Variables
# --------------------------------------------------------------------------------------


def test_variable_initial_defaults_to_zero(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["variables"]["trust"] = {"min": 0, "max": 3}

    result = write(tmp_path, mutate).load()
    assert not result.errors
    assert result.scenario is not None
    assert result.scenario.variables["trust"].initial == 0


def test_variable_min_above_max(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d["variables"]["trust"].update(min=4, max=3))
    expect(written, "bad-value", ERROR, "variables:", "trust:", message="min 4 above max 3")


@pytest.mark.parametrize(("initial", "bounds"), [(5, {"max": 3}), (-1, {"min": 0})])
def test_variable_initial_outside_bounds(
    tmp_path: Path, initial: int, bounds: dict[str, int]
) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["variables"]["trust"] = {"initial": initial, **bounds}

    written = write(tmp_path, mutate)
    expect(written, "bad-value", ERROR, "trust:", "initial:", str(initial), message="outside")


@pytest.mark.parametrize(
    ("field", "value"), [("initial", "1"), ("min", 0.5), ("max", True), ("initial", None)]
)
def test_variable_fields_must_be_integers(tmp_path: Path, field: str, value: Any) -> None:
    written = write(tmp_path, lambda d: d["variables"]["trust"].update({field: value}))
    expect(written, "wrong-type", ERROR, "trust:", f"{field}:", _scalar(value))


def test_unknown_field_in_a_variable(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d["variables"]["trust"].update(maximum=3))
    expect(written, "unknown-field", ERROR, "trust:", "maximum:", message="did you mean 'max'")


def test_effects_name_an_unknown_variable(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 1)["effects"].update(anger=1))
    expect(
        written,
        "unknown-variable",
        ERROR,
        '- id: "shout"',
        "anger: 1",
        "1",
        node="ask",
        choice="shout",
        message="'anger'",
    )


def test_effects_on_timeout_name_an_unknown_variable(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "ask")["on_timeout"].update(effects={"anger": 1}))
    expect(
        written,
        "unknown-variable",
        ERROR,
        "on_timeout:",
        "anger: 1",
        "1",
        node="ask",
        choice="timeout",
    )


def test_effects_must_be_integers(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 1)["effects"].update(trust="-1"))
    expect(
        written,
        "wrong-type",
        ERROR,
        '- id: "shout"',
        "effects:",
        '"-1"',
        node="ask",
        choice="shout",
    )


# --------------------------------------------------------------------------------------
# Cards
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["title", "text"])
def test_card_needs_title_and_text(tmp_path: Path, field: str) -> None:
    written = write(tmp_path, lambda d: d["cards"]["law"].pop(field))
    expect(written, "missing-field", ERROR, "cards:", "law:", message=repr(field))


def test_node_references_an_unknown_card(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "intro")["cards"].append("rules"))
    expect(
        written,
        "unknown-card",
        ERROR,
        "intro:",
        "cards:",
        '"rules"',
        node="intro",
        message="'rules'",
    )


def test_cards_must_be_a_list(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "intro").update(cards="law"))
    expect(written, "wrong-type", ERROR, "intro:", "cards:", '"law"', node="intro")


# --------------------------------------------------------------------------------------
# start
# --------------------------------------------------------------------------------------


def test_start_names_an_unknown_node(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d.update(start="nowhere"))
    expect(written, "unknown-node", ERROR, "start:", '"nowhere"', message="'nowhere'")


# --------------------------------------------------------------------------------------
# Nodes: type and fields
# --------------------------------------------------------------------------------------


def test_node_without_type(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "intro").pop("type"))
    expect(
        written,
        "missing-field",
        ERROR,
        "nodes:",
        "intro:",
        node="intro",
        message="'type' is required",
    )


def test_unknown_node_type_with_suggestion(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "intro").update(type="scen"))
    expect(
        written,
        "bad-value",
        ERROR,
        "intro:",
        '"scen"',
        node="intro",
        message="did you mean 'scene'",
    )


def test_node_type_must_be_text(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "intro").update(type=1))
    expect(written, "bad-value", ERROR, "intro:", "type: 1", "1", node="intro")


def test_node_must_be_a_mapping(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d["nodes"].update(meh_end="an ending"))
    expect(written, "wrong-type", ERROR, "meh_end:", '"an ending"', node="meh_end")


@pytest.mark.parametrize(
    ("node_id", "field"),
    [
        ("intro", "text"),
        ("intro", "next"),
        ("ask", "choices"),
        ("ask", "text"),
        ("check", "prompt"),
        ("check", "items"),
        ("check", "competency"),
        ("check", "next"),
        ("good_end", "outcome"),
        ("good_end", "text"),
    ],
)
def test_node_required_fields(tmp_path: Path, node_id: str, field: str) -> None:
    written = write(tmp_path, lambda d: node(d, node_id).pop(field))
    expect(
        written,
        "missing-field",
        ERROR,
        "nodes:",
        f"  {node_id}:",
        f"{node_id}:",
        node=node_id,
        message=f"'{field}' is required",
    )


@pytest.mark.parametrize(
    ("node_id", "field", "value"),
    [
        ("intro", "choices", []),
        ("good_end", "next", "intro"),
        ("intro", "outcome", "success"),
        ("good_end", "items", []),
        ("check", "time_limit", 10),
        ("intro", "debrief", "x"),
    ],
)
def test_field_of_another_node_type_is_unknown(
    tmp_path: Path, node_id: str, field: str, value: Any
) -> None:
    written = write(tmp_path, lambda d: node(d, node_id).update({field: value}))
    expect(
        written,
        "unknown-field",
        ERROR,
        f"  {node_id}:",
        f"{field}:",
        node=node_id,
        message=repr(field),
    )


def test_unknown_node_field_with_suggestion(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        node(d, "intro")["nxt"] = node(d, "intro").pop("next")

    written = write(tmp_path, mutate)
    expect(
        written,
        "unknown-field",
        ERROR,
        "intro:",
        "nxt:",
        node="intro",
        message=r"unknown field 'nxt' \(did you mean 'next'\?\)",
    )
    expect(written, "missing-field", ERROR, "nodes:", "intro:", node="intro")


def test_unknown_top_level_field_with_suggestion(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d.update(sumary=d.pop("summary")))
    expect(written, "unknown-field", ERROR, "sumary:", message="did you mean 'summary'")


def test_unknown_field_without_a_close_match_lists_the_allowed_ones(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d.update(zzz=1))
    finding = expect(written, "unknown-field", ERROR, "zzz:")
    assert "did you mean" not in finding.message
    assert "allowed here: format, id, version" in finding.message


@pytest.mark.parametrize(
    ("node_id", "field", "value", "code"),
    [
        ("intro", "stage", "plan", "bad-value"),
        ("intro", "title", 3, "wrong-type"),
        ("intro", "image", 3, "wrong-type"),
        ("good_end", "outcome", "win", "bad-value"),
        ("good_end", "debrief", ["x"], "wrong-type"),
        ("ask", "choices", [], "empty-list"),
        ("ask", "choices", {"calm": {}}, "wrong-type"),
        ("ask", "time_limit", 0, "bad-value"),
        ("ask", "time_limit", "30s", "wrong-type"),
        ("ask", "time_limit", 2.5, "wrong-type"),
        ("check", "items", [], "empty-list"),
        ("check", "competency", "Safety", "bad-id"),
        ("intro", "next", 3, "wrong-type"),
        ("intro", "next", [], "empty-list"),
        ("intro", "next", "Ask", "bad-id"),
    ],
)
def test_node_field_values(tmp_path: Path, node_id: str, field: str, value: Any, code: str) -> None:
    written = write(tmp_path, lambda d: node(d, node_id).update({field: value}))
    result = written.load()
    [finding] = with_code(result, code)
    assert finding.severity is ERROR
    assert finding.node == node_id
    assert finding.line == written.at(f"  {node_id}:", f"{field}:")[0], finding


@pytest.mark.parametrize("stage", ["information", "assessment", "powers", "options", "action"])
def test_every_stage_is_accepted(tmp_path: Path, stage: str) -> None:
    assert write(tmp_path, lambda d: node(d, "intro").update(stage=stage)).load().findings == []


# --------------------------------------------------------------------------------------
# Choices
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["text", "rating", "next"])
def test_choice_required_fields(tmp_path: Path, field: str) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 1).pop(field))
    expect(
        written,
        "missing-field",
        ERROR,
        "ask:",
        '- id: "shout"',
        "id:",
        node="ask",
        choice="shout",
        message=repr(field),
    )


def test_choice_without_id_is_named_by_position(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 1).pop("id"))
    expect(
        written,
        "missing-field",
        ERROR,
        "ask:",
        '"Spokojnie"',
        "- text:",
        "text:",
        node="ask",
        choice="#2",
        message="'id'",
    )


def test_bad_rating(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 0).update(rating="great"))
    expect(
        written,
        "bad-value",
        ERROR,
        '- id: "calm"',
        '"great"',
        node="ask",
        choice="calm",
        message="best, good, poor, harmful",
    )


def test_unknown_choice_field(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 0).update(feedbak="x"))
    expect(
        written,
        "unknown-field",
        ERROR,
        '- id: "calm"',
        "feedbak:",
        node="ask",
        choice="calm",
        message="did you mean 'feedback'",
    )


def test_duplicate_choice_ids(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 1).update(id="calm"))
    expect(
        written,
        "duplicate-id",
        ERROR,
        "ask:",
        '- id: "calm"',
        "score:",
        '- id: "calm"',
        '"calm"',
        node="ask",
        choice="calm",
        message="two choices are called 'calm'",
    )


def test_choice_without_feedback(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 1).pop("feedback"))
    expect(
        written,
        "no-feedback",
        WARNING,
        "ask:",
        '- id: "shout"',
        "id:",
        node="ask",
        choice="shout",
    )


def test_timeout_without_feedback(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "ask")["on_timeout"].pop("feedback"))
    expect(written, "no-feedback", WARNING, "on_timeout:", node="ask", choice="timeout")


def test_single_choice_decision(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        del node(d, "ask")["choices"][1:]
        node(d, "check")["next"][1]["if"] = "visited('ask') and trust == 0"

    written = write(tmp_path, mutate)
    expect(written, "single-choice", WARNING, "ask:", "choices:", node="ask")


# --------------------------------------------------------------------------------------
# time_limit / on_timeout and the reserved id `timeout`
# --------------------------------------------------------------------------------------


def test_time_limit_without_on_timeout(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "ask").pop("on_timeout"))
    expect(
        written,
        "missing-field",
        ERROR,
        "ask:",
        "time_limit:",
        "30",
        node="ask",
        message="needs on_timeout",
    )


def test_on_timeout_without_time_limit(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "ask").pop("time_limit"))
    expect(
        written,
        "missing-field",
        ERROR,
        "ask:",
        "on_timeout:",
        node="ask",
        choice="timeout",
        message="needs a time_limit",
    )


@pytest.mark.parametrize(("field", "value"), [("id", "late"), ("text", "x"), ("if", "trust > 0")])
def test_on_timeout_takes_no_id_text_or_if(tmp_path: Path, field: str, value: str) -> None:
    written = write(tmp_path, lambda d: node(d, "ask")["on_timeout"].update({field: value}))
    expect(
        written,
        "unknown-field",
        ERROR,
        "on_timeout:",
        f"{field}:",
        node="ask",
        choice="timeout",
        message=repr(field),
    )


@pytest.mark.parametrize("field", ["rating", "next"])
def test_on_timeout_required_fields(tmp_path: Path, field: str) -> None:
    written = write(tmp_path, lambda d: node(d, "ask")["on_timeout"].pop(field))
    expect(
        written,
        "missing-field",
        ERROR,
        "on_timeout:",
        node="ask",
        choice="timeout",
        message=repr(field),
    )


def test_timed_decision_cannot_have_a_choice_called_timeout(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 1).update(id="timeout"))
    expect(
        written,
        "reserved-id",
        ERROR,
        "ask:",
        '- id: "timeout"',
        '"timeout"',
        node="ask",
        choice="timeout",
        message="'timeout'",
    )


def test_timeout_is_played_as_the_token_timeout(tmp_path: Path, run_cli: Any) -> None:
    written = write(tmp_path)
    result = run_cli("play", written.folder, "--choose", "timeout", "symbol,slogan", "--json")
    assert result.exit_code == 0, result.stderr
    state = result.json()
    assert state["path"] == ["intro", "ask", "check", "meh_end"]
    assert state["variables"] == {"trust": 0}


# --------------------------------------------------------------------------------------
# Checklists
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["id", "text", "correct"])
def test_checklist_item_required_fields(tmp_path: Path, field: str) -> None:
    written = write(tmp_path, lambda d: node(d, "check")["items"][2].pop(field))
    result = written.load()
    [finding] = with_code(result, "missing-field")
    assert finding.severity is ERROR
    assert finding.node == "check"
    assert repr(field) in finding.message
    first = "id" if field != "id" else "text"
    assert finding.line == written.at("items:", '"Hasło"', f"- {first}:")[0]


@pytest.mark.parametrize("value", ["yes", "true", 1, None])
def test_checklist_correct_must_be_true_or_false(tmp_path: Path, value: Any) -> None:
    written = write(tmp_path, lambda d: node(d, "check")["items"][0].update(correct=value))
    expect(
        written,
        "wrong-type",
        ERROR,
        "check:",
        "correct:",
        _scalar(value),
        node="check",
        message="true or false",
    )


def test_checklist_unquoted_yes_is_text_not_true(tmp_path: Path) -> None:
    # YAML 1.2: `yes` is a string, so a trainer who writes `correct: yes` is told so.
    text = to_yaml(base()).replace("correct: true", "correct: yes", 1)
    written = write_text(tmp_path, text)
    expect(
        written,
        "wrong-type",
        ERROR,
        "check:",
        "correct: yes",
        "yes",
        node="check",
        message="the text 'yes'",
    )


def test_duplicate_checklist_item_ids(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "check")["items"][2].update(id="symbol"))
    expect(
        written,
        "duplicate-id",
        ERROR,
        "check:",
        '- id: "symbol"',
        "correct:",
        '- id: "symbol"',
        '"symbol"',
        node="check",
        message="'symbol'",
    )


def test_checklist_item_without_feedback(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "check")["items"][1].pop("feedback"))
    expect(
        written,
        "no-feedback",
        WARNING,
        "check:",
        '- id: "slogan"',
        "id:",
        node="check",
        message="'slogan'",
    )


def test_checklist_with_no_correct_item(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        for item in node(d, "check")["items"]:
            item["correct"] = False

    written = write(tmp_path, mutate)
    expect(written, "no-correct-item", WARNING, "check:", "items:", node="check")
    expect(written, "unearnable-competency", WARNING, "competencies:", "safety:")


def test_checklist_scores_an_unknown_competency(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "check").update(competency="ethics"))
    expect(
        written,
        "unknown-competency",
        ERROR,
        "check:",
        '"ethics"',
        node="check",
        message="'ethics'",
    )


@pytest.mark.parametrize(
    ("ticked", "points"),
    [
        ("symbol,slogan", 2),
        ("symbol", 1),
        ("symbol,slogan,weather", 1),
        ("symbol,weather", 0),
        ("weather", 0),
        ("", 0),
    ],
)
def test_checklist_points_are_right_minus_wrong_never_below_zero(
    tmp_path: Path, run_cli: Any, ticked: str, points: int
) -> None:
    written = write(tmp_path)
    result = run_cli("play", written.folder, "--choose", "calm", ticked, "--json")
    assert result.exit_code == 0, result.stderr
    state = result.json()
    assert state["ending"] == "good_end"
    assert state["points"]["safety"] == points
    assert state["maximum"]["safety"] == 2  # the number of correct items


# --------------------------------------------------------------------------------------
# Variables at play: clamped to min/max
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("initial", "token", "expected"), [(3, "calm", 3), (0, "shout", 0), (1, "calm", 2)]
)
def test_variables_are_clamped_to_min_and_max(
    tmp_path: Path, run_cli: Any, initial: int, token: str, expected: int
) -> None:
    written = write(tmp_path, lambda d: d["variables"]["trust"].update(initial=initial))
    result = run_cli("play", written.folder, "--choose", token, "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["variables"] == {"trust": expected}


# --------------------------------------------------------------------------------------
# next and route lists
# --------------------------------------------------------------------------------------


def test_next_names_an_unknown_node(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 0).update(next="chek"))
    expect(
        written,
        "unknown-node",
        ERROR,
        '- id: "calm"',
        '"chek"',
        node="ask",
        choice="calm",
        message="'chek'",
    )


def test_scene_next_names_an_unknown_node(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "intro").update(next="nowhere"))
    expect(written, "unknown-node", ERROR, "intro:", '"nowhere"', node="intro")


def test_route_to_an_unknown_node(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "check")["next"][0].update(to="great_end"))
    expect(written, "unknown-node", ERROR, "check:", '"great_end"', node="check")


def test_last_route_must_have_no_if(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "check")["next"][2].update({"if": "trust < 2"}))
    expect(
        written,
        "route-without-default",
        ERROR,
        "check:",
        '"trust < 2"',
        node="check",
        message="last route must have no 'if'",
    )


def test_middle_route_without_if(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "check")["next"][1].pop("if"))
    expect(
        written,
        "unreachable-route",
        ERROR,
        "check:",
        "next:",
        '- to: "bad_end"',
        "to:",
        node="check",
        message="only the last route may go without 'if'",
    )


def test_route_in_a_choice_names_node_and_choice(tmp_path: Path) -> None:
    routes = [{"if": "trust >= 1", "to": "check"}, {"if": "trust < 1", "to": "meh_end"}]
    written = write(tmp_path, lambda d: choice(d, "ask", 0).update(next=routes))
    expect(
        written,
        "route-without-default",
        ERROR,
        '- id: "calm"',
        '"trust < 1"',
        node="ask",
        choice="calm",
    )


@pytest.mark.parametrize(
    ("route", "code", "message", "needle"),
    [
        ({"if": "trust > 0"}, "missing-field", "'to'", 'if: "trust > 0"'),
        ({"to": "meh_end", "when": "x"}, "unknown-field", "'when'", "when:"),
        ({"to": 5}, "wrong-type", "node id", "5"),
        ("meh_end", "wrong-type", "route", '"meh_end"'),
    ],
)
def test_malformed_routes(tmp_path: Path, route: Any, code: str, message: str, needle: str) -> None:
    written = write(tmp_path, lambda d: node(d, "check")["next"].__setitem__(2, route))
    expect(
        written,
        code,
        ERROR,
        "check:",
        "next:",
        '"bad_end"',
        needle,
        node="check",
        message=message,
    )


# --------------------------------------------------------------------------------------
# Conditions
# --------------------------------------------------------------------------------------


def _condition_column(written: Written, source: str, offset: int, *needles: str) -> int:
    return written.at(*needles, json.dumps(source))[1] + 1 + offset


@pytest.mark.parametrize(
    ("source", "offset", "message"),
    [
        ("trust >= 2 +", 11, "arithmetic is not supported"),
        ("trust = 1", 6, "use '=='"),
        ("trust >", 7, "expected a number or a name"),
        ("Trust > 1", 0, "not a valid name"),
        ("trust > 1 > 0", 10, "cannot be chained"),
        ("visited(ask)", 8, "quotes"),
        ("len(x) > 1", 0, "unknown function 'len'"),
        ("(trust > 1", 0, "never closed"),
        ("", 0, ""),
    ],
)
def test_condition_syntax_errors_point_at_the_offending_character(
    tmp_path: Path, source: str, offset: int, message: str
) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 2).update({"if": source}))
    result = written.load()
    [finding] = with_code(result, "condition-syntax")
    assert finding.severity is ERROR
    assert (finding.node, finding.choice) == ("ask", "thank")
    assert finding.file == str(written.file)
    assert finding.line == written.at('- id: "thank"', "if:")[0]
    assert finding.column == _condition_column(written, source, offset, '- id: "thank"'), finding
    assert message in finding.message
    assert not result.playable


def test_condition_syntax_error_in_a_route(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "check")["next"][0].update({"if": "trust >> 2"}))
    result = written.load()
    [finding] = with_code(result, "condition-syntax")
    assert (finding.node, finding.choice) == ("check", None)
    assert finding.line == written.at("check:", '"trust >> 2"')[0]
    assert finding.column == _condition_column(written, "trust >> 2", 7, "check:")


def test_condition_uses_an_unknown_variable(tmp_path: Path) -> None:
    source = "trust >= 1 and anger < 2"
    written = write(tmp_path, lambda d: choice(d, "ask", 2).update({"if": source}))
    result = written.load()
    [finding] = with_code(result, "unknown-variable")
    assert finding.severity is ERROR
    assert (finding.node, finding.choice) == ("ask", "thank")
    assert "'anger'" in finding.message
    assert finding.line == written.at('- id: "thank"', "if:")[0]
    assert finding.column == _condition_column(written, source, 15, '- id: "thank"')
    assert not result.playable


@pytest.mark.parametrize(
    ("source", "code", "offset", "message"),
    [
        ("visited('nowhere')", "unknown-node", 8, "'nowhere'"),
        ("chose('nowhere', 'calm')", "unknown-node", 6, "'nowhere'"),
        ("chose('ask', 'nope')", "unknown-choice", 6, "no choice 'nope'"),
        ("chose('intro', 'calm')", "unknown-choice", 6, "needs a decision node"),
        ("trust > 0 and visited('nowhere')", "unknown-node", 22, "'nowhere'"),
    ],
)
def test_condition_references_unknown_nodes_and_choices(
    tmp_path: Path, source: str, code: str, offset: int, message: str
) -> None:
    written = write(tmp_path, lambda d: node(d, "check")["next"][1].update({"if": source}))
    result = written.load()
    [finding] = with_code(result, code)
    assert finding.severity is ERROR
    assert (finding.node, finding.choice) == ("check", None)
    assert finding.line == written.at("check:", json.dumps(source))[0]
    assert finding.column == _condition_column(written, source, offset, "check:")
    assert message in finding.message


def test_chose_timeout_is_a_known_choice_of_a_timed_decision(tmp_path: Path) -> None:
    written = write(
        tmp_path, lambda d: node(d, "check")["next"][1].update({"if": "chose('ask', 'timeout')"})
    )
    assert written.load().findings == []


def test_condition_must_be_text(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 2).update({"if": 1}))
    expect(
        written,
        "wrong-type",
        ERROR,
        '- id: "thank"',
        "if: 1",
        "1",
        node="ask",
        choice="thank",
        message="condition",
    )


# --------------------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------------------


def png_bytes(width: int = 16, height: int = 16) -> bytes:
    """A whole PNG: header, pixel data and end (a header alone is refused)."""
    return image_files.png(width, height)


def jpeg_bytes(width: int = 16, height: int = 16) -> bytes:
    return image_files.jpeg(width, height)


def webp_bytes(width: int = 16, height: int = 16) -> bytes:
    return image_files.webp(width, height)


def with_image(tmp_path: Path, reference: str, **kwargs: Any) -> Written:
    return write(tmp_path, lambda d: node(d, "intro").update(image=reference), **kwargs)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("scene.png", png_bytes()),
        ("scene.PNG", png_bytes()),
        ("scene.jpg", jpeg_bytes()),
        ("scene.jpeg", jpeg_bytes()),
        ("scene.webp", webp_bytes()),
        ("wide.png", png_bytes(4096, 4096)),
    ],
)
def test_good_images_are_accepted(tmp_path: Path, name: str, content: bytes) -> None:
    written = with_image(tmp_path, f"media/{name}")
    (written.folder / "media").mkdir()
    (written.folder / "media" / name).write_bytes(content)
    assert written.load().findings == []


def test_missing_image(tmp_path: Path) -> None:
    written = with_image(tmp_path, "media/scene.png")
    expect(
        written,
        "missing-image",
        ERROR,
        "intro:",
        '"media/scene.png"',
        node="intro",
        message="does not exist",
    )


def test_image_name_differing_only_by_case_is_missing(tmp_path: Path) -> None:
    written = with_image(tmp_path, "media/Scene.png")
    (written.folder / "media").mkdir()
    (written.folder / "media" / "scene.png").write_bytes(png_bytes())
    expect(written, "missing-image", ERROR, "intro:", '"media/Scene.png"', node="intro")


@pytest.mark.parametrize(
    "reference",
    [
        "../x.png",
        "media/../../x.png",
        "/etc/passwd",
        "/tmp/x.png",
        "C:\\x.png",
        "C:/x.png",
        "\\\\server\\share\\x.png",
        "file:///x",
        "file:///etc/passwd",
        "http://127.0.0.1/x.png",
        "data:image/png;base64,AAAA",
        "%2e%2e/x.png",
        "media/%2E%2E/x.png",
        "",
        "media/con.png",
        "media/x.png.",
        "media/x.gif",
        "media/x.svg",
        "media/x",
    ],
)
def test_image_paths_leaving_the_folder_or_unsafe(tmp_path: Path, reference: str) -> None:
    outside = tmp_path / "x.png"
    outside.write_bytes(png_bytes())
    written = with_image(tmp_path, reference)
    expect(
        written,
        "bad-image-path",
        ERROR,
        "intro:",
        "image:",
        json.dumps(reference),
        node="intro",
    )


def test_symlink_pointing_outside_the_folder(tmp_path: Path) -> None:
    outside = tmp_path / "secret.png"
    outside.write_bytes(png_bytes())
    written = with_image(tmp_path, "media/scene.png")
    (written.folder / "media").mkdir()
    (written.folder / "media" / "scene.png").symlink_to(outside)
    expect(
        written,
        "bad-image-path",
        ERROR,
        "intro:",
        '"media/scene.png"',
        node="intro",
        message="outside the scenario folder",
    )


def test_symlinked_media_folder_pointing_outside(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "scene.png").write_bytes(png_bytes())
    written = with_image(tmp_path, "media/scene.png")
    (written.folder / "media").symlink_to(elsewhere, target_is_directory=True)
    expect(written, "bad-image-path", ERROR, "intro:", '"media/scene.png"', node="intro")


def test_symlink_inside_the_folder_is_accepted(tmp_path: Path) -> None:
    written = with_image(tmp_path, "media/alias.png")
    (written.folder / "media").mkdir()
    (written.folder / "media" / "scene.png").write_bytes(png_bytes())
    (written.folder / "media" / "alias.png").symlink_to(written.folder / "media" / "scene.png")
    assert written.load().findings == []


def test_image_that_is_a_folder(tmp_path: Path) -> None:
    written = with_image(tmp_path, "media/scene.png")
    (written.folder / "media" / "scene.png").mkdir(parents=True)
    expect(written, "missing-image", ERROR, "intro:", '"media/scene.png"', node="intro")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("scene.png", b"GIF89a" + b"\x00" * 32),
        ("scene.png", jpeg_bytes()),
        ("scene.jpg", png_bytes()),
        ("scene.webp", b"<svg xmlns='http://www.w3.org/2000/svg'/>"),
        ("scene.png", b""),
        ("scene.png", b"\x89PNG\r\n\x1a\n"),
    ],
)
def test_wrong_magic_bytes(tmp_path: Path, name: str, content: bytes) -> None:
    written = with_image(tmp_path, f"media/{name}")
    (written.folder / "media").mkdir()
    (written.folder / "media" / name).write_bytes(content)
    expect(
        written,
        "bad-image",
        ERROR,
        "intro:",
        f'"media/{name}"',
        node="intro",
        message="not a readable",
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("bomb.png", png_bytes(20000, 20000)),
        ("tall.png", png_bytes(16, 4097)),
        ("empty.png", png_bytes(0, 16)),
        ("bomb.jpg", jpeg_bytes(65000, 65000)),
        ("bomb.webp", webp_bytes(16000, 16000)),
    ],
)
def test_image_dimensions_too_large(tmp_path: Path, name: str, content: bytes) -> None:
    written = with_image(tmp_path, f"media/{name}")
    (written.folder / "media").mkdir()
    (written.folder / "media" / name).write_bytes(content)
    expect(
        written,
        "bad-image",
        ERROR,
        "intro:",
        f'"media/{name}"',
        node="intro",
        message="pixels; the limit is 4096",
    )


def _sparse_png(path: Path, size: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.write(png_bytes())
        handle.truncate(size)


def test_image_larger_than_5_mb_is_a_warning(tmp_path: Path) -> None:
    written = with_image(tmp_path, "media/big.png")
    _sparse_png(written.folder / "media" / "big.png", 5_000_001)
    expect(
        written,
        "large-image",
        WARNING,
        "intro:",
        '"media/big.png"',
        node="intro",
        message="keep images under 5 MB",
    )


def test_image_of_exactly_5_mb_is_fine(tmp_path: Path) -> None:
    written = with_image(tmp_path, "media/big.png")
    _sparse_png(written.folder / "media" / "big.png", 5_000_000)
    assert written.load().findings == []


@pytest.mark.parametrize(
    ("size", "said"),
    [
        (20_000_001, "20,000,001 bytes"),
        (21 * 1024 * 1024, "22,020,096 bytes"),
        (25_300_000, "25.3 MB"),
        (30_000_000, "30 MB"),
    ],
)
def test_huge_image_is_an_error(tmp_path: Path, size: int, said: str) -> None:
    """The limit is the documented 20 MB (decimal), and the message says 20 (T26)."""
    written = with_image(tmp_path, "media/huge.png")
    _sparse_png(written.folder / "media" / "huge.png", size)
    expect(
        written,
        "image-too-large",
        ERROR,
        "intro:",
        '"media/huge.png"',
        node="intro",
        message=f"is {said}; the limit is 20 MB",
    )


def test_image_of_exactly_20_mb_is_only_a_warning(tmp_path: Path) -> None:
    written = with_image(tmp_path, "media/big.png")
    _sparse_png(written.folder / "media" / "big.png", 20_000_000)
    findings = written.load().findings
    assert [(f.code, f.message) for f in findings] == [
        ("large-image", "the image 'media/big.png' is 20 MB; keep images under 5 MB")
    ]


# --------------------------------------------------------------------------------------
# The graph: reachability, endings, dead ends, traps
# --------------------------------------------------------------------------------------


def test_unreachable_node(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["nodes"]["orphan"] = {"type": "scene", "text": t("x", "x"), "next": "good_end"}

    written = write(tmp_path, mutate)
    expect(
        written,
        "unreachable-node",
        WARNING,
        "nodes:",
        "  orphan:",
        "orphan:",
        node="orphan",
        message="no path from the start",
    )


def test_node_reachable_only_through_an_impossible_condition(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: node(d, "check")["next"][0].update({"if": "trust >= 4"}))
    result = written.load()
    [finding] = [f for f in with_code(result, "unreachable-node") if f.node == "good_end"]
    assert finding.severity is WARNING
    assert (finding.line, finding.column) == written.at("nodes:", "  good_end:", "good_end:")
    assert "conditions" in finding.message
    [no_success] = with_code(result, "no-success")
    assert no_success.severity is WARNING


def _loop(d: dict[str, Any]) -> None:
    d["nodes"]["loop_a"] = {"type": "scene", "text": t("a", "a"), "next": "loop_b"}
    d["nodes"]["loop_b"] = {"type": "scene", "text": t("b", "b"), "next": "loop_a"}


def test_node_from_which_no_ending_can_be_reached(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _loop(d)
        choice(d, "ask", 1)["next"] = "loop_a"

    written = write(tmp_path, mutate)
    for name in ("loop_a", "loop_b"):
        expect(
            written,
            "dead-end",
            ERROR,
            "nodes:",
            f"  {name}:",
            name,
            node=name,
            message="no ending can be reached",
        )


def test_no_ending_reachable_from_start(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _loop(d)
        d["start"] = "loop_a"

    written = write(tmp_path, mutate)
    expect(written, "no-ending", ERROR, "start:", '"loop_a"', message="from the start")
    result = written.load()
    assert {f.node for f in with_code(result, "dead-end")} == {"loop_a", "loop_b"}
    assert "intro" in {f.node for f in with_code(result, "unreachable-node")}


def test_decision_offering_no_choice_in_a_reachable_situation(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["nodes"]["follow"] = {
            "type": "decision",
            "text": t("Dalej?", "Next?"),
            "choices": [
                {
                    "id": "visit",
                    "if": "trust >= 1",
                    "text": t("Wizyta", "Visit"),
                    "feedback": t("ok", "ok"),
                    "rating": "good",
                    "next": "good_end",
                },
                {
                    "id": "call",
                    "if": "chose('ask', 'calm')",
                    "text": t("Telefon", "Call"),
                    "feedback": t("ok", "ok"),
                    "rating": "good",
                    "next": "good_end",
                },
            ],
        }
        node(d, "check")["next"][0]["to"] = "follow"
        node(d, "check")["next"][1]["to"] = "follow"  # reached after `shout`, trust 0

    written = write(tmp_path, mutate)
    expect(
        written,
        "no-way-out",
        ERROR,
        "nodes:",
        "  follow:",
        "follow:",
        node="follow",
        message="no choice offered",
    )


def test_state_level_trap(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["nodes"]["wait"] = {
            "type": "scene",
            "text": t("Czekasz", "You wait"),
            "next": [{"if": "trust >= 1", "to": "bad_end"}, {"to": "wait_more"}],
        }
        d["nodes"]["wait_more"] = {"type": "scene", "text": t("Dalej", "More"), "next": "wait"}
        node(d, "check")["next"][1]["to"] = "wait"  # after `shout` trust is 0 for ever

    written = write(tmp_path, mutate)
    result = written.load()
    assert not with_code(result, "dead-end")  # statically every node can reach an ending
    trapped = with_code(result, "trapped")
    assert "wait" in {f.node for f in trapped}
    for finding in trapped:
        assert finding.severity is ERROR
        assert finding.node in {"check", "wait", "wait_more"}
        assert (finding.line, finding.column) == written.at(
            "nodes:", f"  {finding.node}:", f"{finding.node}:"
        )
        assert "never reach an ending" in finding.message
    assert not result.playable


# --------------------------------------------------------------------------------------
# Duplicate keys and ids
# --------------------------------------------------------------------------------------


def test_duplicate_key_in_a_node(tmp_path: Path) -> None:
    text = to_yaml(base())
    lines = text.splitlines(keepends=True)
    index = lines.index("  intro:\n") + 1
    lines.insert(index + 1, '    type: "decision"\n')
    written = write_text(tmp_path, "".join(lines))
    result = written.load()
    [finding] = result.findings
    assert (finding.severity, finding.code) == (ERROR, "duplicate-key")
    assert (finding.line, finding.column) == (index + 2, 5)
    assert f"first at line {index + 1}" in finding.message
    assert "'type'" in finding.message


def test_duplicate_node_id(tmp_path: Path) -> None:
    text = to_yaml(base())
    text += '  intro:\n    type: "ending"\n    text: "x"\n    outcome: "success"\n'
    written = write_text(tmp_path, text)
    [finding] = written.load().findings
    assert (finding.severity, finding.code) == (ERROR, "duplicate-key")
    assert finding.line == len(text.splitlines()) - 3
    assert finding.column == 3


def test_duplicate_top_level_key(tmp_path: Path) -> None:
    written = write_text(tmp_path, to_yaml(base()) + 'start: "ask"\n')
    [finding] = written.load().findings
    assert (finding.code, finding.line, finding.column) == (
        "duplicate-key",
        len(written.text.splitlines()),
        1,
    )


# --------------------------------------------------------------------------------------
# scenario.json gives the same result as scenario.yaml
# --------------------------------------------------------------------------------------

JSON_CASES: list[tuple[str, Mutation]] = [
    ("valid", lambda d: None),
    ("unknown-field", lambda d: node(d, "intro").update(nxt="ask")),
    ("missing-field", lambda d: choice(d, "ask", 1).pop("rating")),
    ("bad-id", lambda d: d.update(id="Base")),
    ("unknown-node", lambda d: node(d, "check")["next"][0].update(to="nowhere")),
    ("condition-syntax", lambda d: choice(d, "ask", 2).update({"if": "trust >> 1"})),
    ("no-feedback", lambda d: choice(d, "ask", 1).pop("feedback")),
    ("missing-translation", lambda d: d["title"].pop("en")),
    (
        "unreachable-node",
        lambda d: d["nodes"].update(x={"type": "ending", "text": "x", "outcome": "failure"}),
    ),
    ("bad-image-path", lambda d: node(d, "intro").update(image="../x.png")),
    ("time-limit", lambda d: node(d, "ask").pop("on_timeout")),
]


@pytest.mark.parametrize(("name", "mutate"), JSON_CASES, ids=[c[0] for c in JSON_CASES])
def test_json_file_gives_the_same_findings_as_yaml(
    tmp_path: Path, name: str, mutate: Mutation
) -> None:
    from_yaml = write(tmp_path / "y", mutate).load()
    from_json = write(tmp_path / "j", mutate, json_file=True).load()

    def key(f: Finding) -> tuple[Any, ...]:
        return (f.severity, f.code, f.message, f.node, f.choice)

    assert sorted(map(key, from_json.findings)) == sorted(map(key, from_yaml.findings))
    assert from_json.scenario == from_yaml.scenario
    assert all(f.line is not None and f.column is not None for f in from_json.findings)
    assert bool(from_yaml.findings) == (name != "valid")


def test_json_finding_points_at_the_json_line(tmp_path: Path) -> None:
    written = write(tmp_path, lambda d: d.update(start="nowhere"), json_file=True)
    expect(written, "unknown-node", ERROR, '"start": "nowhere"', '"nowhere"')
    written = write(
        tmp_path / "2", lambda d: choice(d, "ask", 0).update(feedbak="x"), json_file=True
    )
    expect(written, "unknown-field", ERROR, '"id": "calm"', '"feedbak"', node="ask", choice="calm")


# --------------------------------------------------------------------------------------
# Every finding names the file and a position
# --------------------------------------------------------------------------------------


def test_every_finding_of_a_badly_broken_scenario_has_file_and_position(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        d["competencies"]["ethics"] = {}
        d["nodes"]["orphan"] = {"type": "scene", "text": "x", "next": "good_end"}
        choice(d, "ask", 0).pop("feedback")
        node(d, "check")["next"][0]["to"] = "nowhere"
        node(d, "intro")["cards"] = ["law", "rules"]
        choice(d, "ask", 2)["if"] = "anger > 1"

    written = write(tmp_path, mutate)
    result = written.load()
    codes = {f.code for f in result.findings}
    assert {"unknown-node", "unknown-card", "unknown-variable", "no-feedback"} <= codes
    for finding in result.findings:
        assert finding.file == str(written.file)
        assert finding.line is not None and finding.line >= 1
        assert finding.column is not None and finding.column >= 1
    assert [f.line for f in result.findings] == sorted(f.line or 0 for f in result.findings)


# --------------------------------------------------------------------------------------
# The CLI: line format, --json shape, exit codes, no tracebacks
# --------------------------------------------------------------------------------------

LINE_RE = re.compile(
    r"^(?P<file>.+):(?P<line>\d+):(?P<column>\d+): (?P<severity>error|warning): "
    r"\[(?P<code>[a-z-]+)\] (?P<message>.+?)"
    r"(?: \(node (?P<node>[^,()]+)(?:, choice (?P<choice>[^()]+))?\))?$"
)
JSON_KEYS = {"severity", "code", "message", "file", "node", "choice", "line", "column"}


def clean(result: Any) -> None:
    assert "Traceback" not in result.stderr
    assert "Traceback" not in result.stdout
    assert result.exit_code != 3


def test_cli_human_line_format(tmp_path: Path, run_cli: Any) -> None:
    written = write(tmp_path, lambda d: choice(d, "ask", 1).pop("feedback"))
    result = run_cli("validate", written.folder)
    clean(result)
    assert result.exit_code == 0
    [line] = result.stdout.splitlines()
    match = LINE_RE.match(line)
    assert match, line
    assert match["file"] == str(written.file)
    assert (int(match["line"]), int(match["column"])) == written.at("ask:", '- id: "shout"', "id:")
    assert match["severity"] == "warning"
    assert match["code"] == "no-feedback"
    assert (match["node"], match["choice"]) == ("ask", "shout")
    assert line.endswith("(node ask, choice shout)")
    assert "0 error(s), 1 warning(s)" in result.stderr


def test_cli_human_line_without_node(tmp_path: Path, run_cli: Any) -> None:
    written = write(tmp_path, folder="other")
    result = run_cli("validate", written.folder)
    clean(result)
    assert result.exit_code == 1
    [line] = result.stdout.splitlines()
    match = LINE_RE.match(line)
    assert match, line
    assert (match["severity"], match["code"], match["node"]) == ("error", "id-mismatch", None)
    assert not line.endswith(")")


def test_cli_json_shape(tmp_path: Path, run_cli: Any) -> None:
    def mutate(d: dict[str, Any]) -> None:
        choice(d, "ask", 1).pop("feedback")
        d["competencies"]["ethics"] = {}

    written = write(tmp_path, mutate, folder="other")
    result = run_cli("validate", written.folder, "--json")
    clean(result)
    assert result.exit_code == 1
    findings = result.json()
    assert isinstance(findings, list)
    assert findings
    by_code = {f["code"]: f for f in findings}
    for finding in findings:
        assert set(finding) == JSON_KEYS
        assert finding["severity"] in ("error", "warning")
        assert finding["file"] == str(written.file)
        assert isinstance(finding["line"], int)
        assert isinstance(finding["column"], int)
        assert isinstance(finding["message"], str)
    mismatch = by_code["id-mismatch"]
    assert mismatch["node"] is None
    assert mismatch["choice"] is None
    assert mismatch["severity"] == "error"
    feedback = by_code["no-feedback"]
    assert (feedback["node"], feedback["choice"]) == ("ask", "shout")
    assert [feedback["line"], feedback["column"]] == list(
        written.at("ask:", '- id: "shout"', "id:")
    )


def test_cli_json_nulls_where_position_unknown(tmp_path: Path, run_cli: Any) -> None:
    (tmp_path / "empty").mkdir()
    result = run_cli("validate", tmp_path / "empty", "--json")
    clean(result)
    assert result.exit_code == 1
    [finding] = result.json()
    assert set(finding) == JSON_KEYS
    assert finding["code"] == "no-scenario-file"
    assert finding["node"] is None
    assert finding["choice"] is None
    assert finding["line"] is None
    assert finding["column"] is None


def test_cli_exit_0_on_a_clean_scenario(tmp_path: Path, run_cli: Any) -> None:
    written = write(tmp_path)
    result = run_cli("validate", written.folder, "--json")
    clean(result)
    assert (result.exit_code, result.json()) == (0, [])
    result = run_cli("validate", written.folder, "--strict")
    clean(result)
    assert (result.exit_code, result.stdout) == (0, "")


def test_cli_warnings_exit_0_unless_strict(tmp_path: Path, run_cli: Any) -> None:
    written = write(tmp_path, lambda d: d["title"].pop("en"))
    result = run_cli("validate", written.folder)
    clean(result)
    assert result.exit_code == 0
    assert "warning: [missing-translation]" in result.stdout
    result = run_cli("validate", written.folder, "--strict", "--json")
    clean(result)
    assert result.exit_code == 1
    assert [f["code"] for f in result.json()] == ["missing-translation"]


def test_cli_errors_exit_1(tmp_path: Path, run_cli: Any) -> None:
    written = write(tmp_path, lambda d: d.update(start="nowhere"))
    for extra in ((), ("--json",), ("--strict",)):
        result = run_cli("validate", written.folder, *extra)
        clean(result)
        assert result.exit_code == 1


def test_cli_validates_a_folder_of_scenarios_and_several_paths(
    tmp_path: Path, run_cli: Any
) -> None:
    root = tmp_path / "library"
    write(root)
    write(root, lambda d: d.update(id="second"), folder="second")
    broken = write(root, lambda d: d.update(id="third", start="nowhere"), folder="third")
    result = run_cli("validate", root, "--json")
    clean(result)
    assert result.exit_code == 1
    assert [(f["file"], f["code"]) for f in result.json()] == [(str(broken.file), "unknown-node")]
    result = run_cli("validate", root / "base", root / "second")
    clean(result)
    assert result.exit_code == 0
    assert "2 scenario(s) checked: 0 error(s), 0 warning(s)" in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("validate",),
        ("validate", "{missing}"),
        ("validate", "{ok}", "{missing}"),
        ("validate", "{ok}", "--no-such-option"),
        ("validate", "--json"),
        ("frobnicate",),
        ("--bogus",),
        ("schema", "extra"),
        ("analyze", "{missing}"),
        ("play", "{missing}", "--choose", "x"),
    ],
)
def test_cli_usage_errors_exit_2(tmp_path: Path, run_cli: Any, args: tuple[str, ...]) -> None:
    ok = write(tmp_path).folder
    missing = tmp_path / "missing"
    argv = [a.format(ok=ok, missing=missing) for a in args]
    result = run_cli(*argv)
    clean(result)
    assert result.exit_code == 2, result
    assert result.stderr.strip()


def test_cli_validate_a_file_instead_of_a_folder(tmp_path: Path, run_cli: Any) -> None:
    written = write(tmp_path)
    result = run_cli("validate", written.file, "--json")
    clean(result)
    assert result.exit_code == 1
    [finding] = result.json()
    assert finding["code"] == "no-scenario-file"
    assert finding["file"] == str(written.file)
