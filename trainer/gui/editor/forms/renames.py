"""Renaming an id everywhere it is used, as one undo step.

Nodes, variables, cards and competencies: the authoring commands (``RenameNode``,
``RenameVariable``, ``RenameCard``, ``RenameCompetency``). Choices: the id and every
``chose('node', 'choice')`` that names it, as one macro. Checklist and report item
ids are used nowhere else in the file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from PySide6.QtCore import QCoreApplication

from trainer.authoring.commands import (
    RenameCard,
    RenameCompetency,
    RenameNode,
    RenameVariable,
    SetValue,
)
from trainer.authoring.document import DocPath
from trainer.domain.conditions import ConditionSyntaxError, parse_condition
from trainer.gui.editor.forms.context import FormContext

Renamer = Callable[[str, str], "str | None"]

_COMMANDS: dict[str, Any] = {
    "variables": RenameVariable,
    "cards": RenameCard,
    "competencies": RenameCompetency,
}


def renamer_for(ctx: FormContext, kind: str) -> Renamer:
    """How to rename an entry of ``kind`` (variables, cards, competencies) everywhere."""
    command = _COMMANDS[kind]
    return lambda old, new: ctx.push(command(old, new))


def rename_node(ctx: FormContext) -> Renamer:
    return lambda old, new: ctx.push(RenameNode(old, new))


def conditions(value: Any, path: DocPath = ()) -> Iterator[tuple[DocPath, str]]:
    """Every condition (an ``if``) in the tree under ``value``, with its path."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "if" and isinstance(item, str):
                yield (*path, key), item
            else:
                yield from conditions(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from conditions(item, (*path, index))


def renamed_choice(source: str, node_id: str, old: str, new: str) -> str:
    """``source`` with ``chose('node_id', 'old')`` naming ``new``; unchanged if not used."""
    try:
        condition = parse_condition(source)
    except ConditionSyntaxError:
        return source
    if (node_id, old) not in condition.chosen_pairs:
        return source
    call = re.compile(
        r"(chose\s*\(\s*(['\"])"
        + re.escape(node_id)
        + r"\2\s*,\s*(['\"]))"
        + re.escape(old)
        + r"(\3\s*\))"
    )
    return call.sub(lambda m: m.group(1) + new + m.group(4), source)


def rename_choice(ctx: FormContext, node_id: str, index: int) -> Renamer:
    """Rename choice ``index`` of ``node_id`` and every ``chose()`` that names it."""

    def rename(old: str, new: str) -> str | None:
        text = QCoreApplication.translate("EditorForms", "Rename choice %1 to %2")
        with ctx.macro(text.replace("%1", old).replace("%2", new)):
            problem = ctx.push(SetValue(("nodes", node_id, "choices", index, "id"), new))
            if problem is not None:
                return problem
            for path, source in list(conditions(ctx.doc.root)):
                changed = renamed_choice(source, node_id, old, new)
                if changed != source:
                    ctx.push(SetValue(path, changed))
        return None

    return rename
