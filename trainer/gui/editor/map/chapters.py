"""Chapters on the map: a titled, tinted frame behind a group of cards, or one box.

The chapters live in the side file with the positions (:mod:`trainer.authoring.map_chapters`),
never in the scenario, so they are not undo commands of the document. The frame
follows its cards when they move; collapsed, the cards and the arrows among them are
hidden, and arrows into or out of the chapter are drawn to its box instead.
"""

from __future__ import annotations

import zlib
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QMenu,
    QStyleOptionGraphicsItem,
    QWidget,
)

from trainer.authoring.map_chapters import Chapter, chapter_of, group
from trainer.authoring.map_graph import port_of
from trainer.authoring.map_layout import CARD_HEIGHT, CARD_WIDTH
from trainer.gui.editor.map.items import NodeCard, fonts

if TYPE_CHECKING:
    from trainer.authoring.document import DocPath
    from trainer.gui.editor.map.items import EdgeItem
    from trainer.gui.editor.session import EditorSession


class ChapterHost(Protocol):
    """What the chapters need of the map's scene (``MapScene``, which builds them: the
    scene module imports this one, so this one names the scene only by what it uses)."""

    cards: dict[str, NodeCard]
    edges: dict[DocPath, EdgeItem]
    session: EditorSession
    synchronous: bool
    layout_finished: Any  # a bound Signal

    def addItem(self, item: QGraphicsItem) -> None: ...
    def removeItem(self, item: QGraphicsItem) -> None: ...
    def clearSelection(self) -> None: ...
    def cards_dropped(self) -> None: ...
    def schedule_save(self) -> None: ...


# Room around the cards inside a frame, and the title band above them.
MARGIN = 18.0
TITLE_BAND = 30.0
# Where the collapse toggle sits at the right of the title band (its width).
TOGGLE = 28.0
# Soft tints, told apart by hue; a chapter keeps its tint (picked from its id).
_TINTS = ("#5b7fa6", "#6c8f4e", "#c98a2b", "#7a62a3", "#2e8b8b", "#a65b7f")
_LINK = QColor("#8a94a6")


def tint(chapter_id: str) -> QColor:
    return QColor(_TINTS[zlib.crc32(chapter_id.encode("utf-8")) % len(_TINTS)])


def nodes_label(count: int) -> str:
    return QCoreApplication.translate("EditorMap", "Nodes: %1").replace("%1", str(count))


class _ChapterItem(QGraphicsItem):
    """What a frame and a box share: their chapter, its menu and its double-click."""

    def __init__(self, layer: ChapterLayer, chapter: Chapter) -> None:
        super().__init__()
        self.layer = layer
        self.chapter = chapter

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        menu = QMenu()
        rename = menu.addAction(QCoreApplication.translate("EditorMap", "&Rename the chapter…"))
        fold = menu.addAction(
            QCoreApplication.translate("EditorMap", "E&xpand the chapter")
            if self.chapter.collapsed
            else QCoreApplication.translate("EditorMap", "&Collapse the chapter")
        )
        remove = menu.addAction(
            QCoreApplication.translate("EditorMap", "Remove the chapter (&nodes stay)")
        )
        chosen = menu.exec(event.screenPos())
        if chosen is rename:
            self.layer.rename_requested.emit(self.chapter.id)
        elif chosen is fold:
            self.layer.set_collapsed(self.chapter.id, not self.chapter.collapsed)
        elif chosen is remove:
            self.layer.remove(self.chapter.id)
        event.accept()


