"""The scenario text markup: a small Markdown subset, turned into HTML we build ourselves.

The subset (see the format notes): paragraphs separated by blank lines, ``*emphasis*``,
``**strong**`` and bullet lists (lines starting with ``- `` or ``* ``). As in
Markdown, a single newline inside a paragraph is a space: authors wrap long lines in
their YAML ``|`` blocks, and the reader's window, not the author's editor, decides
where a line ends. Only a blank line starts a new paragraph. A list item goes on
over the lines that follow it, indented or not, until a blank line or the next
bullet. Nothing else is markup: raw HTML, links and images are shown as the text
the author typed.

Safety comes from the order of work. :func:`render_html` escapes the whole text
first (``html.escape`` with ``quote=True``), so no character the author typed can
open a tag or an entity; only then does it add its own tags, all from a fixed set
(``p``, ``strong``, ``em``, ``ul``, ``li``) and none with attributes. The
markers the parser looks for (``*``, ``-``, spaces and newlines) are untouched by
escaping, so the structure found in the escaped text is the structure of the
original.

Emphasis rules, chosen to be predictable rather than to match every Markdown
corner case:

- a run of one ``*`` is an emphasis marker and a run of two a strong marker; a
  run of three is both (strong outside, emphasis inside); longer runs are text;
- a marker can open when the next character is not whitespace and can close
  when the previous character is not whitespace;
- a closing marker pairs with the nearest open marker of its kind in the same
  paragraph or list item (so pairing is non-greedy); markers opened after that
  one and still unclosed become literal text, which keeps tags properly nested;
- markers never pair across paragraphs or list items, and unpaired markers stay
  as literal asterisks.

Every step is a single pass over the text, so the time is linear in its length.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Final, Literal

__all__ = ["one_line", "opening_words", "render_html", "render_plain"]

#: The tags :func:`render_html` may emit. Nothing else ever appears as a tag.
ALLOWED_TAGS: Final = frozenset({"p", "strong", "em", "ul", "li"})

#: What :func:`render_plain` puts in front of a list item.
PLAIN_BULLET: Final = "• "

_STRONG: Final = "**"
_EMPHASIS: Final = "*"
_TAG_NAMES: Final = {_STRONG: "strong", _EMPHASIS: "em"}


@dataclass(frozen=True, slots=True)
class _Paragraph:
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _BulletList:
    items: tuple[tuple[str, ...], ...]


_Block = _Paragraph | _BulletList


def render_html(text: str) -> str:
    """HTML for scenario ``text``: only our own tags, every author character escaped.

    Never raises for any string. The result uses only ``<p>``, ``<strong>``,
    ``<em>``, ``<ul>`` and ``<li>``, without attributes, properly nested; empty
    text gives an empty string.
    """
    blocks = _blocks(html.escape(text, quote=True))
    parts: list[str] = []
    for block in blocks:
        if isinstance(block, _Paragraph):
            parts.append(f"<p>{_inline_html(block.lines)}</p>")
        else:
            items = "".join(f"<li>{_inline_html(item)}</li>" for item in block.items)
            parts.append(f"<ul>{items}</ul>")
    return "\n".join(parts)


def render_plain(text: str) -> str:
    """Scenario ``text`` as plain text: paired markers removed, list items bulleted.

    For labels and accessible names. Paragraphs are separated by a blank line and
    list items by a newline; the lines of a paragraph or item are joined with a
    space, and unpaired asterisks stay as the author typed them.
    The result is not escaped: show it only as plain text.
    """
    parts: list[str] = []
    for block in _blocks(text):
        if isinstance(block, _Paragraph):
            parts.append(_inline_plain(block.lines))
        else:
            parts.append("\n".join(PLAIN_BULLET + _inline_plain(item) for item in block.items))
    return "\n\n".join(parts)


def one_line(text: str | None) -> str:
    """Scenario ``text`` folded into one line of markup, for a list item or a heading.

    Every run of whitespace (line ends and blank lines included) becomes one space,
    so a multi-paragraph feedback stays inside the list item it is put in.
    """
    return " ".join((text or "").split())


#: How long :func:`opening_words` may be, in characters, before its ellipsis.
OPENING_CHARACTERS: Final = 48


def opening_words(text: str | None, limit: int = OPENING_CHARACTERS) -> str:
    """The first words of scenario ``text`` as one plain line, with … if it goes on.

    A heading for a step the author gave no title: whole words up to ``limit``
    characters (a longer first word is cut), emphasis markers and list bullets
    removed, and no asterisk left that could pair with markup around it.
    """
    words = render_plain(text or "").replace(PLAIN_BULLET, " ").replace("*", "").split()
    shown: list[str] = []
    length = 0
    for word in words:
        extra = len(word) + (1 if shown else 0)
        if length + extra > limit:
            break
        shown.append(word)
        length += extra
    if len(shown) == len(words):
        return " ".join(shown)
    if not shown:
        return words[0][: max(1, limit - 1)] + "…"
    joined = " ".join(shown)
    return (joined.rstrip(".,;:–—-") or joined) + "…"


# --- blocks -----------------------------------------------------------------


def _blocks(text: str) -> list[_Block]:
    """Split text into paragraphs and bullet lists (one pass over the lines)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    blocks: list[_Block] = []
    paragraph: list[str] = []
    items: list[list[str]] = []

    def flush_paragraph() -> None:
        if paragraph:
            blocks.append(_Paragraph(tuple(paragraph)))
            paragraph.clear()

    def flush_list() -> None:
        if items:
            blocks.append(_BulletList(tuple(tuple(item) for item in items)))
            items.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped:
            flush_paragraph()
            flush_list()
            continue
        bullet = _bullet_content(line)
        if bullet is not None:
            flush_paragraph()
            items.append([bullet])
        elif items:
            # A wrapped list item: the line continues it, indented or not.
            items[-1].append(stripped)
        else:
            flush_list()
            paragraph.append(stripped)
    flush_paragraph()
    flush_list()
    return blocks


