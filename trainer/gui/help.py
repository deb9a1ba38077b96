"""The Help menu's windows: the keyboard shortcuts, and what this app is."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from trainer import __version__
from trainer.gui.widgets.heading import heading


def shortcuts(*, instructor: bool = False) -> list[tuple[str, str]]:
    """(keys, what they do) for every shortcut an officer can use, in the UI language.

    ``instructor``: also the keys only an instructor has (the scenario editor).
    """
    rows = [
        (
            "1 … 9",
            QCoreApplication.translate(
                "Help", "Choose an answer; in a checklist, tick or untick an item"
            ),
        ),
        (
            "Enter",
            QCoreApplication.translate(
                "Help", "Press the focused button; confirm, or go on to the next step"
            ),
        ),
        (
            "Esc",
            QCoreApplication.translate(
                "Help",
                "Pause the scenario (nothing is lost) and go to the library; a timed decision"
                " first stops its clock",
            ),
        ),
        ("Tab, Shift+Tab", QCoreApplication.translate("Help", "Move between buttons and fields")),
        (
            QCoreApplication.translate("Help", "Alt + underlined letter"),
            QCoreApplication.translate("Help", "Press that button, or open that menu"),
        ),
        ("Ctrl+F", QCoreApplication.translate("Help", "Search the scenario library")),
        (
            QCoreApplication.translate("Help", "Enter on a scenario"),
            QCoreApplication.translate("Help", "Start it in the chosen mode and language"),
        ),
        (
            "Ctrl++, Ctrl+−, Ctrl+0",
            QCoreApplication.translate("Help", "Larger, smaller, normal text"),
        ),
        ("F1", QCoreApplication.translate("Help", "This list")),
    ]
    if instructor:
        rows.insert(
            -1,
            (
                "Ctrl+Shift+E",
                QCoreApplication.translate("Help", "Open the scenario editor (instructors)"),
            ),
        )
    return rows


class ShortcutsDialog(QDialog):
    """The keyboard shortcuts as a two-column table; Esc or Enter closes it."""

    def __init__(self, parent: QWidget | None = None, *, instructor: bool = False) -> None:
        super().__init__(parent)
        title_text = QCoreApplication.translate("Help", "Keyboard shortcuts")
        self.setWindowTitle(title_text)
        layout = QVBoxLayout(self)
        title = heading(1.35)
        title.setText(title_text)
        rows = "".join(
            f"<tr><td style='padding: 4px 18px 4px 0'><b>{html.escape(keys)}</b></td>"
            f"<td style='padding: 4px 0'>{html.escape(what)}</td></tr>"
            for keys, what in shortcuts(instructor=instructor)
        )
        self.table = QLabel(f"<table>{rows}</table>")  # our own strings, escaped
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setAccessibleName(title_text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(title)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()


def about_text(data_dir: Path) -> str:
    """What the About box says: the app, its version, where its data is, whose parts."""
    name = QCoreApplication.translate("MainWindow", "Case-scenario trainer")
    purpose = QCoreApplication.translate(
        "Help",
        "Practice in responding to hate crime and in working with local communities, "
        "for police officers. It works without a network.",
    )
    folder = QCoreApplication.translate("Help", "Data folder (profiles, results, backups): %1")
    credits = QCoreApplication.translate(
        "Help",
        "Built with Qt for Python (PySide6 %1), used under the GNU LGPL version 3. Text is "
        "set in the DejaVu fonts (free licence: DejaVu-LICENSE.txt beside the fonts).",
    ).replace("%1", pyside_version)
    where = f"<br><code>{html.escape(str(data_dir))}</code>"
    return (
        f"<p><b>{html.escape(name)}</b> {html.escape(__version__)}</p>"
        f"<p>{html.escape(purpose)}</p>"
        f"<p>{html.escape(folder).replace('%1', where)}</p>"
        f"<p>{html.escape(credits)}</p>"
    )
