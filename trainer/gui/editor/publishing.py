"""Publishing from the editor: errors block with their list, warnings ask, then publish.

The version is raised, the draft saved and released into the officers' library (a
copy: what the instructor saves later stays a draft until the next publication); the
window then tells the library to read the files again. A publication is a
checkpoint: officers may already play the published version, so the undo history
starts again after it (an undo past it would write an older text under the new
version number).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from trainer.authoring.publish import check_for_publish, publish, release
from trainer.domain.errors import TrainerError
from trainer.domain.findings import Finding
from trainer.domain.glossary import EMPTY_GLOSSARY, Glossary
from trainer.gui.editor.questions import ask_yes, tell
from trainer.gui.editor.session import EditorSession

# At most this many findings are listed in the question; the panel has them all.
_LISTED = 12


def _listing(findings: list[Finding], message: Callable[[Finding], str]) -> str:
    lines = []
    for finding in findings[:_LISTED]:
        where = f" ({finding.node})" if finding.node else ""
        lines.append(f"• [{finding.code}]{where} {message(finding)}")
    if len(findings) > _LISTED:
        lines.append(
            QCoreApplication.translate(
                "EditorPublish", "… and %1 more (see the findings panel)."
            ).replace("%1", str(len(findings) - _LISTED))
        )
    return "\n".join(lines)


def publish_interactively(
    parent: QWidget,
    session: EditorSession,
    glossary: Glossary = EMPTY_GLOSSARY,
    message: Callable[[Finding], str] = lambda finding: finding.message,
    *,
    library_dir: Path | None = None,
) -> int | None:
    """Check, ask, publish; the new version, or None when blocked, declined or failed.

    ``message``: a finding as the findings panel says it (in the UI language);
    ``library_dir``: where the published scenario is released for the officers."""
    doc = session.doc
    assert doc.path is not None
    folder = doc.path.parent
    title = QCoreApplication.translate("EditorPublish", "Publish")
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        check = check_for_publish(doc, folder, glossary=glossary)
    finally:
        QApplication.restoreOverrideCursor()
    if check.blocked:
        tell(
            parent,
            title,
            QCoreApplication.translate(
                "EditorPublish", "The scenario has %1 error(s): fix them before publishing."
            ).replace("%1", str(len(check.errors))),
            _listing(check.errors, message),
            error=True,
        )
        return None
    if check.warnings and not ask_yes(
        parent,
        title,
        QCoreApplication.translate(
            "EditorPublish", "The scenario has %1 warning(s). Publish it anyway?"
        ).replace("%1", str(len(check.warnings))),
        _listing(check.warnings, message),
        QCoreApplication.translate("EditorPublish", "&Publish"),
    ):
        return None
    try:
        version = publish(doc, folder, undo=session.push, glossary=glossary)
        if library_dir is not None:
            release(folder, library_dir)
    except (TrainerError, OSError) as exc:
        tell(
            parent,
            title,
            QCoreApplication.translate("EditorPublish", "The scenario could not be published."),
            str(exc),
            error=True,
        )
        return None
    session.undo_stack.clear()  # clean, at the published text
    return version
