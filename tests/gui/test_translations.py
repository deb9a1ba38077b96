"""The Qt Linguist files are complete, consistent with the code, and load at run time.

English is the source language of the UI strings; ``trainer_en.ts`` repeats them and
``trainer_pl.ts`` translates them. A UI string added to the code without a translation,
a translation that loses a ``%1`` or an ``&`` mnemonic, or a ``.ts`` file that no longer
compiles fails here.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

pytestmark = pytest.mark.gui

REPO_ROOT = Path(__file__).resolve().parents[2]
GUI_DIR = REPO_ROOT / "trainer" / "gui"
TS_DIR = GUI_DIR / "translations"
TS_FILES = {"pl": TS_DIR / "trainer_pl.ts", "en": TS_DIR / "trainer_en.ts"}
TS_LANGUAGE = {"pl": "pl_PL", "en": "en_GB"}
TOOLS = Path(sys.executable).parent

PLACEHOLDER = re.compile(r"%L?\d+")
# Symbols that carry meaning on screen (timer, Enter key, info, status) and must survive.
SYMBOLS = "◷⏎ℹ●★✓✖◐…·"
LUPDATE_FOUND = re.compile(r"Found (\d+) source text\(s\) \((\d+) new and (\d+) already existing\)")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str | None
    kind: str | None  # the translation's type attribute: None when finished
    line: str


def gui_sources() -> list[Path]:
    return sorted(GUI_DIR.rglob("*.py"))


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    messages = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            location = message.find("location")
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=None if translation is None else (translation.text or ""),
                    kind=None if translation is None else translation.get("type"),
                    line="?"
                    if location is None
                    else f"{location.get('filename')}:{location.get('line')}",
                )
            )
    return messages


def mnemonics(text: str) -> int:
    """How many ``&`` mnemonic markers a text has (``&&`` is a literal ampersand)."""
    return text.replace("&&", "").count("&")


def tool(name: str) -> Path:
    path = TOOLS / name
    if not path.exists():
        pytest.skip(f"{name} is not installed next to {sys.executable}")
    return path


# -- (a) every message is finished and keeps placeholders, mnemonics and symbols ---------


@pytest.mark.parametrize("language", sorted(TS_FILES))
def test_ts_file_is_complete_and_consistent(language: str) -> None:
    path = TS_FILES[language]
    head = path.read_text(encoding="utf-8")[:300]
    assert "<!DOCTYPE TS>" in head
    root = ET.parse(path).getroot()
    assert root.tag == "TS"
    assert root.get("language") == TS_LANGUAGE[language]
    messages = read_ts(path)
    assert messages, f"{path.name} has no messages"

    problems = []
    for m in messages:
        where = f"{m.line} [{m.context}] {m.source!r}"
        if m.translation is None or m.kind is not None:
            problems.append(f"{where}: not finished (type={m.kind!r})")
            continue
        if not m.translation.strip():
            problems.append(f"{where}: empty translation")
            continue
        if Counter(PLACEHOLDER.findall(m.source)) != Counter(PLACEHOLDER.findall(m.translation)):
            problems.append(f"{where}: placeholders differ in {m.translation!r}")
        if mnemonics(m.source) != mnemonics(m.translation):
            problems.append(f"{where}: & mnemonic differs in {m.translation!r}")
        lost = {s for s in SYMBOLS if s in m.source and s not in m.translation}
        if lost:
            problems.append(f"{where}: symbol(s) {''.join(sorted(lost))} lost")
        if language == "en" and m.translation != m.source:
            problems.append(f"{where}: English translation differs from the source")
    assert not problems, f"{path.name}:\n" + "\n".join(problems)


def test_both_files_hold_the_same_messages() -> None:
    keys = {
        language: {(m.context, m.source) for m in read_ts(path)}
        for language, path in TS_FILES.items()
    }
    assert keys["pl"] == keys["en"], "run `make translations-update` on both files"


# -- (b) no UI string in the code lacks a translation ------------------------------------


def test_lupdate_finds_no_new_source_texts(tmp_path: Path) -> None:
    """lupdate on today's code, into copies of the .ts files, adds nothing."""
    lupdate = tool("pyside6-lupdate")
    copies = []
    for path in TS_FILES.values():
        copy = tmp_path / path.name
        shutil.copyfile(path, copy)
        copies.append(copy)
    result = subprocess.run(
        [str(lupdate), "-no-obsolete", *map(str, gui_sources()), "-ts", *map(str, copies)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    found = LUPDATE_FOUND.findall(output)
    assert len(found) == len(copies), f"unexpected lupdate output:\n{output}"
    new = sum(int(n) for _total, n, _existing in found)
    if new:
        added = sorted(
            {
                f"[{m.context}] {m.source!r}"
                for copy in copies
                for m in read_ts(copy)
                if m.kind == "unfinished" and not m.translation
            }
        )
        pytest.fail(
            f"{new // len(copies)} UI string(s) in the code have no translation yet; run "
            "`make translations-update`, translate them in trainer_pl.ts and run "
            "`.venv/bin/python tools/fill_en_translations.py`:\n" + "\n".join(added)
        )


def _literal_tr_calls(path: Path) -> set[tuple[str, str, int]]:
    """(context, source, line) of every ``self.tr("…")`` and ``translate("Ctx", "…")``."""
    found: set[tuple[str, str, int]] = set()

    def walk(node: ast.AST, cls: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                walk(child, child.name)
                continue
            if isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute):
                args = child.args
                strings = [a.value for a in args if isinstance(a, ast.Constant)]
                if (
                    child.func.attr == "tr"
                    and args
                    and isinstance(args[0], ast.Constant)
                    and isinstance(args[0].value, str)
                ):
                    found.add((cls, args[0].value, child.lineno))
                elif (
                    child.func.attr == "translate"
                    and len(strings) >= 2
                    and all(isinstance(s, str) for s in strings[:2])
                ):
                    found.add((str(strings[0]), str(strings[1]), child.lineno))
            walk(child, cls)

    walk(ast.parse(path.read_text(encoding="utf-8")), "")
    return found


def test_every_literal_ui_string_is_in_the_ts_files() -> None:
    """Catches strings lupdate cannot see, such as ``self.tr('…')`` inside an f-string."""
    known = {(m.context, m.source) for m in read_ts(TS_FILES["pl"])}
    missing = sorted(
        f"{path.relative_to(REPO_ROOT)}:{line} [{context}] {source!r}"
        for path in gui_sources()
        for context, source, line in _literal_tr_calls(path)
        if (context, source) not in known
    )
    assert not missing, (
        "UI strings missing from the .ts files (lupdate does not read tr() calls inside "
        "f-strings: move the call out of the f-string):\n" + "\n".join(missing)
    )


# -- (c) the Polish file compiles and the app's translator uses it -----------------------


@pytest.fixture
def polish_qm(tmp_path: Path) -> Path:
    lrelease = tool("pyside6-lrelease")
    qm = tmp_path / "trainer_pl.qm"
    result = subprocess.run(
        [str(lrelease), str(TS_FILES["pl"]), "-qm", str(qm)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "warning" not in output.lower(), output
    assert " 0 unfinished" in output or "unfinished" not in output, output
    assert qm.stat().st_size > 0
    return qm


def test_compiled_polish_translations_load(qapp, polish_qm: Path) -> None:
    translator = QTranslator()
    assert translator.load(str(polish_qm))
    assert translator.translate("PlayPage", "Pause") == "Wstrzymaj"
    assert translator.translate("PlayPage", "Confirm  ⏎") == "Zatwierdź  ⏎"
    assert translator.translate("PlayPage", "Knowledge card: %1") == "Karta wiedzy: %1"
    # Every message of the .ts comes back from the .qm as written.
    for m in read_ts(TS_FILES["pl"]):
        assert translator.translate(m.context, m.source) == m.translation, m

    qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("LibraryPage", "Scenario library") == (
            "Biblioteka scenariuszy"
        )
        assert QCoreApplication.translate("Rating", "Best choice") == "Najlepsza decyzja"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("Rating", "Best choice") == "Best choice"
