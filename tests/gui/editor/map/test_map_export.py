"""The map as a handout: a PNG of the whole map, a PDF page; a failed write is said."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from tests.gui.editor.map.mirror import OpenMap
from trainer.gui.editor.map import export as map_export
from trainer.gui.editor.map import panel as map_panel
from trainer.gui.editor.map.items import NodeCard


def _pages(pdf: Path) -> int:
    return pdf.read_bytes().count(b"/Type /Page\n") + pdf.read_bytes().count(b"/Type /Page ")


def test_the_png_is_the_whole_map_at_its_own_scale(qtbot, open_map: OpenMap, tmp_path) -> None:
    panel = open_map()
    assert panel.scene is not None
    panel.view.fit()  # zoomed out: the view shows boxes, the export still shows text
    written = panel.export(tmp_path / "map.png", "png")
    assert written.stat().st_size > 0
    image = QImage(str(written))
    rect = map_export.map_rect(panel.scene)
    assert (image.width(), image.height()) == (round(rect.width()), round(rect.height()))
    # Each card in full, with its text (dark), though the zoomed-out view shows boxes.
    for card in panel.scene.cards.values():
        box = card.sceneBoundingRect().translated(-rect.topLeft()).toRect()
        dark = sum(
            QColor(image.pixel(x, y)).lightness() < 90
            for x in range(box.left(), box.right(), 2)
            for y in range(box.top(), box.bottom(), 2)
        )
        assert dark > 50, card.node.node_id
    assert not NodeCard.printing


def test_a_huge_map_is_capped() -> None:
    scale = map_export.png_scale(QRectF(0, 0, 60_000, 40_000))
    assert 60_000 * scale <= map_export.MAX_SIDE
    assert 60_000 * 40_000 * scale * scale <= map_export.MAX_PIXELS * 1.001


def test_the_pdf_is_one_landscape_page(qtbot, open_map: OpenMap, tmp_path) -> None:
    panel = open_map()
    written = panel.export(tmp_path / "map.pdf", "pdf")
    data = written.read_bytes()
    assert data.startswith(b"%PDF") and _pages(written) == 1
    assert b"/Count 1" in data


def test_the_dialog_names_the_saved_file(qtbot, open_map: OpenMap, tmp_path, monkeypatch) -> None:
    panel = open_map()
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.pdf_action.trigger()
    assert target.stat().st_size > 0
    assert panel.saved_notice is not None and str(target) in panel.saved_notice.text()
    panel.saved_notice.close()


@pytest.mark.parametrize("where", ["read-only folder", "not a folder"])
def test_a_failed_write_is_said(qtbot, open_map: OpenMap, tmp_path, monkeypatch, where) -> None:
    panel = open_map()
    folder = tmp_path / "out"
    if where == "read-only folder":
        if os.geteuid() == 0:
            pytest.skip("root writes into a read-only folder")
        folder.mkdir()
        folder.chmod(0o500)
    else:
        folder.write_text("a file, not a folder")
    said: list[str] = []
    monkeypatch.setattr(
        map_panel, "show_plain_message", lambda parent, icon, title, text: said.append(text)
    )
    for kind, action in (("png", panel.png_action), ("pdf", panel.pdf_action)):
        target = folder / f"map.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        action.trigger()
        assert said and "could not be written" in said[-1] and str(target) in said[-1]
        assert panel.saved_notice is None
    assert len(said) == 2


def test_a_capped_png_still_draws_the_cards_text(
    qtbot, open_map: OpenMap, tmp_path, monkeypatch
) -> None:
    panel = open_map()
    assert panel.scene is not None
    monkeypatch.setattr(map_export, "MAX_SIDE", 1000)  # below the view's text scale
    rect = map_export.map_rect(panel.scene)
    scale = map_export.png_scale(rect)
    assert scale < 0.45
    image = QImage(str(panel.export(tmp_path / "small.png", "png")))
    assert max(image.width(), image.height()) <= 1000
    for card in panel.scene.cards.values():
        scene_box = card.sceneBoundingRect().translated(-rect.topLeft())
        box = QRectF(
            scene_box.x() * scale,
            scene_box.y() * scale,
            scene_box.width() * scale,
            scene_box.height() * scale,
        ).toRect()
        dark = sum(
            QColor(image.pixel(x, y)).lightness() < 110
            for x in range(box.left(), box.right())
            for y in range(box.top(), box.bottom())
        )
        assert dark > 20, card.node.node_id
