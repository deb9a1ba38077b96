"""A Twee 3 story as a scenario: the YAML text, the map positions and every warning.

The mapping (docs/twine.md says it for trainers):

- each passage is a node; its id is the name made a node id (``Wejście do bramy`` →
  ``wejscie_do_bramy``; a clash gets ``_2``, ``_3``), and the name is its title;
- a passage with no link is an ending: its outcome from a ``success``, ``partial``
  or ``failure`` tag, else ``partial`` with a warning (the author must pick);
- one link: a scene whose ``next`` is the link's target (a ``decision`` tag keeps
  it a decision with one choice);
- two or more links: a decision, one choice per link: the link text is the choice's
  text, its rating ``good`` and no feedback or points (the validator's warnings say
  what is left to write);
- the start is StoryData's ``start``, else the passage ``Start``, else the first;
- a tag naming a decision-model stage (``information``, ``assessment``, ...) sets the
  node's stage; position metadata goes to the map, scaled to its cards;
- a passage that ends in a ``trainer:node`` block (written by the export) is rebuilt
  from it, the Twine side (name, text, links, tags) winning where it was edited.

Whatever it cannot carry is a warning naming the passage and line, never dropped in
silence: story-format macros and variables, HTML and scripts (kept in the text as
written), script and stylesheet passages, other tags, web links, setters, links to
passages that do not exist (an empty ending stands in for the missing passage).
"""

from __future__ import annotations

import bisect
import copy
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from trainer.domain.ids import LANGUAGE_RE, SLUG_RE
from trainer.exchange.carry import BlockError, split_block, text_in, with_text
from trainer.exchange.scenario_yaml import scenario_yaml
from trainer.exchange.twee import (
    Link,
    ParsedTwee,
    Passage,
    TweeError,
    TweeWarning,
    find_links,
    load_json,
)

Point = tuple[float, float]

#: Twine's passage tiles are 100 × 100 on a 25-pixel grid; the map's cards are
#: 240 × 104 with room between them. Twine's x and y are multiplied by these on
#: import (and divided on export) so that cards placed like tiles do not overlap.
MAP_SCALE = (2.4, 1.6)

OUTCOME_TAGS = ("success", "partial", "failure")
STAGE_TAGS = ("information", "assessment", "powers", "options", "action")
#: Tags the export writes to show a node's type in Twine.
TYPE_TAGS = ("scene", "decision", "checklist", "report", "ending")
#: The passage that carries the scenario's own fields.
SCENARIO_PASSAGE = "TrainerScenario"
DATA_TAG = "trainer-data"

_SKIPPED_TAGS = {
    "script": "a script passage (JavaScript)",
    "stylesheet": "a stylesheet passage (CSS)",
    "widget": "a SugarCube widget passage",
    "startup": "a Harlowe startup passage",
    "header": "a Harlowe header passage",
    "footer": "a Harlowe footer passage",
}
_FORMAT_SPECIALS = frozenset(
    {
        "StoryInit", "StoryCaption", "StoryMenu", "StoryBanner", "StorySubtitle",
        "StoryAuthor", "StoryShare", "StoryInterface", "StorySettings", "StoryIncludes",
        "PassageReady", "PassageDone", "PassageHeader", "PassageFooter", "StoryTitle",
        "StoryData",
    }
)  # fmt: skip

