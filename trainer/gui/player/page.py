"""The play view: one node at a time, choices as large buttons, feedback in practice mode.

Every action is stored (through the serial task runner) before the next node is
shown; while a step is being saved the inputs are disabled, and if saving fails
the choice is kept and can be retried with the same step id.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QElapsedTimer, QEvent, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.competencies import competency_label
from trainer.domain.engine import PlayState
from trainer.domain.errors import TrainerError
from trainer.domain.model import (
    ChecklistItem,
    ChecklistNode,
    Choice,
    DecisionNode,
    EndingNode,
    Mode,
    ReportNode,
    Scenario,
    SceneNode,
)
from trainer.domain.variants import PathText
from trainer.gui.context import GuiContext
from trainer.gui.images import load_scenario_image
from trainer.gui.messages import describe
from trainer.gui.player.report_panel import PanelState, ReportPanel
from trainer.gui.widgets.elided import ElidedLabel
from trainer.gui.widgets.flow import FlowLayout
from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.labels import FittedTextBrowser
from trainer.gui.widgets.named import named
from trainer.gui.words import RATING_STYLE, checklist_item_markup, rating_word, stage_word
from trainer.services.play import ActiveAttempt

#: The largest a node's picture is drawn (width, height); larger ones are scaled down.
IMAGE_BOX = (720, 300)


class ChoiceButton(QPushButton):
    """A large, word-wrapping button: ``1  What the officer does``."""

    def __init__(self, number: int, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("choice")
        self.number = QLabel(f"<b>{number}</b>", self)
        self.number.setTextFormat(Qt.TextFormat.RichText)
        self.number.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(text, self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # scenario text: never rich text
        self.label.setWordWrap(True)
        for part in (self.number, self.label):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = self._row = QHBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(12)
        layout.addWidget(self.number)
        layout.addWidget(self.label, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setAccessibleName(f"{number}. {text}")
        self.setMinimumHeight(44)

    def sizeHint(self):  # type: ignore[no-untyped-def]
        hint = self.label.sizeHint()
        hint.setHeight(max(hint.height(), self.number.sizeHint().height()) + 22)
        return hint

    def minimumSizeHint(self):  # type: ignore[no-untyped-def]
        # A push button's minimum is its size hint: the label on about 80 characters a
        # line, wider than the page at 200% text in a small window (the page then
        # scrolled sideways). The text wraps instead, down to its longest word; the
        # height follows the width through the layout's height for width.
        margins = self._row.contentsMargins()
        width = (
            margins.left()
            + self.number.sizeHint().width()
            + self._row.spacing()
            + self.label.minimumSizeHint().width()
            + margins.right()
        )
        return QSize(width, self.minimumHeight())


#: How long after the last key the note being written is kept (a crash loses at most this).
DRAFT_DELAY_MS = 800

#: Qt's widgets take 32-bit ints; a progress bar in milliseconds holds 24.8 days.
QT_INT_MAX = 2**31 - 1


def qt_int(value: int) -> int:
    """``value`` clamped to what a Qt int parameter holds (0 at least: a time left).

    The validator caps time limits at an hour; this keeps the clock working (instead
    of an OverflowError that left the attempt stuck) for any scenario that reaches
    the player another way.
    """
    return max(0, min(int(value), QT_INT_MAX))


def _toggler(box: QCheckBox) -> Callable[[object], None]:
    """A click on an item's text ticks its box, as on a form."""

    def toggle(_event: object) -> None:
        box.toggle()

    return toggle


def _escape(text: str) -> str:
    import html

    return html.escape(text, quote=True)


def shortest_to_ending(scenario: Scenario) -> dict[str, int]:
    """Steps from each node to the nearest ending (ignoring conditions): a progress hint."""
    from trainer.domain.analysis import node_successors

    predecessors: dict[str, list[str]] = {str(n): [] for n in scenario.nodes}
    for node_id, node in scenario.nodes.items():
        for target in node_successors(node):
            if target in predecessors:
                predecessors[target].append(node_id)
    distance: dict[str, int] = {
        str(n): 0 for n, node in scenario.nodes.items() if isinstance(node, EndingNode)
    }
    queue = deque(distance)
    while queue:
        current = queue.popleft()
        for source in predecessors[current]:
            if source not in distance:
                distance[source] = distance[current] + 1
                queue.append(source)
    return distance


