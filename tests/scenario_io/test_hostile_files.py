"""Hostile and broken scenario files: refused quickly, with a clear finding, and nothing runs.

Covers the YAML and JSON attacks of the reliability plan (T19, T20) and code in
conditions. Every case must give a finding with a specific code within a second,
must not raise out of ``load_scenario``, and must never make ``trainer validate``
crash (exit 3) or print a traceback. Payloads that would run code aim at a canary
file under ``tmp_path``; the tests check that it never appears, and trip wires on
``os.system``, ``subprocess`` and ``eval``/``exec`` record any call while loading.
"""

from __future__ import annotations

import builtins
import copy
import importlib
import json
import os
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.scenario_io.test_validation_rules import BASE, to_yaml
from trainer.domain.findings import Severity
from trainer.scenario_io.limits import MAX_DEPTH, MAX_FILE_BYTES, MAX_TEXT_CHARS
from trainer.scenario_io.reader import LoadResult, load_scenario

CANARY = "CANARY"  # replaced by the canary file's path in each payload
TIME_LIMIT = 1.0


def base_yaml() -> str:
    return to_yaml(copy.deepcopy(BASE))


def base_json(**replace: str) -> str:
    """The base scenario as JSON, with top-level values replaced by raw JSON tokens."""
    data = copy.deepcopy(BASE)
    for key in replace:
        data[key] = f"@@{key}@@"
    text = json.dumps(data, ensure_ascii=False, indent=2)
    for key, token in replace.items():
        text = text.replace(f'"@@{key}@@"', token)
    return text


def make_folder(root: Path, content: str | bytes, filename: str = "scenario.yaml") -> Path:
    folder = root / "base"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    raw = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    (folder / filename).write_bytes(raw)
    return folder


@dataclass
class Tripwires:
    """Records calls to functions that hostile input must never reach."""

    calls: list[str]


@pytest.fixture
def tripwires(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Tripwires]:
    # Load one scenario first so that every module the reader uses is imported
    # before eval/exec are wired (imports legitimately define classes).
    load_scenario(make_folder(tmp_path / "warm-up", base_yaml()))
    importlib.import_module("trainer.domain.engine")
    importlib.import_module("trainer.domain.scoring")
    importlib.import_module("trainer.domain.errors")
    wires = Tripwires([])

    def wire(name: str) -> Callable[..., Any]:
        def tripped(*args: Any, **kwargs: Any) -> Any:
            wires.calls.append(name)
            raise AssertionError(f"{name} was called while reading a scenario")

        return tripped

    monkeypatch.setattr(os, "system", wire("os.system"))
    monkeypatch.setattr(os, "popen", wire("os.popen"))
    monkeypatch.setattr(subprocess, "Popen", wire("subprocess.Popen"))
    monkeypatch.setattr(builtins, "eval", wire("eval"))
    monkeypatch.setattr(builtins, "exec", wire("exec"))
    yield wires


def timed_load(folder: Path) -> LoadResult:
    started = time.perf_counter()
    result = load_scenario(folder)
    elapsed = time.perf_counter() - started
    assert elapsed < TIME_LIMIT, f"took {elapsed:.2f} s"
    return result


# --------------------------------------------------------------------------------------
# The corpus: (id, file content, file name, expected code, expected line, column)
# --------------------------------------------------------------------------------------

_LOL = "lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"lol{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]\n" for i in range(1, 10)
)
_BLOCK_MAPPINGS = "".join(" " * i + f"k{i}:\n" for i in range(2000)) + " " * 2000 + "x\n"
_BLOCK_LISTS = "".join(" " * i + "-\n" for i in range(2000)) + " " * 2000 + "x\n"


@dataclass(frozen=True)
class Case:
    id: str
    content: str | bytes
    code: str
    line: int | None
    column: int | None = None
    filename: str = "scenario.yaml"
    message: str = ""


