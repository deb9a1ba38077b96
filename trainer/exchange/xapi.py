"""Results as xAPI 1.0.3 statements, for a learning record store (``trainer results xapi``).

Built from the payload the results export collects
(:func:`trainer.storage.results_exchange.collect`), so both read the same rows, and from
the scenario versions those attempts were played on (models built from the stored
snapshots, so texts are the ones the officer saw). Nothing here reads a database or a
file: :func:`iter_statements` is a pure function of its arguments, and the same attempts
give the same statements in every export, at the station and at a centre that merged
its files. That is what lets a learning record store take an export twice (or a
station's and a centre's overlapping exports): it keeps statements by id, and an id
sent again with the same statement is not a conflict. An activity's definition (names,
texts, options) comes with the first statement of an export that names the activity;
xAPI does not count it as part of a statement (1.0.3, 2.3.1), so where it comes does not
make two statements differ.

What becomes a statement (docs/xapi.md has the whole mapping):

- each step of an attempt that has ended (finished or abandoned): ``answered`` at a
  decision or checklist (a ``cmi.interaction`` of type ``choice``; the choice id, or the
  ticked item ids joined by ``[,]``, as the response), ``responded`` at a report node
  (the items the officer said the note contains; the note itself never leaves),
  ``experienced`` at a scene;
- each finished attempt: ``completed``, with the score (scaled, raw, min, max), the
  success the ending's outcome gives (success true, failure false, partial: none; the
  format has no pass mark), the duration, and the competency results.

Statement ids are UUIDs (version 5) over :data:`STATEMENT_NAMESPACE` and
``"<attempt uuid>/step/<seq>"`` or ``"<attempt uuid>/completed"``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

from trainer.domain.competencies import competency_label
from trainer.domain.errors import TrainerError
from trainer.domain.ids import NodeId
from trainer.domain.markup import opening_words, render_plain
from trainer.domain.model import (
    AnyNode,
    ChecklistNode,
    DecisionNode,
    Outcome,
    ReportNode,
    Scenario,
    SceneNode,
)
from trainer.domain.render import TextRenderer
from trainer.domain.text import Text
from trainer.domain.variants import PathText, fallback_text

#: Statement ids are uuid5 over this namespace (any fixed UUID; never change it, or an
#: LRS would take every statement sent again for a new one).
STATEMENT_NAMESPACE = uuid.UUID("3ea70ff1-c410-4fe2-bf76-61e990f699fb")
#: Placeholders under a reserved top-level domain (RFC 2606 ``.invalid``): they are valid
#: IRIs an LRS accepts, and can never belong to anyone. A centre sets its own.
DEFAULT_BASE_IRI = "https://hate-crime-trainer.invalid/xapi/"
DEFAULT_HOME_PAGE = "https://hate-crime-trainer.invalid/"
#: ``context.platform``.
PLATFORM = "hate-crime-trainer"
#: The scenarios' language codes as RFC 5646 tags in language maps; other codes as written.
LANGUAGE_TAGS = {"pl": "pl-PL", "en": "en-US"}
#: Interaction responses list several ids joined by this (xAPI 1.0.3, Response Patterns).
RESPONSE_DELIMITER = "[,]"

ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
VERBS: dict[str, dict[str, Any]] = {
    name: {"id": ADL_VERBS + name, "display": display}
    for name, display in (
        ("answered", {"en-US": "answered", "pl-PL": "odpowiedział(a)"}),
        ("responded", {"en-US": "responded", "pl-PL": "odniósł (odniosła) się"}),
        ("experienced", {"en-US": "experienced", "pl-PL": "zapoznał(a) się"}),
        ("completed", {"en-US": "completed", "pl-PL": "ukończył(a)"}),
    )
}
INTERACTION_TYPE = "http://adlnet.gov/expapi/activities/cmi.interaction"
SIMULATION_TYPE = "http://adlnet.gov/expapi/activities/simulation"
SLIDE_TYPE = "http://id.tincanapi.com/activitytype/slide"

_TAG = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")


class XapiError(TrainerError):
    """Settings or stored data that cannot make valid statements (says what and where)."""


@dataclass(frozen=True, slots=True)
class XapiSettings:
    """Where the statements' IRIs live.

    ``base_iri``: activity ids and extension keys start with it (``/`` added if missing);
    ``home_page``: the actor accounts' ``homePage``. Both must be absolute http(s) IRIs.
    """

    base_iri: str = DEFAULT_BASE_IRI
    home_page: str = DEFAULT_HOME_PAGE

    def __post_init__(self) -> None:
        _check_iri(self.base_iri, "--base-iri")
        _check_iri(self.home_page, "--home-page")
        if not self.base_iri.endswith("/"):
            object.__setattr__(self, "base_iri", self.base_iri + "/")

    def extension(self, name: str) -> str:
        """The key of one of our extensions (docs/xapi.md lists them)."""
        return f"{self.base_iri}extensions/{name}"

    def scenario_iri(self, scenario_id: str) -> str:
        """The scenario across its versions (``contextActivities.grouping``)."""
        return f"{self.base_iri}scenarios/{_segment(scenario_id)}"

    def version_iri(self, scenario_id: str, version: int) -> str:
        """One version of a scenario: what ``completed`` is about, the steps' parent."""
        return f"{self.scenario_iri(scenario_id)}/versions/{int(version)}"

    def node_iri(self, scenario_id: str, version: int, node_id: str) -> str:
        """One node of one version: a step's object."""
        return f"{self.version_iri(scenario_id, version)}/nodes/{_segment(node_id)}"


