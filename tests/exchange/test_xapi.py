"""xAPI statements from a station's results: shape (an independent checker of xAPI 1.0.3,
tests/exchange/xapi_shape.py), what each statement says, stable and unique ids, the
same statements from a centre that merged the station's file, and no names or notes
unless asked.

The station is tests/shares_support.py's: nine officers, two versions of the tutorial,
finished, abandoned and in-progress attempts, played with the real PlayService.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.exchange.xapi_shape import problems
from tests.play_support import TEST_NOTE
from tests.shares_support import CORRECT, PASSWORD, World, make_world
from trainer.exchange import xapi
from trainer.exchange.xapi import XapiError, XapiSettings, duration, statement_id, timestamp
from trainer.fileio import atomic_write_chunks
from trainer.services.context import open_services
from trainer.services.profiles import TRAINER, Operator
from trainer.services.results import ResultsService
from trainer.services.xapi import XapiService
from trainer.storage import results_exchange
from trainer.storage.errors import ProfileError

ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
RESPONDED = "http://adlnet.gov/expapi/verbs/responded"
EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced"


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    world = make_world(tmp_path_factory.mktemp("station"))
    yield world
    world.services.close(backup=False)


@pytest.fixture(scope="module")
def operator(station: World) -> Operator:
    return station.services.profiles.confirm_trainer("Trener Tomasz", PASSWORD)


@pytest.fixture(scope="module")
def exported(
    station: World, operator: Operator, tmp_path_factory: pytest.TempPathFactory
) -> list[dict[str, Any]]:
    target = tmp_path_factory.mktemp("xapi") / "statements.json"
    XapiService(station.services.store).export(target, by=operator)
    made: list[dict[str, Any]] = json.loads(target.read_text(encoding="utf-8"))
    return made


def ext(name: str) -> str:
    return XapiSettings().extension(name)


def activities(statement: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every activity a statement names: its object, then its context's."""
    yield statement["object"]
    for listed in statement.get("context", {}).get("contextActivities", {}).values():
        yield from listed


