"""A small declarative schema: checks plain data with precise findings and exports JSON Schema.

One definition serves two readers: the validator (messages a trainer can act
on, naming the field and the value) and a text editor (JSON Schema for
completion). A general JSON-Schema validator would give neither good messages
nor the node and choice a problem belongs to.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from trainer.scenario_io.yaml_tree import Path


class Sink(Protocol):
    """Where a schema reports what is wrong."""

    def report(self, code: str, message: str, path: Path, *, key: bool = False) -> None: ...


def _type_name(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"a true/false value ({str(value).lower()})"
    if isinstance(value, int):
        return f"a number ({value})"
    if isinstance(value, float):
        return f"a decimal number ({value})"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "…"
        return f"the text {shown!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


class Schema:
    """Base class: ``what`` names the expected thing in messages ("a node id")."""

    what: str = "a value"
    description: str = ""

    def check(self, value: Any, path: Path, sink: Sink) -> None:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def _described(self, schema: dict[str, Any]) -> dict[str, Any]:
        if self.description:
            schema["description"] = self.description
        return schema


@dataclass
class Str(Schema):
    """A string, optionally matching a pattern or one of a fixed set of values."""

    what: str = "a text"
    pattern: str | None = None
    enum: tuple[str, ...] | None = None
    description: str = ""
    _regex: re.Pattern[str] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        if self.pattern is not None:
            self._regex = re.compile(rf"\A(?:{self.pattern})\Z")

    def check(self, value: Any, path: Path, sink: Sink) -> None:
        if not isinstance(value, str):
            sink.report("wrong-type", f"expected {self.what}, found {_type_name(value)}", path)
            return
        if self.enum is not None and value not in self.enum:
            options = ", ".join(self.enum)
            hint = _suggest(value, self.enum)
            sink.report(
                "bad-value", f"{value!r} is not {self.what}: use one of {options}{hint}", path
            )
        elif self._regex is not None and not self._regex.match(value):
            sink.report(
                "bad-id",
                f"{value!r} is not {self.what} (allowed: lower-case letters, digits"
                f"{', - and _' if '_' in (self.pattern or '') else ' and -'}; "
                f"pattern {self.pattern})",
                path,
            )

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string"}
        if self.enum is not None:
            schema["enum"] = list(self.enum)
        if self.pattern is not None:
            schema["pattern"] = f"^(?:{self.pattern})$"
        return self._described(schema)


@dataclass
class Int(Schema):
    """An integer (true/false and decimals are refused), optionally bounded.

    ``too_large`` is added to the message for a value above ``maximum`` (the likely
    mistake, such as milliseconds written where seconds belong).
    """

    what: str = "a whole number"
    minimum: int | None = None
    maximum: int | None = None
    description: str = ""
    too_large: str = ""

    def check(self, value: Any, path: Path, sink: Sink) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            sink.report("wrong-type", f"expected {self.what}, found {_type_name(value)}", path)
        elif self.minimum is not None and value < self.minimum:
            sink.report("bad-value", f"{value} is too small: at least {self.minimum}", path)
        elif self.maximum is not None and value > self.maximum:
            sink.report(
                "bad-value", f"{value} is too large: at most {self.maximum}{self.too_large}", path
            )

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "integer"}
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        return self._described(schema)


@dataclass
class FormatVersion(Schema):
    """The ``format`` field: a whole number, or a version such as 1.1 written as a decimal.

    Which versions the app reads is the semantic checks' business (``unsupported-format``).
    """

    what: str = "the format version"
    description: str = ""

    def check(self, value: Any, path: Path, sink: Sink) -> None:
        if isinstance(value, float) and value == 1.1:
            return
        if isinstance(value, bool) or not isinstance(value, int):
            sink.report("wrong-type", f"expected {self.what}, found {_type_name(value)}", path)

    def json_schema(self) -> dict[str, Any]:
        return self._described({"type": "number"})


@dataclass
class Bool(Schema):
    """true or false."""

    what: str = "true or false"
    description: str = ""

    def check(self, value: Any, path: Path, sink: Sink) -> None:
        if not isinstance(value, bool):
            sink.report("wrong-type", f"expected {self.what}, found {_type_name(value)}", path)

    def json_schema(self) -> dict[str, Any]:
        return self._described({"type": "boolean"})


@dataclass
class Ref(Schema):
    """A named definition, exported once under ``$defs`` (checked like its target)."""

    name: str
    target: Schema
    description: str = ""

    @property
    def what(self) -> str:  # type: ignore[override]
        return self.target.what

    def check(self, value: Any, path: Path, sink: Sink) -> None:
        self.target.check(value, path, sink)

    def json_schema(self) -> dict[str, Any]:
        return self._described({"$ref": f"#/$defs/{self.name}"})


@dataclass
class ListOf(Schema):
    """A list of items of one schema."""

    item: Schema
    what: str = "a list"
    min_items: int = 0
    description: str = ""

    def check(self, value: Any, path: Path, sink: Sink) -> None:
        if not isinstance(value, list):
            sink.report("wrong-type", f"expected {self.what}, found {_type_name(value)}", path)
            return
        if len(value) < self.min_items:
            sink.report("empty-list", f"{self.what} needs at least {self.min_items} entry", path)
        for index, item in enumerate(value):
            self.item.check(item, (*path, index), sink)

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": self.item.json_schema()}
        if self.min_items:
            schema["minItems"] = self.min_items
        return self._described(schema)


@dataclass
class MapOf(Schema):
    """A mapping whose keys follow a pattern and whose values share one schema."""

    key: Str
    value: Schema
    what: str = "a mapping"
    min_items: int = 0
    description: str = ""
    max_items: int | None = None

    def check(self, value: Any, path: Path, sink: Sink) -> None:
        if not isinstance(value, dict):
            sink.report("wrong-type", f"expected {self.what}, found {_type_name(value)}", path)
            return
        if len(value) < self.min_items:
            sink.report("empty-list", f"{self.what} needs at least {self.min_items} entry", path)
        if self.max_items is not None and len(value) > self.max_items:
            sink.report(
                "too-many",
                f"{self.what} has {len(value):,} entries: at most {self.max_items}",
                path,
            )
        for key, item in value.items():
            self.key.check(key, (*path, key), _KeySink(sink))
            self.value.check(item, (*path, key), sink)

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {
            "type": "object",
            "propertyNames": self.key.json_schema(),
            "additionalProperties": self.value.json_schema(),
        }
        if self.min_items:
            schema["minProperties"] = self.min_items
        if self.max_items is not None:
            schema["maxProperties"] = self.max_items
        return self._described(schema)


class _KeySink:
    """Reports problems of a mapping key at the key's own position."""

    def __init__(self, sink: Sink) -> None:
        self._sink = sink

    def report(self, code: str, message: str, path: Path, *, key: bool = False) -> None:
        self._sink.report(code, message, path, key=True)


