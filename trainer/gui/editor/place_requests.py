"""Lists whose rows name a place in the document: a click or Enter asks to show it.

The findings table and the analysis tree both work this way; the place is the row's
``PATH_ROLE`` data (a DocPath), and ``emit`` is the view's ``path_requested``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView

# The role under which a row keeps its place in the document (a DocPath).
PATH_ROLE = Qt.ItemDataRole.UserRole + 1


def request_places(view: QAbstractItemView, emit: Callable[[tuple[object, ...]], None]) -> None:
    """A click or activation on a row of ``view`` emits its place (rows without one: nothing)."""

    def request(index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path is not None:
            emit(tuple(path))

    view.clicked.connect(request)
    view.activated.connect(request)


def enter_shows_place(view: QAbstractItemView, event: QKeyEvent) -> bool:
    """Enter on the current row activates it on every platform (some styles activate only
    on a double click); True when the key was used, so it does not go on to the window."""
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and view.currentIndex().isValid():
        view.activated.emit(view.currentIndex())
        return True
    return False