CASES: list[Case] = [
    # Anchors and aliases: refused before anything is expanded.
    Case("billion-laughs", _LOL, "anchor-refused", 1, 7, message="&a0"),
    Case("alias-first", "a: *x\n", "alias-refused", 1, 4),
    Case("merge-key", "a: &b {c: 1}\nd:\n  <<: *b\n", "anchor-refused", 1, 4),
    Case("anchor-on-scalar", "a: &b 1\n", "anchor-refused", 1, 4),
    # Tags: nothing builds a Python object, and no other tag is taken either.
    Case(
        "python-object-apply",
        f"a: !!python/object/apply:os.system ['touch {CANARY}']\n",
        "tag-refused",
        1,
        4,
        message="python/object/apply:os.system",
    ),
    Case(
        "python-object-apply-open",
        f"a: !!python/object/apply:builtins.open ['{CANARY}', 'w']\n",
        "tag-refused",
        1,
        4,
    ),
    Case(
        "python-object-new",
        f"a: !!python/object/new:subprocess.Popen [['touch', '{CANARY}']]\n",
        "tag-refused",
        1,
        4,
    ),
    Case("python-object", "a: !!python/object:os.PathLike {}\n", "tag-refused", 1, 4),
    Case("python-name", "a: !!python/name:os.system\n", "tag-refused", 1, 4),
    Case("python-module", "a: !!python/module:os\n", "tag-refused", 1, 4),
    Case(
        "python-tag-in-key",
        f"? !!python/object/apply:os.system ['touch {CANARY}']\n: 1\n",
        "tag-refused",
        1,
        3,
    ),
    Case(
        "verbatim-tag",
        f"a: !<tag:yaml.org,2002:python/object/apply:os.system> ['touch {CANARY}']\n",
        "tag-refused",
        1,
        4,
    ),
    Case(
        "tag-directive",
        f"%TAG !p! tag:yaml.org,2002:python/\n---\na: !p!object/apply:os.system ['{CANARY}']\n",
        "tag-refused",
        3,
        4,
    ),
    Case("binary", "a: !!binary aGVsbG8=\n", "tag-refused", 1, 4, message="binary"),
    Case("set", "a: !!set {x, y}\n", "tag-refused", 1, 4, message="set"),
    Case("omap", "a: !!omap [{x: 1}]\n", "tag-refused", 1, 4),
    Case("timestamp", "a: !!timestamp 2001-12-14\n", "tag-refused", 1, 4),
    Case("str-tag", "a: !!str 1\n", "tag-refused", 1, 4),
    Case("custom-tag", "a: !foo bar\n", "tag-refused", 1, 4, message="!foo"),
    Case("custom-tag-on-map", "a: !foo {b: 1}\n", "tag-refused", 1, 4),
    # Nesting: stopped at the depth cap, never recursing into 100,000 levels.
    Case("flow-lists-100k", "[" * 100_000 + "]" * 100_000, "too-deep", 1, MAX_DEPTH + 1),
    Case("flow-lists-unclosed", "[" * 100_000, "too-deep", 1, MAX_DEPTH + 1),
    Case("flow-maps-100k", "{a: " * 100_000 + "1" + "}" * 100_000, "too-deep", 1, 4 * 32 + 1),
    Case("block-mappings-2000", _BLOCK_MAPPINGS, "too-deep", MAX_DEPTH + 1, MAX_DEPTH + 1),
    Case("block-lists-2000", _BLOCK_LISTS, "too-deep", MAX_DEPTH + 1, MAX_DEPTH + 1),
    Case(
        "json-deep-1000",
        '{"a": ' * 1000 + "1" + "}" * 1000,
        "too-deep",
        1,
        6 * 32 + 1,
        filename="scenario.json",
    ),
    Case(
        "json-deep-100k",
        "[" * 100_000 + "]" * 100_000,
        "too-deep",
        1,
        MAX_DEPTH + 1,
        filename="scenario.json",
    ),
    # Long values.
    Case(
        "text-10001",
        "title: " + "x" * (MAX_TEXT_CHARS + 1) + "\n",
        "text-too-long",
        1,
        8,
        message="10,001 characters",
    ),
    Case(
        "quoted-text-10001",
        'title: "' + "x" * (MAX_TEXT_CHARS + 1) + '"\n',
        "text-too-long",
        1,
        8,
    ),
    Case("key-10001", "x" * (MAX_TEXT_CHARS + 1) + ": 1\n", "text-too-long", 1, 1),
    Case("integer-5000-digits", "version: " + "9" * 5000 + "\n", "number-too-large", 1, 10),
    Case("negative-5000-digits", "version: -" + "9" * 5000 + "\n", "number-too-large", 1, 10),
    Case("hex-5000-digits", "version: 0x" + "f" * 5000 + "\n", "number-too-large", 1, 10),
    Case("octal-5000-digits", "version: 0o" + "7" * 5000 + "\n", "number-too-large", 1, 10),
    Case(
        "json-integer-5000-digits",
        '{"version": ' + "9" * 5000 + "}",
        "number-too-large",
        1,
        13,
        filename="scenario.json",
    ),
    # Keys.
    Case("duplicate-keys", "a: 1\nb: 2\na: 3\n", "duplicate-key", 3, 1, message="first at line 1"),
    Case(
        "json-duplicate-keys",
        '{"a": 1,\n "a": 2}',
        "duplicate-key",
        2,
        2,
        filename="scenario.json",
    ),
    Case("complex-key-list", "? [a, b]\n: 1\n", "bad-key", 1, 3),
    Case("complex-key-map", "? {a: 1}\n: 1\n", "bad-key", 1, 3),
    Case("flow-list-key", "{[a, b]: 1}\n", "bad-key", 1, 2),
    Case("json-list-key", '{"a": {[1]: 2}}', "bad-key", 1, 8, filename="scenario.json"),
    # Documents.
    Case("two-documents", "a: 1\n---\nb: 2\n", "several-documents", 3, 1),
    Case("empty-second-document", "a: 1\n---\n", "several-documents", 3, 1),
    Case("many-documents", "---\na: 1\n" * 1000, "several-documents", 4, 1),
    # Encodings.
    Case(
        "invalid-utf8",
        "format: 1\ntitle: ż".encode() + b"\xff\n",
        "encoding",
        2,
        9,
        message="byte 0xff",
    ),
    Case("truncated-utf8", b"format: 1\nid: \xc5", "encoding", 2, 5, message="byte 0xc5"),
    Case("latin-1", "title: Łódź".encode("cp1250"), "encoding", 1, 8),
    Case("utf16-le-bom", b"\xff\xfe" + "format: 1\n".encode("utf-16-le"), "encoding", None),
    Case("utf16-be-bom", b"\xfe\xff" + "format: 1\n".encode("utf-16-be"), "encoding", None),
    Case("utf16-no-bom", "format: 1\n".encode("utf-16-le"), "yaml-syntax", 1, 2),
    # Control characters and surrogates.
    Case("raw-nul", b"title: a\x00b\n", "yaml-syntax", 1, 9),
    Case("escaped-nul", 'title: "a\\0b"\n', "bad-character", 1, 8, message="U\\+0000"),
    Case("escaped-bell", 'title: "a\\ab"\n', "bad-character", 1, 8, message="U\\+0007"),
    Case("escaped-escape", 'title: "a\\eb"\n', "bad-character", 1, 8, message="U\\+001B"),
    Case("escaped-del", 'title: "a\\x7fb"\n', "bad-character", 1, 8, message="U\\+007F"),
    Case("escaped-nel", 'title: "a\\Nb"\n', "bad-character", 1, 8, message="U\\+0085"),
    Case("escaped-csi", 'title: "a\\x9bb"\n', "bad-character", 1, 8, message="U\\+009B"),
    Case("raw-c1", 'title: "a\u009bb"\n', "yaml-syntax", 1, 10),
    Case("control-in-key", '"a\\x01": 1\n', "bad-character", 1, 1),
    Case("lone-high-surrogate", 'title: "\\ud800"\n', "bad-character", 1, 8, message="D800"),
    Case("lone-low-surrogate", 'title: "\\udfff"\n', "bad-character", 1, 8, message="DFFF"),
    Case(
        "json-lone-surrogate",
        '{"title": "a\\udc00"}',
        "bad-character",
        1,
        11,
        filename="scenario.json",
    ),
    # Syntax.
    Case("tab-indent", "a:\n\tb: 1\n", "yaml-syntax", 2, 1),
    Case("unclosed-quote", 'title: "abc\n', "yaml-syntax", 2, 1),
    Case(
        "json-missing-comma",
        '{"a": 1\n "b": 2}',
        "yaml-syntax",
        2,
        5,
        filename="scenario.json",
    ),
    # Shapes.
    Case("empty-file", "", "wrong-type", None),
    Case("only-a-comment", "# nothing\n", "wrong-type", None),
    Case("scalar-document", "hello\n", "wrong-type", 1, 1),
    Case("list-document", "- a\n", "wrong-type", 1, 1),
    Case("json-null", "null", "wrong-type", 1, 1, filename="scenario.json"),
]


