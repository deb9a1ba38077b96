"""A node's picture on screen with its alternative text (format 1.1 ``image_alt``).

The officer sees the picture and, under it, its alternative text as a caption (a scene
plan's legend); a screen reader reads the same words as the picture's name. If the
picture cannot be shown, the words still are.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.gui.screens import settle, shown_window
from tests.gui.test_forms_of_address import FORMS, create_by_keyboard
from tests.scenario_io.image_files import png

pytestmark = pytest.mark.gui

ALT = "Plan: 1 brama, 2 mur; {stoisz|stoisz} przy bramie, {sam|sama}."
PICTURE = (
    "    image: media/plan.png\n"
    '    image_alt: {pl: "Plan: 1 brama, 2 mur; {stoisz|stoisz} przy bramie, {sam|sama}.",'
    ' en: "Plan: 1 the gate, 2 the wall."}\n'
)


def _scenario(tmp_path: Path, image: bytes) -> Path:
    folder = tmp_path / "scenarios" / "address-forms"
    shutil.copytree(FORMS, folder)
    file = folder / "scenario.yaml"
    text = file.read_text(encoding="utf-8")
    anchor = "    stage: options\n"
    assert text.count(anchor) == 1
    file.write_text(text.replace(anchor, anchor + PICTURE), encoding="utf-8")
    (folder / "media").mkdir()
    (folder / "media" / "plan.png").write_bytes(image)
    return folder.parent


@pytest.fixture
def plan_window(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest
) -> Iterator[object]:
    monkeypatch.setenv("TRAINER_SCENARIOS_DIR", str(_scenario(tmp_path, request.param)))
    with shown_window(qtbot, tmp_path / "data") as main:
        yield main


def _start(qtbot, window) -> object:
    create_by_keyboard(qtbot, window, "Anna", downs=2)  # the feminine form
    window.library.start_button.click()
    assert window.stack.currentWidget() is window.player
    settle(qtbot)
    return window.player


@pytest.mark.parametrize("plan_window", [png(120, 60)], indirect=True)
def test_the_picture_is_shown_with_its_alternative_text_under_it(qtbot, plan_window) -> None:
    player = _start(qtbot, plan_window)
    pixmap = player.image.pixmap()
    assert player.image.isVisible() and not pixmap.isNull()
    assert (pixmap.width(), pixmap.height()) == (120, 60)  # small ones at their own size
    caption = "Plan: 1 brama, 2 mur; stoisz przy bramie, sama."
    assert player.image_caption.isVisible()
    assert player.image_caption.text() == caption
    assert player.image.accessibleName() == caption
    # Below the picture, above the node's text.
    assert player.image.y() < player.image_caption.y() < player.text.y()


@pytest.mark.parametrize("plan_window", [png(120, 60)], indirect=True)
def test_a_picture_refused_when_shown_still_leaves_its_words(
    qtbot, plan_window, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The validator accepted the file; the loader refuses it now (changed on disk since,
    # or over the decoder's memory limit) and returns None, as it does for any refusal.
    monkeypatch.setattr("trainer.gui.player.page.load_scenario_image", lambda *_a, **_k: None)
    player = _start(qtbot, plan_window)
    assert not player.image.isVisible()
    assert player.image_caption.isVisible()
    assert player.image_caption.text().startswith("Plan: 1 brama")


@pytest.mark.parametrize("plan_window", [png(1440, 720)], indirect=True)
def test_a_large_picture_is_scaled_to_leave_room_for_the_question(qtbot, plan_window) -> None:
    player = _start(qtbot, plan_window)
    pixmap = player.image.pixmap()
    assert (pixmap.width(), pixmap.height()) == (600, 300)  # within 720 × 300, same shape


def test_the_replay_says_in_words_what_the_picture_showed(qtbot) -> None:
    from trainer.gui.history.replay_page import ReplayPage
    from trainer.services.replay import NodeView

    page = ReplayPage()
    qtbot.addWidget(page)
    view = NodeView(
        node_id="arrive",
        kind="scene",
        title="Przy bramie",
        text="Wysiadacie z radiowozu.",
        stage=None,
        image="media/scene-plan.png",
        image_alt="Plan: 1 brama, 2 mur",
    )
    lines = page._node_markup(view, 1)
    # The replay stores no pictures: their words stand where the picture stood.
    assert lines.index("*Picture: Plan: 1 brama, 2 mur*") < lines.index("Wysiadacie z radiowozu.")
    without = page._node_markup(NodeView("a", "scene", None, "Tekst.", None, None), 1)
    assert not any("Picture" in line for line in without)
