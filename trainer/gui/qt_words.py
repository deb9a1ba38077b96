"""Qt's own words that its Polish translation lacks or words unlike Polish desktops do.

Qt ships ``qtbase_pl.qm``, but a few strings of its file dialog changed since it was
translated ("&Look in:" gained a mnemonic) and Qt says "Zachowaj" where every Polish
desktop says "Zapisz". Listing them here puts them into the app's own ``.ts`` files;
:mod:`trainer.gui.i18n` installs the app's translator after Qt's, so these win.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Computer"),
    QT_TRANSLATE_NOOP("QFileDialog", "&Save"),
    QT_TRANSLATE_NOOP("QFileDialog", "Save As"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Don't Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QCalendarWidget", "Previous Month"),
    QT_TRANSLATE_NOOP("QCalendarWidget", "Next Month"),
    QT_TRANSLATE_NOOP("QCalendarWidget", "Week"),
)