# Harlowe's common macros: by name, since "(np: ...)" is ordinary Polish.
_HARLOWE_MACROS = (
    "set", "put", "move", "if", "unless", "else-if", "elseif", "else", "either", "print",
    "display", "link", "link-goto", "link-reveal", "link-repeat", "link-undo", "goto",
    "go-to", "click", "click-goto", "cond", "a", "array", "dm", "datamap", "ds", "dataset",
    "str", "string", "num", "number", "text", "transition", "t8n", "live", "stop", "event",
    "after", "random", "history", "visited", "passage", "replace", "append", "prepend",
    "show", "hide", "hook", "css", "text-colour", "text-color", "colour", "color", "font",
    "align", "button", "cycling-link", "dropdown", "input-box", "undo", "restart", "alert",
    "prompt", "confirm", "save-game", "load-game", "redirect", "enchant", "change",
    "mouseover", "for", "loop", "verbatim", "v6m", "nth", "count", "range", "sorted",
    "rerun", "forget-undos", "forget-visits", "meta", "storylet", "open-storylets",
)  # fmt: skip
# What a story format would run, and this app shows as plain text.
_MARKUP = (
    # Opening only: looking for ">>" too would scan to the line's end from every "<<".
    (re.compile(r"<<[/=-]?[A-Za-z_$]"), "sugarcube", "a SugarCube macro"),
    (
        re.compile(rf"\((?:{'|'.join(_HARLOWE_MACROS)}):", re.IGNORECASE),
        "harlowe",
        "a Harlowe macro",
    ),
    (re.compile(r"<script\b", re.IGNORECASE), "script", "a <script> element"),
    (re.compile(r"(?<!<)</?[a-zA-Z][\w-]*(\s[^<>]*)?/?>(?!>)"), "html", "HTML markup"),
    (re.compile(r"(?<![\w$])\$[a-zA-Z_]\w*"), "variable", "a story variable"),
)
# Refused by the scenario reader, so removed here (with a warning).
_BAD_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_LINK_ONLY_LINE = re.compile(r"[\s|•*>-]*")
#: Far above any scenario (a decision has a handful of choices), far below what would
#: make the import or the validator slow: past them the story is refused, not cut.
MAX_LINKS_PER_PASSAGE = 500
MAX_LINKS = 50_000
#: Choice ids are read in the YAML and in ``trainer play --choose``: keep them short.
_CHOICE_ID_LIMIT = 32


@dataclass(frozen=True)
class ImportResult:
    """The scenario made from a story: its data, YAML text, positions and warnings."""

    data: dict[str, Any]
    yaml_text: str
    positions: dict[str, Point]
    warnings: tuple[TweeWarning, ...]


@dataclass
class _Draft:
    """The passages being turned into nodes, and what has been said about them."""

    language: str
    languages: list[str]
    warnings: list[TweeWarning] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)
    links: int = 0
    by_name: dict[str, str] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)

    def warn(
        self,
        line: int,
        message: str,
        passage: str | None = None,
        *,
        code: str,
        args: tuple[str, ...] = (),
    ) -> None:
        self.warnings.append(TweeWarning(line, message, passage, code=code, args=args))

    def new_id(self, wanted: str) -> str:
        base = wanted[:60]
        candidate, number = base, 2
        while candidate in self.ids:
            candidate = f"{base}_{number}"
            number += 1
        self.ids.add(candidate)
        return candidate


def slug(name: str, fallback: str = "passage", *, limit: int = 60) -> str:
    """``name`` as a node or choice id: ASCII lower case, words joined by ``_``, cut
    after a whole word within ``limit`` characters (Polish letters lose their marks)."""
    folded = unicodedata.normalize("NFKD", name.replace("ł", "l").replace("Ł", "L"))
    ascii_only = folded.encode("ascii", "ignore").decode("ascii").lower()
    text = ""
    for word in re.findall(r"[a-z0-9]+", ascii_only):
        longer = f"{text}_{word}" if text else word
        if len(longer) > limit:
            text = text or word[:limit]
            break
        text = longer
    return text if text and SLUG_RE.match(text) else fallback


def import_twee(parsed: ParsedTwee, *, scenario_id: str, language: str | None) -> ImportResult:
    """The scenario ``scenario_id`` made from ``parsed``; texts in ``language``.

    ``language`` None: the language the export wrote down, else Polish.
    """
    story = parsed.story
    header = _scenario_header(story.passages)
    warnings = list(parsed.warnings) + header.warnings
    lang = language or header.language or "pl"
    if not LANGUAGE_RE.match(lang):
        raise TweeError(f"{lang!r} is not a language code (e.g. pl, en, uk)")
    scenario = header.scenario
    languages = scenario.get("languages")
    if not (isinstance(languages, list) and languages and lang in languages):
        languages = [lang]
    draft = _Draft(lang, [str(x) for x in languages], warnings)
    passages = _story_passages(story.passages, draft)
    if not passages:
        raise TweeError("the story has no passage that could become a node")

    # Ids first (block ids kept where they are valid), so links can be resolved.
    parts: list[tuple[Passage, str, str, dict[str, Any] | None]] = []
    for passage in passages:
        text, block = _node_block(passage, draft)
        wanted = block.get("id") if block else None
        if not (isinstance(wanted, str) and SLUG_RE.match(wanted)):
            wanted = slug(passage.name)
        node_id = draft.new_id(wanted)
        draft.by_name.setdefault(passage.name, node_id)
        parts.append((passage, node_id, text, block))

    nodes: dict[str, Any] = {}
    positions: dict[str, Point] = {}
    for passage, node_id, text, block in parts:
        nodes[node_id] = _node(passage, node_id, text, block, draft)
        point = _position(passage, draft)
        if point is not None:
            positions[node_id] = point
    for name, node_id in draft.missing.items():
        title = _clean(name, None, draft)
        nodes[node_id] = {"type": "ending", "title": title, "text": "", "outcome": "partial"}

    start = _start(story.passages, passages, draft)
    data = _scenario_data(scenario, scenario_id, story.passages, nodes, start, draft)
    ordered = sorted(draft.warnings, key=lambda warning: warning.line)  # stable: file order
    return ImportResult(data, scenario_yaml(data), positions, tuple(ordered))


