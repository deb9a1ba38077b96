"""The outline's item model: the scenario's parts, nodes grouped by type, and a search filter.

The tree is rebuilt from the document when its shape changes (a node added, removed,
renamed, retyped; a variable, card or competency added); an edit inside one entry only
refreshes that entry's row. The model never holds a copy of the data it does not show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from trainer.authoring.document import DocPath, ScenarioDocument
from trainer.gui.model_index import ROOT, Index

# The DocPath an entry selects (a tuple), or None for a group heading.
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
# Everything the search matches: the id and every text of the entry, in every language.
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
# The kind of entry: "group", "metadata", "node", "variable", "card", "competency", "stage".
KIND_ROLE = Qt.ItemDataRole.UserRole + 3

NODE_TYPES = ("scene", "decision", "checklist", "report", "ending")
STAGES = ("information", "assessment", "powers", "options", "action")
_PREVIEW = 60


def group_label(key: str) -> str:
    """The heading of a group of entries, in the UI language."""
    labels = {
        "scenario": lambda: QCoreApplication.translate("EditorOutline", "Scenario"),
        "competencies": lambda: QCoreApplication.translate("EditorOutline", "Competencies"),
        "variables": lambda: QCoreApplication.translate("EditorOutline", "Variables"),
        "cards": lambda: QCoreApplication.translate("EditorOutline", "Cards"),
        "stages": lambda: QCoreApplication.translate("EditorOutline", "Stages"),
        "scene": lambda: QCoreApplication.translate("EditorOutline", "Scenes"),
        "decision": lambda: QCoreApplication.translate("EditorOutline", "Decisions"),
        "checklist": lambda: QCoreApplication.translate("EditorOutline", "Checklists"),
        "report": lambda: QCoreApplication.translate("EditorOutline", "Reports"),
        "ending": lambda: QCoreApplication.translate("EditorOutline", "Endings"),
        "other": lambda: QCoreApplication.translate("EditorOutline", "Other nodes"),
        "information": lambda: QCoreApplication.translate("EditorOutline", "Information"),
        "assessment": lambda: QCoreApplication.translate("EditorOutline", "Assessment"),
        "powers": lambda: QCoreApplication.translate("EditorOutline", "Powers"),
        "options": lambda: QCoreApplication.translate("EditorOutline", "Options"),
        "action": lambda: QCoreApplication.translate("EditorOutline", "Action"),
    }
    label = labels.get(key)
    return label() if label is not None else key


# Fields whose value is text an author wrote (a Text, or a plain string).
_TEXT_KEYS = frozenset(
    {"text", "title", "summary", "feedback", "debrief", "label", "description", "prompt"}
) | {"model", "image_alt", "id"}


# The top-level maps whose entries are listed (and searched) on their own.
_ENTRY_KEYS = frozenset({"nodes", "variables", "cards", "competencies"})


def _is_language(key: object) -> bool:
    return isinstance(key, str) and 2 <= len(key) <= 3 and key.isalpha() and key.islower()


def _strings(value: Any, key: object = None) -> list[str]:
    """The texts inside ``value`` in every language, and the ids of its parts.

    References to other entries (``next``, conditions, card lists) are left out: a
    search for a node's id finds that node, not every node that leads to it.
    """
    if isinstance(value, str):
        return [value] if key in _TEXT_KEYS or _is_language(key) else []
    if isinstance(value, dict):
        if key in ("next", "score", "effects", "cards"):
            return []
        return [s for k, item in value.items() for s in _strings(item, k)]
    if isinstance(value, list):
        if key in ("next", "cards", "tags", "languages", "modes"):
            return []
        # A list under a text field holds its alternatives: their texts count.
        return [s for item in value for s in _strings(item, key)]
    return []


def _first_text(value: Any, languages: list[str]) -> str:
    """A one-line preview of a Text (or the first of its alternatives)."""
    if isinstance(value, list) and value:
        value = value[-1]  # the last alternative is the fallback, always shown somewhere
    if isinstance(value, dict):
        for language in [*languages, *value]:
            text = value.get(language)
            if isinstance(text, str) and text.strip():
                value = text
                break
    if not isinstance(value, str):
        return ""
    line = " ".join(value.split())
    return line if len(line) <= _PREVIEW else line[: _PREVIEW - 1] + "…"


@dataclass(eq=False)
class OutlineItem:
    """One row of the outline."""

    kind: str
    key: str  # the id (entries) or the group key (groups)
    path: DocPath | None
    preview: str = ""
    search: str = ""
    parent: OutlineItem | None = None
    children: list[OutlineItem] = field(default_factory=list)
    _folded: tuple[str, str] | None = field(default=None, repr=False)

    def add(self, child: OutlineItem) -> OutlineItem:
        child.parent = self
        self.children.append(child)
        return child

    def row(self) -> int:
        return 0 if self.parent is None else self.parent.children.index(self)

    def folded(self) -> str:
        """The search text in a form any case matches (kept until the text changes)."""
        if self._folded is None or self._folded[0] is not self.search:
            self._folded = (self.search, self.search.casefold())
        return self._folded[1]


class OutlineModel(QAbstractItemModel):
    """The scenario's parts as a tree: Scenario (metadata, competencies, variables, cards,
    stages), then one group per node type."""

    def __init__(self, doc: ScenarioDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._root = OutlineItem("root", "", None)
        self._node_items: dict[str, OutlineItem] = {}
        self._entry_items: dict[tuple[str, str], OutlineItem] = {}
        self._build()

    # -- following the document -----------------------------------------------------

    def document_changed(self, path: DocPath) -> None:
        """Refresh after an edit at ``path``: one row when only its content changed."""
        if len(path) >= 3 and path[0] == "nodes" and path[2] not in ("type", "stage"):
            item = self._node_items.get(str(path[1]))
            if item is not None:
                self._fill_node(item, self._node(str(path[1])))
                self._changed(item)
                return
        if len(path) >= 3 and (path[0], path[1]) in self._entry_items:
            item = self._entry_items[(str(path[0]), str(path[1]))]
            self._fill_entry(item, self._doc.get(path[:2]))
            self._changed(item)
            return
        if path and path[0] not in ("nodes", "variables", "cards", "competencies", "languages"):
            metadata = self._root.children[0].children[0]
            self._fill_metadata(metadata)
            self._changed(metadata)
            return
        self.rebuild()

    def _changed(self, item: OutlineItem) -> None:
        index = self.createIndex(item.row(), 0, item)
        self.dataChanged.emit(index, index)

    def rebuild(self) -> None:
        """Read the whole tree again from the document."""
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def _languages(self) -> list[str]:
        languages = self._doc.root.get("languages")
        return [str(lang) for lang in languages] if isinstance(languages, list) else []

    def _build(self) -> None:
        root = self._root = OutlineItem("root", "", None)
        self._node_items = {}
        self._entry_items = {}
        data = self._doc.root
        scenario = root.add(OutlineItem("group", "scenario", None))
        self._fill_metadata(scenario.add(OutlineItem("metadata", "", ())))
        for key, kind in (
            ("competencies", "competency"),
            ("variables", "variable"),
            ("cards", "card"),
        ):
            # The group opens the registry's form, where entries are added (also when empty).
            group = scenario.add(OutlineItem("group", key, (key,)))
            entries = data.get(key)
            if not isinstance(entries, dict):
                continue
            for entry_id, entry in entries.items():
                item = group.add(OutlineItem(kind, str(entry_id), (key, str(entry_id))))
                self._fill_entry(item, entry)
                self._entry_items[(key, str(entry_id))] = item
        nodes = data.get("nodes")
        node_ids = [str(key) for key in nodes] if isinstance(nodes, dict) else []
        stages = scenario.add(OutlineItem("group", "stages", None))
        by_stage = {stage: stages.add(OutlineItem("stage", stage, None)) for stage in STAGES}
        # A node type's group opens the list of nodes, with "Add a node".
        groups = {kind: root.add(OutlineItem("group", kind, ("nodes",))) for kind in NODE_TYPES}
        for node_id in node_ids:
            node = self._node(node_id)
            node_type = node.get("type") if isinstance(node, dict) else None
            key = node_type if isinstance(node_type, str) and node_type in groups else "other"
            if key not in groups:
                groups[key] = root.add(OutlineItem("group", "other", ("nodes",)))
            group = groups[key]
            item = group.add(OutlineItem("node", str(node_id), ("nodes", str(node_id))))
            self._fill_node(item, node)
            self._node_items[str(node_id)] = item
            stage = node.get("stage") if isinstance(node, dict) else None
            if isinstance(stage, str) and stage in by_stage:
                twin = OutlineItem("node", str(node_id), ("nodes", str(node_id)))
                self._fill_node(by_stage[stage].add(twin), node)

    def _node(self, node_id: str) -> Any:
        """A node's data for reading: a node the editor has not read yet is only peeked
        at (a large document opens fast because nodes are read when first edited)."""
        try:
            return self._doc.peek(("nodes", node_id))
        except (KeyError, IndexError, TypeError):
            return None

    def _fill_metadata(self, item: OutlineItem) -> None:
        data = self._doc.root
        item.key = str(data.get("id", ""))
        item.preview = _first_text(data.get("title"), self._languages())
        own = {k: v for k, v in data.items() if k not in _ENTRY_KEYS}
        item.search = " ".join([item.key, *_strings(own)])

    def _fill_entry(self, item: OutlineItem, entry: Any) -> None:
        body = entry if isinstance(entry, dict) else {}
        item.preview = _first_text(body.get("title") or body.get("label"), self._languages())
        item.search = " ".join([item.key, *_strings(body)])

    def _fill_node(self, item: OutlineItem, node: Any) -> None:
        languages = self._languages()
        body = node if isinstance(node, dict) else {}
        item.preview = _first_text(body.get("title") or body.get("text"), languages)
        item.search = " ".join([item.key, *_strings(body)])

    # -- what views ask ---------------------------------------------------------------

    def item(self, index: Index) -> OutlineItem:
        """The outline entry behind ``index`` (the hidden root for the invalid index)."""
        if index.isValid():
            item = index.internalPointer()
            assert isinstance(item, OutlineItem)
            return item
        return self._root

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        # Bounds checked here rather than with hasIndex(), which calls rowCount() and
        # columnCount() back through Python: the view asks this for every row it lays
        # out (2,000 nodes: half a second).
        if column != 0 or row < 0 or parent.column() > 0:
            return QModelIndex()
        children = self.item(parent).children
        if row >= len(children):
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent = self.item(child).parent
        if parent is None or parent is self._root:
            return QModelIndex()
        return self.createIndex(parent.row(), 0, parent)

    def rowCount(self, parent: Index = ROOT) -> int:
        if parent.column() > 0:
            return 0
        return len(self.item(parent).children)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.item(index)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if item.kind in ("group", "stage"):
                return f"{group_label(item.key)} ({len(item.children)})"
            if item.kind == "metadata":
                details = QCoreApplication.translate("EditorOutline", "Details")
                return f"{details} · {item.preview}" if item.preview else details
            return f"{item.key} · {item.preview}" if item.preview else item.key
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.preview or None
        if role == PATH_ROLE:
            return item.path
        if role == SEARCH_ROLE:
            return item.search
        if role == KIND_ROLE:
            return item.kind
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("EditorOutline", "Outline")
        return None

    def index_of(self, path: DocPath) -> QModelIndex:
        """The row that selects ``path`` or the deepest entry it lies in (invalid if none)."""
        wanted = tuple(path)
        if wanted in ((), ("scenario",)):
            wanted = ()
        best: OutlineItem | None = None
        stack = list(self._root.children)
        while stack:
            item = stack.pop(0)
            inside = item.path is not None and wanted[: len(item.path)] == item.path
            if inside and (best is None or len(item.path or ()) > len(best.path or ())):
                best = item
            if item.kind != "stage":  # the stage group repeats nodes listed by type
                stack.extend(item.children)
        if best is None:
            return QModelIndex()
        if best.kind == "metadata" and wanted and not self._is_metadata(wanted):
            return QModelIndex()
        return self.createIndex(best.row(), 0, best)

    @staticmethod
    def _is_metadata(path: DocPath) -> bool:
        return not path or path[0] not in ("nodes", "variables", "cards", "competencies")


class OutlineFilter(QSortFilterProxyModel):
    """Keeps the entries whose id or text holds the search, with the groups above them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setRecursiveFilteringEnabled(True)

        self._needle = ""

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needle:
            return True
        # Straight to the outline's items: this runs for every row at each keystroke.
        model = self.sourceModel()
        if not isinstance(model, OutlineModel):
            return super().filterAcceptsRow(source_row, source_parent)
        item = model.item(source_parent).children[source_row]
        if item.kind in ("group", "stage"):
            return False  # a group stays only when an entry in it matches (recursive)
        return self._needle in item.folded()

    def set_search(self, text: str) -> None:
        """Filter by ``text`` (a plain substring, any case)."""
        self._needle = text.strip().casefold()
        self.setFilterFixedString(text.strip())  # filters again

    def source_path(self, index: QModelIndex | QPersistentModelIndex) -> DocPath | None:
        """The DocPath of a row of this filter."""
        path = self.data(index, PATH_ROLE)
        return tuple(path) if path is not None else None
