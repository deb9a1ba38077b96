"""``trainer keys``, signed ``pack`` commands, ``setup --trust`` and encrypted ``results``
through the CLI's entry point: messages, exit codes, and what is written."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.cli.cli_support import REPO_ROOT
from tests.exchange.key_support import PASSPHRASE, make_centre
from tests.exchange.pack_support import make_scenario, members_of, snapshot, write_zip
from tests.play_support import play_tokens
from tests.shares_support import BEST, TUTORIAL
from trainer.domain.model import Mode
from trainer.scenario_io.reader import load_scenario
from trainer.services.context import open_services

INSTRUCTOR = "Instruktor Nowak"
PASSWORD = "Silne-Haslo-2026"
CENTRE = "Centrum Szkolenia Policji"

Cli = Callable[..., Any]


@pytest.fixture
def cli(run_cli: Callable[..., Any], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """``cli(stdin_lines, *args)``: run the CLI with these lines on standard input."""

    def run(lines: tuple[str, ...], *args: str | os.PathLike[str]) -> Any:
        monkeypatch.setattr("sys.stdin", io.StringIO("".join(f"{x}\n" for x in lines)))
        return run_cli(*args)

    return run


@pytest.fixture
def centre(tmp_path: Path) -> Any:
    """A centre's key files, made cheaply (the CLI's own create is tested below)."""
    return make_centre(tmp_path / "centre", CENTRE)


def station_at(cli: Cli, data: Path, *extra: str | os.PathLike[str]) -> Path:
    made = cli((PASSWORD,), "setup", INSTRUCTOR, "--secret-stdin", "--data-dir", data, *extra)
    assert made.exit_code == 0, made.stderr
    return data


def by(*args: str | os.PathLike[str]) -> tuple[str | os.PathLike[str], ...]:
    return (*args, "--by", INSTRUCTOR, "--secret-stdin")


# -- keys create -----------------------------------------------------------------------------


def test_keys_create(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "keys"
    made = cli(
        ("dlugie haslo centrum 2026",),
        "keys",
        "create",
        "--centre",
        "Centrum Szkolenia Policji w Legionowie",
        "-o",
        out,
        "--passphrase-stdin",
        "--json",
    )
    assert made.exit_code == 0, made.stderr
    report = made.json()
    private, public = Path(report["private_key_file"]), Path(report["public_key_file"])
    assert private.parent == public.parent == out
    assert report["centre"] == "Centrum Szkolenia Policji w Legionowie"
    assert json.loads(public.read_text("utf-8"))["fingerprint"] == report["fingerprint"]
    if os.name == "posix":
        assert stat.S_IMODE(private.stat().st_mode) == 0o600
    before = private.read_bytes()
    again = cli(
        ("dlugie haslo centrum 2026",),
        *("keys", "create", "--centre", "Centrum Szkolenia Policji w Legionowie", "-o", out),
        "--passphrase-stdin",
    )
    assert again.exit_code == 1 and "never overwritten" in again.stderr
    assert private.read_bytes() == before


@pytest.mark.parametrize("passphrase", ["", "krotkie"])
def test_keys_create_refuses_a_weak_passphrase(cli: Cli, tmp_path: Path, passphrase: str) -> None:
    made = cli(
        (passphrase,),
        *("keys", "create", "--centre", CENTRE, "-o", tmp_path / "k", "--passphrase-stdin"),
    )
    assert made.exit_code == 2 and "passphrase" in made.stderr
    assert not (tmp_path / "k").exists()


def test_keys_create_without_a_terminal_or_stdin(cli: Cli, tmp_path: Path) -> None:
    made = cli((), "keys", "create", "--centre", CENTRE, "-o", tmp_path / "k")
    assert made.exit_code == 2 and "--passphrase-stdin" in made.stderr


# -- trust, list, forget, setup --trust ------------------------------------------------------


def test_trust_list_forget(cli: Cli, tmp_path: Path, centre: Any) -> None:
    data = station_at(cli, tmp_path / "station")
    assert cli((), "keys", "list", "--data-dir", data).stdout == (
        "no centre is trusted on this station\n"
    )
    refused = cli((), "keys", "trust", centre.public, "--data-dir", data)
    assert refused.exit_code == 2 and "--by INSTRUCTOR" in refused.stderr
    wrong = cli(("wrong password!!",), *by("keys", "trust", centre.public, "--data-dir", data))
    assert wrong.exit_code == 1 and not (data / "trust").exists()
    trusted = cli((PASSWORD,), *by("keys", "trust", centre.public, "--data-dir", data))
    assert trusted.exit_code == 0, trusted.stderr
    fingerprint = " ".join(
        centre.key.fingerprint[i : i + 4] for i in range(0, 16, 4)
    )  # as people read it
    assert f"'{CENTRE}' (key {fingerprint}) now trusted" in trusted.stderr
    listed = cli((), "keys", "list", "--json", "--data-dir", data)
    assert listed.json() == [
        {"centre": CENTRE, "fingerprint": fingerprint, "created_at": "2026-05-01T08:00:00+00:00"}
    ]
    assert fingerprint in cli((), "keys", "list", "--data-dir", data).stdout
    private = cli((PASSWORD,), *by("keys", "trust", centre.private, "--data-dir", data))
    assert private.exit_code == 1 and "PRIVATE key file" in private.stderr
    bad = cli((PASSWORD,), *by("keys", "forget", "xyz", "--data-dir", data))
    assert bad.exit_code == 2 and "fingerprint" in bad.stderr
    forgot = cli((PASSWORD,), *by("keys", "forget", fingerprint, "--data-dir", data))
    assert forgot.exit_code == 0, forgot.stderr
    assert "no longer trusted" in forgot.stderr
    assert cli((), "keys", "list", "--json", "--data-dir", data).json() == []
    again = cli((PASSWORD,), *by("keys", "forget", centre.key.fingerprint, "--data-dir", data))
    assert again.exit_code == 1 and "no trusted centre" in again.stderr


def test_setup_with_trust(cli: Cli, tmp_path: Path, centre: Any) -> None:
    data = station_at(cli, tmp_path / "station", "--trust", centre.public)
    listed = cli((), "keys", "list", "--json", "--data-dir", data).json()
    assert [entry["centre"] for entry in listed] == [CENTRE]


def test_setup_with_a_bad_key_file_sets_up_nothing(cli: Cli, tmp_path: Path) -> None:
    junk = tmp_path / "junk.centre-pub.json"
    junk.write_text("{}", encoding="utf-8")
    data = tmp_path / "station"
    made = cli(
        (PASSWORD,), "setup", INSTRUCTOR, "--secret-stdin", "--data-dir", data, "--trust", junk
    )
    assert made.exit_code == 1 and str(junk) in made.stderr
    assert not data.exists()


# -- signed packs --------------------------------------------------------------------------------


def test_signed_pack_imports_as_official_without_an_instructor(
    cli: Cli, tmp_path: Path, centre: Any
) -> None:
    data = station_at(cli, tmp_path / "station", "--trust", centre.public)
    scenario = make_scenario(tmp_path / "authoring", "park-incident")
    pack = tmp_path / "park.zip"
    signed = cli(
        (PASSPHRASE,),
        *("pack", "export", scenario, "-o", pack, "--sign", centre.private),
        "--passphrase-stdin",
    )
    assert signed.exit_code == 0, signed.stderr
    assert f"signed by '{CENTRE}'" in signed.stderr
    imported = cli((), "pack", "import", pack, "--json", "--data-dir", data)
    assert imported.exit_code == 0, imported.stderr
    [outcome] = imported.json()
    assert (outcome["action"], outcome["official"], outcome["signed_by"]) == (
        "installed",
        True,
        CENTRE,
    )
    [entry] = [
        e
        for e in cli((), "scenarios", "list", "--json", "--data-dir", data).json()
        if e["id"] == "park-incident"
    ]
    assert (entry["official"], entry["signed_by"]) == (True, CENTRE)
    text = cli((), "scenarios", "list", "--data-dir", data).stdout
    assert f"official   {data / 'scenarios' / 'park-incident'} (signed by {CENTRE})" in text


def test_a_wrong_passphrase_writes_no_pack(cli: Cli, tmp_path: Path, centre: Any) -> None:
    pack = tmp_path / "p.zip"
    made = cli(
        ("not the passphrase",),
        *("pack", "export", "tutorial", "-o", pack, "--sign", centre.private),
        "--passphrase-stdin",
    )
    assert made.exit_code == 1 and "passphrase is wrong" in made.stderr
    assert not pack.exists()
    public = cli(
        (PASSPHRASE,),
        *("pack", "export", "tutorial", "-o", pack, "--sign", centre.public),
        "--passphrase-stdin",
    )
    assert public.exit_code == 1 and "private one" in public.stderr and not pack.exists()


def test_unsigned_and_tampered_packs(cli: Cli, tmp_path: Path, centre: Any) -> None:
    data = station_at(cli, tmp_path / "station", "--trust", centre.public)
    pack = tmp_path / "plain.zip"
    assert cli((), "pack", "export", "tutorial", "-o", pack).exit_code == 0
    renamed = make_scenario(tmp_path / "authoring", "park-incident")
    assert cli((), "pack", "export", renamed, "-o", pack, "--force").exit_code == 0
    before = snapshot(data)
    refused = cli((), "pack", "import", pack, "--data-dir", data)
    assert refused.exit_code == 1
    assert "not signed" in refused.stderr and "--by INSTRUCTOR" in refused.stderr
    assert snapshot(data) == before
    confirmed = cli((PASSWORD,), *by("pack", "import", pack, "--data-dir", data))
    assert confirmed.exit_code == 0, confirmed.stderr
    assert "installed: new" in confirmed.stdout and "unofficial" in confirmed.stderr
    # A signed pack with one byte of its signature changed: refused even with --by.
    signed = tmp_path / "signed.zip"
    cli(
        (PASSPHRASE,),
        *("pack", "export", renamed, "-o", signed, "--sign", centre.private),
        "--passphrase-stdin",
    )
    members = members_of(signed)
    value = json.loads(members["manifest.json.sig"])
    value["signature"] = ("B" if value["signature"][0] == "A" else "A") + value["signature"][1:]
    members["manifest.json.sig"] = json.dumps(value).encode()
    write_zip(signed, sorted(members.items()))
    before = snapshot(data)
    tampered = cli((PASSWORD,), *by("pack", "import", signed, "--data-dir", data))
    assert tampered.exit_code == 1
    assert "manifest.json.sig" in tampered.stderr and "nothing was installed" in tampered.stderr
    assert snapshot(data) == before


# -- encrypted results ---------------------------------------------------------------------------


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 5, 4, 8, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.now += dt.timedelta(seconds=20)
        return self.now


def played(data: Path) -> None:
    """Two officers' finished attempts at the station in ``data``."""
    services = open_services(data, clock=Clock())
    try:
        loaded = load_scenario(TUTORIAL)
        for name in ("Anna Kowalska", "Bartek Zieliński"):
            officer = services.profiles.create(name)
            active = services.play.start(officer, loaded, mode=Mode.PRACTICE, language="pl")
            play_tokens(services.play, active, BEST)
    finally:
        services.close(backup=False)


