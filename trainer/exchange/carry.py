"""What Twine cannot show, carried through it in a comment: the ``trainer:`` blocks.

An exported passage ends with

    <!-- trainer:node
    {"id": "arrival", "node": {...the whole node as in scenario.yaml...}}
    -->

An HTML comment: Harlowe and SugarCube both hide it, Twine keeps it as passage text,
and the import reads it back, so a node's id, ratings, feedback, points, conditions,
variables' effects, other languages and every other field survive a trip through
Twine. The JSON never holds ``<`` or ``>`` (written ``\\u003c``, ``\\u003e``), so
``-->`` cannot close the comment early and the block's ``<!--`` is the passage's last.

Also the texts of one language inside a Text (plain string, language map, or a list
of alternatives), which both directions share.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Sequence
from typing import Any

from trainer.exchange.twee import load_json

#: Deepest nesting a block may have (a node needs about 8); deeper is not ours.
MAX_BLOCK_DEPTH = 16

_BLOCK = re.compile(r"<!--\s*trainer:(node|scenario)[ \t]*\n(.*)\n?[ \t]*-->\s*\Z", re.DOTALL)


def encode_block(kind: str, data: dict[str, Any]) -> str:
    """The comment block carrying ``data`` (``kind`` is ``node`` or ``scenario``)."""
    text = json.dumps(data, ensure_ascii=False, indent=1)
    # "<" and ">" appear in JSON only inside strings, where \u003c and \u003e mean the
    # same characters: so the block's own "<!--" is the last in the passage.
    escaped = text.replace("<", "\\u003c").replace(">", "\\u003e")
    return f"<!-- trainer:{kind}\n{escaped}\n-->"


class BlockError(ValueError):
    """A trainer block that is there but cannot be read; ``text`` is the passage text
    without it (a broken block is not story text either)."""

    def __init__(self, message: str, text: str) -> None:
        super().__init__(message)
        self.text = text


def split_block(text: str) -> tuple[str, str | None, dict[str, Any] | None]:
    """``text`` without a trailing block, the block's kind and data.

    (text, None, None) when there is no block; BlockError when there is one whose
    JSON does not read as an object of sane depth.
    """
    # Only the last comment can be the block (its JSON holds no "<"); matching there
    # alone keeps a passage of many "<!--" from costing a scan to the end for each.
    match = _BLOCK.match(text, max(text.rfind("<!--"), 0))
    if match is None:
        marker = text.rfind("<!-- trainer:")
        if marker < 0:
            return text, None, None
        # Something was written after the block in Twine: not read, and not story text.
        closing = text.find("-->", marker)
        rest = text[:marker].rstrip()
        if closing >= 0 and text[closing + 3 :].strip():
            rest += "\n\n" + text[closing + 3 :].strip()
        raise BlockError("it is not at the end of the passage", rest)
    rest = text[: match.start()].rstrip()
    try:
        data = load_json(match.group(2))
    except ValueError as problem:
        raise BlockError(f"its JSON does not read: {problem}", rest) from None
    if not isinstance(data, dict):
        raise BlockError("it does not hold a JSON object", rest)
    if _depth(data) > MAX_BLOCK_DEPTH:
        raise BlockError(f"it nests deeper than {MAX_BLOCK_DEPTH} levels", rest)
    return rest, match.group(1), data


def _depth(value: Any) -> int:
    """How deep ``value`` nests (a walk with a stack: recursion would overflow on the
    deepest JSON the parser accepts)."""
    deepest = 0
    pending = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict | list):
            depth += 1
            deepest = max(deepest, depth)
            children = item.values() if isinstance(item, dict) else item
            pending.extend((child, depth) for child in children)
    return deepest


# -- one language of a Text -----------------------------------------------------------


def text_in(value: Any, language: str, default: str) -> str:
    """What ``value`` says in ``language`` (falling back to ``default``); "" if nothing.

    A list of alternatives (format 1.1) answers with its last one, the one shown
    where there is no path.
    """
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        found = value.get(language, value.get(default, ""))
        return found if isinstance(found, str) else ""
    if isinstance(value, list) and value and isinstance(value[-1], dict):
        return text_in(value[-1].get("text"), language, default)
    return ""


def with_text(value: Any, language: str, new: str, languages: Sequence[str]) -> Any:
    """``value`` with its ``language`` text set to ``new``, every other text kept.

    Unchanged (the very same value) when it already says ``new`` but for trailing
    whitespace, which Twee does not keep, or shows ``new`` as its fallback: an
    untouched text is not turned into a translation.
    """
    default = languages[0] if languages else language
    if value is not None and text_in(value, language, default).rstrip() == new.rstrip():
        return value
    if isinstance(value, list) and value and isinstance(value[-1], dict):
        changed = copy.deepcopy(value)
        changed[-1]["text"] = with_text(changed[-1].get("text"), language, new, languages)
        return changed
    if isinstance(value, dict):
        return {**value, language: new}
    if isinstance(value, str) and language != default:
        return {default: value, language: new}
    if len(languages) > 1:
        return {language: new}
    return new
