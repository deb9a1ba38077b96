"""UI translations (Qt Linguist): ``.ts`` sources and the ``.qm`` files built from them.

English is the source language of the UI strings; Polish is the default UI language.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "translations"


def translations_dir() -> Path:
    """Where the ``.qm`` files are (inside the bundle when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "trainer" / "gui" / "translations"
    return I18N_DIR


class Translations:
    """Installs the app's and Qt's own translator for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self._ours = QTranslator(app)
        self._qt = QTranslator(app)
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch the UI to ``language``; False if its ``.qm`` file is missing."""
        self.app.removeTranslator(self._ours)
        self.app.removeTranslator(self._qt)
        self.language = language
        QLocale.setDefault(QLocale(language))
        if language == "en":
            return True  # the source strings are English
        loaded = self._ours.load(str(translations_dir() / f"trainer_{language}.qm"))
        if loaded:
            self.app.installTranslator(self._ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if self._qt.load(f"qtbase_{language}", qt_dir):
            self.app.installTranslator(self._qt)
        return loaded
