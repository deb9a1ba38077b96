"""Unsaved work survives a killed editor: the next start offers it back, equal to the edit."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.gui.message_boxes import click
from trainer.authoring.commands import SetValue
from trainer.authoring.recovery import RecoveryStore
from trainer.gui.editor.window import EditorWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL: POSIX"),
]

ROOT = Path(__file__).resolve().parents[3]


def _fresh_editor(qtbot, places) -> EditorWindow:
    window = EditorWindow(places, synchronous=True)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_killed_editor_offers_its_work_back_equal_to_the_edited_document(
    qtbot, places, own_file: Path, tmp_path: Path, answer_box
) -> None:
    original = own_file.read_bytes()
    side = tmp_path / "side"
    side.mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.gui.editor.editor_child",
            str(places.data_dir),
            str(places.shipped_dir),
            str(side),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 90
        while not (side / "ready").exists():
            assert child.poll() is None, child.stderr.read().decode() if child.stderr else ""
            assert time.monotonic() < deadline, "the editor child never wrote its recovery"
            time.sleep(0.05)
        child.send_signal(signal.SIGKILL)
    finally:
        child.wait(10)
        if child.stderr:
            child.stderr.close()
    expected = (side / "expected.yaml").read_text(encoding="utf-8")
    assert own_file.read_bytes() == original  # the edits were never saved

    window = _fresh_editor(qtbot, places)
    try:
        asked = answer_box(qtbot, click(qtbot, QMessageBox.ButtonRole.AcceptRole))  # Restore
        window.offer_recoveries()
        assert asked and asked[0].title == "Recover unsaved work"
        assert "tutorial" in asked[0].text
        session = window.session
        assert session is not None and session.doc.path == own_file
        assert session.doc.to_text() == expected
        assert session.doc.get(("title", "pl")) == "Tytuł po awarii"
        assert window.isWindowModified()  # restored work is not saved yet
        window.save_action.trigger()
        assert own_file.read_text(encoding="utf-8") == expected
        assert RecoveryStore(places.recovery_dir).pending() == []
    finally:
        if window.session is not None:
            window.session.undo_stack.setClean()
        window.close()
        window.deleteLater()


def test_autosave_while_dirty_and_discard_when_declined(
    qtbot, opened, places, own_file, answer_box
) -> None:
    store = RecoveryStore(places.recovery_dir)
    opened.session.push(SetValue(("title", "en"), "Kept for recovery"))
    assert opened._autosave.isActive()
    qtbot.waitUntil(lambda: store.pending() != [], timeout=opened._autosave.interval() + 3000)
    assert "Kept for recovery" in store.pending()[0].text
    opened.undo_action.trigger()  # back to the file on disk: nothing to recover
    assert store.pending() == []
    opened.redo_action.trigger()
    opened.write_recovery()
    assert store.pending()
    opened.session.undo_stack.setClean()  # as if saved elsewhere; the file stays pending
    opened.close()
    # A fresh editor: the instructor declines; the kept work goes.
    store.write(_edited(own_file))
    window = _fresh_editor(qtbot, places)
    try:
        answer_box(qtbot, click(qtbot, QMessageBox.ButtonRole.DestructiveRole))  # Discard
        window.offer_recoveries()
        assert window.session is None
        assert store.pending() == []
    finally:
        window.close()
        window.deleteLater()


def _edited(file: Path):
    from trainer.authoring.document import ScenarioDocument

    doc = ScenarioDocument.open(file)
    SetValue(("title", "en"), "Declined").do(doc)
    return doc
