"""Abandoned attempts in the store and on the command line (issue 12, point 3).

An attempt abandoned to start over keeps its steps, gets the status ``abandoned``
and the time, takes no further step, and is told apart from finished and in-progress
attempts by ``trainer history`` (text and JSON), the personal export and the peek.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.play_support import play_tokens
from trainer.domain.model import Mode
from trainer.scenario_io.reader import load_scenario
from trainer.services.context import open_services
from trainer.storage.errors import StorageError
from trainer.storage.peek import peek_attempts

TUTORIAL = Path(__file__).resolve().parents[2] / "scenarios" / "tutorial"


@pytest.fixture
def three(data_dir: Path) -> dict[str, str]:
    """Anna's tutorial attempts: one finished, one abandoned after a step, one going on."""
    tutorial = load_scenario(TUTORIAL)
    assert tutorial.analysis is not None
    services = open_services(data_dir)
    try:
        anna = services.profiles.create("Anna")
        play = services.play
        done = play.start(anna, tutorial, mode=Mode.PRACTICE, language="pl")
        play_tokens(play, done, tutorial.analysis.best_tokens)
        dropped = play.start(anna, tutorial, mode=Mode.PRACTICE, language="pl")
        play.advance(dropped, "")
        assert play.abandon(dropped.attempt_id)
        assert not play.abandon(dropped.attempt_id)  # once only: the time stays the first
        assert not play.abandon(done.attempt_id)  # a finished attempt stays finished
        with pytest.raises(StorageError, match="abandoned"):
            play.advance(dropped, "")  # no step after abandoning
        going = play.start(anna, tutorial, mode=Mode.ASSESSMENT, language="pl")
        play.advance(going, "")
        rows = services.store.overview_rows()
        (profile_row,) = [r for r in rows["profiles"] if r[1] == "Anna"]
        # attempts, finished, average (finished only), newest start, abandoned
        assert (profile_row[3], profile_row[4], profile_row[5], profile_row[7]) == (3, 1, 100, 1)
        return {
            "finished": done.attempt_id,
            "abandoned": dropped.attempt_id,
            "in_progress": going.attempt_id,
            "profile": anna.id,
        }
    finally:
        services.close(backup=False)


def test_history_shows_the_status_in_text_and_json(run_cli, data_dir: Path, three) -> None:
    listed = run_cli("--data-dir", data_dir, "history", "--profile", "Anna", "--json")
    assert listed.exit_code == 0, listed.stderr
    by_id = {e["id"]: e for e in listed.json()}
    assert {by_id[three[s]]["status"] for s in ("finished", "abandoned", "in_progress")} == {
        "finished",
        "abandoned",
        "in_progress",
    }
    done, dropped, going = (by_id[three[s]] for s in ("finished", "abandoned", "in_progress"))
    # "finished" keeps its meaning; the time of abandoning comes in a field of its own.
    assert done["finished"] and done["abandoned"] is None
    assert dropped["finished"] is None and dropped["abandoned"] >= dropped["started"]
    assert going["finished"] is None and going["abandoned"] is None
    assert dropped["overall_percent"] is not None  # the points so far, as for one going on
    assert dropped["outcome"] is None

    text = run_cli("--data-dir", data_dir, "history", "--profile", "Anna")
    lines = text.stdout.strip().splitlines()
    assert len(lines) == 3
    assert "finished" in lines[0] and "success" in lines[0] and "100.0%" in lines[0]
    assert "abandoned" in lines[1] and "success" not in lines[1] and "%" not in lines[1]
    assert "in progress" in lines[2] and "%" not in lines[2]  # no result yet


def test_the_export_and_the_peek_say_abandoned(run_cli, data_dir: Path, three) -> None:
    exported = run_cli("--data-dir", data_dir, "profile", "export", "Anna")
    assert exported.exit_code == 0, exported.stderr
    by_id = {a["id"]: a for a in exported.json()["attempts"]}
    dropped = by_id[three["abandoned"]]
    assert dropped["status"] == "abandoned" and dropped["abandoned"]
    assert dropped["finished"] is None and len(dropped["steps"]) == 1
    assert by_id[three["finished"]]["abandoned"] is None

    peeked = peek_attempts(data_dir, three["profile"])
    assert peeked is not None
    assert sorted(a.status for a in peeked) == ["abandoned", "finished", "in_progress"]