# -- the story's own passages ---------------------------------------------------------


@dataclass
class _Header:
    language: str | None = None
    scenario: dict[str, Any] = field(default_factory=dict)
    warnings: list[TweeWarning] = field(default_factory=list)


def _is_header(passage: Passage) -> bool:
    return passage.name == SCENARIO_PASSAGE and DATA_TAG in passage.tags


def _scenario_header(passages: Iterable[Passage]) -> _Header:
    header = _Header()
    for passage in passages:
        if not _is_header(passage):
            continue
        try:
            _, kind, block = split_block(passage.text)
        except BlockError as problem:
            header.warnings.append(
                TweeWarning(
                    passage.line,
                    f"the scenario block is unreadable ({problem})",
                    passage.name,
                    code="scenario-block-unreadable",
                )
            )
            return header
        if kind == "scenario" and block is not None:
            language = block.get("language")
            scenario = block.get("scenario")
            header.language = language if isinstance(language, str) else None
            header.scenario = scenario if isinstance(scenario, dict) else {}
        return header
    return header


def _story_passages(passages: Iterable[Passage], draft: _Draft) -> list[Passage]:
    kept = []
    for passage in passages:
        if passage.name in ("StoryTitle", "StoryData") or _is_header(passage):
            continue
        kind = next((tag for tag in _SKIPPED_TAGS if tag in passage.tags), None)
        if kind is None and passage.name in _FORMAT_SPECIALS:
            kind = "special"
        if kind is not None:
            skipped = _SKIPPED_TAGS.get(kind, "a story format's special passage")
            draft.warn(
                passage.line,
                f"{skipped}: not imported (a scenario has no place for it)",
                passage.name,
                code="passage-skipped",
                args=(kind,),
            )
            continue
        kept.append(passage)
    return kept


def _story_data(passages: Iterable[Passage], draft: _Draft) -> dict[str, Any]:
    for passage in passages:
        if passage.name == "StoryData":
            try:
                data = load_json(passage.text)
            except ValueError:
                data = None
            if isinstance(data, dict):
                return data
            draft.warn(
                passage.line,
                "StoryData is not a JSON object; it was not read",
                passage.name,
                code="storydata-unreadable",
            )
            return {}
    return {}


def _start(all_passages: tuple[Passage, ...], passages: list[Passage], draft: _Draft) -> str:
    data = _story_data(all_passages, draft)
    wanted = data.get("start")
    if isinstance(wanted, str) and wanted in draft.by_name:
        return draft.by_name[wanted]
    if isinstance(wanted, str):
        line = next(p.line for p in all_passages if p.name == "StoryData")
        draft.warn(
            line,
            f"StoryData's start {wanted!r} is not a passage here",
            "StoryData",
            code="start-missing",
            args=(wanted,),
        )
    if "Start" in draft.by_name:
        return draft.by_name["Start"]
    first = passages[0]
    draft.warn(
        first.line,
        "no start passage named: the story starts at the first passage",
        first.name,
        code="no-start",
    )
    return draft.by_name[first.name]


