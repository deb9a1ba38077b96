"""The map's "Officers' choices" tool: what officers chose, drawn on the map.

Turned on (O, or the tool bar), a small bar above the map chooses the version and the
days the attempts were started in, and tells how many attempts that is. Each choice's
arrow is drawn as thick as its share of the attempts that chose at its node, labelled
"42 %" (or "< 5" where the count is hidden); a checklist card tells how many officers
missed each item, an ending card how many attempts reached it. The figures come from
``trainer.services.choice_shares``, which hides small counts and lets only instructors
ask. Without the app's store (the editor alone, in tests) the tool is disabled.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trainer.authoring.document import DocPath
from trainer.services.records import ProfileRecord

if TYPE_CHECKING:
    # The service reads the store (SQLAlchemy): imported when the tool is first used.
    from trainer.gui.context import GuiContext
    from trainer.gui.editor.map.scene import MapScene
    from trainer.services.choice_shares import ChoiceSharesService, Shares, SharesSpan

HIDDEN = "< 5"
# The parts of a node whose edits can change what the tool draws on it.
_SHAPING = frozenset({"type", "next", "choices", "on_timeout", "items"})


def percent(share: float) -> str:
    return f"{round(share * 100)} %"


class SharesSource:
    """Where the tool reads from: the app's store, as the signed-in instructor."""

    def __init__(self, context: GuiContext, viewer: Callable[[], ProfileRecord | None]) -> None:
        self.context = context
        self.viewer = viewer
        self._service: ChoiceSharesService | None = None

    def service(self) -> ChoiceSharesService:
        if self._service is None:
            from trainer.services.choice_shares import ChoiceSharesService

            self._service = ChoiceSharesService(self.context.services.store)
        return self._service

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Database work on the app's worker (inline when its runner is synchronous)."""
        self.context.runner.run(work, on_done, on_error)


