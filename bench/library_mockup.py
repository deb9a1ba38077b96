"""A reference for the start-up benchmark: the library screen's widgets with no app code.

One file, PySide6 only: a main window with menus, a search field, a tag box, a list of
nine cards painted by a delegate, a details panel with a text browser, radio buttons and
buttons, and a style sheet. It shows what a screen like the library costs Qt and
PySide6 themselves (type and enum set-up, polish, text layout, painting) beyond a bare
window; ``bench/startup_bench.py`` times it like the app.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QEvent, QModelIndex, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

STYLE = (
    "QWidget { font-size: 11pt; } "
    "QFrame#card { background: white; border: 1px solid #d0d5dd; border-radius: 10px; } "
    "QPushButton { padding: 6px 14px; border-radius: 6px; border: 1px solid #98a2b3; "
    "background: white; }"
)


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.report)
        return False

    def report(self) -> None:
        print("window shown", flush=True)
        QApplication.quit()


class Cards(QAbstractListModel):
    def rowCount(self, parent: object = QModelIndex()) -> int:
        return 9

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return f"Scenariusz {index.row() + 1}: zażółć gęślą jaźń"
        return None


class CardDelegate(QStyledItemDelegate):
    def sizeHint(self, option: object, index: object) -> QSize:
        return QSize(200, 80)

    def paint(self, painter: QPainter, option: object, index: QModelIndex) -> None:
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#1f4e79") if selected else QColor("#d0d5dd"))
        rect = option.rect  # type: ignore[attr-defined]
        painter.drawRoundedRect(rect.adjusted(4, 3, -4, -3), 8, 8)
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        painter.setFont(bold)
        painter.drawText(rect.adjusted(16, 8, -16, -8), Qt.AlignmentFlag.AlignLeft, index.data())
        painter.setFont(option.font)  # type: ignore[attr-defined]
        summary = "Krótkie streszczenie scenariusza w dwóch liniach tekstu. " * 2
        painter.drawText(rect.adjusted(16, 30, -16, -8), Qt.AlignmentFlag.AlignLeft, summary)
        painter.restore()


def main() -> None:
    app = QApplication(sys.argv)
    app.setStyleSheet(STYLE)
    window = QMainWindow()
    view = window.menuBar().addMenu("&Widok")
    view.addAction(QAction("Większy tekst", window, shortcut=QKeySequence.StandardKey.ZoomIn))
    window.menuBar().addMenu("&Język")
    window.menuBar().addMenu("&Profil")
    stack = QStackedWidget()
    window.setCentralWidget(stack)
    page = QWidget()
    stack.addWidget(page)
    outer = QVBoxLayout(page)
    top = QHBoxLayout()
    top.addWidget(QLabel("Biblioteka scenariuszy"))
    top.addStretch(1)
    top.addWidget(QLabel("Anna"))
    outer.addLayout(top)
    filters = QHBoxLayout()
    search = QLineEdit()
    search.setPlaceholderText("Szukaj…")
    tags = QComboBox()
    tags.addItems(["Wszystkie tematy", "#synagoga", "#romowie"])
    filters.addWidget(search, 3)
    filters.addWidget(tags, 1)
    outer.addLayout(filters)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    cards = QListView()
    model = Cards(cards)
    cards.setModel(model)
    cards.setItemDelegate(CardDelegate(cards))
    splitter.addWidget(cards)
    details = QFrame()
    details.setObjectName("card")
    column = QVBoxLayout(details)
    column.addWidget(QLabel("Tytuł"))
    text = QTextBrowser()
    text.setHtml("<p>Streszczenie <b>scenariusza</b>.</p>")
    column.addWidget(text, 1)
    modes = QHBoxLayout()
    modes.addWidget(QRadioButton("Ćwiczenie"))
    modes.addWidget(QRadioButton("Sprawdzian"))
    modes.addWidget(QComboBox())
    column.addLayout(modes)
    buttons = QHBoxLayout()
    buttons.addWidget(QPushButton("Moja historia"))
    buttons.addStretch(1)
    buttons.addWidget(QPushButton("Rozpocznij"))
    column.addLayout(buttons)
    splitter.addWidget(details)
    outer.addWidget(splitter, 1)
    cards.setCurrentIndex(model.index(0, 0))
    window.installEventFilter(FirstPaint(window))
    window.resize(1366, 768)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
