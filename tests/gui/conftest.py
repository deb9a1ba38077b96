"""GUI tests share one QApplication: leave no translation or style sheet behind."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from tests.gui.message_boxes import Answerer
from tests.gui.screens import shown_window


@pytest.fixture(autouse=True)
def _no_lingering_translators() -> Iterator[None]:
    yield
    app = QCoreApplication.instance()
    if app is None:
        return
    for translator in app.findChildren(QTranslator):
        QCoreApplication.removeTranslator(translator)
    if isinstance(app, QApplication):
        # Delete closed windows first: re-styling half-destroyed widgets can crash Qt.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
        app.setStyleSheet("")  # a window's style sheet would stop app.setFont() propagating
    QLocale.setDefault(QLocale(QLocale.Language.English))


@pytest.fixture
def window(qtbot, tmp_path: Path) -> Iterator[object]:
    """The real main window on a fresh data folder, shown at 1366×768 (see shown_window)."""
    with shown_window(qtbot, tmp_path / "data") as main:
        yield main


@pytest.fixture
def answer_box() -> Iterator[Answerer]:
    """Answers the next message box (see :class:`Answerer`); stops looking when the test ends."""
    answerer = Answerer()
    yield answerer
    answerer.stopped = True
