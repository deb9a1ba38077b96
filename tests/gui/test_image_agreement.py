"""The validator's image check and the app's image loader agree on whole images (T26)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader
from pytestqt.qtbot import QtBot

from tests.scenario_io.test_image_files import GOOD
from trainer.gui.images import load_scenario_image

pytestmark = pytest.mark.gui

SUFFIX = {"png": "png", "jpeg": "jpg", "webp": "webp"}


@pytest.mark.parametrize("case", sorted(GOOD))
def test_every_image_the_validator_accepts_is_shown(
    qtbot: QtBot, tmp_path: Path, case: str
) -> None:
    kind, data = GOOD[case]
    if SUFFIX[kind].encode() not in [bytes(f.data()) for f in QImageReader.supportedImageFormats()]:
        pytest.skip(f"this Qt cannot read {kind}")
    (tmp_path / f"image.{SUFFIX[kind]}").write_bytes(data)
    image = load_scenario_image(tmp_path, f"image.{SUFFIX[kind]}")
    assert image is not None
    assert not image.isNull()
