"""Scenario format version 1 (docs/scenario-format.md) as a schema."""

from __future__ import annotations

from typing import Any

from trainer.domain.ids import LANGUAGE_PATTERN, NAME_PATTERN, SCENARIO_ID_PATTERN, SLUG_PATTERN
from trainer.domain.model import Mode, Order, Outcome, Rating, Stage
from trainer.scenario_io.limits import (
    MAX_COMPETENCIES,
    MAX_EFFECT,
    MAX_MINUTES,
    MAX_REPORT_WORDS,
    MAX_SCORE_POINTS,
    MAX_TIME_LIMIT_SECONDS,
    MAX_VARIABLE_VALUE,
    MAX_VERSION,
)
from trainer.scenario_io.schema_dsl import (
    AnyOf,
    Bool,
    Field,
    FormatVersion,
    Int,
    ListOf,
    MapOf,
    Obj,
    Ref,
    Schema,
    Str,
    Tagged,
)

SLUG = Str("an id", pattern=SLUG_PATTERN)
NAME = Str("a name", pattern=NAME_PATTERN)
NODE_ID = Str("a node id", pattern=SLUG_PATTERN)
LANGUAGE = Str("a language code", pattern=LANGUAGE_PATTERN)
CONDITION = Str(
    "a condition",
    description="e.g. \"trust >= 2 and not visited('gate')\"; see the format's Conditions",
)

_TEXT_STRING = Str("a text")
_TEXT_MAP = MapOf(LANGUAGE, Str("a text"), what="a map of language → text", min_items=1)
TEXT = Ref(
    "Text",
    AnyOf(
        (_TEXT_STRING, _TEXT_MAP),
        pick=lambda v: (
            _TEXT_STRING if isinstance(v, str) else _TEXT_MAP if isinstance(v, dict) else None
        ),
        what="a text or a map of language → text",
    ),
)

_ALTERNATIVE = Obj(
    {
        "if": Field(CONDITION, description="tried in order; the last alternative has no if"),
        "text": Field(TEXT, required=True),
    },
    what="a text alternative {if: condition, text: ...}",
)
_ALTERNATIVES = ListOf(_ALTERNATIVE, what="a list of text alternatives", min_items=1)
PATH_TEXT = Ref(
    "PathText",
    AnyOf(
        (TEXT, _ALTERNATIVES),
        pick=lambda v: _ALTERNATIVES if isinstance(v, list) else TEXT,
        what="a text, a map of language → text, or a list of alternatives",
    ),
    description="a Text, or (format 1.1) alternatives [{if: ..., text: ...}, ..., {text: ...}]",
)

ROUTE = Obj(
    {
        "if": Field(CONDITION, description="tried in order; the last route has no if"),
        "to": Field(NODE_ID, required=True),
    },
    what="a route {if: condition, to: node}",
)
_ROUTES = ListOf(ROUTE, what="a list of routes", min_items=1)
NEXT = Ref(
    "Next",
    AnyOf(
        (NODE_ID, _ROUTES),
        pick=lambda v: NODE_ID if isinstance(v, str) else _ROUTES if isinstance(v, list) else None,
        what="a node id or a list of routes",
    ),
    description="a node id, or routes [{if: ..., to: ...}, ..., {to: ...}]",
)

SCORE = MapOf(
    NAME,
    Int("points", minimum=-MAX_SCORE_POINTS, maximum=MAX_SCORE_POINTS),
    what="a map of competency → points",
)
EFFECTS = MapOf(
    NAME,
    Int("a change", minimum=-MAX_EFFECT, maximum=MAX_EFFECT),
    what="a map of variable → change",
)
VARIABLE_VALUE = Int("a whole number", minimum=-MAX_VARIABLE_VALUE, maximum=MAX_VARIABLE_VALUE)
RATING = Str("a rating", enum=tuple(r.value for r in Rating))
ORDER = Field(
    Str("an order", enum=tuple(o.value for o in Order)),
    description="format 1.1: fixed keeps the file order; shuffled (the default) shuffles "
    "once per attempt",
)

_OUTCOME_FIELDS: dict[str, Field] = {
    "feedback": Field(PATH_TEXT, description="why this helps or harms"),
    "rating": Field(RATING, required=True),
    "score": Field(SCORE),
    "effects": Field(EFFECTS),
    "next": Field(NEXT, required=True),
}
CHOICE = Ref(
    "Choice",
    Obj(
        {
            "id": Field(SLUG, required=True),
            "text": Field(TEXT, required=True, description="what the officer does or says"),
            "if": Field(CONDITION, description="offered only when true"),
            **_OUTCOME_FIELDS,
        },
        what="a choice",
    ),
)
ON_TIMEOUT = Obj(_OUTCOME_FIELDS, what="a timeout outcome")
ITEM = Obj(
    {
        "id": Field(SLUG, required=True),
        "text": Field(TEXT, required=True),
        "correct": Field(Bool(), required=True),
        "feedback": Field(TEXT),
    },
    what="a checklist item",
)

REPORT_ITEM = Obj(
    {
        "id": Field(SLUG, required=True),
        "text": Field(TEXT, required=True, description="what a good note contains"),
        "feedback": Field(TEXT, description="why it belongs in the note"),
    },
    what="a report item",
)

