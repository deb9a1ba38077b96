"""Write a large, realistic format-1.1 scenario: the editor's benchmark and stress file.

    .venv/bin/python tools/generate_big_scenario.py OUT_FOLDER [--nodes 2000] [--id big-scenario]

writes ``OUT_FOLDER/<id>/scenario.yaml``. The story is a shift of many incidents,
each a scene, a titled decision of three choices (best, good, poor; the poor one
detours through a consequence scene), every fifth a checklist; variables that the
choices change, routes and choices gated by conditions, text alternatives, knowledge
cards, stages, a report node at the end and three endings. Polish and English, laid
out as a trainer writes by hand (block maps, comments). It validates without errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

COMPETENCIES = ("communication", "victim_support", "legal_procedure", "safety", "ethics")
STAGES = ("information", "assessment", "powers", "options", "action")
CARD_COUNT = 12
# Nodes per incident: scene, decision, detour scene, and a checklist every fifth.
_PER_INCIDENT = 3.2
_FIXED = 4  # report + three endings


def _q(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _text(lines: list[str], indent: int, key: str, pl: str, en: str) -> None:
    pad = " " * indent
    lines += [f"{pad}{key}:", f"{pad}  pl: {_q(pl)}", f"{pad}  en: {_q(en)}"]


def _situation(i: int) -> tuple[str, str]:
    pl = (
        f"Zgłoszenie numer {i}: przy wejściu do budynku stoi grupa osób, a jedna z nich "
        "pokazuje na telefonie zdjęcie napisu na ścianie. Dyżurny prosi o ustalenie, "
        "co się stało, kto jest poszkodowany i czy sprawca może wrócić."
    )
    en = (
        f"Call number {i}: a group of people stands at the entrance, and one of them "
        "shows a photo of writing on the wall. The dispatcher asks you to find out "
        "what happened, who was harmed and whether the offender may come back."
    )
    return pl, en


def generate_yaml(node_count: int = 2000, scenario_id: str = "big-scenario") -> str:
    """The text of a scenario with about ``node_count`` nodes (at least 12)."""
    incidents = max(2, round((node_count - _FIXED) / _PER_INCIDENT))
    lines = [
        "# A generated scenario for the editor's benchmark (tools/generate_big_scenario.py).",
        "format: 1.1",
        f"id: {scenario_id}",
        "version: 1",
        "languages: [pl, en]",
        "",
    ]
    _text(lines, 0, "title", "Długi dyżur", "A long shift")
    _text(
        lines,
        0,
        "summary",
        "Dyżur pełen zgłoszeń: każde wymaga rozpoznania i właściwej reakcji.",
        "A shift full of calls: each needs recognising and the right response.",
    )
    lines += ["tags: [generated, benchmark]", "minutes: 240", "", "competencies:"]
    lines += [f"  {c}: {{}}" for c in COMPETENCIES]
    lines += ["", "variables:", "  trust:   # the community's trust in the police"]
    lines += ["    initial: 1", "    min: 0", "    max: 4"]
    _text(lines, 4, "label", "Zaufanie społeczności", "The community's trust")
    lines += ["  risk:", "    initial: 0", "    min: 0", "    max: 3"]
    _text(lines, 4, "label", "Ryzyko eskalacji", "The risk of escalation")
    lines += ["", "cards:"]
    for k in range(CARD_COUNT):
        lines.append(f"  card_{k}:")
        _text(lines, 4, "title", f"Karta wiedzy {k}", f"Knowledge card {k}")
        _text(
            lines,
            4,
            "text",
            f"Co warto wiedzieć o wskaźnikach uprzedzeń, część {k}.",
            f"What to know about bias indicators, part {k}.",
        )
    lines += ["", "start: scene_0", "", "nodes:"]
    for i in range(incidents):
        _incident(lines, i, last=i == incidents - 1)
    _report_and_endings(lines)
    return "\n".join(lines) + "\n"


def _incident(lines: list[str], i: int, *, last: bool) -> None:
    after = "write_note" if last else f"scene_{i + 1}"
    checklist = i % 5 == 4
    follow = f"check_{i}" if checklist else after
    pl, en = _situation(i)
    lines += ["", f"  # --- incident {i} ---", f"  scene_{i}:", "    type: scene"]
    lines += [f"    stage: {STAGES[i % len(STAGES)]}"]
    if i % 7 == 3:
        lines += ["    text:", '      - if: "trust >= 3"']
        _text(lines, 8, "text", "Ludzie witają Cię jak znajomego. " + pl, "People greet you. " + en)
        lines.append("      -")
        lines[-1] += " text:"
        lines += [f"          pl: {_q(pl)}", f"          en: {_q(en)}"]
    else:
        _text(lines, 4, "text", pl, en)
    if i % 3 == 0:
        lines.append(f"    cards: [card_{i % CARD_COUNT}, card_{(i + 5) % CARD_COUNT}]")
    lines.append(f"    next: decide_{i}")

    lines += [f"  decide_{i}:", "    type: decision"]
    _text(lines, 4, "title", f"Decyzja {i}", f"Decision {i}")
    _text(
        lines,
        4,
        "text",
        "Osoba poszkodowana jest roztrzęsiona. Co robisz najpierw?",
        "The victim is shaken. What do you do first?",
    )
    if i % 11 == 5:
        lines.append("    order: fixed")
    lines.append("    choices:")
    best_next = (
        [
            f"          - if: \"trust >= 2 or visited('decide_{max(0, i - 1)}')\"",
            f"            to: {follow}",
        ]
        if i % 4 == 1
        else []
    )
    _choice(
        lines,
        "listen",
        ("Słucham spokojnie i pytam o potrzeby.", "I listen calmly and ask what she needs."),
        "best",
        ("Osoba poszkodowana czuje się wysłuchana.", "The victim feels heard."),
        {COMPETENCIES[i % 5]: 2, "victim_support": 1} if i % 5 else {"communication": 2},
        {"trust": 1},
        f"detour_{i}" if best_next else follow,
        routes=best_next,
    )
    _choice(
        lines,
        "secure",
        (
            "Najpierw zabezpieczam miejsce, zdjęcia i nagrania z monitoringu w okolicy.",
            "First I secure the scene, the photos and the nearby CCTV footage.",
        ),
        "good",
        ("Dowody są ważne, ale najpierw człowiek.", "Evidence matters, but people first."),
        {"legal_procedure": 1},
        {"risk": -1},
        follow,
        condition="risk < 3" if i % 6 == 2 else None,
    )
    _choice(
        lines,
        "rush",
        ("Spisuję dane i jadę dalej.", "I take the details and move on."),
        "poor",
        ("To pomija motyw i potrzeby ofiary.", "This misses the motive and the victim's needs."),
        {"communication": -1},
        {"trust": -1, "risk": 1},
        f"detour_{i}",
    )
    lines += [f"  detour_{i}:", "    type: scene"]
    _text(
        lines,
        4,
        "text",
        "Po Twoim odjeździe ludzie długo rozmawiają o tym, że policja ich nie słucha.",
        "After you leave, people talk for a long time about the police not listening.",
    )
    lines.append(f"    next: {follow}")
    if checklist:
        lines += [f"  check_{i}:", "    type: checklist"]
        _text(lines, 4, "title", f"Wskaźniki {i}", f"Indicators {i}")
        _text(lines, 4, "text", "Co wskazuje na motyw uprzedzeń?", "What points to a bias motive?")
        _text(lines, 4, "prompt", "Zaznacz wszystkie", "Tick all that apply")
        lines += ["    competency: legal_procedure", "    items:"]
        for k, (correct, pl_item, en_item) in enumerate(
            [
                (True, "Symbol na ścianie", "The symbol on the wall"),
                (True, "Wybór miejsca", "The choice of place"),
                (False, "Pora dnia", "The time of day"),
            ]
        ):
            lines += [f"      - id: item_{k}"]
            _text(lines, 8, "text", pl_item, en_item)
            lines.append(f"        correct: {'true' if correct else 'false'}")
            _text(lines, 8, "feedback", "Wyjaśnienie.", "Why.")
        lines.append(f"    next: {after}")


def _choice(
    lines: list[str],
    choice_id: str,
    text: tuple[str, str],
    rating: str,
    feedback: tuple[str, str],
    score: dict[str, int],
    effects: dict[str, int],
    next_id: str,
    *,
    routes: list[str] | None = None,
    condition: str | None = None,
) -> None:
    lines.append(f"      - id: {choice_id}")
    if condition:
        lines.append(f"        if: {_q(condition)}")
    _text(lines, 8, "text", *text)
    lines.append(f"        rating: {rating}")
    _text(lines, 8, "feedback", *feedback)
    lines.append("        score: {" + ", ".join(f"{k}: {v}" for k, v in score.items()) + "}")
    lines.append("        effects: {" + ", ".join(f"{k}: {v}" for k, v in effects.items()) + "}")
    if routes:
        lines += ["        next:", *routes, f"          - to: {next_id}"]
    else:
        lines.append(f"        next: {next_id}")


def _report_and_endings(lines: list[str]) -> None:
    lines += ["", "  write_note:", "    type: report"]
    _text(lines, 4, "title", "Notatka urzędowa", "The official note")
    _text(lines, 4, "text", "Zostaje notatka z dyżuru.", "The note of the shift is still to write.")
    _text(lines, 4, "prompt", "Twoja notatka", "Your note")
    lines += ["    min_words: 20", "    competency: legal_procedure"]
    _text(lines, 4, "model", "W dniu … zgłoszono …", "On … it was reported …")
    lines.append("    items:")
    for item, pl, en in (
        ("motive", "Możliwy motyw uprzedzeń", "The possible bias motive"),
        ("words", "Dosłowne brzmienie napisu", "The exact words"),
        ("witnesses", "Świadkowie i monitoring", "Witnesses and CCTV"),
    ):
        lines.append(f"      - id: {item}")
        _text(lines, 8, "text", pl, en)
    lines += [
        "    next:",
        '      - if: "trust >= 3 and risk < 2"',
        "        to: ending_success",
        '      - if: "trust >= 1"',
        "        to: ending_partial",
        "      - to: ending_failure",
    ]
    for outcome, pl, en in (
        ("success", "Społeczność ufa policji.", "The community trusts the police."),
        ("partial", "Część spraw zostaje otwarta.", "Some cases stay open."),
        ("failure", "Ludzie przestają zgłaszać.", "People stop reporting."),
    ):
        lines += [f"  ending_{outcome}:", "    type: ending", f"    outcome: {outcome}"]
        _text(lines, 4, "text", pl, en)
        _text(lines, 4, "debrief", "Co zadziałało, a co nie.", "What worked and what did not.")


def write_scenario(parent: Path, node_count: int = 2000, scenario_id: str = "big-scenario") -> Path:
    """Write ``parent/<id>/scenario.yaml``; the scenario file."""
    folder = parent / scenario_id
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / "scenario.yaml"
    file.write_text(generate_yaml(node_count, scenario_id), encoding="utf-8")
    return file


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="the folder to write the scenario folder into")
    parser.add_argument("--nodes", type=int, default=2000, help="about how many nodes")
    parser.add_argument("--id", default="big-scenario", help="the scenario id (folder name)")
    args = parser.parse_args(argv)
    file = write_scenario(args.out, args.nodes, args.id)
    print(file)
    return 0


if __name__ == "__main__":
    sys.exit(main())
