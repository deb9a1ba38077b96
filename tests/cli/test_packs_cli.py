"""``trainer pack export|import`` and ``trainer scenarios list`` through the CLI's entry point."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.exchange.key_support import PASSPHRASE, make_centre
from tests.exchange.pack_support import content, make_scenario, members_of, snapshot, write_zip
from trainer.exchange.centre_keys import read_public_key
from trainer.exchange.trust_store import TrustStore

REPO = Path(__file__).resolve().parents[2]

Cli = Callable[..., Any]


INSTRUCTOR = "Instruktor Nowak"
PASSWORD = "Silne-Haslo-2026"


@pytest.fixture
def authored(tmp_path: Path) -> Path:
    return make_scenario(tmp_path / "authoring", "park-incident")


@pytest.fixture
def confirmed(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    """``pack import ARGS`` confirmed by the station's instructor (unsigned packs need it)."""
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
    assert cli("setup", INSTRUCTOR, "--secret-stdin").exit_code == 0

    def run(*args: str | os.PathLike[str]) -> Any:
        monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSWORD}\n"))
        return cli("pack", "import", *args, "--by", INSTRUCTOR, "--secret-stdin")

    return run


def test_export_then_import_round_trips(
    cli: Cli, confirmed: Cli, data_dir: Path, tmp_path: Path, authored: Path
) -> None:
    pack = tmp_path / "park.zip"
    exported = cli("pack", "export", authored, "-o", pack)
    assert exported.exit_code == 0, exported.stderr
    assert f"wrote {pack}: park-incident (version 1)" in exported.stderr
    imported = confirmed(pack)
    assert imported.exit_code == 0, imported.stderr
    assert imported.stdout == "park-incident (version 1): installed: new\n"
    assert "unofficial" in imported.stderr
    assert content(data_dir / "scenarios" / "park-incident") == snapshot(authored)
    again = confirmed(pack, "--json")
    assert again.exit_code == 0
    assert again.json() == [
        {
            "id": "park-incident",
            "version": 1,
            "action": "skipped-same",
            "reason": "version 1 is installed with the same files",
            "path": str(data_dir / "scenarios" / "park-incident"),
            "previous_version": 1,
            "official": False,
            "signed_by": None,
            "code": "same-files",
        }
    ]


def test_export_by_installed_id_is_deterministic(cli: Cli, tmp_path: Path) -> None:
    first = cli("pack", "export", "tutorial", "-o", tmp_path / "a.zip", "--json")
    assert first.exit_code == 0, first.stderr
    assert first.json()["scenarios"] == [{"id": "tutorial", "version": 1, "files": 1}]
    assert cli("pack", "export", "tutorial", "-o", tmp_path / "b.zip").exit_code == 0
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()
    refused = cli("pack", "export", "tutorial", "-o", tmp_path / "a.zip")
    assert refused.exit_code == 1 and "--force" in refused.stderr


def test_export_refuses_an_invalid_scenario(cli: Cli, tmp_path: Path, authored: Path) -> None:
    file = authored / "scenario.yaml"
    file.write_text(file.read_text("utf-8").replace("\nstart:", "\nstartx:", 1), "utf-8")
    result = cli("pack", "export", authored, "-o", tmp_path / "p.zip")
    assert result.exit_code == 1
    assert "park-incident" in result.stderr and "cannot be exported" in result.stderr
    assert not (tmp_path / "p.zip").exists()


def test_hostile_pack_exit_1_names_the_member_and_writes_nothing(
    cli: Cli, confirmed: Cli, data_dir: Path, tmp_path: Path, authored: Path
) -> None:
    cli("pack", "export", authored, "-o", tmp_path / "p.zip")
    assert confirmed(tmp_path / "p.zip").exit_code == 0
    members = sorted(members_of(tmp_path / "p.zip").items())
    hostile = write_zip(tmp_path / "evil.zip", [*members, ("../../outside.png", b"x")])
    before = snapshot(data_dir)
    result = cli("pack", "import", hostile)
    assert result.exit_code == 1
    assert "'../../outside.png'" in result.stderr and "'..'" in result.stderr
    assert "nothing was installed" in result.stderr
    assert snapshot(data_dir) == before
    assert not (tmp_path.parent / "outside.png").exists()


def test_version_refusal_exit_1_and_yes(
    cli: Cli, confirmed: Cli, data_dir: Path, tmp_path: Path, authored: Path
) -> None:
    cli("pack", "export", authored, "-o", tmp_path / "v1.zip")
    assert confirmed(tmp_path / "v1.zip").exit_code == 0
    other = make_scenario(tmp_path / "other", "park-incident")
    (other / "scenario.map.json").write_text('{"format": 2, "nodes": {}}', encoding="utf-8")
    cli("pack", "export", other, "-o", tmp_path / "other.zip")
    refused = confirmed(tmp_path / "other.zip")
    assert refused.exit_code == 1
    assert "refused: version 1 is installed with different content" in refused.stdout
    replaced = confirmed(tmp_path / "other.zip", "--yes")
    assert replaced.exit_code == 0 and ": replaced:" in replaced.stdout
    assert content(data_dir / "scenarios" / "park-incident") == snapshot(other)


