"""Start on a scenario with an attempt in progress (issue 12, points 3 and 13).

The questions are the real message boxes, answered by clicking or pressing keys on
them while they run modally; what the officer then sees and what is stored is checked.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.gui.message_boxes import Answerer, Asked, click, key
from tests.play_support import play_tokens
from trainer.domain.model import DecisionNode, Mode, SceneNode
from trainer.gui.history.model import OUTCOME
from trainer.gui.library.model import CARD_ROLE
from trainer.services.profiles import TRAINER

pytestmark = pytest.mark.gui


def focused(window: QWidget) -> QWidget:
    return QApplication.focusWidget() or window


def sign_up(qtbot, window, name: str) -> None:
    """A new profile from the first screen, by keyboard (the UI language as it is set)."""
    qtbot.keyClicks(window.profiles.name_edit, name)
    qtbot.keyClick(window.profiles.name_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library


def select_scenario(qtbot, window, key_: str) -> None:
    """Move the library's selection with the arrow keys to the scenario ``key_``."""
    library = window.library
    library.list.setFocus()
    for _ in range(library.proxy.rowCount() + 1):
        if library.current_card().key == key_:
            return
        qtbot.keyClick(library.list, Qt.Key.Key_Down)
    raise AssertionError(f"{key_} is not listed")


def answer_first_decision(qtbot, window) -> None:
    """Continue through the opening scenes and answer the first decision with 1, by keys."""
    player = window.player
    for _ in range(20):
        active = player.active
        node = active.engine.current_node(active.state)
        if isinstance(node, SceneNode):
            qtbot.keyClick(focused(window), Qt.Key.Key_Return)
            continue
        assert isinstance(node, DecisionNode)
        qtbot.keyClick(focused(window), Qt.Key.Key_1)
        break
    assert any(step.choice for step in player.active.state.steps)


def attempts(window, profile_name: str) -> list:
    store = window.context.services.store
    profile = store.find_profile(profile_name)
    return store.attempts_for_profile(profile.id)


def pause_mid_scenario(qtbot, window, scenario: str, language: str = "en") -> str:
    """In the UI ``language``: sign up, start ``scenario`` from the library, take a step
    or more, press Esc."""
    window.set_language(language)
    sign_up(qtbot, window, "Marta")
    select_scenario(qtbot, window, scenario)
    window.library.start_button.click()
    assert window.stack.currentWidget() is window.player
    answer_first_decision(qtbot, window)
    attempt_id = window.player.active.attempt_id
    qtbot.keyClick(focused(window), Qt.Key.Key_Escape)  # pause
    assert window.stack.currentWidget() is window.library
    return attempt_id


SCENARIO = "synagogue-graffiti"  # not the first card: the selection must be kept, not reset


def test_after_a_pause_the_library_keeps_the_scenario_selected_and_enter_resumes(
    qtbot, window, answer_box: Answerer
) -> None:
    attempt_id = pause_mid_scenario(qtbot, window, SCENARIO)
    library = window.library
    assert library.proxy.index(0, 0).data(CARD_ROLE).key != SCENARIO
    assert library.current_card().key == SCENARIO
    assert library.list.hasFocus()
    assert library.resume_button.isVisibleTo(window)
    node_before = window.player.active.state.node
    steps_before = len(window.player.active.state.steps)

    asked = answer_box(qtbot, key(qtbot, Qt.Key.Key_Return))  # Resume is the default
    qtbot.keyClick(library.list, Qt.Key.Key_Return)  # Enter on the selected card: Start

    assert len(asked) == 1
    assert f"“{library.current_card().title_in('en')}”" in asked[0].text
    assert window.stack.currentWidget() is window.player
    assert window.player.active.attempt_id == attempt_id
    assert window.player.active.state.node == node_before
    assert len(window.player.active.state.steps) == steps_before
    (only,) = attempts(window, "Marta")
    assert only.status == "in_progress"


def test_abandon_and_start_over_records_the_old_attempt_as_abandoned(
    qtbot, window, answer_box: Answerer
) -> None:
    old_id = pause_mid_scenario(qtbot, window, SCENARIO)

    asked = answer_box(qtbot, click(qtbot, QMessageBox.ButtonRole.DestructiveRole))
    window.library.start_button.click()

    assert asked and asked[0].title == "Scenario in progress"
    assert "abandoned" in asked[0].detail
    assert any("Abandon" in b for b in asked[0].buttons)
    player = window.player
    assert window.stack.currentWidget() is player
    assert player.active.attempt_id != old_id
    assert player.active.state.steps == ()  # a new attempt at its start
    by_id = {a.id: a for a in attempts(window, "Marta")}
    old, new = by_id[old_id], by_id[player.active.attempt_id]
    assert old.status == "abandoned"
    assert old.finished_at is not None and old.finished_at == old.updated_at  # when abandoned
    assert old.step_count >= 1 and old.ending is None and old.overall_percent is None
    assert new.status == "in_progress"
    # The abandoned attempt is no longer offered: Esc, and the library offers the new one.
    # (A window manager gives the window back its activation when the dialog closes; the
    # offscreen platform does not.)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    answer_first_decision(qtbot, window)
    qtbot.keyClick(focused(window), Qt.Key.Key_Escape)
    assert window.library.results.in_progress[SCENARIO].id == new.id


