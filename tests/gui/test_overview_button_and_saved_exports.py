"""The trainer overview from the library (instructors only); exports say where they went."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QMessageBox

from tests.play_support import play_tokens
from trainer.domain.model import Mode
from trainer.scenario_io.reader import load_scenario

pytestmark = pytest.mark.gui

TUTORIAL = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial"
PASSWORD = "Silne-Haslo-2026"


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def _alt_keys_in_use(window) -> list[str]:
    """The Alt+letter of every visible button and label on the library and of each menu."""
    library = window.library
    texts = [b.text() for b in library.findChildren(QAbstractButton) if b.isVisible()]
    texts.append(library.content_caption.text())  # a label's Alt key focuses its buddy
    texts += [action.text() for action in window.menuBar().actions() if action.isVisible()]
    return [key for key in map(_mnemonic, texts) if key is not None]


@pytest.fixture
def people(window):
    services = window.context.services
    officer = services.profiles.create("Ewa Kwiatkowska")
    trainer = services.profiles.create("Instruktor Nowak", role="trainer", secret=PASSWORD)
    loaded = load_scenario(TUTORIAL)
    active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
    play_tokens(services.play, active, loaded.analysis.best_tokens)
    return officer, services.profiles.sign_in(trainer, PASSWORD)


def test_an_officer_does_not_see_the_overview_button(window, people) -> None:
    officer, _trainer = people
    window.profiles.signed_in.emit(officer)
    assert window.stack.currentWidget() is window.library
    assert window.library.history_button.isVisible()
    assert not window.library.overview_button.isVisible()


@pytest.mark.parametrize("language", ["en", "pl"])
def test_an_instructor_opens_the_overview_from_the_library(
    qtbot, window, people, language: str
) -> None:
    officer, trainer = people
    window.set_language(language)
    window.profiles.signed_in.emit(trainer)
    library = window.library
    assert window.stack.currentWidget() is library
    button = library.overview_button
    assert button.isVisible() and button.isEnabled()
    # Its Alt+letter is its own: no other button on the page or menu title shares it.
    key = _mnemonic(button.text())
    assert key is not None
    assert _alt_keys_in_use(window).count(key) == 1, (key, _alt_keys_in_use(window))

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.overview
    qtbot.waitUntil(lambda: window.overview.overview is not None)
    names = {p.display_name for p in window.overview.overview.profiles}
    assert officer.display_name in names

    # Back in the library, the keyboard reaches it too (Alt + its letter).
    window.show_library()
    assert window.stack.currentWidget() is library
    focused = QApplication.focusWidget()
    assert focused is not None and focused.window() is window
    qtbot.keyClick(focused, getattr(Qt.Key, f"Key_{key.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.overview)  # animated click

    # Signed out and in as an officer: the button is gone again.
    window.sign_out()
    window.profiles.signed_in.emit(officer)
    assert not library.overview_button.isVisible()


def _choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def _opened_folders(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    return opened


def _open_folder_button(box: QMessageBox) -> QAbstractButton:
    (found,) = [b for b in box.buttons() if b.text() == "&Otwórz folder"]  # the UI is Polish
    return found


def test_history_exports_name_the_file_and_open_its_folder(
    qtbot, window, people, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer, _trainer = people
    window.profiles.signed_in.emit(officer)
    qtbot.mouseClick(window.library.history_button, Qt.MouseButton.LeftButton)
    page = window.history
    assert window.stack.currentWidget() is page
    opened = _opened_folders(monkeypatch)

    target = tmp_path / "exports" / "moja historia.csv"
    target.parent.mkdir()
    _choose(monkeypatch, target)
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    notice = page.saved_notice
    assert notice is not None and notice.isVisible()
    assert str(target) in notice.text()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 1
    qtbot.mouseClick(_open_folder_button(notice), Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target.parent))]
    assert not notice.isVisible()

    pdf = tmp_path / "exports" / "historia.pdf"
    _choose(monkeypatch, pdf)
    qtbot.mouseClick(page.pdf_button, Qt.MouseButton.LeftButton)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert page.saved_notice is not None and str(pdf) in page.saved_notice.text()
    qtbot.keyClick(page.saved_notice, Qt.Key.Key_Return)  # Enter: OK, no folder opened
    assert not page.saved_notice.isVisible() and len(opened) == 1


def test_a_failed_history_export_says_so_and_claims_no_file(
    qtbot, window, people, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer, _trainer = people
    window.profiles.signed_in.emit(officer)
    window.show_history()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: warned.append(box.text()) or 0)
    _choose(monkeypatch, tmp_path / "missing" / "historia.csv")
    qtbot.mouseClick(window.history.csv_button, Qt.MouseButton.LeftButton)
    assert warned and window.history.saved_notice is None


def test_overview_exports_name_the_file(
    qtbot, window, people, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _officer, trainer = people
    window.profiles.signed_in.emit(trainer)
    qtbot.mouseClick(window.library.overview_button, Qt.MouseButton.LeftButton)
    page = window.overview
    qtbot.waitUntil(lambda: page.overview is not None)
    opened = _opened_folders(monkeypatch)
    for button, name in (
        (page.choices_csv_button, "wybory.csv"),
        (page.attempts_csv_button, "podejscia.csv"),
        (page.pdf_button, "przeglad.pdf"),
    ):
        target = tmp_path / name
        _choose(monkeypatch, target)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert target.stat().st_size > 0
        assert page.notice is not None and page.notice.isVisible()
        assert page.notice.icon() == QMessageBox.Icon.Information
        assert str(target) in page.notice.text()
    qtbot.mouseClick(_open_folder_button(page.notice), Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_a_replayed_attempt_pdf_names_the_file(
    qtbot, window, people, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    officer, _trainer = people
    window.profiles.signed_in.emit(officer)
    window.show_history()
    (attempt_id,) = window.history.visible_attempt_ids()
    window._replay(attempt_id)
    assert window.stack.currentWidget() is window.replay
    target = tmp_path / "podejscie.pdf"
    _choose(monkeypatch, target)
    window.replay.pdf_requested.emit(window.replay.replay)
    assert target.read_bytes().startswith(b"%PDF")
    assert window.saved_notice is not None and window.saved_notice.isVisible()
    assert str(target) in window.saved_notice.text()
