"""The play view: one node at a time, choices as large buttons, feedback in practice mode.

Every action is stored (through the serial task runner) before the next node is
shown; while a step is being saved the inputs are disabled, and if saving fails
the choice is kept and can be retried with the same step id.
"""

from __future__ import annotations

import uuid
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
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
from trainer.domain.errors import TrainerError
from trainer.domain.model import (
    ChecklistNode,
    Choice,
    DecisionNode,
    EndingNode,
    Mode,
    Scenario,
    SceneNode,
)
from trainer.domain.text import Text
from trainer.gui.context import GuiContext
from trainer.gui.images import load_scenario_image
from trainer.gui.messages import describe
from trainer.gui.widgets.elided import ElidedLabel
from trainer.gui.widgets.flow import FlowLayout
from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.labels import FittedTextBrowser
from trainer.gui.widgets.named import named
from trainer.gui.words import RATING_STYLE, rating_word, stage_word
from trainer.services.play import ActiveAttempt


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
        layout = QHBoxLayout(self)
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
        self._offered: list[Choice] = []
        self._checks: list[QCheckBox] = []
        self._pending: tuple[str, str] | None = None  # (token, step id) kept for a retry
        self._busy = False
        self._shown = QElapsedTimer()
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self._deadline_ms = 0
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
        self.text = FittedTextBrowser(max_height=380)
        self.cards_row = QHBoxLayout()
        self.body.addWidget(self.node_title)
        self.body.addWidget(self.image)
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
        self.feedback_text = FittedTextBrowser(max_height=300)
        self.feedback_points = named(QLabel(), "muted")
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

        Every step made is already stored; the attempt stays unfinished, to resume.
        """
        self._countdown.stop()
        self.active = None
        self._busy = False
        self._pending = None

    def begin(self, active: ActiveAttempt) -> None:
        """Show an attempt (new or resumed) at its current node."""
        self.active = active
        self._distance = shortest_to_ending(active.scenario)
        self._pending = None
        self._busy = False
        self._render_header()
        self._render()

    def _t(self, text: Text | None) -> str:
        assert self.active is not None
        if text is None:
            return ""
        return text.resolve(self.active.language, self.active.scenario.default_language)

    def _render_header(self) -> None:
        assert self.active is not None
        self.scenario_title.setText(self._t(self.active.scenario.title))
        practice = self.active.mode is Mode.PRACTICE
        self.mode_badge.setText(self.tr("Practice") if practice else self.tr("Assessment"))

    def _clear_interaction(self) -> None:
        self._choice_buttons = []
        self._checks = []
        self._offered = []
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
        self._clear_interaction()
        self.feedback.hide()
        self._countdown.stop()
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
        self._render_image(node.image)
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
        self.cards_row.addStretch(1)

        # Before the countdown's first tick: a fresh page's timer is invalid until started.
        self._shown.start()
        if isinstance(node, SceneNode):
            self._set_primary("continue", self.tr("Continue  ⏎"))
        elif isinstance(node, DecisionNode):
            self._render_decision(node)
        elif isinstance(node, ChecklistNode):
            self._render_checklist(node)
        elif isinstance(node, EndingNode):
            self._set_primary("debrief", self.tr("See the debrief  ⏎"))
        self.scroller.verticalScrollBar().setValue(0)

    def _render_image(self, reference: str | None) -> None:
        active = self.active
        assert active is not None
        self.image.clear()
        self.image.hide()
        if reference is None or active.folder is None:
            return
        image = load_scenario_image(active.folder, reference)
        if image is None:
            return
        from PySide6.QtGui import QPixmap

        pixmap = QPixmap.fromImage(image)
        if pixmap.width() > 720:
            pixmap = pixmap.scaledToWidth(720, Qt.TransformationMode.SmoothTransformation)
        self.image.setPixmap(pixmap)
        self.image.show()

    def _render_decision(self, node: DecisionNode) -> None:
        assert self.active is not None
        self._offered = list(self.active.engine.offered(self.active.state))
        self.prompt.setText(self.tr("What do you do? Press a number or click a choice."))
        self.prompt.show()
        for number, choice in enumerate(self._offered, start=1):
            button = ChoiceButton(number, self._t(choice.text))
            button.clicked.connect(lambda _c=False, cid=choice.id: self._submit(cid))
            self.choices_box.addWidget(button)
            self._choice_buttons.append(button)
        self._set_primary("", "")
        if node.time_limit is not None:
            self._deadline_ms = node.time_limit * 1000
            self.timer_bar.setMaximum(self._deadline_ms)
            self._set_timer_visible(True)
            self._tick()
            self._countdown.start()
        if self._choice_buttons:
            self._choice_buttons[0].setFocus()

    def _render_checklist(self, node: ChecklistNode) -> None:
        self.prompt.setText(self._t(node.prompt) + "  " + self.tr("(tick every item that applies)"))
        self.prompt.show()
        for number, item in enumerate(node.items, start=1):
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

    def _tick(self) -> None:
        left = max(0, self._deadline_ms - self._shown.elapsed())
        self.timer_bar.setValue(int(left))
        seconds = (left + 999) // 1000
        self.timer_label.setText(self.tr("◷ %1 s left").replace("%1", str(seconds)))
        if left <= 0 and self._countdown.isActive():
            self._countdown.stop()
            self._submit("timeout")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
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
            ticked = [str(b.property("item_id")) for b in self._checks if b.isChecked()]
            self._submit(",".join(ticked))
        elif action == "next":
            self._after_feedback()
        elif action == "debrief":
            self.attempt_finished.emit(self.active)

    def _submit(self, token: str, *, step_id: str | None = None) -> None:
        active = self.active
        if active is None or self._busy:
            return
        self._countdown.stop()
        self._busy = True
        self._set_inputs_enabled(False)
        step_id = step_id or str(uuid.uuid4())
        self._pending = (token, step_id)
        elapsed = int(self._shown.elapsed())
        play = self.context.services.play
        if token == "timeout" and not any(c.id == "timeout" for c in self._offered):
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
            self._submit(pending[0], step_id=pending[1])

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for button in self._choice_buttons:
            button.setEnabled(enabled)
        for box in self._checks:
            box.setEnabled(enabled)
        self.primary.setEnabled(enabled)

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
            body = self._t(choice.feedback) or self.tr("(no feedback for this choice)")
            if step.choice == "timeout":
                body = self.tr("Time ran out before you decided.") + "\n\n" + body
        else:
            ticked = frozenset(step.ticked)
            rating = checklist_rating(node, ticked)
            lines = []
            for item in node.items:
                mark = "✓" if item.id in ticked else "☐"
                verdict = self.tr("indicator") if item.correct else self.tr("not an indicator")
                right = (item.id in ticked) == item.correct
                lines.append(
                    f"- {mark} **{self._t(item.text)}** — {verdict}"
                    f"{'' if right else ' ⚠'}: {self._t(item.feedback)}"
                )
            body = "\n".join(lines)
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
        # After the layout has grown to hold the feedback, not before.
        QTimer.singleShot(0, lambda: self.scroller.ensureWidgetVisible(self.primary))

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
        self._countdown.stop()
        self.leave_requested.emit()

    def current_choice_texts(self) -> list[str]:
        """The texts of the choice buttons shown (for tests and screen readers)."""
        return [b.accessibleName() for b in self._choice_buttons]
