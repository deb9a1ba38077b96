"""Storage failures that are the environment's fault, each with a message for the user."""

from __future__ import annotations

from pathlib import Path

from trainer.domain.errors import TrainerError


class StorageError(TrainerError):
    """The progress database could not do what was asked; nothing was half-saved."""


class StorageFullError(StorageError):
    """The disk (or the database's size limit) is full."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Storage is full: your last answer is not saved. Free some disk space and try "
            "again; nothing saved before is lost." + (f" ({detail})" if detail else "")
        )


class StorageIOError(StorageError):
    """The disk reported an input/output error."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "The disk reported an error while saving: your last answer is not saved. "
            "Nothing saved before is lost." + (f" ({detail})" if detail else "")
        )


class BackupError(StorageError):
    """A backup could not be written (the database itself is untouched)."""

    def __init__(self, detail: str) -> None:
        self.detail = detail
        super().__init__(
            f"The backup could not be written ({detail}). Your progress database is unchanged "
            "and nothing is lost; free some disk space and try again."
        )


class DatabaseBusyError(StorageError):
    """Another program kept the database locked for too long."""

    def __init__(self) -> None:
        super().__init__(
            "The progress database is busy (another program is using it). Try again in a moment."
        )


class DatabaseCorruptError(StorageError):
    """The database file failed its integrity checks and was moved aside."""

    def __init__(self, moved_to: Path | None, backup: Path | None, detail: str) -> None:
        self.moved_to = moved_to
        self.backup = backup
        parts = [f"The progress database is damaged ({detail})."]
        if moved_to is not None:
            parts.append(f"It was moved aside, unchanged, to {moved_to}.")
        if backup is not None:
            parts.append(f"The newest good backup is {backup}: restore it to continue.")
        else:
            parts.append("No good backup was found; a new, empty database will be started.")
        super().__init__(" ".join(parts))


class DatabaseTooNewError(StorageError):
    """The database was written by a newer version of the app."""

    def __init__(self, path: Path | str, revision: str) -> None:
        self.revision = revision
        what = "database" if isinstance(path, str) else "file"  # str: a server's URL
        super().__init__(
            f"The progress database {path} was created by a newer version of the trainer "
            f"(schema {revision}). Update the app; the {what} was left unchanged."
        )


class ForeignDatabaseError(StorageError):
    """The file in the database's place is an SQLite database, but not this app's."""

    def __init__(self, path: Path | str, detail: str) -> None:
        if isinstance(path, str):  # a server's URL (without its password)
            advice = (
                "The database was left unchanged; give the trainer a database, or a schema "
                "(docs/postgres.md), of its own."
            )
        else:
            advice = (
                "The file was left unchanged; move it out of the data folder, or choose "
                "another data folder."
            )
        super().__init__(
            f"{path} is not this app's progress database ({detail}): it was not made by any "
            f"version of the trainer. {advice}"
        )


class AnotherInstanceError(StorageError):
    """The data folder is in use by another running copy of the app."""

    def __init__(self, data_dir: Path, *, instead: str | None = None) -> None:
        hint = f"Close it first, or {instead}" if instead else "Close the other window first."
        super().__init__(f"The trainer is already running with the data folder {data_dir}. {hint}")


class DataLocationError(StorageError):
    """The data folder is where a live database is not safe (see trainer.storage.location)."""

    def __init__(self, data_dir: Path, kind: str) -> None:
        self.data_dir = data_dir
        self.kind = kind
        where = {
            "network": "a network share",
            "synced": "a folder synced to the cloud",
            "removable": "a removable drive",
        }.get(kind, kind)
        super().__init__(
            f"The data folder {data_dir} is on {where}: the progress "
            "database must be on this computer's own disk, where no step can be lost. "
            "Choose a folder on this computer (--data-dir or TRAINER_DATA_DIR). To carry "
            "results on a USB stick, copy a file from the data folder's backups "
            "(trainer db backup makes one)."
        )


class ProfileError(TrainerError):
    """A profile operation that the input does not allow (bad PIN, unknown name, locked)."""


class ServerDatabaseError(StorageError):
    """Something about a PostgreSQL database server (its URL, driver or contents)."""


class SqliteOnlyError(StorageError):
    """An operation that works on the station's SQLite file only, asked of a server."""

    def __init__(self, what: str, instead: str) -> None:
        self.what = what
        super().__init__(
            f"{what} works on a station's SQLite database only; this trainer uses a "
            f"PostgreSQL server. {instead}"
        )


class ReadOnlyStoreError(StorageError):
    """A write was tried through a store opened for reading only (a bug in the caller)."""

    def __init__(self) -> None:
        super().__init__("The progress database was opened for reading only.")
