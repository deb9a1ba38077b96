"""Generate a large but realistic scenario for benchmarks (decisions, scenes, checklists)."""

from __future__ import annotations

import json
from pathlib import Path


def _t(pl: str, en: str) -> str:
    return f"{{pl: {json.dumps(pl, ensure_ascii=False)}, en: {json.dumps(en)}}}"


def generate_yaml(node_count: int, scenario_id: str = "bench-large") -> str:
    """YAML text of a scenario with about ``node_count`` nodes.

    A chain of decision points (three choices: best, good, poor), each poor choice
    detouring through a consequence scene; every tenth point is a checklist; a
    ``trust`` variable gates some choices and picks the ending.
    """
    lines = [
        "format: 1",
        f"id: {scenario_id}",
        "version: 1",
        "languages: [pl, en]",
        "title: " + _t("Duży scenariusz testowy", "Large benchmark scenario"),
        "competencies:",
        "  communication: {}",
        "  victim_support: {}",
        "  bias_indicators: {}",
        "  ethics: {}",
        "variables:",
        "  trust: {initial: 1, min: 0, max: 5, label: " + _t("Zaufanie", "Trust") + "}",
        "start: p0",
        "nodes:",
    ]
    points = max(1, (node_count - 3) // 2)
    for i in range(points):
        nxt = f"p{i + 1}" if i + 1 < points else "finale"
        if i % 10 == 9:
            lines += [
                f"  p{i}:",
                "    type: checklist",
                "    stage: assessment",
                "    text: " + _t(f"Sytuacja {i}: co wskazuje na motyw?", f"Situation {i}: signs?"),
                "    prompt: " + _t("Zaznacz wskaźniki", "Tick the indicators"),
                "    competency: bias_indicators",
                "    items:",
            ]
            for k, correct in enumerate((True, True, False)):
                lines += [
                    f"      - id: i{k}",
                    "        text: " + _t(f"Pozycja {k}", f"Item {k}"),
                    f"        correct: {'true' if correct else 'false'}",
                    "        feedback: " + _t("Wyjaśnienie.", "Explanation."),
                ]
            lines += [f"    next: p{i}c"]
        else:
            lines += [
                f"  p{i}:",
                "    type: decision",
                "    stage: action",
                "    text: " + _t(f"Punkt decyzji {i}. Co robisz?", f"Decision point {i}."),
                "    choices:",
                "      - id: best",
                "        text: " + _t("Słuchasz i zapewniasz bezpieczeństwo", "Listen, secure"),
                "        rating: best",
                "        feedback: " + _t("Tak, bo ofiara jest w centrum.", "Yes: victim first."),
                "        score: {communication: 2, victim_support: 1}",
                "        effects: {trust: 1}",
                f"        next: {nxt}",
                "      - id: good",
                '        if: "trust >= 2"',
                "        text: " + _t("Rozmawiasz z liderem", "Talk to the leader"),
                "        rating: good",
                "        feedback: " + _t("Dobrze.", "Good."),
                "        score: {communication: 1, ethics: 1}",
                f"        next: {nxt}",
                "      - id: poor",
                "        text: " + _t("Spisujesz tylko dane", "Only take details"),
                "        rating: poor",
                "        feedback: " + _t("Za mało.", "Not enough."),
                "        score: {communication: -1}",
                "        effects: {trust: -1}",
                f"        next: p{i}c",
            ]
        lines += [
            f"  p{i}c:",
            "    type: scene",
            "    text: " + _t("Skutki twojej decyzji.", "What your decision led to."),
            f"    next: {nxt}",
        ]
    lines += [
        "  finale:",
        "    type: scene",
        "    text: " + _t("Koniec dnia.", "End of the day."),
        "    next:",
        '      - {if: "trust >= 4", to: success}',
        '      - {if: "trust >= 2", to: partial}',
        "      - {to: failure}",
    ]
    for outcome in ("success", "partial", "failure"):
        lines += [
            f"  {outcome}:",
            "    type: ending",
            f"    outcome: {outcome}",
            "    text: " + _t(f"Zakończenie: {outcome}", f"Ending: {outcome}"),
            "    debrief: " + _t("Wnioski.", "Lessons."),
        ]
    return "\n".join(lines) + "\n"


def write_scenario(folder: Path, node_count: int) -> Path:
    """Write ``folder/<id>/scenario.yaml`` and return the scenario folder."""
    target = folder / "bench-large"
    target.mkdir(parents=True, exist_ok=True)
    (target / "scenario.yaml").write_text(generate_yaml(node_count), encoding="utf-8")
    return target
