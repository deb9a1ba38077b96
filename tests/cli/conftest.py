"""Fixtures shared by the command-line tests."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The data folder the commands use (not created: the first command makes it)."""
    return tmp_path / "station-data"


@pytest.fixture
def cli(run_cli: Callable[..., Any], data_dir: Path) -> Callable[..., Any]:
    """``trainer --data-dir D ARGS...`` (the global option before the command)."""

    def run(*args: str | os.PathLike[str]) -> Any:
        return run_cli("--data-dir", data_dir, *args)

    return run
