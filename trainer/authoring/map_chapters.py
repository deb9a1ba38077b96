"""Chapters of the map: named groups of nodes, kept in the side file with the positions.

A chapter is a convenience for the author (a frame around some cards, collapsible to
one box), not content: the scenario file never mentions it. So whatever the side file
holds, reading it never fails: an entry that is not a proper chapter is dropped.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

#: A chapter title longer than this is cut (a frame's title band is one line).
TITLE_CHARS = 120


@dataclass
class Chapter:
    """A titled group of node ids; ``collapsed``: drawn as one box."""

    id: str
    title: str
    nodes: list[str] = field(default_factory=list)
    collapsed: bool = False


def read_chapters(raw: Any) -> list[Chapter]:
    """The chapters in ``raw`` (the side file's ``"chapters"`` value, any JSON).

    Dropped: entries that are not objects, without a text ``id`` or a repeated one, with
    a ``title`` that is not text, or with no node ids left. Node ids that are not text,
    or that an earlier chapter already holds, are left out (a card is in one frame).
    """
    if not isinstance(raw, list):
        return []
    chapters: list[Chapter] = []
    seen_ids: set[str] = set()
    taken_nodes: set[str] = set()
    for entry in raw:
        if not isinstance(entry, dict):
            continue
        chapter_id, title, nodes = entry.get("id"), entry.get("title", ""), entry.get("nodes")
        if not isinstance(chapter_id, str) or not chapter_id or chapter_id in seen_ids:
            continue
        if not isinstance(title, str) or not isinstance(nodes, list):
            continue
        members: list[str] = []
        for node_id in nodes:
            if isinstance(node_id, str) and node_id and node_id not in taken_nodes:
                members.append(node_id)
                taken_nodes.add(node_id)
        if not members:
            continue
        collapsed = entry.get("collapsed") is True
        seen_ids.add(chapter_id)
        chapters.append(Chapter(chapter_id, title[:TITLE_CHARS], members, collapsed))
    return chapters


def chapters_data(chapters: Iterable[Chapter], existing: Collection[str]) -> list[dict[str, Any]]:
    """The chapters as the side file keeps them: only nodes in ``existing`` (a node
    deleted in the editor leaves its frame), chapters with none of them left out."""
    data = []
    for chapter in chapters:
        members = [node_id for node_id in chapter.nodes if node_id in existing]
        if members:
            data.append(
                {
                    "id": chapter.id,
                    "title": chapter.title,
                    "nodes": members,
                    "collapsed": chapter.collapsed,
                }
            )
    return data


def new_chapter_id(chapters: Sequence[Chapter]) -> str:
    """An id no chapter in ``chapters`` has (``ch1``, ``ch2``, …)."""
    taken = {chapter.id for chapter in chapters}
    number = len(taken) + 1
    while f"ch{number}" in taken:
        number += 1
    return f"ch{number}"


def group(chapters: list[Chapter], node_ids: Sequence[str], title: str) -> Chapter:
    """Add a chapter of ``node_ids`` titled ``title`` to ``chapters`` and return it.

    The nodes leave the chapters they were in (a card is in one frame); a chapter left
    with no node is removed.
    """
    chosen = list(dict.fromkeys(node_ids))
    leaving = set(chosen)
    for chapter in chapters:
        chapter.nodes = [node_id for node_id in chapter.nodes if node_id not in leaving]
    chapters[:] = [chapter for chapter in chapters if chapter.nodes]
    made = Chapter(new_chapter_id(chapters), title.strip()[:TITLE_CHARS], chosen)
    chapters.append(made)
    return made


def chapter_of(chapters: Iterable[Chapter], node_id: str) -> Chapter | None:
    """The chapter holding ``node_id``, if any."""
    return next((chapter for chapter in chapters if node_id in chapter.nodes), None)