def test_import_missing_file_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    result = cli("pack", "import", tmp_path / "nothing.zip")
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_not_a_zip(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    fake = tmp_path / "fake.zip"
    fake.write_text("hello", encoding="utf-8")
    result = cli("pack", "import", fake)
    assert result.exit_code == 1 and "not a readable zip" in result.stderr
    assert not (data_dir / "scenarios").exists()


def test_scenarios_list(
    cli: Cli, confirmed: Cli, data_dir: Path, tmp_path: Path, authored: Path
) -> None:
    cli("pack", "export", authored, "-o", tmp_path / "p.zip")
    assert confirmed(tmp_path / "p.zip").exit_code == 0
    listed = cli("scenarios", "list", "--json")
    assert listed.exit_code == 0, listed.stderr
    entries = listed.json()
    shipped = sorted(p.name for p in (REPO / "scenarios").iterdir() if p.is_dir())
    assert [e["id"] for e in entries if e["source"] == "shipped"] == shipped
    assert entries[-1] == {
        "id": "park-incident",
        "version": 1,
        "source": "user",
        "path": str(data_dir / "scenarios" / "park-incident"),
        "signed_by": None,
        "official": False,
        "signer_fingerprint": None,
        "from_pack": True,
    }
    assert {e["signed_by"] for e in entries} == {None}
    assert all(e["official"] for e in entries if e["source"] == "shipped")
    text = cli("scenarios", "list")
    assert text.exit_code == 0
    assert any(
        line.split()[:3] == ["park-incident", "v1", "user"] for line in text.stdout.splitlines()
    )


def test_real_entry_point(tmp_path: Path, authored: Path) -> None:
    """The installed command, as a station runs it (a child process, exit code and all)."""
    data = tmp_path / "station"
    env = {**os.environ, "TRAINER_DATA_DIR": str(data)}
    pack = tmp_path / "p.zip"

    def run(*args: str | os.PathLike[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "trainer", *map(os.fspath, args)],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            timeout=120,
            input=stdin,
        )

    assert run("pack", "export", authored, "-o", pack).returncode == 0
    refused = run("pack", "import", pack)
    assert refused.returncode == 1 and "--by INSTRUCTOR" in refused.stderr
    assert "Traceback" not in refused.stderr and not (data / "scenarios").exists()
    assert run("setup", INSTRUCTOR, "--secret-stdin", stdin=f"{PASSWORD}\n").returncode == 0
    imported = run("pack", "import", pack, "--by", INSTRUCTOR, "--secret-stdin", stdin=PASSWORD)
    assert imported.returncode == 0, imported.stderr
    assert "park-incident (version 1): installed" in imported.stdout
    assert (data / "scenarios" / "park-incident" / "scenario.yaml").is_file()


def test_a_disk_failure_while_installing_is_exit_1_not_a_crash(
    cli: Cli, data_dir: Path, tmp_path: Path, authored: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Signed by a trusted centre: it installs without an instructor (no database opened).
    centre = make_centre(tmp_path / "centre")
    TrustStore.for_data_dir(data_dir).add(read_public_key(centre.public))
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSPHRASE}\n"))
    signed = cli(
        "pack",
        "export",
        authored,
        "-o",
        tmp_path / "p.zip",
        "--sign",
        centre.private,
        "--passphrase-stdin",
    )
    assert signed.exit_code == 0, signed.stderr

    def full(source: object, target: object) -> None:
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr(os, "replace", full)
    result = cli("pack", "import", tmp_path / "p.zip")
    monkeypatch.undo()
    assert result.exit_code == 1, result.stderr
    assert "No space left on device" in result.stderr and "internal error" not in result.stderr
    assert not (data_dir / "scenarios" / "park-incident").exists()
    assert not list(data_dir.glob(".pack-staging-*"))


@pytest.mark.parametrize("by", [False, True])
def test_import_waits_for_the_desktop_app_to_close(
    cli: Cli, tmp_path: Path, data_dir: Path, by: bool
) -> None:
    """The app reads the library while it is open: an import then goes through its dialog."""
    from trainer.storage.instance_lock import InstanceLock

    source = make_scenario(tmp_path / "authored", "while-open")
    pack = tmp_path / "pack.zip"
    assert cli("pack", "export", source, "-o", pack).exit_code == 0
    if by:
        assert cli("profile", "list").exit_code == 0  # the database exists
    before = snapshot(data_dir / "scenarios") if (data_dir / "scenarios").exists() else {}
    with InstanceLock(data_dir):  # as the desktop app holds it
        args = ["pack", "import", pack] + (["--by", "Nobody"] if by else [])
        refused = cli(*args)
    assert refused.exit_code != 0
    assert "already running with the data folder" in refused.stderr
    assert "Traceback" not in refused.stderr
    after = snapshot(data_dir / "scenarios") if (data_dir / "scenarios").exists() else {}
    assert after == before
    if not by:
        assert "Scenario packs" in refused.stderr
        closed = cli("pack", "import", pack)  # once the app is closed: on to the signature
        assert "already running" not in closed.stderr and "--by INSTRUCTOR" in closed.stderr
