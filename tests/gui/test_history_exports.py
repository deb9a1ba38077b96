"""An officer exports their own history as CSV and as a PDF with charts."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.play_support import play_tokens
from trainer.domain.model import Mode
from trainer.gui.main import build_window
from trainer.gui.reports.pdf import pdf_page_count, pdf_title
from trainer.scenario_io.reader import load_scenario

pytestmark = pytest.mark.gui

TUTORIAL = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial"


def test_history_exports_csv_and_pdf(qtbot, tmp_path: Path) -> None:
    _app, window = build_window(tmp_path / "data", synchronous=True)
    qtbot.addWidget(window)
    services = window.context.services
    try:
        officer = services.profiles.create("Ewa Kwiatkowska")
        loaded = load_scenario(TUTORIAL)
        for _ in range(2):
            active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
            play_tokens(services.play, active, loaded.analysis.best_tokens)
        page = window.history
        page.show_for(officer, viewer=officer)

        rows = page.export_csv(tmp_path / "history.csv")
        with (tmp_path / "history.csv").open(encoding="utf-8-sig", newline="") as handle:
            read = list(csv.DictReader(handle))
        assert rows == len(read) == 2
        assert {r["overall_percent"] for r in read} == {"100.0"}

        pdf = page.export_pdf(tmp_path / "history.pdf").read_bytes()
        assert pdf.startswith(b"%PDF")
        assert pdf_page_count(pdf) >= 1
        assert "Ewa Kwiatkowska" in (pdf_title(pdf) or "")
    finally:
        services.close(backup=False)


def test_a_replayed_attempt_exports_as_a_pdf_naming_its_version(qtbot, tmp_path: Path) -> None:
    _app, window = build_window(tmp_path / "data", synchronous=True)
    qtbot.addWidget(window)
    services = window.context.services
    try:
        officer = services.profiles.create("Olga Nowicka")
        loaded = load_scenario(TUTORIAL)
        active = services.play.start(officer, loaded, mode=Mode.ASSESSMENT, language="en")
        play_tokens(services.play, active, loaded.analysis.best_tokens, finish=False)
        window.profile = officer
        window.show_history()
        window._replay(active.attempt_id)
        assert window.stack.currentWidget() is window.replay
        pdf = window.export_attempt_pdf(window.replay.replay, tmp_path / "one.pdf").read_bytes()
        assert pdf.startswith(b"%PDF") and pdf_page_count(pdf) >= 1
        assert "tutorial v1" in (pdf_title(pdf) or "")
    finally:
        services.close(backup=False)