def _materialise(case: Case, root: Path) -> Path:
    content = case.content
    canary = str(root / "canary")
    if isinstance(content, str):
        content = content.replace(CANARY, canary)
    else:
        content = content.replace(CANARY.encode(), canary.encode())
    return make_folder(root, content, case.filename)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_file_is_refused_quickly_with_a_clear_finding(
    tmp_path: Path, tripwires: Tripwires, case: Case
) -> None:
    folder = _materialise(case, tmp_path)
    result = timed_load(folder)
    assert not result.playable
    assert result.scenario is None
    [finding] = result.findings
    assert finding.severity is Severity.ERROR
    assert finding.code == case.code, finding
    assert finding.file == str(folder / case.filename)
    assert finding.message
    assert "Traceback" not in finding.message
    assert (finding.line, finding.column) == (case.line, case.column), finding
    if case.message:
        import re

        assert re.search(case.message, finding.message), finding.message
    assert not (tmp_path / "canary").exists()
    assert tripwires.calls == []


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_cli_validate_on_hostile_file_exits_1_without_traceback(
    tmp_path: Path, run_cli: Any, tripwires: Tripwires, case: Case
) -> None:
    folder = _materialise(case, tmp_path)
    started = time.perf_counter()
    result = run_cli("validate", folder, "--json")
    assert time.perf_counter() - started < TIME_LIMIT
    assert result.exit_code == 1, result
    assert "Traceback" not in result.stderr
    [finding] = result.json()
    assert finding["code"] == case.code
    assert finding["severity"] == "error"
    human = run_cli("validate", folder)
    assert human.exit_code == 1
    assert f": error: [{case.code}] " in human.stdout
    assert "Traceback" not in human.stderr
    assert not (tmp_path / "canary").exists()
    assert tripwires.calls == []


