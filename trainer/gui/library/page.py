"""The scenario library: cards with search and tag filter, details, mode and language."""

from __future__ import annotations

from PySide6.QtCore import (
    QCollator,
    QCoreApplication,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.tags import tag_label
from trainer.gui.context import GuiContext
from trainer.gui.formats import language_name, percent
from trainer.gui.library.model import (
    BEST_ROLE,
    CARD_ROLE,
    IN_PROGRESS_ROLE,
    LAST_ROLE,
    ScenarioFilterModel,
    ScenarioListModel,
)
from trainer.gui.style import ACCENT
from trainer.gui.widgets.flow import FlowLayout
from trainer.gui.widgets.heading import heading
from trainer.gui.widgets.named import named
from trainer.gui.widgets.safe_text import SafeTextBrowser
from trainer.gui.widgets.scrolling import VerticalScrollArea
from trainer.services.cards import Results, ScenarioCard
from trainer.services.records import ProfileRecord


def _first_line(text: str, metrics: QFontMetrics, width: int) -> tuple[str, str]:
    """The words of ``text`` that fit on one line, and the rest (for an elided second line)."""
    words = text.split()
    line = ""
    for index, word in enumerate(words):
        candidate = f"{line} {word}" if line else word
        if metrics.horizontalAdvance(candidate) > width:
            return line, " ".join(words[index:])
        line = candidate
    return line, ""


def _percent(value: float | None) -> str:
    return percent(value)


def _title_line(
    in_progress: bool,
    best: float | None,
    last: float | None,
    title_width: int,
    metrics: QFontMetrics,
    width: int,
) -> tuple[int, str]:
    """Room for a card's title, and the results beside it: in words, in figures, or cut.

    ``title_width`` is what the whole title needs and ``width`` the card's line. The
    results ("● in progress   best 80% · last 60%") take the right of the title line.
    On a narrow card (large text) the title keeps at least 55% of the line and the
    results shrink to figures ("● 80% · 60%"), then are cut with "…"; the details
    panel always says them in full.
    """
    progress_mark = ""
    if in_progress:
        progress_mark = QCoreApplication.translate("LibraryPage", "● in progress")
    scores = ""
    if best is not None:
        scores = (
            QCoreApplication.translate("LibraryPage", "best %1 · last %2")
            .replace("%1", _percent(best))
            .replace("%2", _percent(last))
        )
    words = "   ".join(part for part in (progress_mark, scores) if part)
    if not words:
        return width, ""
    gap = metrics.averageCharWidth() * 2
    room = width - gap - metrics.horizontalAdvance(words)
    if room >= min(title_width, width * 0.55):
        return room, words  # the whole title, or one cut short but not below 55%
    figures = " ".join(
        part
        for part in (
            "●" if in_progress else "",
            f"{_percent(best)} · {_percent(last)}" if best is not None else "",
        )
        if part
    )
    room = width - gap - metrics.horizontalAdvance(figures)
    if room >= width * 0.55:
        return room, figures
    room = int(width * 0.55)
    rest = max(0, width - room - gap)
    return room, metrics.elidedText(figures, Qt.TextElideMode.ElideRight, rest)


class ScenarioCardDelegate(QStyledItemDelegate):
    """Draws a scenario as a card: title, summary, facts, and the officer's results."""

    def __init__(self, page: LibraryPage) -> None:
        super().__init__(page)
        self.page = page

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).lineSpacing()
        return QSize(200, line * 4 + 22)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card: ScenarioCard = index.data(CARD_ROLE)
        language = self.page.model.language
        painter.save()
        rect = option.rect.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(ACCENT) if selected else QColor("#d0d5dd"))
        painter.setBrush(QColor("#dce8f5") if selected else QColor("white"))
        painter.drawRoundedRect(rect, 8, 8)
        inner = rect.adjusted(12, 8, -12, -6)
        metrics = QFontMetrics(option.font)
        line = metrics.lineSpacing()
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(QColor("#101828"))
        title = str(index.data(Qt.ItemDataRole.DisplayRole))
        in_progress = bool(index.data(IN_PROGRESS_ROLE))
        best = index.data(BEST_ROLE)
        title_width, right_text = _title_line(
            in_progress,
            best,
            index.data(LAST_ROLE),
            QFontMetrics(title_font).horizontalAdvance(title),
            metrics,
            inner.width(),
        )
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            Qt.AlignmentFlag.AlignLeft,
            QFontMetrics(title_font).elidedText(title, Qt.TextElideMode.ElideRight, title_width),
        )
        painter.setFont(option.font)
        painter.setPen(QColor(ACCENT))
        painter.drawText(
            QRect(inner.left(), inner.top(), inner.width(), line),
            Qt.AlignmentFlag.AlignRight,
            right_text,
        )
        painter.setPen(QColor("#475467"))
        if not card.playable:
            text = QCoreApplication.translate(
                "LibraryPage", "Unavailable: %1 error(s) in the scenario file"
            ).replace("%1", str(card.error_count))
            painter.setPen(QColor("#b42318"))
            painter.drawText(QRect(inner.left(), inner.top() + line, inner.width(), line), 0, text)
        else:
            summary = " ".join(card.summary_in(language).replace("*", "").split())
            first, rest = _first_line(summary, metrics, inner.width())
            painter.drawText(
                QRect(inner.left(), inner.top() + line, inner.width(), line),
                Qt.AlignmentFlag.AlignLeft,
                first,
            )
            painter.drawText(
                QRect(inner.left(), inner.top() + line * 2, inner.width(), line),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(rest, Qt.TextElideMode.ElideRight, inner.width()),
            )
            facts = []
            if card.minutes:
                facts.append(
                    QCoreApplication.translate("LibraryPage", "%1 min").replace(
                        "%1", str(card.minutes)
                    )
                )
            facts.append(" / ".join(code.upper() for code in card.languages))
            if card.timed:
                facts.append(QCoreApplication.translate("LibraryPage", "◷ timed"))
            if card.signed_by:
                facts.append(QCoreApplication.translate("LibraryPage", "✓ official"))
            elif card.from_pack:
                facts.append(QCoreApplication.translate("LibraryPage", "⚠ unofficial"))
            elif card.source == "local":
                facts.append(QCoreApplication.translate("LibraryPage", "✎ local"))
            facts.append(", ".join(tag_label(tag, language) for tag in card.tags[:4]))
            painter.setPen(QColor("#667085"))
            painter.drawText(
                QRect(inner.left(), inner.top() + line * 3, inner.width(), line),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(
                    "   ·   ".join(f for f in facts if f),
                    Qt.TextElideMode.ElideRight,
                    inner.width(),
                ),
            )
        painter.restore()