class ChapterFrame(_ChapterItem):
    """The frame of an expanded chapter: behind its cards, a title band on top.

    Only the title band takes the mouse (its shape): inside the frame a press still
    starts a box-select and a double-click still makes a node.
    """

    def __init__(self, layer: ChapterLayer, chapter: Chapter) -> None:
        super().__init__(layer, chapter)
        self._rect = QRectF()
        self._dragged = False
        self._pressed = False  # the left button went down on the title (not the toggle)
        self.setZValue(-3)  # behind the arrows (-1) and the cards (0)
        self.setToolTip(
            QCoreApplication.translate(
                "EditorMap",
                "Click the title to select the chapter's nodes, drag it to move them,"
                " double-click it to rename the chapter; ▾ collapses it (C); right-click"
                " for more",
            )
        )
        self.setAcceptedMouseButtons(Qt.MouseButton.LeftButton | Qt.MouseButton.RightButton)

    def set_rect(self, cards: QRectF) -> None:
        """Frame ``cards`` (their scene rectangle) with room and a title band."""
        rect = cards.adjusted(-MARGIN, -MARGIN - TITLE_BAND, MARGIN, MARGIN)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def frame_rect(self) -> QRectF:
        return QRectF(self._rect)

    def title_rect(self) -> QRectF:
        return QRectF(self._rect.left(), self._rect.top(), self._rect.width(), TITLE_BAND)

    def toggle_rect(self) -> QRectF:
        band = self.title_rect()
        return QRectF(band.right() - TOGGLE, band.top(), TOGGLE, TITLE_BAND)

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-2, -2, 2, 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self.title_rect())
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = tint(self.chapter.id)
        fill = QColor(colour)
        fill.setAlpha(28)
        border = QPen(colour, 1.5)
        border.setCosmetic(True)
        painter.setPen(border)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self._rect, 10, 10)
        band = QColor(colour)
        band.setAlpha(70)
        title = self.title_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(band)
        painter.drawRoundedRect(title, 10, 10)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < 0.2 and not NodeCard.printing:
            return
        f = fonts()
        painter.setFont(f.title)
        painter.setPen(colour.darker(160))
        text_rect = title.adjusted(12, 0, -TOGGLE - 4, 0)
        text = QFontMetricsF(f.title).elidedText(
            self.chapter.title or "…", Qt.TextElideMode.ElideRight, text_rect.width()
        )
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(text_rect, int(align), text)
        painter.drawText(self.toggle_rect(), int(Qt.AlignmentFlag.AlignCenter), "▾")

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        if self.toggle_rect().contains(event.pos()):
            # After this press is handled: collapsing takes this frame off the scene.
            chapter_id = self.chapter.id
            QTimer.singleShot(0, lambda: self.layer.set_collapsed(chapter_id, True))
        else:
            self.layer.select_members(self.chapter.id)  # a press on the title: its cards
            self._pressed = True
        event.accept()

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        """Dragging the title moves the whole chapter."""
        if self._pressed and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.scenePos() - event.lastScenePos()
            for node_id in self.layer.members(self.chapter.id):
                self.layer.scene.cards[node_id].moveBy(delta.x(), delta.y())
            self._dragged = True
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed = False
        if self._dragged:
            self._dragged = False
            self.layer.scene.cards_dropped()  # keep where the cards are now
        event.accept()

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.toggle_rect().contains(
            event.pos()
        ):
            # The title is asked in a dialog, which takes the button's release: without
            # this, a view scrolled later would replay a pressed move and drag the cards.
            self._pressed = False
            self.ungrabMouse()
            self.layer.rename_requested.emit(self.chapter.id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class ChapterBox(_ChapterItem):
    """A collapsed chapter: one card-sized box with its title and node count."""

    def __init__(self, layer: ChapterLayer, chapter: Chapter) -> None:
        super().__init__(layer, chapter)
        self.setFlags(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setToolTip(QCoreApplication.translate("EditorMap", "Double-click to expand"))

    def boundingRect(self) -> QRectF:
        return QRectF(-3, -3, CARD_WIDTH + 14, CARD_HEIGHT + 14)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        colour = tint(self.chapter.id)
        rect = QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < 0.45 and not NodeCard.printing:
            # Zoomed out, as the cards are: a box in its tint, a second sheet behind.
            solid = QColor(colour)
            solid.setAlpha(200)
            painter.fillRect(rect.translated(10, 10), colour.lighter(150))
            painter.fillRect(rect, QColor("#1f5fbf") if self.isSelected() else solid)
            return
        fill = QColor(colour)
        fill.setAlpha(45)
        # A second sheet behind: a stack of cards, not one card.
        painter.setPen(QPen(colour, 1))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(rect.translated(5, 5), 8, 8)
        selected = self.isSelected()
        painter.setPen(QPen(QColor("#1f5fbf") if selected else colour, 2.5 if selected else 1.5))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 8, 8)
        f = fonts()
        painter.setFont(f.small)
        painter.setPen(colour.darker(150))
        painter.drawText(
            QPointF(14, 18), QCoreApplication.translate("EditorMap", "CHAPTER") + "  ▸"
        )
        painter.setFont(f.title)
        painter.setPen(QColor("#1d2433"))
        title = QFontMetricsF(f.title).elidedText(
            self.chapter.title or "…", Qt.TextElideMode.ElideRight, CARD_WIDTH - 28
        )
        painter.drawText(QPointF(14, 44), title)
        painter.setFont(f.body)
        painter.setPen(QColor("#5d6778"))
        painter.drawText(QPointF(14, 68), nodes_label(len(self.layer.members(self.chapter.id))))

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.layer.set_collapsed(self.chapter.id, False)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)


