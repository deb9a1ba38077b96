"""The index types the GUI's item models take in their method signatures."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

# Qt hands a model either kind of index; the overridden methods accept both.
Index = QModelIndex | QPersistentModelIndex

# The invalid index: the parent of a table's or list's rows, and of a tree's top level.
ROOT = QModelIndex()
