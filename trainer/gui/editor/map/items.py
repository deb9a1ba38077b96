"""What the map draws: a card per node and an arrow per way on.

Both are plain QGraphicsItems painted by hand: 2,000 cards and 4,000 arrows must
build and paint in a fraction of a second. Cards are cached as device pixmaps
(re-rendered only when their content or the zoom changes); zoomed far out a card
is a coloured box without text, and arrows lose their labels. Arrows use cosmetic
pens (one pixel at any zoom) and are re-routed only when one of their two cards moves.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from trainer.authoring.document import DocPath
from trainer.authoring.map_graph import MapEdge, MapNode, port_of
from trainer.authoring.map_layout import CARD_HEIGHT, CARD_WIDTH

# Below this zoom a card is a box without text; an arrow loses its label.
DETAIL_LOD = 0.45
LABEL_LOD = 0.7

# The strip colour of each node type (the app's palette: calm, distinct).
TYPE_COLOURS = {
    "scene": QColor("#5b7fa6"),
    "decision": QColor("#c98a2b"),
    "checklist": QColor("#6c8f4e"),
    "report": QColor("#7a62a3"),
    "ending": QColor("#4d5566"),
}
OUTCOME_COLOURS = {
    "success": QColor("#2e7d4f"),
    "partial": QColor("#b7791f"),
    "failure": QColor("#b03a3a"),
}
_OTHER = QColor("#8a94a6")
_CARD = QColor("#ffffff")
_BORDER = QColor("#c9d1dc")
_SELECTED = QColor("#1f5fbf")
_TEXT = QColor("#1d2433")
_MUTED = QColor("#5d6778")
_ERROR = QColor("#c0392b")
_WARNING = QColor("#d68910")
_EDGE = QColor("#b4bdca")
_EDGE_TIMEOUT = QColor("#c7a0a0")
_EDGE_LIT = QColor("#1f5fbf")
_PATH = QColor("#2e8b57")
_HARM = QColor("#b0306f")  # a way to success after a harmful choice
_SHARES = QColor("#2b5c8a")  # what officers chose: thickness, labels, badges
#: A port's handle (radius) and how far from its centre a press still takes it.
PORT_RADIUS = 4.5
PORT_REACH = 9.0
_STRIP = 6.0
_RADIUS = 6.0


def type_label(node_type: str) -> str:
    """A node type in the UI language."""
    labels = {
        "scene": lambda: QCoreApplication.translate("EditorMap", "Scene"),
        "decision": lambda: QCoreApplication.translate("EditorMap", "Decision"),
        "checklist": lambda: QCoreApplication.translate("EditorMap", "Checklist"),
        "report": lambda: QCoreApplication.translate("EditorMap", "Report"),
        "ending": lambda: QCoreApplication.translate("EditorMap", "Ending"),
    }
    label = labels.get(node_type)
    return label() if label is not None else node_type or "?"


def outcome_label(outcome: str) -> str:
    labels = {
        "success": lambda: QCoreApplication.translate("EditorMap", "success"),
        "partial": lambda: QCoreApplication.translate("EditorMap", "partial"),
        "failure": lambda: QCoreApplication.translate("EditorMap", "failure"),
    }
    label = labels.get(outcome)
    return label() if label is not None else outcome


class _Fonts:
    """The card's fonts, made once (a QFont per paint would cost more than the text)."""

    def __init__(self) -> None:
        self.small = QFont()
        self.small.setPixelSize(11)
        self.title = QFont()
        self.title.setPixelSize(13)
        self.title.setBold(True)
        self.body = QFont()
        self.body.setPixelSize(12)
        self.badge = QFont()
        self.badge.setPixelSize(10)
        self.badge.setBold(True)


_fonts: _Fonts | None = None


def fonts() -> _Fonts:
    global _fonts
    if _fonts is None:
        _fonts = _Fonts()
    return _fonts


