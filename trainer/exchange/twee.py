"""Twee 3 text: a parser to a small typed story model, a writer back, and Twine's links.

Follows the Twee 3 specification (v3.0.2, iftechfoundation/twine-specs): a passage is a
header line ``:: Name [tags] {metadata}`` and the content up to the next header.
Names and tags escape ``[ ] { }`` and ``\\`` with a backslash, and any escaped
character decodes to itself. Trailing blank lines of a passage are not content.

Beyond the specification, as Twine 2 and Extwee write it: a content line that starts
with ``::`` is written ``\\::`` (else it would start a passage); in general a content
line made of backslashes and then ``::`` gains one backslash when written and loses
one when read, so every text survives.

The parser is for hostile input too: it raises only :class:`TweeError` (with the line),
caps the file's size, and turns recoverable problems (bad metadata JSON, text before
the first passage, duplicate names) into :class:`TweeWarning` s instead of guessing
silently.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from trainer.domain.errors import TrainerError

#: Largest Twee file read (a 2,000-passage story is about 1 MB); the same cap as a
#: scenario file, so whatever passes here can become one.
MAX_TWEE_BYTES = 4 * 1024 * 1024
#: Most passages in one story: far above any scenario, far below what would be slow.
MAX_PASSAGES = 10_000
#: Longest passage header line: a name and tags, and a little metadata.
MAX_HEADER_CHARS = 10_000

_ESCAPED = "[]{}\\"


class TweeError(TrainerError):
    """A Twee file that cannot be read at all; ``line`` is where the reader stopped."""

    def __init__(self, message: str, *, line: int | None = None) -> None:
        where = f"line {line}: " if line is not None else ""
        super().__init__(f"{where}{message}")
        self.line = line
        self.reason = message


@dataclass(frozen=True)
class TweeWarning:
    """Something read but not understood or not kept: named by passage and line
    (``line`` 0: none, as for what an export says about a node)."""

    line: int
    message: str
    passage: str | None = None
    #: What kind of warning it is, for a UI that words it in its own language
    #: (``args`` are the parts the message quotes); "" for the export's.
    code: str = ""
    args: tuple[str, ...] = ()

    def format(self) -> str:
        """One line for a person: ``line 12, passage 'Gate': ...``."""
        where = [f"line {self.line}"] if self.line > 0 else []
        if self.passage is not None:
            where.append(f"passage {self.passage!r}")
        return f"{', '.join(where) or 'story'}: {self.message}"


@dataclass(frozen=True)
class Passage:
    """One passage. ``line`` is the header's line (1-based); the text starts below it."""

    name: str
    tags: tuple[str, ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=dict)
    text: str = ""
    line: int = 0

    @property
    def text_line(self) -> int:
        """The file line of the text's first line."""
        return self.line + 1


@dataclass(frozen=True)
class Story:
    """The passages of a Twee file, in file order (StoryTitle and StoryData included)."""

    passages: tuple[Passage, ...]

    def passage(self, name: str) -> Passage | None:
        """The first passage called ``name``, if any."""
        return next((p for p in self.passages if p.name == name), None)


@dataclass(frozen=True)
class ParsedTwee:
    """A parsed file and what the parser had to warn about."""

    story: Story
    warnings: tuple[TweeWarning, ...]


# -- escaping -------------------------------------------------------------------------


def escape(value: str) -> str:
    """A name or tag as a header writes it: ``[ ] { }`` and ``\\`` escaped."""
    return "".join("\\" + c if c in _ESCAPED else c for c in value)


def unescape(value: str) -> str:
    """A name or tag as written, decoded: any ``\\x`` yields ``x`` (the spec's decoding)."""
    out: list[str] = []
    chars = iter(value)
    for char in chars:
        out.append(next(chars, "") if char == "\\" else char)
    return "".join(out)


_HEADER_LIKE = re.compile(r"\A(\\*)::")


def _escape_content(text: str) -> str:
    return "\n".join("\\" + line if _HEADER_LIKE.match(line) else line for line in text.split("\n"))


def _unescape_content_line(line: str) -> str:
    match = _HEADER_LIKE.match(line)
    return line[1:] if match and match.group(1) else line


# -- reading --------------------------------------------------------------------------