def _check_iri(value: str, option: str) -> None:
    parts = urlsplit(value)
    if (
        parts.scheme not in ("http", "https")
        or not parts.netloc
        or parts.query
        or parts.fragment
        or any(c.isspace() for c in value)
    ):
        raise XapiError(
            f"{option} {value!r} is not an absolute http(s) IRI without query or fragment"
            " (e.g. https://training.example.pl/xapi/)"
        )


def _segment(value: str) -> str:
    # Ids are slugs when they come from a scenario file; merged data is only checked for
    # length, so anything that would end the path segment is escaped.
    return quote(value, safe="-._~")


def statement_id(attempt_id: str, part: str) -> str:
    """The id of the statement about ``part`` (``step/<seq>`` or ``completed``)."""
    return str(uuid.uuid5(STATEMENT_NAMESPACE, f"{attempt_id}/{part}"))


def registration(attempt_id: str) -> str:
    """An attempt's ``context.registration``: its own UUID, or for an id that is not one in
    the form xAPI requires (merged data is checked for length only) a UUID derived from it."""
    try:
        parsed = uuid.UUID(attempt_id)
    except ValueError:
        parsed = None
    if parsed is not None and parsed.variant == uuid.RFC_4122 and str(parsed) == attempt_id:
        return attempt_id
    return statement_id(attempt_id, "registration")


def language_tag(code: str) -> str | None:
    """The RFC 5646 tag for a scenario language code; None if it cannot be one."""
    tag = LANGUAGE_TAGS.get(code, code)
    return tag if _TAG.fullmatch(tag) else None


# -- time -------------------------------------------------------------------------------


def _moment(value: Any, what: str) -> dt.datetime:
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        raise XapiError(f"{what} is not a date and time: {value!r}") from None
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment.astimezone(dt.UTC)


def timestamp(value: Any, what: str) -> str:
    """A stored time as an RFC 3339 UTC timestamp with milliseconds."""
    moment = _moment(value, what)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def duration(milliseconds: int) -> str:
    """An ISO 8601 duration in seconds, to the hundredth the spec asks for (``PT4.25S``)."""
    whole, rest = divmod(round(milliseconds / 10), 100)
    return f"PT{whole}S" if rest == 0 else f"PT{whole}." + f"{rest:02d}".rstrip("0") + "S"


# -- texts --------------------------------------------------------------------------------


def _language_map(value: PathText | None, model: Scenario) -> dict[str, str]:
    """Every translation of a scenario text, as plain text (markup removed; both forms of
    address where the text has them)."""
    if value is None:
        return {}
    text = fallback_text(value)
    found: dict[str, str] = {}
    for code in text.translations:
        tag = language_tag(code)
        shown = render_plain(TextRenderer(model, code).text(text)).strip()
        if tag is not None and shown:
            found[tag] = shown
    return found


def _name_map(node: AnyNode, model: Scenario) -> dict[str, str]:
    """A node's title, or for an untitled node the first words of its text."""
    if node.title is not None:
        return _language_map(node.title, model)
    text = fallback_text(node.text)
    found: dict[str, str] = {}
    for code in text.translations:
        tag = language_tag(code)
        shown = opening_words(TextRenderer(model, code).text(text))
        if tag is not None and shown:
            found[tag] = shown
    return found


def _described(definition: dict[str, Any], key: str, value: dict[str, str]) -> None:
    if value:  # the spec: no empty objects
        definition[key] = value