@dataclass
class Field:
    """One field of an object."""

    schema: Schema
    required: bool = False
    description: str = ""


@dataclass
class Obj(Schema):
    """A mapping with known fields; unknown fields are errors (with a did-you-mean)."""

    fields: dict[str, Field]
    what: str = "a mapping"
    description: str = ""

    def check(self, value: Any, path: Path, sink: Sink) -> None:
        if not isinstance(value, dict):
            sink.report("wrong-type", f"expected {self.what}, found {_type_name(value)}", path)
            return
        for name, spec in self.fields.items():
            if name in value:
                spec.schema.check(value[name], (*path, name), sink)
            elif spec.required:
                sink.report("missing-field", f"the field {name!r} is required", path)
        for name in value:
            if name not in self.fields:
                hint = _suggest(name, tuple(self.fields))
                allowed = ", ".join(self.fields)
                sink.report(
                    "unknown-field",
                    f"unknown field {name!r}{hint} (allowed here: {allowed})",
                    (*path, name),
                    key=True,
                )

    def json_schema(self) -> dict[str, Any]:
        properties = {}
        for name, spec in self.fields.items():
            sub = spec.schema.json_schema()
            if spec.description:
                sub = {**sub, "description": spec.description}
            properties[name] = sub
        schema: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        required = [name for name, spec in self.fields.items() if spec.required]
        if required:
            schema["required"] = required
        return self._described(schema)


@dataclass
class AnyOf(Schema):
    """One of several shapes; ``pick`` chooses which applies from the value's type."""

    options: tuple[Schema, ...]
    pick: Callable[[Any], Schema | None]
    what: str = "a value"
    description: str = ""

    def check(self, value: Any, path: Path, sink: Sink) -> None:
        chosen = self.pick(value)
        if chosen is None:
            sink.report("wrong-type", f"expected {self.what}, found {_type_name(value)}", path)
        else:
            chosen.check(value, path, sink)

    def json_schema(self) -> dict[str, Any]:
        return self._described({"anyOf": [option.json_schema() for option in self.options]})


@dataclass
class Tagged(Schema):
    """Objects told apart by a ``type`` field; each variant lists all its fields."""

    variants: dict[str, Obj]
    tag: str = "type"
    what: str = "a mapping"
    description: str = ""

    def check(self, value: Any, path: Path, sink: Sink) -> None:
        if not isinstance(value, dict):
            sink.report("wrong-type", f"expected {self.what}, found {_type_name(value)}", path)
            return
        kinds = ", ".join(self.variants)
        tag = value.get(self.tag)
        if tag is None:
            sink.report("missing-field", f"the field {self.tag!r} is required ({kinds})", path)
            return
        variant = self.variants.get(tag) if isinstance(tag, str) else None
        if variant is None:
            hint = _suggest(tag, tuple(self.variants)) if isinstance(tag, str) else ""
            sink.report(
                "bad-value",
                f"{self.tag} {tag!r} is unknown{hint}: use one of {kinds}",
                (*path, self.tag),
            )
            return
        variant.check(value, path, sink)

    def json_schema(self) -> dict[str, Any]:
        return self._described(
            {"oneOf": [variant.json_schema() for variant in self.variants.values()]}
        )


def _suggest(word: str, options: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""
