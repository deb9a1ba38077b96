"""The first-run choice: "Set up this laptop for an instructor…" on the profile screen.

Covers reliability.md T27 (the instructor's password is stored as an Argon2id hash
under the 12-character rule) for the app's only way to make an instructor.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from tests.gui.message_boxes import click
from trainer.gui.profiles.setup_dialog import InstructorSetupDialog

pytestmark = pytest.mark.gui

NAME = "Instruktor Nowak"
PASSWORD = "Silne-Haslo-2026"


def _dialog(window) -> InstructorSetupDialog:
    found = window.findChild(InstructorSetupDialog)
    assert found is not None and found.isVisible()
    return found


def _type(qtbot, dialog: InstructorSetupDialog, name: str, password: str, again: str) -> None:
    for edit, text in (
        (dialog.name_edit, name),
        (dialog.password_edit, password),
        (dialog.again_edit, again),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def _audit_actions(services) -> list[tuple[str, str | None, str | None]]:
    from sqlalchemy import select

    from trainer.storage import schema

    with services.store.session() as session:
        rows = session.scalars(select(schema.AuditEntry))
        return [(r.action, r.subject_id, r.operator_id) for r in rows]


def test_the_first_instructor_is_set_up_once_from_the_profile_menu(
    window, qtbot, answer_box
) -> None:
    services = window.context.services
    services.profiles.create("Anna")  # an officer is no instructor: the choice stays
    window.sign_out()
    assert window.setup_action in window.profile_menu.actions()
    assert window.setup_action.isVisible()
    window.profiles.signed_in.emit(services.profiles.find("Anna"))
    assert not window.setup_action.isVisible()  # never while someone is signed in
    window.sign_out()

    window.setup_action.trigger()
    dialog = _dialog(window)
    _type(qtbot, dialog, NAME, "short", "short")
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "12" in dialog.error.text()
    _type(qtbot, dialog, NAME, PASSWORD, PASSWORD + "x")
    assert dialog.isVisible() and dialog.error.text() == dialog.tr("The two passwords differ.")
    assert services.store.find_profile(NAME) is None

    asked = answer_box(qtbot, click(qtbot, QMessageBox.ButtonRole.AcceptRole))
    _type(qtbot, dialog, NAME, PASSWORD, PASSWORD)
    qtbot.waitUntil(lambda: bool(asked))
    assert NAME in asked[0].text

    instructor = services.profiles.find(NAME)
    assert instructor.role == "trainer"
    assert instructor.secret_hash is not None and instructor.secret_hash.startswith("$argon2id$")
    assert ("setup-trainer", instructor.id, instructor.id) in _audit_actions(services)
    listed = [
        window.profiles.profiles.item(i).text() for i in range(window.profiles.profiles.count())
    ]
    password = window.profiles.tr("password")  # "hasło" in the Polish UI
    assert f"{NAME}  ({password})" in listed  # signing in asks a password, not a PIN
    assert not window.setup_action.isVisible()  # gone once an instructor exists
    window.profiles.signed_in.emit(services.profiles.sign_in(instructor, PASSWORD))
    window.sign_out()
    assert not window.setup_action.isVisible()


def test_the_setup_is_refused_when_an_instructor_already_exists(window, qtbot) -> None:
    """Even a dialog left open (or reached another way) cannot make a second first one."""
    from trainer.gui.messages import describe
    from trainer.services.errors import InstructorExistsError

    services = window.context.services
    dialog = InstructorSetupDialog(services.profiles, window)
    dialog.show()
    services.profiles.set_up_first_trainer(NAME, PASSWORD)
    _type(qtbot, dialog, "Someone Else", "Inne-Haslo-2027", "Inne-Haslo-2027")
    assert dialog.isVisible() and dialog.error.text() == describe(InstructorExistsError())
    assert services.store.find_profile("Someone Else") is None
    dialog.close()
