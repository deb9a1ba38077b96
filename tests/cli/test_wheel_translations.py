"""``pip install .`` gives a working app: the wheel carries the compiled translations.

Only the ``.ts`` sources are in git; the wheel's build step (setup.py) compiles them.
The build runs on a copy of the source tree without any ``.qm`` file, as a fresh
clone is, so a wheel that has them got them from the build.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

REPO_ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = "trainer/gui/translations"

pytestmark = pytest.mark.slow


def _fresh_checkout(target: Path) -> Path:
    """The files a clone has that the build reads (no .qm, no caches)."""
    target.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(REPO_ROOT / name, target / name)
    shutil.copytree(
        REPO_ROOT / "trainer",
        target / "trainer",
        ignore=shutil.ignore_patterns("*.qm", "__pycache__", "*.pyc"),
    )
    return target


def _translations(ts: Path) -> dict[tuple[str, str], str]:
    """Every finished, singular translation in a Qt Linguist file: (context, source) -> text."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None:
                continue
            if translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            found[(name, message.findtext("source") or "")] = translation.text or ""
    return found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    source = _fresh_checkout(root / "source")
    assert not list((source / TRANSLATIONS).glob("*.qm"))
    out = root / "dist"
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    (built,) = out.glob("hate_crime_trainer-*.whl")
    return built


@pytest.mark.parametrize("language", ["pl", "en"])
def test_the_wheel_carries_translations_that_load(
    wheel: Path, tmp_path: Path, language: str
) -> None:
    member = f"{TRANSLATIONS}/trainer_{language}.qm"
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        assert member in names
        assert not any(name.endswith(".ts") for name in names)  # sources stay out
        qm = tmp_path / f"trainer_{language}.qm"
        qm.write_bytes(archive.read(member))

    translator = QTranslator()
    assert translator.load(str(qm))
    expected = _translations(REPO_ROOT / TRANSLATIONS / f"trainer_{language}.ts")
    assert len(expected) > 300
    wrong = {
        key: translator.translate(*key)
        for key, text in expected.items()
        if translator.translate(*key) != text
    }
    assert not wrong
    if language == "pl":
        assert translator.translate("MainWindow", "&View") == "Wido&k"
