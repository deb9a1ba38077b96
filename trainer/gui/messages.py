"""Error messages in the UI language for the errors an officer can cause or meet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainer.domain.errors import TrainerError
from trainer.services.errors import (
    AnotherInstanceError,
    BackupError,
    DatabaseBusyError,
    DataLocationError,
    InstructorExistsError,
    ProfileLockedError,
    ProfileNameError,
    SecretPolicyError,
    StorageFullError,
    StorageIOError,
    WrongSecretError,
)
from trainer.services.library import ScenarioChangedError
from trainer.services.profile_names import MAX_NAME_CHARS, printable
from trainer.services.secrets import MIN_PASSWORD_CHARS, MIN_PIN_DIGITS


def describe(error: TrainerError) -> str:
    """A sentence for the user; falls back to the error's own (English) text."""
    if isinstance(error, ProfileLockedError):
        until = error.until.astimezone().strftime("%H:%M")
        return QCoreApplication.translate(
            "Messages",
            "Too many wrong attempts: this profile is locked until %1. "
            "An instructor can unlock it.",
        ).replace("%1", until)
    if isinstance(error, InstructorExistsError):
        return QCoreApplication.translate(
            "Messages",
            "This laptop already has an instructor. Further instructors are added by an "
            "instructor.",
        )
    if isinstance(error, WrongSecretError):
        return QCoreApplication.translate(
            "Messages", "Wrong PIN or password. Tries left before a lock: %1."
        ).replace("%1", str(error.tries_left))
    if isinstance(error, ProfileNameError):
        return _name_problem(error)
    if isinstance(error, SecretPolicyError):
        texts = {
            "pin-digits": QCoreApplication.translate("Messages", "A PIN is made of digits only."),
            "pin-short": QCoreApplication.translate(
                "Messages", "A PIN needs at least %1 digits."
            ).replace("%1", str(MIN_PIN_DIGITS)),
            "pin-repeat": QCoreApplication.translate(
                "Messages", "A PIN cannot repeat one digit (like 000000)."
            ),
            "pin-pattern": QCoreApplication.translate(
                "Messages", "A PIN cannot repeat a short group of digits (like 121212)."
            ),
            "pin-run": QCoreApplication.translate(
                "Messages", "A PIN cannot be a run of digits (like 123456)."
            ),
            "password-short": QCoreApplication.translate(
                "Messages", "An instructor's password needs at least %1 characters."
            ).replace("%1", str(MIN_PASSWORD_CHARS)),
            "password-variety": QCoreApplication.translate(
                "Messages", "The password uses too few different characters."
            ),
        }
        return texts.get(error.code, str(error))
    if isinstance(error, ScenarioChangedError):
        return QCoreApplication.translate(
            "Messages",
            "This scenario's file changed since the library was shown and cannot be played "
            "now. The library shows it as it is.",
        )
    if isinstance(error, BackupError):
        return QCoreApplication.translate(
            "Messages",
            "The backup could not be written (the disk may be full). Your progress is safe "
            "and unchanged.",
        )
    if isinstance(error, StorageFullError):
        return QCoreApplication.translate(
            "Messages",
            "The disk is full: your last answer is not saved. Free some space and try again; "
            "nothing saved before is lost.",
        )
    if isinstance(error, StorageIOError):
        return QCoreApplication.translate(
            "Messages",
            "The disk reported an error while saving: your last answer is not saved. "
            "Nothing saved before is lost.",
        )
    if isinstance(error, DatabaseBusyError):
        return QCoreApplication.translate(
            "Messages", "The progress database is busy. Try again in a moment."
        )
    if isinstance(error, AnotherInstanceError):
        return QCoreApplication.translate(
            "Messages",
            "The program is already open on this computer. Close the other window first.",
        )
    if isinstance(error, DataLocationError):
        where = {
            "network": QCoreApplication.translate("Messages", "a network drive"),
            "synced": QCoreApplication.translate("Messages", "a folder synced to the cloud"),
            "removable": QCoreApplication.translate("Messages", "a removable drive (USB)"),
        }.get(error.kind, error.kind)
        return (
            QCoreApplication.translate(
                "Messages",
                "The data folder %1 is on %2. Progress is saved only on this computer's own "
                "disk, where no answer can be lost: ask your instructor to choose a folder "
                "on this computer.",
            )
            .replace("%1", str(error.data_dir))
            .replace("%2", where)
        )
    return str(error)


def _name_problem(error: ProfileNameError) -> str:
    """Why a profile name was refused, in the UI language."""
    if error.code == "name-control":
        return QCoreApplication.translate(
            "Messages",
            "A profile name cannot contain control characters (here %1). Type the name "
            "with letters, digits, spaces and punctuation only.",
        ).replace("%1", error.character)
    if error.code == "name-invisible":
        return QCoreApplication.translate(
            "Messages",
            "A profile name cannot contain invisible or text-direction characters "
            "(here %1), so that no two names look alike. Type the name again "
            "instead of pasting it.",
        ).replace("%1", error.character)
    if error.code == "name-taken":
        return QCoreApplication.translate(
            "Messages",
            "A profile with this name already exists (%1). Names that differ only in "
            "capital letters, letter width or spaces are the same name.",
        ).replace("%1", printable(error.name))
    return QCoreApplication.translate(
        "Messages", "A profile name needs 1 to %1 characters."
    ).replace("%1", str(MAX_NAME_CHARS))
