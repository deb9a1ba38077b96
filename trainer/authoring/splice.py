"""Apply the lines an edit changed to the author's original text, and nothing else.

ruamel.yaml's round trip keeps comments, key order and quoting, but it writes one
indentation per file and re-joins a flow list the author wrapped over two lines. So
the editor never writes ruamel's whole output: it compares ruamel's dump of the file
as opened (the baseline) with its dump after the edits, and replays only the changed
lines onto the original text, where they line up with it. Lines nobody edited keep
their bytes, and a document with every edit undone gives the original file back.
"""

from __future__ import annotations

from difflib import SequenceMatcher


def line_map(original: list[str], baseline: list[str]) -> dict[int, int]:
    """For each baseline line that stands unchanged in the original, its index there."""
    to_original: dict[int, int] = {}
    matcher = SequenceMatcher(None, original, baseline, autojunk=False)
    for start_o, start_b, size in matcher.get_matching_blocks():
        for offset in range(size):
            to_original[start_b + offset] = start_o + offset
    return to_original


def splice(
    original: list[str], baseline: list[str], edited: list[str], to_original: dict[int, int]
) -> list[str] | None:
    """``original`` with the changes from ``baseline`` to ``edited``, or None if they don't fit.

    ``to_original`` is :func:`line_map` of ``original`` and ``baseline``. None means
    a changed line of the baseline has no exact counterpart in the original (the
    author formatted that part differently from ruamel), so the caller writes
    ruamel's dump instead.
    """
    lines = splice_indexed(original, baseline, edited, to_original)
    if lines is None:
        return None
    return [line if index is None else original[index] for line, index in lines]


def splice_indexed(
    original: list[str], baseline: list[str], edited: list[str], to_original: dict[int, int]
) -> list[tuple[str, int | None]] | None:
    """As :func:`splice`, each line with its index in ``original`` (None: an edited line).

    The caller can then write the original's own bytes for the kept lines (the
    document re-indents a node it read on its own, and keeps the file's indentation).
    """
    # Edits are small: compare only what lies between the common head and tail.
    head = 0
    limit = min(len(baseline), len(edited))
    while head < limit and baseline[head] == edited[head]:
        head += 1
    tail = 0
    while tail < limit - head and baseline[-1 - tail] == edited[-1 - tail]:
        tail += 1
    matcher = SequenceMatcher(
        None,
        baseline[head : len(baseline) - tail],
        edited[head : len(edited) - tail],
        autojunk=False,
    )
    result: list[tuple[str, int | None]] = []
    position = 0
    for tag, b1, b2, e1, e2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        span = _original_span(to_original, head + b1, head + b2, len(baseline), len(original))
        if span is None or span[0] < position:
            return None
        result.extend((original[i], i) for i in range(position, span[0]))
        result.extend((line, None) for line in edited[head + e1 : head + e2])
        position = span[1]
    result.extend((original[i], i) for i in range(position, len(original)))
    return result


def _original_span(
    to_original: dict[int, int], start: int, end: int, baseline_len: int, original_len: int
) -> tuple[int, int] | None:
    """The original lines that stand for baseline lines ``start:end`` (empty: an insertion)."""
    if start < end:
        first = to_original.get(start)
        if first is None:
            return None
        for index in range(start, end):
            if to_original.get(index) != first + index - start:
                return None
        return first, first + end - start
    # An insertion: it goes right after the original of the line before it and right
    # before the original of the line after it, which must be neighbours there too.
    before = to_original.get(start - 1) if start > 0 else -1
    after = to_original.get(start) if start < baseline_len else original_len
    if before is None or after is None or after != before + 1:
        return None
    return after, after
