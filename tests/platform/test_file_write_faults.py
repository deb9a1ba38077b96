"""Every file the app writes itself survives an I/O error at any point (reliability.md T6).

In the style of SQLite's I/O-error loop: the file-system calls a write makes (opening
the temp file, each write and flush, fsync, the rename, opening the folder to fsync
it) are counted, and call number N fails with ENOSPC or EIO, for N = 1, 2, … until
the write gets through. The sweep runs twice: failing once, then failing every call
from the N-th on (a disk that stays full). After every N the target must be exactly
the old or the new version, and no temp file may be left beside it.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.storage.storage_support import golden_files
from trainer.fileio import TEMP_MARK, atomic_write_bytes, remove_stale_temps
from trainer.gui.settings import UiSettings
from trainer.services.reports import write_csv
from trainer.storage.backup import online_backup

FAULTS = [
    pytest.param(errno.ENOSPC, False, id="ENOSPC-once"),
    pytest.param(errno.EIO, False, id="EIO-once"),
    pytest.param(errno.ENOSPC, True, id="ENOSPC-from-then-on"),
]


# The calls of an atomic write: open the temp file, write, flush, fsync, rename, then
# open the folder and fsync it (not on Windows).
RENAME_CALL = 5


class Faults:
    """Fails call number ``at`` of the counted calls (and, ``sticky``, every later one)."""

    def __init__(self, at: int, code: int, *, sticky: bool) -> None:
        self.at = at
        self.code = code
        self.sticky = sticky
        self.calls = 0

    def hit(self, what: str) -> None:
        self.calls += 1
        if self.calls == self.at or (self.sticky and self.calls > self.at):
            raise OSError(self.code, os.strerror(self.code), what)

    @property
    def fired(self) -> bool:
        return self.calls >= self.at


class FaultyHandle:
    """A file opened for writing whose writes and flushes are counted calls."""

    def __init__(self, handle: Any, faults: Faults) -> None:
        self._handle = handle
        self._faults = faults

    def write(self, data: bytes) -> int:
        self._faults.hit("write")
        return int(self._handle.write(data))

    def flush(self) -> None:
        self._faults.hit("flush")
        self._handle.flush()

    def fileno(self) -> int:
        return int(self._handle.fileno())

    def close(self) -> None:
        self._handle.close()

    def __enter__(self) -> FaultyHandle:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._handle.close()


def inject(monkeypatch: pytest.MonkeyPatch, faults: Faults) -> None:
    real_open, real_fsync, real_replace, real_os_open = Path.open, os.fsync, os.replace, os.open

    def path_open(self: Path, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if not any(flag in mode for flag in "wa+x"):
            return real_open(self, mode, *args, **kwargs)
        faults.hit("open")
        return FaultyHandle(real_open(self, mode, *args, **kwargs), faults)

    def counted(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            faults.hit(name)
            return real(*args, **kwargs)

        return call

    monkeypatch.setattr(Path, "open", path_open)
    monkeypatch.setattr(os, "fsync", counted("fsync", real_fsync))
    monkeypatch.setattr(os, "replace", counted("replace", real_replace))
    monkeypatch.setattr(os, "open", counted("os.open", real_os_open))


def sweep(
    monkeypatch: pytest.MonkeyPatch,
    *,
    folder: Path,
    target: Path,
    write: Callable[[], object],
    reset: Callable[[], None],
    check: Callable[[bytes | None, BaseException | None, Faults], None],
    code: int,
    sticky: bool,
) -> int:
    """Run ``write`` failing at every fault point in turn; returns how many it has.

    ``check(content, raised, faults)`` sees the target's bytes (None: no file) after
    each run, what ``write`` raised, and the faults (was one hit, at which call).
    """
    for at in range(1, 100):
        reset()
        before = set(folder.iterdir())
        faults = Faults(at, code, sticky=sticky)
        raised: BaseException | None = None
        with monkeypatch.context() as patch:
            inject(patch, faults)
            try:
                write()
            except OSError as exc:
                raised = exc
        content = target.read_bytes() if target.exists() else None
        check(content, raised, faults)
        left = {p for p in folder.iterdir() if p not in before and p != target}
        assert not left, f"fault point {at}: left behind {sorted(p.name for p in left)}"
        assert not any(TEMP_MARK in p.name for p in folder.iterdir()), f"fault point {at}"
        if not faults.fired:
            return at - 1
    pytest.fail("the write never got through")


@pytest.mark.parametrize(("code", "sticky"), FAULTS)
@pytest.mark.parametrize("existing", [True, False], ids=["replacing", "new-file"])
def test_the_atomic_write_leaves_the_old_file_or_the_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, sticky: bool, existing: bool
) -> None:
    target = tmp_path / "file.bin"
    old, new = b"old version\n" * 100, b"new version\n" * 200

    def reset() -> None:
        target.unlink(missing_ok=True)
        if existing:
            target.write_bytes(old)

    def check(content: bytes | None, raised: BaseException | None, faults: Faults) -> None:
        assert content in ((old if existing else None), new)
        if faults.fired:
            assert isinstance(raised, OSError) and raised.errno == code  # said, not hidden
            if faults.at <= RENAME_CALL:  # the folder's fsync comes after the rename
                assert content == (old if existing else None)
        else:
            assert raised is None and content == new

    points = sweep(
        monkeypatch,
        folder=tmp_path,
        target=target,
        write=lambda: atomic_write_bytes(target, new),
        reset=reset,
        check=check,
        code=code,
        sticky=sticky,
    )
    # open, write, flush, fsync, replace, then the folder: open and fsync.
    assert points == (7 if os.name != "nt" else 5)


@pytest.mark.parametrize(("code", "sticky"), FAULTS)
def test_settings_stay_readable_and_a_failed_save_is_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, sticky: bool
) -> None:
    path = tmp_path / "settings.json"
    settings = UiSettings(path)

    def reset() -> None:
        path.write_text(json.dumps({"language": "pl", "point_size": 11}), encoding="utf-8")

    def save() -> None:
        settings.language, settings.point_size = "en", 14
        settings.save()  # preferences: a failure costs a dialog nobody needs

    def check(content: bytes | None, raised: BaseException | None, faults: Faults) -> None:
        assert raised is None
        loaded = UiSettings(path)
        assert (loaded.language, loaded.point_size) in (("pl", 11), ("en", 14))
        assert content is not None and json.loads(content)  # whole JSON, never half

    assert (
        sweep(
            monkeypatch,
            folder=tmp_path,
            target=path,
            write=save,
            reset=reset,
            check=check,
            code=code,
            sticky=sticky,
        )
        > 0
    )


@pytest.mark.parametrize(("code", "sticky"), FAULTS)
def test_a_csv_export_is_whole_or_not_there_and_the_error_is_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, sticky: bool
) -> None:
    target = tmp_path / "export.csv"
    rows = [[f"attempt {n}", "72"] for n in range(500)]

    def check(content: bytes | None, raised: BaseException | None, faults: Faults) -> None:
        if content is not None:
            assert content.decode("utf-8-sig").count("\n") == len(rows) + 1
        if faults.fired:
            assert raised is not None  # the export dialog tells the officer
        else:
            assert raised is None and content is not None

    sweep(
        monkeypatch,
        folder=tmp_path,
        target=target,
        write=lambda: write_csv(target, ["attempt", "percent"], rows),
        reset=lambda: target.unlink(missing_ok=True),
        check=check,
        code=code,
        sticky=sticky,
    )


@pytest.mark.parametrize(("code", "sticky"), FAULTS)
def test_a_backup_is_whole_or_not_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, sticky: bool
) -> None:
    # A real progress database: a backup copy must pass the app's full check, schema
    # included, so a stand-in schema would be refused whatever the faults.
    source = tmp_path / "progress.db"
    shutil.copyfile(golden_files()[-1], source)
    with sqlite3.connect(source) as connection:
        (steps,) = connection.execute("SELECT count(*) FROM steps").fetchone()
    connection.close()
    folder = tmp_path / "backups"
    folder.mkdir()
    target = folder / "progress-backup.db"

    def check(content: bytes | None, raised: BaseException | None, faults: Faults) -> None:
        if content is not None:
            with sqlite3.connect(f"file:{target}?mode=ro", uri=True) as copy:
                assert copy.execute("SELECT count(*) FROM steps").fetchone() == (steps,)
            copy.close()
        if not faults.fired:
            assert raised is None and content is not None

    sweep(
        monkeypatch,
        folder=folder,
        target=target,
        write=lambda: online_backup(source, target),
        reset=lambda: target.unlink(missing_ok=True),
        check=check,
        code=code,
        sticky=sticky,
    )


def test_temp_files_left_by_a_crash_are_removed_at_the_next_start(tmp_path: Path) -> None:
    """A process killed between writing its temp file and the rename leaves the temp."""
    (tmp_path / "settings.json").write_text("{}", encoding="utf-8")
    (tmp_path / f"settings.json{TEMP_MARK}4242").write_text('{"lang', encoding="utf-8")
    (tmp_path / f"progress.db{TEMP_MARK}17").write_bytes(b"half a backup")
    assert remove_stale_temps(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