# -- building ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Version:
    scenario_id: str
    version: int
    content_hash: str
    model: Scenario | None


class _Builder:
    """Statements for the attempts of one payload."""

    def __init__(
        self,
        payload: Mapping[str, Any],
        models: Mapping[str, Scenario | None],
        settings: XapiSettings,
    ) -> None:
        self.settings = settings
        self.names = {p["key"]: p.get("name") for p in payload["profiles"]}
        self.versions = {
            v["content_hash"]: _Version(
                v["scenario_id"], v["version"], v["content_hash"], models.get(v["content_hash"])
            )
            for v in payload["scenario_versions"]
        }
        # Definitions by activity id, made once; and the ids whose definition this output
        # already carried. An LRS keeps an activity's definition apart from the statements
        # (xAPI 1.0.3, 2.3.1: not part of the statement), so it is sent with the first
        # statement that names the activity, not with each of thousands.
        self.definitions: dict[str, dict[str, Any]] = {}
        self.sent: set[str] = set()

    # -- parts shared by every statement ---------------------------------------------------

    def actor(self, key: str) -> dict[str, Any]:
        # The pseudonym is the account's name (stable, unique, opaque); a display name,
        # asked for with --with-names, is the agent's name beside it, never the identifier,
        # so that the same officer is the same agent in every export.
        agent: dict[str, Any] = {
            "objectType": "Agent",
            "account": {"homePage": self.settings.home_page, "name": key},
        }
        name = self.names.get(key)
        if name:
            agent["name"] = name
        return agent

    def activity(self, iri: str, define: Callable[[], dict[str, Any]]) -> dict[str, Any]:
        """An activity by id, with its definition the first time this output names it."""
        activity: dict[str, Any] = {"objectType": "Activity", "id": iri}
        if iri not in self.sent:
            self.sent.add(iri)
            if iri not in self.definitions:
                self.definitions[iri] = define()
            if self.definitions[iri]:
                activity["definition"] = self.definitions[iri]
        return activity

    def version_activity(self, version: _Version) -> dict[str, Any]:
        def define() -> dict[str, Any]:
            definition: dict[str, Any] = {"type": SIMULATION_TYPE}
            if version.model is not None:
                model = version.model
                _described(definition, "name", _language_map(model.title, model))
                _described(definition, "description", _language_map(model.summary, model))
            return definition

        return self.activity(
            self.settings.version_iri(version.scenario_id, version.version), define
        )

    def context(
        self, attempt: Mapping[str, Any], version: _Version, *, parent: bool
    ) -> dict[str, Any]:
        activities: dict[str, Any] = {
            "grouping": [
                {"objectType": "Activity", "id": self.settings.scenario_iri(version.scenario_id)}
            ]
        }
        if parent:
            activities["parent"] = [self.version_activity(version)]
        context: dict[str, Any] = {
            # "A registration could be considered to be an attempt" (xAPI 1.0.3, 2.4.6.1).
            "registration": registration(attempt["id"]),
            "contextActivities": activities,
            "platform": PLATFORM,
        }
        tag = language_tag(attempt["language"])
        if tag is not None:
            context["language"] = tag
        context["extensions"] = {
            self.settings.extension("attempt"): attempt["id"],
            self.settings.extension("mode"): attempt["mode"],
            self.settings.extension("station"): attempt["device_id"],
            self.settings.extension("scenario-content-hash"): version.content_hash,
        }
        return context

    # -- steps -----------------------------------------------------------------------------

    def node_activity(self, version: _Version, node_id: str) -> dict[str, Any]:
        def define() -> dict[str, Any]:
            model = version.model
            node = model.nodes.get(NodeId(node_id)) if model is not None else None
            return _node_definition(node, model) if node is not None and model else {}

        iri = self.settings.node_iri(version.scenario_id, version.version, node_id)
        return self.activity(iri, define)

    def step(
        self, attempt: Mapping[str, Any], version: _Version, step: Mapping[str, Any]
    ) -> dict[str, Any]:
        where = f"attempt {attempt['id']}, step {step['seq']}"
        action = step["action"]
        ticked = _json_list(step["ticked"], where)
        gained = _json_points(step["gained"], where)
        node = None
        if version.model is not None:
            node = version.model.nodes.get(NodeId(step["node_id"]))
        result: dict[str, Any] = {}
        if action in ("choice", "timeout"):
            verb = "answered"
            if step["choice_id"] is not None:
                result["response"] = step["choice_id"]
            if isinstance(node, DecisionNode):
                choice = node.choice(step["choice_id"] or "")
                if choice is not None:
                    result["extensions"] = {self.settings.extension("rating"): choice.rating.value}
        elif action in ("checklist", "report"):
            verb = "answered" if action == "checklist" else "responded"
            result["response"] = RESPONSE_DELIMITER.join(ticked)
            if isinstance(node, ChecklistNode | ReportNode):
                score = node.points_for(frozenset(ticked))
                if node.maximum > 0:
                    result["score"] = {
                        "scaled": round(score / node.maximum, 4),
                        "raw": score,
                        "min": 0,
                        "max": node.maximum,
                    }
                if isinstance(node, ChecklistNode):
                    correct = {i.id for i in node.items if i.correct}
                    result["success"] = set(ticked) == correct
            if action == "report":
                result.setdefault("extensions", {})[self.settings.extension("self-assessed")] = True
        else:  # "continue" at a scene
            verb = "experienced"
        if gained:
            result.setdefault("extensions", {})[self.settings.extension("points")] = gained
        if step["elapsed_ms"] is not None and step["elapsed_ms"] >= 0:
            result["duration"] = duration(step["elapsed_ms"])
        statement: dict[str, Any] = {
            "id": statement_id(attempt["id"], f"step/{step['seq']}"),
            "actor": self.actor(attempt["profile"]),
            "verb": VERBS[verb],
            "object": self.node_activity(version, step["node_id"]),
        }
        if result:
            statement["result"] = result
        context = self.context(attempt, version, parent=True)
        context["extensions"][self.settings.extension("step")] = step["seq"]
        statement["context"] = context
        statement["timestamp"] = timestamp(step["created_at"], f"the time of {where}")
        return statement

    # -- the attempt ----------------------------------------------------------------------

    def completed(self, attempt: Mapping[str, Any], version: _Version) -> dict[str, Any]:
        where = f"attempt {attempt['id']}"
        result: dict[str, Any] = {"completion": True}
        results = attempt["results"]
        counted = [r for r in results if r["maximum"] > 0]
        top = sum(r["maximum"] for r in counted)
        if top > 0 and attempt["overall_percent"] is not None:
            # raw as the overall percent counts it: each competency's points kept to 0…max.
            raw = sum(min(max(r["points"], 0), r["maximum"]) for r in counted)
            scaled = min(max(attempt["overall_percent"] / 100, 0.0), 1.0)
            result["score"] = {"scaled": round(scaled, 4), "raw": raw, "min": 0, "max": top}
        if attempt["outcome"] == Outcome.SUCCESS.value:
            result["success"] = True
        elif attempt["outcome"] == Outcome.FAILURE.value:
            result["success"] = False
        started = _moment(attempt["started_at"], f"the start of {where}")
        finished = _moment(attempt["finished_at"], f"the end of {where}")
        if finished >= started:
            result["duration"] = duration((finished - started) // dt.timedelta(milliseconds=1))
        ending: dict[str, Any] = {}
        if attempt["ending"] is not None:
            ending[self.settings.extension("ending")] = attempt["ending"]
        if attempt["outcome"] is not None:
            ending[self.settings.extension("outcome")] = attempt["outcome"]
        if ending:
            result["extensions"] = ending
        context = self.context(attempt, version, parent=False)
        context["extensions"][self.settings.extension("competencies")] = self.competencies(
            results, version.model
        )
        return {
            "id": statement_id(attempt["id"], "completed"),
            "actor": self.actor(attempt["profile"]),
            "verb": VERBS["completed"],
            "object": self.version_activity(version),
            "result": result,
            "context": context,
            "timestamp": timestamp(attempt["finished_at"], f"the end of {where}"),
        }

    def competencies(
        self, results: Sequence[Mapping[str, Any]], model: Scenario | None
    ) -> dict[str, Any]:
        found: dict[str, Any] = {}
        for r in sorted(results, key=lambda r: r["competency"]):
            entry: dict[str, Any] = {
                "points": r["points"],
                "maximum": r["maximum"],
                "percent": r["percent"],
            }
            if model is not None:
                label = {
                    tag: competency_label(model, r["competency"], code)
                    for code in model.languages
                    if (tag := language_tag(code)) is not None
                }
                if label:
                    entry["label"] = label
            found[r["competency"]] = entry
        return found

    def attempt(self, attempt: Mapping[str, Any]) -> list[dict[str, Any]]:
        version = self.versions.get(attempt["content_hash"])
        if version is None:
            raise XapiError(f"attempt {attempt['id']} names a scenario version the data lacks")
        made = [self.step(attempt, version, s) for s in sorted(attempt["steps"], key=_seq)]
        if attempt["status"] == "finished":
            made.append(self.completed(attempt, version))
        return made


def _seq(step: Mapping[str, Any]) -> int:
    seq: int = step["seq"]
    return seq


def _json_list(value: Any, where: str) -> list[str]:
    try:
        items = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        raise XapiError(f"{where}: the ticked items are not JSON") from None
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise XapiError(f"{where}: the ticked items are not a list of ids")
    return items


def _json_points(value: Any, where: str) -> dict[str, int]:
    try:
        points = json.loads(value) if isinstance(value, str) else value
    except ValueError:
        raise XapiError(f"{where}: the points are not JSON") from None
    if not isinstance(points, dict):
        raise XapiError(f"{where}: the points are not a mapping")
    return {str(k): v for k, v in points.items() if v}


def _node_definition(node: AnyNode, model: Scenario) -> dict[str, Any]:
    """A node's activity definition: what it asked and, for an interaction, its options."""
    definition: dict[str, Any] = {}
    _described(definition, "name", _name_map(node, model))
    if isinstance(node, SceneNode):
        definition["type"] = SLIDE_TYPE
        return definition
    definition["type"] = INTERACTION_TYPE
    definition["interactionType"] = "choice"
    if isinstance(node, DecisionNode):
        _described(definition, "description", _language_map(node.text, model))
        options = (*node.choices, *(() if node.on_timeout is None else (node.on_timeout,)))
        definition["choices"] = [
            _component(c.id, c.text if c.text is not None else _TIMEOUT, model) for c in options
        ]
    elif isinstance(node, ChecklistNode | ReportNode):
        prompt = node.prompt if node.prompt is not None else node.text
        _described(definition, "description", _language_map(prompt, model))
        definition["choices"] = [_component(i.id, i.text, model) for i in node.items]
        # A checklist's correct items; every item of a report (a good note has them all).
        wanted = (
            [i.id for i in node.items if i.correct]
            if isinstance(node, ChecklistNode)
            else [i.id for i in node.items]
        )
        definition["correctResponsesPattern"] = [RESPONSE_DELIMITER.join(wanted)]
    else:  # an ending has no step of its own; named for completeness
        definition["interactionType"] = "other"
    return definition


#: The timeout's option, which the scenario file does not word.
_TIMEOUT = Text({"pl": "(czas minął)", "en": "(time ran out)"})


def _component(option_id: str, text: Text, model: Scenario) -> dict[str, Any]:
    component: dict[str, Any] = {"id": option_id}
    _described(component, "description", _language_map(text, model))
    return component


def iter_statements(
    payload: Mapping[str, Any],
    models: Mapping[str, Scenario | None],
    settings: XapiSettings | None = None,
) -> Iterator[dict[str, Any]]:
    """The statements for every attempt in ``payload`` (as
    :func:`~trainer.storage.results_exchange.collect` makes it), made one attempt at a
    time, in its order: each attempt's steps by number, then its ``completed`` if it
    finished. An activity's definition comes with the first statement that names it.

    ``models`` maps scenario content hashes to the version's model (None: the snapshot
    could not be read; its statements then carry ids without definitions).
    XapiError names the attempt and step whose stored data cannot make a statement.
    """
    builder = _Builder(payload, models, settings or XapiSettings())
    for attempt in payload["attempts"]:
        yield from builder.attempt(attempt)


def statements(
    payload: Mapping[str, Any],
    models: Mapping[str, Scenario | None],
    settings: XapiSettings | None = None,
) -> list[dict[str, Any]]:
    """:func:`iter_statements` as a list."""
    return list(iter_statements(payload, models, settings))


def encode(made: Iterable[Mapping[str, Any]], *, lines: bool = False) -> Iterator[bytes]:
    """UTF-8 JSON in pieces, one statement at a time (a centre's export runs to hundreds
    of MB): one array (the body ``POST /statements`` takes), or with ``lines`` one
    statement per line (JSON Lines, for tools that stream)."""
    first = True
    if not lines:
        yield b"["
    for statement in made:
        text = json.dumps(statement, ensure_ascii=False, separators=(",", ":")).encode()
        if lines:
            yield text + b"\n"
        else:
            yield text if first else b"," + text
        first = False
    if not lines:
        yield b"]\n"
