"""Profile › Scenario packs…: the instructor's import and export of scenario packs.

The same use cases as ``trainer pack import`` / ``trainer pack export``
(:class:`trainer.services.packs.ScenarioPacks`): a pack is checked whole and its
signature read before the instructor is asked anything; nothing touches the library
until they confirm, and an unsigned pack, or one signed by a key this laptop does not
trust, needs an explicit tick to be installed as unofficial material.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.errors import TrainerError
from trainer.exchange.packs import PackError
from trainer.gui.packs.centres import CentresAccess, CentresPanel
from trainer.gui.packs.preview import PackPreviewDialog, show_outcomes, size_for_text
from trainer.gui.packs.texts import export_refusal_text, refusal_text
from trainer.gui.widgets.safe_text import show_plain_message
from trainer.services.packs import UnofficialPackError

if TYPE_CHECKING:
    from trainer.gui.tasks import TaskRunner
    from trainer.services.packs import (
        ImportOutcome,
        InstalledScenario,
        PackInspection,
        ScenarioPacks,
    )

# What the file dialogs look for.
PACK_SUFFIX = ".zip"

_COLUMNS = 4


def _source_label(scenario: InstalledScenario) -> str:
    if scenario.source == "shipped":
        return QCoreApplication.translate("ScenarioPacks", "Comes with the app")
    if scenario.signed_by:
        return QCoreApplication.translate("ScenarioPacks", "Official: signed by %1").replace(
            "%1", scenario.signed_by
        )
    if scenario.from_pack:
        return QCoreApplication.translate(
            "ScenarioPacks", "Unofficial: not signed by a trusted centre"
        )
    return QCoreApplication.translate("ScenarioPacks", "Written on this laptop")


class PacksDialog(QDialog):
    """The installed scenarios, ticked for export, and the import of a pack file."""

    def __init__(
        self,
        packs: ScenarioPacks,
        runner: TaskRunner,
        *,
        language: str,
        start_dir: Path,
        on_changed: Callable[[], None] = lambda: None,
        centres: CentresAccess | None = None,
        describe: Callable[[TrainerError], str] = str,
        initial: list[InstalledScenario] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.packs = packs
        self.runner = runner
        self.language = language
        # Where the file dialogs open: the last folder used, else the home folder.
        self.start_dir = start_dir if start_dir.is_dir() else Path.cwd()
        self.on_changed = on_changed
        self.setWindowTitle(QCoreApplication.translate("ScenarioPacks", "Scenario packs"))
        self.setMinimumSize(760, 480)
        # Wide enough for titles beside where each scenario comes from, on the stations'
        # 1366×768 screens and larger, at any text size.
        size_for_text(self, 140, 36)
        intro = QLabel(
            QCoreApplication.translate(
                "ScenarioPacks",
                "A scenario pack carries scenarios between laptops, on a USB stick for"
                " example. Import installs a pack's scenarios here after checking every file"
                " in it; Export makes a pack of the scenarios you tick.",
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(_COLUMNS)
        self.table.setHeaderLabels(
            [
                QCoreApplication.translate("ScenarioPacks", "Scenario"),
                QCoreApplication.translate("ScenarioPacks", "Id"),
                QCoreApplication.translate("ScenarioPacks", "Version"),
                QCoreApplication.translate("ScenarioPacks", "Where it comes from"),
            ]
        )
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, _COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(lambda *_: self._update_buttons())
        self.table.itemActivated.connect(self._toggle)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.import_button = QPushButton(
            QCoreApplication.translate("ScenarioPacks", "&Import a pack…")
        )
        self.import_button.clicked.connect(self.choose_and_import)
        self.export_button = QPushButton(
            QCoreApplication.translate("ScenarioPacks", "&Export the ticked…")
        )
        self.export_button.clicked.connect(self.choose_and_export)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("ScenarioPacks", "Close")
        )
        close.rejected.connect(self.reject)
        # Beside Alt+I and Alt+E (a button's own shortcut would replace its Alt letter).
        QShortcut(QKeySequence.StandardKey.Open, self, self._import_by_key)
        QShortcut(QKeySequence.StandardKey.Save, self, self._export_by_key)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        self.centres: CentresPanel | None = None
        if centres is not None:
            self.centres = CentresPanel(
                centres, start_dir=start_dir, describe=describe, on_changed=self._trust_changed
            )
            layout.addWidget(self.centres)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self._scenarios: list[InstalledScenario] = []
        self._busy = False  # importing or exporting: the buttons wait
        self._listing = False  # reading the list: only Export (of what is ticked) waits
        if initial is not None:  # the library the window has read: shown at once
            self._show_installed(initial)
        else:
            self.refresh()

    # -- the list -----------------------------------------------------------------------

    def _trust_changed(self) -> None:
        """A centre trusted or forgotten: which scenarios are official has changed."""
        self.on_changed()
        self.refresh()

    def refresh(self) -> None:
        """Read the installed scenarios again (on the worker: the files are parsed)."""
        self._listing = True
        self.status.setText(QCoreApplication.translate("ScenarioPacks", "Reading the library…"))
        self._update_buttons()
        self.runner.run(self.packs.installed, self._show_installed, self._failed_listing)

    def _show_installed(self, scenarios: list[InstalledScenario]) -> None:
        ticked = set(self.ticked_ids())
        self._scenarios = scenarios
        self.table.blockSignals(True)
        self.table.clear()
        for scenario in scenarios:
            title = scenario.title.get(self.language) or next(iter(scenario.title.values()), "")
            item = QTreeWidgetItem(
                [
                    title or scenario.id,
                    scenario.id,
                    str(scenario.version) if scenario.version is not None else "—",
                    _source_label(scenario),
                ]
            )
            exportable = scenario.version is not None
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            item.setFlags(flags if exportable else flags & ~Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(
                0,
                Qt.CheckState.Checked
                if scenario.id in ticked and exportable
                else Qt.CheckState.Unchecked,
            )
            item.setData(0, Qt.ItemDataRole.UserRole, scenario.id)
            self.table.addTopLevelItem(item)
        self.table.blockSignals(False)
        first = self.table.topLevelItem(0)
        if first is not None and self.table.currentItem() is None:
            self.table.setCurrentItem(first)
        self._listed()

    def _listed(self) -> None:
        self._listing = False
        if not self._busy:
            self.status.setText("")
        self._update_buttons()

    def _failed_listing(self, error: BaseException) -> None:
        self._listed()
        self.status.setText(
            QCoreApplication.translate(
                "ScenarioPacks", "The library could not be read: %1"
            ).replace("%1", str(error))
        )

    def _toggle(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """Enter (or a double-click) ticks a row, like Space does."""
        if not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        checked = item.checkState(0) == Qt.CheckState.Checked
        item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def ticked_ids(self) -> list[str]:
        """The ids of the ticked scenarios, in the list's order."""
        items = (self.table.topLevelItem(i) for i in range(self.table.topLevelItemCount()))
        return [
            str(item.data(0, Qt.ItemDataRole.UserRole))
            for item in items
            if item is not None and item.checkState(0) == Qt.CheckState.Checked
        ]

    def _set_busy(self, busy: bool, message: str) -> None:
        if busy and not self._busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        elif not busy and self._busy:
            QGuiApplication.restoreOverrideCursor()
        self._busy = busy
        self.status.setText(message)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.import_button.setEnabled(not self._busy)
        ready = not self._busy and not self._listing
        self.export_button.setEnabled(ready and bool(self.ticked_ids()))

    def done(self, result: int) -> None:
        if self._busy or self._listing:  # a job still running reports into this dialog
            self.runner.wait()
        super().done(result)

    def _import_by_key(self) -> None:
        if self.import_button.isEnabled():
            self.import_button.click()

    def _export_by_key(self) -> None:
        if self.export_button.isEnabled():
            self.export_button.click()

    # -- export -------------------------------------------------------------------------

    def choose_and_export(self) -> None:
        ids = self.ticked_ids()
        if not ids or self._busy or self._listing:
            return
        suggested = self.start_dir / f"{ids[0] if len(ids) == 1 else 'scenarios'}{PACK_SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ScenarioPacks", "Export a scenario pack"),
            str(suggested),
            QCoreApplication.translate("ScenarioPacks", "Scenario packs (*.zip)"),
        )
        if chosen:
            self.export_to(ids, Path(chosen))

    def export_to(self, ids: Sequence[str], output: Path) -> None:
        """Write the pack of ``ids`` to ``output`` on the worker, then say where it went."""
        if output.suffix.lower() != PACK_SUFFIX:
            output = output.with_name(output.name + PACK_SUFFIX)
        self.start_dir = output.parent
        self._set_busy(True, QCoreApplication.translate("ScenarioPacks", "Making the pack…"))

        def done(_exported: Any) -> None:
            self._set_busy(False, "")
            self.status.setText(
                QCoreApplication.translate("ScenarioPacks", "Saved %1 (scenarios: %2).")
                .replace("%1", str(output))
                .replace("%2", str(len(ids)))
            )

        self.runner.run(lambda: self.packs.export(list(ids), output), done, self._export_failed)

    def _export_failed(self, error: BaseException) -> None:
        self._set_busy(False, "")
        if isinstance(error, PackError):
            text = export_refusal_text(error)
        else:
            text = QCoreApplication.translate(
                "ScenarioPacks", "The pack could not be written: %1"
            ).replace("%1", str(error))
        self._tell(QMessageBox.Icon.Warning, text)

    # -- import -------------------------------------------------------------------------

    def choose_and_import(self) -> None:
        if self._busy:
            return
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ScenarioPacks", "Import a scenario pack"),
            str(self.start_dir),
            QCoreApplication.translate("ScenarioPacks", "Scenario packs (*.zip)"),
        )
        if chosen:
            self.inspect(Path(chosen))

    def inspect(self, file: Path) -> None:
        """Check ``file`` whole on the worker (nothing written), then show what it holds."""
        self.start_dir = file.parent
        self._set_busy(True, QCoreApplication.translate("ScenarioPacks", "Checking the pack…"))
        self.runner.run(
            lambda: self.packs.inspect(file),
            lambda inspection: self._preview(file, inspection),
            lambda error: self._import_failed(file, error),
        )

    def _preview(self, file: Path, inspection: PackInspection) -> None:
        self._set_busy(False, "")
        preview = PackPreviewDialog(file, inspection, language=self.language, parent=self)
        accepted = preview.exec() == QDialog.DialogCode.Accepted
        unofficial_ok = preview.unofficial_confirmed()
        preview.deleteLater()
        titles = {
            s.id: s.title_en if self.language == "en" else s.title_pl for s in inspection.scenarios
        }
        if accepted:
            self.install(file, titles, confirmed_unofficial=unofficial_ok)

    def install(self, file: Path, titles: dict[str, str], *, confirmed_unofficial: bool) -> None:
        """Import ``file`` on the worker; then the outcomes and the list read again."""
        self._set_busy(True, QCoreApplication.translate("ScenarioPacks", "Installing…"))

        def done(outcomes: list[ImportOutcome]) -> None:
            self._set_busy(False, "")
            show_outcomes(self, file, outcomes, titles)
            self.on_changed()
            self.refresh()

        self.runner.run(
            lambda: self.packs.import_pack(file, confirmed_unofficial=confirmed_unofficial),
            done,
            lambda error: self._import_failed(file, error),
        )

    def _import_failed(self, file: Path, error: BaseException) -> None:
        self._set_busy(False, "")
        if isinstance(error, UnofficialPackError):  # it changed after it was checked
            text = QCoreApplication.translate(
                "ScenarioPacks",
                "%1 changed after it was checked and is no longer signed by a trusted centre."
                " Nothing was installed: import it again.",
            ).replace("%1", file.name)
        elif isinstance(error, PackError):
            text = refusal_text(error, file.name)
            if self.language == "en":
                text += "\n\n" + str(error)
        else:
            text = QCoreApplication.translate(
                "ScenarioPacks", "%1 could not be imported: %2. Nothing was installed."
            ).replace("%1", file.name)
            text = text.replace("%2", str(error))
        self._tell(QMessageBox.Icon.Warning, text)

    def _tell(self, icon: QMessageBox.Icon, text: str) -> None:
        show_plain_message(self, icon, self.windowTitle(), text)


__all__ = ["PacksDialog"]
