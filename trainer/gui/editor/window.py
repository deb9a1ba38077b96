"""The scenario editor's window: forms in the centre, panels around them, files kept safe.

One document at a time. The window owns the session's surroundings: the outline,
the undo history, the live checks with their findings and analysis, the status bar,
saving, the recovery autosave and publishing. The forms (FormPane) edit the document.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from trainer.authoring.document import DocPath, ScenarioDocument
from trainer.authoring.recovery import RecoveryStore
from trainer.authoring.workspace import ScenarioWorkspace
from trainer.domain.errors import TrainerError
from trainer.domain.glossary import EMPTY_GLOSSARY, Glossary
from trainer.gui.editor.analysis_panel import AnalysisPanel
from trainer.gui.editor.describe import describe_command
from trainer.gui.editor.findings import FindingsModel, FindingsView
from trainer.gui.editor.forms import FormPane
from trainer.gui.editor.layout_memory import restore_layout, save_layout
from trainer.gui.editor.live_checks import CheckResult, LiveChecker, scenario_glossary
from trainer.gui.editor.map import MapPanel
from trainer.gui.editor.map.shares import SharesSource
from trainer.gui.editor.outline import OutlinePanel
from trainer.gui.editor.questions import Answer, ask_unsaved, tell
from trainer.gui.editor.session import EditorSession
from trainer.gui.editor.trial.launcher import TrialLauncher

if TYPE_CHECKING:
    from trainer.gui.context import GuiContext
    from trainer.services.records import ProfileRecord

# How often unsaved work is written to the recovery folder (ms).
AUTOSAVE_MS = 4000


@dataclass(frozen=True)
class EditorPlaces:
    """Where the editor reads and writes (all under the data folder but the shipped one)."""

    data_dir: Path
    shipped_dir: Path

    @property
    def own_dir(self) -> Path:
        """The instructor's scenarios as they are being written (drafts)."""
        return self.data_dir / "drafts"

    @property
    def library_dir(self) -> Path:
        """Where a publication puts a scenario: the officers' library lists it, as local."""
        return self.data_dir / "scenarios"

    @property
    def trash_dir(self) -> Path:
        return self.data_dir / "editor-trash"

    @property
    def recovery_dir(self) -> Path:
        return self.data_dir / "editor-recovery"

    @property
    def layout_file(self) -> Path:
        return self.data_dir / "editor-layout.json"


