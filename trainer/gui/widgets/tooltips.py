"""Tooltips that show scenario and profile text verbatim (no Qt import: cheap to load).

Qt shows a tooltip as rich text when it *might be* rich text (``Qt.mightBeRichText``:
a known tag such as ``<img`` on its first line), and rich text loads the files its
``<img src>`` names. Every tooltip that can hold text from a scenario file or a
profile name goes through :func:`plain_tooltip`.
"""

from __future__ import annotations

import html

__all__ = ["plain_tooltip"]

#: Lines up to this many characters are never wrapped.
_ONE_LINE = 90
#: How wide a long tooltip is, in pixels (about 70 characters of the default font).
_WRAP_WIDTH_PX = 480


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` verbatim, whatever markup it holds ("" stays "").

    Line breaks at either end are left out, as a tooltip would not show them.

    The text is escaped inside a paragraph of our own that keeps its line breaks and
    wraps only long lines: the result is rich text with no tag of the author's in it.
    """
    text = text.strip("\n")  # a rich text paragraph drops them anyway
    if not text:
        return ""
    escaped = html.escape(text, quote=False)
    if max(len(line) for line in text.split("\n")) <= _ONE_LINE:
        return f"<p style='white-space:pre'>{escaped}</p>"
    # Qt wraps a rich tooltip of a few lines into a narrow column: a table of a set
    # width keeps a long text in lines of a readable length.
    return (
        f"<table width='{_WRAP_WIDTH_PX}' cellspacing='0' cellpadding='0'><tr>"
        f"<td style='white-space:pre-wrap'>{escaped}</td></tr></table>"
    )
