"""Who may do what from the command line: every administrative command needs an instructor.

Covers reliability.md T28 (a trainer can unlock, and the unlock is audited; wrong
instructor passwords lock like PINs) and T36/T37 (an officer's own export and
erasure, with their own PIN; someone else's only with an instructor).
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

INSTRUCTOR = "Instruktor Nowak"
PASSWORD = "Silne-Haslo-2026"
NEW_PASSWORD = "Drugie-Haslo-2027"
ANNA_PIN = "739154"
CELINA_PIN = "845271"


@dataclass(frozen=True)
class Laptop:
    """A data folder with an instructor, officers with PINs, a backup and a marker profile."""

    data: Path
    backup: Path


@pytest.fixture
def cli(run_cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> Callable[..., Any]:
    """``cli(stdin_lines, *args)``: run the CLI with these lines on standard input."""

    def run(lines: tuple[str, ...], *args: str | os.PathLike[str]) -> Any:
        monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{x}\n" for x in lines)))
        return run_cli(*args)

    return run


@pytest.fixture
def laptop(cli: Callable[..., Any], tmp_path: Path) -> Laptop:
    data = tmp_path / "data"
    for lines, args in (
        ((PASSWORD,), ("setup", INSTRUCTOR, "--secret-stdin")),
        ((ANNA_PIN,), ("profile", "create", "Anna", "--secret-stdin")),
        ((CELINA_PIN,), ("profile", "create", "Celina", "--secret-stdin")),
        ((), ("profile", "create", "Bartek")),
    ):
        result = cli(lines, *args, "--data-dir", data)
        assert result.exit_code == 0, (args, result.stderr)
    made = cli((), "db", "backup", "--data-dir", data)
    assert made.exit_code == 0, made.stderr
    # Created after the backup: a restore removes it.
    assert cli((), "profile", "create", "Marker", "--data-dir", data).exit_code == 0
    return Laptop(data, Path(made.stdout.strip()))


@pytest.fixture
def opened(laptop: Laptop) -> Callable[[], Any]:
    """Open the laptop's services for a look (a context manager)."""
    from contextlib import contextmanager

    from trainer.services.context import open_services

    @contextmanager
    def look() -> Iterator[Any]:
        services = open_services(laptop.data)
        try:
            yield services
        finally:
            services.close(backup=False)

    return look


def _audit(services: Any) -> list[tuple[str, str | None, str | None]]:
    from sqlalchemy import select

    from trainer.storage import schema

    with services.store.session() as session:
        rows = session.scalars(select(schema.AuditEntry).order_by(schema.AuditEntry.at))
        return [(r.action, r.subject_id, r.operator_id) for r in rows]


@dataclass(frozen=True)
class Command:
    """An administrative command: its arguments, the secrets it reads after the
    instructor's password, whether it happened, and the audit action it records."""

    name: str
    args: Callable[[Laptop], tuple[str | os.PathLike[str], ...]]
    extra_lines: tuple[str, ...]
    happened: Callable[[Any], bool]
    action: str
    missing_by_exit: int = 2


def _exists(name: str) -> Callable[[Any], bool]:
    return lambda services: services.store.find_profile(name) is not None


def _lock_anna(services: Any) -> None:
    from trainer.storage.errors import ProfileError

    anna = services.profiles.find("Anna")
    for _ in range(5):
        with pytest.raises(ProfileError):
            services.profiles.sign_in(anna, "000001")


COMMANDS = (
    Command(
        "create an instructor",
        lambda _: ("profile", "create", "Nowy Instruktor", "--trainer"),
        (NEW_PASSWORD,),
        _exists("Nowy Instruktor"),
        "create-trainer",
    ),
    Command(
        "unlock",
        lambda _: ("profile", "unlock", "Anna"),
        (),
        lambda services: not services.profiles.locked(),
        "unlock-profile",
    ),
    Command(
        "erase someone else's profile",
        lambda _: ("profile", "delete", "Anna", "--yes"),
        (),
        lambda services: services.store.find_profile("Anna") is None,
        "erase-profile",
    ),
    Command(
        "erase an instructor",
        lambda _: ("profile", "delete", "Nowy Instruktor", "--yes"),
        (),
        lambda services: services.store.find_profile("Nowy Instruktor") is None,
        "erase-profile",
    ),
    Command(
        "export someone else's profile",
        lambda _: ("profile", "export", "Anna", "--output", "anna.json"),
        (),
        lambda _services: Path("anna.json").is_file(),
        "export-profile",
    ),
    Command(
        "restore a backup",
        lambda laptop: ("db", "restore", laptop.backup),
        (),
        lambda services: services.store.find_profile("Marker") is None,
        "restore-backup",
    ),
    Command(
        "set the retention period",
        lambda _: ("db", "retention", "--months", "12", "--yes"),
        (),
        lambda services: services.store.retention_months() == 12,
        "set-retention",
    ),
    Command(
        "turn retention off",
        lambda _: ("db", "retention", "--off"),
        (),
        lambda services: any(a == "retention-off" for a, _, _ in _audit(services)),
        "retention-off",
    ),
)


