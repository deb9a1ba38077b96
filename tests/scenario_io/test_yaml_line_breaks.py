"""Line breaks that YAML 1.1 knows and YAML 1.2 does not: refused anywhere, with a position.

A raw U+0085 (NEL), U+2028 or U+2029 is a line break to the parser but not to a
YAML 1.2 reader: ``title: Base<NEL>summary: hidden`` would carry a key no other tool
sees, and a NEL inside quoted text silently became a space. Covers T19 (YAML attacks)
and T21's round-trip property (the NEL bug) of the reliability plan.
"""

from __future__ import annotations

import copy
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.scenario_io.test_validation_rules import BASE, to_yaml
from trainer.scenario_io.reader import LoadResult, load_scenario

FOREIGN_BREAKS = ["\u0085", "\u2028", "\u2029"]
BASE_YAML = to_yaml(copy.deepcopy(BASE))
BASE_JSON = json.dumps(BASE, ensure_ascii=False, indent=2)


@pytest.fixture(scope="module")
def root() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="line-breaks-") as name:
        yield Path(name)


def load(root: Path, text: str, filename: str = "scenario.yaml") -> LoadResult:
    folder = root / "base"
    folder.mkdir(exist_ok=True)
    for old in folder.iterdir():
        old.unlink()
    (folder / filename).write_text(text, encoding="utf-8", newline="")
    return load_scenario(folder)


def expected_position(text: str, index: int) -> tuple[int, int]:
    """Line and column (1-based) of ``text[index]``, counted independently of the reader."""
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return line, column


def assert_refused_at(
    result: LoadResult, character: str, line: int, column: int, filename: str = "scenario.yaml"
) -> None:
    assert result.scenario is None
    assert len(result.findings) == 1, result.findings
    finding = result.findings[0]
    assert finding.is_error
    assert finding.code == "bad-character"
    assert f"U+{ord(character):04X}" in finding.message
    assert (finding.line, finding.column) == (line, column)
    assert finding.file is not None
    assert finding.file.endswith(filename)


def test_base_scenarios_are_valid(root: Path) -> None:
    assert load(root, BASE_YAML).playable
    assert load(root, BASE_JSON, "scenario.json").playable


@pytest.mark.parametrize("character", FOREIGN_BREAKS)
@pytest.mark.parametrize(
    ("template", "line", "column"),
    [
        # The hidden key: a YAML 1.1 parser sees two keys, a YAML 1.2 reader one.
        ("title: Base{c}summary: hidden\n", 1, 12),
        # Inside quoted text it used to become a space without a word.
        ('x: 1\ntitle: "Dyżurny{c}wzywa."\n', 2, 16),
        ("x: 1\ntitle: 'a{c}b'\n", 2, 10),
        # In a comment, a key, a block scalar, at the very start or end.
        ("# note{c}\nx: 1\n", 1, 7),
        ("x{c}y: 1\n", 1, 2),
        ("text: |\n  one\n  two{c}three\n", 3, 6),
        ("{c}x: 1\n", 1, 1),
        ("x: 1\n{c}", 2, 1),
        # Windows line endings count one line each.
        ("a: 1\r\nb: 2\r\nc: x{c}\r\n", 3, 5),
    ],
)
def test_foreign_line_break_is_refused_with_its_position(
    root: Path, character: str, template: str, line: int, column: int
) -> None:
    result = load(root, template.format(c=character))
    assert_refused_at(result, character, line, column)


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    character=st.sampled_from(FOREIGN_BREAKS),
    where=st.floats(min_value=0, max_value=1),
    as_json=st.booleans(),
)
def test_any_foreign_line_break_anywhere_in_a_valid_scenario_is_refused(
    root: Path, character: str, where: float, as_json: bool
) -> None:
    text, filename = (BASE_JSON, "scenario.json") if as_json else (BASE_YAML, "scenario.yaml")
    index = round(where * len(text))
    result = load(root, text[:index] + character + text[index:], filename)
    assert_refused_at(result, character, *expected_position(text, index), filename)