def test_cancel_changes_nothing(qtbot, window, answer_box: Answerer) -> None:
    attempt_id = pause_mid_scenario(qtbot, window, SCENARIO)
    before = attempts(window, "Marta")

    asked = answer_box(qtbot, key(qtbot, Qt.Key.Key_Escape))
    window.library.start_button.click()

    assert len(asked) == 1
    assert window.stack.currentWidget() is window.library
    assert window.library.current_card().key == SCENARIO
    assert attempts(window, "Marta") == before
    assert [a.id for a in before] == [attempt_id]


def test_an_answer_given_after_a_sign_out_changes_nothing(
    qtbot, window, answer_box: Answerer
) -> None:
    """The question was up when the officer was signed out (idle): the next person's
    click on it must not abandon the last officer's attempt or start a new one."""
    pause_mid_scenario(qtbot, window, SCENARIO)
    before = attempts(window, "Marta")

    def sign_out_then_abandon(box: QMessageBox) -> None:
        window.sign_out()
        click(qtbot, QMessageBox.ButtonRole.DestructiveRole)(box)

    asked = answer_box(qtbot, sign_out_then_abandon)
    window.library.start_button.click()

    assert len(asked) == 1
    assert window.stack.currentWidget() is window.profiles
    assert attempts(window, "Marta") == before


def test_the_question_is_in_polish_with_the_polish_title(
    qtbot, window, answer_box: Answerer
) -> None:
    pause_mid_scenario(qtbot, window, SCENARIO, "pl")
    card = window.library.current_card()

    asked = answer_box(qtbot, key(qtbot, Qt.Key.Key_Escape))
    window.library.start_button.click()

    assert asked[0].title == "Scenariusz w toku"
    assert f"„{card.title_in('pl')}”" in asked[0].text
    assert sorted(asked[0].buttons) == ["&Anuluj", "&Porzuć i zacznij od nowa", "&Wznów"]


def played_in_english_then_sign_in(
    qtbot, window, answer_box: Answerer, *, steps: int
) -> list[Asked]:
    """An attempt of the tutorial in English with ``steps`` steps; then sign-in, Polish UI."""
    services = window.context.services
    profile = services.profiles.create("Olga")
    tutorial = next(e for e in window.context.library.load() if e.key == "tutorial")
    active = services.play.start(profile, tutorial.result, mode=Mode.PRACTICE, language="en")
    for _ in range(steps):
        services.play.advance(active, "")
    window.set_language("pl")
    window.profiles.refresh()
    window.profiles.profiles.setCurrentRow(0)
    asked = answer_box(qtbot, click(qtbot, QMessageBox.ButtonRole.RejectRole))  # Later
    window.profiles.sign_in_button.click()
    assert window.stack.currentWidget() is window.library
    return asked


def test_the_sign_in_offer_names_the_scenario_in_the_ui_language(
    qtbot, window, answer_box: Answerer
) -> None:
    asked = played_in_english_then_sign_in(qtbot, window, answer_box, steps=1)
    assert len(asked) == 1
    assert asked[0].title == "Nieukończony scenariusz"
    assert "„Samouczek" in asked[0].text  # the Polish title, though played in English
    assert "Tutorial" not in asked[0].text
    assert "(dotychczasowa liczba kroków: 1)" in asked[0].text


def test_an_attempt_with_no_step_is_not_offered_and_start_abandons_it_silently(
    qtbot, window, answer_box: Answerer
) -> None:
    asked = played_in_english_then_sign_in(qtbot, window, answer_box, steps=0)
    QApplication.processEvents()
    assert asked == []  # no offer at sign-in
    library = window.library
    select_scenario(qtbot, window, "tutorial")
    assert not library.resume_button.isVisibleTo(window)
    (untouched,) = attempts(window, "Olga")

    more = answer_box(qtbot, key(qtbot, Qt.Key.Key_Escape))
    library.start_button.click()  # no question: nothing to lose

    assert window.stack.currentWidget() is window.player
    QApplication.processEvents()
    assert more == []
    by_id = {a.id: a for a in attempts(window, "Olga")}
    assert by_id[untouched.id].status == "abandoned"
    assert by_id[window.player.active.attempt_id].status == "in_progress"


