"""A small checker of xAPI 1.0.3 statements (Part Two, "Experience API Data"), written
from the specification and independent of the exporter it checks.

It covers what an LRS must reject (2.2: null values, wrong types, malformed UUIDs,
IRIs without a scheme, bad language tags) and the required fields of each part a
statement of ours can hold: actor (an Agent with exactly one inverse functional
identifier; an account has homePage and name), verb, object (an Activity with an IRI id;
an interaction's type, components and ids), result (score ranges, ISO 8601 duration),
context (registration UUID, contextActivities keys, revision/platform only for
activities), timestamp (ISO 8601 with a time zone). ``problems(statement)`` lists
what is wrong, each with its place; an empty list means the statement passes.
"""

from __future__ import annotations

import re
import uuid
from typing import Any
from urllib.parse import urlsplit

STATEMENT_KEYS = {
    "id",
    "actor",
    "verb",
    "object",
    "result",
    "context",
    "timestamp",
    "stored",
    "authority",
    "version",
    "attachments",
}
AGENT_KEYS = {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"}
IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
ACTIVITY_KEYS = {"objectType", "id", "definition"}
DEFINITION_KEYS = {
    "name",
    "description",
    "type",
    "moreInfo",
    "interactionType",
    "correctResponsesPattern",
    "choices",
    "scale",
    "source",
    "target",
    "steps",
    "extensions",
}
INTERACTION_TYPES = {
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
}
COMPONENT_LISTS = {
    "choice": {"choices"},
    "sequencing": {"choices"},
    "likert": {"scale"},
    "matching": {"source", "target"},
    "performance": {"steps"},
}
RESULT_KEYS = {"score", "success", "completion", "response", "duration", "extensions"}
SCORE_KEYS = {"scaled", "raw", "min", "max"}
CONTEXT_KEYS = {
    "registration",
    "instructor",
    "team",
    "contextActivities",
    "revision",
    "platform",
    "language",
    "statement",
    "extensions",
}
CONTEXT_ACTIVITY_KEYS = {"parent", "grouping", "category", "other"}
# RFC 5646's shape, as far as an LRS must check it (2.2: "the sequence of token lengths").
LANGUAGE_TAG = re.compile(
    r"[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?(-[A-Za-z0-9]{5,8})*"
)
# ISO 8601:2004 4.4.3.2 durations (PnYnMnDTnHnMnS, or PnW); the last part may have decimals.
DURATION = re.compile(
    r"P(?=\d|T\d)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?D)?"
    r"(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?|P\d+W"
)
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})")


