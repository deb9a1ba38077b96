"""Fair scoring on screen (issue 12, points 1 and 2), with the real window and keys.

The choices and checklist items are numbered in the order this attempt shuffled
them, number keys pick what is on screen, a resume and the replay show the stored
order; a timed decision's clock stops on the pause screen and keeps its time over
pause, resume and a restart.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from sqlalchemy import update

from tests.gui.message_boxes import Answerer, click
from tests.gui.report_steps import answer_report
from tests.gui.screens import shown_window
from trainer.domain.model import ChecklistNode, DecisionNode, ReportNode, SceneNode
from trainer.storage import schema

pytestmark = pytest.mark.gui

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
PHONE_CALL_FILE_ORDER = ["keep_and_come", "photo_then_remove", "just_remove"]
INDICATORS_FILE_ORDER = [
    "symbol",
    "slogan",
    "place",
    "perception",
    "overnight",
    "posters",
    "no_damage",
]


def press(qtbot, window, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    # This window's focus: a window of an earlier test may still hold the application's.
    target: QWidget = window.focusWidget() or window.player
    qtbot.keyClick(target, key, modifier)
    if modifier == Qt.KeyboardModifier.AltModifier:
        qtbot.wait(250)  # a mnemonic "animates" its button's click


def start_tutorial(qtbot, window, name: str, seed: int | None) -> None:
    """Sign ``name`` up (or in) and start the tutorial, its order shuffled by ``seed``."""
    window.context.services.play.seeds = lambda: seed
    if window.stack.currentWidget() is window.profiles:
        window.activateWindow()
        window.profiles.name_edit.setFocus()
        qtbot.keyClicks(window.profiles.name_edit, name)
        qtbot.keyClick(window.profiles.name_edit, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.library
    window.library.start_button.click()
    assert window.stack.currentWidget() is window.player


def go_to(qtbot, window, node_id: str) -> None:
    """Play on with the keyboard (Enter, and 1 at decisions) until ``node_id`` is shown."""
    player = window.player
    for _ in range(60):
        active = player.active
        if active.state.node == node_id and not player.feedback.isVisible():
            return
        node = active.engine.current_node(active.state)
        if player.feedback.isVisible() or isinstance(node, SceneNode | ChecklistNode):
            press(qtbot, window, Qt.Key.Key_Return)
        elif isinstance(node, ReportNode):
            answer_report(qtbot, player, [])
        else:
            assert isinstance(node, DecisionNode)
            press(qtbot, window, Qt.Key.Key_1)
    raise AssertionError(f"{node_id} was not reached")


def choice_texts(window) -> list[str]:
    return [b.label.text() for b in window.player._choice_buttons]


def item_labels(window) -> list[str]:
    rows = [window.player.choices_box.itemAt(i).widget() for i in range(len(window.player._checks))]
    return [row.findChild(QLabel).text() for row in rows]


def texts_of(window, ids: list[str]) -> list[str]:
    """The texts of the current node's choices or items with ``ids``, in that order."""
    active = window.player.active
    node = active.engine.current_node(active.state)
    options = node.choices if isinstance(node, DecisionNode) else node.items
    by_id = {o.id: o.text.resolve(active.language, "pl") for o in options}
    return [by_id[i] for i in ids]


def shown_in(window, node_id: str) -> list[str]:
    store = window.context.services.store
    attempt_id = window.player.active.attempt_id
    steps = [s for s in store.steps(attempt_id) if s.node_id == node_id]
    assert steps, node_id
    return steps[-1].shown_order


def test_number_keys_pick_what_is_on_screen(qtbot, window) -> None:
    start_tutorial(qtbot, window, "Anna", seed=4)  # seed 4 puts the best choice last
    go_to(qtbot, window, "phone_call")
    shown = [c.id for c in window.player.active.shown_choices()]
    assert shown != PHONE_CALL_FILE_ORDER and sorted(shown) == sorted(PHONE_CALL_FILE_ORDER)
    assert choice_texts(window) == texts_of(window, shown)
    assert window.player.current_choice_texts()[0].startswith("1. ")

    press(qtbot, window, Qt.Key.Key_1)
    step = window.context.services.store.steps(window.player.active.attempt_id)[-1]
    assert step.choice_id == shown[0] != PHONE_CALL_FILE_ORDER[0]
    assert step.shown_order == shown  # what was on screen, stored with the step

    go_to(qtbot, window, "indicators")
    items = [i.id for i in window.player.active.shown_items()]
    assert items != INDICATORS_FILE_ORDER
    labels = item_labels(window)
    assert labels == [f"{n}.  {t}" for n, t in enumerate(texts_of(window, items), start=1)]
    press(qtbot, window, Qt.Key.Key_1)
    press(qtbot, window, Qt.Key.Key_3)
    ticked = [b.property("item_id") for b in window.player._checks if b.isChecked()]
    assert ticked == [items[0], items[2]]
    press(qtbot, window, Qt.Key.Key_Return)
    step = window.context.services.store.steps(window.player.active.attempt_id)[-1]
    assert sorted(step.ticked) == sorted([items[0], items[2]]) and step.shown_order == items
    assert step.ticked == [i for i in INDICATORS_FILE_ORDER if i in step.ticked]  # file order


