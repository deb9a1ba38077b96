"""UI translations (Qt Linguist): ``.ts`` sources and the ``.qm`` files built from them.

English is the source language of the UI strings; Polish is the default UI language.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from trainer.gui.formats import ui_locale

I18N_DIR = Path(__file__).resolve().parent / "translations"


def translations_dir() -> Path:
    """Where the ``.qm`` files are (inside the bundle when frozen)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "trainer" / "gui" / "translations"
    return I18N_DIR


def qt_translations_dirs() -> list[str]:
    """Where Qt's own ``qtbase_*.qm`` may be: Qt's translations folder, then the bundle's.

    PySide6 ships them in ``PySide6/Qt/translations`` (``PySide6/translations`` on
    Windows); PyInstaller collects them to the same place in the bundle, where
    packaging/trainer.spec keeps the Polish and English ones, and QLibraryInfo finds
    them through the ``qt.conf`` PySide6 embeds. The bundle's folders are tried as well
    in case Qt's prefix points elsewhere.
    """
    folders = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        folders += [
            str(Path(bundle) / "PySide6" / "Qt" / "translations"),
            str(Path(bundle) / "PySide6" / "translations"),
        ]
    return folders


class Translations:
    """Installs the app's and Qt's own translator for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self._ours = QTranslator(app)
        self._qt = QTranslator(app)
        self.language = "en"

    def install(self, language: str) -> bool:
        """Switch the UI to ``language``; False if its ``.qm`` file is missing.

        Qt's own translator (standard buttons, file dialogs) goes in first and the app's
        last: Qt asks the newest translator first, so the few Qt words the app
        translates itself (:mod:`trainer.gui.qt_words`) win over Qt's.
        """
        # The locale first: removing a translator already tells every widget to retranslate,
        # and their numbers and dates must come out in the new language then.
        QLocale.setDefault(ui_locale(language))
        self.app.removeTranslator(self._ours)
        self.app.removeTranslator(self._qt)
        self.language = language
        if language == "en":
            return True  # the source strings are English
        if any(self._qt.load(f"qtbase_{language}", folder) for folder in qt_translations_dirs()):
            self.app.installTranslator(self._qt)
        loaded = self._ours.load(str(translations_dir() / f"trainer_{language}.qm"))
        if loaded:
            self.app.installTranslator(self._ours)
        return loaded
