"""Connecting by dragging: from a card's port (one of its ways on) onto another card.

An interaction of its own, as the select and pan gestures are the view's: the card
hands a press on one of its ports here, a dashed line follows the pointer, and the
release over a card asks the document, through one command, to lead there.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from trainer.authoring.document import DocPath
from trainer.gui.editor.map.items import NodeCard

_LINE = QColor("#1f5fbf")


class ConnectInteraction:
    """``connect(path, target_id)`` is called when a drag ends on a card; ``allowed()``
    says whether drags may start (not in a read-only scenario)."""

    def __init__(
        self,
        scene: QGraphicsScene,
        connect: Callable[[DocPath, str], None],
        allowed: Callable[[], bool],
    ) -> None:
        self.scene = scene
        self._connect = connect
        self._allowed = allowed
        self.source: NodeCard | None = None
        self.port: DocPath | None = None
        self._line: QGraphicsPathItem | None = None
        self._start = QPointF()

    @property
    def active(self) -> bool:
        return self.source is not None

    def start(self, card: NodeCard, index: int, at: QPointF) -> bool:
        """Begin a drag from port ``index`` of ``card``; False when none may start."""
        if not self._allowed() or not 0 <= index < len(card.node.ports):
            return False
        self.source = card
        self.port = card.node.ports[index][0]
        self._start = card.mapToScene(card.port_point(index))
        pen = QPen(_LINE, 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._line = QGraphicsPathItem()
        self._line.setPen(pen)
        self._line.setZValue(10)
        self.scene.addItem(self._line)
        self.move(at)
        return True

    def move(self, at: QPointF) -> None:
        if self._line is None:
            return
        path = QPainterPath(self._start)
        bend = max(30.0, abs(at.y() - self._start.y()) / 2)
        path.cubicTo(self._start + QPointF(0, bend), at - QPointF(0, bend), at)
        self._line.setPath(path)

    def target_at(self, at: QPointF) -> NodeCard | None:
        for item in self.scene.items(at):
            if isinstance(item, NodeCard):
                return item
        return None

    def finish(self, at: QPointF) -> str | None:
        """End the drag at ``at``: the id of the card it now leads to, or None."""
        port = self.port
        target = self.target_at(at)
        self.cancel()
        if port is None or target is None:
            return None
        self._connect(port, target.node_id)
        return target.node_id

    def cancel(self) -> None:
        if self._line is not None:
            self.scene.removeItem(self._line)
        self._line = None
        self.source = None
        self.port = None
