"""Make the English Qt Linguist file complete: each translation is its English source text.

English is the source language of the UI, so ``trainer_en.ts`` only needs every message
marked finished with the source copied over. Run it after ``make translations-update``::

    .venv/bin/python tools/fill_en_translations.py    # trainer/gui/translations/trainer_en.ts
    .venv/bin/python tools/fill_en_translations.py path/to/other_en.ts

The file is edited as text, message by message, so the layout lupdate writes is kept and
a later lupdate run changes nothing. Messages already finished are left alone.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

DEFAULT_TS = Path(__file__).resolve().parent.parent / "trainer/gui/translations/trainer_en.ts"

_MESSAGE = re.compile(r"<message\b[^>]*>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_UNFINISHED = re.compile(
    r'<translation type="unfinished"\s*>(.*?)</translation>|<translation\s*/>', re.S
)


def _escape(text: str) -> str:
    """Escape as lupdate does, so the file round-trips unchanged."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def fill(path: Path) -> int:
    """Copy each unfinished message's source into its translation; return how many."""
    text = path.read_text(encoding="utf-8")
    if 'language="en' not in text[:300]:
        raise SystemExit(f"{path}: not an English .ts file")
    count = 0

    def one(match: re.Match[str]) -> str:
        nonlocal count
        block = match.group(0)
        if "<numerusform" in block:
            raise SystemExit(f"{path}: numerus forms are not supported")
        source = _SOURCE.search(block)
        unfinished = _UNFINISHED.search(block)
        if source is None or unfinished is None:
            return block
        count += 1
        translation = _escape(html.unescape(source.group(1)))
        return (
            block[: unfinished.start()]
            + f"<translation>{translation}</translation>"
            + block[unfinished.end() :]
        )

    path.write_text(_MESSAGE.sub(one, text), encoding="utf-8")
    return count


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or [DEFAULT_TS]
    for path in paths:
        print(f"{path}: {fill(path)} message(s) filled")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