_COMMON: dict[str, Field] = {
    "type": Field(Str("a node type", enum=("scene", "decision", "checklist", "report", "ending"))),
    "title": Field(PATH_TEXT),
    "text": Field(PATH_TEXT, required=True),
    "image": Field(Str("an image path"), description="relative to the scenario folder"),
    "image_alt": Field(
        TEXT, description="format 1.1: what the image shows, for those who cannot see it"
    ),
    "cards": Field(ListOf(SLUG, what="a list of card ids")),
    "stage": Field(Str("a stage", enum=tuple(s.value for s in Stage))),
}


def _node(kind: str, fields: dict[str, Field]) -> Obj:
    return Obj(
        {**_COMMON, "type": Field(Str("a node type", enum=(kind,)), required=True), **fields},
        what=f"a {kind} node",
    )


NODE = Ref(
    "Node",
    Tagged(
        {
            "scene": _node("scene", {"next": Field(NEXT, required=True)}),
            "decision": _node(
                "decision",
                {
                    "choices": Field(
                        ListOf(CHOICE, what="a list of choices", min_items=1), required=True
                    ),
                    "time_limit": Field(
                        Int(
                            "seconds",
                            minimum=1,
                            maximum=MAX_TIME_LIMIT_SECONDS,
                            too_large=" seconds (an hour): time_limit is in seconds, so this"
                            " looks like milliseconds; write 90 for a minute and a half",
                        ),
                        description="seconds, 1 to 3600",
                    ),
                    "on_timeout": Field(ON_TIMEOUT),
                    "order": ORDER,
                },
            ),
            "checklist": _node(
                "checklist",
                {
                    "prompt": Field(TEXT, required=True),
                    "items": Field(
                        ListOf(ITEM, what="a list of checklist items", min_items=1), required=True
                    ),
                    "competency": Field(NAME, required=True),
                    "next": Field(NEXT, required=True),
                    "order": ORDER,
                },
            ),
            "report": _node(
                "report",
                {
                    "prompt": Field(TEXT, description="the label over the text box"),
                    "min_words": Field(
                        Int("a number of words", minimum=1, maximum=MAX_REPORT_WORDS),
                        description="the note cannot be submitted with fewer words",
                    ),
                    "competency": Field(NAME, required=True),
                    "model": Field(TEXT, required=True, description="shown after submitting"),
                    "items": Field(
                        ListOf(REPORT_ITEM, what="a list of report items", min_items=1),
                        required=True,
                    ),
                    "next": Field(NEXT, required=True),
                },
            ),
            "ending": _node(
                "ending",
                {
                    "outcome": Field(
                        Str("an outcome", enum=tuple(o.value for o in Outcome)), required=True
                    ),
                    "debrief": Field(PATH_TEXT),
                },
            ),
        },
        what="a node",
    ),
)

SCENARIO = Obj(
    {
        "format": Field(
            FormatVersion("the format version"),
            required=True,
            description="1, or 1.1 for a file using a version-1.1 addition",
        ),
        "id": Field(
            Str("a scenario id", pattern=SCENARIO_ID_PATTERN),
            required=True,
            description="equals the folder name",
        ),
        "version": Field(Int("a version number", minimum=1, maximum=MAX_VERSION), required=True),
        "languages": Field(
            ListOf(LANGUAGE, what="a list of language codes", min_items=1),
            required=True,
            description="the first is the default",
        ),
        "title": Field(TEXT, required=True),
        "summary": Field(TEXT),
        "tags": Field(ListOf(SLUG, what="a list of tags")),
        "minutes": Field(Int("minutes", minimum=1, maximum=MAX_MINUTES)),
        "modes": Field(
            ListOf(
                Str("a mode", enum=tuple(m.value for m in Mode)),
                what="a list of modes",
                min_items=1,
            )
        ),
        "competencies": Field(
            MapOf(
                NAME,
                Obj({"label": Field(TEXT), "description": Field(TEXT)}, what="a competency"),
                what="a map of competencies",
                min_items=1,
                max_items=MAX_COMPETENCIES,
            ),
            required=True,
        ),
        "variables": Field(
            MapOf(
                NAME,
                Obj(
                    {
                        "initial": Field(VARIABLE_VALUE),
                        "min": Field(VARIABLE_VALUE),
                        "max": Field(VARIABLE_VALUE),
                        "label": Field(TEXT),
                    },
                    what="a variable",
                ),
                what="a map of variables",
            )
        ),
        "cards": Field(
            MapOf(
                SLUG,
                Obj(
                    {"title": Field(TEXT, required=True), "text": Field(TEXT, required=True)},
                    what="a card",
                ),
                what="a map of cards",
            )
        ),
        "start": Field(NODE_ID, required=True),
        "nodes": Field(MapOf(NODE_ID, NODE, what="a map of nodes", min_items=1), required=True),
    },
    what="a scenario",
)

_DEFINITIONS: tuple[Ref, ...] = (TEXT, PATH_TEXT, NEXT, CHOICE, NODE)


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a version-1 (or 1.1) ``scenario.yaml``."""
    schema = SCENARIO.json_schema()
    schema["properties"]["format"] = {
        "enum": [1, 1.1],
        "description": "1, or 1.1 for a file using a version-1.1 addition (text alternatives,"
        " forms of address, report nodes, order)",
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://trainer.invalid/schema/scenario-v1.json",
        "title": "Case-scenario trainer: scenario file, format version 1 and 1.1",
        **schema,
        "$defs": {ref.name: ref.target.json_schema() for ref in _DEFINITIONS},
    }


def root_schema() -> Schema:
    """The schema every scenario document is checked against."""
    return SCENARIO
