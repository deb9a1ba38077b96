"""Scenario data as the text of a ``scenario.yaml`` a trainer can read and edit.

A small emitter for the plain data a scenario is (dicts, lists, strings, numbers,
booleans): block mappings and lists, ids and words unquoted, other strings in JSON's
double quotes (which YAML reads the same), texts of several lines as literal blocks
(``|``) so a passage's paragraphs stay readable. Whatever it writes is read back with
the app's own YAML reader and compared with the data, so a quoting slip cannot pass
silently. (ruamel.yaml's emitter did the same job ten times slower: 4 s for a
2,000-passage story.)
"""

from __future__ import annotations

import json
import re
from typing import Any

from trainer.scenario_io.yaml_tree import YamlProblem, parse_yaml

# Unquoted only where no YAML reader could take it for anything but a string.
_PLAIN = re.compile(r"[a-z][a-z0-9_-]*")
_RESERVED = frozenset({"true", "false", "null", "yes", "no", "on", "off", "y", "n"})


def _scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if _PLAIN.fullmatch(text) and text not in _RESERVED:
        return text
    # JSON leaves DEL, C1 controls and other unprintables raw; YAML wants them escaped.
    return "".join(
        c if c.isprintable() else _escape(c) for c in json.dumps(text, ensure_ascii=False)
    )


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _literal(text: str) -> tuple[str, list[str]] | None:
    """The chomping indicator and lines of ``text`` as a literal block, if it can be one."""
    if "\n" not in text.rstrip("\n") or text.endswith("\n\n"):
        return None
    lines = text.removesuffix("\n").split("\n")
    if lines[0][:1] in ("", " ") or any(
        line != line.rstrip() or not line.isprintable() for line in lines
    ):
        return None
    return ("|" if text.endswith("\n") else "|-"), lines


def _flow(value: Any) -> str:
    if isinstance(value, dict):
        return "{}"  # only empty mappings are written in flow style
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    return _scalar(value)


def _is_flat(value: Any) -> bool:
    return isinstance(value, list) and all(
        not isinstance(item, dict | list) and (not isinstance(item, str) or "\n" not in item)
        for item in value
    )


def _value(lead: str, value: Any, indent: int, out: list[str]) -> None:
    """Write ``value`` after ``lead`` (``key:`` or ``-``) at ``indent``."""
    pad = " " * indent
    if isinstance(value, dict) and value:
        out.append(lead)
        _mapping(value, indent + 2, out)
    elif isinstance(value, list) and value and not _is_flat(value):
        out.append(lead)
        _sequence(value, indent + 2, out)
    elif isinstance(value, str) and (block := _literal(value)) is not None:
        indicator, lines = block
        out.append(f"{lead} {indicator}")
        out.extend(f"{pad}  {line}" if line else "" for line in lines)
    else:
        out.append(f"{lead} {_flow(value)}")


def _mapping(data: dict[str, Any], indent: int, out: list[str]) -> None:
    pad = " " * indent
    for key, value in data.items():
        _value(f"{pad}{_scalar(str(key))}:", value, indent, out)


def _sequence(items: list[Any], indent: int, out: list[str]) -> None:
    pad = " " * indent
    for item in items:
        if isinstance(item, dict) and item:
            start = len(out)
            _mapping(item, indent + 2, out)
            out[start] = f"{pad}- {out[start][indent + 2 :]}"
        else:
            _value(f"{pad}-", item, indent, out)


def scenario_yaml(data: dict[str, Any]) -> str:
    """The YAML text of ``data``; AssertionError if it would not read back as ``data``."""
    out: list[str] = []
    _mapping(data, 0, out)
    text = "\n".join(out) + "\n"
    try:
        back = parse_yaml(text).data
    except YamlProblem:
        # Something the reader refuses (a text over its length cap, control characters
        # from a trainer block): the file is still written, and validating it names
        # the problem and its line.
        return text
    if back != data:
        raise AssertionError("the scenario YAML does not read back as the data written")
    return text