# --------------------------------------------------------------------------------------
# Sizes at and around the limits
# --------------------------------------------------------------------------------------


def test_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, b"")
    with (folder / "scenario.yaml").open("wb") as handle:
        handle.write(b"a: ")
        handle.truncate(MAX_FILE_BYTES + 1)
    result = timed_load(folder)
    [finding] = result.findings
    assert (finding.severity, finding.code) == (Severity.ERROR, "too-large")
    assert "MB" in finding.message
    assert finding.file == str(folder / "scenario.yaml")


def test_huge_json_file_is_refused(tmp_path: Path) -> None:
    folder = make_folder(tmp_path, b"", "scenario.json")
    with (folder / "scenario.json").open("wb") as handle:
        handle.write(b'{"a": "')
        handle.truncate(100 * 1024 * 1024)
    result = timed_load(folder)
    [finding] = result.findings
    assert finding.code == "too-large"


def test_text_of_exactly_the_limit_is_accepted(tmp_path: Path) -> None:
    data = copy.deepcopy(BASE)
    data["nodes"]["intro"]["text"]["en"] = "x" * MAX_TEXT_CHARS
    result = timed_load(make_folder(tmp_path, to_yaml(data)))
    assert result.findings == []


def test_text_one_over_the_limit_in_a_real_scenario(tmp_path: Path) -> None:
    data = copy.deepcopy(BASE)
    data["nodes"]["intro"]["text"]["en"] = "x" * (MAX_TEXT_CHARS + 1)
    text = to_yaml(data)
    result = timed_load(make_folder(tmp_path, text))
    [finding] = result.findings
    assert finding.code == "text-too-long"
    lines = text.splitlines()
    line = next(i for i, row in enumerate(lines) if "x" * 100 in row)
    assert (finding.line, finding.column) == (line + 1, lines[line].index('"') + 1)


