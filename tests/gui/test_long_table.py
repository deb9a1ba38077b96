"""Long tables of figures (the trainer overview at a centre with 2,000 profiles): every
column fits its widest text, wherever that row is, without the view measuring each cell
of the first 1,000 rows (which took 0.6 s of the overview's first paint)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QTableView

from trainer.gui.overview.models import Column, RowTableModel
from trainer.gui.widgets.tables import LongTable

pytestmark = pytest.mark.gui

ROWS = 2_000
WIDE = 1_500  # past the 1,000 rows Qt's default sizing looks at


@dataclass(frozen=True)
class Row:
    name: str
    figure: int


class CountingModel(RowTableModel):
    """Counts the model's ``data`` calls."""

    calls = 0

    def data(self, index, role=0):
        CountingModel.calls += 1
        return super().data(index, role)


def rows() -> list[Row]:
    return [Row(f"Officer {n:04d}", 123_456_789_012 if n == WIDE else n % 50) for n in range(ROWS)]


def model() -> CountingModel:
    made = CountingModel(
        [
            Column(lambda: "Name", lambda r: r.name, lambda r: r.name),
            Column(lambda: "N", lambda r: f"{r.figure:,}", lambda r: r.figure, True),
        ]
    )
    made.set_rows(rows())
    return made


def shown(qtbot, view: QTableView) -> QTableView:
    qtbot.addWidget(view)
    view.setModel(model())
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    view.resize(600, 400)
    CountingModel.calls = 0
    view.show()
    qtbot.waitExposed(view)
    return view


def needed(view: QTableView, row: int) -> int:
    index = view.model().index(row, 1)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    return view.itemDelegateForIndex(index).sizeHint(option, index).width()


def test_a_wide_figure_far_down_is_not_cut(qtbot) -> None:
    plain = shown(qtbot, QTableView())
    assert plain.horizontalHeader().sectionSize(1) < needed(plain, WIDE)  # Qt's own: cut
    long = shown(qtbot, LongTable())
    assert long.horizontalHeader().sectionSize(1) >= needed(long, WIDE)
    # Sorted so that the wide row comes first, then the model reset: still fitted.
    long.model().set_rows(list(reversed(rows())))
    qtbot.wait(10)
    assert long.horizontalHeader().sectionSize(1) >= needed(long, ROWS - 1 - WIDE)


def test_sizing_reads_each_row_once_not_every_role(qtbot) -> None:
    shown(qtbot, QTableView())
    plain = CountingModel.calls
    shown(qtbot, LongTable())
    long = CountingModel.calls
    assert long < plain / 3, (long, plain)
    assert long < 4 * ROWS, long
