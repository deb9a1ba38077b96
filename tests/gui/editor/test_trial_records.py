"""Test from here in the app: an instructor's trial play leaves nothing in the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trainer.authoring.workspace import ScenarioWorkspace

pytestmark = pytest.mark.gui

PASSWORD = "Silne-Haslo-2026"


def test_a_trial_play_stores_no_attempt(qtbot, window) -> None:
    window.set_language("en")
    services = window.context.services
    data_dir = window.context.data_dir
    shipped = next(root for root, label in window.context.scenario_roots if label == "shipped")
    workspace = ScenarioWorkspace(data_dir / "drafts", shipped, data_dir / "editor-trash")
    file = workspace.duplicate(shipped / "tutorial", "local-tutorial")
    trainer = services.profiles.create("Instruktor Nowak", role="trainer", secret=PASSWORD)
    window.profiles.signed_in.emit(services.profiles.sign_in(trainer, PASSWORD))
    anna = services.profiles.create("Anna", secret="739154")
    window.editor_action.trigger()
    editor = window.editor
    assert editor.open_file(file)
    editor.select(("nodes", "talk_olena"))
    editor.test_action.trigger()
    dialog = editor.trial.dialog
    qtbot.mouseClick(dialog.play_button, Qt.MouseButton.LeftButton)
    trial = editor.trial.window
    qtbot.addWidget(trial)
    qtbot.keyClick(trial.page, Qt.Key.Key_1)  # a choice, its feedback, on
    qtbot.keyClick(trial.page, Qt.Key.Key_Return)
    assert len(trial.active.state.steps) == 1
    qtbot.keyClick(trial.page, Qt.Key.Key_Return)  # a scene
    assert len(trial.active.state.steps) == 2
    trial.close()
    # No attempt for anyone: the trial never touched the officers' records.
    for profile in (trainer, anna):
        assert services.store.attempts_for_profile(profile.id) == []
    assert services.store.unfinished_attempts(trainer.id, None) == []
    editor.close()
