"""The forms of the editor: one for every field of format 1.1.

:class:`FormPane` shows the form for the place the session selects (the scenario's
own fields, its competencies, variables, cards, or one node with its choices,
routes, alternatives and items) and focuses the field a path names. Every edit is a
command pushed through the session; the fields follow ``session.changed``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from trainer.authoring.document import DocPath
from trainer.gui.editor.forms.base import Field
from trainer.gui.editor.forms.context import FormContext
from trainer.gui.editor.forms.editors import cursor_of, set_cursor
from trainer.gui.editor.forms.form import Form
from trainer.gui.editor.forms.metadata import build_metadata
from trainer.gui.editor.forms.nodes import build_node
from trainer.gui.editor.forms.nodes_list import build_nodes
from trainer.gui.editor.forms.registries import (
    build_cards,
    build_competencies,
    build_variables,
)
from trainer.gui.editor.forms.shape import form_root, form_shape
from trainer.gui.editor.forms.text_field import TextField
from trainer.gui.editor.session import EditorSession

__all__ = ["FormPane"]

#: A widget with this property set keeps the keyboard when a place is shown in the form.
KEEPS_FOCUS = "keepsFocusOnSelect"


class FormPane(QWidget):
    """The editor's central widget: the form for the selected place, in a scroll area."""

    def __init__(
        self,
        session: EditorSession,
        parent: QWidget | None = None,
        *,
        read_only_notice: bool = True,
    ) -> None:
        """``read_only_notice``: show the pane's own "read-only" line above the form (a
        window that says it already passes False)."""
        super().__init__(parent)
        self.session = session
        self.ctx = FormContext(session)
        self.form: Form | None = None
        self._shape: Any = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setObjectName("notice")
        self.banner.setWordWrap(True)
        self.banner.setVisible(session.read_only and read_only_notice)
        layout.addWidget(self.banner)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        layout.addWidget(self.scroller)
        self._retranslate()
        session.selection_requested.connect(self.show_path)
        session.changed.connect(self._document_changed)
        self._build(())

    # --- public ---------------------------------------------------------------------

    def show_path(self, path: DocPath) -> None:
        """Show the form that edits ``path`` and focus its field."""
        path = tuple(path)
        root = form_root(path)
        if root[:1] == ("nodes",) and not self.session.doc.has(root):
            root = ()  # a node that is not there (a registry may be empty: it can be added to)
        if self.form is None or root != self.form.root or self._stale():
            self._build(root)
        self._focus(path)

    def current_path(self) -> DocPath:
        """The path of the field with the focus, or of the form shown."""
        focused = QApplication.focusWidget()
        field = self._field_of(focused)
        if field is not None and focused is not None:
            if isinstance(field, TextField):
                for language, editor in field.editors.items():
                    if editor is focused:
                        return (*field.path, language)
            return field.path
        return self.form.root if self.form is not None else ()

    def field_at(self, path: DocPath) -> Field | None:
        """The deepest field of the form shown whose path ``path`` lies in."""
        best: Field | None = None
        if self.form is None:
            return None
        for field in self.ctx.fields:
            inside = path[: len(field.path)] == field.path and field.isVisibleTo(self.form)
            if inside and (best is None or len(field.path) >= len(best.path)):
                best = field
        return best

    # --- following the document -----------------------------------------------------

    def _document_changed(self, path: DocPath) -> None:
        if self.form is None:
            return
        root = self.form.root
        if not self.session.doc.has(root):
            # The node shown was renamed or deleted: follow a rename, else show the nodes.
            changed = form_root(tuple(path))
            if changed[:1] == root[:1] and self.session.doc.has(changed):
                self._rebuild(changed)
            else:
                self._rebuild(("nodes",) if root[:1] == ("nodes",) else ())
            return
        if self._stale():
            self._rebuild(root)
            return
        # Typing changes one language of one text: only the text fields holding it can
        # show something new (the key then reaches the screen in a few ms, also on a
        # form with dozens of fields); any other change refreshes the whole form.
        changed = tuple(path)
        texts = [
            f
            for f in self.ctx.fields
            if isinstance(f, TextField) and changed[: len(f.path) + 1] == (*f.path, changed[-1])
        ]
        one_text = len(changed) > len(root) and changed[-1] in self.ctx.languages() and texts
        for field in texts if one_text else self.ctx.fields:
            field.refresh()

    def _stale(self) -> bool:
        root = self.form.root if self.form is not None else ()
        return bool(form_shape(self.session.doc, root) != self._shape)

    def _rebuild(self, root: DocPath) -> None:
        """Build the form again, keeping the focused field, its caret and the scroll place."""
        focused = QApplication.focusWidget()
        had_focus = self._field_of(focused) is not None
        path = self.current_path() if had_focus else None
        caret = cursor_of(focused) if had_focus and focused is not None else 0
        scrolled = self.scroller.verticalScrollBar().value()
        same = self.form is not None and self.form.root == root
        self._build(root)
        if same:
            self.scroller.verticalScrollBar().setValue(scrolled)
        if path is not None:
            if path[: len(root)] != root:
                path = root
            widget = self._focus(path, scroll=False)
            if widget is not None:
                set_cursor(widget, caret)

    def _build(self, root: DocPath) -> None:
        old = self.scroller.widget()
        if old is not None:
            old.hide()
            self.scroller.takeWidget()
            # Kept a hidden child until deleted (a parentless widget would be a window of
            # its own, and deleting a window can take the activation from this one);
            # deleted later: the edit that caused this may be one of its fields.
            old.setParent(self)
            old.deleteLater()
        self.ctx = FormContext(self.session)
        if not root:
            form = build_metadata(self.ctx)
        elif root == ("competencies",):
            form = build_competencies(self.ctx)
        elif root == ("variables",):
            form = build_variables(self.ctx)
        elif root == ("cards",):
            form = build_cards(self.ctx)
        elif root == ("nodes",):
            form = build_nodes(self.ctx)
        else:
            form = build_node(self.ctx, str(root[1]))
        self.form = form
        self._shape = form_shape(self.session.doc, root)
        self.scroller.setWidget(form)
        # Focus given to the pane (F6 from the window, a click on its name) goes to the
        # form's first field.
        first = next(
            (
                w
                for w in form.findChildren(QWidget)
                if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.isHidden()
            ),
            None,
        )
        self.setFocusProxy(first)  # type: ignore[arg-type]  # None: no proxy (Qt accepts it)

    def _focus(self, path: DocPath, *, scroll: bool = True) -> QWidget | None:
        field = self.field_at(path)
        if field is None:
            return None
        widget = field.widget_for(path) or field
        holder = QApplication.focusWidget()
        # The form shows the place, but leaves the keyboard where it is when that place
        # was chosen on the map (its keys act on the cards) or when the form is out of
        # sight (the map in the whole window): keys typed there would edit a field the
        # author cannot see.
        if self.isVisible() and not (holder is not None and holder.property(KEEPS_FOCUS)):
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if scroll:  # shown on request (not restored after a rebuild): the caret goes last
            if isinstance(widget, QLineEdit):
                widget.end(False)
            elif isinstance(widget, QTextEdit):
                widget.moveCursor(QTextCursor.MoveOperation.End)
            self.scroller.ensureWidgetVisible(field, 20, 40)
            self.scroller.ensureWidgetVisible(widget, 20, 40)
        return widget

    def _field_of(self, widget: QWidget | None) -> Field | None:
        while widget is not None:
            if isinstance(widget, Field) and widget in self.ctx.fields:
                return widget
            widget = widget.parentWidget()
        return None

    # --- language -------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.banner.setText(
            self.tr(
                "Read-only: this scenario ships with the trainer. Everything is shown; "
                "to change it, save it as a copy."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.form is not None:
                self._rebuild(self.form.root)  # keeps the field being edited and its caret
        super().changeEvent(event)