class EditorWindow(QMainWindow):
    """The editor (instructors only: the main window offers it to them alone).

    ``published(file)`` after a publish: the officers' library reads the files again.
    ``synchronous``: checks run inline (tests).
    """

    published = Signal(object)  # the Path of the published file

    def __init__(
        self,
        places: EditorPlaces,
        *,
        synchronous: bool = False,
        ui_language: Callable[[], str] = lambda: "pl",
        context: GuiContext | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("editor")
        self.places = places
        # The app's services (the store of attempts, the task runner): what officers
        # chose and test-from-here use them; None in tests of the editor alone.
        self.context = context
        self.ui_language = ui_language
        self.synchronous = synchronous
        self.session: EditorSession | None = None
        self.checker: LiveChecker | None = None
        self.form: FormPane | None = None
        self.recovery = RecoveryStore(places.recovery_dir)
        self._last_check: CheckResult | None = None
        self.glossary: Glossary = EMPTY_GLOSSARY
        self.open_dialog: QWidget | None = None
        # Set when a sign-out closed the editor with its work kept for recovery.
        self.recovery_kept = False
        self._recovered_revision = -1  # the revision last written to the recovery file
        self.undo_group = QUndoGroup(self)
        self.setMinimumSize(1000, 640)
        # Panel titles stand out from their content (the app's palette, no new colours).
        self.setStyleSheet(
            "QDockWidget::title { background: #e4e9f0; padding: 5px 8px; }"
            "QStatusBar { border-top: 1px solid #d0d5dd; }"
        )
        self._build_centre()
        self._build_docks()
        self._build_status()
        self._build_menus()
        self._autosave = QTimer(self)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_recovery)
        self.retranslate()
        self._update_state()
        # Panels as the instructor left them (the sizes from the text size otherwise).
        self._layout_restored = restore_layout(self, places.layout_file)
        if not self._layout_restored:
            self._default_size()

    # -- building -------------------------------------------------------------------

    def _build_centre(self) -> None:
        self.centre = QStackedWidget(self)
        self.empty_page = QWidget()
        empty = QVBoxLayout(self.empty_page)
        empty.addStretch(1)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("h2")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("muted")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_open = QPushButton()
        self.empty_open.setObjectName("primary")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_open)
        buttons.addStretch(1)
        for widget in (self.empty_label, self.empty_hint):
            empty.addWidget(widget)
        empty.addLayout(buttons)
        empty.addStretch(2)
        self.document_page = QWidget()
        self._document_layout = QVBoxLayout(self.document_page)
        self._document_layout.setContentsMargins(6, 6, 6, 0)
        self.banner = QWidget()
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(0, 0, 0, 0)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("notice")
        self.banner_text.setWordWrap(True)
        self.banner_copy = QPushButton()
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_copy)
        self.banner.hide()
        self._document_layout.addWidget(self.banner)
        self.centre.addWidget(self.empty_page)
        self.centre.addWidget(self.document_page)
        self.setCentralWidget(self.centre)

    def _dock(self, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        self.outline = OutlinePanel()
        self.outline.open_requested.connect(self._focus_form)
        self.outline_dock = self._dock(
            "outline", self.outline, Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.findings_model = FindingsModel(self)
        self.findings_model.language = self.ui_language
        self.findings = FindingsView(self.findings_model)
        self.findings.path_requested.connect(self.select)
        self.findings_dock = self._dock(
            "findings", self.findings, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.analysis = AnalysisPanel()
        self.analysis.language = self.ui_language
        self.analysis.path_requested.connect(self.select)
        self.analysis_dock = self._dock(
            "analysis", self.analysis, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.history = QUndoView(self.undo_group)
        self.history.setWordWrap(True)  # a long place wraps instead of scrolling sideways
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setResizeMode(QUndoView.ResizeMode.Adjust)
        self.history_dock = self._dock(
            "history", self.history, Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.tabifyDockWidget(self.analysis_dock, self.history_dock)
        self.map = MapPanel(self.findings_model, languages=lambda: [self.ui_language()])
        self.map_dock = self._dock("map", self.map, Qt.DockWidgetArea.RightDockWidgetArea)
        self.map.open_requested.connect(self._focus_form)  # Enter on a card: its form
        # What officers chose, read from the app's store as the signed-in instructor (the
        # app sets ``viewer``); without a context the map's tool stays disabled.
        self.viewer: Callable[[], ProfileRecord | None] = lambda: None
        if self.context is not None:
            self.map.shares.set_source(SharesSource(self.context, lambda: self.viewer()))
        self.tabifyDockWidget(self.history_dock, self.map_dock)
        self.analysis_dock.raise_()
        # A panel behind another one's tab takes no Tab focus (Qt keeps it "visible" off
        # the screen, where the focus would vanish).
        for dock, view in (
            (self.analysis_dock, self.analysis.view),
            (self.history_dock, self.history),
        ):
            dock.visibilityChanged.connect(
                lambda shown, view=view: view.setFocusPolicy(
                    Qt.FocusPolicy.StrongFocus if shown else Qt.FocusPolicy.NoFocus
                )
            )
        self.history.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # behind the analysis at first
        # The findings table spans the whole width: its messages are long sentences.
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.BottomDockWidgetArea)
        self._panels_fitted_to: int | None = None

    def _default_size(self) -> None:
        """1366×768, the station laptops' screen; maximised where that does not fit."""
        self.resize(1366, 768)
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        if room.width() < 1366 or room.height() < 768 + 40:  # 40: a title bar, roughly
            self.setWindowState(Qt.WindowState.WindowMaximized)

    def fit_panels(self) -> None:
        """Panel sizes from the text size: the same lines and letters at 100 % and 200 %.

        The form keeps at least half of the window's width.
        """
        metrics = self.fontMetrics()
        line = metrics.height()
        if self._panels_fitted_to == line:
            return
        if self._layout_restored and self._panels_fitted_to is None:
            self._panels_fitted_to = line  # the saved sizes win at the first show
            return
        self._panels_fitted_to = line
        side = min(max(300, metrics.averageCharWidth() * 34), self.width() * 28 // 100)
        self.resizeDocks(
            [self.outline_dock, self.analysis_dock], [side, side], Qt.Orientation.Horizontal
        )
        self.resizeDocks(
            [self.findings_dock], [min(line * 8, self.height() // 3)], Qt.Orientation.Vertical
        )

    def _build_status(self) -> None:
        bar = self.statusBar()
        self.file_label = QLabel()
        self.file_label.setObjectName("muted")
        self.checking_label = QLabel()
        self.checking_label.setObjectName("muted")
        self.counts_label = QLabel()
        self.unsaved_label = QLabel()
        self.unsaved_label.setObjectName("badge")
        bar.addWidget(self.file_label, 1)
        bar.addPermanentWidget(self.unsaved_label)
        bar.addPermanentWidget(self.checking_label)
        bar.addPermanentWidget(self.counts_label)

    def _action(
        self, menu_attr: str, slot: object, *keys: QKeySequence | QKeySequence.StandardKey | str
    ) -> QAction:
        action = QAction(self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
        action.triggered.connect(slot)
        getattr(self, menu_attr).addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = self._action(
            "file_menu", self.show_open_dialog, QKeySequence.StandardKey.Open
        )
        self.save_action = self._action("file_menu", self.save, QKeySequence.StandardKey.Save)
        self.copy_action = self._action("file_menu", self.save_as_copy, "Ctrl+Shift+S")
        self.twine_action = self._action("file_menu", lambda: self.import_from_twine())
        self.file_menu.addSeparator()
        self.publish_action = self._action("file_menu", self.publish, "Ctrl+Shift+P")
        self.file_menu.addSeparator()
        self.close_action = self._action("file_menu", self.close, "Ctrl+W")
        self.edit_menu = bar.addMenu("")
        self.undo_action = self.undo_group.createUndoAction(self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_group.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.find_action = self._action(
            "edit_menu", self.find_in_outline, QKeySequence.StandardKey.Find
        )
        self.uses_action = self._action("edit_menu", self.outline.show_uses, "Ctrl+Shift+U")
        # F7 (as a spelling check is): F5 runs the scenario (test from here), as IDEs do.
        self.check_action = self._action("edit_menu", self.check_now, "F7")
        self.view_menu = bar.addMenu("")
        for dock, key in (
            (self.outline_dock, "Alt+1"),
            (self.findings_dock, "Alt+2"),
            (self.analysis_dock, "Alt+3"),
            (self.history_dock, "Alt+4"),
            (self.map_dock, "Alt+5"),
        ):
            toggle = dock.toggleViewAction()
            self.view_menu.addAction(toggle)
            # The menu shows the key; the key itself is the window's own action below, so
            # that on a panel behind another one's tab it brings it to the front (Qt's
            # toggle would close it, not what the key was pressed for).
            toggle.setShortcut(QKeySequence(key))
            toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            front = QAction(self)
            front.setShortcut(QKeySequence(key))
            front.triggered.connect(lambda _checked=False, d=dock: self.show_or_hide_panel(d))
            self.addAction(front)
        self.view_menu.addSeparator()
        # The map alone in the window, for a scenario too big to follow in its panel.
        self.wide_map_action = self._action("view_menu", self.set_wide_map, "Ctrl+Shift+M")
        self.wide_map_action.setCheckable(True)
        self._before_wide: QByteArray | None = None  # the panels as they were
        self.next_panel = self._action("view_menu", lambda: self.cycle_panels(1), "F6")
        self.previous_panel = self._action("view_menu", lambda: self.cycle_panels(-1), "Shift+F6")
        # Test from here (trainer.gui.editor.trial): the Run menu, F5, and the map's bar.
        self.run_menu = bar.addMenu("")
        self.trial = TrialLauncher(
            self, folder=lambda: self.places.own_dir, synchronous=self.synchronous
        )
        self.test_action = self._action("run_menu", self._test_from_here, "F5")
        self.trial.returned.connect(self._after_trial)
        self._focus_before_trial: QWidget | None = None
        self.map.add_tool(self.test_action)
        self.help_menu = bar.addMenu("")
        self.shortcuts_action = self._action("help_menu", self.show_shortcuts, "F1")
        self.empty_open.clicked.connect(self.show_open_dialog)
        self.banner_copy.clicked.connect(self.save_as_copy)

    def retranslate(self) -> None:
        """Every text of the window in the UI language."""
        self.file_menu.setTitle(QCoreApplication.translate("EditorWindow", "&File"))
        self.open_action.setText(
            QCoreApplication.translate("EditorWindow", "&Open or create a scenario…")
        )
        self.save_action.setText(QCoreApplication.translate("EditorWindow", "&Save"))
        self.copy_action.setText(QCoreApplication.translate("EditorWindow", "Save as a &copy…"))
        self.twine_action.setText(
            QCoreApplication.translate("EditorWindow", "&Import from Twine (.twee)…")
        )
        self.publish_action.setText(QCoreApplication.translate("EditorWindow", "&Publish…"))
        self.close_action.setText(QCoreApplication.translate("EditorWindow", "Close the &editor"))
        self.edit_menu.setTitle(QCoreApplication.translate("EditorWindow", "&Edit"))
        self.undo_action.setText(QCoreApplication.translate("EditorWindow", "&Undo"))
        self.redo_action.setText(QCoreApplication.translate("EditorWindow", "&Redo"))
        self.find_action.setText(QCoreApplication.translate("EditorWindow", "&Find in the outline"))
        self.uses_action.setText(QCoreApplication.translate("EditorWindow", "&Where is this used?"))
        self.check_action.setText(QCoreApplication.translate("EditorWindow", "Check &now"))
        self.view_menu.setTitle(QCoreApplication.translate("EditorWindow", "&View"))
        self.wide_map_action.setText(
            QCoreApplication.translate("EditorWindow", "Map in the &whole window")
        )
        self.next_panel.setText(QCoreApplication.translate("EditorWindow", "&Next panel"))
        self.previous_panel.setText(QCoreApplication.translate("EditorWindow", "&Previous panel"))
        self.run_menu.setTitle(QCoreApplication.translate("EditorWindow", "&Run"))
        self.test_action.setText(QCoreApplication.translate("EditorWindow", "&Test from here"))
        self.test_action.setToolTip(
            QCoreApplication.translate(
                "EditorWindow", "Play the scenario from the selected node, unsaved edits included"
            )
        )
        self.help_menu.setTitle(QCoreApplication.translate("EditorWindow", "&Help"))
        self.shortcuts_action.setText(
            QCoreApplication.translate("EditorWindow", "&Keyboard shortcuts")
        )
        self.outline_dock.setWindowTitle(QCoreApplication.translate("EditorWindow", "&Outline"))
        self.findings_dock.setWindowTitle(QCoreApplication.translate("EditorWindow", "&Findings"))
        self.analysis_dock.setWindowTitle(QCoreApplication.translate("EditorWindow", "&Analysis"))
        self.history_dock.setWindowTitle(QCoreApplication.translate("EditorWindow", "&History"))
        self.map_dock.setWindowTitle(QCoreApplication.translate("EditorWindow", "&Map"))
        self.history.setEmptyLabel(QCoreApplication.translate("EditorWindow", "Opened"))
        self.history.setAccessibleName(QCoreApplication.translate("EditorWindow", "Undo history"))
        self.findings.setAccessibleName(QCoreApplication.translate("EditorWindow", "Findings"))
        self.empty_label.setText(QCoreApplication.translate("EditorWindow", "No scenario open"))
        self.empty_hint.setText(
            QCoreApplication.translate(
                "EditorWindow",
                "Open one of your scenarios or a shipped one, or create a new one from a template.",
            )
        )
        self.empty_open.setText(
            QCoreApplication.translate("EditorWindow", "&Open or create a scenario…")
        )
        self.banner_text.setText(
            QCoreApplication.translate(
                "EditorWindow",
                "This is a shipped scenario: it opens read-only. Save it as a copy to change it.",
            )
        )
        self.banner_copy.setText(QCoreApplication.translate("EditorWindow", "Save as a &copy…"))
        self.outline.retranslate()
        self.findings_model.set_findings(self.findings_model.findings)  # their sentences
        self.analysis.retranslate(self._last_check)
        self._update_state()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_panels()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.FontChange and self.isVisible():
            self.fit_panels()  # Ctrl+plus in the main window changes the text size
        super().changeEvent(event)

    # -- the document ---------------------------------------------------------------

    def open_file(self, file: Path, *, read_only: bool | None = None) -> bool:
        """Open ``file`` (asking first about unsaved changes); False if it was not opened.

        Shipped scenarios open read-only unless told otherwise. A file that cannot be
        read is explained and the open document stays open.
        """
        try:
            doc = ScenarioDocument.open(file)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            tell(
                self,
                QCoreApplication.translate("EditorWindow", "Cannot open the scenario"),
                QCoreApplication.translate("EditorWindow", "%1 cannot be opened.").replace(
                    "%1", str(file)
                ),
                str(exc),
                error=True,
            )
            return False
        except Exception as exc:  # ruamel's YAML errors: the file is not YAML
            if not type(exc).__module__.startswith("ruamel"):
                raise
            tell(
                self,
                QCoreApplication.translate("EditorWindow", "Cannot open the scenario"),
                QCoreApplication.translate(
                    "EditorWindow", "%1 is not a readable scenario file."
                ).replace("%1", str(file)),
                str(exc),
                error=True,
            )
            return False
        if not isinstance(doc.root, dict) or not isinstance(doc.root.get("nodes", {}), dict):
            tell(
                self,
                QCoreApplication.translate("EditorWindow", "Cannot open the scenario"),
                QCoreApplication.translate(
                    "EditorWindow",
                    "%1 is not a scenario: the file must hold the scenario's fields "
                    "(id, title, nodes…), and its nodes a map of node ids.",
                ).replace("%1", str(file)),
                error=True,
            )
            return False
        if read_only is None:
            read_only = self._is_shipped(file)
        if not self.close_document():
            return False
        self.open_document(doc, read_only=read_only)
        return True

    def _is_shipped(self, file: Path) -> bool:
        try:
            file.resolve().relative_to(self.places.shipped_dir.resolve())
        except ValueError:
            return False
        return True

    def open_document(
        self, doc: ScenarioDocument, *, read_only: bool = False, unsaved: bool = False
    ) -> None:
        """Edit ``doc`` (replacing the open one, which must be closed already).

        ``unsaved``: the document differs from its file (a recovered one).
        """
        session = EditorSession(doc, read_only=read_only, describe=describe_command, parent=self)
        self.session = session
        self.recovery_kept = False
        if unsaved:
            session.undo_stack.resetClean()  # no state of this stack is the file on disk
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        self.form = FormPane(session, self.document_page, read_only_notice=False)
        self.form.setAccessibleName(QCoreApplication.translate("EditorWindow", "Form"))
        self._document_layout.addWidget(self.form, 1)
        self.banner.setVisible(read_only)
        self.outline.set_session(session)
        self.map.set_session(session)
        folder = doc.path.parent if doc.path is not None else self.places.own_dir
        self.glossary = scenario_glossary(folder, self.places.shipped_dir)
        self.checker = LiveChecker(
            doc, folder, glossary=self.glossary, synchronous=self.synchronous, parent=self
        )
        self.checker.checked.connect(self._checked)
        self.checker.failed.connect(self._check_failed)
        self.checker.started.connect(self._update_checking)
        session.changed.connect(self._document_changed)
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        self.centre.setCurrentWidget(self.document_page)
        self._last_check = None
        self.findings_model.set_findings([])
        self.analysis.show_result(None)
        self._recovered_revision = -1
        # The first check starts once the document is on screen: a check thread running
        # while the window builds and paints the forms, outline and map takes half the
        # interpreter's time from them (opening 2,000 nodes took twice as long).
        self.checker.schedule()
        session.select(())
        self._update_state()
        if unsaved:
            self._autosave.start()
        # The keyboard starts in the form (not on the hidden "Open" button of the empty page).
        self._focus_form(None)

    def close_document(self) -> bool:
        """Close the open document, asking about unsaved changes; False if cancelled."""
        session = self.session
        if session is None:
            return True
        if session.dirty:
            answer = ask_unsaved(self, self._name())
            if answer is Answer.CANCEL:
                return False
            if answer is Answer.SAVE and not self.save():
                return False
            if answer is Answer.DISCARD and session.doc.path is not None:
                self.recovery.discard(session.doc.path)  # declined: nothing to offer later
        self._autosave.stop()
        if self.checker is not None:
            self.checker.stop()
            self.checker.deleteLater()
            self.checker = None
        self.outline.clear()
        self.map.clear()
        self.undo_group.removeStack(session.undo_stack)
        if self.form is not None:
            self.form.setParent(None)
            self.form.deleteLater()
            self.form = None
        session.deleteLater()
        self.session = None
        self._last_check = None
        self.banner.hide()
        self.centre.setCurrentWidget(self.empty_page)
        self._update_state()
        return True

    def _name(self) -> str:
        session = self.session
        if session is None:
            return ""
        scenario_id = session.doc.root.get("id") if isinstance(session.doc.root, dict) else None
        if session.doc.path is None:
            return str(scenario_id or QCoreApplication.translate("EditorWindow", "new scenario"))
        return f"{scenario_id or session.doc.path.parent.name} ({session.doc.path.name})"

    def select(self, path: DocPath) -> None:
        """Show ``path`` in the form (a finding or analysis row was activated)."""
        if self.session is not None:
            self.session.select(tuple(path))

    def tab_stops(self) -> list[QWidget]:
        """Where Tab goes, in order: outline, the form's fields, findings, analysis.

        Qt's own order follows creation, and the form's fields are made anew on every
        rebuild (they would come after every panel); panels behind a tab are skipped.
        """

        def takes_tab(widget: QWidget) -> bool:
            return bool(
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None  # a spin box's own line edit: the box
                and widget.isVisible()
                and widget.isEnabled()
                and not widget.visibleRegion().isEmpty()
            )

        fields: list[QWidget] = []
        form = self.form.form if self.form is not None else None
        if form is not None:
            widget = form.nextInFocusChain()
            while widget is not None and widget is not form:
                if form.isAncestorOf(widget) and takes_tab(widget):
                    fields.append(widget)
                widget = widget.nextInFocusChain()
        # The tabs of the analysis and history panels (the main window makes them).
        tabs = [bar for bar in self.findChildren(QTabBar) if bar.parentWidget() is self]
        outline = [self.outline.search, self.outline.tree, self.outline.uses_button]
        panels = [self.findings, *tabs, self.analysis.view, self.history]
        return [w for w in (*outline, *fields, *panels) if w in fields or takes_tab(w)]

    def focusNextPrevChild(self, next: bool) -> bool:
        stops = self.tab_stops()
        focus = QApplication.focusWidget()
        while focus is not None and focus not in stops and focus is not self:
            focus = focus.parentWidget()  # e.g. a combo box's line edit: the box
        if focus is not None and focus in stops:
            step = 1 if next else -1
            stops[(stops.index(focus) + step) % len(stops)].setFocus(
                Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
            )
            return True
        return super().focusNextPrevChild(next)

    def show_or_hide_panel(self, dock: QDockWidget) -> None:
        """Alt+1…5: a closed panel opens, one behind another's tab comes to the front,
        one in sight closes."""
        if dock.isHidden():
            dock.show()
            dock.raise_()
        elif dock.widget().visibleRegion().isEmpty() and not dock.isFloating():
            dock.raise_()
        else:
            dock.hide()

    def _test_from_here(self) -> None:
        # Back from the test, the keyboard returns where it was (the map's keys work
        # only with the focus in the map).
        self._focus_before_trial = QApplication.focusWidget()
        self.trial.start()

    def _after_trial(self) -> None:
        widget, self._focus_before_trial = self._focus_before_trial, None
        if widget is not None and shiboken6.isValid(widget) and widget.isVisible():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_wide_map(self, wide: bool) -> None:
        """The map alone in the window (the form and the other panels out of the way),
        or the panels back as they were."""
        if wide == (self._before_wide is not None):
            self.wide_map_action.setChecked(wide)
            return
        if wide:
            self._before_wide = self.saveState()
            for dock in (self.outline_dock, self.findings_dock, self.analysis_dock):
                dock.hide()
            self.history_dock.hide()
            self.map_dock.setFloating(False)
            self.map_dock.show()
            self.map_dock.raise_()
            # With the central widget hidden, the dock areas share the whole window.
            self.centre.hide()
            self.map.view.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            state, self._before_wide = self._before_wide, None
            self.centre.show()
            if state is not None:
                self.restoreState(state)
        self.wide_map_action.setChecked(wide)

    def _focus_form(self, _path: object) -> None:
        """The focus into the form: its first field that takes the keyboard (leaving the
        wide map, which hides the form)."""
        self.set_wide_map(False)
        form = self.form
        if form is None:
            return
        fields = form.form if form.form is not None else form  # not the pane's scroll area
        for widget in fields.findChildren(QWidget):
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisible()
                and widget.isEnabled()
            ):
                widget.setFocus(Qt.FocusReason.TabFocusReason)
                return
        form.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a form with no field yet
        form.setFocus(Qt.FocusReason.TabFocusReason)

    # -- following edits ------------------------------------------------------------

    def _document_changed(self, _path: object) -> None:
        if self.checker is not None:
            self.checker.schedule()
        self._update_checking()
        if self.session is not None and self.session.dirty and not self._autosave.isActive():
            self._autosave.start()

    def _clean_changed(self, clean: bool) -> None:
        if self.recovery_kept:
            return
        if clean and self.session is not None and self.session.doc.path is not None:
            self.recovery.discard(self.session.doc.path)  # back to the file on disk
            self._autosave.stop()
        elif not clean and not self._autosave.isActive():
            self._autosave.start()
        self._update_state()

    def check_now(self) -> None:
        """F5: check at once (no wait for the pause in typing)."""
        if self.checker is not None:
            self.checker.check_now()

    def _checked(self, check: CheckResult) -> None:
        self._last_check = check
        self.findings_model.set_findings(check.result.findings)
        self.analysis.show_result(check)
        self.map.show_check(check)
        self._update_state()

    def _check_failed(self, error: BaseException) -> None:
        from trainer.crash import save_crash_report

        report = save_crash_report(error)
        self.checking_label.setText(
            QCoreApplication.translate("EditorWindow", "The check failed (report: %1)").replace(
                "%1", str(report or "-")
            )
        )

    def _update_checking(self) -> None:
        busy = self.checker is not None and self.checker.busy
        self.checking_label.setText(
            QCoreApplication.translate("EditorWindow", "Checking…") if busy else ""
        )

    def counts(self) -> tuple[int, int]:
        """(errors, warnings) of the last check."""
        findings = self.findings_model.findings
        errors = sum(1 for f in findings if f.is_error)
        return errors, len(findings) - errors

    def _update_state(self) -> None:
        session = self.session
        has_doc = session is not None
        writable = has_doc and not session.read_only  # type: ignore[union-attr]
        self.save_action.setEnabled(writable)
        self.publish_action.setEnabled(writable)
        self.copy_action.setEnabled(has_doc and session.doc.path is not None)  # type: ignore[union-attr]
        self.find_action.setEnabled(has_doc)
        self.check_action.setEnabled(has_doc)
        self.test_action.setEnabled(has_doc)  # test from here: a read-only one plays too
        editor = QCoreApplication.translate("EditorWindow", "Scenario editor")
        if session is None:
            self.setWindowTitle(editor)
            self.file_label.setText("")
            self.counts_label.setText("")
            self.setWindowModified(False)
            self.unsaved_label.hide()
            return
        read_only = (
            QCoreApplication.translate("EditorWindow", " (read-only)") if session.read_only else ""
        )
        self.setWindowTitle(f"{self._name()}{read_only}[*] – {editor}")
        self.setWindowModified(session.dirty)
        # Said in words too (the title's mark is easy to miss, and not read out).
        self.unsaved_label.setText(
            QCoreApplication.translate("EditorWindow", "● Unsaved changes") if session.dirty else ""
        )
        self.unsaved_label.setVisible(session.dirty)
        where = (
            str(session.doc.path)
            if session.doc.path is not None
            else QCoreApplication.translate("EditorWindow", "not saved yet")
        )
        self.file_label.setText(where)
        self.file_label.setToolTip(where)
        self._update_checking()
        if self._last_check is None:
            self.counts_label.setText("")
            return
        errors, warnings = self.counts()
        self.counts_label.setText(
            QCoreApplication.translate("EditorWindow", "%1 error(s), %2 warning(s)")
            .replace("%1", str(errors))
            .replace("%2", str(warnings))
        )
        self.counts_label.setAccessibleName(self.counts_label.text())

    # -- files ----------------------------------------------------------------------

    def save(self) -> bool:
        """Save the document (temp file, fsync, replace); False if it could not be saved."""
        session = self.session
        if session is None or session.read_only:
            return False
        try:
            session.doc.save()
        except (OSError, ValueError) as exc:
            tell(
                self,
                QCoreApplication.translate("EditorWindow", "Cannot save"),
                QCoreApplication.translate(
                    "EditorWindow", "%1 could not be saved; the changes are still open here."
                ).replace("%1", str(session.doc.path)),
                str(exc),
                error=True,
            )
            return False
        session.undo_stack.setClean()
        if session.doc.path is not None:
            self.recovery.discard(session.doc.path)
        self._autosave.stop()
        self.statusBar().showMessage(QCoreApplication.translate("EditorWindow", "Saved."), 4000)
        self._update_state()
        return True

    def write_recovery(self) -> None:
        """Keep the unsaved work in the recovery folder (every few seconds while dirty)."""
        session = self.session
        if session is None or not session.dirty or session.doc.path is None:
            self._autosave.stop()
            return
        if session.doc.revision == self._recovered_revision:
            return
        try:
            self.recovery.write(session.doc)
        except OSError as exc:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "EditorWindow", "Unsaved work could not be kept for recovery: %1"
                ).replace("%1", str(exc))
            )
            return
        self._recovered_revision = session.doc.revision

    def show_open_dialog(self) -> None:
        """The instructor's and the shipped scenarios: open, create, copy, rename, delete."""
        from trainer.gui.editor.open_dialog import OpenScenarioDialog

        dialog = OpenScenarioDialog(
            self.workspace(), self, language=self.ui_language(), releasing=self._release
        )
        self.open_dialog = dialog  # tests reach it while it is up
        try:
            if dialog.exec() and dialog.chosen is not None:
                file, read_only = dialog.chosen
                self.open_file(file, read_only=read_only)
        finally:
            self.open_dialog = None
            dialog.deleteLater()

    def _release(self, folder: Path) -> bool:
        """Close the open document if it lives in ``folder`` (about to move); False: kept."""
        session = self.session
        if session is None or session.doc.path is None:
            return True
        if session.doc.path.parent.resolve() != folder.resolve():
            return True
        return self.close_document()

    def workspace(self) -> ScenarioWorkspace:
        """The instructor's and the shipped scenarios, and the trash."""
        places = self.places
        return ScenarioWorkspace(places.own_dir, places.shipped_dir, places.trash_dir)

    def save_as_copy(self) -> None:
        """Copy the open scenario into the instructor's own (asks the new id) and open it."""
        from trainer.gui.editor.open_dialog import ask_new_id

        session = self.session
        if session is None or session.doc.path is None:
            return
        if session.dirty and not self.save():
            return
        folder = session.doc.path.parent
        new_id = ask_new_id(
            self,
            QCoreApplication.translate("EditorWindow", "Save as a copy"),
            f"{folder.name}-copy",
            self.workspace(),
        )
        if new_id is None:
            return
        try:
            file = self.workspace().duplicate(folder, new_id)
        except TrainerError as exc:
            tell(
                self,
                QCoreApplication.translate("EditorWindow", "Save as a copy"),
                str(exc),
                error=True,
            )
            return
        self.open_file(file, read_only=False)

    def import_from_twine(self, source: Path | None = None) -> bool:
        """A Twine story (a ``.twee`` file) made into a new draft and opened; False when
        nothing was imported. ``source``: the file (else the instructor picks it)."""
        from trainer.gui.editor.twine_import import choose_twee_file, import_twine

        if source is None:
            source = choose_twee_file(self, Path.home())
            if source is None:
                return False
        if not self.close_document():  # unsaved work asked about before anything is written
            return False
        file = import_twine(self, self.workspace(), source, english=self.ui_language() == "en")
        return file is not None and self.open_file(file, read_only=False)

    def publish(self) -> None:
        """Check, ask about warnings, raise the version, save; the officers' library follows."""
        from trainer.gui.editor.publishing import publish_interactively

        session = self.session
        if session is None or session.read_only or session.doc.path is None:
            return
        version = publish_interactively(
            self,
            session,
            self.glossary,
            message=self.findings_model.message_of,
            library_dir=self.places.library_dir,
        )
        if version is None:
            return
        self.recovery.discard(session.doc.path)
        self._autosave.stop()
        self._update_state()
        self.statusBar().showMessage(
            QCoreApplication.translate("EditorWindow", "Published as version %1.").replace(
                "%1", str(version)
            ),
            6000,
        )
        self.published.emit(session.doc.path)

    def offer_recoveries(self) -> None:
        """Offer back the unsaved work an editor left when it stopped (restore / discard)."""
        from trainer.gui.editor.recovering import offer_recoveries

        offer_recoveries(self, self.recovery, self._restore)

    def _restore(self, doc: ScenarioDocument) -> bool:
        if not self.close_document():
            return False
        self.open_document(doc, read_only=False, unsaved=True)
        return True

    # -- keyboard -------------------------------------------------------------------

    def show_shortcuts(self) -> None:
        """F1: every shortcut of the editor, read from its menus."""
        from trainer.gui.editor.shortcuts import ShortcutsDialog, shortcut_rows

        menus = (self.file_menu, self.edit_menu, self.view_menu, self.run_menu, self.help_menu)
        actions = [action for menu in menus for action in menu.actions()]
        actions += self.map.shortcut_actions()  # the map's keys work while it has the focus
        dialog = ShortcutsDialog(shortcut_rows(actions), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def find_in_outline(self) -> None:
        """Ctrl+F: the outline's search."""
        self.outline_dock.show()
        self.outline_dock.raise_()
        self.outline.focus_search()

    def _panels(self) -> list[QWidget]:
        panels: list[QWidget] = []
        if self.form is not None:
            panels.append(self.form)
        for dock, widget in (
            (self.outline_dock, self.outline.tree),
            (self.findings_dock, self.findings),
            (self.analysis_dock, self.analysis.view),
            (self.history_dock, self.history),
            (self.map_dock, self.map.view),
        ):
            if dock.isVisible() and not widget.visibleRegion().isEmpty():
                panels.append(widget)
        return panels

    def cycle_panels(self, step: int) -> None:
        """F6 / Shift+F6: the focus to the next (previous) panel: form, outline, findings…"""
        panels = self._panels()
        if not panels:
            return
        focus = self.focusWidget()
        current = next(
            (
                i
                for i, panel in enumerate(panels)
                if focus is not None and (focus is panel or panel.isAncestorOf(focus))
            ),
            -1,
        )
        target = panels[(current + step) % len(panels)]
        if target is self.form:
            self._focus_form(None)
        else:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def close_keeping_recovery(self) -> None:
        """Close at once, without asking (the instructor signed out): unsaved work stays in
        the recovery folder and is offered back when the editor opens again."""
        session = self.session
        if session is not None and session.dirty:
            self._recovered_revision = -1
            self.write_recovery()
            self.recovery_kept = True  # before setClean: the clean state must not discard it
            session.undo_stack.setClean()  # nothing left to ask about: the work is kept
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.close_document():
            event.ignore()
            return
        self.set_wide_map(False)  # the panels are kept as the instructor arranged them
        save_layout(self, self.places.layout_file)
        event.accept()