def decode_bytes(raw: bytes) -> str:
    """The file's text: UTF-8 (a BOM is dropped); TweeError for anything else."""
    if len(raw) > MAX_TWEE_BYTES:
        raise TweeError(
            f"the file is {len(raw) / 1e6:.1f} MB; Twee files are limited to "
            f"{MAX_TWEE_BYTES / 1e6:.0f} MB"
        )
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise TweeError("the file is UTF-16; save it as UTF-8")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TweeError(
            f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}): is this a Twee text file?",
            line=line,
        ) from None
    return text


def parse_twee(text: str) -> ParsedTwee:
    """The story in Twee 3 ``text``; TweeError if it is not a Twee file at all."""
    if len(text) > MAX_TWEE_BYTES:
        raise TweeError(f"the text is over {MAX_TWEE_BYTES / 1e6:.0f} MB, the limit for Twee")
    text = text.removeprefix("\ufeff")
    nul = text.find("\0")
    if nul >= 0:
        raise TweeError(
            "the file holds a NUL character: it is binary, not a Twee text file",
            line=text.count("\n", 0, nul) + 1,
        )
    # CRLF and lone CR are line breaks too (files edited on Windows or old Macs).
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    warnings: list[TweeWarning] = []
    passages: list[Passage] = []
    header: tuple[str, tuple[str, ...], dict[str, Any], int] | None = None
    body: list[str] = []
    stray_line: int | None = None

    def close() -> None:
        if header is None:
            return
        name, tags, metadata, line = header
        content = "\n".join(_unescape_content_line(b) for b in body)
        passages.append(Passage(name, tags, metadata, content.rstrip(), line))

    for number, line in enumerate(lines, start=1):
        if line.startswith("::"):
            close()
            if len(passages) >= MAX_PASSAGES:
                raise TweeError(f"more than {MAX_PASSAGES:,} passages", line=number)
            header = _parse_header(line, number, warnings)
            body = []
        elif header is None:
            if line.strip() and stray_line is None:
                stray_line = number
        else:
            body.append(line)
    close()
    if not passages:
        raise TweeError("no passage found: a Twee file is made of passages that start with '::'")
    if stray_line is not None:
        warnings.append(
            TweeWarning(
                stray_line,
                "text before the first passage header is not part of any passage and was not read",
                code="stray-text",
            )
        )
    seen: dict[str, int] = {}
    for passage in passages:
        if passage.name in seen:
            warnings.append(
                TweeWarning(
                    passage.line,
                    f"a second passage with this name (the first is on line"
                    f" {seen[passage.name]}); links go to the first",
                    passage.name,
                    code="duplicate-passage",
                    args=(str(seen[passage.name]),),
                )
            )
        else:
            seen[passage.name] = passage.line
    return ParsedTwee(Story(tuple(passages)), tuple(warnings))


def _scan(line: str, start: int, stops: str) -> tuple[str, int]:
    """Raw (still escaped) characters from ``start`` up to an unescaped one of ``stops``."""
    index = start
    while index < len(line) and line[index] not in stops:
        index += 2 if line[index] == "\\" else 1
    index = min(index, len(line))
    return line[start:index], index


