"""Every number of the format has a range the app can hold (issue 13, point 9).

A table over every numeric field: the limits themselves are accepted, one past
either limit and the largest integer the reader takes (15 digits) are a
``bad-value`` error naming the limit, never a crash or a scenario that validates
and then breaks the player (a time limit of 2,147,484 s overflowed Qt's timer).
Covers T21 (score within declared bounds) and T19/T20 (large values refused).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.scenario_io.test_validation_rules import ERROR, choice, node, write
from trainer.scenario_io import format_v1
from trainer.scenario_io.limits import (
    MAX_EFFECT,
    MAX_MINUTES,
    MAX_SCORE_POINTS,
    MAX_TIME_LIMIT_SECONDS,
    MAX_VARIABLE_VALUE,
    MAX_VERSION,
)
from trainer.scenario_io.reader import LoadResult

Setter = Callable[[dict[str, Any], int], None]
HUGE = 10**15 - 1  # the largest integer the YAML reader passes on (15 digits)


def _set_top(key: str) -> Setter:
    return lambda d, v: d.__setitem__(key, v)


def _set_variable(key: str) -> Setter:
    def setter(d: dict[str, Any], v: int) -> None:
        # Keep min <= initial <= max so only the number's own range is at stake.
        trust = d["variables"]["trust"]
        trust.update(min=-MAX_VARIABLE_VALUE, max=MAX_VARIABLE_VALUE, initial=0)
        trust[key] = v

    return setter


def _set_time_limit(d: dict[str, Any], v: int) -> None:
    node(d, "ask")["time_limit"] = v


def _set_score(d: dict[str, Any], v: int) -> None:
    choice(d, "ask", 0)["score"]["communication"] = v


def _set_effect(d: dict[str, Any], v: int) -> None:
    choice(d, "ask", 0)["effects"]["trust"] = v


def _set_timeout_score(d: dict[str, Any], v: int) -> None:
    node(d, "ask")["on_timeout"]["score"] = {"communication": v}


FIELDS: list[tuple[str, Setter, int, int]] = [
    ("version", _set_top("version"), 1, MAX_VERSION),
    ("minutes", _set_top("minutes"), 1, MAX_MINUTES),
    ("time_limit", _set_time_limit, 1, MAX_TIME_LIMIT_SECONDS),
    ("score", _set_score, -MAX_SCORE_POINTS, MAX_SCORE_POINTS),
    ("on_timeout score", _set_timeout_score, -MAX_SCORE_POINTS, MAX_SCORE_POINTS),
    ("effects", _set_effect, -MAX_EFFECT, MAX_EFFECT),
    ("variable initial", _set_variable("initial"), -MAX_VARIABLE_VALUE, MAX_VARIABLE_VALUE),
    ("variable min", _set_variable("min"), -MAX_VARIABLE_VALUE, MAX_VARIABLE_VALUE),
    ("variable max", _set_variable("max"), -MAX_VARIABLE_VALUE, MAX_VARIABLE_VALUE),
]
IDS = [f[0] for f in FIELDS]


def range_findings(result: LoadResult) -> list[str]:
    return [
        f.message
        for f in result.findings
        if f.code == "bad-value" and ("too large" in f.message or "too small" in f.message)
    ]


def load_with(tmp_path: Path, setter: Setter, value: int) -> LoadResult:
    return write(tmp_path, lambda d: setter(d, value)).load()


@pytest.mark.parametrize(("field", "setter", "low", "high"), FIELDS, ids=IDS)
def test_the_limits_themselves_are_accepted(
    tmp_path: Path, field: str, setter: Setter, low: int, high: int
) -> None:
    """T21: the smallest and largest allowed values give no range finding."""
    for value in (low, high):
        result = load_with(tmp_path, setter, value)
        assert range_findings(result) == [], (field, value)
        assert result.scenario is not None or result.errors, (field, value)


@pytest.mark.parametrize(("field", "setter", "low", "high"), FIELDS, ids=IDS)
@pytest.mark.parametrize("past", ["below", "above", "huge", "huge negative"])
def test_values_past_the_limits_are_refused(
    tmp_path: Path, field: str, setter: Setter, low: int, high: int, past: str
) -> None:
    """T19/T20: one past a limit, or the largest readable integer, is a clear error."""
    value = {"below": low - 1, "above": high + 1, "huge": HUGE, "huge negative": -HUGE}[past]
    result = load_with(tmp_path, setter, value)
    messages = range_findings(result)
    assert len(messages) == 1, (field, value, result.findings)
    assert str(low if value < low else high) in messages[0]
    finding = next(f for f in result.findings if f.message == messages[0])
    assert finding.severity is ERROR
    assert not result.playable


def test_a_time_limit_over_an_hour_says_it_looks_like_milliseconds(tmp_path: Path) -> None:
    """The value that overflowed the player's timer is refused, naming the likely unit mix-up."""
    result = load_with(tmp_path, _set_time_limit, 2_147_484)
    (message,) = range_findings(result)
    assert "at most 3600 seconds" in message
    assert "milliseconds" in message


def test_every_integer_field_of_the_schema_has_both_limits() -> None:
    """No number of the format is left without a maximum (new fields included)."""
    schema = format_v1.json_schema()
    unbounded: list[str] = []

    def walk(value: Any, where: str) -> None:
        if isinstance(value, dict):
            if value.get("type") == "integer" and (
                "maximum" not in value or "minimum" not in value
            ):
                unbounded.append(where)
            for key, inner in value.items():
                walk(inner, f"{where}/{key}")
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                walk(inner, f"{where}/{index}")

    walk(schema, "")
    assert unbounded == []
