"""Every dialog wide enough for its title.

A window manager cuts a title that does not fit ("Sign-out after inac…"), and Qt
sizes a dialog by its contents only (message boxes excepted). One application-wide
filter widens each dialog as it is shown, by the title in the dialog's own font (the
app's text size: the title bar's font is not known here, and at 200% text this errs
on the wide side) plus room for the title bar's icon and buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
)

#: Room in a title bar besides the title: the icon, close/maximise buttons, padding.
TITLE_BAR_EXTRA = 140
_WIDENED = "trainer_title_strut"


def title_width(dialog: QDialog) -> int:
    """The width ``dialog`` needs to show its whole title."""
    title = dialog.windowTitle()
    if not title:
        return 0
    metrics = (dialog.fontMetrics(), QFontMetrics(QApplication.font()))
    needed = max(m.horizontalAdvance(title) for m in metrics) + TITLE_BAR_EXTRA
    # The application's screen, not dialog.screen(): asked while the dialog is being shown,
    # PySide's wrapper of that QScreen was later collected with the screen itself, and the
    # next widget that looked for its screen crashed (measured with tools/screenshots.py).
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        needed = min(needed, screen.availableGeometry().width())
    return needed


class DialogTitlesFit(QObject):
    """An application event filter: a dialog being shown is made as wide as its title."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            needed = title_width(watched)
            if isinstance(watched, QMessageBox):
                _widen_message_box(watched, needed)
            else:
                if watched.minimumWidth() < needed:
                    watched.setMinimumWidth(needed)
                if watched.width() < needed:
                    watched.resize(needed, watched.height())
        return super().eventFilter(watched, event)


def _widen_message_box(box: QMessageBox, needed: int) -> None:
    """A message box fixes its own size from its layout's minimum as it is shown (this
    filter runs just before): an invisible strut across the layout sets that minimum."""
    layout = box.layout()
    if not isinstance(layout, QGridLayout) or box.property(_WIDENED):
        return
    box.setProperty(_WIDENED, True)
    margins = layout.contentsMargins()
    width = needed - margins.left() - margins.right()
    strut = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Minimum)
    layout.addItem(strut, layout.rowCount(), 0, 1, layout.columnCount())