def test_nesting_at_the_depth_limit_is_read(tmp_path: Path) -> None:
    # MAX_DEPTH levels in all, the top-level mapping included, are read (the schema
    # then refuses the value itself); one more is refused.
    lists = MAX_DEPTH - 1
    text = base_yaml().replace("minutes: 5", "minutes: " + "[" * lists + "]" * lists)
    result = timed_load(make_folder(tmp_path, text))
    assert [f.code for f in result.findings] == ["wrong-type"]
    deeper = base_yaml().replace("minutes: 5", "minutes: " + "[" * (lists + 1) + "]" * (lists + 1))
    result = timed_load(make_folder(tmp_path, deeper))
    assert [f.code for f in result.findings] == ["too-deep"]


# --------------------------------------------------------------------------------------
# Encodings that must be accepted
# --------------------------------------------------------------------------------------


def test_utf8_bom_is_accepted_and_positions_are_unchanged(tmp_path: Path) -> None:
    plain = timed_load(
        make_folder(tmp_path / "plain", base_yaml().replace('"ask"', '"nowhere"', 1))
    )
    bom = timed_load(
        make_folder(
            tmp_path / "bom",
            b"\xef\xbb\xbf" + base_yaml().replace('"ask"', '"nowhere"', 1).encode(),
        )
    )
    assert "unknown-node" in [f.code for f in plain.findings]
    assert [(f.code, f.line, f.column) for f in bom.findings] == [
        (f.code, f.line, f.column) for f in plain.findings
    ]
    clean = timed_load(make_folder(tmp_path / "clean", b"\xef\xbb\xbf" + base_yaml().encode()))
    assert clean.findings == []
    assert clean.playable


def test_utf8_bom_json_is_accepted(tmp_path: Path) -> None:
    text = json.dumps(BASE, ensure_ascii=False, indent=2)
    result = timed_load(make_folder(tmp_path, b"\xef\xbb\xbf" + text.encode(), "scenario.json"))
    assert result.findings == []


def test_tabs_newlines_and_non_latin_text_are_accepted(tmp_path: Path) -> None:
    data = copy.deepcopy(BASE)
    data["nodes"]["intro"]["text"] = {
        "pl": "Zażółć gęślą jaźń\tkolumna\nnowa linia",
        "en": "Ukrainian: Чергова частина; Hebrew: בית כנסת; emoji: 🕍",
    }
    result = timed_load(make_folder(tmp_path, to_yaml(data)))
    assert result.findings == []


def test_raw_next_line_character_is_refused_not_folded(tmp_path: Path) -> None:
    # A raw NEL is no line break in YAML 1.2: refused, not quietly made a space
    # (every position and character: tests/scenario_io/test_yaml_line_breaks.py).
    text = base_yaml().replace('"Dyżurny wzywa."', "Dyżurny\u0085wzywa.")
    result = timed_load(make_folder(tmp_path, text))
    assert [f.code for f in result.errors] == ["bad-character"]
    assert result.scenario is None


# --------------------------------------------------------------------------------------
# NaN and Infinity
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity", "1e999", "1.0"])
def test_json_nan_and_infinity_are_not_numbers(tmp_path: Path, token: str) -> None:
    text = base_json(version=token)
    result = timed_load(make_folder(tmp_path, text, "scenario.json"))
    [finding] = result.findings
    assert (finding.severity, finding.code) == (Severity.ERROR, "wrong-type")
    lines = text.splitlines()
    line = next(i for i, row in enumerate(lines) if row.startswith('  "version"'))
    assert (finding.line, finding.column) == (line + 1, lines[line].index(token) + 1)