class PlayPage(QWidget):
    """Shows the current node and takes the officer's action."""

    attempt_finished = Signal(object)  # ActiveAttempt
    leave_requested = Signal()

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.active: ActiveAttempt | None = None
        self._distance: dict[str, int] = {}
        self._choice_buttons: list[ChoiceButton] = []
        self._offered: list[Choice] = []  # in the order shown
        self._node_state: PlayState | None = None  # the state the current node was shown in
        self._items: list[ChecklistItem] = []  # in the order shown
        self._checks: list[QCheckBox] = []
        self._pending: tuple[str, str] | None = None  # (token, step id) kept for a retry
        self._busy = False
        self._shown = QElapsedTimer()
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self._deadline_ms = 0  # the time limit, for the bar's length
        # The clock: the time left when it last started, and how long it has run since.
        self._left_at_start_ms = 0
        self._running = QElapsedTimer()
        self._stored_second = -1  # the whole second last stored (stored once per second)
        self._clock_step = -1  # the step (seq) the clock waits for; -1: none
        self._carried_ms: int | None = None  # the clock's reading when its node is redrawn
        # A report being written: its panel, the step (seq) it is for, and the note of
        # the step being stored (kept for a retry).
        self._report: ReportPanel | None = None
        self._report_step = -1
        self._pending_note: str | None = None
        # The draft is kept a moment after the typing stops, not at every key.
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._keep_draft)
        self._build()
        self.retranslate()

    # -- layout ----------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        header = QHBoxLayout()
        self.scenario_title = named(ElidedLabel(), "muted")  # gives way in a crowded header
        self.mode_badge = named(QLabel(), "badge")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.step_label = named(QLabel(), "muted")
        self.leave_button = QPushButton()
        self.leave_button.clicked.connect(self._leave)
        header.addWidget(self.scenario_title, 1)
        self.stage_badge = named(QLabel(), "badge")
        # Stage, mode and progress go to a second line when the header is too narrow for
        # one (200% text in a small window).
        facts = FlowLayout(align_right=True)
        for widget in (self.stage_badge, self.mode_badge, self.step_label, self.progress):
            facts.addWidget(widget)
        header.addLayout(facts)
        header.addWidget(self.leave_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        body = named(QWidget(), "page")
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.node_title = heading(1.35)
        self.node_title.setTextFormat(Qt.TextFormat.PlainText)
        self.node_title.setWordWrap(True)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The image's alternative text, shown under it: the legend of a scene plan's
        # numbers, and what a screen reader reads (or all there is if the image is refused).
        self.image_caption = named(QLabel(), "muted")
        self.image_caption.setTextFormat(Qt.TextFormat.PlainText)
        self.image_caption.setWordWrap(True)
        self.image_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_caption.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = FittedTextBrowser(max_height=380)
        # The knowledge cards go onto more lines when they do not fit beside each other
        # (200% text in a small window), rather than widening the page past the window.
        self.cards_row = FlowLayout()
        self.body.addWidget(self.node_title)
        self.body.addWidget(self.image)
        self.body.addWidget(self.image_caption)
        self.body.addWidget(self.text)
        self.body.addLayout(self.cards_row)

        self.timer_row = QHBoxLayout()
        self.timer_label = QLabel()
        self.timer_bar = named(QProgressBar(), "countdown")
        self.timer_bar.setTextVisible(False)
        self.timer_row.addWidget(self.timer_label)
        self.timer_row.addWidget(self.timer_bar, 1)
        self.body.addLayout(self.timer_row)

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.body.addWidget(self.prompt)
        self.choices_box = QVBoxLayout()
        self.body.addLayout(self.choices_box)

        self.feedback = named(QFrame(), "card")
        feedback_layout = QVBoxLayout(self.feedback)
        self.feedback_rating = QLabel()
        self.feedback_rating.setTextFormat(Qt.TextFormat.RichText)
        self.feedback_text = FittedTextBrowser(max_height=100_000)  # the page scrolls
        self.feedback_points = named(QLabel(), "muted")
        self.feedback_points.setTextFormat(Qt.TextFormat.PlainText)  # competency labels
        self.feedback_points.setWordWrap(True)
        feedback_layout.addWidget(self.feedback_rating)
        feedback_layout.addWidget(self.feedback_text)
        feedback_layout.addWidget(self.feedback_points)
        self.body.addWidget(self.feedback)

        actions = QHBoxLayout()
        actions.addStretch(1)
        self.primary = named(QPushButton(), "primary")
        self.primary.clicked.connect(self._primary_clicked)
        actions.addWidget(self.primary)
        self.body.addLayout(actions)
        self.body.addStretch(1)
        self.scroller.setWidget(body)
        outer.addWidget(self.scroller, 1)
        self._primary_action = ""

        # A timed decision paused (or resumed): its question hidden, its clock stopped.
        self.paused = QWidget()
        around = QVBoxLayout(self.paused)
        card = named(QFrame(), "card")
        card.setMaximumWidth(640)
        card_row = QHBoxLayout()
        card_row.addStretch(1)
        card_row.addWidget(card, 4)
        card_row.addStretch(1)
        around.addStretch(1)
        around.addLayout(card_row)
        around.addStretch(2)
        paused_layout = QVBoxLayout(card)
        paused_layout.setContentsMargins(28, 22, 28, 22)
        paused_layout.setSpacing(12)
        self.paused_title = heading(1.35)
        self.paused_clock = heading(1.6)  # the time left, large: what the pause is about
        self.paused_text = QLabel()
        self.paused_text.setWordWrap(True)
        self.paused_text.setTextFormat(Qt.TextFormat.PlainText)
        paused_buttons = QHBoxLayout()
        paused_buttons.addStretch(1)
        self.library_button = QPushButton()
        self.library_button.clicked.connect(self._leave_paused)
        self.resume_clock_button = named(QPushButton(), "primary")
        self.resume_clock_button.clicked.connect(self._resume_clock)
        paused_buttons.addWidget(self.library_button)
        paused_buttons.addWidget(self.resume_clock_button)
        paused_layout.addWidget(self.paused_title)
        paused_layout.addWidget(self.paused_clock)
        paused_layout.addWidget(self.paused_text)
        paused_layout.addLayout(paused_buttons)
        self.paused.hide()
        outer.addWidget(self.paused, 1)

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.scroller.setAccessibleName(self.tr("This step of the scenario"))
        self.leave_button.setText(self.tr("Pause"))
        self.text.setAccessibleName(self.tr("What happens"))
        self.feedback_text.setAccessibleName(self.tr("Feedback"))
        self.timer_bar.setAccessibleName(self.tr("Time left"))
        self.progress.setAccessibleDescription(self.tr("How far the scenario has gone"))
        self.leave_button.setToolTip(
            self.tr("Your progress is saved after every step; resume it later from the library.")
        )
        self.paused_title.setText(self.tr("Paused"))
        self.library_button.setText(self.tr("Back to the library"))
        self.resume_clock_button.setText(self.tr("Resume  ⏎"))
        if self.active is not None and self.paused.isVisible():
            self._render_paused_text()
        if self.active is not None:
            self._render_header()
            if not self.feedback.isVisible() and not self._busy:
                self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- showing ---------------------------------------------------------------------

    def stop(self) -> None:
        """Leave the attempt (its officer signed out): no countdown, late answers dropped.

        Every step made is already stored; the attempt stays unfinished, to resume, and
        a running clock is stored where it stands.
        """
        if self._countdown.isActive():
            self._stop_clock()
        self._countdown.stop()
        self._keep_draft()  # a note being written stays with the attempt
        self.active = None
        self._clock_step = -1
        self._busy = False
        self._pending = None

    def begin(self, active: ActiveAttempt) -> None:
        """Show an attempt (new or resumed) at its current node."""
        self.active = active
        self._distance = shortest_to_ending(active.scenario)
        self._pending = None
        self._busy = False
        self._clock_step = -1  # another attempt's clock, if any, is not this one's
        self._render_header()
        self._render()
        if self._countdown.isActive() and self._left_at_start_ms < self._deadline_ms:
            # A clock paused earlier (or stopped by a restart): it waits for the officer.
            self._pause_clock()

    def _t(self, text: PathText | None, state: PlayState | None = None) -> str:
        """``text`` as the officer reads it: language, form of address, and (for a
        path-aware text) the alternative for ``state``, by default the current one."""
        assert self.active is not None
        return self.active.renderer.at(text, self.active.state if state is None else state)

    def _render_header(self) -> None:
        assert self.active is not None
        self.scenario_title.setText(self._t(self.active.scenario.title))
        practice = self.active.mode is Mode.PRACTICE
        self.mode_badge.setText(self.tr("Practice") if practice else self.tr("Assessment"))

    def _clear_interaction(self) -> None:
        self._draft_timer.stop()
        self._report = None
        self._choice_buttons = []
        self._checks = []
        self._offered = []
        self._items = []
        while self.choices_box.count():
            item = self.choices_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()
        while self.cards_row.count():
            item = self.cards_row.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()

    def _render(self) -> None:
        active = self.active
        assert active is not None
        state = active.state
        node = active.engine.current_node(state)
        # The feedback after an answer is chosen with the state as it stood here.
        self._node_state = state
        # Redrawn in place (a language change): its clock goes on from where it stands,
        # paused if it was, never from the last stored second or from the start.
        same_step = self._clock_step == len(state.steps) + 1
        self._carried_ms = self._time_left() if same_step else None
        was_paused = same_step and self.paused.isVisible()
        carried_report: PanelState | None = None
        if self._report is not None and self._report_step == len(state.steps) + 1:
            carried_report = self._report.snapshot()  # redrawn: the note goes on as it was
        self._clear_interaction()
        self.feedback.hide()
        self._countdown.stop()
        self._show_paused(False)
        self._set_timer_visible(False)
        self.prompt.hide()

        done = len(state.path)
        remaining = self._distance.get(state.node, 0)
        self.progress.setMaximum(done + remaining)
        self.progress.setValue(done)
        self.step_label.setText(self.tr("Step %1").replace("%1", str(done)))
        self.progress.setAccessibleName(
            self.tr("Steps left to the end: about %1").replace("%1", str(remaining))
        )
        self.stage_badge.setVisible(node.stage is not None)
        if node.stage is not None:
            self.stage_badge.setText(
                self.tr("Stage: %1").replace("%1", stage_word(node.stage.value))
            )
        self.node_title.setText(self._t(node.title))
        self.node_title.setVisible(node.title is not None)
        self.text.set_markup(self._t(node.text))
        self._render_image(node.image, self._t(node.image_alt) if node.image_alt else None)
        for card_id in node.cards:
            card = active.scenario.cards.get(card_id)
            if card is None:
                continue
            button = QPushButton("ℹ " + self._t(card.title))
            button.setAccessibleName(
                self.tr("Knowledge card: %1").replace("%1", self._t(card.title))
            )
            button.clicked.connect(lambda _c=False, cid=card_id: self._open_card(cid))
            self.cards_row.addWidget(button)

        # Before the countdown's first tick: a fresh page's timer is invalid until started.
        self._shown.start()
        if isinstance(node, SceneNode):
            self._set_primary("continue", self.tr("Continue  ⏎"))
        elif isinstance(node, DecisionNode):
            self._render_decision(node)
        elif isinstance(node, ChecklistNode):
            self._render_checklist(node)
        elif isinstance(node, ReportNode):
            self._render_report(node, carried_report)
        elif isinstance(node, EndingNode):
            self._set_primary("debrief", self.tr("See the debrief  ⏎"))
        self.scroller.verticalScrollBar().setValue(0)
        if was_paused and self._countdown.isActive():
            self._pause_clock()

    def _render_image(self, reference: str | None, alt: str | None) -> None:
        active = self.active
        assert active is not None
        self.image.clear()
        self.image.hide()
        self.image_caption.setText(alt or "")
        self.image_caption.setVisible(reference is not None and bool(alt))
        self.image.setAccessibleName(alt or "")
        if reference is None or active.folder is None:
            return
        image = load_scenario_image(active.folder, reference)
        if image is None:
            return
        from PySide6.QtGui import QPixmap

        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > IMAGE_BOX[0] or pixmap.height() > IMAGE_BOX[1]:
            # At most 300 px high, so that at 1366×768 the question and the first choices
            # still show under the picture without scrolling.
            pixmap = pixmap.scaled(
                *IMAGE_BOX,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.image.setPixmap(pixmap)
        self.image.show()

    def _render_decision(self, node: DecisionNode) -> None:
        assert self.active is not None
        self._offered = list(self.active.shown_choices())
        self.prompt.setText(self.tr("What do you do? Press a number or click a choice."))
        self.prompt.show()
        for number, choice in enumerate(self._offered, start=1):
            button = ChoiceButton(number, self._t(choice.text))
            button.clicked.connect(lambda _c=False, cid=choice.id: self._submit(cid))
            self.choices_box.addWidget(button)
            self._choice_buttons.append(button)
        self._set_primary("", "")
        left = self.active.time_left_ms()
        if left is not None and self._carried_ms is not None:
            left = min(left, self._carried_ms)
        if node.time_limit is not None and left is not None:
            self._deadline_ms = node.time_limit * 1000
            self.timer_bar.setMaximum(qt_int(self._deadline_ms))
            self._set_timer_visible(True)
            self._start_clock(left)
        if self._choice_buttons:
            self._choice_buttons[0].setFocus()

    def _render_checklist(self, node: ChecklistNode) -> None:
        assert self.active is not None
        # The scenario's prompt says what to tick (often "tick all that apply"); the
        # app adds only how, so the instruction is not given twice.
        self.prompt.setText(
            self._t(node.prompt)
            + "\n"
            + self.tr("Press an item's number or click it to tick it, then confirm.")
        )
        self.prompt.show()
        self._items = list(self.active.shown_items())
        for number, item in enumerate(self._items, start=1):
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(4, 2, 4, 2)
            box = QCheckBox()
            box.setProperty("item_id", item.id)
            box.setAccessibleName(self._t(item.text))
            label = QLabel(f"{number}.  {self._t(item.text)}")
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setBuddy(box)
            label.mousePressEvent = _toggler(box)  # type: ignore[method-assign]
            layout.addWidget(box)
            layout.addWidget(label, 1)
            self.choices_box.addWidget(row)
            self._checks.append(box)
        self._set_primary("confirm", self.tr("Confirm  ⏎"))
        if self._checks:
            self._checks[0].setFocus()

    def _render_report(self, node: ReportNode, carried: PanelState | None) -> None:
        active = self.active
        assert active is not None
        items = [(item.id, self._t(item.text)) for item in active.shown_report_items()]
        panel = ReportPanel(
            self._t(node.prompt) or self.tr("Your note"),
            self._t(node.model),
            items,
            node.min_words,
        )
        self._report = panel
        self._report_step = len(active.state.steps) + 1
        self.choices_box.addWidget(panel)
        panel.show()  # now, not from the event loop: the text box takes the focus below
        if carried is not None:
            panel.restore(carried)
            self._draft_timer.start()  # a redraw stopped the wait for a pause in typing
        elif active.draft_note:
            panel.set_note(active.draft_note)  # kept when the attempt was left
        panel.changed.connect(self._note_changed)
        panel.submit_requested.connect(self._submit_note_by_key)
        # Tab: the note, the items (once shown), then Submit or Confirm; hidden ones are
        # passed over.
        chain = [panel.edit, *panel.checks, self.primary]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)
        if panel.submitted:
            self._checks = panel.checks
            self._set_primary("report-confirm", self.tr("Confirm  ⏎"))
            if self._checks:
                self._checks[0].setFocus()
        else:
            self._set_primary("report-submit", self.tr("Submit the note (Ctrl+Enter)"))
            self._update_note_submit()
            panel.edit.setFocus()

    def _show_model_start(self) -> None:
        # After the layout has grown to hold the model note: its heading at the top of
        # the page, so the model and the items below it are what the officer sees next
        # (merely "visible" left the heading at the bottom edge and the items out of view).
        if self._report is not None and self._report.submitted:
            heading, content = self._report.model_heading, self.scroller.widget()
            if content is None:
                return
            top = heading.mapTo(content, QPoint(0, 0)).y()
            self.scroller.verticalScrollBar().setValue(max(0, top - 8))

    def _note_changed(self) -> None:
        self._update_note_submit()
        self._draft_timer.start()

    def _update_note_submit(self) -> None:
        panel = self._report
        if panel is None or panel.submitted:
            return
        ready = panel.can_submit() and not self._busy
        self.primary.setEnabled(ready)
        self.primary.setToolTip("" if ready else panel.count.text())

    def _submit_note_by_key(self) -> None:
        if self._primary_action == "report-submit" and self.primary.isEnabled():
            self.primary.click()

    def _keep_draft(self) -> None:
        """Keep the note being written with the attempt (a pause, a sign-out or a crash
        loses nothing); dropped once the report is stored."""
        self._draft_timer.stop()
        active, panel = self.active, self._report
        if active is None or panel is None or self._busy:
            return
        text, step = panel.note(), self._report_step
        if text == (active.draft_note or ""):
            return
        play = self.context.services.play
        self.context.runner.run(
            lambda: play.keep_draft_note(active, text, step=step),
            on_error=lambda _e: None,  # the next key or pause tries again; the step is safe
        )

    def _set_timer_visible(self, visible: bool) -> None:
        self.timer_label.setVisible(visible)
        self.timer_bar.setVisible(visible)

    def _set_primary(self, action: str, text: str) -> None:
        self._primary_action = action
        self.primary.setText(text)
        self.primary.setVisible(bool(action))
        if action:
            self.primary.setFocus()

    # -- acting ----------------------------------------------------------------------

    # -- the clock of a timed decision -----------------------------------------------
    #
    # The time left is stored with the attempt once a second while the clock runs, and
    # when it stops (pause, sign-out): a pause or a restart never gives time back.

    def _time_left(self) -> int:
        if not self._countdown.isActive():
            return self._left_at_start_ms
        return max(0, self._left_at_start_ms - int(self._running.elapsed()))

    def _start_clock(self, left_ms: int) -> None:
        assert self.active is not None
        self._clock_step = len(self.active.state.steps) + 1
        self._left_at_start_ms = left_ms
        self._stored_second = (left_ms + 999) // 1000
        self._running.start()
        self._countdown.start()
        self._tick()

    def _stop_clock(self) -> None:
        """Stop the running clock and store what it shows."""
        self._left_at_start_ms = self._time_left()
        self._countdown.stop()
        self._store_time_left(self._left_at_start_ms)

    def _store_time_left(self, left_ms: int) -> None:
        active = self.active
        if active is None:
            return
        play = self.context.services.play
        step = len(active.state.steps) + 1  # the step this clock waits for, as shown now
        self.context.runner.run(
            lambda: play.keep_time_left(active, left_ms, step=step),
            on_error=lambda _e: None,  # a lost reading costs at most a second; a step is safe
        )

    def _tick(self) -> None:
        left = self._time_left()
        self.timer_bar.setValue(qt_int(left))
        seconds = (left + 999) // 1000
        self.timer_label.setText(self.tr("◷ %1 s left").replace("%1", str(seconds)))
        if not self._countdown.isActive():
            return
        if left <= 0:
            self._countdown.stop()
            self._submit("timeout")
        elif seconds < self._stored_second and not self._busy:
            self._stored_second = seconds
            self._store_time_left(left)

    def _pause_clock(self) -> None:
        """Stop a timed decision's clock and hide its question until the officer continues."""
        self._stop_clock()
        self._tick()
        self._render_paused_text()
        self._show_paused(True)
        self.resume_clock_button.setFocus()

    def _render_paused_text(self) -> None:
        seconds = (self._left_at_start_ms + 999) // 1000
        self.paused_clock.setText(self.tr("◷ %1 s left").replace("%1", str(seconds)))
        self.paused_text.setText(
            self.tr(
                "The clock is stopped: %1 s left for this decision. It runs again only when "
                "you resume. Your progress is saved."
            ).replace("%1", str(seconds))
        )

    def _show_paused(self, paused: bool) -> None:
        self.paused.setVisible(paused)
        self.scroller.setVisible(not paused)
        self.leave_button.setEnabled(not paused)

    def _resume_clock(self) -> None:
        if self.active is None or not self.paused.isVisible():
            return
        self._show_paused(False)
        self._start_clock(self._left_at_start_ms)
        if self._choice_buttons:
            self._choice_buttons[0].setFocus()

    def hideEvent(self, event: QHideEvent) -> None:
        # Another page took the window (a menu while the clock ran): the clock stops and
        # the question waits behind the pause screen. Not when the window itself hides
        # (closing): the second's stored reading stands then.
        if not event.spontaneous():
            self._keep_draft()  # another page, or the window closing: the note stays
        if (
            not event.spontaneous()
            and self._countdown.isActive()
            and self.active is not None
            and self.window().isVisible()
        ):
            self._pause_clock()
        super().hideEvent(event)

    def _leave_paused(self) -> None:
        self._show_paused(False)
        self.leave_requested.emit()

    def is_paused(self) -> bool:
        """Whether a timed decision's pause screen is shown."""
        return self.paused.isVisible()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.paused.isVisible():
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._resume_clock()
            elif key == Qt.Key.Key_Escape:
                self._leave_paused()
            else:
                super().keyPressEvent(event)
            return
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and not self._busy:
            number = key - Qt.Key.Key_1
            if self.feedback.isVisible():
                return
            if number < len(self._choice_buttons):
                self._choice_buttons[number].click()
                return
            if number < len(self._checks):
                self._checks[number].toggle()
                self._checks[number].setFocus()
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.primary.isVisible():
            focused = self.focusWidget()
            if isinstance(focused, ChoiceButton):
                focused.click()
            else:
                self.primary.click()
            return
        if key == Qt.Key.Key_Escape:
            self._leave()
            return
        super().keyPressEvent(event)

    def _primary_clicked(self) -> None:
        if self._busy or self.active is None:
            return
        action = self._primary_action
        if action == "continue":
            self._submit("")
        elif action == "confirm":
            checked = {str(b.property("item_id")) for b in self._checks if b.isChecked()}
            node = self.active.engine.current_node(self.active.state)
            assert isinstance(node, ChecklistNode)
            # Stored in file order, whatever the order shown: the same answer, the same row.
            self._submit(",".join(i.id for i in node.items if i.id in checked))
        elif action == "report-submit":
            panel = self._report
            if panel is None or not panel.can_submit():
                return
            self._keep_draft()  # until the items are confirmed, the note is a draft
            panel.show_model()
            self._checks = panel.checks
            self._set_primary("report-confirm", self.tr("Confirm  ⏎"))
            if self._checks:
                self._checks[0].setFocus()
            QTimer.singleShot(0, self._show_model_start)
        elif action == "report-confirm":
            panel = self._report
            node = self.active.engine.current_node(self.active.state)
            assert panel is not None and isinstance(node, ReportNode)
            ticked = set(panel.ticked())
            token = ",".join(i.id for i in node.items if i.id in ticked)
            self._submit(token, note=panel.note())
        elif action == "next":
            self._after_feedback()
        elif action == "debrief":
            self.attempt_finished.emit(self.active)

    def _submit(self, token: str, *, step_id: str | None = None, note: str | None = None) -> None:
        active = self.active
        if active is None or self._busy:
            return
        self._countdown.stop()
        self._draft_timer.stop()
        self._busy = True
        self._set_inputs_enabled(False)
        step_id = step_id or str(uuid.uuid4())
        self._pending = (token, step_id)
        self._pending_note = note
        elapsed = int(self._shown.elapsed())
        play = self.context.services.play
        if note is not None:  # a report: the ticked items and the note
            work = lambda: play.advance(  # noqa: E731
                active, token, elapsed_ms=elapsed, step_id=step_id, note=note
            )
        elif token == "timeout" and not any(c.id == "timeout" for c in self._offered):
            work = lambda: play.time_out(active, elapsed_ms=elapsed, step_id=step_id)  # noqa: E731
        else:
            work = lambda: play.advance(active, token, elapsed_ms=elapsed, step_id=step_id)  # noqa: E731
        # Dropped if the attempt was left meanwhile (signed out: see stop()).
        self.context.runner.run(
            work,
            on_done=lambda state: self._stored(state) if self.active is active else None,
            on_error=lambda exc: self._store_failed(exc, active),
        )

    def _stored(self, _state: object) -> None:
        active = self.active
        assert active is not None
        self._busy = False
        self._pending = None
        self._set_inputs_enabled(True)
        step = active.state.steps[-1]
        node = active.scenario.node(step.node)
        if isinstance(node, ReportNode) and self._report is not None:
            # In either mode: the model note is shown already, and the items' feedback
            # explains what the officer just said their note has or lacks.
            self._show_report_feedback(node, step)
            return
        if active.mode is Mode.PRACTICE and isinstance(node, DecisionNode | ChecklistNode):
            self._show_feedback(node, step)
            return
        self._after_feedback()

    def _after_feedback(self) -> None:
        assert self.active is not None
        self._render()

    def _store_failed(self, error: BaseException, active: ActiveAttempt | None = None) -> None:
        if active is not None and self.active is not active:  # left meanwhile
            if not isinstance(error, TrainerError):
                raise error  # a bug: reported all the same
            return  # the step was not stored: a resume shows its node again
        self._busy = False
        self._set_inputs_enabled(True)
        if not isinstance(error, TrainerError):
            raise error
        pending = self._pending
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not saved"))
        box.setText(
            self.tr("Your last answer could not be saved, so it was not applied.")
            + "\n\n"
            + describe(error)
        )
        retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is retry and pending is not None:
            self._submit(pending[0], step_id=pending[1], note=self._pending_note)

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for button in self._choice_buttons:
            button.setEnabled(enabled)
        for box in self._checks:
            box.setEnabled(enabled)
        self.primary.setEnabled(enabled)
        if enabled:
            self._update_note_submit()

    def _show_feedback(self, node: DecisionNode | ChecklistNode, step: object) -> None:
        active = self.active
        assert active is not None
        from trainer.domain.engine import Step
        from trainer.services.debrief import checklist_rating

        assert isinstance(step, Step)
        offered_ids = [c.id for c in self._offered]
        for index, button in enumerate(self._choice_buttons):
            chosen = index < len(offered_ids) and offered_ids[index] == step.choice
            button.setProperty("chosen", chosen)  # the style sheet marks the answer given
            button.setEnabled(False)
            button.style().unpolish(button)
            button.style().polish(button)
        for box in self._checks:
            box.setEnabled(False)
        self._countdown.stop()
        self._set_timer_visible(False)
        if isinstance(node, DecisionNode):
            choice = node.choice(step.choice or "")
            assert choice is not None
            rating = choice.rating
            if step.choice == "timeout":
                # The scenario's on_timeout feedback usually says the time is up itself.
                body = self._t(choice.feedback, self._node_state) or self.tr(
                    "Time ran out before you decided."
                )
            else:
                body = self._t(choice.feedback, self._node_state) or self.tr(
                    "(no feedback for this choice)"
                )
        else:
            rating = checklist_rating(node, frozenset(step.ticked))
            body = self._checklist_feedback(node, frozenset(step.ticked))
            # The feedback names every item and whether it was ticked: the boxes above
            # would only say it a second time.
            self._hide_checklist_items()
            self.prompt.setText(self._t(node.prompt))
        symbol, colour = RATING_STYLE[rating]
        self.feedback_rating.setText(
            f"<span style='color:{colour}; font-size:130%; font-weight:600'>"
            f"{symbol} {_escape(rating_word(rating))}</span>"
        )
        self.feedback_rating.setAccessibleName(rating_word(rating))
        self.feedback_text.set_markup(body)
        gained = [
            f"{'+' if p > 0 else ''}{p} {competency_label(active.scenario, c, active.language)}"
            for c, p in step.gained.items()
            if p
        ]
        self.feedback_points.setText(
            self.tr("Points: %1").replace("%1", ", ".join(gained))
            if gained
            else self.tr("No points for this step.")
        )
        self.feedback.show()
        self._set_primary("next", self.tr("Next  ⏎"))
        # After the layout has grown to hold the feedback, not before; and if the
        # feedback is taller than the view, its start (the rating) rather than its end.
        QTimer.singleShot(0, self._show_feedback_start)

    def _show_report_feedback(self, node: ReportNode, step: object) -> None:
        """Each item: in the note or not (as the officer said), and why it matters; the
        points, marked self-assessed."""
        from trainer.domain.engine import Step
        from trainer.gui.player.report_panel import report_item_markup

        active, panel = self.active, self._report
        assert active is not None and panel is not None and isinstance(step, Step)
        panel.lock()
        ticked = frozenset(step.ticked)
        # In the order shown: a report's is its file's (``active`` stands at the next node).
        shown = node.items
        summary = (
            self.tr("Self-assessed: %1 of %2 items in your note")
            .replace("%1", str(len(ticked)))
            .replace("%2", str(node.maximum))
        )
        self.feedback_rating.setText(
            f"<span style='font-size:130%; font-weight:600'>{_escape(summary)}</span>"
        )
        self.feedback_rating.setAccessibleName(summary)
        self.feedback_text.set_markup(
            "\n".join(
                report_item_markup(
                    item.id in ticked,
                    self._t(item.text),
                    self._t(item.feedback) if item.feedback is not None else None,
                )
                for item in shown
            )
        )
        gained = [
            f"{'+' if p > 0 else ''}{p} {competency_label(active.scenario, c, active.language)}"
            for c, p in step.gained.items()
            if p
        ]
        self.feedback_points.setText(
            self.tr("Points (self-assessed): %1").replace("%1", ", ".join(gained))
            if gained
            else self.tr("No points for this step (self-assessed).")
        )
        self.feedback.show()
        self._set_primary("next", self.tr("Next  ⏎"))
        QTimer.singleShot(0, self._show_feedback_start)

    def _show_feedback_start(self) -> None:
        self.scroller.ensureWidgetVisible(self.primary)
        # A checklist's question stays in view above its (long) feedback.
        checklist = not self._choice_buttons and self.prompt.isVisible()
        self.scroller.ensureWidgetVisible(self.prompt if checklist else self.feedback_rating, 50, 8)

    def _checklist_feedback(self, node: ChecklistNode, ticked: frozenset[str]) -> str:
        """One sentence per item, in the order the items were shown: what it is, what
        the officer did, and why."""
        shown = [str(box.property("item_id")) for box in self._checks]
        items = sorted(node.items, key=lambda i: shown.index(i.id) if i.id in shown else len(shown))
        return "\n".join(
            checklist_item_markup(
                item.correct, item.id in ticked, self._t(item.text), self._t(item.feedback)
            )
            for item in items
        )

    def _hide_checklist_items(self) -> None:
        for index in range(self.choices_box.count()):
            item = self.choices_box.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()

    def _open_card(self, card_id: str) -> None:
        active = self.active
        assert active is not None
        card = active.scenario.cards[card_id]  # type: ignore[index]
        self.context.runner.run(
            lambda: self.context.services.play.open_card(active, card_id),
            on_error=lambda _e: None,  # a lost look-up record is not worth interrupting for
        )
        from trainer.gui.player.card_dialog import CardDialog

        CardDialog(self._t(card.title), self._t(card.text), self).exec()

    def _leave(self) -> None:
        if self._busy:
            return
        self._keep_draft()
        if self._countdown.isActive():
            self._pause_clock()  # the pause screen: the question hidden, the clock stopped
            return
        self._countdown.stop()
        self.leave_requested.emit()

    def current_choice_texts(self) -> list[str]:
        """The texts of the choice buttons shown (for tests and screen readers)."""
        return [b.accessibleName() for b in self._choice_buttons]
