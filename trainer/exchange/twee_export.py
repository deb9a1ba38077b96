"""A scenario as a Twee 3 story to edit in Twine, and to import back unchanged.

- StoryTitle is the title; StoryData has a fresh IFID, the start passage and the story
  format Harlowe 3: Twine's default, so the story opens in Twine without asking for a
  format, and its links need no macros (the export writes none).
- Each node is a passage named by its title in the export's language when that name
  is unique and can be a link's target, else by its id. Its text is the node's text;
  then one link per choice (``[[choice text->Target]]``) for a decision, one link
  for a scene, checklist or report, none for an ending. Tags say the node type, an
  ending's outcome and the stage; the metadata holds the map position (divided by
  the import's scale) and Twine's tile size.
- What Twine cannot show (ids, ratings, feedback, points, effects, conditions,
  conditional routes, timeouts, checklist and report fields, other languages) rides
  at the end of each passage in a ``trainer:node`` comment, and the scenario's own
  fields in the passage ``TrainerScenario``; see :mod:`trainer.exchange.carry`.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from trainer.exchange.carry import encode_block, text_in
from trainer.exchange.twee import (
    Passage,
    TweeError,
    TweeWarning,
    link_markup,
    writable_name,
    write_twee,
)
from trainer.exchange.twee_import import (
    DATA_TAG,
    MAP_SCALE,
    OUTCOME_TAGS,
    SCENARIO_PASSAGE,
    STAGE_TAGS,
)

Point = tuple[float, float]

STORY_FORMAT = "Harlowe"
STORY_FORMAT_VERSION = "3.3.9"
#: Twine's default passage tile.
TILE_SIZE = "100,100"
_RESERVED = frozenset({"StoryTitle", "StoryData", "Start", SCENARIO_PASSAGE})
_TAG_COLORS = {"success": "green", "partial": "yellow", "failure": "red"}
#: Where passages with no map position go: a grid below the placed ones (Twine pixels).
_GRID = 150.0
_GRID_COLUMNS = 8


@dataclass(frozen=True)
class ExportResult:
    """The Twee text and what the export could not keep exactly."""

    text: str
    warnings: tuple[TweeWarning, ...]


def export_twee(
    data: Mapping[str, Any],
    *,
    language: str | None = None,
    positions: Mapping[str, Point] | None = None,
    ifid: str | None = None,
) -> ExportResult:
    """The Twee 3 story of the validated scenario ``data`` (as ``LoadResult.document``).

    ``language``: the language the passages show (default: the scenario's first);
    ``positions``: map positions by node id (``scenario.map.json``).
    """
    languages = [str(x) for x in data.get("languages", [])] or ["pl"]
    lang = language or languages[0]
    if lang not in languages:
        raise TweeError(f"the scenario has no language {lang!r} (it has {', '.join(languages)})")
    default = languages[0]
    nodes: dict[str, Any] = dict(data["nodes"])
    names = _passage_names(nodes, lang, default)
    warnings: list[TweeWarning] = []
    places = _places(nodes, positions or {})

    passages = [
        Passage("StoryTitle", text=text_in(data.get("title"), lang, default).strip()),
        Passage("StoryData", text=_story_data(names[str(data["start"])], ifid)),
    ]
    for node_id, node in nodes.items():
        passages.append(_passage(node_id, node, names, places[node_id], lang, default, warnings))
    header = {k: v for k, v in data.items() if k not in ("start", "nodes")}
    passages.append(
        Passage(
            SCENARIO_PASSAGE,
            tags=(DATA_TAG,),
            text=encode_block("scenario", {"language": lang, "scenario": header}),
        )
    )
    return ExportResult(write_twee(passages), tuple(warnings))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _story_data(start: str, ifid: str | None) -> str:
    data = {
        # Twine's IFIDs are v4 UUIDs in capitals (the Twee 3 specification).
        "ifid": ifid or str(uuid.uuid4()).upper(),
        "format": STORY_FORMAT,
        "format-version": STORY_FORMAT_VERSION,
        "start": start,
        "tag-colors": _TAG_COLORS,
        "zoom": 1,
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def _linkable(name: str) -> bool:
    try:
        link_markup(name, name)
        link_markup("x", name)
    except ValueError:
        return False
    return True


def _passage_names(nodes: Mapping[str, Any], lang: str, default: str) -> dict[str, str]:
    """Each node's passage name: its title where that is unique and linkable, else its id."""
    wanted: dict[str, str] = {}
    for node_id, node in nodes.items():
        title = node.get("title") if isinstance(node, dict) else None
        name = text_in(title, lang, default).strip() if title is not None else ""
        wanted[node_id] = name
    counts: dict[str, int] = {}
    for name in wanted.values():
        counts[name] = counts.get(name, 0) + 1
    ids = set(nodes)
    names = {}
    for node_id, name in wanted.items():
        good = (
            writable_name(name)
            and counts[name] == 1
            and name not in _RESERVED
            and (name not in ids or name == node_id)
            and _linkable(name)
        )
        names[node_id] = name if good else node_id
    return names


def _places(nodes: Mapping[str, Any], positions: Mapping[str, Point]) -> dict[str, str]:
    placed = {
        node_id: (positions[node_id][0] / MAP_SCALE[0], positions[node_id][1] / MAP_SCALE[1])
        for node_id in nodes
        if node_id in positions
    }
    top = max((y for _, y in placed.values()), default=-_GRID) + _GRID
    index = 0
    for node_id in nodes:
        if node_id not in placed:
            row, column = divmod(index, _GRID_COLUMNS)
            placed[node_id] = (column * _GRID, top + row * _GRID)
            index += 1
    return {node_id: f"{_number(x)},{_number(y)}" for node_id, (x, y) in placed.items()}


def _number(value: float) -> str:
    rounded = round(value, 2)
    return str(int(rounded)) if rounded == int(rounded) else str(rounded)


def _default_target(next_value: Any) -> str:
    if isinstance(next_value, list) and next_value and isinstance(next_value[-1], dict):
        return str(next_value[-1].get("to"))
    return str(next_value)


def _passage(
    node_id: str,
    node: dict[str, Any],
    names: Mapping[str, str],
    place: str,
    lang: str,
    default: str,
    warnings: list[TweeWarning],
) -> Passage:
    kind = node["type"]
    name = names[node_id]
    text = text_in(node.get("text"), lang, default).replace("\r\n", "\n").replace("\r", "\n")
    links = []
    if kind == "decision":
        for choice in node.get("choices", []):
            words = _one_line(text_in(choice.get("text"), lang, default))
            target = names[_default_target(choice.get("next"))]
            try:
                links.append(link_markup(words, target))
            except ValueError:
                warnings.append(
                    TweeWarning(
                        0,
                        f"the choice {choice.get('id')!r} has words no Twine link"
                        " can show; its link shows the target's name",
                        name,
                    )
                )
                links.append(link_markup(target, target))
    elif kind != "ending":
        target = names[_default_target(node.get("next"))]
        links.append(link_markup(target, target))
    tags = [kind]
    if kind == "ending" and node.get("outcome") in OUTCOME_TAGS:
        tags.append(str(node["outcome"]))
    if node.get("stage") in STAGE_TAGS:
        tags.append(str(node["stage"]))
    if "[[" in text:
        warnings.append(
            TweeWarning(
                0,
                "the text holds '[[', which Twine reads as a link: it will not"
                " import back as written",
                name,
            )
        )
    block = {"id": node_id, "node": _carried(node_id, node, name, lang, default)}
    parts = [
        part for part in (text.rstrip(), "\n".join(links), encode_block("node", block)) if part
    ]
    return Passage(
        name,
        tags=tuple(tags),
        metadata={"position": place, "size": TILE_SIZE},
        text="\n\n".join(parts),
    )


def _carried(
    node_id: str, node: dict[str, Any], name: str, lang: str, default: str
) -> dict[str, Any]:
    """The node for its block, without the node's plain text and title, which the
    passage already shows."""
    carried = copy.deepcopy(node)
    if lang != default:
        return carried
    text = carried.get("text")
    if isinstance(text, str) and text == text.strip() and "[[" not in text:
        del carried["text"]
    title = carried.get("title")
    if isinstance(title, str) and title == name and name != node_id:
        del carried["title"]
    # Choices keep their words: the import finds each link's choice by them.
    return carried
