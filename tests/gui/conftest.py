"""GUI tests share one QApplication: leave no translation or style sheet behind."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication


@pytest.fixture(autouse=True)
def _no_lingering_translators() -> Iterator[None]:
    yield
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
    if isinstance(app, QApplication):
        app.setStyleSheet("")  # a window's style sheet would stop app.setFont() propagating
    QLocale.setDefault(QLocale(QLocale.Language.English))
