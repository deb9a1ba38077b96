"""Scenario data as the text of a ``scenario.yaml`` a trainer can read and edit.

ruamel.yaml does the quoting (YAML 1.2 core, the reader's schema), so any string comes
back as written; texts of several lines are literal blocks (``|``) where YAML allows
one, which keeps a passage's paragraphs readable in the file.
"""

from __future__ import annotations

import io
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import LiteralScalarString

from trainer.scenario_io.yaml_tree import YamlProblem, parse_yaml

_WIDTH = 100


def _blocks(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _blocks(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_blocks(item) for item in value]
    if isinstance(value, str) and "\n" in value.rstrip("\n"):
        return LiteralScalarString(value)
    return value


def scenario_yaml(data: dict[str, Any]) -> str:
    """The YAML text of ``data`` (plain dicts, lists, strings, numbers, booleans)."""
    yaml = YAML(typ="rt")
    yaml.width = _WIDTH
    yaml.indent(mapping=2, sequence=4, offset=2)
    buffer = io.StringIO()
    yaml.dump(_blocks(data), buffer)
    text = buffer.getvalue()
    try:
        back = parse_yaml(text).data
    except YamlProblem:
        # Something the reader refuses (a text over its length cap, say): the file is
        # still written, and validating it names the problem and its line.
        return text
    if back != data:
        raise AssertionError("the scenario YAML does not read back as the data written")
    return text
