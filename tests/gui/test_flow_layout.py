"""FlowLayout: one line when there is room, whole widgets wrapped when there is not."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from trainer.gui.widgets.flow import FlowLayout

pytestmark = pytest.mark.gui


def row_of_buttons(qtbot, width: int, *, align_right: bool) -> tuple[QWidget, list[QPushButton]]:
    host = QWidget()
    qtbot.addWidget(host)
    outer = QVBoxLayout(host)
    flow = FlowLayout(align_right=align_right)
    buttons = [QPushButton(text) for text in ("Export answers (CSV)", "Export (PDF)", "Go")]
    for button in buttons:
        flow.addWidget(button)
    outer.addLayout(flow)
    outer.addStretch(1)
    host.resize(width, 300)
    host.show()
    qtbot.waitExposed(host)
    return host, buttons


def test_one_line_when_there_is_room(qtbot) -> None:
    host, buttons = row_of_buttons(qtbot, 900, align_right=True)
    assert len({b.y() for b in buttons}) == 1
    assert buttons[0].x() < buttons[1].x() < buttons[2].x()
    right = host.layout().contentsRect().right()
    assert abs(buttons[2].geometry().right() - right) <= 1  # pushed to the right
    for button in buttons:
        assert button.width() >= button.sizeHint().width()


def test_wraps_whole_buttons_when_narrow(qtbot) -> None:
    widest = max(QPushButton(t).sizeHint().width() for t in ("Export answers (CSV)",))
    host, buttons = row_of_buttons(qtbot, widest + 40, align_right=False)
    assert len({b.y() for b in buttons}) >= 2
    inside = host.layout().contentsRect()
    for button in buttons:
        assert inside.contains(button.geometry())  # nothing cut at the edge
        assert button.width() >= button.sizeHint().width()
    # The layout asked for the height of its lines.
    flow = host.layout().itemAt(0).layout()
    assert flow.heightForWidth(inside.width()) >= 2 * buttons[0].height()
