"""Saving, closing with unsaved changes, read-only shipped scenarios, the open dialog."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from tests.gui.message_boxes import click
from trainer.authoring.commands import SetValue
from trainer.authoring.document import ScenarioDocument
from trainer.gui.editor.open_dialog import NewScenarioDialog, OpenScenarioDialog

pytestmark = pytest.mark.gui

TITLE_PL = ("title", "pl")


def test_ctrl_s_saves_atomically_and_marks_clean(
    qtbot, opened, own_file: Path, monkeypatch
) -> None:
    original = own_file.read_bytes()
    opened.session.push(SetValue(TITLE_PL, "Nowy tytuł"))
    assert opened.isWindowModified()
    assert opened.unsaved_label.isVisible() and "Unsaved" in opened.unsaved_label.text()
    assert own_file.read_bytes() == original  # nothing written before a save
    replaced: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src, dst) -> None:  # the save writes a temp file, then replaces in one step
        replaced.append((str(src), str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    qtbot.keyClick(opened, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert replaced and replaced[-1][1] == str(own_file) and replaced[-1][0] != str(own_file)
    assert not opened.isWindowModified() and not opened.unsaved_label.isVisible()
    assert ScenarioDocument.open(own_file).get(TITLE_PL) == "Nowy tytuł"
    changed = [
        line
        for old, line in zip(
            original.decode().splitlines(), own_file.read_text().splitlines(), strict=True
        )
        if old != line
    ]
    assert changed == ['  pl: "Nowy tytuł"']  # only the edited line; quoting kept
    assert list(own_file.parent.iterdir()) == [own_file]  # no temp file left behind


def test_a_failed_save_keeps_the_file_and_the_changes(
    qtbot, opened, own_file, answer_box, monkeypatch
) -> None:
    original = own_file.read_bytes()
    opened.session.push(SetValue(TITLE_PL, "Nie zapisze się"))

    def refuse(src, dst) -> None:
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    asked = answer_box(qtbot, click(qtbot, QMessageBox.ButtonRole.AcceptRole))
    assert not opened.save()
    assert asked and str(own_file) in asked[0].text
    assert own_file.read_bytes() == original
    assert opened.isWindowModified()


@pytest.mark.parametrize(
    ("button", "closed", "saved"),
    [("&Cancel", False, False), ("&Discard changes", True, False), ("&Save", True, True)],
)
def test_closing_with_unsaved_changes_asks(
    qtbot, opened, own_file, answer_box, button: str, closed: bool, saved: bool
) -> None:
    opened.session.push(SetValue(TITLE_PL, "Zmieniony"))

    def press(box: QMessageBox) -> None:
        target = next(b for b in box.buttons() if b.text() == button)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)

    asked = answer_box(qtbot, press)
    opened.close()
    assert asked and asked[0].title == "Unsaved changes"
    assert sorted(asked[0].buttons) == ["&Cancel", "&Discard changes", "&Save"]
    assert opened.isVisible() is not closed
    assert (ScenarioDocument.open(own_file).get(TITLE_PL) == "Zmieniony") is saved


def test_a_shipped_scenario_is_read_only_and_saves_as_a_copy(
    qtbot, editor, places, monkeypatch
) -> None:
    shipped = places.shipped_dir / "old-town-fight" / "scenario.yaml"
    before = shipped.read_bytes()
    assert editor.open_file(shipped)
    assert editor.session.read_only
    assert editor.banner.isVisible()
    assert "read-only" in editor.banner_text.text()
    assert "(read-only)" in editor.windowTitle()
    assert not editor.save_action.isEnabled() and not editor.publish_action.isEnabled()
    with pytest.raises(PermissionError):
        editor.session.push(SetValue(TITLE_PL, "x"))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("my-fight", True))
    qtbot.mouseClick(editor.banner_copy, Qt.MouseButton.LeftButton)
    copy = places.own_dir / "my-fight" / "scenario.yaml"
    assert editor.session.doc.path == copy
    assert not editor.session.read_only and not editor.banner.isVisible()
    editor.session.push(SetValue(TITLE_PL, "Moja bójka"))
    assert editor.save()
    assert ScenarioDocument.open(copy).get(("id",)) == "my-fight"
    assert ScenarioDocument.open(copy).get(TITLE_PL) == "Moja bójka"
    assert shipped.read_bytes() == before


def _run_dialog(qtbot, editor, steps) -> None:
    """Open the dialog from the File menu and run ``steps(dialog)`` once it is up."""

    def drive() -> None:
        dialog = editor.open_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(20, drive)
            return
        steps(dialog)

    QTimer.singleShot(0, drive)
    editor.open_action.trigger()


def test_the_open_dialog_creates_copies_renames_deletes_and_restores(
    qtbot, editor, places, monkeypatch
) -> None:
    ids = iter(["tutorial-two", "tutorial-three"])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(ids), True))
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        return _press(box, "&Move to the trash")

    monkeypatch.setattr(QMessageBox, "exec", answer)

    def steps(dialog: OpenScenarioDialog) -> None:
        assert dialog.select_id("tutorial", "own")
        qtbot.mouseClick(dialog.buttons["duplicate"], Qt.MouseButton.LeftButton)
        assert dialog.selected()[1].scenario_id == "tutorial-two"
        qtbot.mouseClick(dialog.buttons["rename"], Qt.MouseButton.LeftButton)
        assert dialog.selected()[1].scenario_id == "tutorial-three"
        qtbot.mouseClick(dialog.buttons["delete"], Qt.MouseButton.LeftButton)
        # Named by its id too: a copy has the same title as its original.
        assert asked[-1].endswith("(tutorial-three) to the trash?")
        assert dialog.selected()[0] == "trash"
        assert not (places.own_dir / "tutorial-three").exists()
        qtbot.mouseClick(dialog.buttons["restore"], Qt.MouseButton.LeftButton)
        assert dialog.selected()[1].scenario_id == "tutorial-three"
        assert dialog.select_id("old-town-fight", "shipped")
        assert dialog.buttons["open"].text() == "&Open (read-only)"
        assert not dialog.buttons["rename"].isEnabled()
        assert dialog.select_id("tutorial-three", "own")
        qtbot.keyClick(dialog.view, Qt.Key.Key_Return)

    _run_dialog(qtbot, editor, steps)
    assert editor.session is not None
    assert editor.session.doc.path == places.own_dir / "tutorial-three" / "scenario.yaml"
    assert editor.session.doc.get(("id",)) == "tutorial-three"
    assert not editor.session.read_only


def _press(box: QMessageBox, text: str) -> int:
    next(b for b in box.buttons() if b.text() == text).click()
    return 0


def test_a_new_scenario_from_the_template(qtbot, editor, places, monkeypatch) -> None:
    def fill(dialog: NewScenarioDialog) -> int:
        qtbot.keyClicks(dialog.id_field, "night-tram")
        qtbot.keyClicks(dialog.title_field, "Night tram")
        dialog.languages_field.setText("pl, en")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewScenarioDialog, "exec", fill)

    def steps(dialog: OpenScenarioDialog) -> None:
        qtbot.mouseClick(dialog.buttons["new"], Qt.MouseButton.LeftButton)

    _run_dialog(qtbot, editor, steps)
    file = places.own_dir / "night-tram" / "scenario.yaml"
    assert editor.session.doc.path == file
    assert editor.session.doc.get(("languages",)) == ["pl", "en"]
    assert editor.session.doc.get(("title", "en")) == "Night tram"
    assert editor.counts()[0] == 0  # the template is a valid scenario


def test_a_bad_id_is_explained_and_nothing_is_created(qtbot, editor, places, monkeypatch) -> None:
    answers = iter([("Bad Id!", True), ("tutorial", True), ("", False)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: next(answers))
    seen: list[str] = []

    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)

    def steps(dialog: OpenScenarioDialog) -> None:
        dialog.select_id("tutorial", "own")
        qtbot.mouseClick(dialog.buttons["duplicate"], Qt.MouseButton.LeftButton)
        dialog.reject()

    _run_dialog(qtbot, editor, steps)
    # Asked again after each wrong id (the typed text kept), until cancelled.
    assert seen[0].startswith("“Bad Id!” cannot be an id")
    assert seen[1] == "The id “tutorial” is already used by another scenario."
    assert sorted(p.name for p in places.own_dir.iterdir()) == ["tutorial"]


@pytest.mark.parametrize(("answer", "version"), [("&Cancel", 1), ("&Publish", 2)])
def test_publish_asks_about_warnings(
    qtbot, opened, own_file, answer_box, answer: str, version: int
) -> None:
    session = opened.session
    choices = session.doc.get(("nodes", "talk_olena", "choices"))
    index = next(i for i, c in enumerate(choices) if c["id"] == "listen_first")
    session.push(SetValue(("nodes", "talk_olena", "choices", index, "rating"), "harmful"))
    assert opened.counts() == (0, 1)  # harmful-success: a warning

    def press(box: QMessageBox) -> None:
        qtbot.mouseClick(
            next(b for b in box.buttons() if b.text() == answer), Qt.MouseButton.LeftButton
        )

    asked = answer_box(qtbot, press)
    opened.publish_action.trigger()
    assert asked and "1 warning(s)" in asked[0].text and "harmful-success" in asked[0].detail
    assert session.doc.get(("version",)) == version
    assert ScenarioDocument.open(own_file).get(("version",)) == version
    assert opened.isWindowModified() is (version == 1)
    # A publication cannot be undone: the published text keeps its version number.
    assert session.undo_stack.canUndo() is (version == 1)


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"", "is not a scenario"),
        (b"- 1\n- 2\n", "is not a scenario"),
        (b"format: 1.1\nid: [unclosed\n", "is not a readable scenario file"),
        (b"\xff\xfe\x00", "cannot be opened"),
    ],
)
def test_a_file_that_is_no_scenario_is_explained_and_the_open_one_stays(
    opened, own_file, tmp_path, monkeypatch, content: bytes, said: str
) -> None:
    bad = tmp_path / "bad" / "scenario.yaml"
    bad.parent.mkdir()
    bad.write_bytes(content)
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.text()) or 0)
    assert not opened.open_file(bad)
    assert seen == [seen[0]] and str(bad) in seen[0] and said in seen[0]
    assert opened.session is not None and opened.session.doc.path == own_file


def test_the_open_dialog_model_passes_the_model_tester(qtmodeltester, editor) -> None:
    dialog = OpenScenarioDialog(editor.workspace(), editor)
    qtmodeltester.check(dialog.proxy, force_py=True)
    assert dialog.select_id("old-town-fight", "shipped")
    dialog.deleteLater()


def test_a_new_scenarios_wrong_id_is_said_in_polish_under_the_field(qtbot, editor, places) -> None:
    from PySide6.QtWidgets import QApplication

    from trainer.gui.i18n import Translations

    Translations(QApplication.instance()).install("pl")  # the conftest removes it after
    dialog = NewScenarioDialog(editor, editor.workspace())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.id_field, "Moja Nazwa")
    dialog.title_field.setText("Zgłoszenie w meczecie")  # QTest types no Polish letters
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # kept open to correct the id
    assert dialog.error.isVisible()
    qtbot.waitUntil(
        lambda: dialog.error.height() >= dialog.error.heightForWidth(dialog.error.width())
    )
    assert dialog.error.text().startswith("„Moja Nazwa” nie może być identyfikatorem")
    assert dialog.focusWidget() is dialog.id_field
    qtbot.keyClicks(dialog.id_field, "tutorial")  # typed over the selected text
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert "tutorial" in dialog.error.text() and dialog.isVisible()
    dialog.id_field.selectAll()
    qtbot.keyClicks(dialog.id_field, "meczet-zgloszenie")
    dialog.languages_field.selectAll()
    qtbot.keyClicks(dialog.languages_field, "pl, english")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.focusWidget() is dialog.languages_field
    dialog.languages_field.selectAll()
    qtbot.keyClicks(dialog.languages_field, "pl, en")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)


def test_the_open_dialogs_titles_keep_the_room_at_double_text_size(qtbot, editor) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.gui.screens import settle
    from trainer.gui.style import stylesheet

    app = QApplication.instance()
    app.setStyleSheet(stylesheet(22))
    try:
        seen: dict[str, object] = {}

        def steps(dialog: OpenScenarioDialog) -> None:
            settle(qtbot)
            header = dialog.view.header()
            seen["title"] = header.sectionSize(0)
            seen["id"] = header.sectionSize(1)
            index = dialog.view.currentIndex().siblingAtColumn(0)
            seen["tooltip"] = index.data(Qt.ItemDataRole.ToolTipRole)
            seen["text"] = index.data()
            dialog.reject()

        _run_dialog(qtbot, editor, steps)
    finally:
        app.setStyleSheet("")
    # The titles, not the ids, take the room (the offscreen screen is only 800 wide).
    assert seen["title"] > seen["id"] + 100 and seen["id"] > 100
    assert seen["tooltip"] == seen["text"]  # a cut title is read whole in its tooltip


def test_the_open_dialog_writes_dates_as_the_locale_does_and_sorts_them_by_time(
    qtbot, editor
) -> None:
    import re

    seen: dict[str, object] = {}

    def steps(dialog: OpenScenarioDialog) -> None:
        dialog.view.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        shipped = dialog.proxy.index(1, 0)
        seen["dates"] = [
            dialog.proxy.index(row, 3, shipped).data()
            for row in range(dialog.proxy.rowCount(shipped))
        ]
        seen["keys"] = [
            dialog.proxy.index(row, 3, shipped).data(Qt.ItemDataRole.UserRole + 2)
            for row in range(dialog.proxy.rowCount(shipped))
        ]
        dialog.reject()

    _run_dialog(qtbot, editor, steps)
    dates = seen["dates"]
    assert dates and all(re.fullmatch(r"\d{1,2}\.\d{1,2}\.\d{4} \d{2}:\d{2}", d) for d in dates)
    assert seen["keys"] == sorted(seen["keys"])  # by the moment, not by the text
