"""The build step that compiles the UI translations, so every wheel carries them.

The app loads ``trainer/gui/translations/*.qm``; only their sources (``*.ts``) are
in git. Building a wheel (``pip install .``, ``pip wheel .``, ``python -m build``)
compiles each source with Qt's ``lrelease`` from PySide6, which is why PySide6 is in
the build requirements. Everything else about the package is in pyproject.toml.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path("trainer") / "gui" / "translations"


def lrelease() -> Path:
    """Qt's translation compiler as shipped inside the PySide6 package."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("building the translations needs PySide6 (pip install PySide6-Essentials)")
    folder = Path(next(iter(spec.submodule_search_locations)))
    tool = folder / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if not tool.is_file():
        raise SystemExit(f"Qt's lrelease is missing from {folder}")
    return tool


class BuildWithTranslations(build_py):
    """``build_py`` plus ``lrelease`` for every ``.ts`` file, into the build folder."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # runs from the source tree, where `make translations` compiles them
        sources = sorted((Path(__file__).resolve().parent / TRANSLATIONS).glob("*.ts"))
        if not sources:
            raise SystemExit(f"no translation sources (*.ts) in {TRANSLATIONS}")
        target = Path(self.build_lib) / TRANSLATIONS
        target.mkdir(parents=True, exist_ok=True)
        tool = lrelease()
        for source in sources:
            compiled = target / (source.stem + ".qm")
            subprocess.run(
                [str(tool), "-silent", str(source), "-qm", str(compiled)],
                check=True,
            )
            if not compiled.is_file() or compiled.stat().st_size == 0:
                raise SystemExit(f"lrelease wrote no {compiled.name}")


setup(cmdclass={"build_py": BuildWithTranslations})
