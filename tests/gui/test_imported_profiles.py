"""Profiles merged from other stations' results are not offered on the profile screen."""

from __future__ import annotations

from pathlib import Path

from tests.play_support import play_tokens
from tests.shares_support import BEST, PASSWORD, TUTORIAL
from trainer.domain.model import Mode
from trainer.gui.context import GuiContext
from trainer.gui.settings import UiSettings
from trainer.gui.tasks import TaskRunner
from trainer.scenario_io.reader import load_scenario
from trainer.services.context import open_services
from trainer.services.library import LibraryService
from trainer.services.profiles import TRAINER
from trainer.services.results import ResultsService


def test_imported_profiles_are_not_offered(tmp_path: Path) -> None:
    station = open_services(tmp_path / "station")
    try:
        station.profiles.create("Ewa", TRAINER, PASSWORD)
        officer = station.profiles.create("Anna")
        active = station.play.start(
            officer, load_scenario(TUTORIAL), mode=Mode.PRACTICE, language="pl"
        )
        play_tokens(station.play, active, BEST)
        by = station.profiles.confirm_trainer("Ewa", PASSWORD)
        ResultsService(station.store).export(tmp_path / "r.gz", by=by)
    finally:
        station.close(backup=False)
    centre = open_services(tmp_path / "centre")
    try:
        centre.profiles.create("Piotr", TRAINER, PASSWORD)
        by = centre.profiles.confirm_trainer("Piotr", PASSWORD)
        [counts] = ResultsService(centre.store).import_files([tmp_path / "r.gz"], by=by)
        assert counts.profiles_added == 1
        assert len(centre.store.list_profiles()) == 2
        context = GuiContext(
            services=centre,
            library=LibraryService([]),
            runner=TaskRunner(synchronous=True),
            settings=UiSettings(tmp_path / "settings.json"),
            data_dir=tmp_path / "centre",
        )
        assert [p.display_name for p in context.list_profiles()] == ["Piotr"]
    finally:
        centre.close(backup=False)
