"""Profile › Scenario packs…: an instructor imports and exports packs with the real dialog."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTreeWidget,
)

from tests.exchange.key_support import make_centre
from tests.exchange.pack_support import make_scenario, members_of, snapshot, write_zip
from trainer.exchange.packs import check_pack
from trainer.exchange.trust_store import TrustStore
from trainer.gui.packs.dialog import PacksDialog
from trainer.gui.tasks import TaskRunner
from trainer.services.packs import ScenarioPacks


@pytest.fixture
def places(tmp_path: Path) -> tuple[Path, Path]:
    shipped = tmp_path / "shipped"
    make_scenario(shipped, "official", extra=False)
    data = tmp_path / "data"
    (data / "scenarios").mkdir(parents=True)
    make_scenario(data / "scenarios", "local-one")
    return shipped, data


@pytest.fixture
def dialog(qtbot, places: tuple[Path, Path], tmp_path: Path) -> PacksDialog:
    shipped, data = places
    packs = ScenarioPacks(shipped=shipped, data_dir=data, app_version="test")
    changed: list[bool] = []
    shown = PacksDialog(
        packs,
        TaskRunner(synchronous=True),
        language="en",
        start_dir=tmp_path,
        on_changed=lambda: changed.append(True),
    )
    shown.changed = changed  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _rows(table: QTreeWidget | QTableWidget) -> list[list[str]]:
    if isinstance(table, QTableWidget):
        return [
            [table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]
    return [
        [table.topLevelItem(i).text(c) for c in range(table.columnCount())]
        for i in range(table.topLevelItemCount())
    ]


def _when_modal(kind: type, act: Callable[[object], None]) -> list[object]:
    """Act on the next modal dialog of ``kind`` once it is up (it runs its own loop)."""
    seen: list[object] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind) or not modal.isVisible() or modal in seen:
            QTimer.singleShot(10, look)
            return
        seen.append(modal)
        act(modal)

    QTimer.singleShot(0, look)
    return seen


def _button(dialog: QDialog, text: str) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def test_the_list_shows_where_each_scenario_comes_from(dialog: PacksDialog) -> None:
    rows = _rows(dialog.table)
    assert [r[1:] for r in rows] == [
        ["official", "1", "Comes with the app"],
        ["local-one", "1", "Written on this laptop"],
    ]
    assert rows[0][0]  # the title, not the id
    assert not dialog.export_button.isEnabled()


def test_space_ticks_a_scenario_and_export_writes_a_valid_pack(
    qtbot, dialog: PacksDialog, tmp_path: Path
) -> None:
    dialog.table.setFocus()
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.ticked_ids() == ["local-one"]
    assert dialog.export_button.isEnabled()
    (tmp_path / "out").mkdir()
    dialog.export_to(["local-one"], tmp_path / "out" / "mine")
    written = tmp_path / "out" / "mine.zip"
    assert written.is_file()
    assert [s.id for s in check_pack(written).manifest.scenarios] == ["local-one"]
    assert str(written) in dialog.status.text()


def test_an_unsigned_pack_needs_the_tick_and_then_installs_as_unofficial(
    qtbot, dialog: PacksDialog, places: tuple[Path, Path], tmp_path: Path
) -> None:
    _shipped, data = places
    source = make_scenario(tmp_path / "elsewhere", "from-a-stick")
    pack = tmp_path / "stick.zip"
    ScenarioPacks(shipped=tmp_path / "none", data_dir=tmp_path / "other", app_version="t").export(
        [str(source)], pack
    )
    before = snapshot(data)
    looked: dict[str, object] = {}

    def cancel(preview: object) -> None:
        assert isinstance(preview, QDialog)
        looked["headline"] = preview.headline.text()  # type: ignore[attr-defined]
        install = _button(preview, "Install")
        looked["enabled"] = install.isEnabled()
        qtbot.mouseClick(_button(preview, "Cancel"), Qt.MouseButton.LeftButton)

    _when_modal(QDialog, cancel)
    dialog.inspect(pack)
    assert looked == {"headline": "Unsigned pack", "enabled": False}
    assert snapshot(data) == before

    outcomes: list[list[list[str]]] = []

    def tick_and_install(preview: object) -> None:
        assert isinstance(preview, QDialog)
        confirm = preview.findChild(QCheckBox)
        assert preview.focusWidget() is confirm  # Space ticks it at once
        # On the box itself, as a mouse user would (the label is clickable too).
        qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton, pos=QPoint(8, confirm.height() // 2))
        assert confirm.isChecked()
        install = _button(preview, "Install")
        assert install.isEnabled()

        def read_outcomes(report: object) -> None:
            assert isinstance(report, QDialog)
            outcomes.append(_rows(report.findChild(QTableWidget)))
            qtbot.mouseClick(_button(report, "OK"), Qt.MouseButton.LeftButton)

        _when_modal(QDialog, read_outcomes)
        qtbot.mouseClick(install, Qt.MouseButton.LeftButton)

    _when_modal(QDialog, tick_and_install)
    dialog.inspect(pack)
    qtbot.waitUntil(lambda: bool(outcomes))
    assert outcomes[0][0][1:] == ["1", "Installed: New on this laptop."]
    assert (data / "scenarios" / "from-a-stick" / "scenario.yaml").is_file()
    assert dialog.changed == [True]  # type: ignore[attr-defined]
    row = next(r for r in _rows(dialog.table) if r[1] == "from-a-stick")
    assert row[3] == "Unofficial: not signed by a trusted centre"


def test_a_hostile_pack_is_refused_naming_the_file_and_nothing_is_written(
    qtbot, dialog: PacksDialog, places: tuple[Path, Path], tmp_path: Path
) -> None:
    _shipped, data = places
    source = make_scenario(tmp_path / "elsewhere", "bad")
    good = tmp_path / "good.zip"
    ScenarioPacks(shipped=tmp_path / "none", data_dir=tmp_path / "other", app_version="t").export(
        [str(source)], good
    )
    members = members_of(good)
    members["scenarios/bad/media/plan.png"] = b"\x89PNG changed after packing"
    hostile = write_zip(tmp_path / "hostile.zip", sorted(members.items()))
    before = snapshot(data)
    told: list[str] = []

    def read(box: object) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    _when_modal(QMessageBox, read)
    dialog.inspect(hostile)
    qtbot.waitUntil(lambda: bool(told))
    assert "hostile.zip" in told[0] and "scenarios/bad/media/plan.png" in told[0]
    assert "Nothing was installed." in told[0]
    assert snapshot(data) == before


def test_a_pack_signed_by_a_trusted_centre_installs_as_official_without_the_tick(
    qtbot, dialog: PacksDialog, places: tuple[Path, Path], tmp_path: Path
) -> None:
    _shipped, data = places
    centre = make_centre(tmp_path / "centre", "Centrum Szkolenia").key
    TrustStore.for_data_dir(data).add(centre.public)
    source = make_scenario(tmp_path / "elsewhere", "signed-one")
    pack = tmp_path / "signed.zip"
    ScenarioPacks(shipped=tmp_path / "none", data_dir=tmp_path / "other", app_version="t").export(
        [str(source)], pack, signer=centre
    )
    seen: dict[str, object] = {}

    def install(preview: object) -> None:
        assert isinstance(preview, QDialog)
        seen["headline"] = preview.headline.text()  # type: ignore[attr-defined]
        seen["tick shown"] = preview.findChild(QCheckBox).isVisible()
        _when_modal(QDialog, lambda report: report.accept())  # type: ignore[attr-defined]
        qtbot.keyClick(preview, Qt.Key.Key_Return)  # Install is the default button

    _when_modal(QDialog, install)
    dialog.inspect(pack)
    qtbot.waitUntil(lambda: (data / "scenarios" / "signed-one").is_dir())
    assert seen == {"headline": "Official pack, signed by Centrum Szkolenia", "tick shown": False}
    qtbot.waitUntil(lambda: any(r[1] == "signed-one" for r in _rows(dialog.table)))
    row = next(r for r in _rows(dialog.table) if r[1] == "signed-one")
    assert row[3] == "Official: signed by Centrum Szkolenia"


def test_alt_i_and_ctrl_o_both_open_the_import(
    qtbot, dialog: PacksDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def pick(_parent: object, title: str, *_args: object) -> tuple[str, str]:
        asked.append(title)
        return "", ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(asked))  # a mnemonic "animates" its button's click
    assert asked == ["Import a scenario pack"]
    qtbot.keyClick(dialog.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["Import a scenario pack"] * 2


def test_a_pack_swapped_after_its_check_is_not_installed(
    qtbot, dialog: PacksDialog, places: tuple[Path, Path], tmp_path: Path
) -> None:
    _shipped, data = places
    centre = make_centre(tmp_path / "centre", "Centrum Szkolenia").key
    TrustStore.for_data_dir(data).add(centre.public)
    source = make_scenario(tmp_path / "elsewhere", "swapped")
    author = ScenarioPacks(shipped=tmp_path / "none", data_dir=tmp_path / "other", app_version="t")
    pack, unsigned = tmp_path / "pack.zip", tmp_path / "unsigned.zip"
    author.export([str(source)], pack, signer=centre)
    author.export([str(source)], unsigned)
    before = snapshot(data)
    told: list[str] = []

    def swap_then_install(preview: object) -> None:
        assert isinstance(preview, QDialog)
        unsigned.replace(pack)  # the stick's file changed between the check and Install

        def read(box: object) -> None:
            assert isinstance(box, QMessageBox)
            told.append(box.text())
            box.accept()

        _when_modal(QMessageBox, read)
        qtbot.mouseClick(_button(preview, "Install"), Qt.MouseButton.LeftButton)

    _when_modal(QDialog, swap_then_install)
    dialog.inspect(pack)
    qtbot.waitUntil(lambda: bool(told))
    assert "pack.zip changed after it was checked" in told[0]
    assert snapshot(data) == before


def test_the_window_s_library_is_listed_at_once(
    qtbot, places: tuple[Path, Path], tmp_path: Path
) -> None:
    """From the main window the dialog lists the library it has read: no seconds of
    reading the scenario files again before Export can be used."""
    from trainer.services.library import LibraryService

    shipped, data = places
    packs = ScenarioPacks(shipped=shipped, data_dir=data, app_version="test")
    entries = LibraryService([(shipped, "shipped"), (data / "scenarios", "local")]).read_all()
    runs: list[object] = []
    runner = TaskRunner(synchronous=True)
    runner.run = lambda *args, **kwargs: runs.append(args)  # type: ignore[method-assign]
    shown = PacksDialog(
        packs, runner, language="en", start_dir=tmp_path, initial=packs.describe(entries)
    )
    qtbot.addWidget(shown)
    assert runs == []  # nothing read again
    assert [r[1] for r in _rows(shown.table)] == ["official", "local-one"]
    assert shown.import_button.isEnabled() and shown.status.text() == ""


def test_profile_menu_opens_the_dialog_for_an_instructor_only(qtbot, window) -> None:
    services = window.context.services
    officer = services.profiles.create("Jan Nowak")
    window.profile = officer
    window._update_role_actions()
    assert not window.packs_action.isVisible() and not window.packs_action.isEnabled()
    trainer = services.profiles.create("Instruktor", role="trainer", secret="Zaq1-trener-2026")
    window.profile = trainer
    window._update_role_actions()
    window.load_library()
    window.entries()  # the library read, as after signing in
    seen: list[list[str]] = []

    def look(dialog: object) -> None:
        assert isinstance(dialog, PacksDialog)
        seen.append([row[1] for row in _rows(dialog.table)])
        dialog.reject()

    _when_modal(PacksDialog, look)
    window.packs_action.trigger()
    assert seen and "tutorial" in seen[0]  # the shipped scenarios, listed at once
