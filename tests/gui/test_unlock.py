"""A trainer unlocks a profile from the Profile menu, confirming with their password."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from trainer.storage.errors import ProfileError

pytestmark = pytest.mark.gui

PIN = "739154"
PASSWORD = "Silne-Haslo-2026"


def _lock(services, profile) -> None:
    for _ in range(5):
        with pytest.raises(ProfileError):
            services.profiles.sign_in(profile, "000001")


def test_only_a_trainer_sees_the_action_and_unlocks_with_the_right_password(
    window, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = window.context.services
    anna = services.profiles.create("Anna", secret=PIN)
    trainer = services.profiles.create("Instruktor Nowak", role="trainer", secret=PASSWORD)
    _lock(services, anna)

    window.profiles.signed_in.emit(anna)  # an officer (locked or not) never sees it
    assert not window.unlock_action.isVisible()
    window.sign_out()
    window.profiles.signed_in.emit(services.profiles.sign_in(trainer, PASSWORD))
    assert window.unlock_action.isVisible()

    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        warning = box.icon() == QMessageBox.Icon.Warning
        shown.append(("warning: " if warning else "") + box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (items[0], True)
    )
    passwords = iter(["wrong password", PASSWORD])
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(passwords), True))
    window.unlock_action.trigger()
    assert shown[-1].startswith("warning: ")
    assert [p.display_name for p in services.profiles.locked()] == ["Anna"]
    window.unlock_action.trigger()
    assert "Anna" in shown[-1] and not shown[-1].startswith("warning")
    assert services.profiles.locked() == []
    assert services.profiles.sign_in(anna, PIN).id == anna.id
    window.unlock_action.trigger()
    assert shown[-1] == window.tr("No profile is locked.")
