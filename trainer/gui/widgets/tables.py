"""Tables of figures: the naming column kept readable; columns fitted in long tables."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QTableView, QWidget


class ReadableColumn(QObject):
    """Gives ``column`` the table's spare width, and never less than ``characters``.

    With ``QHeaderView.Stretch`` the naming column (a scenario's title) gets only what
    the other columns leave, which at a large text size is nothing: "T…". Here it
    keeps room for about ``characters`` characters of the current text size (at most
    half the visible width); the other columns keep the width of their contents, and
    the table scrolls sideways when they do not all fit.
    """

    def __init__(self, table: QTableView, column: int, characters: int = 20) -> None:
        super().__init__(table)
        self._table = table
        self._column = column
        self._characters = characters
        header = table.horizontalHeader()
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._other_resized)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _other_resized(self, section: int, _old: int, _new: int) -> None:
        if section != self._column:
            self.fit()

    def fit(self) -> None:
        """Size the naming column for the current width and the other columns."""
        header = self._table.horizontalHeader()
        others = sum(
            header.sectionSize(section)
            for section in range(header.count())
            if section != self._column and not header.isSectionHidden(section)
        )
        visible = self._table.viewport().width()
        readable = self._table.fontMetrics().averageCharWidth() * self._characters
        wanted = max(visible - others, min(readable, visible // 2))
        if header.sectionSize(self._column) != wanted:
            header.resizeSection(self._column, wanted)


class LongTable(QTableView):
    """A table whose columns fit their contents at any length, at a cost that grows gently.

    Qt fits a ``ResizeToContents`` column by asking the delegate to measure every cell of
    the first 1,000 rows (the header's ``resizeContentsPrecision``), each of which asks the
    model for a dozen roles: at a training centre with 2,000 profiles that took 0.6 s of
    the overview's first paint, and a wider figure in row 1,500 was still cut. Here the
    header measures the rows in sight only, and this view adds the one row whose display
    text is widest, found by reading each row's text once per change of the model.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontalHeader().setResizeContentsPrecision(0)
        self._widest: dict[int, int] = {}  # column -> the row whose text is widest

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Also forget the widest rows whenever the rows or their texts change."""
        super().setModel(model)
        self._widest.clear()
        if model is not None:
            for signal in (
                model.modelReset,
                model.layoutChanged,
                model.rowsInserted,
                model.rowsRemoved,
                model.dataChanged,
            ):
                signal.connect(self._forget)

    def _forget(self, *_args: object) -> None:
        self._widest.clear()

    def sizeHintForColumn(self, column: int) -> int:
        hint = super().sizeHintForColumn(column)  # the heading's and the rows in sight
        model = self.model()
        if model is None or model.rowCount() == 0:
            return hint
        row = self._widest.get(column)
        if row is None:
            metrics = self.fontMetrics()
            widths = (
                metrics.horizontalAdvance(str(model.index(r, column).data() or ""))
                for r in range(model.rowCount())
            )
            row = max(enumerate(widths), key=lambda pair: pair[1])[0]
            self._widest[column] = row
        index = model.index(row, column)
        if self.isRowHidden(row) or not index.isValid():
            return hint
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        width = self.itemDelegateForIndex(index).sizeHint(option, index).width()
        return max(hint, width + (1 if self.showGrid() else 0))  # as QTableView counts
