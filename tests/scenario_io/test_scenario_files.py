"""Which file is the scenario: one real file inside the folder, never a link or a choice (T23)."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.scenario_io.image_files import png
from tests.scenario_io.test_validation_rules import BASE, node, to_yaml, write
from trainer.scenario_io.reader import load_scenario


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "scenarios" / "base"
    folder.mkdir(parents=True)
    return folder


def _secret(tmp_path: Path) -> Path:
    """A YAML file outside the scenario folder whose keys must never be echoed."""
    secret = tmp_path / "private.yaml"
    secret.write_text("secret_key_alpha: 1\nsecret_key_beta: 2\n", encoding="utf-8")
    return secret


@pytest.mark.parametrize("name", ["scenario.yaml", "scenario.yml", "scenario.json"])
@pytest.mark.parametrize("target", ["outside", "inside", "dangling"])
def test_a_linked_scenario_file_is_refused_unread(tmp_path: Path, name: str, target: str) -> None:
    folder = _folder(tmp_path)
    if target == "outside":
        pointed = _secret(tmp_path)
    elif target == "inside":
        pointed = folder / "real.yaml"
        pointed.write_text(to_yaml(copy.deepcopy(BASE)), encoding="utf-8")
    else:
        pointed = tmp_path / "gone.yaml"
    (folder / name).symlink_to(pointed)
    result = load_scenario(folder)
    assert [f.code for f in result.findings] == ["linked-file"]
    assert result.scenario is None
    finding = result.findings[0]
    assert finding.file == str(folder / name)
    assert "symbolic link" in finding.message
    assert "secret_key" not in finding.message


def test_the_cli_refuses_a_linked_scenario_file_without_echoing_it(
    tmp_path: Path, run_cli: Callable[..., Any]
) -> None:
    folder = _folder(tmp_path)
    (folder / "scenario.yaml").symlink_to(_secret(tmp_path))
    result = run_cli("validate", str(folder))
    assert result.exit_code == 1
    output = result.stdout + result.stderr
    assert "symbolic link" in output
    assert "secret_key" not in output
    assert "Traceback" not in output


@pytest.mark.parametrize(
    "names",
    [
        ("scenario.yaml", "scenario.json"),
        ("scenario.yaml", "scenario.yml"),
        ("scenario.yml", "scenario.json"),
        ("scenario.yaml", "scenario.yml", "scenario.json"),
    ],
)
def test_several_scenario_files_are_an_error_not_a_choice(
    tmp_path: Path, names: tuple[str, ...]
) -> None:
    folder = _folder(tmp_path)
    for name in names:
        content = json.dumps(BASE) if name.endswith("json") else to_yaml(copy.deepcopy(BASE))
        (folder / name).write_text(content, encoding="utf-8")
    result = load_scenario(folder)
    assert [f.code for f in result.findings] == ["several-scenario-files"]
    assert result.scenario is None
    message = result.findings[0].message
    assert all(name in message for name in names)


def test_a_linked_media_folder_or_image_leading_outside_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "photo.png").write_bytes(png())
    for reference, make in [
        ("media/photo.png", lambda folder: (folder / "media").symlink_to(outside)),
        ("photo.png", lambda folder: (folder / "photo.png").symlink_to(outside / "photo.png")),
    ]:
        root = tmp_path / reference.replace("/", "-")
        written = write(root, lambda d, r=reference: node(d, "intro").update(image=r))
        make(written.folder)
        findings = written.load().findings
        assert [(f.code, f.node) for f in findings] == [("bad-image-path", "intro")], findings
        assert "outside the scenario folder" in findings[0].message


def test_the_card_cache_never_reads_through_a_linked_scenario_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.services.card_cache import folder_signature

    folder = _folder(tmp_path)
    secret = _secret(tmp_path)
    (folder / "scenario.yaml").symlink_to(secret)
    opened: list[Path] = []
    real_open = Path.open

    def spy(self: Path, *args: Any, **kwargs: Any) -> Any:
        opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    signature = folder_signature(folder)
    assert opened == []
    secret.write_text("secret_key_gamma: 3\n", encoding="utf-8")
    assert folder_signature(folder) != signature  # a change behind the link still shows