def test_two_attempts_with_different_seeds_show_different_orders(
    qtbot, window, answer_box: Answerer
) -> None:
    seen = []
    for seed in (1, 4):
        if seen:  # the first attempt is in progress: abandon it and start over
            answer_box(qtbot, click(qtbot, QMessageBox.ButtonRole.DestructiveRole))
        start_tutorial(qtbot, window, "Anna", seed)
        go_to(qtbot, window, "phone_call")
        seen.append(choice_texts(window))
        press(qtbot, window, Qt.Key.Key_Escape)  # pause: back to the library
        assert window.stack.currentWidget() is window.library
    assert sorted(seen[0]) == sorted(seen[1])
    assert seen[0] != seen[1]


def test_a_resumed_attempt_and_its_replay_show_the_stored_order(
    qtbot, window, monkeypatch: pytest.MonkeyPatch
) -> None:
    start_tutorial(qtbot, window, "Anna", seed=5)
    go_to(qtbot, window, "indicators")
    before = item_labels(window)
    attempt_id = window.player.active.attempt_id
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.library
    window.context.services.play.seeds = lambda: 99  # a new attempt would differ
    window.library.resume_button.click()
    assert window.stack.currentWidget() is window.player
    assert window.player.active.attempt_id == attempt_id
    assert item_labels(window) == before
    items = [i.id for i in window.player.active.shown_items()]
    press(qtbot, window, Qt.Key.Key_2)
    press(qtbot, window, Qt.Key.Key_Return)
    phone_call = shown_in(window, "phone_call")
    assert shown_in(window, "indicators") == items

    window.history.replay_requested.emit(attempt_id)
    assert window.stack.currentWidget() is window.replay
    replay = window.replay.replay
    steps = {s.node.node_id: s for s in replay.steps}
    assert [c.choice_id for c in steps["phone_call"].offered] == phone_call
    assert [i.item_id for i in steps["indicators"].items] == items
    markup = window.replay.markup(replay)
    texts = [i.text for i in steps["indicators"].items]
    places = [markup.index(t) for t in texts]
    assert places == sorted(places)  # listed in the order the officer saw them


def test_order_fixed_keeps_the_file_order_on_screen(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "scenarios" / "tutorial"
    shutil.copytree(SCENARIOS / "tutorial", folder)
    file = folder / "scenario.yaml"
    text = file.read_text(encoding="utf-8").replace("format: 1\n", "format: 1.1\n", 1)
    text = text.replace(
        "\n  phone_call:\n    type: decision\n",
        "\n  phone_call:\n    type: decision\n    order: fixed\n",
    )
    file.write_text(text, encoding="utf-8")
    monkeypatch.setenv("TRAINER_SCENARIOS_DIR", str(tmp_path / "scenarios"))
    with shown_window(qtbot, tmp_path / "data") as window:
        start_tutorial(qtbot, window, "Anna", seed=4)
        go_to(qtbot, window, "phone_call")
        assert [c.id for c in window.player.active.shown_choices()] == PHONE_CALL_FILE_ORDER
        assert choice_texts(window) == texts_of(window, PHONE_CALL_FILE_ORDER)
        press(qtbot, window, Qt.Key.Key_1)
        assert shown_in(window, "phone_call") == PHONE_CALL_FILE_ORDER
        go_to(qtbot, window, "indicators")  # no ``order``: shuffled as usual
        assert [i.id for i in window.player.active.shown_items()] != INDICATORS_FILE_ORDER


def test_an_attempt_stored_before_seeds_resumes_in_file_order(qtbot, window) -> None:
    start_tutorial(qtbot, window, "Anna", seed=5)
    go_to(qtbot, window, "indicators")
    attempt_id = window.player.active.attempt_id
    press(qtbot, window, Qt.Key.Key_Escape)
    with window.context.services.store.db.write() as session:  # as schema 0002 left it
        session.execute(
            update(schema.Attempt).where(schema.Attempt.id == attempt_id).values(order_seed=None)
        )
        session.execute(
            update(schema.Step).where(schema.Step.attempt_id == attempt_id).values(shown_order=None)
        )
    window.library.resume_button.click()
    assert [b.property("item_id") for b in window.player._checks] == INDICATORS_FILE_ORDER
    press(qtbot, window, Qt.Key.Key_Return)
    window.history.replay_requested.emit(attempt_id)
    steps = {s.node.node_id: s for s in window.replay.replay.steps}
    assert [c.choice_id for c in steps["phone_call"].offered] == PHONE_CALL_FILE_ORDER
    assert [i.item_id for i in steps["indicators"].items] == INDICATORS_FILE_ORDER


# -- the clock of a timed decision -------------------------------------------------------


def stored_clock(window) -> tuple[int, int] | None:
    store = window.context.services.store
    return store.attempt(window.player.active.attempt_id).clock


def seconds_shown(window) -> int:
    return int(re.findall(r"\d+", window.player.timer_label.text())[0])


def test_pause_stops_the_clock_and_resume_keeps_the_time_left(qtbot, window) -> None:
    player = window.player
    start_tutorial(qtbot, window, "Anna", seed=3)
    window.translations.install("en")
    go_to(qtbot, window, "passerby")
    assert player.timer_label.isVisible() and seconds_shown(window) == 60
    qtbot.wait(2300)  # the clock runs, and is stored as each whole second passes
    clock = stored_clock(window)
    assert clock is not None and 57_000 <= clock[1] <= 59_000

    press(qtbot, window, Qt.Key.Key_Escape)  # pause: the pause screen, the clock stopped
    assert player.is_paused() and window.stack.currentWidget() is player
    assert not player.scroller.isVisible()  # the question is hidden while paused
    paused_at = stored_clock(window)
    assert paused_at is not None and paused_at[1] <= clock[1]
    left = (paused_at[1] + 999) // 1000
    assert "The clock is stopped" in player.paused_text.text()
    assert f"{left} s left" in player.paused_text.text()
    qtbot.wait(1500)
    assert stored_clock(window) == paused_at  # nothing runs while paused

    press(qtbot, window, Qt.Key.Key_Return)  # continue: from where it stopped
    assert not player.is_paused() and player.scroller.isVisible()
    assert player.timer_bar.value() <= paused_at[1]
    assert seconds_shown(window) == left

    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Escape)  # from the pause screen to the library
    assert window.stack.currentWidget() is window.library
    left_then = stored_clock(window)
    assert left_then is not None and left_then[1] <= paused_at[1]
    window.library.resume_button.click()
    assert player.is_paused()  # a resumed clock waits for the officer
    assert player.timer_bar.value() == left_then[1]
    qtbot.wait(1200)
    assert player.timer_bar.value() == left_then[1]
    player.resume_clock_button.click()
    qtbot.wait(300)
    assert player.timer_bar.value() < left_then[1]  # running again, from the kept time


