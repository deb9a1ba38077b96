"""Bad input or environment gets a clear message and exit 1 or 2, never exit 3 (issue 13, 13).

Each case runs the real ``trainer`` entry point in a subprocess (bytes arguments,
another user, no display need one), with the environment it names. Covers T5 (I/O
problems seen as clear errors), T8 (a data folder that cannot hold the database)
and T20 (deeply nested JSON: RecursionError turned into "no cache").
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from trainer.app import display_missing
from trainer.services.card_cache import cached_cards

REPO = Path(__file__).resolve().parents[2]
TUTORIAL = REPO / "scenarios" / "tutorial"
PLAY = ["play", str(TUTORIAL), "--profile", "Jan", "--choose", "keep_and_come"]
NOBODY = 65534


@dataclass(frozen=True)
class Case:
    name: str
    arrange: Callable[[Path], list[str | bytes]]  # builds the situation, returns the args
    exit_code: int
    says: tuple[str, ...]
    as_nobody: bool = False


def _file(tmp: Path) -> list[str | bytes]:
    (tmp / "afile").write_text("not a folder")
    return [*PLAY, "--data-dir", str(tmp / "afile")]


def _file_read_only_command(tmp: Path) -> list[str | bytes]:
    (tmp / "afile").write_text("not a folder")
    return ["profile", "list", "--data-dir", str(tmp / "afile")]


def _loop(tmp: Path) -> list[str | bytes]:
    (tmp / "loop").symlink_to(tmp / "loop")
    return [*PLAY, "--data-dir", str(tmp / "loop")]


def _dangling(tmp: Path) -> list[str | bytes]:
    (tmp / "gone").symlink_to(tmp / "nowhere" / "file.txt")
    (tmp / "nowhere").mkdir()
    (tmp / "nowhere" / "file.txt").write_text("")
    (tmp / "nowhere" / "file.txt").unlink()
    return ["profile", "list", "--data-dir", str(tmp / "gone")]


def _proc_self(tmp: Path) -> list[str | bytes]:
    return [*PLAY, "--data-dir", "/proc/self"]


def _read_only(tmp: Path) -> list[str | bytes]:
    folder = tmp / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    return [*PLAY, "--data-dir", str(folder)]


def _empty(tmp: Path) -> list[str | bytes]:
    return [*PLAY, "--data-dir", ""]


def _empty_gui(tmp: Path) -> list[str | bytes]:
    return ["--data-dir", ""]


def _bad_byte(tmp: Path) -> list[str | bytes]:
    args: list[str | bytes] = [*PLAY, "--data-dir", str(tmp / "data")]
    args[args.index("Jan")] = b"Jan\xff Kowal"
    return args


def _bad_byte_in_create(tmp: Path) -> list[str | bytes]:
    return ["profile", "create", b"Ann\xe9", "--data-dir", str(tmp / "data")]


CASES = [
    Case("data folder is a file", _file, 1, ("is a file, not a folder", "afile")),
    Case("file, read-only command", _file_read_only_command, 1, ("is a file, not a folder",)),
    Case("symlink loop", _loop, 1, ("loops back on itself", "loop")),
    Case("dangling symlink", _dangling, 1, ("does not exist", "gone")),
    Case("/proc/self", _proc_self, 1, ("inside /proc", "/proc/self")),
    Case(
        "read-only folder",
        _read_only,
        1,
        ("cannot write in the data folder", "read-only", "Permission denied"),
        as_nobody=True,
    ),
    Case("--data-dir empty", _empty, 2, ("--data-dir", "empty folder name")),
    Case("--data-dir empty, app", _empty_gui, 2, ("--data-dir", "empty folder name")),
    Case("non-UTF-8 --profile", _bad_byte, 2, ("--profile is not valid text", "0xff")),
    Case("non-UTF-8 name", _bad_byte_in_create, 2, ("name is not valid text", "0xe9")),
]


def run_trainer(
    args: list[str | bytes], env: dict[str, str], *, as_nobody: bool = False
) -> subprocess.CompletedProcess[bytes]:
    prefix: list[str] = []
    if as_nobody and os.geteuid() == 0:  # root ignores file modes: test as a plain user
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: a read-only folder cannot be made")
        prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        # A checkout in a folder only root may enter (mktemp -d makes one) cannot be run
        # by another user at all: the in-process test below covers that case.
        probe = subprocess.run(
            [*prefix, sys.executable, "-c", "import trainer"], capture_output=True, cwd=REPO
        )
        if probe.returncode != 0:
            pytest.skip("this checkout cannot be run by another user (its folder is private)")
    return subprocess.run(
        [*prefix, sys.executable, "-m", "trainer", *args],
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
        cwd=REPO,
    )


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_environment_gets_a_clear_message(tmp_path: Path, case: Case) -> None:
    """T5/T8: each bad folder or argument: exit 1 or 2, a message naming what and where."""
    if case.as_nobody:
        tmp_path.chmod(0o777)
        for parent in tmp_path.parents:
            if parent == Path("/"):
                break
            if not os.access(parent, os.X_OK, effective_ids=False):
                pytest.skip("the test folder is not reachable by another user")
    args = case.arrange(tmp_path)
    env = {**os.environ, "TRAINER_DATA_DIR": str(tmp_path / "default-data")}
    result = run_trainer(args, env, as_nobody=case.as_nobody)
    stderr = result.stderr.decode("utf-8", "replace")
    assert result.returncode == case.exit_code, stderr
    assert "Traceback" not in stderr and "internal error" not in stderr
    for part in case.says:
        if part == "read-only":
            continue  # named by its path
        assert part in stderr, stderr
    assert not (tmp_path / "default-data").exists()  # never silently the default folder


def test_no_display_says_how_to_run(tmp_path: Path) -> None:
    """Without DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM the app explains instead of aborting."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    env["TRAINER_DATA_DIR"] = str(tmp_path / "data")
    for args in ([], ["--self-test"]):
        result = run_trainer(list(args), env)
        stderr = result.stderr.decode()
        assert result.returncode == 1, stderr
        assert "no display was found" in stderr
        assert "QT_QPA_PLATFORM=offscreen" in stderr and "trainer --help" in stderr