@pytest.mark.parametrize(
    "token", [".nan", ".NaN", ".NAN", ".inf", ".Inf", ".INF", "-.inf", "+.Inf", "-.INF", "1e3"]
)
def test_yaml_nan_and_infinity_are_refused_where_integers_belong(
    tmp_path: Path, token: str
) -> None:
    text = base_yaml().replace("minutes: 5", f"minutes: {token}")
    result = timed_load(make_folder(tmp_path, text))
    [finding] = result.findings
    assert (finding.code, finding.line) == (
        "wrong-type",
        text.splitlines().index(f"minutes: {token}") + 1,
    )


def test_nan_in_scores_and_effects_is_refused(tmp_path: Path) -> None:
    text = (
        base_yaml()
        .replace("communication: 2", "communication: .nan")
        .replace("trust: -1", "trust: .inf", 1)
    )
    result = timed_load(make_folder(tmp_path, text))
    assert [f.code for f in result.findings] == ["wrong-type", "wrong-type"]
    assert all(f.node == "ask" for f in result.findings)


# --------------------------------------------------------------------------------------
# Code in conditions never runs
# --------------------------------------------------------------------------------------

CODE_IN_CONDITIONS = [
    "__import__('os').system('touch CANARY')",
    "eval(\"__import__('os').system('touch CANARY')\")",
    'exec(\'open("CANARY", "w")\')',
    "open('CANARY', 'w')",
    "().__class__.__bases__[0].__subclasses__()",
    "trust.__class__",
    "lambda: 1",
    "[x for x in ()]",
    "trust if True else 0",
    "f'{trust}'",
    "globals()",
    "trust; import os",
    "trust >= 1 or __import__('os').system('touch CANARY') == 0",
    "visited('ask') and os.system('touch CANARY')",
    "chose('ask', 'calm' + __import__('os').name)",
    "x" * 2000,
]


@pytest.mark.parametrize("source", CODE_IN_CONDITIONS)
@pytest.mark.parametrize("where", ["choice", "route"])
def test_code_in_conditions_is_a_syntax_error_and_never_runs(
    tmp_path: Path, tripwires: Tripwires, source: str, where: str
) -> None:
    source = source.replace("CANARY", str(tmp_path / "canary"))
    data = copy.deepcopy(BASE)
    if where == "choice":
        data["nodes"]["ask"]["choices"][2]["if"] = source
        node, choice = "ask", "thank"
    else:
        data["nodes"]["check"]["next"][0]["if"] = source
        node, choice = "check", None
    folder = make_folder(tmp_path, to_yaml(data))
    result = timed_load(folder)
    findings = [f for f in result.findings if f.code == "condition-syntax"]
    assert len(findings) == 1, result.findings
    [finding] = findings
    assert finding.severity is Severity.ERROR
    assert (finding.node, finding.choice) == (node, choice)
    assert finding.line is not None and finding.column is not None
    assert not result.playable
    assert not (tmp_path / "canary").exists()
    assert tripwires.calls == []


def test_code_in_conditions_via_the_cli(tmp_path: Path, run_cli: Any, tripwires: Tripwires) -> None:
    data = copy.deepcopy(BASE)
    data["nodes"]["ask"]["choices"][2]["if"] = (
        f"__import__('os').system('touch {tmp_path / 'canary'}')"
    )
    folder = make_folder(tmp_path, to_yaml(data))
    for command in (
        ("validate", folder),
        ("analyze", folder),
        ("play", folder, "--choose", "thank"),
    ):
        result = run_cli(*command)
        assert result.exit_code == 1, result
        assert "Traceback" not in result.stderr
        assert "condition-syntax" in result.stdout + result.stderr
    assert not (tmp_path / "canary").exists()
    assert tripwires.calls == []


def test_tripwires_do_fire(tripwires: Tripwires) -> None:
    with pytest.raises(AssertionError):
        os.system("true")
    assert tripwires.calls == ["os.system"]


# --------------------------------------------------------------------------------------
# Fuzzing: nothing ever raises out of load_scenario, and the CLI never crashes
# --------------------------------------------------------------------------------------

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def fuzz_root() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="scenario-fuzz-") as name:
        yield Path(name)