# -- history and overview ---------------------------------------------------------------------


def three_kinds(window) -> tuple:
    """A finished best-path tutorial, an abandoned one and one in progress, both of poor
    choices (were they counted, every average would drop below 100%)."""
    window.set_language("en")
    services = window.context.services
    anna = services.profiles.create("Anna")
    tutorial = next(e for e in window.context.library.load() if e.key == "tutorial")
    best = list(tutorial.result.analysis.best_tokens)
    play = services.play
    done = play.start(anna, tutorial.result, mode=Mode.PRACTICE, language="en")
    play_tokens(play, done, best)
    dropped = play.start(anna, tutorial.result, mode=Mode.PRACTICE, language="en")
    while isinstance(dropped.engine.current_node(dropped.state), SceneNode):
        play.advance(dropped, "")
    decision = dropped.engine.current_node(dropped.state)
    assert isinstance(decision, DecisionNode)
    worst = [c.id for c in decision.choices if c.id != best[0]][-1]
    play_tokens(play, dropped, [worst], finish=False)
    assert play.abandon(dropped.attempt_id)
    assert not play.abandon(dropped.attempt_id)  # a second click changes nothing
    going = play.start(anna, tutorial.result, mode=Mode.PRACTICE, language="en")
    play_tokens(play, going, [worst], finish=False)
    assert going.sheet.overall_percent < 100
    return anna, done.attempt_id, dropped.attempt_id, going.attempt_id


def test_history_tells_the_three_apart_and_averages_count_finished_only(qtbot, window) -> None:
    anna, done, dropped, going = three_kinds(window)
    window.profile = anna
    window.show_history()
    page = window.history
    qtbot.waitUntil(lambda: page.report is not None)
    shown = dict(zip(page.visible_attempt_ids(), page.visible_column(OUTCOME), strict=True))
    assert shown[done] == "★ Success"
    assert shown[dropped] == "⊘ Abandoned"
    assert shown[going] == "… In progress"
    overall = dict(zip(page.visible_attempt_ids(), page.visible_column(), strict=True))
    assert overall == {done: "100%", dropped: "—", going: "—"}
    # The filter offers each status; abandoned ones alone:
    page.outcome_filter.setCurrentIndex(page.outcome_filter.findData("abandoned"))
    assert page.visible_attempt_ids() == [dropped]
    page.outcome_filter.setCurrentIndex(0)
    # Best, last, charts and "where to improve" count the finished attempt only.
    standing = page.report.standings[0]
    assert (standing.attempts, standing.finished, standing.best, standing.last) == (
        3,
        1,
        100.0,
        100.0,
    )
    assert page.report.trends and all(t.average == 100.0 for t in page.report.trends)
    assert all(len(t.points) == 1 for t in page.report.trends if t.points)
    assert page.standings.item(0, 2).text() == "100%"
    # And the command line says the status of each in words.
    entries = {e["id"]: e for e in window.context.services.history.entries(anna)}
    assert entries[dropped]["status"] == "abandoned" and entries[dropped]["abandoned"]
    assert entries[dropped]["finished"] is None
    assert entries[done]["finished"] and entries[done]["abandoned"] is None


def test_overview_counts_each_status_and_averages_finished_only(qtbot, window, tmp_path) -> None:
    import csv

    three_kinds(window)
    services = window.context.services
    trainer = services.profiles.create("Trener", TRAINER, "Trener-Haslo-2026!")
    page = window.overview
    assert page.show_for(trainer)
    qtbot.waitUntil(lambda: page.overview is not None)
    model = page.profiles_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Name", "Attempts", "Completed", "Abandoned", "In progress", "Average"]
    row = next(r for r in range(model.rowCount()) if model.row_object(r).display_name == "Anna")
    cells = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert cells == ["Anna", "3", "1", "1", "1", "100%"]
    assert "completed 1, abandoned 1, in progress 1" in page.summary.text()
    (scenario,) = page.overview.scenarios
    assert (scenario.attempts, scenario.finished, scenario.abandoned, scenario.in_progress) == (
        3,
        1,
        1,
        1,
    )
    assert scenario.average_percent == 100.0
    assert all(c.average_percent == 100.0 for c in scenario.competencies)

    written = page.export_attempts_csv(tmp_path / "attempts.csv")
    assert written == 3
    with (tmp_path / "attempts.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(r["status"] for r in rows) == ["abandoned", "finished", "in_progress"]
    for r in rows:
        assert bool(r["finished"]) == (r["status"] == "finished")
        assert bool(r["abandoned"]) == (r["status"] == "abandoned")
        assert bool(r["overall_percent"]) == (r["status"] == "finished")

    pdf = page.export_pdf(tmp_path / "overview.pdf")
    assert pdf.stat().st_size > 0
