"""Keys that work the same on every screen: Enter presses the focused button.

Qt presses a focused push button on Enter only inside dialogs (where buttons are
"auto default"); on the main window's pages Enter on a focused button did nothing,
though the help page promises "Enter: confirm". One application-wide filter makes
Enter behave as Space does on a focused push button, everywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# Enter with these held means something else (a new line, a shortcut) or nothing.
_OTHER_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


class EnterPressesFocusedButton(QObject):
    """An application event filter: Enter on a focused, enabled push button clicks it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QPushButton)
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER
            and not event.modifiers() & _OTHER_MODIFIERS
            and watched.hasFocus()
            and watched.isEnabled()
            and watched.isVisible()
        ):
            if not event.isAutoRepeat():  # holding Enter down must not click again and again
                watched.click()
            return True
        return super().eventFilter(watched, event)