def _scenario_data(
    header: dict[str, Any],
    scenario_id: str,
    passages: tuple[Passage, ...],
    nodes: dict[str, Any],
    start: str,
    draft: _Draft,
) -> dict[str, Any]:
    title_passage = next((p for p in passages if p.name == "StoryTitle"), None)
    title = title_passage.text.strip() if title_passage else ""
    if title_passage is None:
        draft.warn(1, "no StoryTitle passage: the scenario is titled by its id", code="no-title")
    data: dict[str, Any] = {
        "format": header.get("format", 1),
        "id": scenario_id,
        "version": header.get("version", 1),
        "languages": draft.languages,
        "title": with_text(
            header.get("title"),
            draft.language,
            _clean(title or scenario_id, title_passage, draft),
            draft.languages,
        ),
    }
    for key, value in header.items():
        if key not in data and key not in ("start", "nodes"):
            data[key] = value
    data.setdefault("competencies", {"communication": {}})
    data["start"] = start
    data["nodes"] = nodes
    return data


# -- one passage ----------------------------------------------------------------------


def _node_block(passage: Passage, draft: _Draft) -> tuple[str, dict[str, Any] | None]:
    try:
        text, kind, block = split_block(passage.text)
    except BlockError as problem:
        draft.warn(
            passage.line,
            f"its trainer block is unreadable ({problem}): imported as a plain passage",
            passage.name,
            code="node-block-unreadable",
        )
        return problem.text, None
    if kind != "node" or block is None:
        return text, None
    node = block.get("node")
    if not isinstance(node, dict) or node.get("type") not in TYPE_TAGS:
        draft.warn(
            passage.line,
            "its trainer block holds no node: imported as a plain passage",
            passage.name,
            code="node-block-empty",
        )
        return text, None
    return text, block


def _clean(text: str, passage: Passage | None, draft: _Draft) -> str:
    """``text`` without the characters the scenario reader refuses (warned about)."""
    # Unicode line and paragraph separators and NEL are line breaks to a person.
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x85", "\n")
    cleaned, count = _BAD_CHARACTERS.subn("", text)
    if count and passage is not None:
        draft.warn(
            passage.line,
            f"{count} control character(s) removed from the text",
            passage.name,
            code="control-characters",
            args=(str(count),),
        )
    return cleaned


class _LineIndex:
    """The file line of an offset in a passage's text (a count from the start for each
    link would be quadratic in a passage of many links)."""

    def __init__(self, passage: Passage, text: str) -> None:
        self.first = passage.text_line
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def line(self, offset: int) -> int:
        return self.first + bisect.bisect_right(self.starts, offset) - 1


def _node(
    passage: Passage, node_id: str, text: str, block: dict[str, Any] | None, draft: _Draft
) -> dict[str, Any]:
    lines = _LineIndex(passage, text)
    links = _usable_links(passage, text, lines, draft)
    body = _clean(_without_links(text), passage, draft)
    _warn_markup(passage, text, lines, draft)
    targets = [_target(link, lines.line(link.start), passage, draft) for link in links]
    if block is not None:
        node = _from_block(passage, node_id, body, links, targets, block, draft)
        if node is not None:
            return node
    return _plain_node(passage, body, links, targets, draft)


def _usable_links(passage: Passage, text: str, lines: _LineIndex, draft: _Draft) -> list[Link]:
    found = find_links(text)
    draft.links += len(found)
    if len(found) > MAX_LINKS_PER_PASSAGE:
        raise TweeError(
            f"passage {passage.name!r} has more than {MAX_LINKS_PER_PASSAGE} links; no"
            " scenario step has that many choices",
            line=passage.line,
        )
    if draft.links > MAX_LINKS:
        raise TweeError(
            f"the story has more than {MAX_LINKS:,} links (counted up to passage"
            f" {passage.name!r}); no scenario has that many choices",
            line=passage.line,
        )
    usable = []
    for link in found:
        line = lines.line(link.start)
        if link.external:
            draft.warn(
                line,
                f"a link to the web address {link.target!r} is not a choice; it"
                " stays in the text as its words",
                passage.name,
                code="web-link",
                args=(link.target,),
            )
            continue
        if link.setter is not None:
            draft.warn(
                line,
                f"the link's setter [{link.setter}] is story-format code: not carried",
                passage.name,
                code="link-setter",
                args=(link.setter,),
            )
        usable.append(link)
    return usable