def test_results_are_encrypted_to_the_trusted_centre(cli: Cli, tmp_path: Path, centre: Any) -> None:
    station = station_at(cli, tmp_path / "station", "--trust", centre.public)
    played(station)
    sealed = tmp_path / "stick" / "results.bin"
    sealed.parent.mkdir()
    made = cli((PASSWORD,), *by("results", "export", "-o", sealed, "--data-dir", station))
    assert made.exit_code == 0, made.stderr
    assert "exported 2 attempt(s)" in made.stdout
    assert f"encrypted for the centre '{CENTRE}'" in made.stdout
    data = sealed.read_bytes()
    assert b"Kowalska" not in data and b"tutorial" not in data

    hq = station_at(cli, tmp_path / "hq")
    no_key = cli((PASSWORD,), *by("results", "import", sealed, "--data-dir", hq))
    assert no_key.exit_code == 1
    assert str(sealed) in no_key.stderr and f"'{CENTRE}'" in no_key.stderr
    assert "--key" in no_key.stderr and "Traceback" not in no_key.stderr
    wrong = cli(
        (PASSWORD, "not the passphrase"),
        *by("results", "import", sealed, "--key", centre.private, "--passphrase-stdin"),
        *("--data-dir", hq),
    )
    assert wrong.exit_code == 1 and "passphrase is wrong" in wrong.stderr
    opened = cli(
        (PASSWORD, PASSPHRASE),
        *by("results", "import", sealed, "--key", centre.private, "--passphrase-stdin"),
        *("--json", "--data-dir", hq),
    )
    assert opened.exit_code == 0, opened.stderr
    assert opened.json()["attempts_added"] == 2


