"""Copy, cut and paste of nodes on the map, through the system clipboard.

The text on the clipboard is YAML (:mod:`trainer.authoring.node_clipboard`): pasted
into another scenario's map it makes the same nodes; pasted into a text editor it is
the nodes as a scenario file writes them. A paste is one undo step (a macro of
InsertNode commands), whatever the number of nodes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF
from PySide6.QtGui import QGuiApplication

from trainer.authoring.commands import InsertNode
from trainer.authoring.map_layout import CARD_HEIGHT, CARD_WIDTH
from trainer.authoring.node_clipboard import NotCopiedNodes, copy_text, paste_plan, read_copied
from trainer.gui.editor.map.scene import MapScene


@dataclass(frozen=True)
class Outcome:
    """What a copy or paste did: the node ids it touched, and a line for the user."""

    node_ids: list[str]
    message: str


def copy_nodes(scene: MapScene, node_ids: list[str]) -> Outcome:
    """Put nodes ``node_ids`` (with where their cards stand) on the clipboard."""
    if not node_ids:
        return Outcome(
            [], QCoreApplication.translate("EditorMap", "Select the nodes to copy first.")
        )
    text = copy_text(scene.session.doc, node_ids, scene.positions())
    QGuiApplication.clipboard().setText(text)
    return Outcome(
        list(node_ids),
        QCoreApplication.translate("EditorMap", "Nodes copied: %1.").replace(
            "%1", str(len(node_ids))
        ),
    )


def paste_nodes(scene: MapScene, centre: QPointF) -> Outcome:
    """Insert the nodes on the clipboard, their cards around ``centre`` (scene), as one
    undo step. Nothing happens (and the message says why) in a read-only scenario or
    when the clipboard holds anything but copied nodes."""
    session = scene.session
    if session.read_only:
        return Outcome(
            [],
            QCoreApplication.translate(
                "EditorMap", "This scenario is read-only: save it as a copy to paste into it."
            ),
        )
    try:
        nodes, places = read_copied(QGuiApplication.clipboard().text())
    except NotCopiedNodes:
        return Outcome(
            [],
            QCoreApplication.translate(
                "EditorMap", "The clipboard holds no nodes copied from a map (Ctrl+C on the map)."
            ),
        )
    planned = paste_plan(nodes, places, set(session.doc.node_ids()))
    # Where the set goes: its middle at ``centre``, the cards as they stood to each other.
    right = max(x for x, _ in (p.offset for p in planned)) + CARD_WIDTH
    bottom = max(y for _, y in (p.offset for p in planned)) + CARD_HEIGHT
    left = min(x for x, _ in (p.offset for p in planned))
    top = min(y for _, y in (p.offset for p in planned))
    corner = QPointF(centre.x() - (left + right) / 2, centre.y() - (top + bottom) / 2)
    stack = session.undo_stack
    stack.beginMacro(
        QCoreApplication.translate("EditorMap", "Paste nodes (%1)").replace("%1", str(len(planned)))
    )
    try:
        for pasted in planned:
            x, y = pasted.offset
            scene.pending_positions[pasted.node_id] = (corner.x() + x, corner.y() + y)
            session.push(InsertNode(pasted.node_id, pasted.body))
    finally:
        stack.endMacro()
    ids = [pasted.node_id for pasted in planned]
    scene.clearSelection()
    for node_id in ids:
        card = scene.cards.get(node_id)
        if card is not None:
            card.setSelected(True)
    renamed = [p for p in planned if p.node_id != p.old_id]
    message = QCoreApplication.translate("EditorMap", "Nodes pasted: %1.").replace(
        "%1", str(len(ids))
    )
    if renamed:
        message += " " + QCoreApplication.translate(
            "EditorMap", "New ids where they were taken: %1."
        ).replace("%1", ", ".join(f"{p.old_id} → {p.node_id}" for p in renamed[:6]))
    return Outcome(ids, message)
