"""What officers chose, from the app: officers play, the instructor opens the editor's map."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.play_support import play_tokens
from tests.shares_support import BEST, POOR
from trainer.domain.model import Mode

pytestmark = pytest.mark.gui

PASSWORD = "Silne-Haslo-2026"


def test_the_instructor_sees_what_officers_chose(qtbot, window) -> None:
    window.set_language("en")
    services = window.context.services
    tutorial = next(e for e in window.context.library.load() if e.key == "tutorial")
    # Six officers take the best way, five the poor one.
    for n in range(11):
        officer = services.profiles.create(f"Officer {n}", secret="739154")
        active = services.play.start(officer, tutorial.result, mode=Mode.PRACTICE, language="en")
        play_tokens(services.play, active, BEST if n < 6 else POOR)
    trainer = services.profiles.create("Instruktor Nowak", role="trainer", secret=PASSWORD)
    window.profiles.signed_in.emit(services.profiles.sign_in(trainer, PASSWORD))
    window.editor_action.trigger()
    editor = window.editor
    assert editor is not None
    try:
        shipped = next(r for r, label in window.context.scenario_roots if label == "shipped")
        assert editor.open_file(shipped / "tutorial" / "scenario.yaml")
        editor.map_dock.show()
        editor.map_dock.raise_()
        tool = editor.map.shares
        assert tool.action.isEnabled()
        editor.activateWindow()  # the map's keys are shortcuts: they need an active window
        qtbot.waitUntil(editor.isActiveWindow)
        qtbot.waitUntil(editor.map.view.isVisible)
        editor.map.view.setFocus()
        qtbot.keyClick(editor.map.view, Qt.Key.Key_O)
        assert tool.action.isChecked() and tool.bar.isVisible()
        assert tool.bar.attempts.text() == "Attempts: 11"
        scene = editor.map.scene
        assert scene is not None and editor.session is not None
        choices = editor.session.doc.peek(("nodes", "phone_call", "choices"))
        labels = {
            str(choices[path[3]]["id"]): edge.share_label
            for path, edge in scene.edges.items()
            if path[:3] == ("nodes", "phone_call", "choices")
        }
        assert labels == {
            "keep_and_come": "55 %",
            "photo_then_remove": "< 5",
            "just_remove": "45 %",
        }
        assert scene.cards["end_success"].shares_badge == "Reached: 6"
        assert scene.cards["end_failure"].shares_badge == "Reached: 5"
        assert scene.cards["end_partial"].shares_badge == "Reached: < 5"
        # Back in Polish, the same figures in the UI language.
        window.set_language("pl")
        qtbot.waitUntil(lambda: tool.action.text().replace("&", "") == "Wybory funkcjonariuszy")
        assert tool.action.text().replace("&", "") == "Wybory funkcjonariuszy"
        assert tool.bar.attempts.text() == "Podejścia: 11"
        assert scene.cards["end_success"].shares_badge == "Dotarło: 6"
    finally:
        editor.close()