def _bullet_content(line: str) -> str | None:
    """The item text if ``line`` is a bullet (``- x`` or ``* x``), else None."""
    body = line.lstrip()
    if len(body) >= 2 and body[0] in "-*" and body[1].isspace():
        content = body[2:].strip()
        return content or None
    return None


# --- inline emphasis ----------------------------------------------------------


@dataclass(slots=True)
class _Marker:
    """One ``*`` or ``**`` delimiter and what it turned out to be."""

    kind: str
    role: Literal["literal", "open", "close"] = "literal"


_Piece = str | _Marker


def _inline_pieces(lines: tuple[str, ...]) -> list[_Piece]:
    """Text pieces and emphasis markers of one paragraph or list item, paired.

    Lines are joined with a space (a newline in the source is not a line break),
    so emphasis may span the author's line ends but never a paragraph or list item.
    """
    text = " ".join(lines)
    pieces: list[_Piece] = []
    # Open markers, innermost last; ``open_count`` says how many of each kind.
    stack: list[_Marker] = []
    open_count = {_STRONG: 0, _EMPHASIS: 0}
    start = 0
    position = 0
    length = len(text)
    while True:
        position = text.find("*", position)
        if position < 0:
            break
        run_end = position
        while run_end < length and text[run_end] == "*":
            run_end += 1
        run = run_end - position
        if run > 3:
            position = run_end
            continue
        if start < position:
            pieces.append(text[start:position])
        can_open = run_end < length and not text[run_end].isspace()
        can_close = position > 0 and not text[position - 1].isspace()
        innermost = stack[-1].kind if can_close and stack else None
        kinds = _run_kinds(run, innermost=innermost)
        for kind in kinds:
            marker = _Marker(kind)
            pieces.append(marker)
            if can_close and open_count[kind]:
                # Pair with the nearest open marker of this kind; anything opened
                # after it and still open can no longer close properly: literal.
                while True:
                    opener = stack.pop()
                    open_count[opener.kind] -= 1
                    if opener.kind == kind:
                        break
                    opener.role = "literal"
                opener.role = "open"
                marker.role = "close"
            elif can_open:
                stack.append(marker)
                open_count[kind] += 1
        start = position = run_end
    if start < length:
        pieces.append(text[start:])
    # Whatever is still open at the end was never closed.
    for marker in stack:
        marker.role = "literal"
    return pieces


def _run_kinds(run: int, *, innermost: str | None) -> tuple[str, ...]:
    """The markers in a run of 1-3 asterisks, ordered so that tags nest properly.

    ``innermost`` is the kind of the innermost open marker when the run can close.
    A run of three opens ``**`` then ``*`` (strong outside) and closes the
    innermost kind first, so ``***x***`` and ``**x***`` both nest cleanly.
    """
    if run == 1:
        return (_EMPHASIS,)
    if run == 2:
        return (_STRONG,)
    if innermost == _STRONG:
        return (_STRONG, _EMPHASIS)
    if innermost == _EMPHASIS:
        return (_EMPHASIS, _STRONG)
    return (_STRONG, _EMPHASIS)


def _inline_html(lines: tuple[str, ...]) -> str:
    out: list[str] = []
    for piece in _inline_pieces(lines):
        if isinstance(piece, str):
            out.append(piece)
        elif piece.role == "open":
            out.append(f"<{_TAG_NAMES[piece.kind]}>")
        elif piece.role == "close":
            out.append(f"</{_TAG_NAMES[piece.kind]}>")
        else:
            out.append(piece.kind)
    return "".join(out)


def _inline_plain(lines: tuple[str, ...]) -> str:
    return "".join(
        piece if isinstance(piece, str) else (piece.kind if piece.role == "literal" else "")
        for piece in _inline_pieces(lines)
    )
