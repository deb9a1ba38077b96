"""Shared test set-up: headless Qt, hermetic folders, and an in-process CLI runner."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# Qt must never look for a display, and must be set before any Qt import.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

REPO_ROOT = Path(__file__).resolve().parent.parent
SCENARIOS_DIR = REPO_ROOT / "scenarios"


@pytest.fixture(autouse=True, scope="session")
def _database() -> Iterator[None]:
    """SQLite in the tests' data folders, or with TRAINER_TEST_DB_URL a fresh schema per
    data folder on that PostgreSQL server (tests/postgres_support.py); never the
    developer's own TRAINER_DB_URL. Session-wide, so that stores opened by module-scoped
    fixtures go where the tests' own do."""
    from tests.postgres_support import TEST_DB_URL, SchemaPerFolder

    with pytest.MonkeyPatch.context() as patch:
        patch.delenv("TRAINER_DB_URL", raising=False)
        if TEST_DB_URL is None:
            yield
            return
        from trainer import paths

        schemas = SchemaPerFolder()
        patch.setattr(paths, "database_url", schemas)
        try:
            yield
        finally:
            schemas.close()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the PostgreSQL run, skip the tests about the SQLite file itself (with why)."""
    from tests.postgres_support import TEST_DB_URL

    if TEST_DB_URL is None:
        return
    for item in items:
        marker = item.get_closest_marker("sqlite_only")
        if marker is not None:
            reason = marker.args[0] if marker.args else "about the SQLite file itself"
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


@pytest.fixture(autouse=True)
def _hermetic_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point the app's data folder at a temp dir so no test touches the real user folder."""
    data_dir = tmp_path_factory.mktemp("data")
    old = os.environ.get("TRAINER_DATA_DIR")
    os.environ["TRAINER_DATA_DIR"] = str(data_dir)
    yield data_dir
    if old is None:
        os.environ.pop("TRAINER_DATA_DIR", None)
    else:
        os.environ["TRAINER_DATA_DIR"] = old


#: The shipped scenarios as read once in this test session, by folder and signature.
_SHIPPED_READS: dict[tuple[str, str, tuple[str, ...]], Any] = {}


@pytest.fixture(autouse=True)
def _shipped_scenarios_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the app read each unchanged shipped scenario once per test session.

    Reading one with its exact analysis takes up to 1.5 s; every window a test opens
    reads all nine, and every ``trainer play`` of a content case reads its scenario. The
    read is a pure function of the folder's files, which the signature covers, so a
    changed file is read again. Only the shipped folder is shared, and only plain reads
    (no pedagogy): tests of reading itself (hostile files, audits of what is opened) see
    every read they cause. The key holds the format versions the reader accepts, so a
    test that narrows them (a version-1 reader) reads again.
    """
    from trainer.domain import checks
    from trainer.scenario_io import reader
    from trainer.services import library
    from trainer.services.card_cache import folder_signature

    read = reader.load_scenario

    def read_once(folder: Path, *args: Any, **kwargs: Any) -> Any:
        if args or kwargs or Path(folder).resolve().parent != SCENARIOS_DIR:
            return read(folder, *args, **kwargs)
        key = (
            str(Path(folder).resolve()),
            folder_signature(Path(folder)),
            tuple(checks.FORMAT_VERSIONS),
        )
        if key not in _SHIPPED_READS:
            _SHIPPED_READS[key] = read(folder)
        return _SHIPPED_READS[key]

    monkeypatch.setattr(reader, "load_scenario", read_once)
    monkeypatch.setattr(library, "load_scenario", read_once)


@dataclass
class CliResult:
    """What one in-process run of the ``trainer`` command printed and returned."""

    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., CliResult]:
    """Run ``trainer ARGS...`` in this process; ``run_cli("validate", "scenarios/x")``."""
    from trainer.cli import main

    def run(*args: str | os.PathLike[str]) -> CliResult:
        capsys.readouterr()
        code = main([os.fspath(a) for a in args])
        out, err = capsys.readouterr()
        return CliResult(exit_code=code, stdout=out, stderr=err)

    return run
