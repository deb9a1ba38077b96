"""The map panel: the view of the open document's map, its tools, and what it asks for.

Edits go through the session like the forms' (InsertNode, DeleteNode); a card
selected here selects its form, and a place chosen anywhere else selects its card.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QCursor, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from ruamel.yaml.comments import CommentedMap

from trainer.authoring.commands import DeleteNode, InsertNode
from trainer.authoring.document import DocPath
from trainer.authoring.map_graph import harmful_edges, orphaned_by_removal, path_edges
from trainer.domain.path_checks import HarmfulSuccess
from trainer.gui.editor.findings import FindingsModel
from trainer.gui.editor.live_checks import CheckResult
from trainer.gui.editor.map.items import NodeCard
from trainer.gui.editor.map.scene import MapScene
from trainer.gui.editor.map.shares import SharesTool
from trainer.gui.editor.map.view import MapView
from trainer.gui.editor.questions import ask_yes
from trainer.gui.editor.session import EditorSession
from trainer.gui.saved_notice import show_saved
from trainer.gui.widgets.safe_text import show_plain_message

# How many orphaned node ids the warning names before "and N more".
_NAMED = 8


class MapPanel(QWidget):
    """The map of the open document (empty while none is open).

    ``confirm_orphans(deleted, orphaned)`` asks before a deletion leaves nodes without
    a way in (a dialog; tests replace it). ``ask_chapter_title(current)`` asks a
    chapter's title (None: cancelled; tests replace it). ``open_requested(path)``:
    Enter on a card, its form wanted with the keyboard in it.
    """

    open_requested = Signal(tuple)

    def __init__(
        self,
        findings: FindingsModel | None = None,
        *,
        languages: Callable[[], list[str]] = lambda: [],
        synchronous: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("map")
        self.session: EditorSession | None = None
        self.scene: MapScene | None = None
        self.synchronous = synchronous
        self._languages = languages
        self._following = False  # showing a place the session asked for: do not echo it
        self._best: tuple[list[str], list[str]] | None = None  # the last check's best path
        self._harmful: list[HarmfulSuccess] = []  # the last check's harmful-success choices
        self.confirm_orphans: Callable[[list[str], list[str]], bool] = self._ask_orphans
        self.findings = findings
        if findings is not None:
            findings.modelReset.connect(self._findings_changed)
        self.view = MapView(self)
        self.view.create_requested.connect(self.create_node_at)
        self.view.zoom_changed.connect(self._show_zoom)
        self.view.open_requested.connect(self.open_node)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # A tool bar: in a narrow dock (or at 200 % text) the tools that do not fit move
        # into its overflow menu instead of widening the panel.
        bar = QToolBar(self)
        bar.setObjectName("mapBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        bar.setStyleSheet(
            "#mapBar { background: #ffffff; border: none; border-bottom: 1px solid #d0d5dd;"
            " spacing: 2px; padding: 2px 4px; }"
            "#mapBar QToolButton { padding: 3px 8px; border: 1px solid transparent;"
            " border-radius: 4px; }"
            "#mapBar QToolButton:hover { border-color: #c9d1dc; background: #f3f5f8; }"
            "#mapBar QToolButton:checked { border-color: #9fb3cf; background: #dde7f4; }"
            # The button to the tools that do not fit: the padding above would squeeze its
            # arrow to nothing in a narrow panel, leaving those tools out of reach.
            "#mapBar QToolButton#qt_toolbar_ext_button { padding: 0px; margin: 0px;"
            " border-color: #c9d1dc; }"
        )
        self.fit_action = self._action(self.view.fit, "F", "Ctrl+0")
        self.zoom_out_action = self._action(self.view.zoom_out, "Ctrl+-")
        self.zoom_in_action = self._action(self.view.zoom_in, "Ctrl++", "Ctrl+=")
        self.tidy_action = self._action(self.tidy_up, "Ctrl+L")
        self.new_action = self._action(self.create_node_in_view, "Insert")
        self.delete_action = self._action(self.delete_selected, QKeySequence.StandardKey.Delete)
        self.best_action = self._action(self._show_best, "B")
        self.best_action.setCheckable(True)
        self.harm_action = self._action(self._show_harmful, "H")
        self.harm_action.setCheckable(True)
        # What officers chose: a tool and its filter bar (trainer/gui/editor/map/shares.py).
        self.shares = SharesTool(self)
        self.png_action = self._action(self.export_png_asked)
        self.pdf_action = self._action(self.export_pdf_asked)
        # Chapters, minimap, clipboard and the keyboard (their work is in their modules).
        self.chapter_action = self._action(self.chapter_from_selection, "Ctrl+G")
        self.fold_action = self._action(self.fold_chapters, "C")
        self.ungroup_action = self._action(self.remove_chapters, "Ctrl+Shift+G")
        self.minimap_action = self._action(self._show_minimap, "M")
        self.minimap_action.setCheckable(True)
        self.minimap_action.setChecked(True)
        self.copy_action = self._action(self.copy_selected, QKeySequence.StandardKey.Copy)
        self.cut_action = self._action(self.cut_selected, QKeySequence.StandardKey.Cut)
        self.paste_action = self._action(self.paste, QKeySequence.StandardKey.Paste)
        self.select_all_action = self._action(self.select_all, QKeySequence.StandardKey.SelectAll)
        self.ask_chapter_title: Callable[[str], str | None] = self._ask_chapter_title
        self.saved_notice: QMessageBox | None = None  # where the last export went
        self.zoom_label = QLabel(bar)
        self.zoom_label.setObjectName("muted")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("0000 %"))
        bar.addAction(self.fit_action)
        bar.addAction(self.zoom_out_action)
        bar.addWidget(self.zoom_label)
        bar.addAction(self.zoom_in_action)
        bar.addSeparator()
        bar.addAction(self.tidy_action)
        bar.addAction(self.new_action)
        self._edit_tools_end = bar.addSeparator()  # where add_tool puts the window's tools
        bar.addAction(self.best_action)
        bar.addAction(self.harm_action)
        bar.addAction(self.shares.action)
        bar.addSeparator()
        bar.addAction(self.chapter_action)
        bar.addAction(self.minimap_action)
        bar.addSeparator()
        # Both exports behind one button: the bar keeps room for the tools used often.
        self.export_button = QToolButton(bar)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self.export_button)
        self.export_menu.addAction(self.png_action)
        self.export_menu.addAction(self.pdf_action)
        self.export_button.setMenu(self.export_menu)
        self._export_tool = bar.addWidget(self.export_button)
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar.addWidget(spacer)
        self.hint = QLabel(bar)
        self.hint.setObjectName("muted")
        self._hint_action = bar.addWidget(self.hint)
        self.bar = bar
        layout.addWidget(bar)
        layout.addWidget(self.shares.bar)
        layout.addWidget(self.view, 1)
        self.retranslate()
        self._update_actions()

    def add_tool(self, action: QAction) -> None:
        """A tool of the window's on the map's bar, after the map's own edits (e.g. Test
        from here, which runs from the selected card)."""
        self.bar.insertAction(self._edit_tools_end, action)

    def _action(self, slot: Callable[[], object], *keys: str | QKeySequence.StandardKey) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def retranslate(self) -> None:
        self.fit_action.setText(QCoreApplication.translate("EditorMap", "&Fit"))
        self.fit_action.setToolTip(
            QCoreApplication.translate("EditorMap", "Show the whole map (F)")
        )
        self.zoom_out_action.setText(QCoreApplication.translate("EditorMap", "Zoom out"))
        self.zoom_out_action.setIconText("−")  # the tool bar's button; F1 lists the text
        self.zoom_out_action.setToolTip(
            QCoreApplication.translate("EditorMap", "Zoom out (Ctrl+minus, Ctrl+wheel)")
        )
        self.zoom_in_action.setText(QCoreApplication.translate("EditorMap", "Zoom in"))
        self.zoom_in_action.setIconText("+")
        self.zoom_in_action.setToolTip(
            QCoreApplication.translate("EditorMap", "Zoom in (Ctrl+plus, Ctrl+wheel)")
        )
        self.tidy_action.setText(QCoreApplication.translate("EditorMap", "&Tidy up"))
        self.tidy_action.setToolTip(
            QCoreApplication.translate(
                "EditorMap",
                "Lay out the selected nodes again, or the whole map when none is selected (Ctrl+L)",
            )
        )
        self.new_action.setText(QCoreApplication.translate("EditorMap", "&New node"))
        self.new_action.setToolTip(
            QCoreApplication.translate(
                "EditorMap", "Add a scene node (Insert, or double-click on the map)"
            )
        )
        self.best_action.setText(QCoreApplication.translate("EditorMap", "&Best path"))
        self.best_action.setToolTip(
            QCoreApplication.translate(
                "EditorMap", "Mark the path with the most points, from the last check (B)"
            )
        )
        self.harm_action.setText(QCoreApplication.translate("EditorMap", "&Harmful paths"))
        self._harm_tooltip()
        self.shares.retranslate()
        self.export_button.setText(QCoreApplication.translate("EditorMap", "Export"))
        self.export_button.setToolTip(
            QCoreApplication.translate(
                "EditorMap", "Save the whole map as a PNG image or a PDF page"
            )
        )
        self.png_action.setText(QCoreApplication.translate("EditorMap", "Export PNG…"))
        self.pdf_action.setText(QCoreApplication.translate("EditorMap", "Export PDF…"))
        self.png_action.setToolTip(
            QCoreApplication.translate("EditorMap", "Save the whole map as a PNG image (a handout)")
        )
        self.pdf_action.setToolTip(
            QCoreApplication.translate(
                "EditorMap", "Save the whole map on one landscape PDF page, A4 or A3 (a handout)"
            )
        )
        self.delete_action.setText(
            QCoreApplication.translate("EditorMap", "Delete the selected nodes")
        )
        self.hint.setText(
            QCoreApplication.translate(
                "EditorMap", "Double-click: new node · Ctrl+wheel: zoom · middle button: pan"
            )
        )
        self.view.setAccessibleName(QCoreApplication.translate("EditorMap", "Scenario map"))
        self._show_zoom(self.view.zoom())
        self._retranslate_mapx()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the document ---------------------------------------------------------------

    def set_session(self, session: EditorSession) -> None:
        """Show the map of ``session``'s document (laid out, or as the side file keeps it)."""
        self.clear()
        self.session = session
        self.scene = MapScene(
            session, synchronous=self.synchronous, languages=self._languages, parent=self
        )
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.layout_finished.connect(
            lambda: self.view.show_start(self.scene.start_card() if self.scene else None)
        )
        session.selection_requested.connect(self.show_path)
        if self.scene.chapters is not None:
            self.scene.chapters.rename_requested.connect(self.rename_chapter)
        self.view.setScene(self.scene)
        self.shares.set_scene(self.scene)
        self._findings_changed()
        self._update_actions()
        self.view.show_start(self.scene.start_card())

    def clear(self) -> None:
        """No document: an empty map (the positions of the last one written first)."""
        if self.scene is not None:
            self.scene.save_positions()
            self.shares.set_scene(None)
            self.view.setScene(None)
            self.scene.deleteLater()
            self.scene = None
        if self.session is not None:
            self.session.selection_requested.disconnect(self.show_path)
            self.session = None
        self._best = None
        self._harmful = []
        self._harm_tooltip()
        self._update_actions()

    def _update_actions(self) -> None:
        has = self.scene is not None
        writable = has and self.session is not None and not self.session.read_only
        for action in (self.fit_action, self.zoom_in_action, self.zoom_out_action):
            action.setEnabled(has)
        self.tidy_action.setEnabled(has)
        self.best_action.setEnabled(has)
        self.harm_action.setEnabled(has)
        self.export_button.setEnabled(has)
        for action in (self.png_action, self.pdf_action):
            action.setEnabled(has)
        self.new_action.setEnabled(writable)
        self.delete_action.setEnabled(writable)
        for action in (
            self.chapter_action,
            self.fold_action,
            self.ungroup_action,
            self.copy_action,
            self.cut_action,
            self.paste_action,  # read-only: it says why it does nothing
            self.select_all_action,
        ):
            action.setEnabled(has)

    def _findings_changed(self) -> None:
        if self.scene is None or self.findings is None:
            return
        marks: dict[str, tuple[int, int]] = {}
        for finding in self.findings.findings:
            path = tuple(finding.path)
            node = finding.node or (str(path[1]) if len(path) > 1 and path[0] == "nodes" else None)
            if node is None:
                continue
            errors, warnings = marks.get(node, (0, 0))
            marks[node] = (errors + 1, warnings) if finding.is_error else (errors, warnings + 1)
        self.scene.set_marks(marks)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The hint only where it fits beside the tools (a narrow dock keeps the tools).
        # While the window is torn down the tool bar may already be gone.
        if shiboken6.isValid(self._hint_action):
            self._hint_action.setVisible(self.width() >= 760)

    def show_check(self, check: CheckResult | None) -> None:
        """The last check's result (the best path is marked from it when asked)."""
        analysis = check.result.analysis if check is not None else None
        path = analysis.best_path if analysis is not None else None
        self._best = (
            ([str(n) for n in path], list(analysis.best_tokens or ()))
            if analysis is not None and path is not None
            else None
        )
        self._harmful = list(check.harmful) if check is not None else []
        self._harm_tooltip()
        self._show_best()
        self._show_harmful()

    def _harm_tooltip(self) -> None:
        """The legend of the harmful paths, and which choices they are, in words."""
        lines = [
            QCoreApplication.translate(
                "EditorMap",
                "Mark every way to a success ending after a harmful choice, from the last"
                " check (H): the harmful choice's arrow thick and purple, the ways on from"
                " it purple, dash-dotted.",
            )
        ]
        if not self._harmful:
            lines.append(
                QCoreApplication.translate(
                    "EditorMap", "The last check found no harmful choice that still succeeds."
                )
            )
        for found in self._harmful:
            lines.append(
                QCoreApplication.translate(
                    "EditorMap", "• {node} › {choice}: success still reached at {endings}"
                ).format(node=found.node, choice=found.choice, endings=", ".join(found.endings))
            )
        self.harm_action.setToolTip("\n".join(lines))

    def _show_harmful(self) -> None:
        if self.scene is None:
            return
        if not self.harm_action.isChecked() or not self._harmful:
            self.scene.set_harmful((), ())
            return
        graph = self.scene.graph()
        choices: set[DocPath] = set()
        ways: set[DocPath] = set()
        for found in self._harmful:
            own, on = harmful_edges(graph, tuple(found.path), [str(e) for e in found.endings])
            choices |= own
            ways |= on
        self.scene.set_harmful(choices, ways - choices)

    def _default_name(self, suffix: str) -> str:
        scenario = ""
        if self.session is not None:
            scenario = str(self.session.doc.get(("id",)) or "")
        return f"{scenario or 'scenario'}-map.{suffix}"

    def export_png_asked(self) -> None:
        title = QCoreApplication.translate("EditorMap", "Export the map as PNG")
        self._export(title, self._default_name("png"), "PNG (*.png)", "png")

    def export_pdf_asked(self) -> None:
        title = QCoreApplication.translate("EditorMap", "Export the map as PDF")
        self._export(title, self._default_name("pdf"), "PDF (*.pdf)", "pdf")

    def export(self, path: Path, kind: str) -> Path:
        """Write the map to ``path`` (``kind``: png or pdf); OSError when it cannot."""
        from trainer.gui.editor.map.export import write_pdf, write_png

        assert self.scene is not None
        if kind == "png":
            return write_png(self.scene, path)
        return write_pdf(self.scene, path, title=self._default_name("pdf")[:-4])

    def _export(self, title: str, name: str, pattern: str, kind: str) -> None:
        if self.scene is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), pattern)
        if not chosen or self.scene is None:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(f".{kind}")
        try:
            written = self.export(path, kind)
        except OSError as exc:
            show_plain_message(
                self,
                QMessageBox.Icon.Warning,
                title,
                QCoreApplication.translate("EditorMap", "The file could not be written.")
                + "\n\n"
                + str(exc),
            )
            return
        self.saved_notice = show_saved(self, title, written)

    def _show_best(self) -> None:
        if self.scene is None:
            return
        if not self.best_action.isChecked() or self._best is None:
            self.scene.set_highlight((), ())
            return
        nodes, tokens = self._best
        self.scene.set_highlight(nodes, path_edges(self.scene.graph(), nodes, tokens))

    def _show_zoom(self, factor: float) -> None:
        self.zoom_label.setText(f"{round(factor * 100)} %")
        if self.scene is not None:
            self.scene.zoom_changed(factor)

    # -- selection ------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        if self.scene is None:
            return []
        return [item.node_id for item in self.scene.selectedItems() if isinstance(item, NodeCard)]

    def _selection_changed(self) -> None:
        if self._following or self.session is None:
            return
        chosen = self.selected_ids()
        if len(chosen) == 1:
            self._following = True
            try:
                self.session.select(("nodes", chosen[0]))
            finally:
                self._following = False

    def show_path(self, path: DocPath) -> None:
        """Select the card of the node ``path`` lies in (a place chosen elsewhere)."""
        if self._following or self.scene is None:
            return
        card = None
        if len(path) >= 2 and path[0] == "nodes":
            card = self.scene.cards.get(str(path[1]))
        self._following = True
        try:
            self.scene.clearSelection()
            if card is not None:
                card.setSelected(True)
                self.view.show_card(card)
        finally:
            self._following = False

    # -- edits ----------------------------------------------------------------------

    def _new_id(self) -> str:
        assert self.session is not None
        taken = set(self.session.doc.node_ids())
        number = len(taken) + 1
        while f"node_{number}" in taken:
            number += 1
        return f"node_{number}"

    def _new_body(self) -> CommentedMap:
        assert self.session is not None and self.scene is not None
        languages = self.scene.languages() or ["pl"]
        doc = self.session.doc
        declared = doc.root.get("languages") if isinstance(doc.root, dict) else None
        if isinstance(declared, list) and declared:
            languages = [str(code) for code in declared]
        ending = next(
            (
                node_id
                for node_id, card in self.scene.cards.items()
                if card.node.node_type == "ending"
            ),
            next(iter(self.scene.cards), ""),
        )
        body = CommentedMap()
        body["type"] = "scene"
        body["title"] = CommentedMap((code, "") for code in languages)
        body["text"] = CommentedMap((code, "") for code in languages)
        body["next"] = ending
        return body

    def create_node_at(self, point: QPointF) -> str | None:
        """Add a scene node whose card stands at ``point``; its form opens. Returns its id."""
        session, scene = self.session, self.scene
        if session is None or scene is None or session.read_only:
            return None
        node_id = self._new_id()
        scene.pending_positions[node_id] = scene.free_spot_near(point)
        session.push(InsertNode(node_id, self._new_body()))
        session.select(("nodes", node_id))
        return node_id

    def create_node_in_view(self) -> str | None:
        """Insert: a new node in the middle of what the map shows."""
        centre = self.view.mapToScene(self.view.viewport().rect().center())
        return self.create_node_at(QPointF(centre))

    def delete_selected(self) -> bool:
        """Delete the selected nodes as one undo step; warns first when nodes would be left
        with no way in. False when nothing was deleted."""
        session, scene = self.session, self.scene
        chosen = self.selected_ids()
        if session is None or scene is None or session.read_only or not chosen:
            return False
        orphans = orphaned_by_removal(scene.graph(), chosen)
        if orphans and not self.confirm_orphans(chosen, orphans):
            return False
        stack = session.undo_stack
        text = (
            QCoreApplication.translate("EditorMap", "Delete node %1").replace("%1", chosen[0])
            if len(chosen) == 1
            else QCoreApplication.translate("EditorMap", "Delete %1 nodes").replace(
                "%1", str(len(chosen))
            )
        )
        stack.beginMacro(text)
        try:
            for node_id in chosen:
                session.push(DeleteNode(node_id))
        finally:
            stack.endMacro()
        return True

    def _ask_orphans(self, deleted: list[str], orphans: list[str]) -> bool:
        named = ", ".join(orphans[:_NAMED])
        if len(orphans) > _NAMED:
            named += QCoreApplication.translate("EditorMap", " and %1 more").replace(
                "%1", str(len(orphans) - _NAMED)
            )
        return ask_yes(
            self,
            QCoreApplication.translate("EditorMap", "Delete nodes"),
            QCoreApplication.translate(
                "EditorMap", "After this, no choice or route leads to: %1."
            ).replace("%1", named),
            QCoreApplication.translate(
                "EditorMap",
                "Players can no longer reach those nodes. Undo (Ctrl+Z) brings everything back.",
            ),
            QCoreApplication.translate("EditorMap", "&Delete anyway"),
        )

    def tidy_up(self) -> None:
        """Lay out the selection again (or everything when nothing is selected)."""
        if self.scene is None:
            return
        chosen = self.selected_ids()
        self.scene.tidy_up(chosen if len(chosen) > 1 else None)
        if len(chosen) <= 1:
            self.view.fit()

    # -- chapters, minimap, clipboard, keyboard -------------------------------------

    def _retranslate_mapx(self) -> None:
        self.chapter_action.setText(
            QCoreApplication.translate("EditorMap", "&Chapter from selection…")
        )
        # On the bar, a short name (the tooltip and the F1 list say the whole).
        self.chapter_action.setIconText(QCoreApplication.translate("EditorMap", "Chapter…"))
        self.chapter_action.setToolTip(
            QCoreApplication.translate(
                "EditorMap", "Frame the selected nodes as a chapter with a title (Ctrl+G)"
            )
        )
        self.fold_action.setText(
            QCoreApplication.translate("EditorMap", "Collapse or expand the chapter")
        )
        self.ungroup_action.setText(
            QCoreApplication.translate("EditorMap", "Remove the chapter (nodes stay)")
        )
        self.minimap_action.setText(QCoreApplication.translate("EditorMap", "Mini&map"))
        self.minimap_action.setToolTip(
            QCoreApplication.translate(
                "EditorMap", "Show or hide the overview of the whole map in the corner (M)"
            )
        )
        self.copy_action.setText(QCoreApplication.translate("EditorMap", "Copy the selected nodes"))
        self.cut_action.setText(QCoreApplication.translate("EditorMap", "Cut the selected nodes"))
        self.paste_action.setText(QCoreApplication.translate("EditorMap", "Paste nodes"))
        self.select_all_action.setText(QCoreApplication.translate("EditorMap", "Select all nodes"))
        self.view.minimap.retranslate()

    def shortcut_actions(self) -> list[QAction]:
        """The map's actions with keys (for the editor's F1 list)."""
        return [action for action in self.actions() if action.shortcuts()]

    def show_notice(self, text: str) -> None:
        """A short message over the map (and in the tool bar's hint place)."""
        self.hint.setText(text)
        self.view.show_notice(text)

    def open_node(self, node_id: str) -> None:
        """Enter on a card: its form, with the keyboard there."""
        if self.session is None:
            return
        path = ("nodes", node_id)
        self.session.select(path)
        self.open_requested.emit(path)

    def select_all(self) -> None:
        if self.scene is None:
            return
        for card in self.view.cards():
            card.setSelected(True)

    def _show_minimap(self) -> None:
        self.view.minimap.set_wanted(self.minimap_action.isChecked())

    def _ask_chapter_title(self, current: str) -> str | None:
        title, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("EditorMap", "Chapter"),
            QCoreApplication.translate("EditorMap", "Chapter title:"),
            text=current,
        )
        return title if ok and title.strip() else None

    def chapter_from_selection(self) -> str | None:
        """Ctrl+G: the selected nodes become a chapter (its title asked). Its id, or None."""
        chosen = self.selected_ids()
        if self.scene is None or self.scene.chapters is None:
            return None
        if not chosen:
            self.show_notice(
                QCoreApplication.translate("EditorMap", "Select the nodes of the chapter first.")
            )
            return None
        title = self.ask_chapter_title(
            QCoreApplication.translate("EditorMap", "Chapter %1").replace(
                "%1", str(len(self.scene.chapters.chapters) + 1)
            )
        )
        if title is None:
            return None
        made = self.scene.chapters.create(chosen, title)
        return made.id if made is not None else None

    def rename_chapter(self, chapter_id: str) -> None:
        layer = self.scene.chapters if self.scene is not None else None
        chapter = layer.chapter(chapter_id) if layer is not None else None
        if layer is None or chapter is None:
            return
        title = self.ask_chapter_title(chapter.title)
        if title is not None:
            layer.rename(chapter_id, title)

    def fold_chapters(self) -> None:
        """C: collapse the chapters of the selected nodes, or expand the selected boxes."""
        layer = self.scene.chapters if self.scene is not None else None
        if layer is None:
            return
        for chapter in layer.chapters_at(self.selected_ids()):
            layer.set_collapsed(chapter.id, not chapter.collapsed)

    def remove_chapters(self) -> None:
        """Ctrl+Shift+G: the chapters of the selection go; their nodes stay."""
        layer = self.scene.chapters if self.scene is not None else None
        if layer is None:
            return
        for chapter in layer.chapters_at(self.selected_ids()):
            layer.remove(chapter.id)

    def copy_selected(self) -> bool:
        """Ctrl+C: the selected nodes to the clipboard (a read-only scenario too)."""
        from trainer.gui.editor.map.clipboard import copy_nodes

        if self.scene is None:
            return False
        done = copy_nodes(self.scene, self.selected_ids())
        self.show_notice(done.message)
        return bool(done.node_ids)

    def cut_selected(self) -> None:
        """Ctrl+X: copy, then delete (as Delete does, with its warning)."""
        if self.session is not None and self.session.read_only:
            self.copy_selected()
            self.show_notice(
                QCoreApplication.translate(
                    "EditorMap", "Copied only: this scenario is read-only, nothing is deleted."
                )
            )
            return
        if self.copy_selected():
            self.delete_selected()

    def paste_point(self) -> QPointF:
        """Where pasted nodes go: under the mouse when it is over the map, else the middle."""
        viewport = self.view.viewport()
        spot = viewport.mapFromGlobal(QCursor.pos())
        if not viewport.rect().contains(spot):
            spot = viewport.rect().center()
        return QPointF(self.view.mapToScene(spot))

    def paste(self) -> list[str]:
        """Ctrl+V: the copied nodes as new nodes (one undo step). Their ids."""
        from trainer.gui.editor.map.clipboard import paste_nodes

        if self.scene is None:
            return []
        done = paste_nodes(self.scene, self.paste_point())
        self.show_notice(done.message)
        return done.node_ids