@pytest.fixture
def prepared(laptop: Laptop, opened: Callable[[], Any], monkeypatch: pytest.MonkeyPatch) -> Laptop:
    """Anna locked, a second instructor to erase, the working folder a temp one."""
    from trainer.services.profiles import TRAINER

    monkeypatch.chdir(laptop.data.parent)
    with opened() as services:
        _lock_anna(services)
        services.profiles.create("Nowy Instruktor", TRAINER, NEW_PASSWORD)
    return laptop


def _failed_logins(opened: Callable[[], Any], name: str) -> int:
    with opened() as services:
        return int(services.profiles.find(name).failed_logins)


@pytest.mark.parametrize("command", COMMANDS, ids=[c.name for c in COMMANDS])
def test_an_administrative_command_needs_a_confirming_instructor(
    command: Command, prepared: Laptop, cli: Callable[..., Any], opened: Callable[[], Any]
) -> None:
    """T28: without --by, with a wrong password, with an officer: refused, nothing done;
    with the instructor's password: done, and the audit log names the instructor."""
    if command.name == "create an instructor":
        with opened() as services:  # the one the fixture made would be in the way
            services.profiles.erase(services.profiles.find("Nowy Instruktor"))
    args = (*command.args(prepared), "--data-dir", prepared.data)
    with opened() as services:
        before = _audit(services)
        assert not command.happened(services)

    missing = cli(command.extra_lines, *args)
    assert missing.exit_code in (1, 2), missing.stderr
    assert "--by" in missing.stderr and "Traceback" not in missing.stderr

    wrong = cli(
        ("not the password", *command.extra_lines), *args, "--by", INSTRUCTOR, "--secret-stdin"
    )
    assert wrong.exit_code == 1 and "wrong" in wrong.stderr.lower(), wrong.stderr
    assert _failed_logins(opened, INSTRUCTOR) == 1  # counted like a wrong PIN

    officer = cli((CELINA_PIN, *command.extra_lines), *args, "--by", "Celina", "--secret-stdin")
    assert officer.exit_code == 1 and "not an instructor" in officer.stderr, officer.stderr
    assert _failed_logins(opened, "Celina") == 0  # refused before any password was read

    with opened() as services:
        assert not command.happened(services)
        assert _audit(services) == before
        instructor_id = services.profiles.find(INSTRUCTOR).id

    right = cli((PASSWORD, *command.extra_lines), *args, "--by", INSTRUCTOR, "--secret-stdin")
    assert right.exit_code == 0, right.stderr
    with opened() as services:
        assert command.happened(services)
        assert (command.action, instructor_id) in [(a, op) for a, _, op in _audit(services)]
        assert services.profiles.find(INSTRUCTOR).failed_logins == 0


def test_wrong_instructor_passwords_lock_the_instructor_like_pins(
    prepared: Laptop, cli: Callable[..., Any], opened: Callable[[], Any]
) -> None:
    """T28: five wrong --by passwords lock the instructor; then even the right one is refused."""
    args = ("profile", "unlock", "Anna", "--by", INSTRUCTOR, "--secret-stdin")
    for _ in range(5):
        assert cli(("guess-guess-guess",), *args, "--data-dir", prepared.data).exit_code == 1
    right = cli((PASSWORD,), *args, "--data-dir", prepared.data)
    assert right.exit_code == 1 and "locked" in right.stderr, right.stderr
    with opened() as services:
        assert {p.display_name for p in services.profiles.locked()} == {INSTRUCTOR, "Anna"}