def _without_links(text: str) -> str:
    """The passage text with its links taken out: a line of links only goes, and a link
    inside a sentence leaves its words (the choice carries it as well)."""
    lines = []
    for line in text.split("\n"):
        links = find_links(line)
        if not links:
            lines.append(line)
            continue
        rest, kept, position = [], [], 0
        for link in links:
            rest.append(line[position : link.start])
            kept.append(line[position : link.start])
            kept.append(link.text if not link.external else line[link.start : link.end])
            position = link.end
        rest.append(line[position:])
        kept.append(line[position:])
        if _LINK_ONLY_LINE.fullmatch("".join(rest)) and not any(x.external for x in links):
            continue
        lines.append("".join(kept))
    return "\n".join(lines).rstrip().lstrip("\n")


def _warn_markup(passage: Passage, text: str, lines: _LineIndex, draft: _Draft) -> None:
    for pattern, kind, what in _MARKUP:
        matches = list(pattern.finditer(text))
        if not matches:
            continue
        first = matches[0].start()
        excerpt = text[first : first + 40].split("\n", 1)[0]
        more = f" (and {len(matches) - 1} more)" if len(matches) > 1 else ""
        draft.warn(
            lines.line(first),
            f"{what}, {excerpt!r}{more}: kept in the text as written, but the trainer"
            " does not run it",
            passage.name,
            code="format-markup",
            args=(kind, excerpt, str(len(matches) - 1)),
        )


def _target(link: Link, line: int, passage: Passage, draft: _Draft) -> str:
    if link.target in draft.by_name:
        return draft.by_name[link.target]
    if link.target not in draft.missing:
        draft.missing[link.target] = draft.new_id(slug(link.target))
        draft.warn(
            line,
            f"a link to {link.target!r}, which is no passage here: an"
            f" empty ending {draft.missing[link.target]!r} stands in for it",
            passage.name,
            code="missing-target",
            args=(link.target, draft.missing[link.target]),
        )
    return draft.missing[link.target]


def _title(passage: Passage, draft: _Draft) -> str:
    return _clean(passage.name, passage, draft)


def _plain_node(
    passage: Passage, body: str, links: list[Link], targets: list[str], draft: _Draft
) -> dict[str, Any]:
    node: dict[str, Any] = {}
    stage = next((tag for tag in passage.tags if tag in STAGE_TAGS), None)
    outcome = next((tag for tag in passage.tags if tag in OUTCOME_TAGS), None)
    understood = {*STAGE_TAGS, *OUTCOME_TAGS, *TYPE_TAGS}
    for tag in passage.tags:
        if tag not in understood and tag != DATA_TAG:
            draft.warn(
                passage.line,
                f"the tag {tag!r} has no place on a node: not carried",
                passage.name,
                code="tag-dropped",
                args=(tag,),
            )
    if not links:
        node = {"type": "ending", "title": _title(passage, draft), "text": body}
        if outcome is None:
            draft.warn(
                passage.line,
                "an ending without a success, partial or failure tag:"
                " its outcome is set to partial",
                passage.name,
                code="ending-without-outcome",
            )
        node["outcome"] = outcome or "partial"
    elif len(links) == 1 and "decision" not in passage.tags:
        node = {"type": "scene", "title": _title(passage, draft), "text": body}
        if links[0].text != links[0].target:
            draft.warn(
                passage.line,
                f"the link words {links[0].text!r} are not kept: a scene's way on has no label",
                passage.name,
                code="scene-link-words",
                args=(links[0].text,),
            )
        node["next"] = targets[0]
    else:
        node = {"type": "decision", "title": _title(passage, draft), "text": body}
        node["choices"] = _choices(links, targets, [], draft)
    if outcome is not None and node["type"] != "ending":
        draft.warn(
            passage.line,
            f"the tag {outcome!r} is for endings; this passage has links",
            passage.name,
            code="outcome-with-links",
            args=(outcome,),
        )
    if stage is not None:
        node["stage"] = stage
    return node


def _choices(
    links: list[Link], targets: list[str], known: list[dict[str, Any]], draft: _Draft
) -> list[dict[str, Any]]:
    """One choice per link; ``known`` (from a trainer block) are reused in link order."""
    ids: set[str] = set()
    choices = []
    pairs = _pair(links, targets, known, draft)
    for link, target, old in zip(links, targets, pairs, strict=True):
        choice = copy.deepcopy(old) if old is not None else {}
        wanted = choice.get("id")
        if not (isinstance(wanted, str) and SLUG_RE.match(wanted)) or wanted in ids:
            wanted = slug(link.text, "choice", limit=_CHOICE_ID_LIMIT)
            base, number = wanted[:50], 2
            while wanted in ids:
                wanted = f"{base}_{number}"
                number += 1
        ids.add(wanted)
        words = _clean(link.text, None, draft)
        made = {
            "id": wanted,
            "text": with_text(choice.get("text"), draft.language, words, draft.languages),
            "rating": choice.get("rating", "good"),
        }
        made.update({k: v for k, v in choice.items() if k not in made and k != "next"})
        made["next"] = _with_target(choice.get("next"), target)
        choices.append(made)
    return choices


