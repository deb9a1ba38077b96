"""A picture is chosen from disk, checked as the reader checks it, and copied into media/."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from trainer.gui.editor.forms.image_field import ImageField
from trainer.gui.editor.forms.media_import import safe_stem

IMAGE = ("nodes", "heads_up", "image")


def _picture(folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    path = folder / name
    assert image.save(str(path))
    return path


def _choose(qtbot, monkeypatch, pane, source: Path) -> ImageField:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(source), ""))
    )
    pane.show_path(IMAGE)
    field = pane.field_at(IMAGE)
    assert isinstance(field, ImageField)
    qtbot.mouseClick(field.choose, Qt.MouseButton.LeftButton)
    return pane.field_at(IMAGE)


def test_a_picked_picture_is_copied_into_media_under_a_safe_name(
    qtbot, open_pane, monkeypatch, tmp_path: Path
) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    source = _picture(tmp_path / "Pulpit", "Plan ulicy (Żółta) 2.PNG")
    field = _choose(qtbot, monkeypatch, pane, source)

    assert doc.get(IMAGE) == "media/plan-ulicy-zolta-2.png"
    copied = doc.path.parent / "media" / "plan-ulicy-zolta-2.png"
    assert copied.read_bytes() == source.read_bytes()
    assert field.name.text() == "media/plan-ulicy-zolta-2.png"
    assert field.preview.isVisible()
    assert not field.message.isVisible()
    assert doc.validate().findings is not None  # the reader accepts the reference
    assert not [
        f for f in doc.validate().findings if f.code.startswith(("bad-image", "missing-image"))
    ]

    pane.session.undo_stack.undo()
    assert not doc.has(IMAGE)


def test_the_same_name_with_other_content_gets_a_number(
    qtbot, open_pane, monkeypatch, tmp_path: Path
) -> None:
    pane = open_pane("tutorial")
    media = pane.session.doc.path.parent / "media"
    media.mkdir(exist_ok=True)
    (media / "door.png").write_bytes(b"not the same picture")
    _choose(qtbot, monkeypatch, pane, _picture(tmp_path / "in", "door.png"))
    assert pane.session.doc.get(IMAGE) == "media/door-2.png"
    assert (media / "door.png").read_bytes() == b"not the same picture"


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("notes.txt", b"hello", "use PNG, JPEG or WebP"),
        ("fake.png", b"GIF89a not a png at all", "cannot be used"),
        ("huge.png", None, "too large"),
    ],
)
def test_a_wrong_or_too_big_file_is_refused_with_a_message(
    qtbot, open_pane, monkeypatch, tmp_path: Path, name: str, content: bytes | None, says: str
) -> None:
    pane = open_pane("tutorial")
    doc = pane.session.doc
    source = tmp_path / name
    if content is None:
        with source.open("wb") as handle:  # sparse: 20 MB + 1 byte, written in no time
            handle.truncate(20_000_001)
    else:
        source.write_bytes(content)
    field = _choose(qtbot, monkeypatch, pane, source)

    assert field.message.isVisible()
    assert says in field.message.text()
    assert name in field.message.text()
    assert not doc.has(IMAGE)
    assert not (doc.path.parent / "media" / name).exists()
    assert pane.session.undo_stack.count() == 0


def test_safe_names() -> None:
    assert safe_stem("Żółta Ściana (2)") == "zolta-sciana-2"
    assert safe_stem("../../etc/passwd") == "etc-passwd"
    assert safe_stem("???") == "image"
    assert safe_stem("CON") == "image-con"