class LibraryPage(QWidget):
    """Pick a scenario, see its details, choose mode and content language, start."""

    start_requested = Signal(object, str, str)  # ScenarioCard, mode ("practice"...), language
    resume_requested = Signal(object)  # AttemptRecord
    history_requested = Signal()
    overview_requested = Signal()  # instructors only: the button is hidden for officers

    def __init__(self, context: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.context = context
        self.profile: ProfileRecord | None = None
        self.results = Results()
        self.model = ScenarioListModel(self)
        self.proxy = ScenarioFilterModel(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 14)
        top = QHBoxLayout()
        self.title = heading(1.6)
        self.title.setWordWrap(True)  # two lines rather than cut (200% text, small window)
        self.who = named(QLabel(), "badge")
        self.who.setTextFormat(Qt.TextFormat.PlainText)  # a profile name
        top.addWidget(self.title, 1)  # all the room there is, so it wraps only when short of it
        # The officer's own results sit by their name: they are not about one scenario.
        self.history_button = QPushButton()
        self.history_button.clicked.connect(self.history_requested)
        top.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignVCenter)
        # An instructor's way to everyone's results, besides the Profile menu.
        self.overview_button = QPushButton()
        self.overview_button.clicked.connect(self.overview_requested)
        self.overview_button.setVisible(False)
        top.addWidget(self.overview_button, 0, Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.who, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(top)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self._topics: list[str] = []  # every tag of the cards shown (slugs)
        self.tag = QComboBox()
        self.tag.currentIndexChanged.connect(self._tag_changed)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.tag, 1)
        outer.addLayout(filters)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.search.setFocus)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.list = QListView()
        self.list.setModel(self.proxy)
        self.list.setItemDelegate(ScenarioCardDelegate(self))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(2)
        self.list.selectionModel().currentChanged.connect(lambda cur, _prev: self._show(cur))
        self.list.activated.connect(lambda _i: self._start())
        splitter.addWidget(self._list_area())

        # The details scroll when they do not fit (large text on a small screen), so the
        # summary keeps a readable height and the list keeps its share of the width.
        details = named(VerticalScrollArea(), "card")
        details.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.details_panel = details  # hidden while the search finds nothing
        inner = QWidget()
        layout = QVBoxLayout(inner)
        details.setWidget(inner)
        inner.setAutoFillBackground(False)  # setWidget turns it on: keep the card's white
        self.detail_title = heading(1.35)
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text = SafeTextBrowser()
        self.detail_text.set_minimum_lines(4)
        self.detail_facts = named(QLabel(), "muted")
        self.detail_facts.setWordWrap(True)
        self.detail_facts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail_text, 1)
        layout.addWidget(self.detail_facts)

        # Mode and content language on rows of their own: narrow enough for 200% text.
        options = QFormLayout()
        options.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # A field goes under its caption when both do not fit (200% text, small window).
        options.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.mode_caption = QLabel()
        self.practice = QRadioButton()
        self.assessment = QRadioButton()
        self.practice.setChecked(True)
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.practice)
        self.modes.addButton(self.assessment)
        mode_row = QHBoxLayout()
        mode_row.addWidget(self.practice)
        mode_row.addWidget(self.assessment)
        mode_row.addStretch(1)
        options.addRow(self.mode_caption, mode_row)
        self.content_caption = QLabel()
        self.content_language = QComboBox()
        # As wide as the languages of the scenario shown, not of the first one shown.
        self.content_language.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.content_language.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.content_caption.setBuddy(self.content_language)
        options.addRow(self.content_caption, self.content_language)
        layout.addLayout(options)
        self.mode_hint = named(QLabel(), "muted")
        self.mode_hint.setWordWrap(True)
        layout.addWidget(self.mode_hint)
        buttons = FlowLayout(align_right=True)  # Start under Resume when both do not fit
        self.resume_button = QPushButton()
        self.resume_button.clicked.connect(self._resume)
        self.start_button = named(QPushButton(), "primary")
        self.start_button.clicked.connect(self._start)
        buttons.addWidget(self.resume_button)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        outer.addWidget(splitter, 1)
        self.practice.toggled.connect(lambda _c: self._update_mode_hint())

    def _list_area(self) -> QWidget:
        """The cards, or in their place what to do when the search finds none."""
        area = QWidget()
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        self.no_match = named(QFrame(), "card")
        empty_layout = QVBoxLayout(self.no_match)
        empty_layout.setContentsMargins(28, 24, 28, 24)
        empty_layout.setSpacing(12)
        self.no_match_text = heading(1.2)
        self.no_match_text.setWordWrap(True)
        self.no_match_text.setTextFormat(Qt.TextFormat.PlainText)
        self.no_match_hint = named(QLabel(), "muted")
        self.no_match_hint.setWordWrap(True)
        self.clear_search_button = QPushButton()
        self.clear_search_button.clicked.connect(self.clear_search)
        clear_row = QHBoxLayout()
        clear_row.addWidget(self.clear_search_button)
        clear_row.addStretch(1)
        empty_layout.addWidget(self.no_match_text)
        empty_layout.addWidget(self.no_match_hint)
        empty_layout.addLayout(clear_row)
        empty_layout.addStretch(1)
        self.no_match.hide()
        layout.addWidget(self.no_match, 1)
        return area

    def retranslate(self) -> None:
        """Set every text in the current UI language."""
        self.title.setText(self.tr("Scenario library"))
        self.search.setPlaceholderText(self.tr("Search by title, topic or tag…  (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search scenarios"))
        self.tag.setAccessibleName(self.tr("Filter by tag"))
        self.list.setAccessibleName(self.tr("Scenarios"))
        self.mode_caption.setText(self.tr("Mode:"))
        self.practice.setText(self.tr("&Practice"))
        self.assessment.setText(self.tr("&Assessment"))
        self.content_caption.setText(self.tr("Scenario &language:"))
        self.content_language.setAccessibleName(self.tr("Scenario language"))
        self.detail_text.setAccessibleName(self.tr("Scenario summary"))
        self.start_button.setText(self.tr("&Start"))
        self.resume_button.setText(self.tr("&Resume where I stopped"))
        self.history_button.setText(self.tr("&My history"))
        self.overview_button.setText(self.tr("&Trainer overview"))
        self.clear_search_button.setText(self.tr("&Clear the search"))
        self._label_topics()
        self._update_no_match()
        self._update_mode_hint()
        self._show(self.list.currentIndex())
        if self.profile is not None:
            self.who.setText(self.profile.display_name)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_mode_hint(self) -> None:
        if self.practice.isChecked():
            self.mode_hint.setText(self.tr("Practice: you see feedback after every choice."))
        else:
            self.mode_hint.setText(
                self.tr("Assessment: no feedback until the debrief at the end, like a real call.")
            )

    def show_for(
        self,
        profile: ProfileRecord,
        cards: list[ScenarioCard],
        results: Results,
        *,
        selected: str | None = None,
    ) -> None:
        """Fill the library for ``profile`` with its ``results``.

        ``selected``: the key of the scenario to select if it is listed (after a pause,
        the one that was being played); else the first is.
        """
        self.profile = profile
        self.who.setText(profile.display_name)
        self.overview_button.setVisible(profile.role == "trainer")  # as the Profile menu
        self.results = results
        self.model.language = self.context.settings.language
        self.model.set_cards(cards, results)
        self._topics = sorted({t for c in cards for t in c.tags})
        self.tag.blockSignals(True)
        self.tag.setCurrentIndex(-1)  # a new profile starts with every topic
        self.tag.blockSignals(False)
        self._label_topics()
        self.proxy.sort(0)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(self._row_of(selected), 0))
        self._update_no_match()
        self.list.setFocus()

    def _row_of(self, key: str | None) -> int:
        """The listed row of the scenario ``key`` (0 if it is not listed)."""
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(CARD_ROLE).key == key:
                return row
        return 0

    def _label_topics(self) -> None:
        """Fill the topic filter with the tags' labels in the UI language, in its order.

        Called again when the language changes; the chosen topic stays chosen.
        """
        language = self.context.settings.language
        chosen = str(self.tag.currentData() or "")
        collator = QCollator(QLocale())
        labelled = sorted(
            ((tag_label(tag, language), tag) for tag in self._topics),
            key=lambda pair: collator.sortKey(pair[0]),
        )
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("All topics"), "")
        for label, tag in labelled:
            self.tag.addItem(label, tag)
        self.tag.setCurrentIndex(max(0, self.tag.findData(chosen)))
        self.tag.blockSignals(False)
        self.proxy.set_tag(str(self.tag.currentData() or ""))
        self._search_tag_labels()

    def replace_cards(self, cards: list[ScenarioCard]) -> None:
        """Fresh cards from the scenario files, keeping the selection and the filters."""
        if self.profile is None:
            return
        current = self.current_card()
        self.model.set_cards(cards, self.results)
        self._topics = sorted({t for c in cards for t in c.tags})
        self._label_topics()  # the chosen topic stays (or "All topics" if it is gone)
        self.proxy.sort(0)
        keys = [self.proxy.index(r, 0).data(CARD_ROLE).key for r in range(self.proxy.rowCount())]
        if current is not None and current.key in keys:
            self.list.setCurrentIndex(self.proxy.index(keys.index(current.key), 0))
        elif keys:
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        self._update_no_match()

    # -- search -------------------------------------------------------------------

    def _search_tag_labels(self) -> None:
        """Let the search find a tag by the words the topic filter shows for it."""
        labels = {
            str(self.tag.itemData(i)): self.tag.itemText(i)
            for i in range(self.tag.count())
            if self.tag.itemData(i)
        }
        self.model.set_tag_labels(labels)
        self.proxy.refilter()

    def _search_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._after_filter()

    def _tag_changed(self, _index: int) -> None:
        self.proxy.set_tag(self.tag.currentData() or "")
        self._after_filter()

    def _after_filter(self) -> None:
        """Keep a shown scenario selected; a single match is selected at once."""
        if self.proxy.rowCount() == 1 or (
            self.proxy.rowCount() and not self.list.currentIndex().isValid()
        ):
            self.list.setCurrentIndex(self.proxy.index(0, 0))
        elif not self.proxy.rowCount():
            self._show(QModelIndex())
        self._update_no_match()

    def _update_no_match(self) -> None:
        """Say so in the list's place when the search and topic filter leave nothing."""
        empty = self.profile is not None and self.proxy.rowCount() == 0
        query = self.search.text().strip()
        if query:
            text = self.tr("No scenario matches “%1”.").replace("%1", query)
        else:
            text = self.tr("No scenario has this topic.")
        self.no_match_text.setText(text)
        self.no_match_hint.setText(
            self.tr(
                "Words are found in any form and without Polish letters (“synagoga” finds "
                "“synagogi”). Try another word, or clear the search to see every scenario."
            )
        )
        self.no_match.setVisible(empty)
        self.list.setVisible(not empty)
        self.details_panel.setVisible(not empty)

    def clear_search(self) -> None:
        """Show every scenario again: no search words, all topics."""
        self.search.clear()
        self.tag.setCurrentIndex(0)
        self.list.setFocus()

    def current_card(self) -> ScenarioCard | None:
        """The selected scenario."""
        index = self.list.currentIndex()
        return index.data(CARD_ROLE) if index.isValid() else None

    def _show(self, index: QModelIndex | QPersistentModelIndex) -> None:
        card: ScenarioCard | None = index.data(CARD_ROLE) if index.isValid() else None
        ui_language = self.context.settings.language
        if card is None:
            self.detail_title.clear()
            self.detail_text.set_markup("")
            self.detail_facts.clear()
            self.start_button.setEnabled(False)
            self.resume_button.setVisible(False)
            return
        for control in (self.practice, self.assessment, self.content_language):
            control.setEnabled(card.playable)
        if not card.playable:
            self.detail_title.setText(card.folder.name)
            lines = [self.tr("This scenario cannot be played until its file is fixed:"), ""]
            lines += [f"- {line}" for line in card.errors]
            self.detail_text.setPlainText("\n".join(lines))
            self.detail_facts.clear()
            self.start_button.setEnabled(False)
            self.resume_button.setVisible(False)
            return
        self.detail_title.setText(card.title_in(ui_language))
        self.detail_text.set_markup(card.summary_in(ui_language))
        competencies = ", ".join(card.competency_labels(ui_language))
        facts = [
            self.tr("Duration: about %1 min").replace("%1", str(card.minutes or "?")),
            self.tr("Languages: %1").replace("%1", ", ".join(c.upper() for c in card.languages)),
            self.tr("Timed decisions: a countdown runs at some steps")
            if card.timed
            else self.tr("No time limits"),
            self.tr("Competencies: %1").replace("%1", competencies),
        ]
        if card.tags:
            topics = ", ".join(tag_label(tag, ui_language) for tag in card.tags)
            facts.append(self.tr("Topics: %1").replace("%1", topics))
        if card.signed_by:
            facts.append(
                self.tr("Official: from a scenario pack signed by %1").replace("%1", card.signed_by)
            )
        elif card.from_pack:
            facts.append(
                self.tr(
                    "Unofficial: from a scenario pack that no training centre trusted on this"
                    " laptop has signed. Ask your instructor where it comes from."
                )
            )
        elif card.source == "local":
            facts.append(self.tr("Local: written on this laptop in the scenario editor"))
        best = self.results.best.get(card.key)
        if best is not None:
            facts.append(
                self.tr("Your best: %1 · your last: %2")
                .replace("%1", _percent(best))
                .replace("%2", _percent(self.results.last.get(card.key)))
            )
        self.detail_facts.setText("\n".join(facts))
        self.content_language.clear()
        for code in card.languages:
            self.content_language.addItem(language_name(code), code)
        preferred = ui_language if ui_language in card.languages else card.default_language
        self.content_language.setCurrentIndex(self.content_language.findData(preferred))
        self.practice.setEnabled("practice" in card.modes)
        self.assessment.setEnabled("assessment" in card.modes)
        if not self.practice.isEnabled():
            self.assessment.setChecked(True)
        self.start_button.setEnabled(True)
        self.resume_button.setVisible(card.key in self.results.in_progress)

    def _start(self) -> None:
        card = self.current_card()
        if card is None or not card.playable:
            return
        mode = "practice" if self.practice.isChecked() else "assessment"
        self.start_requested.emit(card, mode, self.content_language.currentData())

    def _resume(self) -> None:
        card = self.current_card()
        if card is not None and card.key in self.results.in_progress:
            self.resume_requested.emit(self.results.in_progress[card.key])
