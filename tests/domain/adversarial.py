"""Generators of scenarios built to make the analysis work as hard as the format allows.

The shape that used to take minutes: one hub decision with hundreds of choices, each
guarded by a condition near the 1,000-character cap that is false only after every
comparison has been tried, and a counter variable that makes the hub a new
situation tens of thousands of times. Every situation re-evaluates every condition,
so the work is states × choices × condition length while the state cap is never hit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from trainer.domain.conditions import MAX_SOURCE_LENGTH


def false_condition(variable: str, length: int = MAX_SOURCE_LENGTH, first: int = 1) -> str:
    """A condition of at most ``length`` characters that is false only after every test.

    ``v < -1 or v < -2 or …``: with ``v`` never negative, ``or`` cannot short-circuit.
    ``first`` changes the numbers, so that conditions can differ from each other.
    """
    source = ""
    index = first
    while True:
        part = f"{variable} < -{index}"
        candidate = f"{source} or {part}" if source else part
        if len(candidate) > length:
            return source
        source = candidate
        index += 1


def hub_scenario(
    *,
    choices: int = 300,
    steps: int = 49_000,
    condition_chars: int = MAX_SOURCE_LENGTH,
    points: int = 1,
    distinct: bool = False,
) -> dict[str, Any]:
    """A hub decision: one choice counts up to ``steps``, ``choices`` guarded ones never open.

    The counter choice earns ``points`` and leads back to the hub, so each count is a
    new situation (``steps`` + 1 of them, below the state cap by default). With
    ``distinct`` every guarded choice has a condition of its own (no two alike).
    """
    guarded = false_condition("counter", condition_chars)
    hub_choices: list[dict[str, Any]] = [
        {
            "id": "count",
            "text": "Count one more",
            "feedback": "One more.",
            "rating": "good",
            "effects": {"counter": 1},
            "next": "hub",
        },
        {
            "id": "leave",
            "text": "Leave",
            "feedback": "Done.",
            "rating": "best",
            "score": {"communication": points},
            "next": "good_end",
        },
    ]
    for i in range(choices):
        hub_choices.append(
            {
                "id": f"guarded{i}",
                "text": f"Guarded {i}",
                "if": false_condition("counter", condition_chars, 1 + i) if distinct else guarded,
                "feedback": "Never offered.",
                "rating": "poor",
                "next": "hub",
            }
        )
    return {
        "format": 1,
        "id": "adversarial",
        "version": 1,
        "languages": ["en"],
        "title": "Adversarial hub",
        "competencies": {"communication": {}},
        "variables": {"counter": {"initial": 0, "min": 0, "max": steps}},
        "start": "hub",
        "nodes": {
            "hub": {"type": "decision", "text": "Pick one", "choices": hub_choices},
            "good_end": {"type": "ending", "text": "Done", "outcome": "success"},
        },
    }


def wide_hub_scenario(*, choices: int = 400, variables: int = 1) -> dict[str, Any]:
    """A hub whose every choice is open and moves a counter: each step is a new situation.

    No conditions at all, so the work is building states: ``choices`` new transitions
    per state, each copying and hashing all ``variables`` (plus the counter).
    """
    data = hub_scenario(choices=0)
    for i in range(variables - 1):
        data["variables"][f"w{i}"] = {"initial": 0, "min": 0, "max": 1000}
    hub_choices = data["nodes"]["hub"]["choices"]
    for k in range(1, choices + 1):
        effects = {"counter": 1 + k % 1000}
        if variables > 1:
            effects[f"w{k % (variables - 1)}"] = 1
        hub_choices.append(
            {
                "id": f"step{k}",
                "text": f"Step {k}",
                "feedback": "On.",
                "rating": "good",
                "effects": effects,
                "next": "hub",
            }
        )
    return data


def many_competencies_scenario(competencies: int, steps: int) -> dict[str, Any]:
    """A line of decisions where every competency can both gain and lose points.

    The best path clamps each competency at zero, searched once per subset of the
    competencies that can lose points: 2**competencies passes without a bound.
    """
    names = [f"c{i}" for i in range(competencies)]
    nodes: dict[str, Any] = {}
    for n in range(steps):
        nxt = f"d{n + 1}" if n + 1 < steps else "good_end"
        gain, loss = names[n % competencies], names[(n + 1) % competencies]
        nodes[f"d{n}"] = {
            "type": "decision",
            "text": "Go on",
            "choices": [
                {
                    "id": "a",
                    "text": "A",
                    "feedback": "A.",
                    "rating": "good",
                    "score": {gain: 2, loss: -1},
                    "next": nxt,
                },
                {
                    "id": "b",
                    "text": "B",
                    "feedback": "B.",
                    "rating": "poor",
                    "score": {loss: 1},
                    "next": nxt,
                },
            ],
        }
    nodes["good_end"] = {"type": "ending", "text": "Done", "outcome": "success"}
    return {
        "format": 1,
        "id": "competencies",
        "version": 1,
        "languages": ["en"],
        "title": "Many competencies",
        "competencies": {name: {"label": name.upper()} for name in names},
        "start": "d0",
        "nodes": nodes,
    }


def write_scenario(root: Path, data: dict[str, Any]) -> Path:
    """``data`` as ``ROOT/<id>/scenario.json``; returns the folder."""
    folder = root / str(data["id"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "scenario.json").write_text(json.dumps(data), encoding="utf-8")
    return folder
