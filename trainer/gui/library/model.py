"""The scenario library as a Qt item model, with a proxy for search and tag filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QObject,
    QSortFilterProxyModel,
    Qt,
)

from trainer.domain.search import SearchText, words
from trainer.domain.tags import tag_words
from trainer.gui.model_index import ROOT, Index
from trainer.gui.widgets.tooltips import plain_tooltip
from trainer.services.cards import Results, ScenarioCard

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # a SearchText
TAGS_ROLE = Qt.ItemDataRole.UserRole + 3
PLAYABLE_ROLE = Qt.ItemDataRole.UserRole + 4
BEST_ROLE = Qt.ItemDataRole.UserRole + 5
LAST_ROLE = Qt.ItemDataRole.UserRole + 6
IN_PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 7


class ScenarioListModel(QAbstractListModel):
    """One row per scenario folder; titles in the content language chosen for display."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cards: list[ScenarioCard] = []
        self._results = Results()
        self.language = "pl"
        # Each tag's label as the topic filter shows it: searched besides the raw tag.
        self._tag_labels: dict[str, str] = {}
        self._search_texts: dict[int, SearchText] = {}

    def set_cards(self, cards: list[ScenarioCard], results: Results) -> None:
        """Replace everything shown."""
        self.beginResetModel()
        self._cards = list(cards)
        self._results = results
        self._search_texts.clear()
        self.endResetModel()

    def set_tag_labels(self, labels: dict[str, str]) -> None:
        """Let the search find a tag by ``labels[tag]`` too (the topic filter's wording)."""
        if labels != self._tag_labels:
            self._tag_labels = dict(labels)
            self._search_texts.clear()

    def _search_text(self, row: int) -> SearchText:
        """Title, summary and tags in every language the scenario has, prepared once."""
        if row not in self._search_texts:
            card = self._cards[row]
            texts = [card.key, card.folder.name, *card.title.values(), *card.summary.values()]
            for tag in card.tags:  # "romska" finds roma-community in either UI language
                texts += [tag, self._tag_labels.get(tag, ""), *tag_words(tag)]
            self._search_texts[row] = SearchText.of(texts)
        return self._search_texts[row]

    def set_language(self, language: str) -> None:
        """Show titles in ``language`` where the scenario has it."""
        self.language = language
        if self._cards:
            self.dataChanged.emit(self.index(0), self.index(len(self._cards) - 1))

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._cards)

    def card(self, row: int) -> ScenarioCard:
        """The scenario shown in ``row``."""
        return self._cards[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role == CARD_ROLE:
            return card
        if role == PLAYABLE_ROLE:
            return card.playable
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.title_in(self.language)
        if role == Qt.ItemDataRole.ToolTipRole and card.summary:
            return plain_tooltip(card.summary_in(self.language))
        if role == SEARCH_ROLE:
            return self._search_text(index.row())
        if role == TAGS_ROLE:
            return card.tags
        if role == BEST_ROLE:
            return self._results.best.get(card.key)
        if role == LAST_ROLE:
            return self._results.last.get(card.key)
        if role == IN_PROGRESS_ROLE:
            return card.key in self._results.in_progress
        return None


class ScenarioFilterModel(QSortFilterProxyModel):
    """Filters by free text (title, summary, tags) and by one tag; sorts by title."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []  # the query, folded (see trainer.domain.search)
        self._tag = ""
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setSortLocaleAware(True)

    def set_text(self, text: str) -> None:
        """Show rows whose title, summary or tags have every word of ``text`` in some form."""
        self.beginFilterChange()
        self._words = words(text)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def refilter(self) -> None:
        """Apply the filters again (what they search changed)."""
        self.beginFilterChange()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_tag(self, tag: str) -> None:
        """Show rows with this tag ("" for all)."""
        if tag == self._tag:
            return
        self.beginFilterChange()
        self._tag = tag
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if self._words:
            haystack: SearchText = model.data(index, SEARCH_ROLE)
            if not all(haystack.has_word(word) for word in self._words):
                return False
        return not self._tag or self._tag in (model.data(index, TAGS_ROLE) or ())

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()

        # Tutorial first, broken scenarios last, then alphabetical.
        def key(index: Index) -> tuple[int, str]:
            card = model.data(index, CARD_ROLE)
            rank = 0 if card.key == "tutorial" else 1 if card.playable else 2
            return rank, str(model.data(index, Qt.ItemDataRole.DisplayRole)).lower()

        return key(left) < key(right)
