"""Guards against known platform traps (see ../shared/platform-notes.md) and layer leaks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def test_void_qt_calls_do_not_leak_references_to_none() -> None:
    """PySide6 6.12.0 on CPython 3.11 decrements None on every void call and aborts.

    On 3.12+ None is immortal and its refcount is meaningless, so only 3.11 is checked.
    """
    if sys.version_info >= (3, 12):
        pytest.skip("None is immortal on Python 3.12+")
    from PySide6.QtGui import QPainterPath

    path = QPainterPath()
    before = sys.getrefcount(None)
    for i in range(5000):
        path.lineTo(float(i), float(i))
    after = sys.getrefcount(None)
    assert before - after < 100, f"None lost {before - after} references in 5,000 void calls"


def test_the_core_never_loads_qt_or_sqlalchemy_outside_storage() -> None:
    probe = (
        "import sys\n"
        "import trainer.domain.analysis, trainer.domain.checks, trainer.domain.engine\n"
        "import trainer.scenario_io.reader, trainer.services, trainer.cli\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'sqlalchemy'}))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_missing_qt_libraries_get_a_plain_message_not_a_traceback(tmp_path) -> None:
    """A laptop without Qt's system libraries: the app says what is missing and exits 1."""
    probe = (
        "import sys\n"
        "sys.modules['PySide6.QtWidgets'] = None  # what a missing libxcb-* looks like\n"
        "from trainer.app import main\n"
        "sys.exit(main([]))\n"
    )
    env = {**os.environ, "TRAINER_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert out.returncode == 1
    assert "The desktop app cannot start" in out.stderr
    assert "Traceback" not in out.stderr
    assert not (tmp_path / "progress.db").exists()  # nothing was created on the way out


def test_the_self_test_passes_from_source(tmp_path) -> None:
    """``trainer --self-test``, which CI also runs in the frozen bundle, from the source tree."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TRAINER_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "trainer", "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    assert out.returncode == 0, out.stdout + out.stderr
    assert out.stdout.strip().endswith("ok")
    assert not any(tmp_path.iterdir())  # it works in a temporary folder of its own
