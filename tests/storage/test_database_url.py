"""Which database the app uses, and what it says when a server URL is wrong (issue 18.5).

These need no server: they run on every run. The server's own behaviour is in
tests/storage/test_postgres.py.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from trainer import paths
from trainer.paths import DATABASE_URL_FILE
from trainer.storage.database import classify
from trainer.storage.errors import (
    DatabaseBusyError,
    ServerDatabaseError,
    StorageError,
    StorageFullError,
    StorageIOError,
)
from trainer.storage.postgres import server_url

SERVER = "postgresql://trainer@centre.example/trainer"


@pytest.fixture
def real_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app's own ``database_url`` (the PostgreSQL run replaces it with a schema per
    folder: undone here, for the tests of the setting itself)."""
    monkeypatch.setattr(paths, "database_url", _REAL_DATABASE_URL)
    monkeypatch.delenv("TRAINER_DB_URL", raising=False)


_REAL_DATABASE_URL = paths.database_url


@pytest.mark.usefixtures("real_setting")
def test_the_flag_wins_then_the_environment_then_the_folder_setting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert paths.database_url(tmp_path) is None  # nothing set: the folder's SQLite file
    (tmp_path / DATABASE_URL_FILE).write_text(
        "# the centre's server\n\n  postgresql://from@file/db  \n", encoding="utf-8"
    )
    assert paths.database_url(tmp_path) == "postgresql://from@file/db"
    monkeypatch.setenv("TRAINER_DB_URL", "postgresql://from@env/db")
    assert paths.database_url(tmp_path) == "postgresql://from@env/db"
    assert paths.database_url(tmp_path, "postgresql://from@flag/db") == "postgresql://from@flag/db"
    # Empty means SQLite, and stops the search: a station can override a shared setting.
    assert paths.database_url(tmp_path, "") is None
    monkeypatch.setenv("TRAINER_DB_URL", "")
    assert paths.database_url(tmp_path) is None


@pytest.mark.usefixtures("real_setting")
def test_a_setting_that_holds_only_comments_means_sqlite(tmp_path: Path) -> None:
    (tmp_path / DATABASE_URL_FILE).write_text("# postgresql://not@used/db\n", encoding="utf-8")
    assert paths.database_url(tmp_path) is None


@pytest.mark.parametrize(
    "text", [SERVER, "postgres://trainer@centre/trainer", "postgresql+psycopg://u:pw@h:5433/d"]
)
def test_postgresql_urls_are_taken_with_psycopg(text: str) -> None:
    url = server_url(text)
    assert url.drivername == "postgresql+psycopg"
    assert url.database


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("sqlite:///progress.db", "not a PostgreSQL one"),
        ("mysql://u@h/d", "not a PostgreSQL one"),
        ("postgresql://u:secret@h", "names no database"),
        ("not a url at all", "is not a URL"),
    ],
)
def test_other_urls_are_refused_naming_them_without_the_password(text: str, said: str) -> None:
    with pytest.raises(ServerDatabaseError) as caught:
        server_url(text)
    assert said in str(caught.value)
    assert "secret" not in str(caught.value)


class _PgError(Exception):
    """Stands in for a psycopg error: its class name and SQLSTATE are what is read."""

    def __init__(self, message: str, sqlstate: str | None) -> None:
        super().__init__(message)
        self.sqlstate = sqlstate


class OperationalError(_PgError):
    """Named as psycopg's: a failure to connect carries no SQLSTATE."""


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (_PgError("could not extend file: No space left on device", "53100"), StorageFullError),
        (_PgError("could not read block", "58030"), StorageIOError),
        (_PgError("canceling statement due to lock timeout", "55P03"), DatabaseBusyError),
        (_PgError("password authentication failed", "28P01"), StorageError),
        (_PgError('database "nope" does not exist', "3D000"), StorageError),
        (_PgError("terminating connection due to administrator command", "57P01"), StorageError),
        (OperationalError("connection refused", None), StorageError),
    ],
)
def test_the_servers_environment_errors_become_clear_messages(
    error: BaseException, kind: type[StorageError]
) -> None:
    translated = classify(error)
    assert type(translated) is kind


@pytest.mark.parametrize(
    "error",
    [
        _PgError('syntax error at or near "SELEC"', "42601"),  # our query: a bug
        _PgError('column "rowid" does not exist', "42703"),
        _PgError("the query has no destination", None),  # no SQLSTATE, not a connection
    ],
)
def test_our_own_mistakes_stay_bugs(error: BaseException) -> None:
    assert classify(error) is None


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.mark.usefixtures("real_setting")
def test_an_unreachable_server_is_a_message_not_a_traceback(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"postgresql://trainer:Sekret-123@127.0.0.1:{_closed_port()}/trainer"
    result = run_cli("--data-dir", tmp_path / "data", "--db-url", url, "profile", "list")
    assert result.exit_code == 1
    assert "database server cannot be reached" in result.stderr
    assert "Traceback" not in result.stderr and "Sekret-123" not in result.stderr
    # The same through the environment, for a writing command.
    monkeypatch.setenv("TRAINER_DB_URL", url)
    result = run_cli("--data-dir", tmp_path / "data", "profile", "create", "Anna")
    assert result.exit_code == 1 and "cannot be reached" in result.stderr
    assert not (tmp_path / "data" / "progress.db").exists()  # no SQLite file instead


@pytest.mark.usefixtures("real_setting")
def test_a_url_that_is_not_postgresql_is_refused_by_the_cli(run_cli, tmp_path: Path) -> None:
    result = run_cli("--data-dir", tmp_path, "--db-url", "sqlite:///x.db", "profile", "list")
    assert result.exit_code == 1
    assert "not a PostgreSQL one" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.usefixtures("real_setting")
def test_without_the_driver_the_message_says_how_to_install_it(
    run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "psycopg", None)  # "import psycopg" raises ImportError
    result = run_cli("--data-dir", tmp_path, "--db-url", SERVER, "profile", "list")
    assert result.exit_code == 1
    assert "pip install 'hate-crime-trainer[postgres]'" in result.stderr


@pytest.mark.usefixtures("real_setting")
def test_the_desktop_app_gets_the_url_where_every_opening_looks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer import app

    seen: list[tuple[str | None, str | None]] = []
    monkeypatch.setattr(
        app, "_run_gui", lambda data_dir: seen.append((data_dir, paths.database_url(tmp_path)))
    )
    monkeypatch.setenv("TRAINER_DB_URL", "")  # restored after the test, whatever app sets
    app.main(["--data-dir", str(tmp_path), "--db-url", SERVER])
    assert seen == [(str(tmp_path), SERVER)]