def test_leaving_a_running_clock_by_the_menu_pauses_it(qtbot, window) -> None:
    player = window.player
    start_tutorial(qtbot, window, "Anna", seed=3)
    go_to(qtbot, window, "passerby")
    qtbot.wait(1200)
    window.show_history()  # Profile menu → My history, with the clock running
    assert window.stack.currentWidget() is window.history
    assert not player._countdown.isActive()
    kept = stored_clock(window)
    assert kept is not None and kept[1] < 60_000
    qtbot.wait(1200)
    assert stored_clock(window) == kept  # nothing runs behind the officer's back
    window.show_library()
    window.library.resume_button.click()
    assert player.is_paused() and player.timer_bar.value() == kept[1]


def test_a_language_change_redraws_the_decision_without_giving_time_back(qtbot, window) -> None:
    player = window.player
    start_tutorial(qtbot, window, "Anna", seed=3)
    go_to(qtbot, window, "passerby")
    qtbot.wait(1600)
    before = player.timer_bar.value()
    assert before < 59_000
    window.translations.install("en")
    qtbot.wait(50)  # the language change reaches the page from the event loop
    assert player._countdown.isActive()
    assert player.timer_bar.value() <= before  # not from the start, nor the stored second
    press(qtbot, window, Qt.Key.Key_Escape)
    paused_at = player.timer_bar.value()
    window.translations.install("pl")
    qtbot.wait(50)
    assert player.is_paused() and "Zegar jest zatrzymany" in player.paused_text.text()
    assert player.timer_bar.value() == paused_at


def test_a_restart_keeps_the_time_left(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    with shown_window(qtbot, data_dir) as window:
        start_tutorial(qtbot, window, "Anna", seed=3)
        go_to(qtbot, window, "passerby")
        qtbot.wait(1300)
        window.player._countdown.stop()  # the app stops here (closed or killed)
        kept = stored_clock(window)
        window.close()
    assert kept is not None and kept[1] < 60_000

    def resume(box: QMessageBox) -> int:
        for button in box.buttons():
            if box.buttonRole(button) == QMessageBox.ButtonRole.AcceptRole:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", resume)
    with shown_window(qtbot, data_dir) as window:
        window.profiles.profiles.setCurrentRow(0)
        window.profiles.profiles.setFocus()
        press(qtbot, window, Qt.Key.Key_Return)
        if window.stack.currentWidget() is window.library:  # not offered at sign-in
            window.library.resume_button.click()
        player = window.player
        assert window.stack.currentWidget() is player
        assert player.active.state.node == "passerby"
        assert player.is_paused()
        assert player.timer_bar.value() == kept[1]
        assert f" {(kept[1] + 999) // 1000} s" in player.paused_text.text()


def test_the_pause_screen_says_the_clock_is_stopped_in_polish(qtbot, window) -> None:
    start_tutorial(qtbot, window, "Anna", seed=3)
    go_to(qtbot, window, "passerby")
    window.translations.install("pl")
    press(qtbot, window, Qt.Key.Key_Escape)
    player = window.player
    assert player.is_paused()
    assert "Zegar jest zatrzymany" in player.paused_text.text()
    assert player.paused_title.text() == "Pauza"
    assert player.resume_clock_button.text() == "Wznów  ⏎"
    assert player.library_button.text() == "Wróć do biblioteki"
