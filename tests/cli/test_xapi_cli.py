"""``trainer results xapi`` through the real entry point."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.cli.test_results_cli import INSTRUCTOR, OFFICERS, PASSWORD, cli, station  # noqa: F401
from tests.exchange.key_support import make_centre
from tests.exchange.xapi_shape import problems


def xapi(cli: Callable[..., Any], station: Path, *extra: str | Path) -> Any:  # noqa: F811
    return cli(
        (PASSWORD,),
        "results",
        "xapi",
        "--by",
        INSTRUCTOR,
        "--secret-stdin",
        "--data-dir",
        station,
        *extra,
    )


def test_writes_statements_for_the_ended_attempts(
    cli: Callable[..., Any],  # noqa: F811
    station: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    target = tmp_path / "statements.json"
    made = xapi(cli, station, "-o", target)
    assert made.exit_code == 0, made.stderr
    assert "wrote" in made.stdout and "7 attempt(s) (7 completed)" in made.stdout
    assert "as pseudonyms" in made.stdout
    assert "--base-iri" in made.stderr  # the placeholder is pointed out
    statements = json.loads(target.read_text(encoding="utf-8"))
    assert all(problems(s) == [] for s in statements)
    assert sum(s["verb"]["id"].endswith("/completed") for s in statements) == 7
    assert not any(name in target.read_text(encoding="utf-8") for name in OFFICERS)

    lines = tmp_path / "statements.jsonl"
    report = xapi(
        cli,
        station,
        "-o",
        lines,
        "--lines",
        "--with-names",
        "--since",
        "2026-05-06",
        "--base-iri",
        "https://szkolenia.example.pl/xapi",
        "--json",
    )
    assert report.exit_code == 0, report.stderr
    assert report.json()["attempts"] == 1 and report.json()["completed"] == 1
    assert report.json()["base_iri"] == "https://szkolenia.example.pl/xapi/"
    assert report.stderr == ""
    rows = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == report.json()["statements"]
    assert {r["actor"]["name"] for r in rows} == {OFFICERS[-1]}


def test_refusals_are_clear(
    cli: Callable[..., Any],  # noqa: F811
    station: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    target = tmp_path / "x.json"
    missing = cli((), "results", "xapi", "-o", target, "--data-dir", station)
    assert missing.exit_code == 2 and "needs an instructor" in missing.stderr
    officer = cli(
        (PASSWORD,),
        "results",
        "xapi",
        "-o",
        target,
        "--by",
        OFFICERS[0],
        "--secret-stdin",
        "--data-dir",
        station,
    )
    assert officer.exit_code == 1 and "not an instructor" in officer.stderr
    bad_iri = xapi(cli, station, "-o", target, "--base-iri", "szkolenia.example.pl")
    assert bad_iri.exit_code == 1 and "--base-iri" in bad_iri.stderr
    assert "Traceback" not in bad_iri.stderr
    bad_date = xapi(cli, station, "-o", target, "--since", "last tuesday")
    assert bad_date.exit_code == 2 and "--since" in bad_date.stderr
    nowhere = xapi(cli, station, "-o", tmp_path / "no" / "such" / "folder" / "x.json")
    assert nowhere.exit_code == 1 and "cannot write" in nowhere.stderr
    assert not target.exists()


def test_a_station_that_encrypts_its_results_is_told_the_statements_are_not(
    cli: Callable[..., Any],  # noqa: F811
    station: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    centre = make_centre(tmp_path / "keys", "Centrum Szkolenia Policji")
    trusted = cli(
        (PASSWORD,),
        "keys",
        "trust",
        centre.public,
        "--by",
        INSTRUCTOR,
        "--secret-stdin",
        "--data-dir",
        station,
    )
    assert trusted.exit_code == 0, trusted.stderr
    target = tmp_path / "statements.json"
    made = xapi(cli, station, "-o", target, "--json")
    assert made.exit_code == 0, made.stderr
    assert "encrypts its results exports to Centrum Szkolenia Policji" in made.stderr
    assert "not encrypted" in made.stderr and str(target) in made.stderr
    assert json.loads(target.read_text(encoding="utf-8"))  # written all the same
