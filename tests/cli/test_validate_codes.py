"""``trainer validate --json``: every finding carries its code, the format 1.1 ones included.

One small case per code, each a one-place change to a clean format-1.1 scenario (which
itself gives no finding at all). The pedagogical codes of the format's table are written
on other branches at the same time: a case runs once the app knows its code (the code
appears as a string in trainer/), so merging them switches these cases on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import trainer

CLEAN = """\
format: 1.1
id: codes
version: 1
languages: [pl, en]
title: {pl: Kody, en: Codes}
competencies: {communication: {}, legal_procedure: {}}
variables: {calm: {initial: 0, min: 0, max: 3}}
start: arrive
nodes:
  arrive:
    type: decision
    title: {pl: Przyjazd, en: Arrival}
    text:
      - if: "calm == 0"
        text: {pl: "Wszyscy spokojni.", en: "Everyone is calm."}
      - text: {pl: "{Gotowy|Gotowa}? Mężczyzna krzyczy.", en: "What do you do? A man shouts."}
    choices:
      - id: talk
        text: {pl: "Rozmawiam", en: "I talk"}
        rating: best
        score: {communication: 2}
        effects: {calm: 2}
        feedback: {pl: "Dobrze: rozmowa uspokaja.", en: "Good: talking calms him."}
        next: note
      - id: shout
        text: {pl: "Krzyczę na niego", en: "I shout at him"}
        rating: harmful
        score: {communication: -2}
        feedback: {pl: "Krzyk tylko podnosi napięcie.", en: "Shouting raises the tension."}
        next: tense
  note:
    type: report
    title: {pl: Notatka, en: Note}
    text: {pl: "Zapisz notatkę.", en: "Write the note."}
    prompt: {pl: "Twoja notatka", en: "Your note"}
    competency: legal_procedure
    model: {pl: "Wzór notatki.", en: "A model note."}
    items:
      - {id: motive, text: {pl: Motyw, en: Motive}, feedback: {pl: "Tak.", en: "Yes."}}
      - {id: words, text: {pl: Słowa, en: Words}, feedback: {pl: "Tak.", en: "Yes."}}
    next: calm_end
  calm_end:
    type: ending
    outcome: success
    text: {pl: "Spokój.", en: "Calm."}
  tense:
    type: ending
    outcome: failure
    text: {pl: "Napięcie.", en: "Tension."}
"""
LONG_FEEDBACK = " ".join(["słowo"] * 61)
LONG_TEXT = " ".join(["tekst"] * 90)

#: code -> (text to replace in CLEAN, replacement); each makes exactly that finding.
CASES: dict[str, tuple[str, str]] = {
    # Format 1.1 structure.
    "needs-format-1.1": ("format: 1.1\n", "format: 1\n"),
    "bad-alternation": ("{Gotowy|Gotowa}?", "{Gotowy|?"),
    "alternative-without-default": (
        '      - text: {pl: "{Gotowy',
        '      - if: "calm >= 1"\n        text: {pl: "{Gotowy',
    ),
    "unreachable-alternative": (
        '      - if: "calm == 0"\n        text:',
        "      - text:",
    ),
    # An image's alternative text (this app's 1.1 addition).
    "alt-without-image": (
        "    title: {pl: Notatka, en: Note}\n",
        "    title: {pl: Notatka, en: Note}\n    image_alt: {pl: Plan, en: A plan}\n",
    ),
    "image-without-alt": (
        "    title: {pl: Notatka, en: Note}\n",
        "    title: {pl: Notatka, en: Note}\n    image: media/plan.png\n",
    ),
    # The format's pedagogical table.
    "harmful-success": ("        next: tense\n", "        next: note\n"),
    "feedback-long": ('{pl: "Dobrze: rozmowa uspokaja."', f'{{pl: "{LONG_FEEDBACK}"'),
    "time-too-short": (
        "    title: {pl: Przyjazd, en: Arrival}\n",
        "    title: {pl: Przyjazd, en: Arrival}\n    time_limit: 5\n"
        "    on_timeout: {rating: poor, feedback: {pl: Późno., en: Late.}, next: tense}\n",
    ),
    "gender-form": ('{pl: "Zapisz notatkę."', '{pl: "Co zrobiłeś? Zapisz notatkę."'),
    "untitled-step": ("    title: {pl: Notatka, en: Note}\n", ""),
    "glossary": ('{pl: "Wzór notatki."', '{pl: "Wzór notatki. Preferowany język: ukraiński."'),
    "variant-unreachable": ('if: "calm == 0"', "if: \"visited('tense')\""),
}
#: In the table, but its case needs a scenario of its own (4 decisions of 3+ choices).
LENGTH_TELL = "length-tell"
#: The app's source, where every finding code is written as a string literal.
SOURCE = "\n".join(
    file.read_text(encoding="utf-8") for file in Path(trainer.__file__).parent.rglob("*.py")
)


def known(code: str) -> bool:
    """Whether this branch's validator has the code (the pedagogical ones come later)."""
    return f'"{code}"' in SOURCE


