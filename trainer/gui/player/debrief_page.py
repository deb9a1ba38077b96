"""The debrief: outcome, points per competency, the path taken, the best path, lessons."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.competencies import competency_label
from trainer.domain.engine import PlayState
from trainer.domain.markup import one_line, opening_words
from trainer.domain.model import ChecklistNode, DecisionNode, ReportNode
from trainer.domain.variants import PathText
from trainer.gui.formats import percent, ui_language
from trainer.gui.player.report_panel import note_card, report_item_markup
from trainer.gui.widgets.bars import LabelledBar
from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.labels import FittedTextBrowser
from trainer.gui.widgets.named import named
from trainer.gui.words import (
    OUTCOME_STYLE,
    ending_and_score_hint,
    ending_line,
    kind_word,
    marked_rating_word,
    score_line,
    stage_word,
    step_kind_or_stage,
)
from trainer.services.debrief import Debrief, DebriefStep

#: The nodes the debrief lists: where the officer answered something.
AnsweredNode = DecisionNode | ChecklistNode | ReportNode


class DebriefPage(QWidget):
    """Shows one attempt's debrief (just finished, or replayed from history)."""

    play_again_requested = Signal()
    library_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.debrief: Debrief | None = None
        self.language = "pl"
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        self.outcome = QLabel()
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setWordWrap(True)  # the scenario's title goes to a second line if need be
        outer.addWidget(self.outcome)
        self.scroller = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = named(QWidget(), "page")
        self.body = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        top = QHBoxLayout()
        self.ending_text = FittedTextBrowser(max_height=100_000)  # the page scrolls
        top.addWidget(self.ending_text, 3)
        scores = named(QFrame(), "card")
        self.scores = QGridLayout(scores)
        top.addWidget(scores, 2, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(top)

        self.path_heading = heading(1.35)
        self.body.addWidget(self.path_heading)
        self.path_text = FittedTextBrowser(max_height=100_000)  # the page scrolls, not the text
        self.body.addWidget(self.path_text)
        # The notes written at report nodes, as written: plain text, never markup.
        self.notes_heading = heading(1.35)
        self.body.addWidget(self.notes_heading)
        self.notes_box = QVBoxLayout()
        self.body.addLayout(self.notes_box)
        self.body.addStretch(1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.library_button = QPushButton()
        self.library_button.clicked.connect(self.library_requested)
        self.again_button = named(QPushButton(), "primary")
        self.again_button.clicked.connect(self.play_again_requested)
        buttons.addWidget(self.library_button)
        buttons.addWidget(self.again_button)
        outer.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.scroller.setAccessibleName(self.tr("Debrief"))
        self.library_button.setText(self.tr("Back to the &library"))
        self.again_button.setText(self.tr("Play &again"))
        self.path_heading.setText(self.tr("Your path, step by step"))
        self.ending_text.setAccessibleName(self.tr("How it ended and the lessons"))
        self.path_text.setAccessibleName(self.tr("Your path, step by step"))
        self.notes_heading.setText(self.tr("Your notes, as you wrote them"))
        if self.debrief is not None:
            self.show_debrief(self.debrief, self.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _t(self, text: PathText | None, state: PlayState | None = None) -> str:
        """``text`` as shown in the attempt: for a path-aware text, the alternative of
        ``state`` (by default the attempt's last state: the ending)."""
        assert self.debrief is not None
        renderer = self.debrief.renderer(self.language)
        return renderer.at(text, self.debrief.state if state is None else state)

    def show_debrief(self, debrief: Debrief, language: str) -> None:
        """Fill the page from a computed debrief, in the attempt's content language."""
        self.debrief = debrief
        self.language = language
        scenario = debrief.scenario
        sheet = debrief.sheet
        ui = ui_language()  # the scenario's title and competencies as the UI names them
        ending = debrief.ending
        if ending is not None:
            symbol, colour = OUTCOME_STYLE[ending.outcome]
            title = one_line(self._t(ending.title)) or opening_words(self._t(ending.text))
            word = ending_line(ending.outcome, title)
        else:
            symbol, colour, word = "…", "#475467", self.tr("Not finished")
        overall = sheet.overall_percent
        overall_line = score_line(percent(overall))
        self.outcome.setText(
            f"<span style='font-size:150%; font-weight:700; color:{colour}'>{symbol} "
            f"{html.escape(word)}</span>&nbsp;&nbsp; <span style='font-size:130%;"
            f" font-weight:600'>{html.escape(overall_line)}</span>"
            f"&nbsp;&nbsp; <span style='color:#475467'>"
            f"{html.escape(debrief.renderer(ui).text(scenario.title))}"
            f" · v{scenario.version}</span>"
        )
        self.outcome.setToolTip(ending_and_score_hint())
        self.outcome.setAccessibleName(f"{word}. {overall_line}")
        self.outcome.setAccessibleDescription(ending_and_score_hint())

        ending_parts = []
        if debrief.ending is not None:
            ending_parts.append(self._t(debrief.ending.text))
            if debrief.ending.debrief is not None:
                ending_parts.append("**" + self.tr("Lessons") + "**")
                ending_parts.append(self._t(debrief.ending.debrief))
        self.ending_text.set_markup("\n\n".join(ending_parts))

        while self.scores.count():
            item = self.scores.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        scores_title = heading(1.2)
        scores_title.setText(self.tr("Competencies"))
        self.scores.addWidget(scores_title, 0, 0, 1, 2)
        for row, cid in enumerate(sheet.maximum, start=1):
            label = QLabel(competency_label(scenario, cid, ui))
            label.setTextFormat(Qt.TextFormat.PlainText)  # the scenario's words
            label.setWordWrap(True)
            bar = LabelledBar()
            bar.setRange(0, 100)
            pct = sheet.percent[cid]
            bar.setValue(round(pct or 0))
            shown = percent(pct)
            bar.setFormat(f"{sheet.points[cid]} / {sheet.maximum[cid]}   ·   {shown}")
            own = sum(s.gained.get(cid, 0) for s in debrief.steps if s.self_assessed)
            if own:
                # Points the officer gave themselves at a report: said so beside the bar.
                label.setText(
                    label.text()
                    + "\n"
                    + self.tr("of which %1 self-assessed").replace("%1", str(own))
                )
            bar.setAccessibleName(f"{label.text()}: {bar.format()}")
            self.scores.addWidget(label, row, 0)
            self.scores.addWidget(bar, row, 1)

        self.path_text.set_markup(self._path_markup(debrief))
        self._show_notes(debrief)
        # Open at the outcome and the bars, also when this page showed a debrief before.
        self.scroller.verticalScrollBar().setValue(0)

    def _show_notes(self, debrief: Debrief) -> None:
        while self.notes_box.count():
            item = self.notes_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        reports = [s for s in debrief.steps if s.self_assessed]
        self.notes_heading.setVisible(bool(reports))
        for step in reports:
            node = debrief.scenario.node(step.node_id)
            assert isinstance(node, ReportNode)
            self.notes_box.addWidget(note_card(self._heading(node, step), step.note or ""))

    def _choice_text(
        self, node: DecisionNode | ChecklistNode | ReportNode, step: DebriefStep
    ) -> str:
        if isinstance(node, ReportNode):
            return (
                self.tr("your note contains %1 of %2 items")
                .replace("%1", str(step.checklist_right))
                .replace("%2", str(node.maximum))
            )
        if isinstance(node, ChecklistNode):
            return (
                self.tr("ticked %1 right, %2 wrong, missed %3")
                .replace("%1", str(step.checklist_right))
                .replace("%2", str(step.checklist_wrong))
                .replace("%3", str(step.checklist_missed))
            )
        if step.choice_id == "timeout":
            return self.tr("(time ran out)")
        choice = node.choice(step.choice_id or "")
        return one_line(self._t(choice.text)) if choice is not None else str(step.choice_id)

    def _heading(self, node: AnsweredNode, step: DebriefStep) -> str:
        """The step's title, or the first words of its text: never its internal id."""
        return one_line(self._t(node.title, step.state)) or opening_words(
            self._t(node.text, step.state)
        )

    def _path_markup(self, debrief: Debrief) -> str:
        scenario = debrief.scenario
        lines: list[str] = []
        first = debrief.first_departure
        if first is None:
            lines.append(self.tr("You followed the best path all the way."))
        else:
            node = scenario.node(first.node_id)
            assert isinstance(node, DecisionNode | ChecklistNode | ReportNode)
            where = self._heading(node, first) or step_kind_or_stage(
                first.stage.value if first.stage else None, node.type.value
            )
            lines.append(self.tr("You left the best path at: %1").replace("%1", f"**{where}**"))
        lines.append("")
        for number, step in enumerate(debrief.steps, start=1):
            node = scenario.node(step.node_id)
            assert isinstance(node, DecisionNode | ChecklistNode | ReportNode)
            stage = step.stage.value if step.stage else None
            title = self._heading(node, step)
            what = stage_word(stage) if node.title else step_kind_or_stage(stage, node.type.value)
            if isinstance(node, ReportNode) and stage is None:
                what = kind_word("report")  # "Other" says nothing of a note
            rating = step.rating
            mark = marked_rating_word(rating) if rating is not None else ""
            if step.self_assessed:
                mark = self.tr("self-assessed")
            points = ", ".join(
                f"{'+' if p > 0 else ''}{p} {competency_label(scenario, c, ui_language())}"
                for c, p in step.gained.items()
                if p
            )
            # No title and no text either: what the step is must do.
            lines.append(f"**{number}. {title}** · *{what}*" if title else f"**{number}. {what}**")
            lines.append("")
            answer = self.tr("Your answer")
            lines.append(
                f"- {answer}: {self._choice_text(node, step)} — **{mark}**"
                + (f" ({points})" if points else "")
            )
            if isinstance(node, DecisionNode) and step.choice_id is not None:
                chosen = node.choice(step.choice_id)
                if chosen is not None and chosen.feedback is not None:
                    # One list item, however many lines or paragraphs the author wrote.
                    lines.append(f"- {one_line(self._t(chosen.feedback, step.state))}")
            if isinstance(node, ReportNode):
                ticked = frozenset(step.ticked)
                for item in node.items:
                    lines.append(
                        report_item_markup(item.id in ticked, self._t(item.text, step.state), None)
                    )
            if step.best_choice_id is not None and isinstance(node, DecisionNode):
                best = node.choice(step.best_choice_id)
                if best is not None:
                    better = self.tr("The best choice here")
                    lines.append(f"- {better}: {one_line(self._t(best.text))}")
            lines.append("")
        if debrief.stages:
            lines.append("**" + self.tr("By decision-model stage") + "**")
            lines.append("")
            for summary in debrief.stages:
                counts = ", ".join(
                    f"{marked_rating_word(r)} ×{n}" for r, n in summary.ratings.items()
                )
                lines.append(
                    f"- {stage_word(summary.stage.value if summary.stage else None)}: {counts}"
                )
        return "\n".join(lines)
