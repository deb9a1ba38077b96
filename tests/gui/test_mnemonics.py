"""Alt + underlined letter: on no screen do two visible buttons, or a button and a menu,
share a letter (Alt+H was both the Help menu and "My history" in English)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar, QWidget

from tests.gui.screens import (
    answer_with,
    finish_tutorial_headless,
    play_tutorial_by_clicks,
    settle,
)

pytestmark = pytest.mark.gui


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" in ``text`` (Qt's rule; "&&" is a plain "&")."""
    index = 0
    while index < len(text) - 1:
        if text[index] == "&":
            if text[index + 1] != "&":
                return text[index + 1].casefold()
            index += 1
        index += 1
    return None


def test_mnemonic_reads_qt_s_rule() -> None:
    assert mnemonic("&Start") == "s"
    assert mnemonic("Pro&file") == "f"
    assert mnemonic("Tom && Jerry") is None
    assert mnemonic("A && &B") == "b"
    assert mnemonic("Ćwi&czenia") == "c"


def letters(window) -> list[tuple[str, str]]:
    """(letter, whose) for the menu bar titles and the visible page's buttons, tabs and
    labels of fields: everything Alt+letter reaches on the screen shown."""
    found = []
    for action in window.menuBar().actions():
        if action.isVisible() and (letter := mnemonic(action.text())):
            found.append((letter, f"menu {action.text()!r}"))
    page: QWidget = window.stack.currentWidget()
    for widget in page.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        texts: list[str] = []
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            texts = [widget.text()]
        elif isinstance(widget, QTabBar):
            texts = [widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i)]
        for text in texts:
            if letter := mnemonic(text):
                found.append((letter, f"{type(widget).__name__} {text!r}"))
    return found


def collisions(window) -> list[str]:
    found = letters(window)
    counts = Counter(letter for letter, _ in found)
    return sorted(f"Alt+{key.upper()}: {who}" for key, who in found if counts[key] > 1)


def screen(window) -> str:
    return type(window.stack.currentWidget()).__name__


@pytest.mark.parametrize("language", ["pl", "en"])
def test_no_two_alt_letters_on_any_screen(qtbot, window, monkeypatch, language: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    window.set_language(language)
    seen: dict[str, list[str]] = {}

    def look() -> None:
        settle(qtbot)
        name = screen(window)
        problems = collisions(window)
        if problems:
            seen.setdefault(name, []).extend(p for p in problems if p not in seen.get(name, []))

    look()  # the first start: no profiles yet
    services = window.context.services
    trainer = services.profiles.create("Instruktor", role="trainer", secret="Zaq1-trener-2026")
    finish_tutorial_headless(window, "Anna Nowak")
    look()  # the profile list

    names = [window.profiles.profiles.item(r).text() for r in range(2)]
    window.profiles.profiles.setCurrentRow(names.index("Anna Nowak"))
    window.profiles.sign_in_button.click()
    assert screen(window) == "LibraryPage"
    look()
    window.library.search.setText("nothing like this at all")
    look()  # no match: the clear button
    window.library.clear_search()
    play_tutorial_by_clicks(qtbot, window, look)  # every step, then the debrief
    look()
    # Pause a scenario to see the library with "Resume".
    monkeypatch.setattr(QMessageBox, "exec", answer_with(QMessageBox.ButtonRole.AcceptRole))
    window.show_library()
    window.library.start_button.click()
    window.player._leave()
    settle(qtbot)
    look()
    window.show_history()
    qtbot.waitUntil(lambda: window.history.proxy.rowCount() >= 2, timeout=10_000)
    look()
    window.history.replay_button.click()
    qtbot.waitUntil(lambda: screen(window) == "ReplayPage", timeout=10_000)
    look()

    window.sign_out()
    assert window.overview.show_for(trainer)
    window.profile = trainer
    window._update_role_actions()
    window.stack.setCurrentWidget(window.overview)
    for tab in range(window.overview.tabs.count()):
        window.overview.tabs.setCurrentIndex(tab)
        look()
    assert seen == {}, "\n".join(f"{page}: {p}" for page, ps in seen.items() for p in ps)


@pytest.mark.parametrize("language", ["pl", "en"])
def test_no_two_items_of_a_menu_share_a_letter(qtbot, window, language: str) -> None:
    """Inside an open menu the letter alone picks the item: two alike only cycle between
    them (Polish "Przegląd…" and "Paczki…" both were P)."""
    window.set_language(language)
    services = window.context.services
    trainer = services.profiles.create("Instruktor", role="trainer", secret="Zaq1-trener-2026")
    window.profile = trainer
    window._update_role_actions()
    clashes = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        items = [a for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        counts = Counter(mnemonic(a.text()) for a in items if mnemonic(a.text()))
        clashes += [
            f"{menu.title()!r}: {a.text()!r}" for a in items if counts[mnemonic(a.text())] > 1
        ]
    assert clashes == []
