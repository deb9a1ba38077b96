"""The trial play: the real play view in a window of its own, beside the variables."""

from __future__ import annotations

import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.engine import PlayState
from trainer.domain.ids import VariableName
from trainer.domain.render import TextRenderer
from trainer.gui.context import GuiContext
from trainer.gui.editor.trial.variables_model import VariablesModel
from trainer.gui.player.page import PlayPage
from trainer.gui.settings import UiSettings
from trainer.gui.tasks import TaskRunner
from trainer.services.deferred import Deferred
from trainer.services.play import ActiveAttempt, UnrecordedPlayService
from trainer.services.transcript import Transcript


def _plain(values: Mapping[VariableName, int]) -> dict[str, int]:
    return {str(name): value for name, value in values.items()}


class _TrialServices:
    """All the play view asks of the services: ``play``, here one that stores nothing."""

    def __init__(self, play: UnrecordedPlayService) -> None:
        self.play = play


def trial_context(play: UnrecordedPlayService, parent: Any = None) -> GuiContext:
    """A context for a play view that plays ``play`` with no store behind it.

    Its steps run inline (nothing slow happens without a store); its settings file and
    data folder point into a temporary folder that nothing is written to.
    """
    scratch = Path(tempfile.gettempdir()) / "trainer-trial-unused"
    return GuiContext(
        services=cast(Any, Deferred.of(_TrialServices(play))),
        runner=TaskRunner(synchronous=True, parent=parent),
        settings=UiSettings(scratch / "settings.json"),
        data_dir=scratch,
    )


class TrialWindow(QWidget):
    """Plays ``active`` in the real :class:`PlayPage`, with a panel beside it showing the
    variables after every step and the steps taken.

    ``back_requested(node_id)`` is emitted once, when the window closes (the "Back to
    the editor" button, Esc in the play view, or the window's own close), with the
    node where play stopped. :attr:`transcript` records what was shown, entry for
    entry as ``trainer play --json`` does.
    """

    back_requested = Signal(str)

    def __init__(
        self,
        play: UnrecordedPlayService,
        active: ActiveAttempt,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("trialWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.play = play
        self.active = active
        self._sent = False
        self._last_values = _plain(active.state.variables)
        self.transcript = Transcript(active.engine, active.renderer, active.seed)
        self.transcript.see(active.state)
        play.step_taken.append(self._step_taken)

        scenario = active.scenario
        labels = TextRenderer(scenario, active.language)
        self.variables = VariablesModel(
            [str(n) for n in scenario.variables],
            {
                str(n): labels.text(v.label)
                for n, v in scenario.variables.items()
                if v.label is not None
            },
            self,
        )
        self.variables.show(_plain(active.state.variables), first=True)

        self.context = trial_context(play, self)
        self.page = PlayPage(self.context)
        self.page.leave_requested.connect(self.close)
        # Its "Pause" would close the test here: the side panel's button says what it does.
        self.page.leave_button.hide()
        self.page.attempt_finished.connect(self._finished)

        side = QWidget()
        side.setObjectName("trialSide")
        side_layout = QVBoxLayout(side)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.variables_title = QLabel()
        self.variables_title.setObjectName("h2")
        self.table = QTableView()
        self.table.setModel(self.variables)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (VariablesModel.VALUE, VariablesModel.CHANGE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.variables_title.setBuddy(self.table)
        self.steps_title = QLabel()
        self.steps_title.setObjectName("h2")
        self.steps = QListWidget()
        self.steps.setWordWrap(True)  # a step with its changes reads whole, no sideways scroll
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_title.setBuddy(self.steps)
        self.back_button = QPushButton()
        self.back_button.setObjectName("primary")
        self.back_button.clicked.connect(self.close)
        for widget in (self.notice, self.where, self.variables_title):
            side_layout.addWidget(widget)
        side_layout.addWidget(self.table, 1)
        side_layout.addWidget(self.steps_title)
        side_layout.addWidget(self.steps, 1)
        side_layout.addWidget(self.back_button)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.page)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([820, 380])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        # Ctrl+E from anywhere in the window (the play view keeps Esc for its own pause).
        back = QShortcut(QKeySequence("Ctrl+E"), self)
        back.activated.connect(self.close)
        self.resize(1200, 760)
        self.retranslate()
        self._show_where()
        self.page.begin(active)

    # -- following play ---------------------------------------------------------------

    @property
    def node(self) -> str:
        """The node play stands at."""
        return str(self.active.state.node)

    def _step_taken(self, after: PlayState) -> None:
        # Heard before the play view draws the next node (see UnrecordedPlayService).
        self.transcript.answered(after)
        self.transcript.see(after)
        values = _plain(after.variables)
        self.variables.show(values)
        step = after.steps[-1]
        changes = ", ".join(
            f"{name} {values.get(name, 0) - before:+d}"
            for name, before in self._last_values.items()
            if values.get(name, 0) != before
        )
        text = f"{step.node} → {step.to}"
        if step.choice is not None:
            text = f"{step.node} [{step.choice}] → {step.to}"
        elif step.ticked:
            text = f"{step.node} [{', '.join(step.ticked)}] → {step.to}"
        self.steps.addItem(f"{len(after.steps)}. {text}" + (f"   ({changes})" if changes else ""))
        self.steps.scrollToBottom()
        self._last_values = values
        self._show_where(after)

    def _show_where(self, state: PlayState | None = None) -> None:
        state = state or self.active.state
        self.where.setText(
            QCoreApplication.translate("TrialWindow", "At node %1 · steps taken: %2")
            .replace("%1", state.node)
            .replace("%2", str(len(state.steps)))
        )

    def _finished(self, _active: object) -> None:
        self.notice.setText(
            QCoreApplication.translate(
                "TrialWindow", "The attempt ended at %1. Nothing was stored."
            ).replace("%1", self.node)
        )

    # -- the window -------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("TrialWindow", "Test from here — %1").replace(
                "%1", self.active.scenario.id
            )
        )
        self.notice.setText(
            QCoreApplication.translate(
                "TrialWindow",
                "A test play of the document as it stands in the editor: nothing is stored.",
            )
        )
        self.variables_title.setText(QCoreApplication.translate("TrialWindow", "&Variables"))
        self.steps_title.setText(QCoreApplication.translate("TrialWindow", "S&teps"))
        self.back_button.setText(QCoreApplication.translate("TrialWindow", "&Back to the editor"))
        self.back_button.setToolTip(
            QCoreApplication.translate(
                "TrialWindow", "Closes the test and selects this node in the editor (Ctrl+E)"
            )
        )
        self._show_where()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.page.stop()
        if self._step_taken in self.play.step_taken:
            self.play.step_taken.remove(self._step_taken)
        if not self._sent:
            self._sent = True
            self.back_requested.emit(self.node)
        super().closeEvent(event)