def test_without_a_trusted_centre_the_export_is_plain_and_says_so(cli: Cli, tmp_path: Path) -> None:
    station = station_at(cli, tmp_path / "station")
    made = cli(
        (PASSWORD,), *by("results", "export", "-o", tmp_path / "r.gz"), "--data-dir", station
    )
    assert made.exit_code == 0, made.stderr
    assert "not encrypted" in made.stderr
    assert (tmp_path / "r.gz").read_bytes().startswith(b"\x1f\x8b")


def test_several_trusted_centres_need_to(cli: Cli, tmp_path: Path, centre: Any) -> None:
    station = station_at(cli, tmp_path / "station", "--trust", centre.public)
    second = make_centre(tmp_path / "second", "Centrum Wschód")
    cli((PASSWORD,), *by("keys", "trust", second.public, "--data-dir", station))
    target = tmp_path / "r.bin"
    refused = cli((PASSWORD,), *by("results", "export", "-o", target, "--data-dir", station))
    assert refused.exit_code == 2 and "--to FINGERPRINT" in refused.stderr
    assert "Centrum Wschód" in refused.stderr and not target.exists()
    unknown = cli(
        (PASSWORD,),
        *by("results", "export", "-o", target, "--to", "0000000000000000"),
        *("--data-dir", station),
    )
    assert unknown.exit_code == 2 and "no trusted centre" in unknown.stderr
    chosen = cli(
        (PASSWORD,),
        *by("results", "export", "-o", target, "--to", second.key.fingerprint, "--json"),
        *("--data-dir", station),
    )
    assert chosen.exit_code == 0, chosen.stderr
    assert chosen.json()["encrypted_for"]["centre"] == "Centrum Wschód"


