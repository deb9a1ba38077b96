"""`trainer validate` with the pedagogical checks: codes, places, --allow-code, the glossary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from trainer.domain.pedagogy import PEDAGOGICAL_CODES

LONG = " ".join(["słowo"] * 61)

SCENARIO = f"""\
format: 1
id: sample
version: 1
languages: [pl, en]
title: {{pl: Próba, en: Sample}}
competencies:
  safety: {{}}
start: ask
nodes:
  ask:
    type: decision
    text: {{pl: "Co robisz?", en: "What do you do?"}}
    time_limit: 5
    on_timeout:
      rating: poor
      feedback: {{pl: "Za wolno.", en: "Too slow."}}
      next: end
    choices:
      - id: calm
        text: {{pl: "Pytam o preferowany język.", en: "I ask which language."}}
        rating: best
        score: {{safety: 1}}
        feedback:
          pl: "{LONG}"
          en: "Good."
        next: end
      - id: shout
        text: {{pl: "Krzyczę: zrobiłeś błąd!", en: "I shout."}}
        rating: poor
        feedback: {{pl: "Źle.", en: "Bad."}}
        next: end
  end:
    type: ending
    text: {{pl: "Koniec.", en: "The end."}}
    outcome: success
"""


def _write(root: Path, text: str = SCENARIO, name: str = "sample") -> Path:
    folder = root / name
    folder.mkdir(parents=True)
    (folder / "scenario.yaml").write_text(text.replace("id: sample", f"id: {name}"), "utf-8")
    return folder


def _at(text: str, needle: str, after: str = "") -> tuple[int, int]:
    """Line and column (1-based) of ``needle``, the first one after ``after``."""
    start = text.index(after) if after else 0
    offset = text.index(needle, start)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _allow(*codes: str) -> list[str]:
    return [arg for code in codes for arg in ("--allow-code", code)]


Run = Callable[..., Any]


def test_json_findings_carry_codes_nodes_and_places_in_the_file(
    tmp_path: Path, run_cli: Run
) -> None:
    folder = _write(tmp_path / "library")
    result = run_cli("validate", folder, "--json")
    assert result.exit_code == 0  # warnings only
    found = {(f["code"], f["node"], f["choice"]): f for f in result.json()}
    assert set(found) == {
        ("untitled-step", "ask", None),
        ("time-too-short", "ask", None),
        ("feedback-long", "ask", "calm"),
        ("glossary", "ask", "calm"),
        ("gender-form", "ask", "shout"),
    }
    places = {key[0]: (f["line"], f["column"]) for key, f in found.items()}
    assert places == {
        "untitled-step": _at(SCENARIO, "ask:"),
        "time-too-short": _at(SCENARIO, "5", after="time_limit"),
        "feedback-long": _at(SCENARIO, '"słowo', after="feedback:\n"),
        "glossary": _at(SCENARIO, '"Pytam'),
        "gender-form": _at(SCENARIO, '"Krzyczę'),
    }
    assert all(f["file"] == str(folder / "scenario.yaml") for f in result.json())
    assert all(f["severity"] == "warning" for f in result.json())
    assert "61 words" in found["feedback-long", "ask", "calm"]["message"]
    assert "w jakim języku woli rozmawiać" in found["glossary", "ask", "calm"]["message"]


def test_strict_fails_on_pedagogical_warnings_unless_their_codes_are_allowed(
    tmp_path: Path, run_cli: Run
) -> None:
    folder = _write(tmp_path / "library")
    assert run_cli("validate", folder, "--strict").exit_code == 1
    some = _allow("untitled-step", "time-too-short", "feedback-long", "glossary")
    assert run_cli("validate", folder, "--strict", *some).exit_code == 1  # gender-form left
    result = run_cli("validate", folder, "--strict", *_allow(*PEDAGOGICAL_CODES))
    assert result.exit_code == 0
    # Allowed findings are still printed, and counted apart.
    assert result.stdout.count("warning: [") == 5
    assert "[gender-form]" in result.stdout
    assert "5 warning(s) (5 with an allowed code)" in result.stderr


def test_allowing_a_code_never_excuses_an_error(tmp_path: Path, run_cli: Run) -> None:
    broken = SCENARIO.replace("start: ask", "start: nowhere")
    folder = _write(tmp_path / "library", broken)
    result = run_cli("validate", folder, "--strict", *_allow("unknown-node", *PEDAGOGICAL_CODES))
    assert result.exit_code == 1
    assert "[unknown-node]" in result.stdout


def test_allow_code_takes_only_a_code(tmp_path: Path, run_cli: Run) -> None:
    folder = _write(tmp_path / "library")
    result = run_cli("validate", folder, "--allow-code", "Length Tell")
    assert result.exit_code == 2
    assert "not a finding code" in result.stderr and "Traceback" not in result.stderr


def test_help_documents_allow_code(run_cli: Run, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        run_cli("validate", "--help")
    assert exited.value.code == 0
    help_text = capsys.readouterr().out
    assert "--allow-code CODE" in help_text and "never excuses an error" in help_text
    assert "glossary.yaml" in help_text


def test_a_glossary_beside_the_scenario_folders_replaces_the_shipped_one(
    tmp_path: Path, run_cli: Run
) -> None:
    library = tmp_path / "library"
    folder = _write(library)
    (library / "glossary.yaml").write_text(
        "pl:\n  - {avoid: co robisz, prefer: co zrobisz, why: czas}\n", "utf-8"
    )
    result = run_cli("validate", folder, "--json")
    glossary = [f for f in result.json() if f["code"] == "glossary"]
    assert [(f["line"], f["column"]) for f in glossary] == [_at(SCENARIO, '"Co robisz')]
    assert "co zrobisz" in glossary[0]["message"]  # and not the shipped "preferowany język"


def test_a_broken_glossary_is_one_error_on_its_file_and_the_rest_is_still_checked(
    tmp_path: Path, run_cli: Run
) -> None:
    library = tmp_path / "library"
    _write(library)
    _write(library, name="second")
    glossary = library / "glossary.yaml"
    glossary.write_text("pl:\n  - {avoid: 'wskaź*nik', prefer: b, why: c}\n", "utf-8")
    result = run_cli("validate", library, "--json")
    assert result.exit_code == 1
    broken = [f for f in result.json() if f["code"] == "bad-glossary"]
    assert [(f["file"], f["line"], f["column"], f["severity"]) for f in broken] == [
        (str(glossary), 2, 13, "error")
    ]
    assert "only end a word" in broken[0]["message"]
    others = {f["code"] for f in result.json()} - {"bad-glossary"}
    assert others == {"untitled-step", "time-too-short", "feedback-long", "gender-form"}

    human = run_cli("validate", library)
    assert human.stdout.startswith(f"{glossary}:2:13: error: [bad-glossary] ")
    assert "Traceback" not in human.stdout + human.stderr


def test_the_library_does_not_run_the_pedagogical_checks(tmp_path: Path) -> None:
    from trainer.scenario_io.reader import load_scenario

    folder = _write(tmp_path / "library")
    assert load_scenario(folder).findings == []
    codes = {f.code for f in load_scenario(folder, pedagogy=True).findings}
    assert codes == {"untitled-step", "time-too-short", "feedback-long", "gender-form"}


FORMAT_1_1 = """\
format: 1.1
id: paths
version: 1
languages: [pl, en]
title: {pl: "Próba", en: "Trial"}
competencies:
  safety: {}