class _Check:
    def __init__(self) -> None:
        self.found: list[str] = []

    def fail(self, where: str, what: str) -> None:
        self.found.append(f"{where}: {what}")

    def mapping(self, value: Any, where: str, allowed: set[str]) -> bool:
        if not isinstance(value, dict):
            self.fail(where, "must be an object")
            return False
        if not value:
            self.fail(where, "is an empty object (SHOULD NOT be sent)")
        for key, item in value.items():
            if key not in allowed:
                self.fail(where, f"has a property the spec does not allow: {key!r}")
            if item is None:
                self.fail(f"{where}.{key}", "is null")
        return True

    def iri(self, value: Any, where: str) -> None:
        if not isinstance(value, str) or not value:
            self.fail(where, "must be an IRI (a non-empty string)")
            return
        parts = urlsplit(value)
        if not parts.scheme or any(c.isspace() for c in value):
            self.fail(where, f"is not an absolute IRI: {value!r}")
        if parts.scheme in ("http", "https") and not parts.netloc:
            self.fail(where, f"has no host: {value!r}")

    def uuid(self, value: Any, where: str) -> None:
        try:
            parsed = uuid.UUID(value)
        except (TypeError, ValueError, AttributeError):
            self.fail(where, f"is not a UUID: {value!r}")
            return
        if str(parsed) != value.lower() or len(value) != 36:
            self.fail(where, f"is not a UUID in standard string form: {value!r}")
        if parsed.variant != uuid.RFC_4122:
            self.fail(where, "is not a variant 2 (RFC 4122) UUID")

    def language_map(self, value: Any, where: str) -> None:
        if not isinstance(value, dict) or not value:
            self.fail(where, "must be a non-empty language map")
            return
        for tag, text in value.items():
            if not LANGUAGE_TAG.fullmatch(tag):
                self.fail(where, f"has a key that is not an RFC 5646 tag: {tag!r}")
            if not isinstance(text, str):
                self.fail(f"{where}[{tag}]", "must be a string")

    def extensions(self, value: Any, where: str) -> None:
        if not isinstance(value, dict):
            self.fail(where, "must be an object")
            return
        for key in value:
            self.iri(key, f"{where} key")

    def number(self, value: Any, where: str) -> bool:
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.fail(where, f"must be a number, not {value!r}")
            return False
        return True

    # -- the parts -------------------------------------------------------------------------

    def agent(self, value: Any, where: str) -> None:
        if not self.mapping(value, where, AGENT_KEYS):
            return
        if value.get("objectType", "Agent") != "Agent":
            self.fail(where, "objectType must be Agent")
        ifis = [key for key in IFIS if key in value]
        if len(ifis) != 1:
            self.fail(where, f"must have exactly one inverse functional identifier, has {ifis}")
        if "name" in value and not isinstance(value["name"], str):
            self.fail(f"{where}.name", "must be a string")
        account = value.get("account")
        if account is not None and self.mapping(account, f"{where}.account", {"homePage", "name"}):
            if "homePage" not in account or "name" not in account:
                self.fail(f"{where}.account", "needs homePage and name")
            self.iri(account.get("homePage"), f"{where}.account.homePage")
            if not isinstance(account.get("name"), str) or not account.get("name"):
                self.fail(f"{where}.account.name", "must be a non-empty string")

    def verb(self, value: Any, where: str) -> None:
        if not self.mapping(value, where, {"id", "display"}):
            return
        self.iri(value.get("id"), f"{where}.id")
        if "display" in value:
            self.language_map(value["display"], f"{where}.display")

    def activity(self, value: Any, where: str) -> None:
        if not self.mapping(value, where, ACTIVITY_KEYS):
            return
        if value.get("objectType", "Activity") != "Activity":
            self.fail(where, "objectType must be Activity here")
        self.iri(value.get("id"), f"{where}.id")
        if "definition" in value:
            self.definition(value["definition"], f"{where}.definition")

    def definition(self, value: Any, where: str) -> None:
        if not self.mapping(value, where, DEFINITION_KEYS):
            return
        for key in ("name", "description"):
            if key in value:
                self.language_map(value[key], f"{where}.{key}")
        for key in ("type", "moreInfo"):
            if key in value:
                self.iri(value[key], f"{where}.{key}")
        if "extensions" in value:
            self.extensions(value["extensions"], f"{where}.extensions")
        kind = value.get("interactionType")
        lists = {"choices", "scale", "source", "target", "steps"} & set(value)
        if kind is None:
            if lists or "correctResponsesPattern" in value:
                self.fail(where, "has interaction properties without an interactionType")
            return
        if kind not in INTERACTION_TYPES:
            self.fail(where, f"has no valid interactionType: {kind!r}")
            return
        for extra in lists - COMPONENT_LISTS.get(kind, set()):
            self.fail(where, f"{kind!r} interactions take no {extra!r} list")
        pattern = value.get("correctResponsesPattern")
        if pattern is not None and (
            not isinstance(pattern, list) or not all(isinstance(p, str) for p in pattern)
        ):
            self.fail(f"{where}.correctResponsesPattern", "must be an array of strings")
        for name in lists:
            components = value[name]
            if not isinstance(components, list):
                self.fail(f"{where}.{name}", "must be an array")
                continue
            ids = []
            for n, component in enumerate(components):
                place = f"{where}.{name}[{n}]"
                if not self.mapping(component, place, {"id", "description"}):
                    continue
                ident = component.get("id")
                if not isinstance(ident, str) or not ident:
                    self.fail(place, "needs an id")
                elif any(c.isspace() for c in ident):
                    self.fail(place, f"id has whitespace: {ident!r}")
                ids.append(ident)
                if "description" in component:
                    self.language_map(component["description"], f"{place}.description")
            if len(ids) != len(set(ids)):
                self.fail(f"{where}.{name}", "ids are not distinct")

    def result(self, value: Any, where: str) -> None:
        if not self.mapping(value, where, RESULT_KEYS):
            return
        for key in ("success", "completion"):
            if key in value and not isinstance(value[key], bool):
                self.fail(f"{where}.{key}", "must be a boolean")
        if "response" in value and not isinstance(value["response"], str):
            self.fail(f"{where}.response", "must be a string")
        if "duration" in value and not (
            isinstance(value["duration"], str) and DURATION.fullmatch(value["duration"])
        ):
            self.fail(f"{where}.duration", f"is not an ISO 8601 duration: {value['duration']!r}")
        if "extensions" in value:
            self.extensions(value["extensions"], f"{where}.extensions")
        score = value.get("score")
        if score is None or not self.mapping(score, f"{where}.score", SCORE_KEYS):
            return
        numbers = {k: score[k] for k in SCORE_KEYS & set(score) if self.number(score[k], k)}
        if "scaled" in numbers and not -1 <= numbers["scaled"] <= 1:
            self.fail(f"{where}.score.scaled", "must be from -1 to 1")
        if "min" in numbers and "max" in numbers and not numbers["min"] < numbers["max"]:
            self.fail(f"{where}.score", "min must be less than max")
        if "raw" in numbers:
            if "min" in numbers and numbers["raw"] < numbers["min"]:
                self.fail(f"{where}.score.raw", "is below min")
            if "max" in numbers and numbers["raw"] > numbers["max"]:
                self.fail(f"{where}.score.raw", "is above max")

    def context(self, value: Any, where: str, object_is_activity: bool) -> None:
        if not self.mapping(value, where, CONTEXT_KEYS):
            return
        if "registration" in value:
            self.uuid(value["registration"], f"{where}.registration")
        for key in ("revision", "platform"):
            if key in value:
                if not isinstance(value[key], str):
                    self.fail(f"{where}.{key}", "must be a string")
                if not object_is_activity:
                    self.fail(f"{where}.{key}", "is only for statements about an activity")
        if "language" in value and not (
            isinstance(value["language"], str) and LANGUAGE_TAG.fullmatch(value["language"])
        ):
            self.fail(f"{where}.language", f"is not an RFC 5646 tag: {value['language']!r}")
        if "extensions" in value:
            self.extensions(value["extensions"], f"{where}.extensions")
        activities = value.get("contextActivities")
        if activities is not None and self.mapping(
            activities, f"{where}.contextActivities", CONTEXT_ACTIVITY_KEYS
        ):
            for key, listed in activities.items():
                for n, activity in enumerate(listed if isinstance(listed, list) else [listed]):
                    self.activity(activity, f"{where}.contextActivities.{key}[{n}]")


