"""An instructor's editor that gets killed: edits, waits for the recovery file, then idles.

Run from the repository root::

    python -m tests.gui.editor.editor_child DATA_DIR SHIPPED_DIR SIDE_DIR

Opens ``DATA_DIR/scenarios/tutorial/scenario.yaml``, makes a few edits through the
session, and once the autosave has written them to the recovery folder writes the
edited text to ``SIDE_DIR/expected.yaml`` and then ``SIDE_DIR/ready`` (each fsynced).
It never quits on its own: the parent kills it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from trainer.authoring.commands import RemoveItem, SetValue
from trainer.gui.editor.window import EditorPlaces, EditorWindow


def _write(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def main() -> None:
    data, shipped, side = (Path(arg) for arg in sys.argv[1:4])
    app = QApplication(sys.argv[:1])
    window = EditorWindow(EditorPlaces(data, shipped))
    window._autosave.setInterval(100)  # the kill should not have to wait 4 s
    window.show()
    window.open_file(data / "drafts" / "tutorial" / "scenario.yaml")
    session = window.session
    assert session is not None
    session.push(SetValue(("title", "pl"), "Tytuł po awarii"))
    session.push(SetValue(("nodes", "talk_olena", "choices", 0, "text", "en"), "Typed, unsaved"))
    session.push(RemoveItem(("nodes", "talk_olena", "choices"), 1))
    session.push(SetValue(("variables", "trust", "initial"), 2))

    def check() -> None:
        if window._recovered_revision == session.doc.revision:
            _write(side / "expected.yaml", session.doc.to_text().encode("utf-8"))
            _write(side / "ready", b"ready\n")
            return
        QTimer.singleShot(50, check)

    QTimer.singleShot(50, check)
    app.exec()


if __name__ == "__main__":
    main()
