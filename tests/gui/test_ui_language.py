"""Polish all the way through (issue 12, points 9-12): the app's tags, Qt's own dialogs,
numbers and dates, titles and competency names follow the UI language.

The real main window is switched between Polish and English as an officer does
(window.set_language, what the Language menu calls), and the tests read what the
widgets show.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCollator, QLocale, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from tests.gui.screens import shown_window
from trainer.domain.model import Mode, SceneNode
from trainer.gui.history.model import DATE, TITLE
from trainer.gui.library.model import CARD_ROLE
from trainer.scenario_io.reader import load_scenario
from trainer.services.cards import Results, ScenarioCard
from trainer.services.profiles import TRAINER

pytestmark = pytest.mark.gui

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
TUTORIAL = SCENARIOS / "tutorial"
TITLE_PL = "Samouczek: wlepka na drzwiach domu kultury"
TITLE_EN = "Tutorial: a sticker on the community centre door"
PASSWORD = "Trener-Haslo-2026!"
# The tutorial scores these; their labels in each UI language.
COMPETENCIES = {
    "pl": {"Wskaźniki uprzedzeń", "Wsparcie ofiary", "Etyka i bezstronność"},
    "en": {"Bias indicators", "Victim support", "Ethics and impartiality"},
}
POLISH_DATE_TIME = re.compile(r"^\d{1,2}\.\d{2}\.\d{4} \d{2}:\d{2}$")
ENGLISH_DATE_TIME = re.compile(r"^\d{2}/\d{2}/\d{4} \d{2}:\d{2}$")


def play_tutorial(services, profile, *, language: str, elapsed_ms: int) -> str:
    """The tutorial's best path in content ``language``, each answer taking ``elapsed_ms``."""
    loaded = load_scenario(TUTORIAL)
    active = services.play.start(profile, loaded, mode=Mode.PRACTICE, language=language)
    for token in loaded.analysis.best_tokens:
        while isinstance(active.engine.current_node(active.state), SceneNode):
            services.play.advance(active, "")
        services.play.advance(active, token, elapsed_ms=elapsed_ms)
    while not active.state.finished:
        services.play.advance(active, "")
    return active.attempt_id


def switch(qtbot, window, language: str) -> None:
    """The Language menu's switch; widgets retranslate on the LanguageChange Qt posts."""
    window.set_language(language)
    qtbot.wait(30)


def column(view, number: int) -> list[str]:
    model = view.model()
    return [str(model.index(row, number).data()) for row in range(model.rowCount())]


def with_modal(qtbot, trigger: Callable[[], None], look: Callable[[object], None]) -> None:
    """Run ``trigger``, which opens a modal dialog; ``look`` at it once shown, then close it."""
    seen: list[object] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        timer.stop()
        try:
            look(dialog)
            seen.append(dialog)
        finally:
            dialog.reject()  # type: ignore[attr-defined]

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    try:
        trigger()  # returns when the dialog is closed
    finally:
        timer.stop()
    assert seen, "no dialog was shown"


# -- 10. Qt's own dialogs ----------------------------------------------------------------------


def test_the_history_export_file_dialog_speaks_the_ui_language(qtbot, tmp_path: Path) -> None:
    with shown_window(qtbot, tmp_path / "data") as window:
        services = window.context.services
        officer = services.profiles.create("Ewa Kwiatkowska")
        play_tutorial(services, officer, language="pl", elapsed_ms=4300)
        window.profile = officer
        for language, save, cancel, look_in, name in (
            ("pl", "Zapisz", "Anuluj", "&Szukaj w:", "historia.csv"),
            ("en", "Save", "Cancel", "&Look in:", "history.csv"),
        ):
            switch(qtbot, window, language)
            window.show_history()
            seen: dict[str, object] = {}

            def look(dialog: object, seen: dict[str, object] = seen) -> None:
                assert isinstance(dialog, QFileDialog)
                seen["buttons"] = {
                    b.text().replace("&", "") for b in dialog.findChildren(QPushButton)
                }
                seen["labels"] = {label.text() for label in dialog.findChildren(QLabel)}
                seen["name"] = dialog.findChild(QLineEdit, "fileNameEdit").text()

            with_modal(qtbot, window.history.csv_button.click, look)
            assert {save, cancel} <= seen["buttons"], seen  # type: ignore[operator]
            assert look_in in seen["labels"], seen  # type: ignore[operator]
            assert seen["name"] == name


def test_standard_buttons_of_a_message_box_are_polish_in_the_polish_ui(qtbot, window) -> None:
    switch(qtbot, window, "pl")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "?",
        "?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Save,
    )
    qtbot.addWidget(box)
    assert {b.text() for b in box.buttons()} == {"&Tak", "&Nie", "Anuluj", "Zapisz"}
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    assert {b.text() for b in buttons.buttons()} == {"Otwórz", "Zamknij"}
    switch(qtbot, window, "en")
    english = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(english)
    assert [b.text() for b in english.buttons()] == ["Cancel"]


