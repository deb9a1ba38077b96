"""The editor from the main window: instructors only; publishing reaches the officers' library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trainer.authoring.commands import SetValue
from trainer.authoring.recovery import RecoveryStore
from trainer.authoring.workspace import ScenarioWorkspace

pytestmark = pytest.mark.gui

PASSWORD = "Silne-Haslo-2026"


def _sign_in_trainer(window):
    window.set_language("en")  # the texts below are the English ones
    services = window.context.services
    trainer = services.profiles.create("Instruktor Nowak", role="trainer", secret=PASSWORD)
    window.profiles.signed_in.emit(services.profiles.sign_in(trainer, PASSWORD))
    return trainer


def test_only_instructors_see_the_editor(qtbot, window) -> None:
    window.set_language("en")
    services = window.context.services
    assert not window.editor_action.isVisible()  # nobody signed in
    anna = services.profiles.create("Anna", secret="739154")
    window.profiles.signed_in.emit(anna)
    assert not window.editor_action.isVisible()
    assert window.editor_action not in [a for a in window.profile_menu.actions() if a.isVisible()]
    qtbot.keyClick(
        window,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window.show_editor()  # even called directly: refused for an officer
    assert window.editor is None
    window.sign_out()
    _sign_in_trainer(window)
    assert window.editor_action.isVisible() and window.editor_action.isEnabled()
    window.editor_action.trigger()
    assert window.editor is not None and window.editor.isVisible()
    assert window.editor.windowTitle() == "Scenario editor"
    window.editor.close()


def test_publish_raises_the_version_and_the_library_offers_it(qtbot, window, answer_box) -> None:
    data_dir = window.context.data_dir
    shipped = next(root for root, label in window.context.scenario_roots if label == "shipped")
    workspace = ScenarioWorkspace(data_dir / "drafts", shipped, data_dir / "editor-trash")
    file = workspace.duplicate(shipped / "tutorial", "local-tutorial")
    window.reload_library()
    _sign_in_trainer(window)
    # A draft is the instructor's alone until it is published.
    assert "local-tutorial" not in [e.key for e in window.entries()]
    window.editor_action.trigger()
    editor = window.editor
    assert editor.open_file(file)
    editor.session.push(SetValue(("title", "en"), "Local tutorial, revised"))
    editor.publish_action.trigger()
    assert editor.session.doc.get(("version",)) == 2
    assert not editor.isWindowModified()
    # A publication is a checkpoint: no undo goes back past it.
    assert not editor.session.undo_stack.canUndo()
    entry = next(e for e in window.entries() if e.key == "local-tutorial")
    assert entry.scenario.version == 2 and entry.source == "local"
    assert entry.folder == data_dir / "scenarios" / "local-tutorial"
    card = next(c for c in window.cards if c.key == "local-tutorial")
    assert card.title_in("en") == "Local tutorial, revised"
    library = window.library.model  # what the officers' library page lists now
    shown = [library.card(row) for row in range(library.rowCount())]
    assert "Local tutorial, revised" in [c.title_in("en") for c in shown]
    # Saved but not published: the officers keep the published version.
    editor.session.push(SetValue(("title", "en"), "Half written"))
    assert editor.save()
    window.reload_library()
    card = next(c for c in window.cards if c.key == "local-tutorial")
    assert card.title_in("en") == "Local tutorial, revised"
    assert sorted(p.name for p in (data_dir / "scenarios").iterdir()) == ["local-tutorial"]
    # Signing out takes the editor away; unsaved work stays for the next time.
    editor.session.push(SetValue(("title", "en"), "Unsaved at sign-out"))
    window.sign_out()
    assert window.editor is None
    pending = RecoveryStore(data_dir / "editor-recovery").pending()
    assert [p.source for p in pending] == [file]


def test_publish_refuses_with_errors_and_lists_them(qtbot, window, answer_box) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.message_boxes import click

    data_dir = window.context.data_dir
    shipped = next(root for root, label in window.context.scenario_roots if label == "shipped")
    workspace = ScenarioWorkspace(data_dir / "drafts", shipped, data_dir / "editor-trash")
    file = workspace.duplicate(shipped / "tutorial", "broken-tutorial")
    _sign_in_trainer(window)
    window.editor_action.trigger()
    editor = window.editor
    editor.open_file(file)
    editor.session.push(SetValue(("start",), "nowhere"))
    asked = answer_box(qtbot, click(qtbot, QMessageBox.ButtonRole.AcceptRole))
    editor.publish_action.trigger()
    assert asked and "error" in asked[0].text
    assert "nowhere" in asked[0].detail
    assert editor.session.doc.get(("version",)) == 1
    assert editor.isWindowModified()
    editor.session.undo_stack.setClean()
    editor.close()


def test_closing_the_app_asks_about_the_editors_unsaved_work(qtbot, window, answer_box) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.message_boxes import click

    data_dir = window.context.data_dir
    shipped = next(root for root, label in window.context.scenario_roots if label == "shipped")
    workspace = ScenarioWorkspace(data_dir / "drafts", shipped, data_dir / "editor-trash")
    file = workspace.duplicate(shipped / "tutorial", "unsaved-tutorial")
    _sign_in_trainer(window)
    window.editor_action.trigger()
    editor = window.editor
    editor.open_file(file)
    editor.session.push(SetValue(("title", "en"), "Not saved"))
    asked = answer_box(qtbot, click(qtbot, QMessageBox.ButtonRole.RejectRole))  # Cancel
    window.close()
    assert asked and asked[0].title == "Unsaved changes"
    assert window.isVisible() and editor.isVisible()
    editor.session.undo_stack.setClean()


def test_f1_lists_the_editors_key_for_instructors_only(qtbot, window, monkeypatch) -> None:
    from trainer.gui.help import ShortcutsDialog

    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.set_language("en")
    qtbot.keyClick(window.profiles.profiles, Qt.Key.Key_F1)
    assert "Ctrl+Shift+E" not in shown[-1].table.text()  # nobody signed in
    _sign_in_trainer(window)
    window.shortcuts_action.trigger()
    table = shown[-1].table.text()
    assert "<b>Ctrl+Shift+E</b>" in table and "scenario editor" in table


def test_publish_lists_the_errors_in_polish(qtbot, window, answer_box) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.gui.message_boxes import click

    data_dir = window.context.data_dir
    shipped = next(root for root, label in window.context.scenario_roots if label == "shipped")
    workspace = ScenarioWorkspace(data_dir / "drafts", shipped, data_dir / "editor-trash")
    file = workspace.duplicate(shipped / "tutorial", "broken-tutorial")
    _sign_in_trainer(window)
    window.set_language("pl")
    window.editor_action.trigger()
    editor = window.editor
    editor.open_file(file)
    editor.session.push(SetValue(("start",), "nowhere"))
    asked = answer_box(qtbot, click(qtbot, QMessageBox.ButtonRole.AcceptRole))
    editor.publish_action.trigger()
    assert "Taki krok nie istnieje: nowhere" in asked[0].detail
    editor.session.undo_stack.setClean()
    editor.close()
