"""File › Import from Twine…: a Twee 3 story made into one of the instructor's scenarios.

The same use case as ``trainer import-twee`` (trainer.services.twine): the story is read
and checked before anything is written, the new scenario goes into the instructor's own
drafts under an id they choose, and what the file held that a scenario cannot carry is
listed passage by passage, in the UI language.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTextEdit, QWidget

from trainer.authoring.workspace import ScenarioWorkspace
from trainer.domain.errors import TrainerError
from trainer.gui.editor.open_dialog import ask_new_id
from trainer.gui.editor.questions import tell
from trainer.gui.editor.twine_texts import warning_line

# How many of the import's warnings the message lists before "and N more".
WARNINGS_SHOWN = 12


def suggested_id(twee_file: Path) -> str:
    """A scenario id from the file's name (``Przystanek nocą.twee`` → ``przystanek-noca``)."""
    plain = unicodedata.normalize("NFKD", twee_file.stem.lower().replace("ł", "l"))
    letters = "".join(ch for ch in plain if not unicodedata.combining(ch))
    words = re.sub(r"[^a-z0-9]+", "-", letters).strip("-")
    return words[:60].strip("-") or "twine-story"


def show_warnings(parent: QWidget, title: str, text: str, details: str) -> None:
    """The import's warnings, their list open at once and wide enough to read."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText(details)
    box.addButton(
        QCoreApplication.translate("EditorQuestions", "OK"), QMessageBox.ButtonRole.AcceptRole
    )
    for button in box.buttons():  # the "Show details" button: the list is the message
        if box.buttonRole(button) == QMessageBox.ButtonRole.ActionRole:
            button.click()
    listing = box.findChild(QTextEdit)
    if listing is not None:
        listing.setMinimumSize(680, 280)
    box.exec()
    box.deleteLater()


def choose_twee_file(parent: QWidget, start_dir: Path) -> Path | None:
    """The file dialog for a ``.twee`` file (None when cancelled)."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("EditorTwine", "Import from Twine"),
        str(start_dir),
        QCoreApplication.translate("EditorTwine", "Twine stories (Twee 3) (*.twee *.tw)"),
    )
    return Path(chosen) if chosen else None


def import_twine(
    parent: QWidget,
    workspace: ScenarioWorkspace,
    source: Path,
    *,
    english: bool,
    ask_id: Callable[[QWidget, str, str, ScenarioWorkspace], str | None] | None = None,
) -> Path | None:
    """Import ``source`` into the drafts under an id the instructor chooses; the new
    scenario file, or None when cancelled or refused (the reason told, in the UI
    language: ``english`` keeps the importer's own words)."""
    from trainer.exchange.twee import TweeError
    from trainer.services.twine import import_twee_folder

    title = QCoreApplication.translate("EditorTwine", "Import from Twine")
    new_id = (ask_id or ask_new_id)(parent, title, suggested_id(source), workspace)
    if new_id is None:
        return None
    try:
        imported = import_twee_folder(source, workspace.own_dir / new_id)
    except TweeError as exc:
        where = (
            QCoreApplication.translate("EditorTwine", " (line %1)").replace("%1", str(exc.line))
            if exc.line is not None
            else ""
        )
        tell(
            parent,
            title,
            QCoreApplication.translate(
                "EditorTwine",
                "%1 could not be read as a Twine story (Twee 3)%2; nothing was written.",
            )
            .replace("%1", source.name)
            .replace("%2", where),
            str(exc) if english else "",
            error=True,
        )
        return None
    except (TrainerError, OSError) as exc:
        tell(
            parent,
            title,
            QCoreApplication.translate(
                "EditorTwine", "The scenario could not be written to %1; nothing was imported."
            ).replace("%1", str(workspace.own_dir / new_id)),
            str(exc) if english else "",
            error=True,
        )
        return None
    warnings = imported.result.warnings
    if warnings:
        lines = [warning_line(source.name, warning) for warning in warnings]
        shown = lines[:WARNINGS_SHOWN]
        if len(lines) > WARNINGS_SHOWN:
            shown.append(
                QCoreApplication.translate("EditorTwine", "…and %1 more.").replace(
                    "%1", str(len(lines) - WARNINGS_SHOWN)
                )
            )
        show_warnings(
            parent,
            title,
            QCoreApplication.translate(
                "EditorTwine",
                "The story is now the scenario %1. Some of what the file held has no place"
                " in a scenario or needs your attention:",
            ).replace("%1", new_id),
            "\n".join(shown),
        )
    return imported.scenario_file
