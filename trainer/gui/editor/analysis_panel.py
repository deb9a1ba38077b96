"""The analysis panel: what play can reach, as ``trainer analyze`` prints it, kept up to date.

The maximum per competency, the endings reachable, the best path and the harmful
choices after which success can still be reached; a row that names a node or a choice
shows it in the form on activation (click, Enter).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QTreeView, QVBoxLayout, QWidget

from trainer.domain.competencies import competency_label
from trainer.domain.model import ChecklistNode, DecisionNode, EndingNode, ReportNode
from trainer.gui.editor.live_checks import CheckResult
from trainer.gui.editor.place_requests import PATH_ROLE, enter_shows_place, request_places
from trainer.gui.words import outcome_word

# The DocPath a row shows (a tuple), or None.


def _row(text: str, path: tuple[str | int, ...] | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(path, PATH_ROLE)
    item.setToolTip(text)
    return item


class AnalysisModel(QStandardItemModel):
    """The analysis of the last check, as a tree of sections."""

    def show_result(self, check: CheckResult | None, language: str = "pl") -> str:
        """Fill the sections from ``check``; a note about the result for the panel to show
        above them (none yet, errors, not exact), or ""."""
        self.clear()
        self.setHorizontalHeaderLabels([QCoreApplication.translate("EditorAnalysis", "Analysis")])
        root = self.invisibleRootItem()
        result = check.result if check is not None else None
        analysis = result.analysis if result is not None else None
        scenario = result.scenario if result is not None else None
        if check is None or result is None:
            return QCoreApplication.translate("EditorAnalysis", "Not checked yet.")
        if analysis is None or scenario is None:
            return QCoreApplication.translate(
                "EditorAnalysis", "Fix the errors first: a scenario with errors cannot be played."
            )
        note = QCoreApplication.translate("EditorAnalysis", "%1 situations explored.").replace(
            "%1", f"{analysis.state_count:,}"
        )
        if not analysis.exact:
            note = QCoreApplication.translate(
                "EditorAnalysis",
                "Not exact: too many situations to follow them all; maxima are upper bounds.",
            )
        maximum = _row(QCoreApplication.translate("EditorAnalysis", "Maximum points"))
        for competency, points in analysis.maximum.items():
            label = competency_label(scenario, competency, language)
            row = _row(f"{label}: {points}", ("competencies", str(competency)))
            row.setToolTip(str(competency))
            maximum.appendRow(row)
        root.appendRow(maximum)
        endings = _row(
            QCoreApplication.translate("EditorAnalysis", "Reachable endings (%1)").replace(
                "%1", str(len(analysis.endings))
            )
        )
        for ending in analysis.endings:
            node = scenario.nodes.get(ending)
            outcome = f" – {outcome_word(node.outcome)}" if isinstance(node, EndingNode) else ""
            endings.appendRow(_row(f"{ending}{outcome}", ("nodes", str(ending))))
        unreached = [
            node_id
            for node_id, node in scenario.nodes.items()
            if isinstance(node, EndingNode) and node_id not in analysis.endings
        ]
        for ending in unreached:
            endings.appendRow(
                _row(
                    QCoreApplication.translate("EditorAnalysis", "%1 – never reached").replace(
                        "%1", ending
                    ),
                    ("nodes", ending),
                )
            )
        root.appendRow(endings)
        best = _row(QCoreApplication.translate("EditorAnalysis", "Best path"))
        if analysis.best_path is None:
            best.appendRow(
                _row(QCoreApplication.translate("EditorAnalysis", "No path ends in success."))
            )
        else:
            total = sum((analysis.best_points or {}).values())
            best.setText(
                QCoreApplication.translate("EditorAnalysis", "Best path: %1 step(s), %2 point(s)")
                .replace("%1", str(len(analysis.best_path)))
                .replace("%2", str(total))
            )
            # One token per node the player answers (scenes and endings take none).
            tokens = list(analysis.best_tokens or ())
            answered = DecisionNode | ChecklistNode | ReportNode
            for step, node_id in enumerate(analysis.best_path):
                node = scenario.nodes.get(node_id)
                token = tokens.pop(0) if isinstance(node, answered) and tokens else None
                text = f"{step + 1}. {node_id}" + (f" → {token}" if token else "")
                best.appendRow(_row(text, ("nodes", str(node_id))))
        root.appendRow(best)
        harmful = _row(
            QCoreApplication.translate(
                "EditorAnalysis", "Success after a harmful choice (%1)"
            ).replace("%1", str(len(check.harmful)))
        )
        if not check.harmful:
            harmful.appendRow(
                _row(
                    QCoreApplication.translate(
                        "EditorAnalysis", "None: every harmful choice rules out success."
                    )
                )
            )
        for found in check.harmful:
            entry = _row(
                QCoreApplication.translate("EditorAnalysis", "%1, choice %2 → %3")
                .replace("%1", found.node)
                .replace("%2", found.choice)
                .replace("%3", ", ".join(found.endings)),
                tuple(found.path),
            )
            example = " → ".join(token or "∅" for token in found.example)
            entry.appendRow(
                _row(
                    QCoreApplication.translate("EditorAnalysis", "e.g. %1, ending in %2")
                    .replace("%1", example)
                    .replace("%2", found.example_ending),
                    ("nodes", str(found.example_ending)),
                )
            )
            harmful.appendRow(entry)
        root.appendRow(harmful)
        return note


class AnalysisPanel(QWidget):
    """The analysis tree and a line saying how many situations were explored."""

    path_requested = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AnalysisModel(self)
        self.view = _AnalysisView(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.path_requested.connect(self.path_requested)
        # The UI language (competency labels); the window sets where it comes from.
        self.language: Callable[[], str] = lambda: "pl"
        self.summary = QLabel(self)
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.show_result(None)

    def show_result(self, check: CheckResult | None) -> None:
        """Show the analysis of ``check``, with its sections open."""
        note = self.model.show_result(check, self.language())
        self.view.expandToDepth(0)
        self.summary.setText(note)
        self.summary.setVisible(bool(note))

    def retranslate(self, check: CheckResult | None) -> None:
        self.view.setAccessibleName(QCoreApplication.translate("EditorAnalysis", "Analysis"))
        self.show_result(check)


class _AnalysisView(QTreeView):
    path_requested = Signal(tuple)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        request_places(self, self.path_requested.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not enter_shows_place(self, event):
            super().keyPressEvent(event)
