"""The minimap: the whole map small, in a corner of the view, with the part in sight.

The cards are drawn once into a picture, again only a moment after the map stops
changing (a drag, a layout, an edit), never per frame: at 2,000 cards that picture
takes a few milliseconds. Each paint only puts the picture and the visible rectangle
on the screen. A click or a drag in it moves the view there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPixmap, QShowEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from trainer.authoring.map_layout import CARD_HEIGHT, CARD_WIDTH
from trainer.gui.editor.map.chapters import tint
from trainer.gui.editor.map.items import TYPE_COLOURS

# The minimap's size (pixels) and its distance from the view's corner.
SIZE = QSize(220, 150)
INSET = 12
# How many times its own size the view must be, each way, for the minimap to show.
ROOM = 2.5
# How long after the last change the picture is drawn again (ms).
REDRAW_DELAY_MS = 250
_BACK = QColor(255, 255, 255, 225)
_OTHER = QColor("#8a94a6")
_SIGHT = QColor("#1f5fbf")


class Minimap(QFrame):
    """The overview of ``view``'s scene, kept in the bottom-right corner of ``view``."""

    def __init__(self, view: QGraphicsView, parent: QWidget | None = None) -> None:
        super().__init__(parent or view)
        self.view = view
        self.setObjectName("minimap")
        self.wanted = True  # the M toggle; place() also hides it where there is no room
        self.setFixedSize(SIZE)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the view keeps the keyboard
        self._picture = QPixmap()
        self._world = QRectF()  # the scene rectangle the picture shows
        self._scale = 1.0
        self._offset = QPointF()
        self.redraws = 0  # how many times the picture was drawn (tests, bench)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REDRAW_DELAY_MS)
        self._timer.timeout.connect(self.redraw)
        self._scene: object | None = None
        view.horizontalScrollBar().valueChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(self.update)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(
            QCoreApplication.translate(
                "EditorMap", "The whole map: click or drag to move the view (M shows or hides it)"
            )
        )
        self.setAccessibleName(QCoreApplication.translate("EditorMap", "Minimap"))

    def follow_scene(self) -> None:
        """The view shows another scene (or none): follow its changes."""
        scene = self.view.scene()
        if scene is self._scene:
            return
        self._scene = scene
        if scene is not None:
            scene.changed.connect(self.schedule)
        self.redraw()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.redraw()  # changes while hidden were not drawn

    def schedule(self, *_args: object) -> None:
        """The map changed: draw the picture again once it stays still for a moment."""
        if self.isVisible():
            self._timer.start()

    def set_wanted(self, wanted: bool) -> None:
        """Shown (M) or hidden by the instructor; shown only where it has room."""
        self.wanted = wanted
        self.place()

    def place(self) -> None:
        """In the view's bottom-right corner (inside the scroll bars), when the view has
        room for it: in a narrow panel it would cover the cards it is meant to help find."""
        area = self.view.viewport().geometry()
        room = area.width() >= ROOM * SIZE.width() and area.height() >= ROOM * SIZE.height()
        self.move(area.right() - self.width() - INSET, area.bottom() - self.height() - INSET)
        self.setVisible(self.wanted and room)
        self.raise_()

    # -- the picture --------------------------------------------------------------------

    def redraw(self) -> None:
        """Draw every visible card (and chapter box) as a small rectangle."""
        self._timer.stop()
        self.redraws += 1
        scene = self.view.scene()
        ratio = self.devicePixelRatioF()
        picture = QPixmap(self.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(Qt.GlobalColor.transparent)
        self._picture = picture
        # The cards from the scene's own index of them (a walk over every item, arrows
        # included, costs three times as much at 2,000 nodes), with their plain size.
        found = getattr(scene, "cards", None) if scene is not None else None
        chapters = getattr(scene, "chapters", None) if scene is not None else None
        boxes = list(chapters.boxes.values()) if chapters is not None else []
        shown: list[tuple[QPointF, QColor]] = [
            (card.pos(), TYPE_COLOURS.get(card.node.node_type, _OTHER))
            for card in (found or {}).values()
            if card.isVisible()
        ]
        shown += [(box.pos(), tint(box.chapter.id)) for box in boxes]
        world = QRectF()
        if shown:
            xs = [pos.x() for pos, _ in shown]
            ys = [pos.y() for pos, _ in shown]
            world = QRectF(
                min(xs), min(ys), max(xs) - min(xs) + CARD_WIDTH, max(ys) - min(ys) + CARD_HEIGHT
            )
        self._world = world
        if world.isEmpty():
            self.update()
            return
        room = QRectF(self.rect()).adjusted(6, 6, -6, -6)
        self._scale = min(room.width() / world.width(), room.height() / world.height())
        self._offset = QPointF(
            room.left() + (room.width() - world.width() * self._scale) / 2,
            room.top() + (room.height() - world.height() * self._scale) / 2,
        )
        painter = QPainter(picture)
        # At least a pixel and a half wide: far out, a card must still show.
        width = max(1.5, CARD_WIDTH * self._scale)
        height = max(1.5, CARD_HEIGHT * self._scale)
        left, top, scale = (
            self._offset.x() - world.left() * self._scale,
            self._offset.y() - world.top() * self._scale,
            self._scale,
        )
        for pos, colour in shown:
            painter.fillRect(
                QRectF(left + pos.x() * scale, top + pos.y() * scale, width, height), colour
            )
        painter.end()
        self.update()

    def to_map(self, rect: QRectF) -> QRectF:
        """Scene rectangle ``rect`` in minimap pixels."""
        return QRectF(
            self._offset.x() + (rect.left() - self._world.left()) * self._scale,
            self._offset.y() + (rect.top() - self._world.top()) * self._scale,
            rect.width() * self._scale,
            rect.height() * self._scale,
        )

    def to_scene(self, point: QPointF) -> QPointF:
        """The scene point under ``point`` of the minimap."""
        if self._scale <= 0:
            return QPointF()
        return QPointF(
            self._world.left() + (point.x() - self._offset.x()) / self._scale,
            self._world.top() + (point.y() - self._offset.y()) / self._scale,
        )

    def sight_rect(self) -> QRectF:
        """The part of the map the view shows, in minimap pixels."""
        visible = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        return self.to_map(visible)

    def redraw_pending(self) -> bool:
        """Whether the map changed and the picture is still to be drawn again."""
        return self._timer.isActive()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._world.isEmpty():
            return  # no map (no document open): nothing over the empty panel
        painter = QPainter(self)
        painter.setPen(QPen(QColor("#c9d1dc"), 1))
        painter.setBrush(_BACK)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.drawPixmap(0, 0, self._picture)
        sight = self.sight_rect().intersected(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        fill = QColor(_SIGHT)
        fill.setAlpha(30)
        painter.setPen(QPen(_SIGHT, 1.5))
        painter.setBrush(fill)
        painter.drawRect(sight)

    # -- the mouse ----------------------------------------------------------------------

    def _go(self, event: QMouseEvent) -> None:
        if not self._world.isEmpty():
            self.view.centerOn(self.to_scene(event.position()))
            self.update()
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._go(event)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._go(event)
            return
        super().mouseMoveEvent(event)
