"""Test from here, as the editor window starts it (F5, the Run menu, the map's button)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from trainer.domain.engine import PlayEngine
from trainer.domain.errors import PlayError
from trainer.gui.editor.finding_texts import finding_text
from trainer.gui.editor.session import EditorSession
from trainer.gui.editor.trial.play_window import TrialWindow
from trainer.gui.editor.trial.setup_dialog import TrialSetup, TrialSetupDialog
from trainer.gui.tasks import TaskRunner
from trainer.scenario_io.reader import LoadResult
from trainer.services.play import UnrecordedPlayService

#: How many errors the "cannot start" message lists (the Findings panel has them all).
_ERRORS_SHOWN = 5


class TrialHost(Protocol):
    """What the launcher reads from the editor window (no import of the window itself)."""

    session: EditorSession | None
    form: Any  # the FormPane: its ``form.root`` is the place shown

    def ui_language(self) -> str: ...


class TrialLauncher(QObject):
    """Validates the document as it stands (unsaved edits included), asks for the start
    (:class:`TrialSetupDialog`), plays it in a :class:`TrialWindow`, and selects the
    node where play stopped when that window closes.

    ``folder()`` is where a document with no file yet is checked (images, the id);
    ``synchronous`` checks inline (tests).
    The dialog, a refusal and the play window are kept as attributes while shown
    (tests drive them; none blocks the event loop).
    """

    returned = Signal()  # the play window closed, its node selected: the editor again

    def __init__(
        self, host: QWidget, *, folder: Callable[[], Path], synchronous: bool = False
    ) -> None:
        super().__init__(host)
        self.host = host
        self._folder = folder
        # Its own worker: never the store's serial runner (a check is no database work).
        self._runner = TaskRunner(synchronous=synchronous, parent=self)
        self._checking = False
        self.dialog: TrialSetupDialog | None = None
        self.refusal: QMessageBox | None = None
        self.window: TrialWindow | None = None
        self.loaded: LoadResult | None = None
        # The document the play window plays: going back selects only in that one.
        self._played: EditorSession | None = None
        self._checked: EditorSession | None = None

    @property
    def _trial_host(self) -> TrialHost:
        return self.host  # type: ignore[return-value]

    def start_node(self) -> str | None:
        """The node the form shows, else the start (None: no node and no start)."""
        host = self._trial_host
        session = host.session
        if session is None:
            return None
        form = getattr(host.form, "form", None) if host.form is not None else None
        root = tuple(getattr(form, "root", ()) or ())
        if len(root) == 2 and root[0] == "nodes" and session.doc.has(root):
            return str(root[1])
        start = session.doc.root.get("start") if isinstance(session.doc.root, dict) else None
        return str(start) if start is not None else None

    def start(self) -> None:
        """F5: check the document off the UI thread, then ask for the start state.

        The check reads a snapshot of the text as it is at F5 (2,000 nodes take about a
        second); F5 again meanwhile is ignored.
        """
        session = self._trial_host.session
        if session is None or self._checking:
            return
        doc = session.doc
        folder = doc.path.parent if doc.path is not None else self._folder()
        snapshot = doc.snapshot()
        self._checking = True
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._runner.run(
            lambda: snapshot.validate(folder, pedagogy=False),
            on_done=lambda loaded: self._checked_for(session, loaded),
            on_error=self._check_failed,
        )

    def _check_failed(self, error: BaseException) -> None:
        self._checking = False
        QGuiApplication.restoreOverrideCursor()
        raise error  # the validator reports bad input as findings: this is a bug

    def _checked_for(self, session: EditorSession, loaded: LoadResult) -> None:
        self._checking = False
        QGuiApplication.restoreOverrideCursor()
        if session is not self._trial_host.session:
            return  # the document was closed meanwhile
        if not loaded.playable or loaded.scenario is None:
            self._refuse(loaded)
            return
        self.loaded = loaded
        self._checked = session
        node = self.start_node() or loaded.scenario.start
        if node not in loaded.scenario.nodes:
            node = loaded.scenario.start
        dialog = TrialSetupDialog(
            loaded.scenario, node, language=self._trial_host.ui_language(), parent=self.host
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.play(dialog.setup()))
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def play(self, setup: TrialSetup) -> TrialWindow | None:
        """Open the play window at ``setup``'s node, in its state."""
        loaded = self.loaded
        if loaded is None or loaded.scenario is None:
            return None
        if self.window is not None:
            self.window.close()  # one trial at a time: the newest setup wins
        service = UnrecordedPlayService()
        try:
            state = PlayEngine(loaded.scenario).start_at(
                setup.node, variables=setup.variables, visited=setup.visited
            )
            active = service.begin_at(
                loaded,
                state,
                language=setup.language,
                address=setup.address,
                seed=setup.seed,
            )
        except PlayError as exc:  # the dialog offers only known names: a bug if reached
            raise AssertionError(f"the setup dialog offered something unknown: {exc}") from exc
        window = TrialWindow(service, active, parent=self.host)
        window.back_requested.connect(self._back)
        self.window = window
        self._played = self._checked
        # Its full size where the screen has room for it and its title bar; on a
        # smaller screen (the station laptops' 1366×768) it fills the screen instead.
        screen = self.host.screen() if isinstance(self.host, QWidget) else None
        room = screen.availableGeometry() if screen is not None else None
        if room is not None and (
            room.width() < window.width() + 40 or room.height() < window.height() + 60
        ):
            window.showMaximized()
        else:
            window.show()
        window.activateWindow()
        return window

    def _back(self, node: str) -> None:
        """The play window closed at ``node``: select it in the editor."""
        self.window = None
        host = self.host
        session = self._trial_host.session
        host.raise_()
        host.activateWindow()
        if session is not self._played:
            self.returned.emit()
            return  # another document is open now: its node of that name is another node
        if session is not None and session.doc.has(("nodes", node)):
            session.select(("nodes", node))
        self.returned.emit()

    def _refuse(self, loaded: LoadResult) -> None:
        # As the Findings panel words them: the checks' own sentence in English.
        english = self._trial_host.ui_language() == "en"
        lines = [
            f"• {f.message if english else finding_text(f)}" + (f" ({f.node})" if f.node else "")
            for f in loaded.errors
        ]
        shown = lines[:_ERRORS_SHOWN]
        if len(lines) > _ERRORS_SHOWN:
            shown.append(
                QCoreApplication.translate(
                    "TrialLauncher", "…and %1 more (the Findings panel lists them all)."
                ).replace("%1", str(len(lines) - _ERRORS_SHOWN))
            )
        box = QMessageBox(self.host)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(QCoreApplication.translate("TrialLauncher", "Test from here"))
        box.setText(
            QCoreApplication.translate(
                "TrialLauncher",
                "The scenario has errors, so it cannot be played yet. Fix them first:",
            )
        )
        box.setInformativeText("\n".join(shown))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _code: setattr(self, "refusal", None))
        self.refusal = box
        box.open()