def test_setup_makes_the_first_instructor_once(cli: Callable[..., Any], tmp_path: Path) -> None:
    """The first instructor comes from `trainer setup`; after that it is refused, and
    `profile create --trainer` never makes the first one."""
    from trainer.services.context import open_services

    data = tmp_path / "data"
    early = cli(
        (PASSWORD,), "profile", "create", "Eager", "--trainer", "--secret-stdin", "--data-dir", data
    )
    assert early.exit_code == 2 and "trainer setup" in early.stderr, early.stderr
    weak = cli(("short",), "setup", INSTRUCTOR, "--secret-stdin", "--data-dir", data)
    assert weak.exit_code == 1 and "12 characters" in weak.stderr
    first = cli((PASSWORD,), "setup", INSTRUCTOR, "--secret-stdin", "--data-dir", data)
    assert first.exit_code == 0, first.stderr
    again = cli((NEW_PASSWORD,), "setup", "Someone Else", "--secret-stdin", "--data-dir", data)
    assert again.exit_code == 1 and "already set up" in again.stderr, again.stderr
    services = open_services(data)
    try:
        instructor = services.profiles.find(INSTRUCTOR)
        assert instructor.role == "trainer"
        assert services.store.find_profile("Someone Else") is None
        assert services.store.find_profile("Eager") is None
        assert ("setup-trainer", instructor.id, instructor.id) in _audit(services)
    finally:
        services.close(backup=False)


def test_an_officer_signs_themselves_up_without_anyone(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    assert cli((), "profile", "create", "Anna", "--data-dir", data).exit_code == 0
    assert (
        cli((ANNA_PIN,), "profile", "create", "Ola", "--secret-stdin", "--data-dir", data).exit_code
        == 0
    )


def test_an_officer_exports_and_erases_their_own_profile_with_their_pin(
    laptop: Laptop, cli: Callable[..., Any], opened: Callable[[], Any]
) -> None:
    """T36/T37: the officer's own PIN is enough for their own data; a wrong one counts."""
    data = ("--data-dir", laptop.data)
    wrong = cli(("000001",), "profile", "export", "Anna", "--secret-stdin", *data)
    assert wrong.exit_code == 1 and "wrong" in wrong.stderr.lower()
    assert _failed_logins(opened, "Anna") == 1
    exported = cli((ANNA_PIN,), "profile", "export", "Anna", "--secret-stdin", *data)
    assert exported.exit_code == 0, exported.stderr
    assert exported.json()["profile"]["display_name"] == "Anna"

    with opened() as services:
        anna_id = services.profiles.find("Anna").id
    assert (
        cli(("000001",), "profile", "delete", "Anna", "--yes", "--secret-stdin", *data).exit_code
        == 1
    )
    erased = cli((ANNA_PIN,), "profile", "delete", "Anna", "--yes", "--secret-stdin", *data)
    assert erased.exit_code == 0, erased.stderr
    with opened() as services:
        assert services.store.find_profile("Anna") is None
        assert ("erase-profile", anna_id, anna_id) in _audit(services)


def test_a_laptop_without_an_instructor_restores_without_one(
    cli: Callable[..., Any], tmp_path: Path
) -> None:
    """T11: a new (or just recovered) database has no one to ask: restore is open, as the
    app's recovery dialog is; naming an instructor there is refused, not guessed."""
    from trainer.services.context import open_services

    data = tmp_path / "data"
    assert cli((), "profile", "create", "Anna", "--data-dir", data).exit_code == 0
    backup = cli((), "db", "backup", "--data-dir", data).stdout.strip()
    assert cli((), "profile", "create", "Marker", "--data-dir", data).exit_code == 0
    nobody = cli(
        (PASSWORD,), "db", "restore", backup, "--by", "Ghost", "--secret-stdin", "--data-dir", data
    )
    assert nobody.exit_code == 1 and "trainer setup" in nobody.stderr, nobody.stderr
    restored = cli((), "db", "restore", backup, "--data-dir", data)
    assert restored.exit_code == 0, restored.stderr
    services = open_services(data)
    try:
        assert services.store.find_profile("Marker") is None
        assert not [a for a in _audit(services) if a[0] == "restore-backup"]  # no one named
    finally:
        services.close(backup=False)


def test_erasing_a_profile_without_a_pin_needs_an_instructor(
    laptop: Laptop, cli: Callable[..., Any], opened: Callable[[], Any]
) -> None:
    """T36: nothing shows who owns a profile without a PIN, and an erasure is final."""
    data = ("--data-dir", laptop.data)
    assert cli((), "profile", "create", "Ola", *data).exit_code == 0
    refused = cli((), "profile", "delete", "Ola", "--yes", *data)
    assert refused.exit_code == 2 and "--by" in refused.stderr, refused.stderr
    with opened() as services:
        ola_id = services.profiles.find("Ola").id
    erased = cli(
        (PASSWORD,),
        "profile",
        "delete",
        "Ola",
        "--yes",
        "--by",
        INSTRUCTOR,
        "--secret-stdin",
        *data,
    )
    assert erased.exit_code == 0, erased.stderr
    with opened() as services:
        assert services.store.find_profile("Ola") is None
        instructor_id = services.profiles.find(INSTRUCTOR).id
        assert ("erase-profile", ola_id, instructor_id) in _audit(services)