def _pair(
    links: list[Link], targets: list[str], known: list[dict[str, Any]], draft: _Draft
) -> list[dict[str, Any] | None]:
    """The block's choice each link continues, so ids, ratings and points stay with it
    when links were reordered, reworded, retargeted, added or deleted in Twine: first by
    the same words, then by the same target, then the rest in order."""
    paired: list[dict[str, Any] | None] = [None] * len(links)
    left = list(range(len(known)))

    def words(index: int) -> str:
        shown = text_in(known[index].get("text"), draft.language, draft.languages[0])
        return " ".join(shown.split())

    passes = (
        lambda i, j: words(j) == links[i].text,
        lambda i, j: _default_target(known[j].get("next")) == targets[i],
        lambda i, j: True,
    )
    for fits in passes:
        for i in range(len(links)):
            if paired[i] is None:
                j = next((j for j in left if fits(i, j)), None)
                if j is not None:
                    paired[i] = known[j]
                    left.remove(j)
    return paired


def _default_target(next_value: Any) -> Any:
    if isinstance(next_value, list) and next_value and isinstance(next_value[-1], dict):
        return next_value[-1].get("to")
    return next_value


def _with_target(next_value: Any, target: str) -> Any:
    """A ``next`` that goes to ``target`` by default, its conditional routes kept."""
    if isinstance(next_value, list) and next_value and isinstance(next_value[-1], dict):
        routes = copy.deepcopy(next_value)
        routes[-1]["to"] = target
        return routes
    return target


def _from_block(
    passage: Passage,
    node_id: str,
    body: str,
    links: list[Link],
    targets: list[str],
    block: dict[str, Any],
    draft: _Draft,
) -> dict[str, Any] | None:
    node = copy.deepcopy(block["node"])
    kind = node["type"]
    fits = (
        (kind == "ending" and not links)
        or (kind in ("scene", "checklist", "report") and len(links) == 1)
        or (kind == "decision" and links)
    )
    if not fits:
        draft.warn(
            passage.line,
            f"its links no longer fit its trainer node type ({kind}): imported as a plain passage",
            passage.name,
            code="node-type-mismatch",
            args=(kind,),
        )
        return None
    languages = draft.languages
    if passage.name != node_id:
        node["title"] = with_text(
            node.get("title"), draft.language, _title(passage, draft), languages
        )
    node["text"] = with_text(node.get("text"), draft.language, body, languages)
    if kind == "decision":
        known = [c for c in node.get("choices", []) if isinstance(c, dict)]
        node["choices"] = _choices(links, targets, known, draft)
        if len(known) > len(links):
            draft.warn(
                passage.line,
                f"{len(known) - len(links)} choice(s) of the trainer block"
                " have no link any more: dropped",
                passage.name,
                code="choices-dropped",
                args=(str(len(known) - len(links)),),
            )
    elif kind != "ending":
        node["next"] = _with_target(node.get("next"), targets[0])
    outcome = next((tag for tag in passage.tags if tag in OUTCOME_TAGS), None)
    if kind == "ending" and outcome is not None:
        node["outcome"] = outcome
    stage = next((tag for tag in passage.tags if tag in STAGE_TAGS), None)
    if stage is not None:
        node["stage"] = stage
    return dict(node)


def _position(passage: Passage, draft: _Draft) -> Point | None:
    raw = passage.metadata.get("position")
    if raw is None:
        return None
    parts = raw.split(",") if isinstance(raw, str) else []
    try:
        x, y = (float(part) for part in parts)
    except ValueError:
        x = y = float("nan")
    if not (abs(x) < 1e7 and abs(y) < 1e7):  # also false for NaN
        draft.warn(
            passage.line,
            f"the position {raw!r} is not 'x,y': the map places it",
            passage.name,
            code="bad-position",
            args=(raw,),
        )
        return None
    return (x * MAP_SCALE[0], y * MAP_SCALE[1])
