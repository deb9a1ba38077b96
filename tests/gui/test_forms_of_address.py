"""The form of address on screen (issue 14, point 2), with the real window and keys.

An officer chooses the feminine form by keyboard when creating the profile, plays a
format-1.1 scenario and reads "zrobiłabyś" in the player, the debrief and the replay;
changes the form in the Profile menu's dialog; the next attempt reads "zrobiłbyś"
while the replay of the first one still reads the feminine form.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from tests.gui.screens import settle, shown_window
from trainer.domain.model import ChecklistNode, DecisionNode, EndingNode
from trainer.gui.profiles.address import AddressDialog
from trainer.gui.profiles.setup_dialog import InstructorSetupDialog

pytestmark = pytest.mark.gui

FORMS = Path(__file__).resolve().parents[1] / "scenarios" / "address-forms"


@pytest.fixture
def forms_window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    """The real window with only the forms-of-address scenario in its library."""
    shutil.copytree(FORMS, tmp_path / "scenarios" / "address-forms")
    monkeypatch.setenv("TRAINER_SCENARIOS_DIR", str(tmp_path / "scenarios"))
    with shown_window(qtbot, tmp_path / "data") as main:
        yield main


def key(qtbot, window, pressed: Qt.Key) -> None:
    """``pressed`` where the focus is: an open dialog's, else this window's."""
    modal = QApplication.activeModalWidget()
    target = modal.focusWidget() if modal is not None else window.focusWidget()
    qtbot.keyClick(target or window.player, pressed)


def plain(browser) -> str:
    return browser.toPlainText()


def item_labels(player) -> list[str]:
    rows = [player.choices_box.itemAt(i).widget() for i in range(len(player._checks))]
    return [row.findChild(QLabel).text() for row in rows]


def play_to_debrief(qtbot, window, seen: list[str]) -> None:
    """Play on by keyboard (1 at the decision, Enter elsewhere), noting every text shown."""
    player = window.player
    for _ in range(20):
        if window.stack.currentWidget() is window.debrief:
            return
        settle(qtbot)
        node = player.active.engine.current_node(player.active.state)
        seen.append(player.scenario_title.text())
        seen.append(player.node_title.text())
        seen.append(plain(player.text))
        if player.feedback.isVisible():
            seen.append(plain(player.feedback_text))
            key(qtbot, window, Qt.Key.Key_Return)
        elif isinstance(node, DecisionNode):
            seen.extend(b.label.text() for b in player._choice_buttons)
            seen.extend(b.text() for b in player.findChildren(type(player.primary)))
            key(qtbot, window, Qt.Key.Key_1)
        elif isinstance(node, ChecklistNode):
            seen.append(player.prompt.text())
            seen.extend(item_labels(player))
            key(qtbot, window, Qt.Key.Key_Return)
        else:
            assert isinstance(node, EndingNode)
            key(qtbot, window, Qt.Key.Key_Return)
    raise AssertionError("the debrief was not reached")


def create_by_keyboard(qtbot, window, name: str, downs: int) -> None:
    """Type ``name``, Tab past the PIN to the form of address, press Down ``downs`` times
    and Enter there."""
    page = window.profiles
    window.activateWindow()
    page.name_edit.setFocus()
    qtbot.keyClicks(page.name_edit, name)
    qtbot.keyClick(page.name_edit, Qt.Key.Key_Tab)
    assert page.pin_edit.hasFocus()
    qtbot.keyClick(page.pin_edit, Qt.Key.Key_Tab)
    assert page.address_combo.hasFocus()
    for _ in range(downs):
        qtbot.keyClick(page.address_combo, Qt.Key.Key_Down)
    qtbot.keyClick(page.address_combo, Qt.Key.Key_Return)


def open_address_dialog(qtbot, window) -> AddressDialog:
    window.address_action.trigger()
    dialog = window.findChild(AddressDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    # The form checked now has the focus: arrows move the choice, Enter saves, Esc cancels.
    qtbot.waitUntil(lambda: dialog.buttons_by_address[dialog.chosen()].hasFocus())
    return dialog


def test_the_feminine_form_chosen_at_creation_is_read_everywhere_and_a_change_applies_next(
    qtbot, forms_window
) -> None:
    window = forms_window
    store = window.context.services.store
    create_by_keyboard(qtbot, window, "Anna", downs=2)  # both forms → masculine → feminine
    assert window.stack.currentWidget() is window.library
    (anna,) = store.list_profiles()
    assert anna.address == "f"

    window.library.start_button.click()
    assert window.stack.currentWidget() is window.player
    player = window.player
    settle(qtbot)
    assert plain(player.text) == "Co zrobiłabyś?"
    assert player.node_title.text() == "Gdzie byłaś?"
    assert player.scenario_title.text() == "Próba: co zrobiłabyś"
    card_buttons = [b.text() for b in player.findChildren(type(player.primary))]
    assert "ℹ Co zrobiłaś dobrze" in card_buttons
    assert "Sama podchodzę i rozmawiam" in [b.label.text() for b in player._choice_buttons]
    first_id = player.active.attempt_id
    seen: list[str] = []
    play_to_debrief(qtbot, window, seen)
    shown = "\n".join(seen)
    assert "Zaznacz to, co zauważyłaś" in shown
    assert "Zapisałam słowa sprawcy" in shown
    assert "Zrobiłaś swoje." in shown
    assert "zrobiłeś" not in shown.casefold() and "{" not in shown  # one form, no braces
    assert any(t in shown for t in ("Dobrze zrobiłaś.", "Źle postąpiłaś."))
    debrief = window.debrief
    assert "Zrobiłaś swoje." in plain(debrief.ending_text)
    assert "Mogłabyś jeszcze zadzwonić." in plain(debrief.ending_text)
    assert "Próba: co zrobiłabyś" in debrief.outcome.text()
    assert "Gdzie byłaś?" in plain(debrief.path_text)

    # The Profile menu's dialog: the current form is checked; Up and Enter choose masculine.
    dialog = open_address_dialog(qtbot, window)
    assert dialog.buttons_by_address[dialog.chosen()].text() == "ż&eńska (zrobiłaś)"  # Polish UI
    key(qtbot, window, Qt.Key.Key_Up)
    key(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert store.get_profile(anna.id).address == "m"

    window.show_library()
    window.library.start_button.click()
    assert window.stack.currentWidget() is window.player
    settle(qtbot)
    assert plain(player.text) == "Co zrobiłbyś?"
    assert player.node_title.text() == "Gdzie byłeś?"
    second_id = player.active.attempt_id
    assert [store.attempt(i).address for i in (first_id, second_id)] == ["f", "m"]

    # The first attempt's replay, from the history by keyboard, still reads as played then.
    window.show_history()
    history = window.history
    history.table.setFocus()
    for row in range(history.proxy.rowCount()):
        history.table.setCurrentIndex(history.proxy.index(row, 0))
        with qtbot.waitSignal(history.replay_requested) as asked:
            qtbot.keyClick(history.table, Qt.Key.Key_Return)
        if asked.args == [first_id]:
            break
        window.stack.setCurrentWidget(history)
    assert window.stack.currentWidget() is window.replay
    replayed = plain(window.replay.text)
    assert window.replay.title.text() == "Próba: co zrobiłabyś"
    assert "Co zrobiłabyś?" in replayed
    assert "Zrobiłaś swoje." in replayed
    assert "zrobiłbyś" not in replayed


def test_an_attempt_in_progress_keeps_its_form_after_a_change(qtbot, forms_window) -> None:
    window = forms_window
    create_by_keyboard(qtbot, window, "Ola", downs=0)  # both forms, as preselected
    (ola,) = window.context.services.store.list_profiles()
    assert ola.address is None
    window.library.start_button.click()
    settle(qtbot)
    assert plain(window.player.text) == "Co zrobiłbyś/zrobiłabyś?"
    attempt_id = window.player.active.attempt_id

    dialog = open_address_dialog(qtbot, window)
    key(qtbot, window, Qt.Key.Key_Down)  # both forms → masculine → feminine
    key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.context.services.store.get_profile(ola.id).address == "f"

    # The attempt on screen, and the same attempt resumed, keep both forms.
    assert plain(window.player.text) == "Co zrobiłbyś/zrobiłabyś?"
    key(qtbot, window, Qt.Key.Key_1)
    settle(qtbot)
    assert "/" in plain(window.player.feedback_text)
    window.show_library()
    window.library.resume_button.click()
    settle(qtbot)
    assert window.player.active.attempt_id == attempt_id
    assert window.player.active.address.value == "none"


def test_cancel_in_the_dialog_changes_nothing(qtbot, forms_window) -> None:
    window = forms_window
    create_by_keyboard(qtbot, window, "Anna", downs=1)
    (anna,) = window.context.services.store.list_profiles()
    assert anna.address == "m"
    dialog = open_address_dialog(qtbot, window)
    key(qtbot, window, Qt.Key.Key_Down)
    key(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.context.services.store.get_profile(anna.id).address == "m"


@pytest.mark.parametrize(
    ("language", "caption", "options", "hint", "title", "note"),
    [
        (
            "pl",
            "&Forma zwracania się",
            ["obie formy (zrobiłeś/zrobiłaś)", "męska (zrobiłeś)", "żeńska (zrobiłaś)"],
            "w drugiej osobie",
            "Forma zwracania się",
            "od następnego podejścia",
        ),
        (
            "en",
            "Form of a&ddress",
            ["both forms (zrobiłeś/zrobiłaś)", "masculine (zrobiłeś)", "feminine (zrobiłaś)"],
            "in the second person",
            "Form of address",
            "from your next attempt",
        ),
    ],
)
def test_the_creation_form_and_the_dialog_speak_the_ui_language(
    qtbot, forms_window, language, caption, options, hint, title, note
) -> None:
    window = forms_window
    window.set_language(language)
    page = window.profiles
    settle(qtbot)
    assert page.address_caption.text() == caption
    assert page.address_caption.buddy() is page.address_combo
    combo = page.address_combo
    assert [combo.itemText(i) for i in range(combo.count())] == options
    assert combo.currentIndex() == 0  # both forms preselected: nothing assumed
    assert hint in page.address_hint.text() and "zrobiłaś" in page.address_hint.text()
    assert page.address_hint.isVisible() and combo.isVisible()

    window.context.services.profiles.create("Anna")
    page.refresh()
    page.profiles.setCurrentRow(0)
    page.sign_in_button.click()
    assert window.address_action.isEnabled()
    assert window.address_action.text().replace("&", "") == title + "…"
    dialog = open_address_dialog(qtbot, window)
    assert dialog.windowTitle() == title
    shown = [b.text().replace("&", "") for b in dialog.buttons_by_address.values()]
    assert shown == options
    assert dialog.chosen().value == "none"
    assert note in dialog.note.text()
    dialog.reject()


def test_the_menu_entry_waits_for_a_signed_in_profile(qtbot, forms_window) -> None:
    window = forms_window
    assert not window.address_action.isEnabled()
    window.address_action.trigger()  # from the keyboard shortcut-less menu: nothing opens
    assert window.findChild(AddressDialog) is None


def test_the_first_instructor_chooses_a_form_too(qtbot, forms_window) -> None:
    window = forms_window
    services = window.context.services
    dialog = InstructorSetupDialog(services.profiles, window)
    qtbot.addWidget(dialog)
    assert dialog.address_combo.currentIndex() == 0
    qtbot.keyClicks(dialog.name_edit, "Ewa")
    qtbot.keyClicks(dialog.password_edit, "correct horse battery")
    qtbot.keyClicks(dialog.again_edit, "correct horse battery")
    dialog.address_combo.setFocus()
    qtbot.keyClick(dialog.address_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.address_combo, Qt.Key.Key_Down)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.created is not None
    assert services.store.get_profile(dialog.created.id).address == "f"
