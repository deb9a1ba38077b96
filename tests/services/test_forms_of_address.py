"""The profile's form of address, kept with every attempt (issue 14, point 2).

Stored with the profile (None for both forms), chosen at creation and changed later;
each attempt keeps the form it was started with, so its resume, debrief, replay and
report read as the officer read it, while the next attempt takes the new form.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.play_support import play_tokens
from trainer.domain.address import Address
from trainer.domain.model import Mode
from trainer.scenario_io.reader import LoadResult, load_scenario
from trainer.services.context import Services, open_services
from trainer.services.play import ActiveAttempt
from trainer.services.profiles import TRAINER
from trainer.services.replay import ReplayService
from trainer.services.reports import ReportService
from trainer.storage.errors import ProfileError

REPO_ROOT = Path(__file__).resolve().parents[2]
FORMS = REPO_ROOT / "tests" / "scenarios" / "address-forms"
TUTORIAL = REPO_ROOT / "scenarios" / "tutorial"
PASSWORD = "correct horse battery"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(tmp_path / "data")
    yield opened
    opened.close(backup=False)


@pytest.fixture(scope="module")
def forms() -> LoadResult:
    loaded = load_scenario(FORMS)
    assert loaded.playable, loaded.errors
    return loaded


def start(services: Services, name: str, loaded: LoadResult) -> ActiveAttempt:
    profile = services.profiles.find(name)
    return services.play.start(profile, loaded, mode=Mode.PRACTICE, language="pl")


def format_1_copy(tmp_path: Path) -> LoadResult:
    """The forms scenario as a version-1 file, where braces are plain text."""
    folder = tmp_path / "address-forms"
    folder.mkdir()
    text = (FORMS / "scenario.yaml").read_text(encoding="utf-8")
    # Format 1 has no alternatives: keep one feedback text.
    text = text.replace("format: 1.1", "format: 1").replace(
        """        feedback:
          - if: "calm >= 1"
            text: {pl: "Już spokojnie.", en: "Already calm."}
          - text: {pl: "Dobrze {zrobiłeś|zrobiłaś}.", en: "Well done."}""",
        """        feedback: {pl: "Dobrze {zrobiłeś|zrobiłaś}.", en: "Well done."}""",
    )
    (folder / "scenario.yaml").write_text(text, encoding="utf-8")
    loaded = load_scenario(folder)
    assert loaded.playable, loaded.errors
    return loaded


def decision_text(active: ActiveAttempt) -> str:
    node = active.engine.current_node(active.state)
    return active.renderer.at(node.text, active.state)


def test_a_new_profile_stores_its_form_and_both_forms_as_no_choice(services: Services) -> None:
    profiles = services.profiles
    anna = profiles.create("Anna", address=Address.FEMININE)
    jan = profiles.create("Jan", address=Address.MASCULINE)
    ola = profiles.create("Ola")  # nothing assumed
    kim = profiles.create("Kim", address=Address.NONE)
    stored = {p.display_name: p.address for p in services.store.list_profiles()}
    assert stored == {"Anna": "f", "Jan": "m", "Ola": None, "Kim": None}
    assert [profiles.address_of(p) for p in (anna, jan, ola, kim)] == [
        Address.FEMININE,
        Address.MASCULINE,
        Address.NONE,
        Address.NONE,
    ]


def test_instructors_choose_a_form_too(services: Services) -> None:
    first = services.profiles.set_up_first_trainer("Ewa", PASSWORD, address=Address.FEMININE)
    operator = services.profiles.confirm_trainer("Ewa", PASSWORD)
    second = services.profiles.create_trainer(
        "Adam", PASSWORD, by=operator, address=Address.MASCULINE
    )
    assert (first.role, first.address) == (TRAINER, "f")
    assert (second.role, second.address) == (TRAINER, "m")


def test_the_form_can_be_changed_and_changed_back(services: Services) -> None:
    profiles = services.profiles
    anna = profiles.create("Anna")
    anna = profiles.set_address(anna, Address.FEMININE)
    assert anna.address == "f"
    assert services.store.get_profile(anna.id).address == "f"
    anna = profiles.set_address(anna, Address.NONE)
    assert anna.address is None
    assert profiles.address_of(anna) is Address.NONE


def test_changing_an_erased_profile_is_refused(services: Services) -> None:
    anna = services.profiles.create("Anna")
    services.profiles.erase(anna)
    with pytest.raises(ProfileError):
        services.profiles.set_address(anna, Address.FEMININE)


def test_an_attempt_keeps_its_form_and_the_next_one_takes_the_new_form(
    services: Services, forms: LoadResult
) -> None:
    anna = services.profiles.create("Anna", address=Address.FEMININE)
    first = start(services, "Anna", forms)
    assert first.address is Address.FEMININE
    assert decision_text(first) == "Co zrobiłabyś?"
    assert services.store.attempt(first.attempt_id).address == "f"

    # Changed while the first attempt is in progress (the stale record is passed on).
    services.profiles.set_address(anna, Address.MASCULINE)
    resumed = services.play.resume(services.store.attempt(first.attempt_id))
    assert resumed.address is Address.FEMININE  # as started
    assert decision_text(resumed) == "Co zrobiłabyś?"

    second = services.play.start(anna, forms, mode=Mode.PRACTICE, language="pl")
    assert second.address is Address.MASCULINE  # read from the store, not the old record
    assert decision_text(second) == "Co zrobiłbyś?"
    assert services.store.attempt(second.attempt_id).address == "m"

    services.profiles.set_address(anna, Address.NONE)
    third = start(services, "Anna", forms)
    assert services.store.attempt(third.attempt_id).address is None
    assert decision_text(third) == "Co zrobiłbyś/zrobiłabyś?"


def test_a_profile_made_before_forms_existed_reads_as_both_forms(
    services: Services, forms: LoadResult
) -> None:
    old = services.profiles.create("Stary")
    services.store.update_profile(old.id, address=None)
    active = start(services, "Stary", forms)
    assert active.address is Address.NONE
    assert decision_text(active) == "Co zrobiłbyś/zrobiłabyś?"


def test_the_replay_debrief_and_report_keep_the_attempt_s_form(
    services: Services, forms: LoadResult
) -> None:
    anna = services.profiles.create("Anna", address=Address.FEMININE)
    first = start(services, "Anna", forms)
    play_tokens(services.play, first, ["shout", "guess"])  # leaves the best path
    services.profiles.set_address(anna, Address.MASCULINE)
    second = start(services, "Anna", forms)
    play_tokens(services.play, second, ["talk", "words"])

    replays = ReplayService(services.store)
    old = replays.replay(first.attempt_id, viewer=anna)
    assert old.debrief.address is Address.FEMININE
    (decision, checklist) = old.steps
    assert decision.node.title == "Gdzie byłaś?"
    assert decision.node.text == "Co zrobiłabyś?"
    assert decision.choice is not None and decision.choice.feedback == "Źle postąpiłaś."
    assert {c.text for c in decision.offered} == {"Sama podchodzę i rozmawiam", "Krzyczę"}
    assert checklist.node.prompt == "Zaznacz to, co zauważyłaś"
    assert {i.text for i in checklist.items} == {"Zapisałam słowa sprawcy", "Zgaduję"}
    assert old.current.text == "Zrobiłaś swoje."
    assert old.current.debrief == "Mogłabyś jeszcze zadzwonić."
    assert old.scenario_title == "Próba: co zrobiłabyś"

    report = ReportService(services.store).attempt_report(first.attempt_id, viewer=anna)
    assert report.ending_text == "Zrobiłaś swoje."
    assert report.scenario_title == "Próba: co zrobiłabyś"
    assert [a.question for a in report.answers] == ["Gdzie byłaś?", "Fakty"]
    # The best answer not taken, in the attempt's form (not "Sam/Sama").
    assert report.answers[0].best_answer == "Sama podchodzę i rozmawiam"
    assert report.answers[1].best_answer == "Zapisałam słowa sprawcy"

    new = replays.replay(second.attempt_id, viewer=anna)
    assert new.debrief.address is Address.MASCULINE
    assert new.steps[0].node.text == "Co zrobiłbyś?"
    assert new.steps[0].choice is not None
    assert new.steps[0].choice.feedback == "Dobrze zrobiłeś."  # chosen at the decision
    assert new.current.text == "Zrobiłeś swoje."


def test_a_card_opened_in_the_attempt_is_replayed_in_its_form(
    services: Services, forms: LoadResult
) -> None:
    anna = services.profiles.create("Anna", address=Address.FEMININE)
    active = start(services, "Anna", forms)
    services.play.open_card(active, "tips")
    replay = ReplayService(services.store).replay(active.attempt_id, viewer=anna)
    (card,) = replay.current_cards
    assert (card.title, card.text) == ("Co zrobiłaś dobrze", "Tu mogłaś się zatrzymać.")


def test_a_format_1_scenario_shows_braces_as_typed(services: Services, tmp_path: Path) -> None:
    loaded = format_1_copy(tmp_path)
    services.profiles.create("Anna", address=Address.FEMININE)
    active = start(services, "Anna", loaded)
    assert decision_text(active) == "Co {zrobiłbyś|zrobiłabyś}?"


def test_the_export_holds_the_profile_s_form_and_each_attempt_s(
    services: Services, forms: LoadResult
) -> None:
    anna = services.profiles.create("Anna", address=Address.FEMININE)
    start(services, "Anna", forms)
    anna = services.profiles.set_address(anna, Address.MASCULINE)
    start(services, "Anna", forms)
    exported = services.profiles.export(anna)
    assert exported["profile"]["address"] == "m"
    assert sorted(str(a["address"]) for a in exported["attempts"]) == ["f", "m"]


def run_cli(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trainer", *args, "--data-dir", str(data)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_cli_creates_profiles_with_a_form_of_address(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run_cli(data, "setup", "Ewa", "--address", "f", "--secret-stdin", stdin=PASSWORD)
    assert done.returncode == 0, done.stderr
    done = run_cli(data, "profile", "create", "Jan", "--address", "m")
    assert done.returncode == 0, done.stderr
    done = run_cli(data, "profile", "create", "Ola")
    assert done.returncode == 0, done.stderr
    refused = run_cli(data, "profile", "create", "Kim", "--address", "x")
    assert refused.returncode != 0 and "--address" in refused.stderr
    opened = open_services(data)
    try:
        stored = {p.display_name: p.address for p in opened.store.list_profiles()}
    finally:
        opened.close(backup=False)
    assert stored == {"Ewa": "f", "Jan": "m", "Ola": None}


def test_the_overview_of_everyone_s_attempts_shows_both_forms(
    services: Services, forms: LoadResult, tmp_path: Path
) -> None:
    from trainer.services.overview import OverviewService
    from trainer.services.reports import choice_count_rows

    services.profiles.set_up_first_trainer("Ewa", PASSWORD)
    instructor = services.profiles.confirm_trainer("Ewa", PASSWORD).profile
    for name, address, tokens in (
        ("Anna", Address.FEMININE, ["talk", "words"]),
        ("Jan", Address.MASCULINE, ["shout", "guess"]),
    ):
        services.profiles.create(name, address=address)
        play_tokens(services.play, start(services, name, forms), tokens)
    overview = OverviewService(services.store).overview(viewer=instructor)
    (scenario,) = overview.scenarios
    assert scenario.title == "Próba: co zrobiłbyś/zrobiłabyś"
    (decision,) = scenario.decisions
    assert (decision.title, decision.text) == ("Gdzie byłeś/byłaś?", "Co zrobiłbyś/zrobiłabyś?")
    texts = {c.choice_id: c.text for c in decision.choices}
    assert texts["talk"] == "Sam/Sama podchodzę i rozmawiam"
    (checklist,) = scenario.checklists
    assert checklist.prompt == "Zaznacz to, co zauważyłeś/zauważyłaś"
    rows = choice_count_rows(overview)
    assert "Sam/Sama podchodzę i rozmawiam" in {row[5] for row in rows}
    assert not any("{" in cell for row in rows for cell in row)


def test_the_library_card_shows_both_forms(tmp_path: Path) -> None:
    from trainer.services.library import LibraryService

    (entry,) = LibraryService([(FORMS.parent, "local")]).load()
    assert entry.card.title_in("pl") == "Próba: co zrobiłbyś/zrobiłabyś"
    assert entry.card.summary_in("pl") == "Czy byłeś gotów/byłaś gotowa?"
    assert entry.card.title_in("en") == "Forms of address"


def test_the_history_listing_titles_attempts_with_both_forms(
    services: Services, forms: LoadResult
) -> None:
    from trainer.services.history import played_language_titles

    anna = services.profiles.create("Anna", address=Address.FEMININE)
    start(services, "Anna", forms)
    (summary,) = played_language_titles(services.store, anna.id)
    assert summary.title == "Próba: co zrobiłbyś/zrobiłabyś"
    (english,) = played_language_titles(services.store, anna.id, "en")
    assert english.title == "Forms of address"
    (entry,) = services.history.entries(anna)
    assert entry["title"] == "Próba: co zrobiłbyś/zrobiłabyś"
    (record,) = services.play.unfinished(anna)
    assert record.title == "Próba: co zrobiłbyś/zrobiłabyś"  # the resume question's fallback


def test_a_format_1_title_in_the_history_keeps_its_braces(
    services: Services, tmp_path: Path
) -> None:
    from trainer.services.history import played_language_titles

    loaded = format_1_copy(tmp_path)
    anna = services.profiles.create("Anna", address=Address.FEMININE)
    start(services, "Anna", loaded)
    (summary,) = played_language_titles(services.store, anna.id)
    assert summary.title == "Próba: co {zrobiłbyś|zrobiłabyś}"


def test_the_cli_changes_the_form_for_the_profile_itself_or_an_instructor(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    assert run_cli(data, "setup", "Ewa", "--secret-stdin", stdin=PASSWORD).returncode == 0
    pin = "739154"
    assert run_cli(data, "profile", "create", "Anna", "--secret-stdin", stdin=pin).returncode == 0
    assert run_cli(data, "profile", "create", "Jan").returncode == 0

    wrong = run_cli(
        data, "profile", "address", "Anna", "--address", "f", "--secret-stdin", stdin="482913"
    )
    assert wrong.returncode != 0 and "Traceback" not in wrong.stderr
    own = run_cli(data, "profile", "address", "Anna", "--address", "f", "--secret-stdin", stdin=pin)
    assert own.returncode == 0, own.stderr
    assert "feminine (zrobiłaś)" in own.stderr and "next attempt" in own.stderr
    open_profile = run_cli(data, "profile", "address", "Jan", "--address", "m")
    assert open_profile.returncode == 0, open_profile.stderr  # no PIN: open to its user
    by = run_cli(
        data,
        "profile",
        "address",
        "Jan",
        "--address",
        "none",
        "--by",
        "Ewa",
        "--secret-stdin",
        stdin=PASSWORD,
    )
    assert by.returncode == 0, by.stderr
    missing = run_cli(data, "profile", "address", "Jan")
    assert missing.returncode != 0 and "--address" in missing.stderr
    opened = open_services(data)
    try:
        stored = {p.display_name: p.address for p in opened.store.list_profiles()}
    finally:
        opened.close(backup=False)
    assert stored == {"Ewa": None, "Anna": "f", "Jan": None}


def test_the_form_is_read_from_the_store_not_a_stale_record(services: Services) -> None:
    stale = services.profiles.create("Anna")
    services.profiles.set_address(stale, Address.FEMININE)
    assert stale.address is None
    assert services.profiles.address_of(stale) is Address.FEMININE