def problems(statement: Any) -> list[str]:
    """What is wrong with ``statement`` as an xAPI 1.0.3 statement (empty: nothing)."""
    check = _Check()
    if not check.mapping(statement, "statement", STATEMENT_KEYS):
        return check.found
    for required in ("actor", "verb", "object"):
        if required not in statement:
            check.fail("statement", f"lacks {required!r}")
    if "id" in statement:
        check.uuid(statement["id"], "id")
    if "actor" in statement:
        check.agent(statement["actor"], "actor")
    if "verb" in statement:
        check.verb(statement["verb"], "verb")
    target = statement.get("object")
    is_activity = isinstance(target, dict) and target.get("objectType", "Activity") == "Activity"
    if target is not None:
        if is_activity:
            check.activity(target, "object")
        else:
            check.fail("object", "this checker knows only Activity objects")
    if "result" in statement:
        check.result(statement["result"], "result")
    if "context" in statement:
        check.context(statement["context"], "context", is_activity)
    if "timestamp" in statement and not (
        isinstance(statement["timestamp"], str) and TIMESTAMP.fullmatch(statement["timestamp"])
    ):
        check.fail("timestamp", f"is not an ISO 8601 time with a zone: {statement['timestamp']!r}")
    if "version" in statement and statement["version"] != "1.0.0":
        check.fail("version", "a provider that sets it MUST set 1.0.0")
    return check.found
