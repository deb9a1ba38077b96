"""The errors the services raise, for front ends to tell apart (defined where they arise)."""

from __future__ import annotations

from trainer.services.profile_names import ProfileNameError
from trainer.services.profiles import (
    InstructorExistsError,
    NotAnInstructorError,
    ProfileLockedError,
    WrongSecretError,
)
from trainer.services.secrets import SecretPolicyError
from trainer.storage.errors import (
    AnotherInstanceError,
    BackupError,
    DatabaseBusyError,
    DatabaseCorruptError,
    DatabaseTooNewError,
    DataLocationError,
    ProfileError,
    StorageError,
    StorageFullError,
    StorageIOError,
)

__all__ = [
    "AnotherInstanceError",
    "BackupError",
    "DataLocationError",
    "DatabaseBusyError",
    "DatabaseCorruptError",
    "DatabaseTooNewError",
    "InstructorExistsError",
    "NotAnInstructorError",
    "ProfileError",
    "ProfileLockedError",
    "ProfileNameError",
    "SecretPolicyError",
    "StorageError",
    "StorageFullError",
    "StorageIOError",
    "WrongSecretError",
]
