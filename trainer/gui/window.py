"""The main window: a stack of pages and the menus that work everywhere.

Only the profile page is built with the window; the others (and the modules behind
them) when first shown, so the first screen appears quickly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QThread, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from trainer.domain.errors import TrainerError
from trainer.gui.context import GuiContext
from trainer.gui.dialogs import DialogTitlesFit
from trainer.gui.i18n import Translations
from trainer.gui.keys import EnterPressesFocusedButton
from trainer.gui.profiles.page import ProfilePage
from trainer.gui.settings import MAX_IDLE_MINUTES, MAX_POINT_SIZE, MIN_POINT_SIZE
from trainer.gui.style import stylesheet
from trainer.services.deferred import Deferred
from trainer.services.records import TRAINER, AttemptRecord, ProfileRecord

if TYPE_CHECKING:
    from trainer.gui.editor.window import EditorWindow
    from trainer.gui.history.page import HistoryPage
    from trainer.gui.history.replay_page import ReplayPage
    from trainer.gui.idle import IdleSignOut
    from trainer.gui.library.page import LibraryPage
    from trainer.gui.overview.page import TrainerOverviewPage
    from trainer.gui.player.debrief_page import DebriefPage
    from trainer.gui.player.page import PlayPage
    from trainer.services.cards import Results, ScenarioCard
    from trainer.services.library import LibraryEntry
    from trainer.services.play import ActiveAttempt
    from trainer.services.replay import Replay


# The size the screens are designed for (the station laptops).
DESIGN_SIZE = (1366, 768)


class MainWindow(QMainWindow):
    """Profiles → library → play → debrief, with text size and language menus."""

    def __init__(self, context: GuiContext, translations: Translations) -> None:
        super().__init__()
        self.context = context
        self.translations = translations
        self.profile: ProfileRecord | None = None
        # What the library shows: cached cards until the scenario files have been read
        # (read at the first sign-in: the profile screen does not need them).
        self.cards: list[ScenarioCard] = []
        # The scenario files read (on the worker thread): what a start plays.
        self._entries: Deferred[list[LibraryEntry]] = Deferred()
        self._loading = False
        self._idle: IdleSignOut | None = None
        self._last_start: tuple[ScenarioCard, str, str] | None = None
        self._pages: dict[str, QWidget] = {}
        self.editor: EditorWindow | None = None  # built when an instructor first opens it
        self.saved_notice: QWidget | None = None  # where the last attempt PDF went
        self.setMinimumSize(1000, 640)  # the smallest screen supported (tests walk it)
        # Parented to the window: the filters go when the window does. Installed once the
        # window is first painted (see paintEvent): an application-wide filter routes every
        # event of every widget through Python, which slowed the first screen measurably.
        self._enter_presses = EnterPressesFocusedButton(self)
        self._titles_fit = DialogTitlesFit(self)
        self._app_filters_scheduled = False
        #: True once those filters are in place (tests wait for it, as a user waits for
        #: the window to appear before typing).
        self.app_filters_installed = False
        self._point_size = context.settings.point_size
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.profiles = ProfilePage(context)
        self.stack.addWidget(self.profiles)
        self.profiles.signed_in.connect(self._signed_in)
        self.profiles.language_change_requested.connect(self.set_language)
        self._build_menus()
        self.apply_font_size(context.settings.point_size)
        self.retranslate()
        self.profiles.refresh()
        self.stack.setCurrentWidget(self.profiles)

    # -- the scenario files ------------------------------------------------------------

    def _cards_now(self) -> list[ScenarioCard]:
        """The cards to list: from the files if read, else from the card cache, else wait."""
        if not self._entries.ready:
            from trainer.services.card_cache import cached_cards

            cached = cached_cards(
                self.context.card_cache, self.context.scenario_roots, self.context.trust_dir
            )
            if cached is not None:
                return cached
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return [entry.card for entry in self.entries()]
        except Exception:  # reported by load_library's own error handler
            return []
        finally:
            QApplication.restoreOverrideCursor()

    def reload_library(self) -> None:
        """Read the scenario folders again (a scenario was published from the editor)."""
        if self._loading and not self._entries.ready:
            self.context.runner.wait()  # the read under way would overwrite the new one
        self._entries = Deferred()
        self._loading = False
        self.load_library()

    def load_library(self) -> None:
        """Read and check the scenario folders on the worker thread, then refresh the cards.

        Once per window: a second call does nothing.
        """
        if self._loading:
            return
        self._loading = True
        context = self.context

        def read() -> list[LibraryEntry]:
            # Imported here, on the worker thread: the reader is slow to import.
            from trainer.services.card_cache import save_cards, trust_signature
            from trainer.services.cards import unique

            trust = trust_signature(context.trust_dir)  # before: a change meanwhile → stale
            every = context.library.read_all()
            save_cards(context.card_cache, every, trust)
            return unique(every)

        context.runner.run(
            lambda: self._entries.compute(read), on_done=self._library_loaded, on_error=self._error
        )

    def _library_loaded(self, entries: list[LibraryEntry]) -> None:
        cards = [entry.card for entry in entries]
        if cards != self.cards:
            self.cards = cards
            if "library" in self._pages:
                self.library.replace_cards(cards)

    def entries(self) -> list[LibraryEntry]:
        """The scenario files read (waits while they are being read).

        Tasks on the worker thread wait too; reading was queued before any of them
        (at start-up), so they never wait for a job queued behind themselves.
        """
        if QThread.currentThread() is self.thread():
            self.load_library()  # if nothing has started it yet
            if not self._entries.ready:
                self.context.hurry()
        return self._entries.get()

    def _entry(self, key: str) -> LibraryEntry | None:
        return next((e for e in self.entries() if e.key == key), None)

    # -- pages built on first use -------------------------------------------------------

    def _page(self, name: str, build: Any) -> Any:
        page = self._pages.get(name)
        if page is None:
            page = self._pages[name] = build()
            self.stack.addWidget(page)
        return page

    @property
    def library(self) -> LibraryPage:
        """The scenario library."""

        def build() -> LibraryPage:
            from trainer.gui.library.page import LibraryPage

            page = LibraryPage(self.context)
            page.start_requested.connect(self._start)
            page.resume_requested.connect(self._resume)
            page.history_requested.connect(self.show_history)
            page.overview_requested.connect(self.show_overview)
            return page

        return self._page("library", build)  # type: ignore[no-any-return]

    @property
    def player(self) -> PlayPage:
        """The play view."""

        def build() -> PlayPage:
            from trainer.gui.player.page import PlayPage

            page = PlayPage(self.context)
            page.attempt_finished.connect(self._finished)
            page.leave_requested.connect(self._pause)
            return page

        return self._page("player", build)  # type: ignore[no-any-return]

    @property
    def debrief(self) -> DebriefPage:
        """The debrief after an attempt."""

        def build() -> DebriefPage:
            from trainer.gui.player.debrief_page import DebriefPage

            page = DebriefPage()
            page.library_requested.connect(lambda: self.show_library())
            page.play_again_requested.connect(self._play_again)
            return page

        return self._page("debrief", build)  # type: ignore[no-any-return]

    @property
    def history(self) -> HistoryPage:
        """The officer's own results."""

        def build() -> HistoryPage:
            from trainer.gui.history.page import HistoryPage

            page = HistoryPage(self.context, catalogue=lambda: self.cards)
            page.back_requested.connect(lambda: self.show_library())
            page.replay_requested.connect(self._replay)
            page.load_failed.connect(self._error)
            return page

        return self._page("history", build)  # type: ignore[no-any-return]

    @property
    def replay(self) -> ReplayPage:
        """One past attempt as it was shown."""

        def build() -> ReplayPage:
            from trainer.gui.history.replay_page import ReplayPage

            page = ReplayPage()
            page.back_requested.connect(self._back_to_history)
            page.pdf_requested.connect(self._ask_attempt_pdf)
            return page

        return self._page("replay", build)  # type: ignore[no-any-return]

    @property
    def overview(self) -> TrainerOverviewPage:
        """Every profile's results, for trainers."""

        def build() -> TrainerOverviewPage:
            from trainer.gui.overview.page import TrainerOverviewPage

            page = TrainerOverviewPage(self.context)
            page.back_requested.connect(lambda: self.show_library())
            return page

        return self._page("overview", build)  # type: ignore[no-any-return]

    # -- menus, language, text size -------------------------------------------------

    def _build_menus(self) -> None:
        self.view_menu = self.menuBar().addMenu("")
        self.bigger = QAction(self)
        self.bigger.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.bigger.triggered.connect(lambda: self.apply_font_size(self._size() + 1))
        self.smaller = QAction(self)
        self.smaller.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.smaller.triggered.connect(lambda: self.apply_font_size(self._size() - 1))
        self.reset = QAction(self, shortcut=QKeySequence("Ctrl+0"))
        self.reset.triggered.connect(lambda: self.apply_font_size(11))
        for action in (self.bigger, self.smaller, self.reset):
            self.view_menu.addAction(action)
        # Ctrl+= works too on keyboards where + needs Shift.
        extra = QAction(self, shortcut=QKeySequence("Ctrl+="))
        extra.triggered.connect(self.bigger.trigger)
        self.addAction(extra)
        self.language_menu = self.menuBar().addMenu("")
        self.polish = QAction("Polski", self, checkable=True)
        self.english = QAction("English", self, checkable=True)
        self.polish.triggered.connect(lambda: self.set_language("pl"))
        self.english.triggered.connect(lambda: self.set_language("en"))
        self.language_menu.addAction(self.polish)
        self.language_menu.addAction(self.english)
        self.profile_menu = self.menuBar().addMenu("")
        self.history_action = QAction(self)
        self.history_action.triggered.connect(self.show_history)
        self.profile_menu.addAction(self.history_action)
        self.overview_action = QAction(self)
        self.overview_action.triggered.connect(self.show_overview)
        self.profile_menu.addAction(self.overview_action)
        self.editor_action = QAction(self, shortcut=QKeySequence("Ctrl+Shift+E"))
        self.editor_action.triggered.connect(self.show_editor)
        self.profile_menu.addAction(self.editor_action)
        self.packs_action = QAction(self)
        self.packs_action.triggered.connect(self.show_packs)
        self.profile_menu.addAction(self.packs_action)
        self.unlock_action = QAction(self)
        self.unlock_action.triggered.connect(self.unlock_profile)
        self.profile_menu.addAction(self.unlock_action)
        self.idle_action = QAction(self)
        self.idle_action.triggered.connect(self.ask_idle_minutes)
        self.profile_menu.addAction(self.idle_action)
        self.address_action = QAction(self)
        self.address_action.triggered.connect(self.change_address)
        self.profile_menu.addAction(self.address_action)
        # The first-run choice: offered on the profile screen while no instructor exists.
        self.setup_action = QAction(self)
        self.setup_action.triggered.connect(self.set_up_instructor)
        self.profile_menu.addAction(self.setup_action)
        self.switch_profile = QAction(self)
        self.switch_profile.triggered.connect(self.sign_out)
        self.profile_menu.addAction(self.switch_profile)
        self.help_menu = self.menuBar().addMenu("")
        self.shortcuts_action = QAction(self, shortcut=QKeySequence("F1"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = QAction(self)
        self.about_qt_action.triggered.connect(QApplication.aboutQt)
        for action in (self.shortcuts_action, self.about_action, self.about_qt_action):
            self.help_menu.addAction(action)
        self._update_role_actions()

    def retranslate(self) -> None:
        """Window title and menus in the current language."""
        self.setWindowTitle(self.tr("Case-scenario trainer"))
        self.view_menu.setTitle(self.tr("&View"))
        self.bigger.setText(self.tr("&Larger text"))
        self.smaller.setText(self.tr("&Smaller text"))
        self.reset.setText(self.tr("&Normal text size"))
        self.language_menu.setTitle(self.tr("La&nguage"))
        self.profile_menu.setTitle(self.tr("Pro&file"))
        self.switch_profile.setText(self.tr("&Switch profile (sign out)"))
        self.history_action.setText(self.tr("My &history"))
        self.overview_action.setText(self.tr("&Trainer overview"))
        self.editor_action.setText(self.tr("Scenario &editor…"))
        self.packs_action.setText(self.tr("Scenario &packs…"))
        self.unlock_action.setText(self.tr("&Unlock a profile…"))
        self.idle_action.setText(self.tr("Sign-out after &inactivity…"))
        self.address_action.setText(self.tr("Form of &address…"))
        self.setup_action.setText(self.tr("Set up this laptop for an &instructor…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.about_action.setText(self.tr("&About this app"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        language = self.context.settings.language
        self.polish.setChecked(language == "pl")
        self.english.setChecked(language == "en")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._app_filters_scheduled:
            self._app_filters_scheduled = True
            QTimer.singleShot(0, self._install_app_filters)

    def _install_app_filters(self) -> None:
        """Enter presses the focused button and dialogs fit their titles, on every screen."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._enter_presses)
            app.installEventFilter(self._titles_fit)
        self.app_filters_installed = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_shortcuts(self) -> None:
        """The keyboard shortcuts (F1)."""
        from trainer.gui.help import ShortcutsDialog

        ShortcutsDialog(self, instructor=self.editor_action.isEnabled()).exec()

    def show_about(self) -> None:
        """What this app is, its version, where it keeps its data."""
        from PySide6.QtWidgets import QMessageBox

        from trainer.gui.help import about_text

        QMessageBox.about(self, self.tr("About this app"), about_text(self.context.data_dir))

    def set_language(self, language: str) -> None:
        """Switch the UI language now and remember it."""
        self.context.settings.language = language
        self.context.settings.save()
        self.translations.install(language)  # sends LanguageChange to every widget
        if "library" in self._pages:
            self.library.model.set_language(language)
        self.retranslate()

    def _size(self) -> int:
        return self._point_size

    def apply_font_size(self, size: int) -> None:
        """Scale all text (Ctrl+plus / Ctrl+minus) and remember the size."""
        size = max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))
        self._point_size = size
        app = QApplication.instance()
        sheet = stylesheet(size)
        if isinstance(app, QApplication) and app.styleSheet() != sheet:
            app.setStyleSheet(sheet)  # re-polishes every widget: only when it changes
        if self.context.settings.point_size != size:  # no file written at every start
            self.context.settings.point_size = size
            self.context.settings.save()

    # -- navigation ------------------------------------------------------------------

    def _signed_in(self, profile: ProfileRecord) -> None:
        self.profile = profile
        self._update_role_actions()
        self.profiles.clear_notice()
        self.idle_sign_out.start()
        if not self.cards:
            self.cards = self._cards_now()
        results = self.context.results_for(profile)
        waiting = sorted(
            results.in_progress.values(), key=lambda a: (a.updated_at, a.id), reverse=True
        )
        if waiting:  # results list only attempts with a step taken: see resume_dialog
            from trainer.gui.resume_dialog import offer_resume

            record = waiting[0]
            if offer_resume(self, self._attempt_title(record), record):
                self._resume(record)
                return
        self.show_library(results)

    def _attempt_title(self, record: AttemptRecord) -> str:
        """The attempt's scenario title in the UI language (see resume_dialog.attempt_title)."""
        from trainer.gui.resume_dialog import attempt_title

        return attempt_title(record, self.cards, self.context.settings.language)

    def show_library(self, results: Results | None = None, *, selected: str | None = None) -> None:
        """Back to the library, with fresh results (or ``results`` just read).

        ``selected``: the key of the scenario to select (else the first listed).
        """
        if self.profile is None:  # signed out meanwhile (code going on after a dialog)
            self.stack.setCurrentWidget(self.profiles)
            return
        if results is None:
            results = self.context.results_for(self.profile)
        self.library.show_for(self.profile, self.cards, results, selected=selected)
        self.stack.setCurrentWidget(self.library)

    def _update_role_actions(self) -> None:
        signed_in = self.profile is not None
        self.history_action.setEnabled(signed_in)
        self.address_action.setEnabled(signed_in)
        # Only trainers see the overview; officers never see other people's results.
        trainer = signed_in and self.profile.role == "trainer"  # type: ignore[union-attr]
        self.overview_action.setVisible(trainer)
        self.editor_action.setVisible(trainer)
        self.editor_action.setEnabled(trainer)  # a hidden action's shortcut must not fire
        self.packs_action.setVisible(trainer)
        self.packs_action.setEnabled(trainer)
        self.unlock_action.setVisible(trainer)
        self.idle_action.setVisible(trainer)
        self.setup_action.setVisible(
            not signed_in and all(p.role != TRAINER for p in self.context.list_profiles())
        )

    def change_address(self) -> None:
        """The signed-in officer changes how scenarios address them (from the next attempt)."""
        from trainer.gui.profiles.address import AddressDialog

        if self.profile is None:
            return
        profiles = self.context.services.profiles
        dialog = AddressDialog(profiles.address_of(self.profile), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        session = self.context.session

        def save() -> None:
            if self.profile is None or self.context.session != session:
                return  # signed out meanwhile: not this officer's choice any more
            try:
                self.profile = profiles.set_address(self.profile, dialog.chosen())
            except TrainerError as exc:
                self._error(exc)

        dialog.accepted.connect(save)
        dialog.open()

    def set_up_instructor(self) -> None:
        """The laptop's first instructor (only while there is none, on the profile screen)."""
        from trainer.gui.profiles.setup_dialog import InstructorSetupDialog

        if self.profile is not None:
            return
        dialog = InstructorSetupDialog(self.context.services.profiles, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._instructor_set_up(dialog.created))
        dialog.open()

    def _instructor_set_up(self, instructor: ProfileRecord | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from trainer.gui.widgets.safe_text import show_plain_message

        self.profiles.refresh()
        self._update_role_actions()
        if instructor is None:
            return
        show_plain_message(  # a name someone typed: never rich text
            self,
            QMessageBox.Icon.Information,
            self.tr("Set up this laptop for an instructor"),
            self.tr(
                "%1 is this laptop's instructor now: choose the profile and sign in with the "
                "password. Further instructors are added by an instructor."
            ).replace("%1", instructor.display_name),
        )

    def show_editor(self) -> None:
        """The scenario editor (instructors only; built at first use, then raised)."""
        if self.profile is None or self.profile.role != TRAINER:
            return
        first = self.editor is None
        if self.editor is None:
            from trainer.gui.editor.window import EditorPlaces, EditorWindow

            shipped = self._shipped_root()
            self.editor = EditorWindow(
                EditorPlaces(self.context.data_dir, shipped),
                synchronous=self.context.runner.synchronous,
                ui_language=lambda: self.context.settings.language,
                context=self.context,
            )
            self.editor.published.connect(lambda _file: self.reload_library())
            self.editor.viewer = lambda: self.profile  # what officers chose: who asks
        self.editor.show()
        self.editor.raise_()
        self.editor.activateWindow()
        if first:
            self.editor.offer_recoveries()

    def _shipped_root(self) -> Path:
        """The folder of the scenarios that come with the app."""
        return next(
            (root for root, label in self.context.scenario_roots if label == "shipped"),
            self.context.data_dir / "scenarios",
        )

    def show_packs(self) -> None:
        """Import and export scenario packs (instructors only)."""
        if self.profile is None or self.profile.role != TRAINER:
            return
        from trainer import __version__
        from trainer.exchange.trust_store import TrustStore
        from trainer.gui.messages import describe
        from trainer.gui.packs.centres import CentresAccess
        from trainer.gui.packs.dialog import PacksDialog
        from trainer.services.centre_trust import CentreTrustService
        from trainer.services.packs import ScenarioPacks

        instructor = self.profile
        services = self.context.services
        trust = TrustStore.for_data_dir(self.context.data_dir)
        centres = CentresAccess(
            store=trust,
            service=CentreTrustService(services.store, trust),
            confirm=lambda password: services.profiles.confirm_trainer(
                instructor.display_name, password
            ),
            instructor=instructor.display_name,
        )

        packs = ScenarioPacks(
            shipped=self._shipped_root(),
            data_dir=self.context.data_dir,
            app_version=__version__,
            trust=trust,
        )
        dialog = PacksDialog(
            packs,
            self.context.runner,
            language=self.context.settings.language,
            start_dir=Path.home(),
            on_changed=self.reload_library,
            centres=centres,
            describe=describe,
            # The library as the window read it, if it has: no wait of seconds to list it.
            initial=(
                packs.describe(self._entries.get())
                if self._entries.ready and not self._entries.failed
                else None
            ),
            parent=self,
        )
        dialog.exec()
        dialog.deleteLater()

    def _close_editor(self) -> None:
        """Sign-out: the editor goes with the instructor; unsaved work stays for recovery."""
        if self.editor is not None:
            self.editor.close_keeping_recovery()
            self.editor.deleteLater()
            self.editor = None

    def show_overview(self) -> None:
        """Every profile's results (trainers only; the page checks the role again)."""
        if self.profile is None:
            return
        if self.overview.show_for(self.profile):
            self.stack.setCurrentWidget(self.overview)

    def unlock_profile(self) -> None:
        """A trainer lifts a lock after too many wrong PINs, confirming with their password."""
        from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

        from trainer.gui.messages import describe
        from trainer.gui.widgets.safe_text import show_plain_message
        from trainer.gui.widgets.tooltips import plain_tooltip

        trainer = self.profile
        if trainer is None or trainer.role != "trainer":
            return
        title = self.tr("Unlock a profile")
        locked = self.context.services.profiles.locked()
        if not locked:
            show_plain_message(
                self, QMessageBox.Icon.Information, title, self.tr("No profile is locked.")
            )
            return
        names = [p.display_name for p in locked]
        name, ok = QInputDialog.getItem(self, title, self.tr("Locked profile:"), names, 0, False)
        if not ok or name not in names:
            return
        password, ok = QInputDialog.getText(
            self,
            title,
            # The dialog's label reads rich text like a tooltip does: the name escaped.
            plain_tooltip(self.tr("Your password, %1:").replace("%1", trainer.display_name)),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        profile = locked[names.index(name)]
        try:
            self.context.services.profiles.unlock(profile, trainer=trainer, password=password)
        except TrainerError as exc:
            show_plain_message(self, QMessageBox.Icon.Warning, title, describe(exc))
            return
        show_plain_message(
            self,
            QMessageBox.Icon.Information,
            title,
            self.tr("%1 can sign in again.").replace("%1", profile.display_name),
        )

    def show_history(self) -> None:
        """The signed-in officer's own results."""
        if self.profile is None:
            return
        self.history.show_for(self.profile, viewer=self.profile)
        self.stack.setCurrentWidget(self.history)

    def _replay(self, attempt_id: str) -> None:
        viewer = self.profile
        if viewer is None:
            return
        context = self.context

        def replay() -> Replay:
            from trainer.services.replay import ReplayService

            return ReplayService(context.services.store).replay(attempt_id, viewer=viewer)

        self.context.runner.run(
            replay,
            on_done=self._while_signed_in(self._show_replay),
            on_error=self._error,
        )

    def _show_replay(self, replay: object) -> None:
        self.replay.show_replay(replay)  # type: ignore[arg-type]
        self.stack.setCurrentWidget(self.replay)

    def export_attempt_pdf(self, replay: Replay, path: Path) -> Path:
        """The debrief of one attempt as a PDF naming the scenario version."""
        from trainer.gui.reports.attempt_pdf import feedback_by_seq, write_attempt_pdf
        from trainer.services.reports import ReportService

        assert self.profile is not None
        report = ReportService(self.context.services.store).attempt_report(
            replay.attempt.id, viewer=self.profile, labels=self.context.settings.language
        )
        return write_attempt_pdf(
            report, path, language=self.context.settings.language, feedback=feedback_by_seq(replay)
        )

    def _ask_attempt_pdf(self, replay: Replay | None) -> None:
        if replay is None or self.profile is None:
            return
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        title = self.tr("Export PDF")
        session = self.context.session
        # The default file name in the UI language (no diacritics: safe on any disk).
        name = self.tr("attempt", "default file name of an attempt's PDF") + ".pdf"
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), "PDF (*.pdf)")
        if not chosen or self.context.session != session:  # signed out meanwhile
            return
        try:
            written = self.export_attempt_pdf(replay, Path(chosen))
        except (OSError, TrainerError) as exc:
            from trainer.gui.messages import describe
            from trainer.gui.widgets.safe_text import show_plain_message

            detail = describe(exc) if isinstance(exc, TrainerError) else str(exc)
            show_plain_message(self, QMessageBox.Icon.Warning, title, detail)
            return
        from trainer.gui.saved_notice import show_saved

        self.saved_notice = show_saved(self, title, written)

    def _back_to_history(self) -> None:
        self.stack.setCurrentWidget(self.history)

    def sign_out(self) -> None:
        """Back to the profile screen; nothing of the last officer stays on screen.

        Work still under way for them (a step being stored, a page loading, a file
        dialog) is dropped when it comes back: see :meth:`_while_signed_in`.
        """
        self.profile = None
        self.context.session += 1
        self._close_editor()
        self._update_role_actions()
        self.profiles.clear_notice()
        if self._idle is not None:
            self._idle.stop()
        if "player" in self._pages:
            self.player.stop()
        if "library" in self._pages:
            self.library.model.set_cards([], self.library.results)
        self.profiles.refresh()
        self.stack.setCurrentWidget(self.profiles)

    @property
    def idle_sign_out(self) -> IdleSignOut:
        """Signs the officer out after a while without input (see trainer.gui.idle)."""
        if self._idle is None:
            from trainer.gui.idle import IdleSignOut

            minutes = self.context.settings.idle_minutes
            self._idle = IdleSignOut(self, minutes, self._signed_out_idle)
        return self._idle

    def _signed_out_idle(self) -> None:
        minutes = self.idle_sign_out.minutes
        self.sign_out()
        self.profiles.show_idle_notice(minutes)

    def ask_idle_minutes(self) -> None:
        """A trainer sets how long a laptop may stay unused before its officer is signed out."""
        if self.profile is None or self.profile.role != "trainer":
            return
        from PySide6.QtWidgets import QInputDialog

        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Sign-out after inactivity"),
            self.tr("Minutes without activity before the officer is signed out (0: never):"),
            self.context.settings.idle_minutes,
            0,
            MAX_IDLE_MINUTES,
        )
        if not ok or self.profile is None:
            return
        self.context.settings.idle_minutes = minutes
        self.context.settings.save()
        self.idle_sign_out.set_minutes(minutes)

    def _while_signed_in(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """``callback``, dropped if the officer signs out before it is called.

        For work begun for one officer that comes back later (from the worker thread):
        it must not put their screens in front of the next person.
        """
        session = self.context.session

        def call(value: Any) -> None:
            if self.context.session == session:
                callback(value)

        return call

    def _start(self, card: ScenarioCard, mode: str, language: str) -> None:
        """Start ``card`` anew; with an attempt of it in progress, first ask whether to
        resume that one or abandon it and start over (Cancel changes nothing).

        Read from the store now, not from the library's results: after a debrief's
        "Play again" those may still list the attempt just finished.
        """
        from trainer.gui.resume_dialog import StartChoice, ask_resume_or_restart, resumable

        assert self.profile is not None
        profile = self.profile
        play = self.context.services.play
        waiting = play.unfinished(profile, card.key)  # newest first
        offered = next((a for a in waiting if resumable(a)), None)
        if offered is not None:
            session = self.context.session
            choice = ask_resume_or_restart(self, self._attempt_title(offered), offered)
            if self.context.session != session or choice is StartChoice.CANCEL:
                return  # signed out while asked, or cancelled: nothing changes
            if choice is StartChoice.RESUME:
                self._resume(offered)
                return
        # Every attempt of it still in progress is abandoned, not only the one offered:
        # older ones (left by versions before this question) and one with no step taken
        # (not worth a question: see resume_dialog) would otherwise stay "in progress".
        abandon = [a.id for a in waiting]
        self._last_start = (card, mode, language)

        def start() -> ActiveAttempt:
            from trainer.domain.model import Mode

            entry = self._entry(card.key)  # the files as read now, not the cached card
            if entry is None or entry.scenario is None:
                from trainer.services.library import ScenarioChangedError

                raise ScenarioChangedError(card.folder)
            for attempt_id in abandon:
                play.abandon(attempt_id)
            return play.start(profile, entry.result, mode=Mode(mode), language=language)

        self.context.runner.run(
            start, on_done=self._while_signed_in(self._play), on_error=self._error
        )

    def _resume(self, record: AttemptRecord) -> None:
        def resume() -> ActiveAttempt:
            entry = self._entry(record.scenario_id)
            folder = entry.folder if entry is not None else None
            return self.context.services.play.resume(record, folder)

        self.context.runner.run(
            resume, on_done=self._while_signed_in(self._play), on_error=self._error
        )

    def _play(self, active: ActiveAttempt) -> None:
        self.player.begin(active)
        self.stack.setCurrentWidget(self.player)

    def _pause(self) -> None:
        # The library keeps the paused scenario selected (and focused): Enter or Start
        # goes straight back to it (the question's default is Resume).
        active = self.player.active
        self.show_library(selected=active.scenario.id if active is not None else None)

    def _finished(self, active: ActiveAttempt) -> None:
        def debrief() -> object:
            from trainer.services.debrief import build_debrief

            return build_debrief(
                active.scenario, active.analysis, active.state, address=active.address
            )

        self.context.runner.run(
            debrief,
            on_done=self._while_signed_in(
                lambda debrief: self._show_debrief(debrief, active.language)
            ),
            on_error=self._error,
        )

    def _show_debrief(self, debrief: object, language: str) -> None:
        self.debrief.show_debrief(debrief, language)  # type: ignore[arg-type]
        self.stack.setCurrentWidget(self.debrief)
        # The debrief itself, not "Play again": an Enter pressed twice on the last step
        # must not skip the debrief by starting over (arrows and Page Down scroll it).
        self.debrief.scroller.setFocus()

    def _play_again(self) -> None:
        if self._last_start is None:
            self.show_library()
            return
        self._start(*self._last_start)

    def _error(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        if isinstance(error, TrainerError):
            from trainer.gui.messages import describe
            from trainer.gui.widgets.safe_text import show_plain_message

            show_plain_message(
                self, QMessageBox.Icon.Warning, self.tr("Something went wrong"), describe(error)
            )
            return
        from trainer.crash import save_crash_report
        from trainer.gui.widgets.safe_text import show_plain_message

        report = save_crash_report(error)
        show_plain_message(
            self,
            QMessageBox.Icon.Critical,
            self.tr("Unexpected error"),
            self.tr("The program hit an internal error. Your saved progress is safe.")
            + (f"\n\n{report}" if report else ""),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor is not None and not self.editor.close():
            event.ignore()  # the instructor cancelled closing the editor's unsaved work
            return
        self.context.hurry()  # a worker still waiting for the first paint
        self.context.runner.wait()
        self._remember_geometry()
        event.accept()

    def restore_place(self) -> None:
        """Open where the window was left; else at 1366×768, or maximised on a smaller screen.

        On a 1366×768 laptop a 1366×768 window plus its title bar does not fit above the
        taskbar: its bottom row (Start, Next) would be hidden, so it opens maximised.
        """
        from PySide6.QtCore import QByteArray
        from PySide6.QtGui import QGuiApplication

        saved = self.context.settings.window_geometry
        if saved and self.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
            return
        self.resize(*DESIGN_SIZE)
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        room = screen.availableGeometry()
        title_bar = 40  # not known before the window is shown; this is a generous guess
        if room.width() < DESIGN_SIZE[0] or room.height() < DESIGN_SIZE[1] + title_bar:
            self.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            self.move(room.center() - self.rect().center())

    def _remember_geometry(self) -> None:
        """Keep the window's size, place and maximised state for the next start."""
        settings = self.context.settings
        geometry = bytes(self.saveGeometry().toBase64().data()).decode("ascii")
        if settings.window_geometry != geometry:  # no file written when nothing changed
            settings.window_geometry = geometry
            settings.save()