def _never_raises(root: Path, content: str | bytes, filename: str = "scenario.yaml") -> None:
    folder = make_folder(root, content, filename)
    result = load_scenario(folder)  # must not raise
    for finding in result.findings:
        assert finding.code
        assert finding.message
        assert finding.file == str(folder / filename)
    if result.playable:
        assert result.scenario is not None
        assert result.analysis is not None


@FUZZ
@given(content=st.binary(max_size=4000))
def test_arbitrary_bytes_never_raise(fuzz_root: Path, content: bytes) -> None:
    _never_raises(fuzz_root, content)


@FUZZ
@given(content=st.text(max_size=4000))
def test_arbitrary_text_never_raises(fuzz_root: Path, content: str) -> None:
    _never_raises(fuzz_root, content)
    _never_raises(fuzz_root, content, "scenario.json")


_YAML_BITS = st.sampled_from(
    [
        "&a ",
        "*a",
        "!!python/object/apply:os.system [x]",
        "!x ",
        "? ",
        "- ",
        ": ",
        "{",
        "}",
        "[",
        "]",
        ",",
        "'",
        '"',
        "#",
        "|",
        ">",
        "---\n",
        "...\n",
        "%YAML 1.2\n",
        "\t",
        "\n",
        "  ",
        "~",
        "null",
        "true",
        "0x1F",
        "1e3",
        ".nan",
        "9" * 30,
        "\\u0000",
        "\x00",
        "\ufeff",
        "\u0085",
        "\u2028",
        "\ud800",
        "trust >= ",
        "visited('",
        "chose('ask', '",
        "next: ",
        "choices:\n",
        "type: decision\n",
        "__import__('os')",
    ]
)


@st.composite
def mangled_base(draw: st.DrawFn) -> str:
    """The valid base scenario with a few random splices: deep code paths, broken input."""
    text = base_yaml()
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(text)))
        kind = draw(st.sampled_from(["insert", "delete", "replace-line", "duplicate-line"]))
        if kind == "insert":
            piece = draw(st.one_of(_YAML_BITS, st.text(max_size=20)))
            text = text[:position] + piece + text[position:]
        elif kind == "delete":
            text = text[:position] + text[position + draw(st.integers(1, 80)) :]
        else:
            lines = text.splitlines(keepends=True)
            index = draw(st.integers(0, len(lines) - 1))
            if kind == "duplicate-line":
                lines.insert(index, lines[index])
            else:
                lines[index] = draw(st.one_of(_YAML_BITS, st.text(max_size=40))) + "\n"
            text = "".join(lines)
    return text


@FUZZ
@given(content=mangled_base())
def test_mangled_scenarios_never_raise(fuzz_root: Path, content: str) -> None:
    _never_raises(fuzz_root, content)


_JSONISH = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=15)
    | st.sampled_from(["intro", "ask", "check", "good_end", "calm", "trust", "safety", "pl"]),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


_BASE_PATHS = [p for p in _paths(BASE) if p]


@st.composite
def altered_data(draw: st.DrawFn) -> dict[str, Any]:
    """The base scenario with one to three values (anywhere) replaced or removed."""
    data = copy.deepcopy(BASE)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_BASE_PATHS))
        parent: Any = data
        try:
            for step in path[:-1]:
                parent = parent[step]
            if draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = draw(_JSONISH)
        except (KeyError, IndexError, TypeError):
            continue
    return data


@FUZZ
@given(data=altered_data())
def test_structurally_altered_scenarios_never_raise(fuzz_root: Path, data: dict[str, Any]) -> None:
    text = json.dumps(data, ensure_ascii=False, indent=1, allow_nan=True)
    _never_raises(fuzz_root, text, "scenario.json")


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    content=st.one_of(
        st.binary(max_size=2000),
        mangled_base().map(lambda text: text.encode("utf-8", "surrogatepass")),
    )
)
def test_cli_validate_never_crashes(fuzz_root: Path, run_cli: Any, content: bytes) -> None:
    folder = make_folder(fuzz_root, content)
    for extra in ((), ("--json",)):
        result = run_cli("validate", folder, *extra)
        assert result.exit_code in (0, 1), result
        assert "Traceback" not in result.stderr
        assert "internal error" not in result.stderr