# -- 11. numbers and dates ---------------------------------------------------------------------


def test_replay_times_and_history_dates_follow_the_ui_language(qtbot, window) -> None:
    services = window.context.services
    officer = services.profiles.create("Olga Nowicka")
    attempt = play_tutorial(services, officer, language="en", elapsed_ms=4300)
    window.profile = officer

    switch(qtbot, window, "pl")
    window.show_history()
    (started,) = column(window.history.table, DATE)
    assert POLISH_DATE_TIME.match(started), started
    assert all(POLISH_DATE_TIME.match(x) for x in window.history.chart.categories())
    window._replay(attempt)
    text = window.replay.text.toPlainText()
    assert "4,3 s" in text and "4.3 s" not in text
    assert started in window.replay.meta.text()

    switch(qtbot, window, "en")
    window.show_history()
    (started,) = column(window.history.table, DATE)
    assert ENGLISH_DATE_TIME.match(started), started
    window._replay(attempt)
    assert "4.3 s" in window.replay.text.toPlainText()


# -- 12. titles and competency names -----------------------------------------------------------


NOT_PLAYED = {"pl": "jeszcze nierozegrany", "en": "not played yet"}


def test_history_tables_follow_the_ui_language_not_the_language_played(qtbot, window) -> None:
    services = window.context.services
    officer = services.profiles.create("Anna Nowak")
    play_tutorial(services, officer, language="en", elapsed_ms=3000)
    play_tutorial(services, officer, language="pl", elapsed_ms=3000)
    window.profile = officer
    for language, title in (("pl", TITLE_PL), ("en", TITLE_EN)):
        switch(qtbot, window, language)
        window.show_history()
        page = window.history
        assert column(page.table, TITLE) == [title, title]
        assert column(page.standings_table, 0) == [title]
        other = "en" if language == "pl" else "pl"
        charted = {s.name for s in page.chart.series()}
        assert COMPETENCIES[language] <= charted and not COMPETENCIES[other] & charted
        improve = page.improve.toPlainText()
        # Scenarios not yet played come first there, named in the UI language.
        assert NOT_PLAYED[language] in improve and NOT_PLAYED[other] not in improve
        assert any(label in improve for label in COMPETENCIES[language])
        assert not any(label in improve for label in COMPETENCIES[other])
        window._replay(window.history.visible_attempt_ids()[-1])  # played in English
        assert window.replay.title.text() == title
        assert any(label in window.replay.text.toPlainText() for label in COMPETENCIES[language])

    # Switching the language while the history is on show renames what it shows.
    window.show_history()
    switch(qtbot, window, "pl")
    assert column(window.history.table, TITLE) == [TITLE_PL, TITLE_PL]


def test_overview_tables_and_filter_follow_the_ui_language(qtbot, window) -> None:
    services = window.context.services
    officer = services.profiles.create("Jan Kowalski")
    play_tutorial(services, officer, language="en", elapsed_ms=3000)
    trainer = services.profiles.create("Trener Tomasz", TRAINER, PASSWORD)
    window.profile = trainer
    switch(qtbot, window, "en")
    window.show_overview()
    page = window.overview
    for language, title in (("en", TITLE_EN), ("pl", TITLE_PL)):
        switch(qtbot, window, language)  # the overview on show reloads in the new language
        competencies = set(column(page.competencies_view, 0))
        assert COMPETENCIES[language] <= competencies
        assert title in column(page.competencies_view, 3)
        assert [page.scenario_combo.itemText(i) for i in range(1, page.scenario_combo.count())] == [
            title
        ]
        choices = page.choices_view.model()
        assert choices.index(0, 0).data() == title


# -- 9. tags -----------------------------------------------------------------------------------