start: arrive
nodes:
  arrive:
    type: decision
    title: {pl: "Przyjazd", en: "Arrival"}
    text: {pl: "Co {zrobiłbyś|zrobiłabyś}?", en: "What would you do?"}
    choices:
      - id: talk
        text: {pl: "Rozmawiam", en: "Talk"}
        rating: best
        score: {safety: 1}
        feedback:
          - if: "visited('arrive')"
            text: {pl: "Dobrze {zrobiłeś|zrobiłaś}.", en: "Good."}
          - text: {pl: "Dobrze zrobiłaś.", en: "Good."}
        next: end
      - id: shout
        text: {pl: "Krzyczę", en: "Shout"}
        rating: poor
        feedback: {pl: "Źle.", en: "Bad."}
        next: end
  end:
    type: ending
    outcome: success
    text: {pl: "Koniec.", en: "The end."}
"""


def test_a_format_1_1_file_is_placed_at_the_alternative_and_alternations_pass(
    tmp_path: Path, run_cli: Run
) -> None:
    folder = tmp_path / "library" / "paths"
    folder.mkdir(parents=True)
    (folder / "scenario.yaml").write_text(FORMAT_1_1, "utf-8")
    result = run_cli("validate", folder, "--json")
    gendered = [f for f in result.json() if f["code"] == "gender-form"]
    assert [(f["node"], f["choice"], f["line"], f["column"]) for f in gendered] == [
        ("arrive", "talk", *_at(FORMAT_1_1, '"Dobrze zrobiłaś'))
    ]
    assert "format: 1.1" not in gendered[0]["message"]