class SharesBar(QWidget):
    """Version, first and last day, and the number of attempts they select."""

    filters_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharesBar")
        self.setStyleSheet("#sharesBar { background: #eef3fb; border-bottom: 1px solid #d0d5dd; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(8, 3, 8, 3)
        self.rows.setSpacing(2)
        self.title = QLabel(self)
        self.version_label = QLabel(self)
        self.version = QComboBox(self)
        self.version.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.version_label.setBuddy(self.version)
        self.since_label = QLabel(self)
        self.since = QDateEdit(self)
        self.since_label.setBuddy(self.since)
        self.until_label = QLabel(self)
        self.until = QDateEdit(self)
        self.until_label.setBuddy(self.until)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(lambda _d: self.filters_changed.emit())
        self.version.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())
        self.attempts = QLabel(self)
        self.attempts.setObjectName("muted")
        # The filters go in pairs (label, field) onto as many rows as the panel's width
        # needs: in the narrow map panel beside the form, one row would widen the panel
        # and squeeze the form.
        self._pairs = [
            (self.version_label, self.version),
            (self.since_label, self.since),
            (self.until_label, self.until),
        ]
        self._layout_key: tuple[tuple[int, ...], ...] | None = None
        self._arrange()
        self._versions: list[int] = []
        self.retranslate()

    def _pair_width(self, pair: tuple[QLabel, QWidget]) -> int:
        return pair[0].sizeHint().width() + pair[1].sizeHint().width() + 6

    def _arrange(self) -> None:
        """The title and the count on top, the filters after them: on the same row where
        everything fits, else on as few rows as the width allows."""
        spacing = 14
        room = self.width() - 16
        head = self.title.sizeHint().width() + self.attempts.sizeHint().width() + spacing
        widths = [self._pair_width(pair) for pair in self._pairs]
        rows: list[list[int]] = [[]]  # the filters' indexes on each row
        used = head
        for index, width in enumerate(widths):
            # A new row when this one is full (a later row takes at least one pair).
            if used + spacing + width > room and (rows[-1] or len(rows) == 1):
                rows.append([])
                used = 0
            rows[-1].append(index)
            used += spacing + width
        key = tuple(tuple(row) for row in rows)
        if key == self._layout_key:
            return
        self._layout_key = key
        # Each row a layout of its own: rows do not share columns (a wide label on one
        # would push the fields of another apart).
        while self.rows.count():
            item = self.rows.takeAt(0)
            row_layout = item.layout() if item is not None else None
            while row_layout is not None and row_layout.count():
                row_layout.takeAt(0)
            if row_layout is not None:
                row_layout.deleteLater()
        for number, row in enumerate(rows):
            line = QHBoxLayout()
            line.setSpacing(6)
            if number == 0:
                line.addWidget(self.title)
            for index in row:
                label, field = self._pairs[index]
                line.addSpacing(8)
                line.addWidget(label)
                line.addWidget(field)
            if number == 0:
                line.addSpacing(8)
                line.addWidget(self.attempts)
            line.addStretch(1)
            self.rows.addLayout(line)
        self.setMinimumWidth(max(widths) + 16)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("EditorShares", "<b>Officers' choices</b>"))
        self.version_label.setText(QCoreApplication.translate("EditorShares", "Versio&n:"))
        self.since_label.setText(QCoreApplication.translate("EditorShares", "&Since:"))
        self.until_label.setText(QCoreApplication.translate("EditorShares", "&Until:"))
        self.since.setToolTip(
            QCoreApplication.translate("EditorShares", "Attempts started on this day or later")
        )
        self.until.setToolTip(
            QCoreApplication.translate("EditorShares", "Attempts started on this day or earlier")
        )
        self.set_versions(self._versions, keep=self.chosen_version())
        self._layout_key = None  # the labels' widths changed with the language
        self._arrange()

    def set_versions(self, versions: list[int], *, keep: int | None = None) -> None:
        """Offer "All versions" and each version with attempts."""
        self._versions = list(versions)
        self.version.blockSignals(True)
        try:
            self.version.clear()
            self.version.addItem(QCoreApplication.translate("EditorShares", "All versions"), None)
            for number in versions:
                self.version.addItem(
                    QCoreApplication.translate("EditorShares", "Version %1").replace(
                        "%1", str(number)
                    ),
                    number,
                )
            index = self.version.findData(keep) if keep is not None else 0
            self.version.setCurrentIndex(max(index, 0))
        finally:
            self.version.blockSignals(False)

    def set_days(self, first: dt.date | None, last: dt.date | None) -> None:
        """The days the data covers (today when there is none)."""
        today = dt.date.today()
        for edit, day in ((self.since, first or today), (self.until, last or today)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def chosen_version(self) -> int | None:
        data = self.version.currentData() if self.version.count() else None
        return int(data) if data is not None else None

    def chosen_days(self) -> tuple[dt.date, dt.date]:
        return self.since.date().toPython(), self.until.date().toPython()  # type: ignore[return-value]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SharesTool(QObject):
    """The checkable tool, its bar, and what it draws on the scene."""

    def __init__(self, panel: QWidget) -> None:
        super().__init__(panel)
        self.panel = panel
        self.action = QAction(panel)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence("O"))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.toggled.connect(self._toggled)
        panel.addAction(self.action)
        self.bar = SharesBar(panel)
        self.bar.hide()
        self.bar.filters_changed.connect(self.refresh)
        self.source: SharesSource | None = None
        self.scene: MapScene | None = None
        self.shares: Shares | None = None  # the figures last read (None: none shown)
        self._generation = 0  # a newer request makes older answers stale
        self.retranslate()
        self._update_enabled()

    # -- wiring ---------------------------------------------------------------------

    def set_source(self, source: SharesSource | None) -> None:
        """Where figures come from (None: the editor runs without the app's store)."""
        self.source = source
        self._update_enabled()

    def set_scene(self, scene: MapScene | None) -> None:
        """The map of another document (or none): figures read again for it."""
        if self.scene is not None:
            self.scene.session.changed.disconnect(self._document_changed)
        self.scene = scene
        self.shares = None
        if scene is not None:
            # Connected after the scene's own: arrows made by an edit exist by then.
            scene.session.changed.connect(self._document_changed)
        self._update_enabled()
        if self.action.isChecked():
            self._load()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("EditorShares", "Officers' &choices"))
        self._update_enabled()
        self.bar.retranslate()
        if self.shares is not None:
            self._draw()  # the badges and the count in the UI language

    def _update_enabled(self) -> None:
        if self.source is None:
            self.action.setEnabled(False)
            self.action.setToolTip(
                QCoreApplication.translate(
                    "EditorShares",
                    "What officers chose needs the app's store of attempts: open the editor"
                    " from the app, signed in as an instructor",
                )
            )
            return
        self.action.setEnabled(self.scene is not None)
        self.action.setToolTip(
            QCoreApplication.translate(
                "EditorShares",
                "Show what officers chose (O): each choice's share of attempts as the"
                " arrow's thickness and a label, the items missed at checklists, the"
                " endings reached. Counts under 5 are hidden.",
            )
        )

    def scenario_id(self) -> str:
        if self.scene is None:
            return ""
        return str(self.scene.session.doc.get(("id",)) or "")

    # -- reading ----------------------------------------------------------------------

    def _toggled(self, on: bool) -> None:
        self.bar.setVisible(on)
        if on:
            self._load()
        else:
            self._generation += 1
            self.shares = None
            self._draw()

    def _viewer(self) -> ProfileRecord:
        assert self.source is not None
        from trainer.services.choice_shares import NotForOfficersError

        viewer = self.source.viewer()
        if viewer is None:
            raise NotForOfficersError
        return viewer

    def _load(self) -> None:
        """Read which versions and days have data, then the figures for all of them."""
        if self.source is None or self.scene is None:
            return
        source, scenario = self.source, self.scenario_id()
        self._generation += 1
        generation = self._generation

        def done(span: SharesSpan) -> None:
            if generation != self._generation:
                return
            self.bar.set_versions(span.versions)
            self.bar.set_days(span.first_day, span.last_day)
            self.refresh()

        source.run(
            lambda: source.service().span(self._viewer(), scenario),
            done,
            lambda error: self._failed(error, generation),
        )

    def refresh(self) -> None:
        """Read the figures for the bar's version and days, and draw them."""
        if self.source is None or self.scene is None or not self.action.isChecked():
            return
        since, until = self.bar.chosen_days()
        self._generation += 1
        generation = self._generation
        if since > until:
            self.shares = None
            self._draw()
            self.bar.attempts.setText(
                QCoreApplication.translate("EditorShares", "The first day is after the last one.")
            )
            return
        from trainer.services.overview import Period

        source, scenario, version = self.source, self.scenario_id(), self.bar.chosen_version()

        def done(shares: Shares) -> None:
            if generation == self._generation:
                self.shares = shares
                self._draw()

        source.run(
            lambda: source.service().shares(
                self._viewer(), scenario, version=version, period=Period(since, until)
            ),
            done,
            lambda error: self._failed(error, generation),
        )

    def _failed(self, error: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        from trainer.services.choice_shares import NotForOfficersError

        self.shares = None
        self._draw()
        if isinstance(error, NotForOfficersError):
            self.bar.attempts.setText(
                QCoreApplication.translate(
                    "EditorShares", "Only an instructor can see what officers chose."
                )
            )
        else:
            self.bar.attempts.setText(
                QCoreApplication.translate(
                    "EditorShares", "The attempts could not be read: %1"
                ).replace("%1", str(error))
            )

    def _document_changed(self, path: tuple[object, ...]) -> None:
        # Typing in a text changes no arrow, choice id or item: the figures stay (about
        # 10 ms at 2,000 nodes, not to be spent on every key).
        if self.shares is None or (
            len(path) >= 3 and path[0] == "nodes" and path[2] not in _SHAPING
        ):
            return
        self._draw()

    # -- drawing ----------------------------------------------------------------------

    def _draw(self) -> None:
        scene, shares = self.scene, self.shares
        if scene is None:
            return
        if shares is None or not (shares.attempts or shares.choices or shares.any_finished):
            scene.set_shares({}, {})
            if shares is not None:
                self.bar.attempts.setText(
                    QCoreApplication.translate("EditorShares", "No attempts in this selection.")
                )
            return
        count = str(shares.attempts) if shares.attempts is not None else HIDDEN
        self.bar.attempts.setText(
            QCoreApplication.translate("EditorShares", "Attempts: %1").replace("%1", count)
        )
        edges, cards = figures(scene, shares)
        scene.set_shares(edges, cards)


def _choice_of(scene: MapScene, path: DocPath) -> str | None:
    """The choice id an arrow's path belongs to (``timeout`` for the time-out), or None."""
    if len(path) < 3 or path[0] != "nodes":
        return None
    if path[2] == "on_timeout":
        return "timeout"
    if path[2] != "choices" or len(path) < 4:
        return None
    try:
        value = scene.session.doc.peek((*path[:4], "id"))
    except (KeyError, IndexError, TypeError):
        return None
    return str(value) if value is not None else None


def figures(
    scene: MapScene, shares: Shares
) -> tuple[dict[DocPath, tuple[float | None, str]], dict[str, tuple[str, str]]]:
    """What each arrow and card shows of ``shares`` (every choice arrow and every
    checklist and ending card: hidden and no data look the same, "< 5"). A choice with
    conditional routes: each route's arrow shows the attempts that went that way."""
    edges: dict[DocPath, tuple[float | None, str]] = {}
    for path, item in scene.edges.items():
        choice = _choice_of(scene, path)
        if choice is None:
            continue
        if item.edge.kind == "route":  # one of a choice's conditional ways on
            share = shares.route_share(item.edge.source, choice, item.edge.target)
        else:
            share = shares.share(item.edge.source, choice)
        edges[path] = (share, percent(share) if share is not None else HIDDEN)
    cards: dict[str, tuple[str, str]] = {}
    for node_id, card in scene.cards.items():
        kind = card.node.node_type
        if kind == "ending":
            reached = shares.endings.get(node_id)
            shown = str(reached) if reached is not None else HIDDEN
            text = QCoreApplication.translate("EditorShares", "Reached: %1").replace("%1", shown)
            cards[node_id] = (
                text,
                QCoreApplication.translate(
                    "EditorShares", "Attempts that ended here (counts under 5 hidden): %1"
                ).replace("%1", shown),
            )
        elif kind == "checklist":
            cards[node_id] = _checklist_figures(scene, node_id, shares)
    return edges, cards


def _checklist_figures(scene: MapScene, node_id: str, shares: Shares) -> tuple[str, str]:
    try:
        items = scene.session.doc.peek(("nodes", node_id, "items"))
    except (KeyError, IndexError, TypeError):
        items = None
    lines = [
        QCoreApplication.translate(
            "EditorShares",
            "Share of attempts that missed each item"
            " (a correct one not ticked, a wrong one ticked):",
        )
    ]
    rates: list[float] = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or "id" not in item:
            continue
        rate = shares.misses.get((node_id, str(item["id"])))
        if rate is not None:
            rates.append(rate)
        lines.append(f"• {item['id']}: {percent(rate) if rate is not None else HIDDEN}")
    badge = (
        QCoreApplication.translate("EditorShares", "Missed: up to %1").replace(
            "%1", percent(max(rates))
        )
        if rates
        else QCoreApplication.translate("EditorShares", "Missed: %1").replace("%1", HIDDEN)
    )
    return badge, "\n".join(lines)
