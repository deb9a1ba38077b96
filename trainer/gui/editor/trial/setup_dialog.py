"""Before a trial play: where to start, and the state play stands in there."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.domain.address import Address
from trainer.domain.engine import a_way_to
from trainer.domain.model import Scenario
from trainer.domain.ordering import SEED_LIMIT, new_seed
from trainer.domain.render import TextRenderer
from trainer.gui.formats import language_name

#: A spin box's bounds for a variable declared without one (Qt's spin boxes are 32-bit).
_UNBOUNDED = 1_000_000_000


@dataclass(frozen=True)
class TrialSetup:
    """What the instructor chose: the arguments of ``trainer play --from ... --set ...``."""

    node: str
    variables: dict[str, int] = field(default_factory=dict)
    visited: tuple[str, ...] = ()
    address: Address = Address.NONE
    language: str = ""
    seed: int = 0


class TrialSetupDialog(QDialog):
    """The start node, the variables (spin boxes within their declared bounds, at their
    initial values), the visited nodes (a checkable list with a filter), the form of
    address, the language and the order seed (random, editable)."""

    def __init__(
        self,
        scenario: Scenario,
        node: str,
        *,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trialSetup")
        self.scenario = scenario
        language = language if language in scenario.languages else scenario.default_language
        names = TextRenderer(scenario, language)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)

        self.node_box = QComboBox()
        for node_id, body in scenario.nodes.items():
            title = names.optional_at(body.title, None) if body.title is not None else None
            self.node_box.addItem(f"{node_id} — {title}" if title else node_id, node_id)
        self.node_box.setCurrentIndex(max(0, self.node_box.findData(node)))
        self.node_label = QLabel()
        self.node_label.setBuddy(self.node_box)
        form.addRow(self.node_label, self.node_box)

        self.variables_group = QGroupBox()
        variables_form = QFormLayout(self.variables_group)
        self.spins: dict[str, QSpinBox] = {}
        for name, variable in scenario.variables.items():
            spin = QSpinBox()
            spin.setObjectName(f"variable-{name}")
            low = -_UNBOUNDED if variable.minimum is None else variable.minimum
            high = _UNBOUNDED if variable.maximum is None else variable.maximum
            spin.setRange(low, high)
            spin.setValue(variable.clamp(variable.initial))
            label_text = names.text(variable.label) if variable.label is not None else ""
            label = QLabel(f"{label_text} ({name})" if label_text else name)
            label.setBuddy(spin)
            spin.setAccessibleName(label.text())
            variables_form.addRow(label, spin)
            self.spins[str(name)] = spin
        self.no_variables = QLabel()
        self.no_variables.setObjectName("muted")
        self.no_variables.setVisible(not self.spins)
        variables_form.addRow(self.no_variables)
        layout.addWidget(self.variables_group)

        self.visited_group = QGroupBox()
        visited_layout = QVBoxLayout(self.visited_group)
        self.visited_filter = QLineEdit()
        self.visited_filter.setClearButtonEnabled(True)
        self.visited_filter.textChanged.connect(self._filter_visited)
        self.visited_list = QListWidget()
        for node_id in scenario.nodes:
            item = QListWidgetItem(node_id)
            item.setData(Qt.ItemDataRole.UserRole, node_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.visited_list.addItem(item)
        # In the order ticked (a way from the start in its own order): the path before.
        self._ticked: list[str] = []
        self.visited_list.itemChanged.connect(self._visited_changed)
        visited_row = QHBoxLayout()
        visited_row.addWidget(self.visited_filter, 1)
        self.way_button = QPushButton()
        self.way_button.clicked.connect(self.tick_a_way)
        visited_row.addWidget(self.way_button)
        visited_layout.addLayout(visited_row)
        visited_layout.addWidget(self.visited_list)
        layout.addWidget(self.visited_group, 1)

        more = QFormLayout()
        layout.addLayout(more)
        self.address_box = QComboBox()
        for address in (Address.NONE, Address.MASCULINE, Address.FEMININE):
            self.address_box.addItem("", address.value)
        self.address_label = QLabel()
        self.address_label.setBuddy(self.address_box)
        more.addRow(self.address_label, self.address_box)
        self.language_box = QComboBox()
        for code in scenario.languages:
            self.language_box.addItem(language_name(code), code)
        self.language_box.setCurrentIndex(self.language_box.findData(language))
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language_box)
        more.addRow(self.language_label, self.language_box)
        seed_row = QHBoxLayout()
        self.seed_box = QSpinBox()
        self.seed_box.setRange(0, SEED_LIMIT - 1)
        self.seed_box.setValue(new_seed())  # random by default, as an attempt's order is
        self.new_seed_button = QPushButton()
        self.new_seed_button.clicked.connect(lambda: self.seed_box.setValue(new_seed()))
        seed_row.addWidget(self.seed_box, 1)
        seed_row.addWidget(self.new_seed_button)
        self.seed_label = QLabel()
        self.seed_label.setBuddy(self.seed_box)
        more.addRow(self.seed_label, seed_row)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.play_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.node_box.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("TrialSetupDialog", "Test from here"))
        self.node_label.setText(QCoreApplication.translate("TrialSetupDialog", "&Start at:"))
        self.variables_group.setTitle(
            QCoreApplication.translate("TrialSetupDialog", "Variables at the start")
        )
        self.no_variables.setText(
            QCoreApplication.translate("TrialSetupDialog", "This scenario has no variables.")
        )
        self.visited_group.setTitle(
            QCoreApplication.translate(
                "TrialSetupDialog", "Nodes already visited (for visited(...) conditions)"
            )
        )
        self.way_button.setText(
            QCoreApplication.translate("TrialSetupDialog", "&Tick a way from the start")
        )
        self.way_button.setToolTip(
            QCoreApplication.translate(
                "TrialSetupDialog",
                "Ticks the nodes of a shortest way from the start to this node, conditions"
                " aside; adjust them as you need.",
            )
        )
        self.visited_filter.setPlaceholderText(
            QCoreApplication.translate("TrialSetupDialog", "Filter the nodes…")
        )
        self.visited_list.setAccessibleName(
            QCoreApplication.translate("TrialSetupDialog", "Nodes already visited")
        )
        self.address_label.setText(
            QCoreApplication.translate("TrialSetupDialog", "Form of &address:")
        )
        for index, text in enumerate(
            (
                QCoreApplication.translate("TrialSetupDialog", "Both forms (zrobiłeś/zrobiłaś)"),
                QCoreApplication.translate("TrialSetupDialog", "Masculine (zrobiłeś)"),
                QCoreApplication.translate("TrialSetupDialog", "Feminine (zrobiłaś)"),
            )
        ):
            self.address_box.setItemText(index, text)
        self.language_label.setText(QCoreApplication.translate("TrialSetupDialog", "&Language:"))
        self.seed_label.setText(QCoreApplication.translate("TrialSetupDialog", "Order s&eed:"))
        self.seed_box.setToolTip(
            QCoreApplication.translate(
                "TrialSetupDialog",
                "The same seed shows choices and checklist items in the same order.",
            )
        )
        self.new_seed_button.setText(QCoreApplication.translate("TrialSetupDialog", "&New seed"))
        self.play_button.setText(QCoreApplication.translate("TrialSetupDialog", "&Play"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def tick_a_way(self) -> None:
        """Tick the nodes of a shortest way from the start to the start node chosen
        (conditions ignored: a guess to adjust), and only those."""
        way = a_way_to(self.scenario, str(self.node_box.currentData()))
        self.set_visited([str(n) for n in way or ()])

    def _filter_visited(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.visited_list.count()):
            item = self.visited_list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _visited_changed(self, item: QListWidgetItem) -> None:
        node_id = str(item.data(Qt.ItemDataRole.UserRole))
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and node_id not in self._ticked:
            self._ticked.append(node_id)
        elif not checked and node_id in self._ticked:
            self._ticked.remove(node_id)

    def set_visited(self, node_ids: list[str]) -> None:
        """Tick these nodes (and only these) as visited, in this order."""
        self._ticked = list(dict.fromkeys(node_ids))
        wanted = set(node_ids)
        for row in range(self.visited_list.count()):
            item = self.visited_list.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def setup(self) -> TrialSetup:
        """What the dialog shows now."""
        visited = tuple(self._ticked)
        return TrialSetup(
            node=str(self.node_box.currentData()),
            variables={name: spin.value() for name, spin in self.spins.items()},
            visited=visited,
            address=Address(self.address_box.currentData()),
            language=str(self.language_box.currentData()),
            seed=self.seed_box.value(),
        )
