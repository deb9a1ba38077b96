"""The instructor's scenarios: new from a template, duplicate, rename, delete and restore."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from trainer.authoring.workspace import ScenarioWorkspace, WorkspaceError
from trainer.scenario_io.reader import load_scenario

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"

COMMENTED = """\
# My scenario: the comments stay.
format: 1.1
id: mine   # equals the folder
version: 2
languages: [pl, en]
title: {pl: "Mój", en: "Mine"}
competencies:
  communication: {}
start: ask
nodes:
  ask:
    type: decision
    title: {pl: "Pytanie", en: "Question"}
    text: {pl: "Co robisz?", en: "What do you do?"}
    choices:
      - {id: a, text: {pl: "Rozmowa", en: "Talk"}, rating: best, score: {communication: 1},
         feedback: {pl: "Dobrze.", en: "Good."}, next: end}
      - {id: b, text: {pl: "Czekam", en: "Wait"}, rating: poor,
         feedback: {pl: "Źle.", en: "Bad."}, next: end}
  end: {type: ending, outcome: success, text: {pl: "Koniec", en: "The end"}}
"""


@pytest.fixture
def workspace(tmp_path: Path) -> ScenarioWorkspace:
    shipped = tmp_path / "shipped"
    shipped.mkdir()
    shutil.copytree(SCENARIOS / "tutorial", shipped / "tutorial")
    return ScenarioWorkspace(tmp_path / "own", shipped, tmp_path / "trash")


def _mine(workspace: ScenarioWorkspace) -> Path:
    folder = workspace.own_dir / "mine"
    folder.mkdir(parents=True)
    (folder / "scenario.yaml").write_text(COMMENTED, encoding="utf-8")
    (folder / "media").mkdir()
    (folder / "media" / "note.txt").write_text("kept", encoding="utf-8")
    return folder


def _strict_findings(folder: Path) -> list[str]:
    return [f.format_line() for f in load_scenario(folder, pedagogy=True).findings]


@pytest.mark.parametrize("languages", [["pl", "en"], ["en"], ["pl", "en", "uk"]])
def test_a_new_scenario_validates_strictly(
    workspace: ScenarioWorkspace, languages: list[str]
) -> None:
    file = workspace.new_from_template(
        "first-case", title={"pl": "Pierwszy", "en": "First"}, languages=languages
    )
    assert file == workspace.own_dir / "first-case" / "scenario.yaml"
    assert _strict_findings(file.parent) == []
    result = load_scenario(file.parent)
    assert result.scenario is not None
    assert list(result.scenario.languages) == languages
    [entry] = workspace.own()
    assert entry.scenario_id == "first-case" and entry.version == 1 and not entry.read_only
    assert entry.title["en"] == "First"


@pytest.mark.parametrize("bad", ["", "Big", "with space", "-lead", "a" * 65, "under_score"])
def test_a_bad_id_is_refused(workspace: ScenarioWorkspace, bad: str) -> None:
    with pytest.raises(WorkspaceError, match="not a valid scenario id"):
        workspace.new_from_template(bad, title={"en": "X"}, languages=["en"])
    assert not workspace.own_dir.exists() or not any(workspace.own_dir.iterdir())


def test_an_id_used_in_own_or_shipped_is_refused(workspace: ScenarioWorkspace) -> None:
    with pytest.raises(WorkspaceError, match=r"'tutorial' is already used by .*shipped"):
        workspace.new_from_template("tutorial", title={"en": "X"}, languages=["en"])
    _mine(workspace)
    with pytest.raises(WorkspaceError, match="'mine' is already used"):
        workspace.new_from_template("mine", title={"en": "X"}, languages=["en"])
    with pytest.raises(WorkspaceError, match="not a language code"):
        workspace.new_from_template("other", title={"en": "X"}, languages=["English"])


def test_shipped_are_listed_read_only(workspace: ScenarioWorkspace) -> None:
    [entry] = workspace.shipped()
    assert entry.read_only and entry.scenario_id == "tutorial" and entry.version == 1
    assert entry.title["pl"].startswith("Samouczek")


def test_duplicate_of_a_shipped_scenario_is_own_and_valid(workspace: ScenarioWorkspace) -> None:
    source = workspace.shipped_dir / "tutorial" / "scenario.yaml"
    file = workspace.duplicate(source.parent, "my-tutorial")
    assert file == workspace.own_dir / "my-tutorial" / "scenario.yaml"
    before, after = source.read_text().splitlines(), file.read_text().splitlines()
    assert [a for a, b in zip(before, after, strict=True) if a != b] == ["id: tutorial"]
    assert "id: my-tutorial" in after
    assert not [f for f in load_scenario(file.parent).findings if f.is_error]
    assert [e.scenario_id for e in workspace.own()] == ["my-tutorial"]
    assert source.read_text() == "\n".join(before) + "\n"  # the original is untouched


def test_rename_changes_the_id_line_and_the_folder(workspace: ScenarioWorkspace) -> None:
    folder = _mine(workspace)
    file = workspace.rename(folder, "ours")
    assert file == workspace.own_dir / "ours" / "scenario.yaml"
    assert not folder.exists()
    text = file.read_text(encoding="utf-8")
    assert text == COMMENTED.replace("id: mine   #", "id: ours   #")
    assert (file.parent / "media" / "note.txt").read_text() == "kept"
    assert not [f for f in load_scenario(file.parent).findings if f.is_error]


def test_rename_refuses_a_taken_id_and_shipped_folders(workspace: ScenarioWorkspace) -> None:
    folder = _mine(workspace)
    with pytest.raises(WorkspaceError, match="'tutorial' is already used"):
        workspace.rename(folder, "tutorial")
    with pytest.raises(WorkspaceError, match="read-only"):
        workspace.rename(workspace.shipped_dir / "tutorial", "mine-2")
    assert (folder / "scenario.yaml").read_text(encoding="utf-8") == COMMENTED


def test_delete_then_restore(workspace: ScenarioWorkspace) -> None:
    folder = _mine(workspace)
    entry = workspace.delete(folder)
    assert not folder.exists() and workspace.own() == []
    assert entry.folder.parent == workspace.trash_dir
    assert entry.folder.name.endswith("-mine") and entry.scenario_id == "mine"
    assert entry.original == folder and entry.title == {"pl": "Mój", "en": "Mine"}
    assert workspace.trash() == [entry]
    file = workspace.restore(entry)
    assert file == folder / "scenario.yaml"
    assert file.read_text(encoding="utf-8") == COMMENTED
    assert (folder / "media" / "note.txt").exists()
    assert workspace.trash() == []


def test_restore_refuses_when_the_id_is_taken_again(workspace: ScenarioWorkspace) -> None:
    entry = workspace.delete(_mine(workspace))
    workspace.new_from_template("mine", title={"en": "Again"}, languages=["en"])
    with pytest.raises(WorkspaceError, match=r"'mine': the id is taken again by .*own.*mine"):
        workspace.restore(entry)
    assert workspace.trash() == [entry]


def test_two_deletes_of_one_id_both_stay_in_the_trash(workspace: ScenarioWorkspace) -> None:
    first = workspace.delete(_mine(workspace))
    second = workspace.delete(_mine(workspace))
    assert first.folder != second.folder
    assert {e.folder for e in workspace.trash()} == {first.folder, second.folder}


def test_a_broken_file_is_listed_and_cannot_be_renamed(workspace: ScenarioWorkspace) -> None:
    folder = workspace.own_dir / "broken"
    folder.mkdir(parents=True)
    (folder / "scenario.yaml").write_text("id: [unclosed\n", encoding="utf-8")
    [entry] = workspace.own()
    assert entry.scenario_id == "broken" and entry.title == {} and entry.version is None
    with pytest.raises(WorkspaceError, match=r"broken.*cannot read the scenario"):
        workspace.rename(folder, "fixed")
    assert folder.exists()