def definitions(made: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each activity's definition, checking that it came with the first statement naming
    the activity and never again."""
    found: dict[str, dict[str, Any]] = {}
    named: set[str] = set()
    for statement in made:
        for activity in activities(statement):
            if "definition" in activity:
                assert activity["id"] not in named, f"defined again: {activity['id']}"
                found[activity["id"]] = activity["definition"]
            named.add(activity["id"])
    return found


# -- the checker itself -----------------------------------------------------------------------


def test_the_checker_finds_what_an_lrs_must_reject(exported: list[dict[str, Any]]) -> None:
    good = next(s for s in exported if s["verb"]["id"] == COMPLETED)
    assert problems(good) == []
    broken: list[tuple[str, Any]] = [
        ("lacks 'actor'", lambda s: s.pop("actor")),
        ("lacks 'verb'", lambda s: s.pop("verb")),
        ("not a UUID", lambda s: s.update(id="attempt-1")),
        ("exactly one inverse functional", lambda s: s["actor"].pop("account")),
        ("needs homePage and name", lambda s: s["actor"]["account"].pop("name")),
        ("not an absolute IRI", lambda s: s["object"].update(id="scenarios/tutorial")),
        ("RFC 5646", lambda s: s["verb"]["display"].update({"english": "x"})),
        ("is null", lambda s: s["result"].update(success=None)),
        ("must be a boolean", lambda s: s["result"].update(completion="true")),
        ("from -1 to 1", lambda s: s["result"]["score"].update(scaled=1.5)),
        ("above max", lambda s: s["result"]["score"].update(raw=10_000)),
        ("ISO 8601 duration", lambda s: s["result"].update(duration="420 s")),
        ("ISO 8601 time", lambda s: s.update(timestamp="2026-03-01 09:00")),
        ("does not allow", lambda s: s.update(attempt="x")),
        ("registration", lambda s: s["context"].update(registration="r1")),
        ("contextActivities", lambda s: s["context"]["contextActivities"].update(siblings=[])),
        ("1.0.0", lambda s: s.update(version="1.0.3")),
    ]
    for expected, damage in broken:
        statement = copy.deepcopy(good)
        damage(statement)
        found = problems(statement)
        assert any(expected in p for p in found), (expected, found)
    step = next(s for s in exported if "choices" in s["object"].get("definition", {}))
    assert problems(step) == []
    twice = copy.deepcopy(step)
    choices = twice["object"]["definition"]["choices"]
    choices.append(dict(choices[0]))
    assert any("not distinct" in p for p in problems(twice))


# -- a station's export -----------------------------------------------------------------------


def test_every_statement_is_valid_xapi(exported: list[dict[str, Any]]) -> None:
    assert exported
    for statement in exported:
        assert problems(statement) == [], statement["id"]


def test_one_statement_per_step_and_per_finished_attempt(
    station: World, exported: list[dict[str, Any]]
) -> None:
    payload = results_exchange.collect(station.services.store)
    attempts = payload["attempts"]
    finished = [a for a in attempts if a["status"] == "finished"]
    abandoned = [a for a in attempts if a["status"] == "abandoned"]
    assert len(finished) == 17 and len(abandoned) == 2  # the in-progress one stays behind
    assert len(exported) == sum(len(a["steps"]) for a in attempts) + len(finished)
    by_attempt = Counter(s["context"]["extensions"][ext("attempt")] for s in exported)
    assert set(by_attempt) == {a["id"] for a in attempts}
    completed = {s["context"]["registration"] for s in exported if s["verb"]["id"] == COMPLETED}
    assert completed == {a["id"] for a in finished}
    ids = [s["id"] for s in exported]
    assert len(set(ids)) == len(ids)
    for attempt in attempts:
        for step in attempt["steps"]:
            assert statement_id(attempt["id"], f"step/{step['seq']}") in ids


def test_decisions_and_checklists_say_what_was_answered(
    station: World, exported: list[dict[str, Any]]
) -> None:
    chosen: Counter[tuple[str, str]] = Counter()
    checklists = 0
    defined = definitions(exported)
    for s in exported:
        node = s["object"]["id"].rsplit("/", 1)[1]
        definition = defined[s["object"]["id"]]
        if s["verb"]["id"] == ANSWERED:
            options = {c["id"] for c in definition["choices"]}
            answer = s["result"]["response"]
            if "correctResponsesPattern" in definition:  # a checklist
                checklists += 1
                ticked = set(answer.split("[,]")) - {""}
                assert ticked <= options
                assert s["result"]["success"] is (ticked == CORRECT)
                pattern = definition["correctResponsesPattern"]
                assert set(pattern[0].split("[,]")) == CORRECT
                assert 0 <= s["result"]["score"]["raw"] <= s["result"]["score"]["max"] == 4
            else:
                assert answer in options
                assert s["result"]["extensions"][ext("rating")] in {
                    "best",
                    "good",
                    "poor",
                    "harmful",
                }
                chosen[(node, answer)] += 1
    expected = Counter(
        pair for p in station.played if p.status != "in_progress" for pair in p.choices
    )
    assert chosen == expected
    assert checklists == sum(
        len(p.checklists.get("indicators", [])) for p in station.played if p.status != "in_progress"
    )


def test_completed_carries_score_success_duration_and_competencies(
    station: World, exported: list[dict[str, Any]]
) -> None:
    payload = results_exchange.collect(station.services.store)
    attempts = {a["id"]: a for a in payload["attempts"]}
    defined = definitions(exported)
    seen = 0
    for s in exported:
        if s["verb"]["id"] != COMPLETED:
            continue
        seen += 1
        attempt = attempts[s["context"]["registration"]]
        result = s["result"]
        assert result["completion"] is True
        assert result["score"]["scaled"] == pytest.approx(attempt["overall_percent"] / 100)
        assert result["score"]["raw"] / result["score"]["max"] == pytest.approx(
            attempt["overall_percent"] / 100, abs=0.001
        )
        outcome = attempt["outcome"]
        assert result.get("success") == {"success": True, "failure": False}.get(outcome)
        assert result["extensions"][ext("outcome")] == outcome
        assert result["extensions"][ext("ending")] == attempt["ending"]
        started = dt.datetime.fromisoformat(attempt["started_at"])
        ended = dt.datetime.fromisoformat(attempt["finished_at"])
        assert result["duration"] == f"PT{int((ended - started).total_seconds())}S"
        assert s["timestamp"] == timestamp(attempt["finished_at"], "")
        competencies = s["context"]["extensions"][ext("competencies")]
        assert {c: (v["points"], v["maximum"]) for c, v in competencies.items()} == {
            r["competency"]: (r["points"], r["maximum"]) for r in attempt["results"]
        }
        assert competencies["bias_indicators"]["label"]["pl-PL"]
        version = s["object"]["id"].rsplit("/", 1)[1]
        assert (
            s["object"]["id"] == f"{XapiSettings().base_iri}scenarios/tutorial/versions/{version}"
        )
        assert defined[s["object"]["id"]]["name"]["pl-PL"].startswith("Samouczek")
        assert defined[s["object"]["id"]]["name"]["en-US"].startswith("Tutorial")
        assert defined[s["object"]["id"]]["description"]["en-US"].startswith("A short first")
    assert seen == 17


def test_each_activity_is_defined_once_with_the_first_statement_naming_it(
    exported: list[dict[str, Any]],
) -> None:
    defined = definitions(exported)  # checks "once" and "first" as it goes
    named = {a["id"] for s in exported for a in activities(s)}
    grouping = {a for a in named if "/versions/" not in a}  # the scenario: an id alone
    assert set(defined) == named - grouping
    nodes = {a for a in named if "/nodes/" in a}
    assert all(defined[a].get("name") for a in nodes)  # every node is named
    assert len(nodes) < len(exported) / 5  # what repeats is the id, not the texts


def test_steps_sit_in_their_attempt_and_version(exported: list[dict[str, Any]]) -> None:
    base = XapiSettings().base_iri
    for s in exported:
        context = s["context"]
        assert context["language"] == "pl-PL"
        grouping = context["contextActivities"]["grouping"]
        assert grouping == [{"objectType": "Activity", "id": f"{base}scenarios/tutorial"}]
        if s["verb"]["id"] == COMPLETED:
            continue
        [parent] = context["contextActivities"]["parent"]
        assert s["object"]["id"].startswith(parent["id"] + "/nodes/")
        assert context["extensions"][ext("step")] >= 1
        assert s["verb"]["id"] in {ANSWERED, RESPONDED, EXPERIENCED}


def test_no_names_or_notes_unless_asked(station: World, operator: Operator, tmp_path: Path) -> None:
    plain, named = tmp_path / "plain.json", tmp_path / "named.jsonl"
    service = XapiService(station.services.store)
    service.export(plain, by=operator)
    service.export(named, by=operator, with_names=True, lines=True)
    text = plain.read_text(encoding="utf-8")
    names = [o.display_name for o in station.officers]
    assert not any(f'"{name}"' in text for name in names)
    assert TEST_NOTE not in text and TEST_NOTE not in named.read_text(encoding="utf-8")
    rows = [json.loads(line) for line in named.read_text(encoding="utf-8").splitlines()]
    assert {r["actor"]["name"] for r in rows} <= set(names)
    # The account (the identifier) is the pseudonym in both: names do not change who is who.
    unnamed = json.loads(text)
    assert [r["actor"]["account"] for r in rows] == [r["actor"]["account"] for r in unnamed]
    assert [r["id"] for r in rows] == [r["id"] for r in unnamed]


def test_an_export_is_the_same_bytes_every_time(
    station: World, operator: Operator, tmp_path: Path
) -> None:
    first, second = tmp_path / "1.json", tmp_path / "2.json"
    service = XapiService(station.services.store)
    service.export(first, by=operator)
    service.export(second, by=operator)
    assert first.read_bytes() == second.read_bytes()


def test_since_keeps_later_attempts_only(
    station: World, operator: Operator, tmp_path: Path
) -> None:
    target = tmp_path / "since.json"
    summary = XapiService(station.services.store).export(
        target, by=operator, since="2026-03-05T00:00:00.000000Z"
    )
    assert summary.attempts == summary.completed == 6  # version 2, day 5
    made = json.loads(target.read_text(encoding="utf-8"))
    assert {s["object"]["id"].split("/versions/")[1][:1] for s in made} == {"2"}


def test_only_an_instructor_exports(station: World, tmp_path: Path) -> None:
    officer = station.officers[0]
    with pytest.raises(ProfileError):
        XapiService(station.services.store).export(tmp_path / "x.json", by=Operator(officer))
    assert not (tmp_path / "x.json").exists()


def test_the_iris_follow_the_settings(station: World, operator: Operator, tmp_path: Path) -> None:
    target = tmp_path / "own.json"
    own = XapiSettings(
        base_iri="https://szkolenia.example.pl/xapi", home_page="https://lms.example.pl"
    )
    assert own.base_iri == "https://szkolenia.example.pl/xapi/"
    XapiService(station.services.store).export(target, by=operator, settings=own)
    made = json.loads(target.read_text(encoding="utf-8"))
    assert all(s["object"]["id"].startswith(own.base_iri + "scenarios/") for s in made)
    assert all(s["actor"]["account"]["homePage"] == "https://lms.example.pl" for s in made)
    assert all(
        all(k.startswith(own.base_iri + "extensions/") for k in s["context"]["extensions"])
        for s in made
    )
    assert "hate-crime-trainer.invalid" not in target.read_text(encoding="utf-8")
    for bad in ("szkolenia.example.pl/xapi", "ftp://x.pl/", "https://x.pl/a?b=1", "https://"):
        with pytest.raises(XapiError, match="--base-iri"):
            XapiSettings(base_iri=bad)


# -- the same statements from a centre --------------------------------------------------------


def test_a_centre_sends_the_stations_statements_unchanged(
    station: World, operator: Operator, tmp_path: Path
) -> None:
    """Merged at a centre, the attempts give the same statements (ids, actors, all): an LRS
    that has the station's export takes the centre's without a conflict."""
    results = tmp_path / "station.gz"
    ResultsService(station.services.store).export(results, by=operator)
    at_station = tmp_path / "station.json"
    XapiService(station.services.store).export(at_station, by=operator)
    centre = open_services(tmp_path / "centre")
    try:
        centre.profiles.create("Centrum Ewa", TRAINER, PASSWORD)
        by = centre.profiles.confirm_trainer("Centrum Ewa", PASSWORD)
        ResultsService(centre.store).import_files([results], by=by)
        at_centre = tmp_path / "centre.json"
        XapiService(centre.store).export(at_centre, by=by, with_names=True)
        # A centre's results export passes the stations' pseudonyms on, too.
        again = tmp_path / "centre.gz"
        ResultsService(centre.store).export(again, by=by, with_names=True)
    finally:
        centre.close(backup=False)
    station_statements = json.loads(at_station.read_text(encoding="utf-8"))
    centre_statements = json.loads(at_centre.read_text(encoding="utf-8"))
    key = lambda s: s["id"]  # noqa: E731
    # Merged without names, the profiles have none to give, even when asked.
    assert sorted(centre_statements, key=key) == sorted(station_statements, key=key)
    first = results_exchange.read_file(results)["payload"]["profiles"]
    assert results_exchange.read_file(again)["payload"]["profiles"] == first


# -- ids ----------------------------------------------------------------------------------------


def synthetic_attempt(attempt_id: str, steps: int, finished: bool) -> dict[str, Any]:
    return {
        "id": attempt_id,
        "profile": "k" * 32,
        "content_hash": "h",
        "scenario_id": "s",
        "mode": "practice",
        "language": "pl",
        "status": "finished" if finished else "abandoned",
        "started_at": "2026-03-01T09:00:00.000000Z",
        "finished_at": "2026-03-01T09:10:00.000000Z",
        "ending": "e" if finished else None,
        "outcome": "partial" if finished else None,
        "overall_percent": 50.0 if finished else None,
        "device_id": "d",
        "results": [{"competency": "c", "points": 1, "maximum": 2, "percent": 50.0}],
        "steps": [
            {
                "seq": n,
                "node_id": f"n{n}",
                "action": "choice",
                "choice_id": "a",
                "ticked": "[]",
                "gained": "{}",
                "elapsed_ms": None,
                "created_at": "2026-03-01T09:01:00.000000Z",
            }
            for n in range(1, steps + 1)
        ],
    }


def synthetic_payload(attempts: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "profiles": [{"key": "k" * 32}],
        "scenario_versions": [{"content_hash": "h", "scenario_id": "s", "version": 1}],
        "attempts": attempts,
    }


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.uuids(), st.integers(0, 12), st.booleans()),
        max_size=12,
        unique_by=lambda t: t[0],
    ),
    st.randoms(use_true_random=False),
)
def test_statement_ids_are_unique_and_stable(
    shape: list[tuple[uuid.UUID, int, bool]], rng: Any
) -> None:
    """Any set of attempts: every statement id is a distinct UUID, and the same attempt's
    statements keep their ids whatever else is exported with them, in whatever order."""
    attempts = [synthetic_attempt(str(a), n, done) for a, n, done in shape]
    made = xapi.statements(synthetic_payload(attempts), {"h": None})
    ids = [s["id"] for s in made]
    assert len(ids) == len(set(ids)) == sum(n + done for _a, n, done in shape)
    for s in made:
        assert problems(s) == [], s
    shuffled = attempts[:]
    rng.shuffle(shuffled)
    part = shuffled[: len(shuffled) // 2]
    again = xapi.statements(synthetic_payload(part), {"h": None})
    assert {s["id"] for s in again} <= set(ids)
    assert xapi.statements(synthetic_payload(attempts), {"h": None}) == made
    for s in made:  # the attempt's own UUID where xAPI can take it as one
        attempt_id = s["context"]["extensions"][ext("attempt")]
        if uuid.UUID(attempt_id).variant == uuid.RFC_4122:
            assert s["context"]["registration"] == attempt_id


def test_a_stored_time_that_is_not_one_is_named() -> None:
    attempt = synthetic_attempt(str(uuid.uuid4()), 1, True)
    attempt["steps"][0]["created_at"] = "yesterday"
    with pytest.raises(XapiError, match=f"attempt {attempt['id']}, step 1"):
        xapi.statements(synthetic_payload([attempt]), {"h": None})


@pytest.mark.parametrize(
    ("milliseconds", "text"),
    [(0, "PT0S"), (4_250, "PT4.25S"), (4_200, "PT4.2S"), (540_000, "PT540S"), (1_004, "PT1S")],
)
def test_durations_are_iso_8601_in_hundredths(milliseconds: int, text: str) -> None:
    assert duration(milliseconds) == text


def test_timestamps_are_utc_with_milliseconds() -> None:
    assert timestamp("2026-03-01T09:00:00.123456Z", "") == "2026-03-01T09:00:00.123Z"
    assert timestamp("2026-03-01T10:00:00+01:00", "") == "2026-03-01T09:00:00.000Z"


def test_a_failure_while_writing_leaves_the_old_file(tmp_path: Path) -> None:
    """Statements are written as they are made: data that cannot make one, found half way,
    leaves the file as it was and no temp file behind."""
    good = synthetic_attempt(str(uuid.uuid4()), 3, True)
    bad = synthetic_attempt(str(uuid.uuid4()), 2, True)
    bad["finished_at"] = "not a time"
    target = tmp_path / "statements.json"
    target.write_text("the previous export", encoding="utf-8")
    made = xapi.iter_statements(synthetic_payload([good, bad]), {"h": None})
    with pytest.raises(XapiError, match=f"the end of attempt {bad['id']}"):
        atomic_write_chunks(target, xapi.encode(made))
    assert target.read_text(encoding="utf-8") == "the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["statements.json"]
    whole = b"".join(xapi.encode(xapi.iter_statements(synthetic_payload([good]), {"h": None})))
    assert len(json.loads(whole)) == 4
    lines = xapi.encode(xapi.iter_statements(synthetic_payload([good]), {"h": None}), lines=True)
    assert [json.loads(line) for line in b"".join(lines).splitlines()] == json.loads(whole)
