"""The outline panel: search (Ctrl+F), the tree of the scenario's parts, "where is this used".

Moving through the tree (arrows, a click) shows each entry's form; the tree follows
the session's selection in turn, so a finding clicked elsewhere is highlighted here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from trainer.authoring.document import DocPath
from trainer.authoring.usage import Kind, where_used
from trainer.gui.editor.describe import describe_place
from trainer.gui.editor.outline_model import KIND_ROLE, PATH_ROLE, OutlineFilter, OutlineModel
from trainer.gui.editor.session import EditorSession

# The entry kinds "where is this used" answers for (as trainer.authoring.usage names them).
_USE_KINDS: dict[str, Kind] = {
    "node": "node",
    "card": "card",
    "variable": "variable",
    "competency": "competency",
}


class _Tree(QTreeView):
    """Enter on an entry shows it (and moves the focus to its form)."""

    entered_row = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.entered_row.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class _SearchField(QLineEdit):
    """Down moves into the results; Escape clears the search."""

    down_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.down_pressed.emit()
            return
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class OutlinePanel(QWidget):
    """Search, the outline tree, and the list of places that use the selected entry."""

    # Enter on an entry: show it and go to its form.
    open_requested = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: EditorSession | None = None
        self.model: OutlineModel | None = None
        self.proxy = OutlineFilter(self)
        self._kept: tuple[set[tuple[str, str]], DocPath | None] | None = None
        self._following = False  # while the tree follows the session: no echo back
        self._changed_at: DocPath = ()
        self.search = _SearchField(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.down_pressed.connect(self._into_results)
        self.search.returnPressed.connect(self._into_results)
        self.tree = _Tree(self)
        self.tree.setModel(self.proxy)
        # After the filter has read the new rows and the tree has reset its own state
        # (the source's reset comes first, when the filter's rows are not there yet).
        self.proxy.modelReset.connect(self._was_reset)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.clicked.connect(self._show_index)
        self.tree.entered_row.connect(self._open_index)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.uses_button = QPushButton(self)
        self.uses_button.clicked.connect(self.show_uses)
        self.uses_title = QLabel(self)
        self.uses_title.setWordWrap(True)
        self.uses_model = QStandardItemModel(self)
        self.uses = QListView(self)
        self.uses.setModel(self.uses_model)
        self.uses.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.uses.clicked.connect(self._use_chosen)
        self.uses.activated.connect(self._use_chosen)
        self.uses.setMaximumHeight(160)
        for widget in (self.uses_title, self.uses):
            widget.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.uses_button)
        layout.addWidget(self.uses_title)
        layout.addWidget(self.uses)
        self.retranslate()
        self._update_uses_button()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(
            QCoreApplication.translate("EditorOutline", "Search id or text (Ctrl+F)")
        )
        # The whole hint where the field is narrower than it (a narrow panel, 200 % text).
        self.search.setToolTip(self.search.placeholderText())
        self.search.setAccessibleName(
            QCoreApplication.translate("EditorOutline", "Search the outline")
        )
        self.tree.setAccessibleName(QCoreApplication.translate("EditorOutline", "Outline"))
        self.uses_button.setText(
            QCoreApplication.translate("EditorOutline", "&Where is this used?")
        )
        self.uses_button.setAccessibleName(
            QCoreApplication.translate("EditorOutline", "Where is the selected entry used?")
        )
        self.uses.setAccessibleName(
            QCoreApplication.translate("EditorOutline", "Places that use the entry")
        )
        if self.model is not None:
            self.model.rebuild()

    # -- the document ---------------------------------------------------------------

    def clear(self) -> None:
        """Show nothing (the document closed): no request may reach its session any more."""
        if self.session is not None:
            self.session.changed.disconnect(self._document_changed)
            self.session.selection_requested.disconnect(self.follow)
        self.session = None
        old = self.model
        self.model = None
        self.proxy.setSourceModel(None)  # type: ignore[arg-type]
        self.search.clear()  # a search in the closed document would hide the next one
        if old is not None:
            old.deleteLater()
        self.uses_model.clear()
        self.uses_title.hide()
        self.uses.hide()

    def set_session(self, session: EditorSession) -> None:
        """Show ``session``'s document (a new one replaces the old)."""
        model = OutlineModel(session.doc, self)  # first: if it fails, nothing changed
        self.clear()
        self.session = session
        old = self.model
        self.model = model
        self._kept = None  # the old document's open groups
        self.model.modelAboutToBeReset.connect(self._about_to_reset)
        self.proxy.setSourceModel(self.model)
        if old is not None:
            old.deleteLater()
        session.changed.connect(self._document_changed)
        session.selection_requested.connect(self.follow)
        self.uses_model.clear()
        self.uses_title.hide()
        self.uses.hide()
        self._open_groups()

    def _document_changed(self, path: DocPath) -> None:
        self._changed_at = tuple(path)  # a rename names the new id: the selection follows
        if self.model is not None:
            self.model.document_changed(path)

    def _about_to_reset(self) -> None:
        """The tree is read again (a node added, renamed…): keep what was open and selected."""
        self._kept = (self._expanded_keys(), self.current_path())

    def _was_reset(self) -> None:
        if self._kept is not None:
            expanded, current = self._kept
            self._kept = None
            session = self.session
            if current and session is not None and not session.doc.has(current):
                current = self._changed_at[:2]  # renamed (or deleted: nothing found)
            self._restore(expanded, current)

    def _expanded_keys(self) -> set[tuple[str, str]]:
        keys: set[tuple[str, str]] = set()
        for row in range(self.proxy.rowCount()):
            self._collect_expanded(self.proxy.index(row, 0), keys)
        return keys

    def _collect_expanded(self, index: QModelIndex, keys: set[tuple[str, str]]) -> None:
        if self.tree.isExpanded(index) and self.model is not None:
            item = self.model.item(self.proxy.mapToSource(index))
            keys.add((item.kind, item.key))
        for row in range(self.proxy.rowCount(index)):
            self._collect_expanded(self.proxy.index(row, 0, index), keys)

    def _restore(self, expanded: set[tuple[str, str]], current: DocPath | None) -> None:
        def visit(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                if self.model is not None:
                    item = self.model.item(self.proxy.mapToSource(index))
                    if (item.kind, item.key) in expanded:
                        self.tree.setExpanded(index, True)
                visit(index)

        visit(QModelIndex())
        if current is not None:
            self._highlight(current)

    def _open_groups(self) -> None:
        """The node groups open, the scenario's own parts one level deep."""
        for row in range(self.proxy.rowCount()):
            self.tree.setExpanded(self.proxy.index(row, 0), True)

    # -- search ---------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: the search field, its text selected to type over."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        if text.strip():
            self.tree.expandAll()
        else:
            self._open_groups()

    def _into_results(self) -> None:
        first = self._first_entry(QModelIndex())
        if first is not None:
            self.tree.setCurrentIndex(first)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)

    def _first_entry(self, parent: QModelIndex) -> QModelIndex | None:
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            if index.data(PATH_ROLE) is not None and index.data(KIND_ROLE) != "group":
                return index
            found = self._first_entry(index)
            if found is not None:
                return found
        return None

    def visible_paths(self) -> list[DocPath]:
        """The paths of the entries the outline shows now (after the search), in order."""
        paths: list[DocPath] = []

        def visit(parent: QModelIndex) -> None:
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                path = index.data(PATH_ROLE)
                entry = index.data(KIND_ROLE) != "group"  # a group opens a list, not an entry
                if path is not None and entry and tuple(path) not in paths:
                    paths.append(tuple(path))
                visit(index)

        visit(QModelIndex())
        return paths

    # -- selection ------------------------------------------------------------------

    def current_path(self) -> DocPath | None:
        """The path of the entry selected in the tree."""
        return self.proxy.source_path(self.tree.currentIndex())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_uses_button()
        if not self._following:
            self._show_index(current)

    def _show_index(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path is not None and self.session is not None and not self._following:
            # Browsing (arrows in the tree, typing a search) shows the place in the form
            # but keeps the keyboard here; Enter goes into the form (open_requested).
            focus = QApplication.focusWidget()
            keep = focus if focus is not None and self.isAncestorOf(focus) else None
            self._following = True  # the echo from the session must not move the tree
            try:
                self.session.select(tuple(path))
            finally:
                self._following = False
            if keep is not None:
                keep.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_index(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path is None:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))
            return
        self._show_index(index)
        self.open_requested.emit(tuple(path))

    def follow(self, path: DocPath) -> None:
        """Highlight the entry ``path`` lies in (the session selected it elsewhere)."""
        if self._following:
            return
        self._following = True
        try:
            self._highlight(tuple(path))
        finally:
            self._following = False

    def _highlight(self, path: DocPath) -> None:
        if self.model is None:
            return
        index = self.proxy.mapFromSource(self.model.index_of(path))
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.tree.scrollTo(index)

    # -- where is this used ---------------------------------------------------------

    def _update_uses_button(self) -> None:
        kind = self.tree.currentIndex().data(KIND_ROLE)
        self.uses_button.setEnabled(kind in _USE_KINDS)

    def _context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if not index.isValid() or index.data(KIND_ROLE) not in _USE_KINDS:
            return
        self.tree.setCurrentIndex(index)
        menu = QMenu(self.tree)
        menu.addAction(self.uses_button.text(), self.show_uses)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def show_uses(self) -> None:
        """List the places that refer to the selected node, card or variable."""
        index = self.tree.currentIndex()
        kind = index.data(KIND_ROLE)
        path = index.data(PATH_ROLE)
        if kind not in _USE_KINDS or path is None or self.session is None:
            return
        name = str(path[1])
        places = where_used(self.session.doc, _USE_KINDS[kind], name)
        self.uses_model.clear()
        for place in places:
            item = QStandardItem(describe_place(place))
            item.setData(tuple(place), PATH_ROLE)
            item.setEditable(False)
            self.uses_model.appendRow(item)
        if places:
            self.uses_title.setText(
                QCoreApplication.translate("EditorOutline", "%1 is used in %2 place(s):")
                .replace("%1", name)
                .replace("%2", str(len(places)))
            )
        else:
            self.uses_title.setText(
                QCoreApplication.translate("EditorOutline", "%1 is not used anywhere.").replace(
                    "%1", name
                )
            )
        self.uses_title.show()
        self.uses.setVisible(bool(places))
        if places:
            self.uses.setCurrentIndex(self.uses_model.index(0, 0))
            self.uses.setFocus(Qt.FocusReason.OtherFocusReason)

    def _use_chosen(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path is not None and self.session is not None:
            self.session.select(tuple(path))
