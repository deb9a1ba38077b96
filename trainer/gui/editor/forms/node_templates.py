"""The body a new node of each type starts with: the fields its type requires, still empty."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from trainer.gui.editor.forms.context import FormContext

NODE_TYPES = ("scene", "decision", "checklist", "report", "ending")


def _text(languages: list[str]) -> CommentedMap:
    return CommentedMap((language, "") for language in languages)


def _next(ctx: FormContext) -> str:
    return ctx.first_ending()


def new_node(ctx: FormContext, kind: str) -> CommentedMap:
    """A ``kind`` node with every required field (texts empty, links to an ending)."""
    languages = ctx.languages()
    competency = next(iter(ctx.keys("competencies")), "")
    body = CommentedMap()
    body["type"] = kind
    body["title"] = _text(languages)
    body["text"] = _text(languages)
    items: Any
    if kind == "decision":
        choice = CommentedMap()
        choice["id"] = "choice-1"
        choice["text"] = _text(languages)
        choice["rating"] = "good"
        choice["feedback"] = _text(languages)
        choice["next"] = _next(ctx)
        body["choices"] = CommentedSeq([choice])
    elif kind in ("checklist", "report"):
        item = CommentedMap()
        item["id"] = "item-1"
        item["text"] = _text(languages)
        if kind == "checklist":
            item["correct"] = True
        item["feedback"] = _text(languages)
        body["prompt"] = _text(languages)
        body["competency"] = competency
        if kind == "report":
            body["model"] = _text(languages)
        items = CommentedSeq([item])
        body["items"] = items
        body["next"] = _next(ctx)
    elif kind == "ending":
        body["outcome"] = "success"
        body["debrief"] = _text(languages)
    else:
        body["next"] = _next(ctx)
    return body


#: Fields every node may have, kept when its type changes.
COMMON_FIELDS = ("title", "text", "image", "image_alt", "cards", "stage")


def retyped(ctx: FormContext, body: Any, kind: str) -> CommentedMap:
    """``body`` as a ``kind`` node: its common fields and ``next`` kept, the rest from
    :func:`new_node` (what only the old type had goes; undo brings it back)."""
    fresh = new_node(ctx, kind)
    result = CommentedMap()
    result["type"] = kind
    for key in COMMON_FIELDS:
        if key in body:
            result[key] = body[key]
        elif key in fresh:
            result[key] = fresh[key]
    for key, value in fresh.items():
        if key in result:
            continue
        if key == "next" and "next" in body:
            result[key] = body["next"]
        elif key in body and key not in ("choices", "items"):
            result[key] = body[key]  # e.g. a checklist's prompt and competency for a report
        elif key == "items" and "items" in body and kind in ("checklist", "report"):
            result[key] = body["items"]
        else:
            result[key] = value
    return result
