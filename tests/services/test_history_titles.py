"""An officer's history names each attempt in the language it was played in."""

from __future__ import annotations

from pathlib import Path

from trainer.domain.model import Mode
from trainer.scenario_io.reader import load_scenario
from trainer.services.context import open_services
from trainer.services.overview import ReviewAccess
from trainer.services.reports import ReportService

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"


def test_titles_follow_the_played_language(tmp_path: Path) -> None:
    tutorial = load_scenario(SCENARIOS / "tutorial")
    assert tutorial.scenario is not None
    services = open_services(tmp_path / "data")
    try:
        anna = services.profiles.create("Anna")
        for language in ("pl", "en", "pl"):
            services.play.start(anna, tutorial, mode=Mode.PRACTICE, language=language)
        titles = [(e["language"], e["title"]) for e in services.history.entries(anna)]
        english = tutorial.scenario.title["en"]
        polish = tutorial.scenario.title["pl"]
        assert english != polish
        assert titles == [("pl", polish), ("en", english), ("pl", polish)]
        rows, summaries = ReviewAccess(services.store).history_listing(anna, viewer=anna)
        assert [r["title"] for r in rows] == [polish, english, polish]
        assert [s.title for s in summaries] == [polish, english, polish]
        report = ReportService(services.store).history_report(anna, viewer=anna, language="en")
        assert report is not None
        # The stored listing title (for the trainer overview) stays the default language.
        assert {s.title for s in services.store.history_summaries(anna.id)} == {polish}
        assert services.store.played_titles(anna.id) == {
            summaries[0].scenario_version_id: dict(tutorial.scenario.title)
        }
    finally:
        services.close(backup=False)


def test_a_plain_string_title_is_in_the_first_language(tmp_path: Path) -> None:
    import re
    import shutil

    folder = tmp_path / "tutorial"
    shutil.copytree(SCENARIOS / "tutorial", folder)
    text = (folder / "scenario.yaml").read_text(encoding="utf-8")
    text, count = re.subn(
        r"^title:\n  pl: .*\n  en: .*\n", 'title: "Wlepka"\n', text, flags=re.MULTILINE
    )
    assert count == 1
    (folder / "scenario.yaml").write_text(text, encoding="utf-8")
    plain = load_scenario(folder)
    assert plain.playable, [f.format_line() for f in plain.findings]
    services = open_services(tmp_path / "data")
    try:
        anna = services.profiles.create("Anna")
        services.play.start(anna, plain, mode=Mode.PRACTICE, language="en")
        (entry,) = services.history.entries(anna)
        assert entry["title"] == "Wlepka"  # no English title: the one there is
        assert list(services.store.played_titles(anna.id).values()) == [{"pl": "Wlepka"}]
    finally:
        services.close(backup=False)


def test_a_ui_language_titles_every_attempt_in_it(tmp_path: Path) -> None:
    """The app's tables follow the UI language, whatever language each attempt was played in;
    a scenario without a title in that language shows its default-language title."""
    import re
    import shutil

    tutorial = load_scenario(SCENARIOS / "tutorial")
    assert tutorial.scenario is not None
    folder = tmp_path / "polish-only"
    shutil.copytree(SCENARIOS / "tutorial", folder)
    file = folder / "scenario.yaml"
    text, count = re.subn(
        r"^title:\n  pl: (.*)\n  en: .*\n",
        "title:\n  pl: Tylko po polsku\n",
        file.read_text(encoding="utf-8"),
        flags=re.MULTILINE,
    )
    assert count == 1
    file.write_text(text.replace("id: tutorial", "id: polish-only", 1), encoding="utf-8")
    polish_only = load_scenario(folder)
    assert polish_only.playable, [f.format_line() for f in polish_only.findings]
    services = open_services(tmp_path / "data")
    try:
        anna = services.profiles.create("Anna")
        services.play.start(anna, tutorial, mode=Mode.PRACTICE, language="pl")
        services.play.start(anna, tutorial, mode=Mode.PRACTICE, language="en")
        services.play.start(anna, polish_only, mode=Mode.PRACTICE, language="en")
        access = ReviewAccess(services.store)
        for language in ("pl", "en"):
            rows, summaries = access.history_listing(anna, viewer=anna, language=language)
            title = tutorial.scenario.title[language]
            assert [r["title"] for r in rows] == [title, title, "Tylko po polsku"]
            assert [s.title for s in summaries] == [title, title, "Tylko po polsku"]
        # The command line's history still says what was played.
        played = [e["title"] for e in services.history.entries(anna)]
        titles = tutorial.scenario.title
        assert played == [titles["pl"], titles["en"], "Tylko po polsku"]
    finally:
        services.close(backup=False)
