"""``trainer import-twee`` and ``trainer export-twee`` through the CLI's entry point."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.exchange.graph_support import graph
from trainer.authoring.map_layout import load_positions
from trainer.scenario_io.reader import load_scenario
from trainer.scenario_io.yaml_tree import parse_yaml

REPO = Path(__file__).resolve().parents[2]
STORY_50 = Path(__file__).parent / "data" / "story-50.twee"
TUTORIAL = REPO / "scenarios" / "tutorial"

Cli = Callable[..., Any]


def test_import_writes_a_valid_scenario_and_its_map(run_cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "napis-na-scianie"
    result = run_cli("import-twee", STORY_50, "-o", folder)
    assert result.exit_code == 0, result.stderr
    assert "wrote" in result.stderr and "50 node(s)" in result.stderr
    assert "validation: 0 error(s)" in result.stderr
    # The import's own warning names the file, the line and the passage.
    assert f"{STORY_50}:13: warning: the link words" in result.stdout
    assert "(passage 'Zgłoszenie')" in result.stdout
    data = parse_yaml((folder / "scenario.yaml").read_text(encoding="utf-8")).data
    assert data["id"] == "napis-na-scianie" and len(data["nodes"]) == 50
    assert len(load_positions(folder / "scenario.map.json")) == 50
    assert run_cli("validate", folder).exit_code == 0


def test_import_json_report(run_cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "napis"
    result = run_cli("import-twee", STORY_50, "-o", folder, "--json")
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["scenario"] == "napis"
    assert report["nodes"] == 50 and report["start"] == "zgloszenie" and report["valid"]
    assert report["files"] == [str(folder / "scenario.yaml"), str(folder / "scenario.map.json")]
    assert report["warnings"] == [
        {
            "line": 13,
            "passage": "Zgłoszenie",
            "message": "the link words 'Jadę na miejsce' are not kept: a scene's way on has"
            " no label",
        }
    ]
    assert {f["code"] for f in report["findings"]} >= {"no-feedback"}


def test_import_refuses_to_overwrite_without_force(run_cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "napis"
    assert run_cli("import-twee", STORY_50, "-o", folder).exit_code == 0
    (folder / "scenario.yaml").write_text("moje zmiany", encoding="utf-8")
    refused = run_cli("import-twee", STORY_50, "-o", folder)
    assert refused.exit_code == 1
    assert "already there; add --force" in refused.stderr
    assert (folder / "scenario.yaml").read_text(encoding="utf-8") == "moje zmiany"
    (folder / "scenario.json").write_text("{}", encoding="utf-8")
    forced = run_cli("import-twee", STORY_50, "-o", folder, "--force")
    assert forced.exit_code == 0, forced.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["scenario.map.json", "scenario.yaml"]


def test_import_with_force_drops_a_stale_map(run_cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "bez-mapy"
    assert run_cli("import-twee", STORY_50, "-o", folder).exit_code == 0
    plain = tmp_path / "plain.twee"
    plain.write_text(":: Start [success]\nKoniec.\n", encoding="utf-8")
    assert run_cli("import-twee", plain, "-o", folder, "--force").exit_code == 0
    assert not (folder / "scenario.map.json").exists()


def test_import_language_option(run_cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "po-angielsku"
    assert run_cli("import-twee", STORY_50, "-o", folder, "--lang", "en").exit_code == 0
    assert parse_yaml((folder / "scenario.yaml").read_text()).data["languages"] == ["en"]
    bad = run_cli("import-twee", STORY_50, "-o", tmp_path / "x", "--lang", "Polski")
    assert bad.exit_code == 1 and "not a language code" in bad.stderr


def test_import_result_with_errors_exits_1_but_is_written(run_cli: Cli, tmp_path: Path) -> None:
    loop = tmp_path / "loop.twee"
    loop.write_text(":: Start\n[[Dalej]]\n\n:: Dalej\n[[Start]]\n", encoding="utf-8")
    result = run_cli("import-twee", loop, "-o", tmp_path / "petla")
    assert result.exit_code == 1
    assert "[no-ending]" in result.stdout
    assert (tmp_path / "petla" / "scenario.yaml").is_file()


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not valid UTF-8"),
        (b":: A\nok\n\x00\x00", ":3: error: the file holds a NUL"),
        (b":: A [tag\n", ":1: error: the tag block of passage 'A' has no closing"),
        (b"tylko tekst", "error: no passage found"),
        (":: A\n".encode("utf-16"), "UTF-16"),
    ],
)
def test_import_refuses_unreadable_files_clearly(
    run_cli: Cli, tmp_path: Path, content: bytes, words: str
) -> None:
    file = tmp_path / "zly.twee"
    file.write_bytes(content)
    result = run_cli("import-twee", file, "-o", tmp_path / "zly")
    assert result.exit_code == 1
    assert str(file) in result.stderr and words in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "zly").exists()


def test_import_refuses_a_huge_file_before_reading_it(run_cli: Cli, tmp_path: Path) -> None:
    file = tmp_path / "ogromny.twee"
    with file.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: nothing is really written
    result = run_cli("import-twee", file, "-o", tmp_path / "ogromny")
    assert result.exit_code == 1
    assert "52.4 MB; Twee files are limited to 4 MB" in result.stderr


def test_import_usage_errors(run_cli: Cli, tmp_path: Path) -> None:
    missing = run_cli("import-twee", tmp_path / "nie-ma.twee", "-o", tmp_path / "x")
    assert missing.exit_code == 2 and "no such file" in missing.stderr
    bad_name = run_cli("import-twee", STORY_50, "-o", tmp_path / "Zły Folder")
    assert bad_name.exit_code == 2 and "is not a scenario id" in bad_name.stderr
    no_output = run_cli("import-twee", STORY_50)
    assert no_output.exit_code == 2
    (tmp_path / "plik").write_text("x")
    not_folder = run_cli("import-twee", STORY_50, "-o", tmp_path / "plik")
    assert not_folder.exit_code == 1 and "not a folder" in not_folder.stderr


def test_export_then_import_gives_the_same_scenario(run_cli: Cli, tmp_path: Path) -> None:
    twee = tmp_path / "samouczek.twee"
    exported = run_cli("export-twee", TUTORIAL, "-o", twee)
    assert exported.exit_code == 0, exported.stderr
    assert "19 passage(s)" in exported.stderr
    assert twee.read_text(encoding="utf-8").startswith(":: StoryTitle\nSamouczek")
    folder = tmp_path / "tutorial"
    imported = run_cli("import-twee", twee, "-o", folder, "--json")
    assert imported.exit_code == 0, imported.stderr
    assert json.loads(imported.stdout)["warnings"] == []
    original, back = load_scenario(TUTORIAL).document, load_scenario(folder).document
    assert original is not None and back == original
    assert graph(back) == graph(original)


def test_export_keeps_map_positions(run_cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "tutorial"
    shutil.copytree(TUTORIAL, folder)
    (folder / "scenario.map.json").write_text(
        json.dumps({"format": 1, "nodes": {"welcome": [480.0, 320.0]}}), encoding="utf-8"
    )
    twee = tmp_path / "t.twee"
    assert run_cli("export-twee", folder, "-o", twee).exit_code == 0
    assert ':: Witaj w trenażerze [scene] {"position":"200,200"' in twee.read_text()
    back = tmp_path / "back" / "tutorial"
    assert run_cli("import-twee", twee, "-o", back).exit_code == 0
    assert load_positions(back / "scenario.map.json")["welcome"] == (480.0, 320.0)


def test_export_to_stdout_json_and_overwrite(run_cli: Cli, tmp_path: Path) -> None:
    out = run_cli("export-twee", TUTORIAL, "-o", "-")
    assert out.exit_code == 0 and out.stdout.startswith(":: StoryTitle\n")
    twee = tmp_path / "t.twee"
    twee.write_text("stare", encoding="utf-8")
    refused = run_cli("export-twee", TUTORIAL, "-o", twee)
    assert refused.exit_code == 1 and "add --force" in refused.stderr
    assert twee.read_text(encoding="utf-8") == "stare"
    forced = run_cli("export-twee", TUTORIAL, "-o", twee, "--force", "--json", "--lang", "en")
    assert forced.exit_code == 0
    assert json.loads(forced.stdout) == {"file": str(twee), "passages": 19, "warnings": []}
    assert twee.read_text(encoding="utf-8").startswith(":: StoryTitle\nTutorial:")


def test_export_refuses_broken_scenarios_and_unknown_languages(
    run_cli: Cli, tmp_path: Path
) -> None:
    broken = tmp_path / "zepsuty"
    broken.mkdir()
    (broken / "scenario.yaml").write_text("format: 1\nid: zepsuty\n", encoding="utf-8")
    result = run_cli("export-twee", broken, "-o", tmp_path / "z.twee")
    assert result.exit_code == 1 and "has errors" in result.stderr
    assert not (tmp_path / "z.twee").exists()
    language = run_cli("export-twee", TUTORIAL, "-o", tmp_path / "t.twee", "--lang", "de")
    assert language.exit_code == 1 and "no language 'de'" in language.stderr


def test_the_installed_command_refuses_a_binary_file(tmp_path: Path) -> None:
    file = tmp_path / "obraz.twee"
    file.write_bytes(bytes(range(256)) * 10)
    process = subprocess.run(
        [sys.executable, "-m", "trainer", "import-twee", str(file), "-o", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )
    assert process.returncode == 1
    assert "error:" in process.stderr and "Traceback" not in process.stderr


def test_the_twine_commands_load_neither_qt_nor_sqlalchemy(tmp_path: Path) -> None:
    # The CLI's promise (trainer/cli.py): its paths start fast, without the GUI or the DB.
    script = (
        "import sys\n"
        "from trainer.cli import main\n"
        "codes = [main(['export-twee', sys.argv[1], '-o', sys.argv[2]]),\n"
        "         main(['import-twee', sys.argv[2], '-o', sys.argv[3]])]\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'sqlalchemy'})\n"
        "print(codes, heavy)\n"
    )
    process = subprocess.run(
        [sys.executable, "-c", script, str(TUTORIAL), str(tmp_path / "t.twee"),
         str(tmp_path / "tutorial")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        check=False,
    )  # fmt: skip
    assert process.stdout.strip() == "[0, 0] []", process.stderr


def test_unwritable_places_are_errors_not_crashes(run_cli: Cli, tmp_path: Path) -> None:
    folder_as_output = run_cli("export-twee", TUTORIAL, "-o", tmp_path, "--force")
    assert folder_as_output.exit_code == 1 and "is a folder" in folder_as_output.stderr
    missing_parent = run_cli("export-twee", TUTORIAL, "-o", tmp_path / "nie" / "ma.twee")
    assert missing_parent.exit_code == 1 and "cannot write" in missing_parent.stderr
    blocker = tmp_path / "plik"
    blocker.write_text("x")
    under_a_file = run_cli("import-twee", STORY_50, "-o", blocker / "napis")
    assert under_a_file.exit_code == 1 and "cannot write" in under_a_file.stderr
