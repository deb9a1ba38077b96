"""The map's view: zoom (Ctrl+wheel), pan (middle button, arrow keys), fit, box-select.

Only the parts of the viewport that changed are painted again
(MinimalViewportUpdate): dragging one card repaints that card and its arrows.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from trainer.gui.editor.map.items import NodeCard

MIN_ZOOM = 0.03
MAX_ZOOM = 2.5
ZOOM_STEP = 1.2
OPEN_ZOOM = 0.9


class MapView(QGraphicsView):
    """``create_requested(scene point)``: a double-click on empty space.
    ``zoom_changed(factor)``: after every zoom."""

    create_requested = Signal(QPointF)
    zoom_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
