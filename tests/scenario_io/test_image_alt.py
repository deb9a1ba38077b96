"""An image's alternative text (``image_alt``, format 1.1): read, checked, shown in words.

The picture is for those who can see it; ``image_alt`` says what it shows for a screen
reader, under the picture as its legend, and in the replay (which stores no images).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.scenario_io.image_files import png
from tests.scenario_io.test_format_1_1_reading import _v11
from tests.scenario_io.test_validation_rules import (
    ERROR,
    WARNING,
    expect,
    node,
    t,
    with_code,
    write,
)
from trainer.domain.engine import PlayEngine
from trainer.domain.render import TextRenderer
from trainer.services.replay import node_view

ALT = t("Plan: 1 brama, 2 mur z napisem.", "Plan: 1 the gate, 2 the wall with the writing.")


def _picture(alt: dict[str, str] | None = ALT) -> Any:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        node(d, "intro")["image"] = "media/plan.png"
        if alt is not None:
            node(d, "intro")["image_alt"] = alt

    return mutate


def _with_image(tmp_path: Path, mutate: Any) -> Any:
    written = write(tmp_path, mutate)
    (written.folder / "media").mkdir()
    (written.folder / "media" / "plan.png").write_bytes(png(40, 20))
    return written


def test_an_image_with_its_alternative_text_is_clean(tmp_path: Path) -> None:
    result = _with_image(tmp_path, _picture()).load()
    assert result.findings == []
    intro = result.scenario.node("intro")
    assert intro.image == "media/plan.png"
    assert intro.image_alt is not None
    assert intro.image_alt.resolve("en", "pl") == ALT["en"]


def test_an_image_without_alternative_text_is_a_warning_naming_the_node(tmp_path: Path) -> None:
    written = _with_image(tmp_path, _picture(alt=None))
    needles = ("intro:", '"media/plan.png"')
    finding = expect(written, "image-without-alt", WARNING, *needles, node="intro")
    assert "image_alt" in finding.message


def test_alternative_text_without_an_image_is_a_warning(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        _v11(d)
        node(d, "intro")["image_alt"] = ALT

    written = write(tmp_path, mutate)
    expect(written, "alt-without-image", WARNING, "intro:", "image_alt:", node="intro")


def test_alternative_text_in_a_format_1_file_says_to_declare_format_1_1(tmp_path: Path) -> None:
    def mutate(d: dict[str, Any]) -> None:
        node(d, "intro")["image"] = "media/plan.png"
        node(d, "intro")["image_alt"] = ALT

    written = _with_image(tmp_path, mutate)
    finding = expect(written, "needs-format-1.1", ERROR, "intro:", "image_alt:", node="intro")
    assert "'image_alt'" in finding.message

    # A version-1 file cannot have the field, so it is not asked for it either.
    def without_alt(d: dict[str, Any]) -> None:
        node(d, "intro")["image"] = "media/plan.png"

    assert with_code(_with_image(tmp_path / "v1", without_alt).load(), "image-without-alt") == []


def test_alternative_text_is_a_text_like_any_other(tmp_path: Path) -> None:
    # A missing translation is found as in every other text; forms of address apply.
    written = _with_image(tmp_path, _picture(alt={"pl": "Plan: {stoisz|stoisz} przy bramie."}))
    result = written.load()
    (missing,) = with_code(result, "missing-translation")
    assert missing.node == "intro" and "image_alt" in missing.path


def test_the_cli_transcript_and_the_replay_say_what_the_image_shows(
    tmp_path: Path, run_cli
) -> None:
    written = _with_image(tmp_path, _picture())
    state = run_cli("play", written.folder, "--choose", "calm", "--lang", "en", "--json").json()
    intro = state["transcript"][0]
    assert intro["image"] == "media/plan.png"
    assert intro["image_alt"] == ALT["en"]

    scenario = written.load().scenario
    engine = PlayEngine(scenario)
    view = node_view(TextRenderer(scenario, "pl"), scenario.node("intro"), engine.start())
    assert view.image_alt == ALT["pl"]
