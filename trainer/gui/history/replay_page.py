"""A past attempt replayed read-only, step by step, from the snapshot stored with it.

Everything shown comes from the :class:`~trainer.services.replay.Replay`: the
node texts in the language the attempt was played, as that scenario version had
them, so the page shows what the officer read even after the file changed. The
page text is built in the scenario Markdown subset and rendered by our own HTML
builder (never raw HTML from scenario text).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.competencies import competency_label
from trainer.domain.engine import Action
from trainer.domain.markup import one_line
from trainer.domain.model import Outcome
from trainer.gui.formats import percent, ui_language
from trainer.gui.formats import seconds as in_seconds
from trainer.gui.history.model import local_time, outcome_key, status_text
from trainer.gui.player.report_panel import note_card, report_item_markup
from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.labels import FittedTextBrowser
from trainer.gui.widgets.named import named
from trainer.gui.words import (
    OUTCOME_STYLE,
    checklist_item_markup,
    ending_and_score_hint,
    ending_line,
    marked_rating_word,
    score_line,
    stage_word,
    step_kind_or_stage,
)
from trainer.services.replay import CardView, ItemView, NodeView, Replay, ReplayStep


def _inline(text: str | None) -> str:
    """Content text for one line of markup (a blank line would end a list item)."""
    return one_line(text)


def _text(_page: QWidget, source: str) -> str:
    """Labels used inside f-strings, translated through calls lupdate can see."""
    labels = {
        "Your choice": QCoreApplication.translate("ReplayPage", "Your choice"),
        "(time ran out)": QCoreApplication.translate("ReplayPage", "(time ran out)"),
        "Rating": QCoreApplication.translate("ReplayPage", "Rating"),
        "Feedback": QCoreApplication.translate("ReplayPage", "Feedback"),
        "Other options": QCoreApplication.translate("ReplayPage", "Other options"),
        "Points": QCoreApplication.translate("ReplayPage", "Points"),
        "Time taken: %1 s": QCoreApplication.translate("ReplayPage", "Time taken: %1 s"),
        "Card opened": QCoreApplication.translate("ReplayPage", "Card opened"),
        "Model note": QCoreApplication.translate("ReplayPage", "Model note"),
        "Picture": QCoreApplication.translate("ReplayPage", "Picture"),
        "Points (self-assessed)": QCoreApplication.translate(
            "ReplayPage", "Points (self-assessed)"
        ),
        "Your note": QCoreApplication.translate("ReplayPage", "Your note"),
        "as written, under the steps": QCoreApplication.translate(
            "ReplayPage", "as written, under the steps"
        ),
    }
    return labels[source]


class ReplayPage(QWidget):
    """Shows one past attempt as it was played; nothing on it changes anything."""

    back_requested = Signal()
    pdf_requested = Signal(object)  # the Replay shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.replay: Replay | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 12, 20, 12)
        self.title = heading(1.6)
        outer.addWidget(self.title)
        self.meta = named(QLabel(), "muted")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)
        self.meta.setWordWrap(True)
        outer.addWidget(self.meta)
        self.outcome = QLabel()
        self.outcome.setTextFormat(Qt.TextFormat.PlainText)
        self.outcome.setWordWrap(True)
        outer.addWidget(self.outcome)

        self.scroller = scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = named(QWidget(), "page")
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        self.text = FittedTextBrowser(max_height=1_000_000)  # the page scrolls, not the text
        body_layout.addWidget(self.text)
        # The notes written at report nodes, as written: plain text, never markup.
        self.notes_heading = heading(1.35)
        body_layout.addWidget(self.notes_heading)
        self.notes_box = QVBoxLayout()
        body_layout.addLayout(self.notes_box)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        self.back_button = named(QPushButton(), "primary")
        self.back_button.clicked.connect(self.back_requested)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        self.pdf_button = QPushButton()
        self.pdf_button.clicked.connect(lambda: self.pdf_requested.emit(self.replay))
        buttons.addWidget(self.pdf_button)
        outer.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.back_button.setText(self.tr("&Back to the history"))
        self.pdf_button.setText(self.tr("Export P&DF"))
        self.text.setAccessibleName(self.tr("The attempt, step by step"))
        self.scroller.setAccessibleName(self.tr("The attempt as it was shown"))
        self.notes_heading.setText(self.tr("Notes, as written"))
        if self.replay is not None:
            self.show_replay(self.replay)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content ------------------------------------------------------------------

    replay: Replay | None = None

    def show_replay(self, replay: Replay) -> None:
        """Show ``replay`` (from ``ReplayService.replay``)."""
        self.replay = replay
        attempt = replay.attempt
        scenario = replay.scenario  # titled as the UI names it, like the history table
        self.title.setText(replay.debrief.renderer(ui_language()).text(scenario.title))
        mode = self.tr("Assessment") if attempt.mode == "assessment" else self.tr("Practice")
        parts = [
            self.tr("Version %1").replace("%1", str(replay.version)),
            mode,
            local_time(attempt.started_at),
            replay.language.upper(),
        ]
        if replay.profile_name:
            parts.insert(0, replay.profile_name)
        self.meta.setText(" · ".join(parts))
        self.outcome.setText(self._outcome_line(replay))
        self.outcome.setAccessibleName(self.outcome.text())
        self.outcome.setToolTip(ending_and_score_hint())
        self.text.set_markup(self.markup(replay))
        self.text.verticalScrollBar().setValue(0)
        self._show_notes(replay)

    def _show_notes(self, replay: Replay) -> None:
        while self.notes_box.count():
            item = self.notes_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        reports = [(n, s) for n, s in enumerate(replay.steps, start=1) if s.self_assessed]
        self.notes_heading.setVisible(bool(reports))
        for number, step in reports:
            card = note_card(f"{number}. {step.node.heading}", step.note or "")
            self.notes_box.addWidget(card)
            card.show()

    def _outcome_line(self, replay: Replay) -> str:
        overall = replay.debrief.sheet.overall_percent
        overall_text = score_line(percent(overall))
        ending = replay.debrief.ending
        if ending is None:
            status = status_text(outcome_key({"status": replay.attempt.status}))
            return f"{status}   ·   {overall_text}"
        symbol, _colour = OUTCOME_STYLE[ending.outcome]
        title = replay.current.heading if replay.finished else ""
        return f"{symbol} {ending_line(ending.outcome, title)}   ·   {overall_text}"

    def markup(self, replay: Replay) -> str:
        """The whole page text in the scenario Markdown subset."""
        lines: list[str] = []
        for number, step in enumerate(replay.steps, start=1):
            lines.extend(self._step_markup(replay, number, step))
        lines.extend(self._end_markup(replay))
        return "\n".join(lines)

    def _node_markup(self, node: NodeView, number: int | None) -> list[str]:
        # A step the author left untitled: the first words of its text, and what it is.
        title = node.heading
        what = (
            step_kind_or_stage(node.stage, node.kind)
            if not node.title
            else stage_word(node.stage)
            if node.stage is not None
            else ""
        )
        if not title:  # no title and no text either
            title, what = what, ""
        head = f"**{number}. {title}**" if number is not None else f"**{title}**"
        if what:
            head += f" · *{what}*"
        lines = [head, ""]
        if node.image_alt:
            lines += [f"*{_text(self, 'Picture')}: {_inline(node.image_alt)}*", ""]
        if node.text:
            lines += [node.text, ""]
        if node.prompt:
            lines += [f"*{_inline(node.prompt)}*", ""]
        return lines

    def _step_markup(self, replay: Replay, number: int, step: ReplayStep) -> list[str]:
        lines = self._node_markup(step.node, number)
        details: list[str] = []
        details.extend(self._cards_markup(step.cards))
        if step.action is Action.TIMEOUT:
            details.append(f"- {_text(self, 'Your choice')}: **{_text(self, '(time ran out)')}**")
        if step.choice is not None and step.action is not Action.TIMEOUT:
            details.append(f"- {_text(self, 'Your choice')}: **{_inline(step.choice.text)}**")
        if step.rating is not None:
            details.append(f"- {_text(self, 'Rating')}: **{marked_rating_word(step.rating)}**")
        if step.choice is not None and step.choice.feedback:
            details.append(f"- {_text(self, 'Feedback')}: {_inline(step.choice.feedback)}")
        others = [c for c in step.offered if not c.chosen and c.text]
        if others:
            options = "; ".join(_inline(c.text) for c in others)
            details.append(f"- {_text(self, 'Other options')}: {options}")
        if step.self_assessed:
            details.extend(self._report_markup(step))
        else:
            details.extend(self._item_markup(item) for item in step.items)
        points = self._points(replay, step.gained)
        if points:
            label = "Points (self-assessed)" if step.self_assessed else "Points"
            details.append(f"- {_text(self, label)}: {points}")
        if step.elapsed_ms is not None:
            seconds = in_seconds(step.elapsed_ms)
            details.append(f"- {_text(self, 'Time taken: %1 s').replace('%1', seconds)}")
        if details:
            lines += [*details, ""]
        return lines

    def _report_markup(self, step: ReplayStep) -> list[str]:
        """A report: where the note is, the model note, and the items as ticked."""
        lines = [f"- {_text(self, 'Your note')}: *{_text(self, 'as written, under the steps')}*"]
        if step.node.model:
            lines.append(f"- {_text(self, 'Model note')}: {_inline(step.node.model)}")
        lines.extend(
            report_item_markup(item.ticked, item.text, None if item.ticked else item.feedback)
            for item in step.items
        )
        return lines

    def _item_markup(self, item: ItemView) -> str:
        # As the play view said it; the explanation only where the officer went wrong.
        wrong = item.ticked != item.correct
        return checklist_item_markup(
            item.correct, item.ticked, item.text, item.feedback if wrong else None
        )

    def _cards_markup(self, cards: tuple[CardView, ...]) -> list[str]:
        return [
            f"- {_text(self, 'Card opened')}: *{_inline(card.title)}* "
            f"({local_time(card.opened_at)})"
            for card in cards
        ]

    def _points(self, replay: Replay, gained: dict[str, int]) -> str:
        return ", ".join(
            f"{'+' if p > 0 else ''}{p} {competency_label(replay.scenario, c, ui_language())}"
            for c, p in gained.items()
            if p
        )

    def _end_markup(self, replay: Replay) -> list[str]:
        current = replay.current
        lines: list[str] = []
        if replay.finished:
            lines += ["**" + self.tr("The ending") + "**", ""]
        elif replay.attempt.status == "abandoned":
            lines += [
                "**" + self.tr("Abandoned here: the scenario was started over") + "**",
                "",
            ]
        else:
            lines += ["**" + self.tr("Not finished: the attempt stopped here") + "**", ""]
        lines += self._node_markup(current, None)
        lines += self._cards_markup(replay.current_cards)
        if replay.current_cards:
            lines.append("")
        if current.outcome is not None:
            try:
                outcome = Outcome(current.outcome)
            except ValueError:
                outcome = None
            if outcome is not None:
                symbol, _colour = OUTCOME_STYLE[outcome]
                line = ending_line(outcome, current.heading)
                lines += [f"**{symbol} {line}**", ""]
        if current.debrief:
            lines += ["**" + self.tr("Lessons") + "**", "", current.debrief, ""]
        sheet = replay.debrief.sheet
        if sheet.maximum:
            lines += ["**" + self.tr("Competencies") + "**", ""]
            for cid, top in sheet.maximum.items():
                pct = sheet.percent.get(cid)
                shown = percent(pct)
                label = competency_label(replay.scenario, cid, ui_language())
                line = f"- {label}: {sheet.points.get(cid, 0)} / {top} · {shown}"
                own = sum(s.gained.get(cid, 0) for s in replay.steps if s.self_assessed)
                if own:
                    line += " · " + self.tr("of which %1 self-assessed").replace("%1", str(own))
                lines.append(line)
            lines.append("")
        return lines
