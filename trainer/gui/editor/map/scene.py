"""The map's scene: a mirror of the document, never edited directly.

It follows ``session.changed``: an edit inside one node refreshes that card and its
arrows; anything else (a node added, deleted or renamed, an undo of several nodes)
compares the whole graph with what is drawn and changes only the difference. Where
cards stand is the map's own business: kept in the side file next to the scenario
(``scenario.map.json``), never in the scenario.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from PySide6.QtCore import QObject, QPointF, QRectF, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from trainer.authoring.commands import SetValue
from trainer.authoring.document import DocPath
from trainer.authoring.map_graph import (
    MapEdge,
    ScenarioGraph,
    document_languages,
    map_node,
    node_edges,
    peek_node,
    scenario_graph,
)
from trainer.authoring.map_layout import (
    CARD_HEIGHT,
    CARD_WIDTH,
    H_GAP,
    V_GAP,
    Point,
    layered_layout,
    load_positions,
    load_side_file,
    positions_file,
    provisional_layout,
    save_positions,
)
from trainer.gui.editor.map.chapters import ChapterLayer
from trainer.gui.editor.map.connect import ConnectInteraction
from trainer.gui.editor.map.items import DETAIL_LOD, EdgeItem, NodeCard
from trainer.gui.editor.session import EditorSession

# Above this many nodes the layered layout runs off the UI thread, the quick one shown first.
BACKGROUND_LAYOUT_NODES = 400
# The top-level keys whose change can change the map: the nodes, which one starts, the
# languages texts are shown in, and variables (a rename rewrites route conditions).
_SHAPING = frozenset({"nodes", "start", "languages", "variables", "scenario"})
# How long after a drag the positions are written (ms): several drags, one write.
SAVE_DELAY_MS = 600


class _LayoutRelay(QObject):
    done = Signal(int, object, object)  # (generation, positions, the nodes laid out or None)


class _LayoutJob(QRunnable):
    def __init__(
        self, graph: ScenarioGraph, generation: int, relay: _LayoutRelay, only: set[str] | None
    ) -> None:
        super().__init__()
        self.graph, self.generation, self.relay, self.only = graph, generation, relay, only

    def run(self) -> None:
        self.relay.done.emit(self.generation, layered_layout(self.graph, self.only), self.only)


class MapScene(QGraphicsScene):
    """Cards and arrows of the session's document.

    ``synchronous``: the layout runs inline (tests). ``languages``: which texts the
    cards show first (the UI language).
    """

    layout_finished = Signal()

    def __init__(
        self,
        session: EditorSession,
        *,
        synchronous: bool = False,
        languages: Callable[[], list[str]] = lambda: [],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.synchronous = synchronous
        self._languages = languages
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setBackgroundBrush(QColor("#f3f5f8"))
        self.cards: dict[str, NodeCard] = {}
        self.edges: dict[DocPath, EdgeItem] = {}
        #: Where the next card of a node id goes (a double-click asked for it there).
        self.pending_positions: dict[str, Point] = {}
        # Where deleted cards stood: an undo puts them back there, not below everything.
        self.departed: dict[str, Point] = {}
        self._generation = 0
        self._relay = _LayoutRelay(self)
        self._relay.done.connect(self._layout_done)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_positions)
        self.layout_running = False
        self._detailed = True
        self.highlighted: tuple[set[str], set[DocPath]] = (set(), set())
        self.harmful: tuple[set[DocPath], set[DocPath]] = (set(), set())  # choices, ways on
        path = session.doc.path
        self.side_file: Path | None = positions_file(path) if path is not None else None
        self.connector = ConnectInteraction(
            self, self._connect, allowed=lambda: not self.session.read_only
        )
        session.changed.connect(self._document_changed)
        self.chapters: ChapterLayer | None = None  # until the cards are there
        self._build()
        # Chapters: frames kept in the side file with the positions (after the cards).
        saved = load_side_file(self.side_file).chapters if self.side_file is not None else []
        self.chapters = ChapterLayer(self, saved, self)

    # -- building ---------------------------------------------------------------------

    def languages(self) -> list[str]:
        return document_languages(self.session.doc, self._languages())

    def graph(self) -> ScenarioGraph:
        """The document's graph as it is now."""
        return scenario_graph(self.session.doc, self.languages())

    def _build(self) -> None:
        graph = self.graph()
        saved = load_positions(self.side_file) if self.side_file is not None else {}
        known = {node_id: saved[node_id] for node_id in graph.nodes if node_id in saved}
        if len(known) == len(graph.nodes):
            positions = known
        else:
            positions = {**provisional_layout(graph), **known}
        with self._batch():
            for node_id, node in graph.nodes.items():
                card = NodeCard(node)
                card.is_start = node_id == graph.start
                card.setPos(*positions[node_id])
                self.addItem(card)
                self.cards[node_id] = card
            for path, edge in graph.edges.items():
                self._add_edge(path, edge)
        self._fit_scene_rect()
        if len(known) < len(graph.nodes):
            missing = None if not known else set(graph.nodes) - set(known)
            self.tidy_up(missing, graph=graph)

    @contextlib.contextmanager
    def _batch(self) -> Iterator[None]:
        """Place many cards and arrows; every arrow is routed once, at the end."""
        NodeCard.batch = True
        try:
            yield
        finally:
            NodeCard.batch = False
            for edge in self.edges.values():
                edge.adjust()

    def _add_edge(self, path: DocPath, edge: MapEdge) -> None:
        item = EdgeItem(edge, self.cards[edge.source], self.cards[edge.target])
        self.addItem(item)
        self.edges[path] = item

    def _remove_edge(self, path: DocPath) -> None:
        item = self.edges.pop(path)
        item.detach()
        self.removeItem(item)

    def _fit_scene_rect(self) -> None:
        rect = self.itemsBoundingRect()
        self.setSceneRect(rect.adjusted(-400, -300, 400, 300))

    # -- following the document ---------------------------------------------------------

    def _document_changed(self, path: tuple[object, ...]) -> None:
        if path and (path[0] not in _SHAPING or (path[0] == "variables" and len(path) > 2)):
            return  # e.g. typing in the title or a variable's label: the map stays as it is
        if len(path) >= 2 and path[0] == "nodes":
            node_id = str(path[1])
            if node_id in self.cards and node_id in self.session.doc.nodes:
                self._sync_node(node_id)
                return
        self.sync()

    def _sync_node(self, node_id: str) -> None:
        """One node's card and arrows, after an edit inside it."""
        body = peek_node(self.session.doc, node_id)
        languages = self.languages()
        self.cards[node_id].set_node(map_node(node_id, body, languages))
        wanted = {e.path: e for e in node_edges(node_id, body) if e.target in self.cards}
        self._apply_edges(wanted, sources={node_id})

    def _apply_edges(self, wanted: Mapping[DocPath, MapEdge], sources: set[str] | None) -> None:
        """Make the drawn arrows (of ``sources``, or all) the ``wanted`` ones."""
        if sources is None:
            drawn = list(self.edges.items())
        else:  # the cards know their arrows: no walk over all of them for one node
            drawn = [
                (item.edge.path, item)
                for source in sources
                if source in self.cards
                for item in self.cards[source].edges
                if item.edge.source == source
            ]
        for path, item in drawn:
            if wanted.get(path) != item.edge:
                self._remove_edge(path)
        for path, edge in wanted.items():
            if path not in self.edges:
                self._add_edge(path, edge)

    def sync(self) -> None:
        """Make the whole map what the document holds (after a change of its shape)."""
        graph = self.graph()
        for node_id in [n for n in self.cards if n not in graph.nodes]:
            card = self.cards.pop(node_id)
            self.departed[node_id] = (card.pos().x(), card.pos().y())
            for edge in list(card.edges):
                self._remove_edge(edge.edge.path)
            self.removeItem(card)
        placed: list[str] = []
        for node_id, node in graph.nodes.items():
            existing = self.cards.get(node_id)
            if existing is None:
                card = NodeCard(node)
                card.setPos(*self._place_new(node_id, graph))
                self.addItem(card)
                self.cards[node_id] = card
                placed.append(node_id)
            else:
                card = existing
                card.set_node(node)
            start = node_id == graph.start
            if card.is_start != start:
                card.is_start = start
                card.update()
        self._apply_edges(graph.edges, sources=None)
        self.set_highlight(*self.highlighted)  # new cards and arrows on the marked path
        self.set_harmful(*self.harmful)
        if placed:
            self._fit_scene_rect()
            self.schedule_save()

    def _place_new(self, node_id: str, graph: ScenarioGraph) -> Point:
        """Where a new card goes: where it was asked for, else below a card leading to
        it, else below everything."""
        if node_id in self.pending_positions:
            return self.pending_positions.pop(node_id)
        if node_id in self.departed:
            return self.departed.pop(node_id)
        for edge in graph.edges.values():
            if edge.target == node_id and edge.source in self.cards:
                pos = self.cards[edge.source].pos()
                return (pos.x(), pos.y() + CARD_HEIGHT + V_GAP)
        rect = self.itemsBoundingRect()
        return (rect.left(), rect.bottom() + V_GAP) if self.cards else (0.0, 0.0)

    def zoom_changed(self, zoom: float) -> None:
        """Zoomed out, cards are plain boxes: a pixmap cache per card would only cost."""
        detailed = zoom >= DETAIL_LOD
        if detailed == self._detailed:
            return
        self._detailed = detailed
        mode = (
            QGraphicsItem.CacheMode.DeviceCoordinateCache
            if detailed
            else QGraphicsItem.CacheMode.NoCache
        )
        for card in self.cards.values():
            card.setCacheMode(mode)

    def set_highlight(self, nodes: Iterable[str], edges: Iterable[DocPath]) -> None:
        """Mark a path (the best one) on the map; empty: none."""
        on_nodes, on_edges = set(nodes), set(edges)
        for node_id, card in self.cards.items():
            if card.on_path != (node_id in on_nodes):
                card.on_path = node_id in on_nodes
                card.update()
        for path, edge in self.edges.items():
            if edge.on_path != (path in on_edges):
                edge.on_path = path in on_edges
                edge.update()
        self.highlighted = (on_nodes, on_edges)

    def set_harmful(self, choices: Iterable[DocPath], ways: Iterable[DocPath]) -> None:
        """Mark harmful choices that still reach success, and the ways on from them."""
        on_choices, on_ways = set(choices), set(ways)
        for path, edge in self.edges.items():
            harm = 2 if path in on_choices else 1 if path in on_ways else 0
            if edge.harm != harm:
                edge.harm = harm
                edge.update()
        self.harmful = (on_choices, on_ways)

    def set_shares(
        self,
        edges: Mapping[DocPath, tuple[float | None, str]],
        cards: Mapping[str, tuple[str, str]],
    ) -> None:
        """What officers chose (map/shares.py): per arrow its share and label, per card
        a badge and tooltip lines; arrows and cards left out show none."""
        for path, edge in self.edges.items():
            edge.set_share(*edges.get(path, (None, "")))
        for node_id, card in self.cards.items():
            card.set_shares(*cards.get(node_id, ("", "")))

    def _connect(self, port: DocPath, target: str) -> None:
        """A drag from ``port`` ended on ``target``: that way on leads there now."""
        try:
            current = self.session.doc.peek(port)
        except (KeyError, IndexError, TypeError):
            current = None
        if current != target:
            self.session.push(SetValue(port, target))

    def start_card(self) -> NodeCard | None:
        """The start node's card (else the first)."""
        for card in self.cards.values():
            if card.is_start:
                return card
        return next(iter(self.cards.values()), None)

    def set_marks(self, marks: Mapping[str, tuple[int, int]]) -> None:
        """Errors and warnings per node id (from the live checks)."""
        for node_id, card in self.cards.items():
            card.set_marks(*marks.get(node_id, (0, 0)))

    # -- positions ----------------------------------------------------------------------

    def positions(self) -> dict[str, Point]:
        return {node_id: (card.x(), card.y()) for node_id, card in self.cards.items()}

    def cards_dropped(self) -> None:
        """A drag ended: keep where the cards are now."""
        self._fit_scene_rect()
        self.schedule_save()

    def schedule_save(self) -> None:
        if self.synchronous:
            self.save_positions()
        else:
            self._save_timer.start()

    def save_positions(self) -> None:
        """Write the side file (not for a read-only scenario: its folder is not ours)."""
        self._save_timer.stop()
        if self.side_file is None or self.session.read_only:
            return
        # Positions are a convenience: if they cannot be written, the map lays out again.
        with contextlib.suppress(OSError):
            chapters = self.chapters.chapters if self.chapters is not None else None
            save_positions(self.side_file, self.positions(), chapters=chapters)

    def tidy_up(
        self, only: Iterable[str] | None = None, *, graph: ScenarioGraph | None = None
    ) -> None:
        """Lay out again every card, or the cards in ``only`` (where they were, top-left)."""
        graph = graph or self.graph()
        chosen = set(only) if only is not None else None
        self._generation += 1
        if self.synchronous or len(chosen or graph.nodes) <= BACKGROUND_LAYOUT_NODES:
            self._layout_done(self._generation, layered_layout(graph, chosen), chosen)
            return
        self.layout_running = True
        self._pool.start(_LayoutJob(graph, self._generation, self._relay, chosen))

    def _layout_done(
        self, generation: int, positions: dict[str, Point], only: set[str] | None = None
    ) -> None:
        if generation != self._generation:
            return  # a newer layout was asked for
        self.layout_running = False
        origin = QPointF(0, 0)
        if only:
            corners = [self.cards[n].pos() for n in only if n in self.cards]
            if corners:
                origin = QPointF(min(p.x() for p in corners), min(p.y() for p in corners))
        with self._batch():
            for node_id, (x, y) in positions.items():
                card = self.cards.get(node_id)
                if card is not None:
                    card.setPos(origin.x() + x, origin.y() + y)
        self._fit_scene_rect()
        self.schedule_save()
        self.layout_finished.emit()

    def free_spot_near(self, point: QPointF) -> Point:
        """A card's top-left near ``point`` (its centre there)."""
        return (point.x() - CARD_WIDTH / 2, point.y() - CARD_HEIGHT / 2)

    def visible_rect_of(self, node_ids: Iterable[str]) -> QRectF:
        rect = QRectF()
        for node_id in node_ids:
            card = self.cards.get(node_id)
            if card is not None:
                rect = rect.united(card.sceneBoundingRect())
        return rect.adjusted(-H_GAP, -V_GAP, H_GAP, V_GAP)
