"""``trainer play --from NODE --set NAME=VALUE --visited ID,ID``: play from any node."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import SCENARIOS_DIR

TUTORIAL = SCENARIOS_DIR / "tutorial"


def test_visited_picks_the_path_alternative(run_cli: Callable[..., Any]) -> None:
    base = ("play", TUTORIAL, "--from", "olena_arrives", "--lang", "en", "--seed", "7", "--json")
    secured = run_cli(*base, "--visited", "at_door").json()
    handed = run_cli(*base).json()
    assert secured["path"][:2] == ["at_door", "olena_arrives"]
    assert handed["path"][0] == "olena_arrives"
    assert secured["transcript"][0]["node"] == "olena_arrives"
    assert "secured the sticker yourself" in secured["transcript"][0]["text"]
    assert "Mrs Wójcik took the sticker down" in handed["transcript"][0]["text"]


@pytest.mark.parametrize(("trust", "then"), [("2", "olena_opens_up"), ("1", "olena_withdraws")])
def test_set_variables_decide_the_route(run_cli: Callable[..., Any], trust: str, then: str) -> None:
    result = run_cli(
        "play", TUTORIAL, "--from", "man_leaves", "--set", f"trust={trust}", "--json"
    ).json()
    assert result["path"][:2] == ["man_leaves", then]
    assert result["variables"] == {"trust": int(trust)}


def test_values_are_clamped_and_points_start_at_zero(run_cli: Callable[..., Any]) -> None:
    result = run_cli("play", TUTORIAL, "--from", "talk_olena", "--set", "trust=9", "--json")
    data = result.json()
    assert data["variables"] == {"trust": 3}  # the declared maximum
    assert set(data["points"].values()) == {0}
    assert data["awaiting"] == "talk_olena"


def test_from_an_ending_ends_at_once(run_cli: Callable[..., Any]) -> None:
    data = run_cli("play", TUTORIAL, "--from", "end_failure", "--json").json()
    assert data["ending"] == "end_failure"
    assert data["path"] == ["end_failure"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "nowhere"), "--from: the scenario tutorial has no node 'nowhere'"),
        (("--visited", "at_door,ghost"), "--visited: the scenario tutorial has no node 'ghost'"),
        (("--set", "mood=2"), "--set: the scenario has no variable 'mood' (declared: trust)"),
        (("--set", "trust=high"), "the value of 'trust' must be a whole number, not 'high'"),
        (("--set", "trust"), "expected NAME=VALUE (e.g. trust=2), not 'trust'"),
        (("--set", "trust=1", "--set", "trust=2"), "--set gives 'trust' twice: 1 and 2"),
    ],
)
def test_usage_errors_name_what_is_wrong(
    run_cli: Callable[..., Any], args: tuple[str, ...], message: str
) -> None:
    result = run_cli("play", TUTORIAL, *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args", [("--from", "talk_olena"), ("--set", "trust=2"), ("--visited", "at_door")]
)
def test_not_with_a_profile(cli: Callable[..., Any], args: tuple[str, ...]) -> None:
    result = cli("play", TUTORIAL, "--profile", "Anna", *args)
    assert result.exit_code == 2
    assert f"{args[0]} works only without --profile" in result.stderr


def test_the_help_names_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    from trainer.cli import main

    with pytest.raises(SystemExit):
        main(["play", "--help"])
    shown = " ".join(capsys.readouterr().out.split())
    assert "--from NODE" in shown
    assert "--set NAME=VALUE" in shown
    assert "--visited ID,ID" in shown
    assert "not with --profile" in shown
