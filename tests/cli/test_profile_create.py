"""`trainer setup` and `trainer profile create`: officers, and the first instructor with a
password from stdin."""

from __future__ import annotations

import io
from typing import Any

import pytest


def test_an_instructor_is_created_with_a_hashed_password(
    run_cli, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO("Silne-Haslo-2026\n"))
    result = run_cli("setup", "Instruktor Nowak", "--secret-stdin", "--data-dir", data)
    assert result.exit_code == 0, result.stderr
    listing = run_cli("profile", "list", "--data-dir", data).stdout
    assert "Instruktor Nowak" in listing and "trainer" in listing
    assert b"Silne-Haslo-2026" not in (data / "progress.db").read_bytes()


def test_a_weak_password_or_none_is_refused(
    run_cli, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    weak = run_cli("setup", "A", "--secret-stdin", "--data-dir", data)
    assert weak.exit_code == 1 and "12 characters" in weak.stderr
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    missing = run_cli("setup", "B", "--data-dir", data)
    assert missing.exit_code == 2 and "password" in missing.stderr
    officer = run_cli("profile", "create", "Officer C", "--data-dir", data)
    assert officer.exit_code == 0
    assert "Officer C" in run_cli("profile", "list", "--data-dir", data).stdout


def test_an_instructor_unlocks_a_locked_profile_with_their_password(
    run_cli, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.services.context import open_services
    from trainer.storage.errors import ProfileError

    data = tmp_path / "data"
    monkeypatch.setattr("sys.stdin", io.StringIO("Silne-Haslo-2026\n"))
    assert run_cli("setup", "Instruktor Nowak", "--secret-stdin", "--data-dir", data).exit_code == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("739154\n"))
    assert run_cli("profile", "create", "Anna", "--secret-stdin", "--data-dir", data).exit_code == 0
    services = open_services(data)
    try:
        anna = services.profiles.find("Anna")
        for _ in range(5):
            with pytest.raises(ProfileError):
                services.profiles.sign_in(anna, "000001")
    finally:
        services.close(backup=False)
    assert "locked" in run_cli("profile", "list", "--data-dir", data).stdout

    def unlock_anna(by: str, secret: str) -> Any:
        monkeypatch.setattr("sys.stdin", io.StringIO(secret + "\n"))
        return run_cli(
            "profile", "unlock", "Anna", "--by", by, "--secret-stdin", "--data-dir", data
        )

    wrong = unlock_anna("Instruktor Nowak", "wrong password")
    assert wrong.exit_code == 1 and "wrong" in wrong.stderr.lower()
    officer = unlock_anna("Anna", "739154")
    assert officer.exit_code == 1 and "not an instructor" in officer.stderr
    ok = unlock_anna("Instruktor Nowak", "Silne-Haslo-2026")
    assert ok.exit_code == 0, ok.stderr
    assert "locked" not in run_cli("profile", "list", "--data-dir", data).stdout