@pytest.mark.parametrize(
    ("environ", "platform", "missing"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"DISPLAY": ""}, "linux", True),
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_display_detection(environ: dict[str, str], platform: str, missing: bool) -> None:
    assert display_missing(environ, platform) is missing


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 200_000 + b"]" * 200_000,
        b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
        b"\xff\xfe not json",
        b'{"format": 1, "app": null, "cards": [[[]]]}',
        b"",
    ],
    ids=["deep list", "deep object", "not UTF-8", "wrong shape", "empty"],
)
def test_an_unreadable_card_cache_counts_as_none(tmp_path: Path, content: bytes) -> None:
    """T20: a damaged cache (deep nesting, garbage) is ignored: the folders are read instead."""
    cache = tmp_path / "cache" / "library-cards.json"
    cache.parent.mkdir()
    cache.write_bytes(content)
    assert cached_cards(cache, [(TUTORIAL.parent, "shipped")]) is None


def test_a_deeply_nested_settings_file_is_ignored(tmp_path: Path) -> None:
    """T20: the app's settings file, nested too deep, is read as no settings."""
    from trainer.gui.settings import DEFAULT_LANGUAGE, UiSettings

    path = tmp_path / "settings.json"
    path.write_text("[" * 200_000 + "]" * 200_000)
    assert UiSettings(path).language == DEFAULT_LANGUAGE


def test_a_read_only_data_folder_gets_a_clear_message_in_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Callable[..., Any]
) -> None:
    """T5/T8: the folder refuses the write check (as a read-only one does for a plain user;
    root ignores file modes): exit 1 and a message naming the folder, nothing created."""
    import tempfile

    def refuse(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    folder = tmp_path / "read-only"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    result = run_cli(*PLAY, "--data-dir", folder)
    assert result.exit_code == 1, result.stderr
    assert "cannot write in the data folder" in result.stderr and str(folder) in result.stderr
    assert "Permission denied" in result.stderr and "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []
