"""Tab through the editor: it starts in a place the instructor sees and goes on sensibly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

pytestmark = pytest.mark.gui


def test_tab_starts_in_the_form_and_goes_outline_form_findings_analysis(qtbot, opened) -> None:
    opened.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is opened)
    first = QApplication.focusWidget()
    assert first is not None and opened.form.form.isAncestorOf(first)  # a field, at once
    seen = [first]
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        assert not focus.visibleRegion().isEmpty(), f"Tab went to a hidden {focus!r}"
        seen.append(focus)

    def place(widget) -> str:
        if opened.form.isAncestorOf(widget):
            return "form"
        for name, panel in (
            ("outline", opened.outline),
            ("findings", opened.findings),
            ("analysis", opened.analysis),
        ):
            if widget is panel or panel.isAncestorOf(widget):
                return name
        return "other"

    order = []
    for widget in seen:
        if not order or order[-1] != place(widget):
            order.append(place(widget))
    # The form's fields in one run, then the findings, the analysis (its tabs first),
    # round to the outline and into the form again.
    assert order[:6] == ["form", "findings", "other", "analysis", "outline", "form"]
    assert order[order.index("outline") + 1] == "form"


def test_tab_order_holds_after_the_form_is_rebuilt(qtbot, opened) -> None:
    opened.activateWindow()
    opened.session.select(("nodes", "qualify"))
    qtbot.keyClick(opened.outline.tree, Qt.Key.Key_Tab)
    assert opened.form.form.isAncestorOf(QApplication.focusWidget())
