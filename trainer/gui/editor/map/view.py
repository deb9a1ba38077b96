"""The map's view: zoom (Ctrl+wheel), pan (middle button, Ctrl+arrow keys), fit,
box-select, a minimap in its corner, and the keyboard: the arrow keys move the
selection to the nearest card that way, Enter opens the selected node's form.

Only the parts of the viewport that changed are painted again
(MinimalViewportUpdate): dragging one card repaints that card and its arrows.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QLabel, QWidget

from trainer.gui.editor.forms import KEEPS_FOCUS
from trainer.gui.editor.map.items import NodeCard
from trainer.gui.editor.map.minimap import Minimap

# The arrow keys and the way each one looks (x, y).
_DIRECTIONS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}

MIN_ZOOM = 0.03
MAX_ZOOM = 2.5
ZOOM_STEP = 1.2
OPEN_ZOOM = 0.9
# How long a notice stays over the map (ms).
NOTICE_MS = 6000


class MapView(QGraphicsView):
    """``create_requested(scene point)``: a double-click on empty space.
    ``zoom_changed(factor)``: after every zoom. ``open_requested(node id)``: Enter on
    a selected card (its form, with the keyboard in it)."""

    create_requested = Signal(QPointF)
    zoom_changed = Signal(float)
    open_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A card chosen here shows its form without taking the keyboard from the map.
        self.setProperty(KEEPS_FOCUS, True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setOptimizationFlags(
            QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing
            | QGraphicsView.OptimizationFlag.DontSavePainterState
        )
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPointF | None = None
        self.minimap = Minimap(self)
        self.minimap.place()
        # A short message over the map's top-left corner (what a paste did, or why it
        # did not): the tool bar's hint place is cut off in a narrow dock.
        self.notice = QLabel(self)
        self.notice.setObjectName("mapNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "#mapNotice { background: #fffbe6; color: #1d2433; border: 1px solid #e0c766;"
            " border-radius: 4px; padding: 4px 8px; }"
        )
        self.notice.hide()
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.setInterval(NOTICE_MS)
        self._notice_timer.timeout.connect(self.notice.hide)

    def show_notice(self, text: str) -> None:
        """Show ``text`` over the map for a few seconds."""
        self.notice.setText(text)
        area = self.viewport().geometry()
        self.notice.setMaximumWidth(max(200, area.width() - 24))
        self.notice.adjustSize()
        self.notice.move(area.left() + 12, area.top() + 12)
        self.notice.show()
        self.notice.raise_()
        self._notice_timer.start()

    def setScene(self, scene: QGraphicsScene | None) -> None:
        super().setScene(scene)
        self.minimap.follow_scene()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.minimap.place()

    # -- the keyboard -------------------------------------------------------------------

    def cards(self) -> list[NodeCard]:
        """The cards on the map that can be seen (not inside a collapsed chapter)."""
        scene = self.scene()
        found = getattr(scene, "cards", None) if scene is not None else None
        return [card for card in (found or {}).values() if card.isVisible()]

    def selected_cards(self) -> list[NodeCard]:
        scene = self.scene()
        if scene is None:
            return []
        return [item for item in scene.selectedItems() if isinstance(item, NodeCard)]

    def nearest_card(self, origin: NodeCard | None, dx: int, dy: int) -> NodeCard | None:
        """The card nearest ``origin`` in direction (dx, dy); off to the side counts
        double, so Down picks the card below rather than one far to the right."""
        cards = self.cards()
        if origin is None:  # nothing selected yet: the card nearest the middle of the view
            centre = self.mapToScene(self.viewport().rect().center())
            return min(
                cards,
                key=lambda c: (c.sceneBoundingRect().center() - centre).manhattanLength(),
                default=None,
            )
        here = origin.sceneBoundingRect().center()
        best: tuple[float, NodeCard] | None = None
        for card in cards:
            if card is origin:
                continue
            delta = card.sceneBoundingRect().center() - here
            ahead = delta.x() * dx + delta.y() * dy
            aside = abs(delta.x() * dy) + abs(delta.y() * dx)
            if ahead <= 1:
                continue
            score = ahead + 2 * aside
            if best is None or score < best[0]:
                best = (score, card)
        return best[1] if best is not None else None

    def select_card(self, card: NodeCard) -> None:
        scene = self.scene()
        if scene is None:
            return
        scene.clearSelection()
        card.setSelected(True)
        self.ensureVisible(card, 60, 60)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        plain = not (
            event.modifiers()
            & (
                Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier
            )
        )
        if key in _DIRECTIONS and plain:
            selected = self.selected_cards()
            origin = selected[-1] if selected else None
            found = self.nearest_card(origin, *_DIRECTIONS[key])
            if found is not None:
                self.select_card(found)
            event.accept()
            return
        if key in _DIRECTIONS:
            # Ctrl+arrows pan, as the plain arrows do in any scrolled view.
            bar = (
                self.horizontalScrollBar()
                if key in (Qt.Key.Key_Left, Qt.Key.Key_Right)
                else self.verticalScrollBar()
            )
            sign = -1 if key in (Qt.Key.Key_Left, Qt.Key.Key_Up) else 1
            bar.setValue(bar.value() + sign * bar.singleStep() * 3)
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            selected = self.selected_cards()
            if len(selected) == 1:
                self.open_requested.emit(selected[0].node_id)
                event.accept()
                return
        super().keyPressEvent(event)

    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        current = self.zoom()
        if current > 0 and abs(factor - current) > 1e-9:
            self.scale(factor / current, factor / current)
        self.zoom_changed.emit(self.zoom())

    def zoom_by(self, steps: float) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP**steps)

    def zoom_in(self) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(1)
        self.setTransformationAnchor(anchor)

    def zoom_out(self) -> None:
        anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.zoom_by(-1)
        self.setTransformationAnchor(anchor)

    def fit(self) -> None:
        """Everything in sight (not closer than 1:1, not further than the least zoom)."""
        scene = self.scene()
        if scene is None:
            return
        rect = scene.itemsBoundingRect().adjusted(-30, -30, 30, 30)
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.set_zoom(min(1.0, self.zoom()))
        self.centerOn(rect.center())

    def show_start(self, card: NodeCard | None) -> None:
        """Where a map opens: readable cards, the start at the top."""
        self.set_zoom(OPEN_ZOOM)
        if card is None:
            return
        rect = card.sceneBoundingRect()
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        self.centerOn(rect.center().x(), rect.top() - 40 + visible.height() / 2)

    def show_card(self, card: NodeCard) -> None:
        """Bring ``card`` into sight (at a readable zoom)."""
        if self.zoom() < 0.5:
            self.set_zoom(0.8)
        self.ensureVisible(card, 60, 60)

    # -- mouse ----------------------------------------------------------------------

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(event.angleDelta().y() / 120)
            event.accept()
            return
        super().wheelEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            bar_h, bar_v = self.horizontalScrollBar(), self.verticalScrollBar()
            bar_h.setValue(bar_h.value() - round(delta.x()))
            bar_v.setValue(bar_v.value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self.itemAt(event.position().toPoint()) is None
        ):
            self.create_requested.emit(self.mapToScene(event.position().toPoint()))
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
