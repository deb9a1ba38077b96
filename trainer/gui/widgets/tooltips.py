"""Tooltips that show scenario and profile text verbatim (no Qt import: cheap to load).

Qt shows a tooltip as rich text when it *might be* rich text (``Qt.mightBeRichText``:
a known tag such as ``<img`` on its first line), and rich text loads the files its
``<img src>`` names. Every tooltip that can hold text from a scenario file or a
profile name goes through :func:`plain_tooltip`.
"""

from __future__ import annotations

import html

__all__ = ["plain_tooltip"]


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` verbatim, whatever markup it holds ("" stays "").

    Line breaks at either end are left out, as a tooltip would not show them.

    The text is escaped inside a paragraph of our own that keeps its line breaks and
    wraps long lines: the result is rich text with no tag of the author's in it.
    """
    text = text.strip("\n")  # a rich text paragraph drops them anyway
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>"