def test_topic_filter_shows_tag_labels_in_the_ui_language(qtbot, window) -> None:
    officer = window.context.services.profiles.create("Piotr Wiśniewski")
    window.profile = officer
    switch(qtbot, window, "pl")
    window.show_library()
    library = window.library
    labels = [library.tag.itemText(i) for i in range(library.tag.count())]
    assert labels[0] == "Wszystkie tematy"
    assert {"Społeczność romska", "Miejsce kultu", "Mowa nienawiści"} <= set(labels)
    assert not any("-" in label or "#" in label for label in labels)
    polish = QCollator(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    assert labels[1:] == sorted(labels[1:], key=polish.sortKey)
    assert labels[-1] == "Życie nocne"

    # Choosing a topic keeps it chosen across a language switch, relabelled.
    library.tag.setFocus()
    library.tag.setCurrentIndex(library.tag.findText("Społeczność romska"))
    shown = [library.proxy.index(r, 0).data(CARD_ROLE).key for r in range(library.proxy.rowCount())]
    assert shown == ["roma-centre-stones"]
    switch(qtbot, window, "en")
    assert library.tag.currentText() == "Roma community"
    assert library.proxy.rowCount() == len(shown)
    labels = [library.tag.itemText(i) for i in range(library.tag.count())]
    assert {"All topics", "Place of worship", "Hate speech"} <= set(labels)
    assert "Społeczność romska" not in labels


def test_an_unknown_tag_is_shown_as_words(qtbot, window, tmp_path: Path) -> None:
    officer = window.context.services.profiles.create("Zofia Mazur")
    window.profile = officer
    switch(qtbot, window, "pl")
    window.show_library()
    library = window.library
    card = ScenarioCard(
        key="river",
        folder=tmp_path / "river",
        source="local",
        playable=True,
        title={"pl": "Nad rzeką"},
        languages=("pl",),
        tags=("river-bank", "roma-community"),
        competencies=({"pl": "Wsparcie ofiary", "en": "Victim support"},),
    )
    library.show_for(officer, [card], Results())
    labels = [library.tag.itemText(i) for i in range(library.tag.count())]
    assert labels == ["Wszystkie tematy", "River bank", "Społeczność romska"]
    library.list.setCurrentIndex(library.proxy.index(0, 0))
    assert "Tematy: River bank, Społeczność romska" in library.detail_facts.text()
    # An instructor's own scenario is marked as local, on its card and in its details.
    assert "Lokalny: napisany na tym komputerze w edytorze scenariuszy" in (
        library.detail_facts.text()
    )


def test_the_history_pdf_names_scenarios_and_writes_dates_in_its_language(qtbot, window) -> None:
    from trainer.gui.reports import pdf
    from trainer.services.reports import ReportService

    services = window.context.services
    officer = services.profiles.create("Marta Lis")
    play_tutorial(services, officer, language="en", elapsed_ms=3000)
    reports = ReportService(services.store)
    for language, title in (("pl", TITLE_PL), ("en", TITLE_EN)):
        report = reports.history_report(officer, viewer=officer, language=language)
        with pdf._in_language(language):
            lines = pdf.improve_lines(report)
            when = pdf._when("2026-12-07T09:05:00Z")
        assert lines and all(title in line for line in lines), lines
        assert "tutorial" not in " ".join(lines)  # the title, never the scenario's id
        assert any(label in " ".join(lines) for label in COMPETENCIES[language])
        pattern = POLISH_DATE_TIME if language == "pl" else ENGLISH_DATE_TIME
        assert pattern.match(when), when


def test_formats_follow_the_locale_of_the_ui_language() -> None:
    from trainer.gui import formats

    polish, english = formats.ui_locale("pl"), formats.ui_locale("en")
    assert formats.seconds(4300, locale=polish) == "4,3"
    assert formats.seconds(4300, locale=english) == "4.3"
    assert formats.percent(62.5, 1, polish) == "62,5%"
    assert formats.percent(62.0, locale=english) == "62%"
    assert formats.percent(None) == "—"
    day = dt.date(2026, 12, 7)
    assert formats.date(day, polish) == "7.12.2026"
    assert formats.date(day, english) == "07/12/2026"
    assert formats.day_month(day, polish) == "7.12"
    assert formats.day_month(day, english) == "07/12"
    moment = dt.datetime(2026, 12, 7, 9, 5, tzinfo=dt.UTC)
    assert formats.date_time(moment, polish) == "7.12.2026 09:05"
    assert formats.whole(12345, polish).replace("\u00a0", " ") == "12 345"
    assert formats.local_date_time(None) == ""
    assert formats.local_date_time("not a date") == "not a date"


def test_the_debrief_names_competencies_in_the_ui_language(qtbot, window) -> None:
    from trainer.services.debrief import build_debrief

    services = window.context.services
    officer = services.profiles.create("Ola Zielińska")
    loaded = load_scenario(TUTORIAL)
    active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="en")
    for token in loaded.analysis.best_tokens:
        while isinstance(active.engine.current_node(active.state), SceneNode):
            services.play.advance(active, "")
        services.play.advance(active, token)
    while not active.state.finished:
        services.play.advance(active, "")
    debrief = build_debrief(loaded.scenario, loaded.analysis, active.state)
    for language, title in (("pl", TITLE_PL), ("en", TITLE_EN)):
        switch(qtbot, window, language)
        window.debrief.show_debrief(debrief, "en")  # played in English
        shown = window.debrief.findChildren(QLabel)
        labels = {label.text() for label in shown if not label.isHidden()}
        other = "en" if language == "pl" else "pl"
        assert COMPETENCIES[language] <= labels and not COMPETENCIES[other] & labels
        assert title in window.debrief.outcome.text()