class ChapterLink(QGraphicsItem):
    """An arrow standing in for hidden ones, into or out of a collapsed chapter's box."""

    def __init__(self, start: QPointF, end: QPointF) -> None:
        super().__init__()
        self.setZValue(-1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.start = QPointF()
        self.end = QPointF()
        self._path = QPainterPath()
        self.route(start, end)

    def route(self, start: QPointF, end: QPointF) -> None:
        self.prepareGeometryChange()
        self.start, self.end = QPointF(start), QPointF(end)
        path = QPainterPath(start)
        bend = max(30.0, abs(end.y() - start.y()) / 2)
        path.cubicTo(start + QPointF(0, bend), end - QPointF(0, bend), end)
        self._path = path

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-10, -10, 10, 10)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = QPen(_LINK, 1.5, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        tip = self.end
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_LINK)
        painter.drawPolygon(
            QPolygonF([tip, tip + QPointF(-5, -9), tip + QPointF(5, -9)])  # pointing down
        )


# One end of a stand-in arrow: ("box", chapter id) or ("card", node id, port index).
_End = tuple[Any, ...]


class ChapterLayer(QObject):
    """The chapters of one map: their frames, boxes and stand-in arrows.

    ``rename_requested(chapter id)``: a double-click on a title asks for a new one (the
    panel asks the user). ``chapters_changed()``: after any change to keep.
    """

    rename_requested = Signal(str)
    chapters_changed = Signal()

    def __init__(
        self, scene: ChapterHost, chapters: list[Chapter], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.scene = scene
        self.chapters = chapters
        self.frames: dict[str, ChapterFrame] = {}
        self.boxes: dict[str, ChapterBox] = {}
        self.links: list[ChapterLink] = []
        self._link_ends: dict[str, list[tuple[ChapterLink, _End, _End]]] = {}
        self._hidden_edges: set[Any] = set()
        self._hidden_cards: set[str] = set()
        self._member_of: dict[str, Chapter] = {}
        self._frames_due: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._catch_up)
        self._refresh_due = False
        scene.session.changed.connect(self._document_changed)
        scene.layout_finished.connect(self.refresh)
        self.refresh()

    # -- reading ----------------------------------------------------------------------

    def chapter(self, chapter_id: str) -> Chapter | None:
        return next((c for c in self.chapters if c.id == chapter_id), None)

    def members(self, chapter_id: str) -> list[str]:
        """The chapter's nodes that are on the map now."""
        chapter = self.chapter(chapter_id)
        if chapter is None:
            return []
        return [node_id for node_id in chapter.nodes if node_id in self.scene.cards]

    def chapter_of(self, node_id: str) -> Chapter | None:
        return chapter_of(self.chapters, node_id)

    def cards_rect(self, chapter_id: str) -> QRectF:
        rect = QRectF()
        for node_id in self.members(chapter_id):
            card = self.scene.cards[node_id]
            rect = rect.united(
                QRectF(card.pos(), QPointF(card.x() + CARD_WIDTH, card.y() + CARD_HEIGHT))
            )
        return rect

    # -- changes ----------------------------------------------------------------------

    def create(self, node_ids: list[str], title: str) -> Chapter | None:
        """A new chapter of ``node_ids`` (they leave the chapters they were in)."""
        wanted = set(node_ids)  # kept in the document's order, not the clicks'
        chosen = [node_id for node_id in self.scene.cards if node_id in wanted]
        if not chosen:
            return None
        made = group(self.chapters, chosen, title)
        self._changed()
        return made

    def rename(self, chapter_id: str, title: str) -> None:
        chapter = self.chapter(chapter_id)
        if chapter is None or not title.strip() or title.strip() == chapter.title:
            return
        chapter.title = title.strip()
        self._changed()

    def remove(self, chapter_id: str) -> None:
        """The chapter goes; its nodes stay (shown again if it was collapsed)."""
        self.chapters[:] = [c for c in self.chapters if c.id != chapter_id]
        self._changed()

    def set_collapsed(self, chapter_id: str, collapsed: bool) -> None:
        chapter = self.chapter(chapter_id)
        if chapter is None or chapter.collapsed == collapsed:
            return
        chapter.collapsed = collapsed
        self._changed()
        if not collapsed:
            self.select_members(chapter_id)

    def select_members(self, chapter_id: str) -> None:
        self.scene.clearSelection()
        for node_id in self.members(chapter_id):
            self.scene.cards[node_id].setSelected(True)

    def _changed(self) -> None:
        self.refresh()
        self.chapters_changed.emit()
        self.scene.schedule_save()

    # -- drawing ----------------------------------------------------------------------

    def _later(self, *, refresh: bool = False, frame: str | None = None) -> None:
        """Catch up once control returns to the event loop (at once in a synchronous
        scene): dragging 500 cards of one chapter frames it once, not 500 times."""
        if refresh:
            self._refresh_due = True
        if frame is not None:
            self._frames_due.add(frame)
        if self.scene.synchronous:
            self._catch_up()
        elif not self._timer.isActive():
            self._timer.start()

    def _catch_up(self) -> None:
        if self._refresh_due:
            self._refresh_due = False
            self._frames_due.clear()
            self.refresh()
            return
        for chapter_id in list(self._frames_due):
            frame = self.frames.get(chapter_id)
            if frame is not None:
                frame.set_rect(self.cards_rect(chapter_id))
        self._frames_due.clear()

    def _document_changed(self, path: tuple[object, ...]) -> None:
        # The scene has followed the change already (it listens first).
        if not self.chapters:
            if self.frames or self.boxes or self.links or self._hidden_cards:
                self._later(refresh=True)  # e.g. the last chapter's nodes deleted
            return
        if len(path) > 2 and path[0] == "nodes":
            # An edit inside one node (typing): the cards stay where they are; only
            # its arrows may be new, and matter only if they touch a collapsed chapter.
            card = self.scene.cards.get(str(path[1]))
            if card is None:
                return
            ends = {card.node_id}
            ends.update(edge.target.node_id for edge in card.edges)
            ends.update(edge.source.node_id for edge in card.edges)
            if not ends & self._hidden_cards:
                return
        self._later(refresh=True)

    def card_moved(self, card: NodeCard) -> None:
        """A card moved: its chapter's frame and the stand-in arrows at it follow."""
        chapter = self._member_of.get(card.node_id)
        if chapter is not None and not chapter.collapsed:
            self._later(frame=chapter.id)
        for link, start, end in self._link_ends.get(card.node_id, ()):
            try:
                link.route(self._point(start, outgoing=True), self._point(end, outgoing=False))
            except KeyError:  # the other end was just deleted: the next refresh redraws
                self._later(refresh=True)

    def refresh(self) -> None:
        """Frames, boxes, hidden cards and stand-in arrows as the chapters say now."""
        scene = self.scene
        self._member_of = {}
        collapsed: dict[str, Chapter] = {}
        for chapter in self.chapters:
            for node_id in chapter.nodes:
                if node_id in scene.cards:
                    self._member_of[node_id] = chapter
                    if chapter.collapsed:
                        collapsed[node_id] = chapter
        for card in scene.cards.values():
            card.moved = self.card_moved
        shown = {c.id for c in self.chapters if self.members(c.id)}
        self._sync_items(shown)
        # Cards: hidden inside a collapsed chapter, shown again otherwise.
        for node_id in self._hidden_cards - set(collapsed):
            back = scene.cards.get(node_id)
            if back is not None:
                back.setVisible(True)
        for node_id in collapsed:
            card = scene.cards[node_id]
            card.setSelected(False)
            card.setVisible(False)
        self._hidden_cards = set(collapsed)
        self._route_links(collapsed)

    def _sync_items(self, shown: set[str]) -> None:
        scene = self.scene
        for store in (self.frames, self.boxes):
            for chapter_id in list(store):
                chapter = self.chapter(chapter_id)
                wanted = chapter is not None and chapter.id in shown
                kind_ok = chapter is not None and (chapter.collapsed == (store is self.boxes))
                if not (wanted and kind_ok):
                    scene.removeItem(store.pop(chapter_id))
        for chapter in self.chapters:
            if chapter.id not in shown:
                continue
            rect = self.cards_rect(chapter.id)
            if chapter.collapsed:
                box = self.boxes.get(chapter.id)
                if box is None:
                    box = self.boxes[chapter.id] = ChapterBox(self, chapter)
                    scene.addItem(box)
                box.chapter = chapter
                box.setPos(rect.topLeft())
                box.update()
            else:
                frame = self.frames.get(chapter.id)
                if frame is None:
                    frame = self.frames[chapter.id] = ChapterFrame(self, chapter)
                    scene.addItem(frame)
                frame.chapter = chapter
                frame.set_rect(rect)
                frame.update()

    def _end(self, node_id: str, port: int, collapsed: dict[str, Chapter]) -> _End:
        chapter = collapsed.get(node_id)
        return ("box", chapter.id) if chapter is not None else ("card", node_id, port)

    def _point(self, end: _End, *, outgoing: bool) -> QPointF:
        if end[0] == "box":
            box = self.boxes[end[1]]
            x = box.x() + CARD_WIDTH / 2
            return QPointF(x, box.y() + CARD_HEIGHT if outgoing else box.y())
        card = self.scene.cards[end[1]]
        if outgoing:
            return card.pos() + card.port_point(end[2])
        return card.pos() + QPointF(CARD_WIDTH / 2, 0)

    def _route_links(self, collapsed: dict[str, Chapter]) -> None:
        """Hide the arrows touching a collapsed chapter; draw one stand-in per pair of ends."""
        scene = self.scene
        for link in self.links:
            scene.removeItem(link)
        self.links = []
        self._link_ends = {}
        hidden: set[Any] = set()
        pairs: set[tuple[_End, _End]] = set()
        for path, item in scene.edges.items():
            source, target = item.edge.source, item.edge.target
            if source not in collapsed and target not in collapsed:
                continue
            hidden.add(path)
            item.setVisible(False)
            if collapsed.get(source) is collapsed.get(target):
                continue  # inside one chapter: nothing to draw
            port = item.source.port_index(port_of(item.edge))
            pairs.add((self._end(source, port, collapsed), self._end(target, -1, collapsed)))
        for path in self._hidden_edges - hidden:
            edge = scene.edges.get(path)
            if edge is not None:
                edge.setVisible(True)
        self._hidden_edges = hidden
        for start, end in sorted(pairs, key=repr):
            link = ChapterLink(self._point(start, outgoing=True), self._point(end, outgoing=False))
            scene.addItem(link)
            self.links.append(link)
            for side in (start, end):
                if side[0] == "card":
                    self._link_ends.setdefault(side[1], []).append((link, start, end))

    # -- asking -----------------------------------------------------------------------

    def chapters_at(self, node_ids: list[str]) -> list[Chapter]:
        """The chapters of ``node_ids`` and of the selected boxes, each once."""
        found: dict[str, Chapter] = {}
        for node_id in node_ids:
            chapter = self.chapter_of(node_id)
            if chapter is not None:
                found[chapter.id] = chapter
        for box in self.boxes.values():
            if box.isSelected():
                found[box.chapter.id] = box.chapter
        return list(found.values())