class NodeCard(QGraphicsItem):
    """One node: its type, id, title, the start of its text, marks, the ending's outcome."""

    #: Set while the map places many cards at once: arrows are routed once at the end.
    batch = False
    printing = False  # set while the map is exported: cards drawn in full

    def __init__(self, node: MapNode) -> None:
        super().__init__()
        self.node = node
        self.errors = 0
        self.warnings = 0
        self.is_start = False
        self.on_path = False  # on the highlighted (best) path
        self.edges: list[EdgeItem] = []  # arrows from or to this card
        #: Told when the card moves (a chapter's frame follows its cards).
        self.moved: Callable[[NodeCard], None] | None = None
        # What officers chose (map/shares.py): a badge on the card and its tooltip lines.
        self.shares_badge = ""
        self.shares_tip = ""
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setAcceptHoverEvents(False)
        self.setToolTip(node.snippet)

    @property
    def node_id(self) -> str:
        return self.node.node_id

    def set_shares(self, badge: str, tip: str) -> None:
        """What officers chose here: a badge (empty: none) and lines for the tooltip."""
        if (badge, tip) != (self.shares_badge, self.shares_tip):
            self.shares_badge, self.shares_tip = badge, tip
            self.setToolTip(self._tooltip())
            self.update()

    def _tooltip(self) -> str:
        return f"{self.node.snippet}\n\n{self.shares_tip}" if self.shares_tip else self.node.snippet

    def set_node(self, node: MapNode) -> None:
        if node != self.node:
            moved_ports = node.ports != self.node.ports
            self.node = node
            self.setToolTip(self._tooltip())
            self.update()
            if moved_ports:
                for edge in self.edges:
                    if edge.source is self:
                        edge.adjust()

    def port_index(self, path: DocPath) -> int:
        """Which of this card's ports ``path`` is (-1: none)."""
        for index, (port, _label) in enumerate(self.node.ports):
            if port == path:
                return index
        return -1

    def port_point(self, index: int) -> QPointF:
        """Where port ``index`` sits on the card (its bottom edge; the middle for -1)."""
        count = len(self.node.ports)
        share = (index + 1) / (count + 1) if count > 1 and index >= 0 else 0.5
        return QPointF(CARD_WIDTH * share, CARD_HEIGHT)

    def port_at(self, point: QPointF) -> int:
        """The port under ``point`` (item coordinates), or -1."""
        for index in range(len(self.node.ports)):
            spot = self.port_point(index)
            if abs(point.x() - spot.x()) <= PORT_REACH and abs(point.y() - spot.y()) <= PORT_REACH:
                return index
        return -1

    def set_marks(self, errors: int, warnings: int) -> None:
        if (errors, warnings) != (self.errors, self.warnings):
            self.errors, self.warnings = errors, warnings
            self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, CARD_WIDTH + 4, CARD_HEIGHT + PORT_RADIUS + 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT + PORT_RADIUS))
        return path

    def colour(self) -> QColor:
        return TYPE_COLOURS.get(self.node.node_type, _OTHER)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if NodeCard.printing:
            lod = max(lod, 1.0)  # an export: cards with their text at any scale
        selected = self.isSelected()
        if lod < DETAIL_LOD:
            # Zoomed out: a box in the type's colour, the selection and marks as a frame.
            fill = QColor(self.colour())
            if not selected:
                fill.setAlpha(190)
            painter.fillRect(rect, _SELECTED if selected else fill)
            if self.on_path and not selected:
                painter.setPen(QPen(_PATH, 12))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
            if self.errors:
                painter.fillRect(QRectF(CARD_WIDTH - 40, 0, 40, 40), _ERROR)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            border = QPen(_SELECTED, 2.5)
        elif self.on_path:
            border = QPen(_PATH, 2.5)
        else:
            border = QPen(_BORDER, 1)
        painter.setPen(border)
        painter.setBrush(QBrush(_CARD))
        painter.drawRoundedRect(rect, _RADIUS, _RADIUS)
        strip = QPainterPath()
        strip.addRoundedRect(QRectF(0, 0, _STRIP * 2, CARD_HEIGHT), _RADIUS, _RADIUS)
        clip = QPainterPath()
        clip.addRect(QRectF(0, 0, _STRIP, CARD_HEIGHT))
        painter.fillPath(strip.intersected(clip), self.colour())
        f = fonts()
        left = _STRIP + 8
        width = CARD_WIDTH - left - 8
        # Header: the type and the id; the marks at the right.
        painter.setFont(f.small)
        painter.setPen(self.colour().darker(115))
        header = type_label(self.node.node_type).upper()
        if self.is_start:
            header = f"▶ {header}"
        metrics = QFontMetricsF(f.small)
        painter.drawText(QPointF(left, 16), header)
        id_x = left + metrics.horizontalAdvance(header) + 8
        painter.setPen(_MUTED)
        marks_width = self._paint_marks(painter, CARD_WIDTH - 8)
        if self.shares_badge:  # what officers chose: left of the marks, the id gets less room
            marks_width += self._paint_shares_badge(painter, CARD_WIDTH - 8 - marks_width)
        painter.setFont(f.small)
        painter.setPen(_MUTED)
        room = CARD_WIDTH - 8 - marks_width - id_x
        # An id cut to a letter or two ("i…s") says nothing: then the badge has the room.
        if room >= metrics.horizontalAdvance(self.node_id) or room >= metrics.horizontalAdvance(
            "mmmmmm"
        ):
            painter.drawText(
                QPointF(id_x, 16),
                metrics.elidedText(self.node_id, Qt.TextElideMode.ElideMiddle, room),
            )
        # The title (or the id when there is none), then the start of the text.
        top = 24.0
        title = self.node.title
        if title:
            painter.setFont(f.title)
            painter.setPen(_TEXT)
            title_metrics = QFontMetricsF(f.title)
            painter.drawText(
                QPointF(left, top + 13),
                title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, width),
            )
            top += 20
        painter.setFont(f.body)
        painter.setPen(_TEXT if not title else _MUTED)
        bottom = CARD_HEIGHT - (24 if self.node.outcome else 6)
        text_rect = QRectF(left, top, width, bottom - top)
        body_metrics = QFontMetricsF(f.body)
        lines = max(1, int(text_rect.height() // body_metrics.lineSpacing()))
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            _fit_lines(self.node.snippet, body_metrics, width, lines),
        )
        if self.node.outcome:
            self._paint_outcome(painter, left)
        self._paint_ports(painter)

    def _paint_shares_badge(self, painter: QPainter, right: float) -> float:
        """What officers chose here (the map's shares tool) in the header, ending at
        ``right``; returns the width it takes."""
        f = fonts()
        painter.setFont(f.badge)
        w = QFontMetricsF(f.badge).horizontalAdvance(self.shares_badge) + 12
        box = QRectF(right - w, 5, w, 15)
        painter.setPen(QPen(_SHARES, 1))
        painter.setBrush(QColor("#eef3fb"))
        painter.drawRoundedRect(box, 7.5, 7.5)
        painter.setPen(_SHARES)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self.shares_badge)
        return w + 4

    def _paint_ports(self, painter: QPainter) -> None:
        """A small round handle per way on: drag it onto a card to lead there."""
        painter.setPen(QPen(self.colour(), 1.5))
        painter.setBrush(QBrush(_CARD))
        for index in range(len(self.node.ports)):
            painter.drawEllipse(self.port_point(index), PORT_RADIUS, PORT_RADIUS)

    def _paint_marks(self, painter: QPainter, right: float) -> float:
        """The error and warning counts at the top right; returns the width they take."""
        f = fonts()
        painter.setFont(f.badge)
        metrics = QFontMetricsF(f.badge)
        x = right
        for count, colour in ((self.warnings, _WARNING), (self.errors, _ERROR)):
            if not count:
                continue
            text = str(count)
            w = max(16.0, metrics.horizontalAdvance(text) + 10)
            box = QRectF(x - w, 5, w, 15)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(box, 7.5, 7.5)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
            x -= w + 4
        return right - x

    def _paint_outcome(self, painter: QPainter, left: float) -> None:
        outcome = self.node.outcome or ""
        colour = OUTCOME_COLOURS.get(outcome, _OTHER)
        f = fonts()
        painter.setFont(f.badge)
        text = outcome_label(outcome).upper()
        w = QFontMetricsF(f.badge).horizontalAdvance(text) + 14
        box = QRectF(left, CARD_HEIGHT - 21, w, 15)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(box, 3, 3)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: Any) -> Any:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            if NodeCard.batch:
                return super().itemChange(change, value)
            for edge in self.edges:
                edge.adjust()
            if self.moved is not None:
                self.moved(self)
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            for edge in self.edges:
                edge.refresh_lit()
        return super().itemChange(change, value)

    # A press on a port starts a connection (the scene's ``connector``); elsewhere the
    # card is selected and moved as usual.

    def mousePressEvent(self, event: Any) -> None:
        connector = getattr(self.scene(), "connector", None)
        if event.button() == Qt.MouseButton.LeftButton and connector is not None:
            index = self.port_at(event.pos())
            if index >= 0 and connector.start(self, index, event.scenePos()):
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: Any) -> None:
        connector = getattr(self.scene(), "connector", None)
        if connector is not None and connector.active:
            connector.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: Any) -> None:
        connector = getattr(self.scene(), "connector", None)
        if connector is not None and connector.active:
            connector.finish(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        # The map scene keeps the positions (looked up by name: items know no scene class).
        dropped = getattr(self.scene(), "cards_dropped", None)
        if callable(dropped):
            dropped()


def _fit_lines(text: str, metrics: QFontMetricsF, width: float, lines: int) -> str:
    """``text`` cut to what ``lines`` wrapped lines hold, with an ellipsis when cut."""
    words = text.split()
    out: list[str] = []
    current = ""
    for i, word in enumerate(words):
        trial = f"{current} {word}" if current else word
        if metrics.horizontalAdvance(trial) <= width:
            current = trial
            continue
        out.append(current)
        current = word
        if len(out) == lines:
            last = out[-1]
            rest = " ".join(words[i:])
            out[-1] = metrics.elidedText(f"{last} {rest}", Qt.TextElideMode.ElideRight, width)
            return "\n".join(out)
    if current:
        out.append(current)
    return "\n".join(out[:lines])


class EdgeItem(QGraphicsItem):
    """An arrow from one card to another, lit when either card is selected."""

    def __init__(self, edge: MapEdge, source: NodeCard, target: NodeCard) -> None:
        super().__init__()
        self.edge = edge
        self.source = source
        self.target = target
        self.lit = False
        self.on_path = False  # on the highlighted (best) path
        self.harm = 0  # 2: a harmful choice that still reaches success; 1: a way on from it
        # What officers chose (map/shares.py): the share of attempts (None: hidden or no
        # data) and its label ("42 %", "< 5"; empty: shares not shown on this arrow).
        self.share: float | None = None
        self.share_label = ""
        self._path = QPainterPath()
        self._head = QPolygonF()
        self._label_at = QPointF()
        self._bounds = QRectF()
        self.setZValue(-1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        source.edges.append(self)
        if target is not source:
            target.edges.append(self)
        if NodeCard.batch:
            return  # routed when the batch ends
        self.adjust()

    def detach(self) -> None:
        for card in (self.source, self.target):
            if self in card.edges:
                card.edges.remove(self)

    def set_share(self, share: float | None, label: str) -> None:
        if (share, label) != (self.share, self.share_label):
            self.share, self.share_label = share, label
            self.update()

    def share_width(self) -> float:
        """The pen width (pixels) showing the share: 1 for none or hidden, up to 11."""
        return 1.0 + 10.0 * self.share if self.share is not None else 1.0

    def refresh_lit(self) -> None:
        # No change of z-value here: re-sorting hundreds of arrows made box-selecting slow.
        lit = self.source.isSelected() or self.target.isSelected()
        if lit != self.lit:
            self.lit = lit
            self.update()

    def adjust(self) -> None:
        """Route the arrow between its cards again (one of them moved)."""
        # Arrows leave from their ports, side by side along the card's bottom (a fan).
        rank = self.source.port_index(port_of(self.edge))
        start = self.source.pos() + self.source.port_point(rank)
        end = self.target.pos() + QPointF(CARD_WIDTH / 2, 0)
        path = QPainterPath(start)
        if self.source is self.target:
            corner = self.source.pos() + QPointF(CARD_WIDTH, CARD_HEIGHT / 2)
            path = QPainterPath(corner)
            path.cubicTo(
                corner + QPointF(60, -70), corner + QPointF(60, 70), corner + QPointF(2, 8)
            )
            end = corner + QPointF(2, 8)
            direction = QPointF(-1, -0.3)
        elif end.y() >= start.y() + 10:
            bend = max(30.0, (end.y() - start.y()) / 2)
            path.cubicTo(start + QPointF(0, bend), end - QPointF(0, bend), end)
            direction = QPointF(0, 1)
        else:
            # A way back up: out of the side and around, so it does not cross the cards.
            side = 1 if end.x() >= start.x() else -1
            reach = CARD_WIDTH / 2 + 50
            a = start + QPointF(0, 40)
            b = end - QPointF(0, 40)
            path.cubicTo(a + QPointF(side * reach, 0), b + QPointF(side * reach, 0), end)
            direction = QPointF(0, 1)
        self._path = path
        self._shape: QPainterPath | None = None
        self._head = _arrow_head(end, direction)
        # Labels of a fan stand at different heights, so neighbours do not cover each other.
        rank = max(rank, 0)
        self._label_at = path.pointAtPercent(0.12 + 0.28 * (rank % 3))
        self.prepareGeometryChange()
        self._bounds = (
            path.boundingRect().united(self._head.boundingRect()).adjusted(-60, -12, 60, 12)
        )

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        # Kept until the arrow moves: a rubber band asks every arrow it passes over.
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(6)
            self._shape = stroker.createStroke(self._path)
        return self._shape

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if self.lit:
            colour = _EDGE_LIT
        elif self.harm:
            colour = _HARM
        elif self.on_path:
            colour = _PATH
        elif self.edge.kind == "timeout":
            colour = _EDGE_TIMEOUT
        else:
            colour = _EDGE
        width = 4 if self.harm == 2 else 3 if self.on_path or self.harm else 2 if self.lit else 1
        if self.share_label:  # officers' choices shown: thickness by share
            colour = _EDGE_LIT if self.lit else _SHARES
            # Zoomed out, no wider than the arrow's bounds hold (12 scene units each side):
            # a cosmetic pen past them would leave traces when the arrow is repainted.
            width = max(width, min(round(self.share_width()), max(1, int(24 * lod))))
        pen = QPen(colour, width)
        pen.setCosmetic(True)
        if self.harm == 1:
            # A pattern of its own, so the way after a harmful choice is not told by colour alone.
            pen.setStyle(Qt.PenStyle.DashDotLine)
        elif (
            not self.on_path
            and not self.harm
            and (self.edge.kind == "timeout" or (self.edge.kind == "route" and not self.lit))
        ):
            pen.setStyle(Qt.PenStyle.DashLine)
        if lod >= DETAIL_LOD:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)
        if self.share_label and lod >= DETAIL_LOD:
            self._paint_label(painter, self.share_label)
        elif self.lit and lod >= LABEL_LOD and self.edge.label:
            self._paint_label(painter, self.edge.label)

    def _paint_label(self, painter: QPainter, label: str) -> None:
        f = fonts()
        painter.setFont(f.small)
        metrics = QFontMetricsF(f.small)
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, 150)
        w = metrics.horizontalAdvance(text) + 10
        box = QRectF(self._label_at.x() - w / 2, self._label_at.y() - 9, w, 18)
        painter.setPen(QPen(_EDGE_LIT, 1))
        painter.setBrush(QColor("#eef3fb"))
        painter.drawRoundedRect(box, 9, 9)
        painter.setPen(_EDGE_LIT)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)


def _arrow_head(tip: QPointF, direction: QPointF) -> QPolygonF:
    length = math.hypot(direction.x(), direction.y()) or 1.0
    dx, dy = direction.x() / length, direction.y() / length
    size = 9.0
    back = QPointF(tip.x() - dx * size, tip.y() - dy * size)
    normal = QPointF(-dy * size * 0.5, dx * size * 0.5)
    return QPolygonF([tip, back + normal, back - normal])