def test_real_entry_point_never_shows_a_traceback(tmp_path: Path, centre: Any) -> None:
    """The installed command in a child process: an encrypted file without its key."""
    env = {**os.environ, "TRAINER_DATA_DIR": str(tmp_path / "hq")}
    fake = tmp_path / "fake.bin"
    fake.write_bytes(b"TRAINER-SEALED\n\x00\x01" + b"\x00" * 100)

    def run(*args: str | os.PathLike[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "trainer", *map(os.fspath, args)],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO_ROOT,
            timeout=120,
            input=stdin,
        )

    assert run("setup", INSTRUCTOR, "--secret-stdin", stdin=f"{PASSWORD}\n").returncode == 0
    result = run(*by("results", "import", fake), stdin=f"{PASSWORD}\n")
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr and "--key" in result.stderr


def test_the_passphrase_is_written_nowhere(cli: Cli, tmp_path: Path) -> None:
    """T30 for the centre's passphrase: after making a key, signing, trusting, exporting
    and importing, no file anywhere under the test folder holds it (UTF-8 or UTF-16)."""
    canary = "Canary-Passphrase-7391-kanarek"
    keys = tmp_path / "keys"
    made = cli((canary,), "keys", "create", "--centre", CENTRE, "-o", keys, "--passphrase-stdin")
    assert made.exit_code == 0, made.stderr
    private = next(keys.glob("*.centre-key.json"))
    public = next(keys.glob("*.centre-pub.json"))
    station = station_at(cli, tmp_path / "station", "--trust", public)
    played(station)
    signed = cli(
        (canary,),
        *("pack", "export", "tutorial", "-o", tmp_path / "p.zip", "--sign", private),
        "--passphrase-stdin",
    )
    assert signed.exit_code == 0, signed.stderr
    sealed = tmp_path / "r.bin"
    exported = cli((PASSWORD,), *by("results", "export", "-o", sealed, "--data-dir", station))
    assert exported.exit_code == 0 and "encrypted for" in exported.stdout, exported.stderr
    hq = station_at(cli, tmp_path / "hq")
    opened = cli(
        (PASSWORD, canary),
        *by("results", "import", sealed, "--key", private, "--passphrase-stdin"),
        *("--data-dir", hq),
    )
    assert opened.exit_code == 0, opened.stderr
    needles = [canary.encode("utf-8"), canary.encode("utf-16-le")]
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert not any(needle in data for needle in needles), path