def _parse_header(
    line: str, number: int, warnings: list[TweeWarning]
) -> tuple[str, tuple[str, ...], dict[str, Any], int]:
    if len(line) > MAX_HEADER_CHARS:
        raise TweeError(
            f"a passage header of {len(line):,} characters (at most {MAX_HEADER_CHARS:,})",
            line=number,
        )
    raw_name, index = _scan(line, 2, "[{")
    name = unescape(raw_name.strip())
    if not name:
        raise TweeError(
            "a passage header without a name ('::' must be followed by one)", line=number
        )
    tags: tuple[str, ...] = ()
    if index < len(line) and line[index] == "[":
        raw_tags, end = _scan(line, index + 1, "]")
        if end >= len(line):
            raise TweeError(f"the tag block of passage {name!r} has no closing ']'", line=number)
        tags = tuple(unescape(tag) for tag in raw_tags.split())
        index = end + 1
    rest = line[index:].strip()
    metadata: dict[str, Any] = {}
    if rest:
        if not rest.startswith("{"):
            raise TweeError(
                f"unexpected {rest[:20]!r} after the tags of passage {name!r} (only a"
                " {...} metadata block may follow them)",
                line=number,
            )
        metadata = _metadata(rest, name, number, warnings)
    return name, tags, metadata, number


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [key for key, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("a key appears twice")
    return dict(pairs)


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{text} is too large")
    return value


_SURROGATE = re.compile("[\ud800-\udfff]")


def _sound(value: Any) -> bool:
    """No lone surrogates (they cannot be written as UTF-8) anywhere in ``value``.

    A walk with a stack, not recursion: JSON nested just under the parser's own limit
    would exhaust Python's stack here.
    """
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if _SURROGATE.search(item) is not None:
                return False
        elif isinstance(item, dict):
            pending.extend(item.keys())
            pending.extend(item.values())
        elif isinstance(item, list):
            pending.extend(item)
    return True


#: The deepest nesting of arrays and objects read. Every file the exchange reads is flat
#: or a few levels deep; a fixed limit keeps the answer the same however deep the caller's
#: own stack is (the parser's limit is what is left of Python's recursion limit).
MAX_JSON_DEPTH = 100
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_JSON_BRACKET = re.compile(r"[\[\]{}]")


def json_depth(text: str) -> int:
    """How deep arrays and objects nest in the JSON ``text`` (brackets inside strings
    do not count); for a text that is not JSON, a figure no smaller than the parser's."""
    depth = deepest = 0
    for bracket in _JSON_BRACKET.findall(_JSON_STRING.sub("", text)):
        depth += 1 if bracket in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def load_json(text: str) -> Any:
    """JSON from a story, strictly: ValueError for NaN or Infinity, a number too large for
    a float, a key twice, a lone surrogate, or nesting deeper than MAX_JSON_DEPTH."""
    if json_depth(text) > MAX_JSON_DEPTH:
        raise ValueError("nested too deep")
    try:
        value = json.loads(
            text,
            parse_constant=_refuse_constant,
            parse_float=_finite,
            object_pairs_hook=_unique_keys,
        )
    except RecursionError:
        raise ValueError("nested too deep") from None
    if not _sound(value):
        raise ValueError("a lone surrogate, which is not a character")
    return value


def _metadata(raw: str, name: str, number: int, warnings: list[TweeWarning]) -> dict[str, Any]:
    # The spec: a metadata block that does not decode is warned about and dropped.
    try:
        value = load_json(raw)
    except ValueError:
        value = None
    if not isinstance(value, dict):
        warnings.append(
            TweeWarning(
                number,
                "the metadata block is not a JSON object; it was dropped",
                name,
                code="bad-metadata",
            )
        )
        return {}
    return value


# -- writing --------------------------------------------------------------------------


def header_line(passage: Passage) -> str:
    """The passage's header: ``:: Name [tags] {metadata}``."""
    if any(not tag or any(c.isspace() for c in tag) for tag in passage.tags):
        raise ValueError(f"tags must be non-empty and without spaces: {passage.tags!r}")
    parts = [":: " + escape(passage.name)]
    if passage.tags:
        parts.append("[" + " ".join(escape(tag) for tag in passage.tags) + "]")
    if passage.metadata:
        parts.append(json.dumps(dict(passage.metadata), ensure_ascii=False, separators=(",", ":")))
    return " ".join(parts)


def writable_name(name: str) -> bool:
    """Whether ``name`` reads back as written in a header: one trimmed, non-empty line."""
    return bool(name) and name == name.strip() and not any(c in name for c in "\n\r\0")


def write_twee(passages: Sequence[Passage]) -> str:
    """Twee 3 text of ``passages``, one blank line between them."""
    blocks = []
    for passage in passages:
        name = passage.name
        if not writable_name(name):
            raise ValueError(f"a passage name must be one trimmed, non-empty line: {name!r}")
        text = _escape_content(passage.text.rstrip())
        blocks.append(header_line(passage) + "\n" + (text + "\n" if text else ""))
    return "\n".join(blocks)


# -- links ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """A ``[[...]]`` link: what it shows, where it goes, and where it stands in the text."""

    text: str
    target: str
    start: int
    end: int
    #: A SugarCube setter component (``[[a|b][$x to 1]]``), if any: not carried.
    setter: str | None = None

    @property
    def external(self) -> bool:
        """A link to a web address, not to a passage."""
        return bool(_EXTERNAL.match(self.target))


# Twine 2's own reading (src/util/parse-links.ts): ``[[`` up to the first ``]]`` on the
# line; a setter after ``][``; then the rightmost ``->``, else the leftmost ``<-``,
# else the rightmost ``|``, else the whole is both text and target.
_EXTERNAL = re.compile(r"\A\w+://", re.ASCII)


def find_links(text: str) -> list[Link]:
    """Every link in passage ``text`` in order (empty targets skipped, as Twine does).

    A scan with ``str.find`` rather than the regular expression Twine uses: on a line
    of many ``[[`` and no ``]]`` that expression tries every ``[[`` to the line's end,
    which on a hostile 4 MB line would take hours.
    """
    links = []
    position = line_end = 0
    while (start := text.find("[[", position)) >= 0:
        if start >= line_end:  # (found once per line: a search per link would be quadratic)
            line_end = text.find("\n", start)
            if line_end < 0:
                line_end = len(text)
        close = text.find("]]", start + 2, line_end)
        if close < 0:  # no link closes on this line: none starts later on it either
            position = line_end + 1
            continue
        position = close + 2
        link = _link(text[start + 2 : close], start, position)
        if link is not None:
            links.append(link)
    return links


def _link(inner: str, start: int, end: int) -> Link | None:
    content, has_setter, setter = inner.partition("][")
    if "->" in content:
        shown, _, target = content.rpartition("->")
    elif "<-" in content:
        target, _, shown = content.partition("<-")
    elif "|" in content:
        shown, _, target = content.rpartition("|")
    else:
        shown = target = content
    if not target.strip():
        return None
    return Link(shown.strip(), target.strip(), start, end, setter if has_setter else None)


def link_markup(text: str, target: str) -> str:
    """The link showing ``text`` and going to ``target``, in the form that reads back.

    ``[[Target]]`` when they are equal, else ``[[Text->Target]]``; a text holding ``->``
    would split wrong there, so ``[[Target<-Text]]``, and ``[[Text|Target]]`` when
    ``<-`` is in the text too. ValueError when no form reads back (``]]`` inside).
    """
    candidates = []
    if text == target:
        candidates.append(f"[[{target}]]")
    candidates += [f"[[{text}->{target}]]", f"[[{target}<-{text}]]", f"[[{text}|{target}]]"]
    for markup in candidates:
        found = find_links(markup)
        if (
            len(found) == 1
            and found[0].text == text.strip()
            and found[0].target == target.strip()
            and found[0].end == len(markup)
            and found[0].setter is None
        ):
            return markup
    raise ValueError(f"no Twine link can show {text!r} and go to {target!r}")


# -- files ----------------------------------------------------------------------------

# Never block on a pipe or a FIFO given as the file.
_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)  # fmt: skip


def read_twee_file(file: Path) -> str:
    """The text of the Twee file ``file``; TweeError if it is not one we will read.

    Refused: anything but a regular file (a folder, a pipe, a device), a file over
    :data:`MAX_TWEE_BYTES` (checked before reading, and again while reading in case it
    grows), and text that is not UTF-8.
    """
    try:
        descriptor = os.open(file, _OPEN_FLAGS)
    except OSError as exc:
        raise TweeError(f"cannot open the file: {exc.strerror or exc}") from None
    info = os.fstat(descriptor)
    if not stat.S_ISREG(info.st_mode):
        os.close(descriptor)
        raise TweeError("not a regular file (a folder, a pipe or a device)")
    with os.fdopen(descriptor, "rb") as handle:
        size = info.st_size
        if size > MAX_TWEE_BYTES:
            raise TweeError(
                f"the file is {size / 1e6:.1f} MB; Twee files are limited to "
                f"{MAX_TWEE_BYTES / 1e6:.0f} MB"
            )
        try:
            raw = handle.read(MAX_TWEE_BYTES + 1)
        except OSError as exc:
            raise TweeError(f"cannot read the file: {exc.strerror or exc}") from None
    return decode_bytes(raw)
