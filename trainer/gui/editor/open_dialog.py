"""The "Open scenario" dialog: the instructor's scenarios, the shipped ones and the trash.

New (from the template), duplicate, rename, delete to the trash and restore go
through the workspace (:mod:`trainer.authoring.workspace`); the dialog only lists
and asks. A shipped scenario opens read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QResizeEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from trainer.authoring.workspace import ScenarioWorkspace, TrashEntry, WorkspaceEntry
from trainer.domain.errors import TrainerError
from trainer.domain.ids import LANGUAGE_RE, SCENARIO_ID_RE
from trainer.gui.editor.forms.base import message_label
from trainer.gui.editor.questions import ask_yes, tell
from trainer.gui.formats import date_time, ui_locale

# What a row is: ("own" | "shipped", WorkspaceEntry), ("trash", TrashEntry), or None.
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
# The sort key of a cell that does not sort by its text (a date: its ISO form).
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE, IDENT, VERSION, MODIFIED = range(4)


def _title(title: dict[str, str], language: str) -> str:
    return title.get(language) or next(iter(title.values()), "")


def id_problem(scenario_id: str, workspace: ScenarioWorkspace | None = None) -> str | None:
    """What is wrong with a new scenario id, in the UI language (None: nothing).

    Checked here, before the workspace is asked, so the instructor reads it in their
    language and can correct the id where it was typed.
    """
    if not SCENARIO_ID_RE.match(scenario_id):
        return QCoreApplication.translate(
            "EditorOpenDialog",
            "“%1” cannot be an id: use small letters without accents, digits and '-', "
            "starting with a letter or digit (at most 64 characters), e.g. mosque-report.",
        ).replace("%1", scenario_id)
    if workspace is not None:
        taken = (workspace.own_dir / scenario_id).exists() or any(
            entry.scenario_id == scenario_id for entry in (*workspace.own(), *workspace.shipped())
        )
        if taken:
            return QCoreApplication.translate(
                "EditorOpenDialog", "The id “%1” is already used by another scenario."
            ).replace("%1", scenario_id)
    return None


def ask_new_id(
    parent: QWidget | None,
    title: str,
    suggestion: str,
    workspace: ScenarioWorkspace | None = None,
) -> str | None:
    """An id typed by the instructor (None when cancelled); asked again while it is wrong."""
    text = suggestion
    while True:
        text, ok = QInputDialog.getText(
            parent,
            title,
            QCoreApplication.translate(
                "EditorOpenDialog",
                "Id of the scenario (small letters, digits and '-', e.g. tram-night-2):",
            ),
            QLineEdit.EchoMode.Normal,
            text,
        )
        text = text.strip()
        if not ok or not text:
            return None
        problem = id_problem(text, workspace)
        if problem is None:
            return text
        tell(parent, title, problem, error=True)


class NewScenarioDialog(QDialog):
    """Asks the id, the title and the languages of a new scenario."""

    def __init__(
        self, parent: QWidget | None = None, workspace: ScenarioWorkspace | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(QCoreApplication.translate("EditorOpenDialog", "New scenario"))
        self.id_field = QLineEdit(self)
        self.id_field.setAccessibleName(QCoreApplication.translate("EditorOpenDialog", "Id"))
        self.title_field = QLineEdit(self)
        self.title_field.setAccessibleName(QCoreApplication.translate("EditorOpenDialog", "Title"))
        self.languages_field = QLineEdit("pl, en", self)
        self.languages_field.setAccessibleName(
            QCoreApplication.translate("EditorOpenDialog", "Languages")
        )
        hint = QLabel(
            QCoreApplication.translate(
                "EditorOpenDialog", "Small letters, digits and '-'; it names the scenario's folder."
            ),
            self,
        )
        hint.setObjectName("muted")
        hint.setWordWrap(True)
        form = QFormLayout()
        id_label = QLabel(QCoreApplication.translate("EditorOpenDialog", "&Id:"), self)
        id_label.setBuddy(self.id_field)
        title_label = QLabel(QCoreApplication.translate("EditorOpenDialog", "&Title:"), self)
        title_label.setBuddy(self.title_field)
        languages_label = QLabel(
            QCoreApplication.translate("EditorOpenDialog", "&Languages (first = default):"), self
        )
        languages_label.setBuddy(self.languages_field)
        form.addRow(id_label, self.id_field)
        form.addRow("", hint)
        form.addRow(title_label, self.title_field)
        form.addRow(languages_label, self.languages_field)
        # What is wrong with the values, under them (the dialog stays open to correct it).
        self.error = message_label()
        form.addRow("", self.error)
        buttons = QDialogButtonBox(self)
        self.create_button = buttons.addButton(
            QCoreApplication.translate("EditorOpenDialog", "&Create"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(
            QCoreApplication.translate("EditorOpenDialog", "&Cancel"),
            QDialogButtonBox.ButtonRole.RejectRole,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        """Closes only with values the workspace takes; else says what to correct, and where."""
        problem = id_problem(self.id_field.text().strip(), self.workspace)
        field = self.id_field
        languages = self.languages()
        if problem is None:
            field = self.languages_field
            wrong = [lang for lang in languages if not LANGUAGE_RE.match(lang)]
            if not languages or wrong:
                problem = QCoreApplication.translate(
                    "EditorOpenDialog",
                    "Languages: codes of two or three small letters, separated by commas, "
                    "e.g. pl, en.",
                )
            elif len(set(languages)) != len(languages):
                problem = QCoreApplication.translate(
                    "EditorOpenDialog", "Languages: each language once."
                )
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            self.adjustSize()  # grows to show the whole message
            field.setFocus()
            field.selectAll()
            return
        super().accept()

    def languages(self) -> list[str]:
        return [
            part.strip()
            for part in self.languages_field.text().replace(";", ",").split(",")
            if part.strip()
        ]

    def values(self) -> tuple[str, dict[str, str], list[str]]:
        """(id, title per language, languages) as typed."""
        languages = self.languages()
        title = self.title_field.text().strip()
        return self.id_field.text().strip(), {lang: title for lang in languages}, languages


class _Rows(QSortFilterProxyModel):
    """Keeps the groups in their order (mine, shipped, trash) and sorts inside them."""

    def lessThan(self, left: Any, right: Any) -> bool:
        if not left.parent().isValid():
            return bool(left.row() < right.row())
        # The dates sort by the moment, not by their text in the locale ("7.12.2026").
        left_key = left.data(SORT_ROLE)
        right_key = right.data(SORT_ROLE)
        if left_key is not None and right_key is not None:
            return bool(left_key < right_key)
        return str(left.data()).casefold() < str(right.data()).casefold()


class OpenScenarioDialog(QDialog):
    """Lists the scenarios; ``chosen`` is (file, read_only) after Open."""

    def __init__(
        self,
        workspace: ScenarioWorkspace,
        parent: QWidget | None = None,
        *,
        language: str = "pl",
        releasing: Callable[[Path], bool] = lambda _folder: True,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.language = language
        # Asked before a folder is renamed or deleted: the editor closes it if it is open.
        self.releasing = releasing
        self.chosen: tuple[Path, bool] | None = None
        self.setWindowTitle(
            QCoreApplication.translate("EditorOpenDialog", "Open or create a scenario")
        )
        self.model = QStandardItemModel(self)
        self.proxy = _Rows(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTreeView(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(QCoreApplication.translate("EditorOpenDialog", "Scenarios"))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.activated.connect(self._activated)
        self.buttons: dict[str, QPushButton] = {}
        side = QVBoxLayout()
        for key, text, slot in (
            ("open", QCoreApplication.translate("EditorOpenDialog", "&Open"), self.open_selected),
            (
                "new",
                QCoreApplication.translate("EditorOpenDialog", "&New from template…"),
                self.new_scenario,
            ),
            (
                "duplicate",
                QCoreApplication.translate("EditorOpenDialog", "&Duplicate…"),
                self.duplicate_selected,
            ),
            (
                "rename",
                QCoreApplication.translate("EditorOpenDialog", "Re&name…"),
                self.rename_selected,
            ),
            (
                "delete",
                QCoreApplication.translate("EditorOpenDialog", "De&lete (to the trash)"),
                self.delete_selected,
            ),
            (
                "restore",
                QCoreApplication.translate("EditorOpenDialog", "&Restore from the trash"),
                self.restore_selected,
            ),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            side.addWidget(button)
            self.buttons[key] = button
        self.buttons["open"].setObjectName("primary")
        side.addStretch(1)
        close = QPushButton(QCoreApplication.translate("EditorOpenDialog", "Close"), self)
        close.clicked.connect(self.reject)
        side.addWidget(close)
        layout = QHBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(side)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.resize(*self._room(parent))
        self.refresh()

    @staticmethod
    def _room(parent: QWidget | None) -> tuple[int, int]:
        """Most of the editor's window (at 200 % text the titles need it), 1100×600 at least."""
        if parent is None:
            return 1100, 600
        window = parent.window()
        return max(1100, window.width() * 9 // 10), max(600, window.height() * 85 // 100)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._fit_columns)  # once the list has its new width

    def _fit_columns(self) -> None:
        """The title takes the room; the id column at most a sixth of the list (ids are
        short words, titles are sentences), the version and date what they need."""
        header = self.view.header()
        wanted = self.view.sizeHintForColumn(IDENT)
        header.resizeSection(IDENT, max(0, min(wanted, self.view.viewport().width() // 6)))

    # -- listing --------------------------------------------------------------------

    def refresh(self, select: Path | None = None) -> None:
        """Read the lists again; select the row of ``select`` (a folder or file) if given."""
        self.model.clear()
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("EditorOpenDialog", "Title"),
                QCoreApplication.translate("EditorOpenDialog", "Id"),
                QCoreApplication.translate("EditorOpenDialog", "Version"),
                QCoreApplication.translate("EditorOpenDialog", "Changed"),
            ]
        )
        groups = (
            (
                "own",
                QCoreApplication.translate("EditorOpenDialog", "My scenarios"),
                self.workspace.own(),
            ),
            (
                "shipped",
                QCoreApplication.translate("EditorOpenDialog", "Shipped scenarios (read-only)"),
                self.workspace.shipped(),
            ),
            (
                "trash",
                QCoreApplication.translate("EditorOpenDialog", "Trash"),
                self.workspace.trash(),
            ),
        )
        for kind, label, entries in groups:
            heading = QStandardItem(f"{label} ({len(entries)})")
            heading.setEditable(False)
            heading.setSelectable(False)
            row = [heading, *(self._cell("") for _ in range(3))]
            for entry in entries:
                heading.appendRow(self._entry_row(kind, entry))
            self.model.appendRow(row)
        self.view.expandAll()
        header = self.view.header()
        header.setStretchLastSection(False)  # the title takes the room, not the date
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(IDENT, QHeaderView.ResizeMode.Interactive)
        for column in (VERSION, MODIFIED):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_columns()
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        for group in range(self.proxy.rowCount()):  # a heading reads across the columns
            self.view.setFirstColumnSpanned(group, QModelIndex(), True)
        target = self._find(select) if select is not None else None
        if target is None:
            target = self._first_entry()
        if target is not None:
            self.view.setCurrentIndex(target)
        self._update_buttons()

    @staticmethod
    def _cell(text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        return item

    def _entry_row(self, kind: str, entry: WorkspaceEntry | TrashEntry) -> list[QStandardItem]:
        if isinstance(entry, TrashEntry):
            moment = entry.deleted_at.astimezone()
            cells = [_title(entry.title, self.language), entry.scenario_id, "", ""]
        else:
            moment = entry.modified.astimezone()
            version = "" if entry.version is None else str(entry.version)
            cells = [_title(entry.title, self.language), entry.scenario_id, version, ""]
        cells[MODIFIED] = date_time(moment, ui_locale(self.language))  # "7.12.2026 20:26"
        items = [self._cell(text) for text in cells]
        items[MODIFIED].setData(moment.isoformat(), SORT_ROLE)
        items[TITLE].setText(items[TITLE].text() or entry.scenario_id)
        for item in items[:2]:
            item.setToolTip(item.text())  # the whole title or id where the column cuts it
        for item in items:
            item.setData((kind, entry), ENTRY_ROLE)
        return items

    def _first_entry(self) -> QModelIndex | None:
        for group in range(self.proxy.rowCount()):
            parent = self.proxy.index(group, 0)
            if self.proxy.rowCount(parent):
                return self.proxy.index(0, 0, parent)
        return None

    def _find(self, place: Path) -> QModelIndex | None:
        for group in range(self.proxy.rowCount()):
            parent = self.proxy.index(group, 0)
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                _kind, entry = index.data(ENTRY_ROLE)
                folder = entry.folder if isinstance(entry, WorkspaceEntry) else entry.content
                if place in (folder, getattr(entry, "file", None)):
                    return index
        return None

    def select_id(self, scenario_id: str, kind: str | None = None) -> bool:
        """Select the row of ``scenario_id`` (in group ``kind`` if given)."""
        for group in range(self.proxy.rowCount()):
            parent = self.proxy.index(group, 0)
            for row in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(row, 0, parent)
                found_kind, entry = index.data(ENTRY_ROLE)
                if entry.scenario_id == scenario_id and kind in (None, found_kind):
                    self.view.setCurrentIndex(index)
                    return True
        return False

    def selected(self) -> tuple[str, Any] | None:
        """(kind, entry) of the selected row."""
        data = self.view.currentIndex().data(ENTRY_ROLE)
        return data if isinstance(data, tuple) else None

    def _update_buttons(self) -> None:
        selected = self.selected()
        kind = selected[0] if selected else None
        self.buttons["open"].setEnabled(kind in ("own", "shipped"))
        self.buttons["duplicate"].setEnabled(kind in ("own", "shipped"))
        self.buttons["rename"].setEnabled(kind == "own")
        self.buttons["delete"].setEnabled(kind == "own")
        self.buttons["restore"].setEnabled(kind == "trash")
        read_only = QCoreApplication.translate("EditorOpenDialog", "&Open (read-only)")
        button = self.buttons["open"]
        button.setText(
            read_only
            if kind == "shipped"
            else QCoreApplication.translate("EditorOpenDialog", "&Open")
        )
        # As wide as its longer wording: the list beside it does not jump with the text.
        widest = button.fontMetrics().horizontalAdvance(read_only.replace("&", "")) + 32
        button.setMinimumWidth(max(button.minimumWidth(), widest))

    # -- actions --------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        data = index.data(ENTRY_ROLE)
        if isinstance(data, tuple) and data[0] == "trash":
            self.restore_selected()
        elif isinstance(data, tuple):
            self.open_selected()

    def _do(self, title: str, work: Callable[[], Any]) -> Any:
        """Run a workspace step; its error shown as a message naming the place."""
        try:
            return work()
        except TrainerError as exc:
            tell(self, title, str(exc), error=True)
            return None

    def open_selected(self) -> None:
        selected = self.selected()
        if selected is None or selected[0] == "trash":
            return
        kind, entry = selected
        self.chosen = (entry.file, kind == "shipped")
        self.accept()

    def new_scenario(self) -> None:
        dialog = NewScenarioDialog(self, self.workspace)
        while dialog.exec():
            scenario_id, title, languages = dialog.values()
            file = self._do(
                QCoreApplication.translate("EditorOpenDialog", "New scenario"),
                partial(
                    self.workspace.new_from_template, scenario_id, title=title, languages=languages
                ),
            )
            if file is not None:
                self.chosen = (file, False)
                self.accept()
                return

    def duplicate_selected(self) -> None:
        selected = self.selected()
        if selected is None or selected[0] == "trash":
            return
        entry = selected[1]
        new_id = ask_new_id(
            self,
            QCoreApplication.translate("EditorOpenDialog", "Duplicate"),
            f"{entry.scenario_id}-copy",
            self.workspace,
        )
        if new_id is None:
            return
        file = self._do(
            QCoreApplication.translate("EditorOpenDialog", "Duplicate"),
            lambda: self.workspace.duplicate(entry.folder, new_id),
        )
        if file is not None:
            self.refresh(select=file.parent)

    def rename_selected(self) -> None:
        selected = self.selected()
        if selected is None or selected[0] != "own":
            return
        entry = selected[1]
        new_id = ask_new_id(
            self,
            QCoreApplication.translate("EditorOpenDialog", "Rename"),
            entry.scenario_id,
            self.workspace,
        )
        if new_id is None or new_id == entry.scenario_id or not self.releasing(entry.folder):
            return
        file = self._do(
            QCoreApplication.translate("EditorOpenDialog", "Rename"),
            lambda: self.workspace.rename(entry.folder, new_id),
        )
        if file is not None:
            self.refresh(select=file.parent)

    def delete_selected(self) -> None:
        selected = self.selected()
        if selected is None or selected[0] != "own":
            return
        entry = selected[1]
        # The id too: a copy of a shipped scenario has the same title as the original.
        title = _title(entry.title, self.language)
        name = (
            QCoreApplication.translate("EditorOpenDialog", "“%1” (%2)")
            .replace("%1", title)
            .replace("%2", entry.scenario_id)
            if title
            else entry.scenario_id
        )
        if not ask_yes(
            self,
            QCoreApplication.translate("EditorOpenDialog", "Delete"),
            QCoreApplication.translate("EditorOpenDialog", "Move %1 to the trash?").replace(
                "%1", name
            ),
            QCoreApplication.translate(
                "EditorOpenDialog", "It can be restored from the trash later."
            ),
            QCoreApplication.translate("EditorOpenDialog", "&Move to the trash"),
        ):
            return
        if not self.releasing(entry.folder):
            return
        trashed = self._do(
            QCoreApplication.translate("EditorOpenDialog", "Delete"),
            lambda: self.workspace.delete(entry.folder),
        )
        if trashed is not None:
            self.refresh(select=trashed.content)

    def restore_selected(self) -> None:
        selected = self.selected()
        if selected is None or selected[0] != "trash":
            return
        entry = selected[1]
        file = self._do(
            QCoreApplication.translate("EditorOpenDialog", "Restore"),
            lambda: self.workspace.restore(entry),
        )
        if file is not None:
            self.refresh(select=file.parent)
