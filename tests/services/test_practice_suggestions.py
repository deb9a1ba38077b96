"""Where to improve: scenarios not played yet come before those played."""

from __future__ import annotations

from trainer.services.history import scenarios_to_practise

CATALOGUE = [
    ("tutorial", ("bias", "law")),
    ("bus-stop", ("bias", "care")),
    ("synagogue", ("law", "bias")),
    ("tram", ("care",)),
]


def test_not_played_first_then_played_in_library_order() -> None:
    suggestions = scenarios_to_practise(
        "bias", catalogue=CATALOGUE, played={"tutorial"}, trained_before=["tutorial"]
    )
    assert suggestions == [("bus-stop", False), ("synagogue", False), ("tutorial", True)]


def test_only_scenarios_that_train_the_competency() -> None:
    suggestions = scenarios_to_practise("care", catalogue=CATALOGUE, played={"tram"})
    assert suggestions == [("bus-stop", False), ("tram", True)]


def test_a_played_scenario_no_longer_in_the_library_still_counts() -> None:
    suggestions = scenarios_to_practise(
        "law", catalogue=CATALOGUE, played={"old", "synagogue"}, trained_before=["old", "synagogue"]
    )
    assert suggestions == [("tutorial", False), ("synagogue", True), ("old", True)]


def test_everything_played_keeps_them_all_once() -> None:
    played = {key for key, _ in CATALOGUE}
    suggestions = scenarios_to_practise(
        "bias", catalogue=CATALOGUE, played=played, trained_before=["synagogue", "tutorial"]
    )
    assert suggestions == [("tutorial", True), ("bus-stop", True), ("synagogue", True)]
    assert scenarios_to_practise("none", catalogue=CATALOGUE, played=played) == []
