"""Scenario packs › trusted centres: an instructor trusts a centre's key and forgets it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from tests.exchange.key_support import make_centre
from tests.gui.test_packs_dialog import _when_modal
from trainer.exchange.trust_store import TrustStore
from trainer.gui.messages import describe
from trainer.gui.packs.centres import CentresAccess, CentresPanel
from trainer.services.centre_trust import CentreTrustService
from trainer.services.context import Services, open_services

PASSWORD = "silne-haslo-trenera"


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    opened = open_services(tmp_path / "data")
    opened.profiles.set_up_first_trainer("Ewa", PASSWORD)
    yield opened
    opened.close(backup=False)


@pytest.fixture
def panel(qtbot, services: Services, tmp_path: Path) -> CentresPanel:
    trust = TrustStore.for_data_dir(tmp_path / "data")
    access = CentresAccess(
        store=trust,
        service=CentreTrustService(services.store, trust),
        confirm=lambda password: services.profiles.confirm_trainer("Ewa", password),
        instructor="Ewa",
    )
    changed: list[bool] = []
    shown = CentresPanel(
        access, start_dir=tmp_path, describe=describe, on_changed=lambda: changed.append(True)
    )
    shown.changed = changed  # type: ignore[attr-defined]
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _answer_password(qtbot, password: str) -> list[object]:
    def type_it(dialog: object) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(password)
        dialog.accept()

    return _when_modal(QInputDialog, type_it)


def _click(role: QMessageBox.ButtonRole, seen: list[str]) -> None:
    def do(box: object) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    _when_modal(QMessageBox, do)


def test_trust_shows_the_fingerprint_asks_the_password_and_forget_undoes_it(
    qtbot, panel: CentresPanel, tmp_path: Path
) -> None:
    written = make_centre(tmp_path / "centre", "Centrum Szkolenia")
    key = written.key.public
    assert panel.list.count() == 1 and "None yet" in panel.list.item(0).text()
    assert not panel.forget_button.isEnabled()

    seen: list[str] = []
    _click(QMessageBox.ButtonRole.RejectRole, seen)  # "Cancel": nothing changes
    panel.trust_file(written.public)
    assert "Centrum Szkolenia" in seen[0] and key.fingerprint[:4] in seen[0]
    assert panel.access.store.centres() == []

    _click(QMessageBox.ButtonRole.AcceptRole, seen)
    _answer_password(qtbot, PASSWORD)
    panel.trust_file(written.public)
    assert [k.fingerprint for k in panel.access.store.centres()] == [key.fingerprint]
    assert panel.list.item(0).text().startswith("Centrum Szkolenia · fingerprint ")
    assert panel.changed == [True]  # type: ignore[attr-defined]

    panel.list.setCurrentRow(0)
    told: list[str] = []

    def wrong_password(dialog: object) -> None:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("wrong password")
        dialog.accept()
        # Then the refusal, in words (not a traceback); nothing is forgotten.
        _when_modal(QMessageBox, lambda box: (told.append(box.text()), box.accept()))

    def forget(box: object) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        _when_modal(QInputDialog, wrong_password)
        next(
            b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole
        ).click()

    _when_modal(QMessageBox, forget)
    panel.forget_current()
    qtbot.waitUntil(lambda: bool(told))
    assert "Stop trusting Centrum Szkolenia" in seen[-1]
    assert "Wrong PIN or password" in told[0]
    assert len(panel.access.store.centres()) == 1

    # Forgotten with the right password.
    _click(QMessageBox.ButtonRole.DestructiveRole, seen)
    _answer_password(qtbot, PASSWORD)
    panel.forget_current()
    assert panel.access.store.centres() == []
    assert "None yet" in panel.list.item(0).text()


def test_a_file_that_is_not_a_key_is_refused_by_name(
    qtbot, panel: CentresPanel, tmp_path: Path
) -> None:
    bogus = tmp_path / "centrum.centre-pub.json"
    bogus.write_text('{"format": "something else"}', encoding="utf-8")
    seen: list[str] = []
    _click(QMessageBox.ButtonRole.AcceptRole, seen)
    panel.trust_file(bogus)
    assert "centrum.centre-pub.json" in seen[0] and "Nothing was changed" in seen[0]
    assert panel.access.store.centres() == []