def write(tmp_path: Path, text: str) -> Path:
    folder = tmp_path / "codes"
    folder.mkdir()
    (folder / "scenario.yaml").write_text(text, encoding="utf-8")
    return folder


def test_the_clean_scenario_has_no_finding(run_cli, tmp_path: Path) -> None:
    result = run_cli("validate", "--strict", "--json", write(tmp_path, CLEAN))
    assert result.exit_code == 0, result.stdout
    assert result.json() == []


@pytest.mark.parametrize("code", sorted(CASES))
def test_each_finding_carries_its_code(run_cli, tmp_path: Path, code: str) -> None:
    if not known(code):
        pytest.skip(f"{code!r} is not in this branch's validator yet")
    old, new = CASES[code]
    assert CLEAN.count(old) == 1, old
    folder = write(tmp_path, CLEAN.replace(old, new))
    result = run_cli("validate", "--json", folder)
    findings = result.json()
    assert all(set(f) >= {"severity", "code", "message", "file", "line"} for f in findings)
    assert code in {f["code"] for f in findings}, findings
    mine = next(f for f in findings if f["code"] == code)
    assert mine["file"].endswith("scenario.yaml") and mine["message"]
    assert f"[{code}]" in run_cli("validate", folder).stdout  # the text output names it too


def test_length_tell_carries_its_code(run_cli, tmp_path: Path) -> None:
    if not known(LENGTH_TELL):
        pytest.skip("'length-tell' is not in this branch's validator yet")
    nodes = []
    for index in range(4):
        following = f"d{index + 1}" if index < 3 else "calm_end"
        nodes.append(
            f"  d{index}:\n    type: decision\n    title: {{pl: T{index}, en: T{index}}}\n"
            f"    text: {{pl: Co teraz, en: What now}}\n    choices:\n"
            + "".join(
                f"      - {{id: c{k}, text: {{pl: {word}, en: {word}}}, rating: {rating},"
                f" feedback: {{pl: Tak., en: Yes.}}, next: {following}}}\n"
                for k, (word, rating) in enumerate(
                    [
                        ("Najdłuższa odpowiedź ze wszystkich", "best"),
                        ("Krótka", "good"),
                        ("Inna", "poor"),
                    ]
                )
            )
        )
    text = CLEAN.replace("start: arrive", "start: d0").replace(
        "nodes:\n", "nodes:\n" + "".join(nodes), 1
    )
    text = text.replace("  arrive:\n", "  arrive_unused:\n")
    findings = run_cli("validate", "--json", write(tmp_path, text)).json()
    assert LENGTH_TELL in {f["code"] for f in findings}, findings


def test_every_table_code_has_a_case() -> None:
    table = {
        "harmful-success", "length-tell", "feedback-long", "time-too-short", "gender-form",
        "untitled-step", "glossary", "variant-unreachable",
    }  # fmt: skip
    assert table <= {*CASES, LENGTH_TELL}
