"""Look and feel: one calm palette, readable sizes, ratings shown by word and symbol."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from trainer.domain.model import Outcome, Rating

ACCENT = "#1f4e79"
ACCENT_LIGHT = "#dce8f5"

# Symbol + word + colour: never colour alone.
RATING_STYLE: dict[Rating, tuple[str, str]] = {
    Rating.BEST: ("★", "#1b6e3a"),
    Rating.GOOD: ("✓", "#2e6b9e"),
    Rating.POOR: ("!", "#9a6700"),
    Rating.HARMFUL: ("✖", "#b42318"),
}
OUTCOME_STYLE: dict[Outcome, tuple[str, str]] = {
    Outcome.SUCCESS: ("★", "#1b6e3a"),
    Outcome.PARTIAL: ("◐", "#9a6700"),
    Outcome.FAILURE: ("✖", "#b42318"),
}


def rating_word(rating: Rating) -> str:
    """The rating in the UI language."""
    words = {
        Rating.BEST: QCoreApplication.translate("Rating", "Best choice"),
        Rating.GOOD: QCoreApplication.translate("Rating", "Good choice"),
        Rating.POOR: QCoreApplication.translate("Rating", "Poor choice"),
        Rating.HARMFUL: QCoreApplication.translate("Rating", "Harmful choice"),
    }
    return words[rating]


def outcome_word(outcome: Outcome) -> str:
    """The outcome in the UI language."""
    words = {
        Outcome.SUCCESS: QCoreApplication.translate("Outcome", "Success"),
        Outcome.PARTIAL: QCoreApplication.translate("Outcome", "Partial success"),
        Outcome.FAILURE: QCoreApplication.translate("Outcome", "Failure"),
    }
    return words[outcome]


def stage_word(stage: str | None) -> str:
    """A decision-model stage in the UI language."""
    words = {
        "information": QCoreApplication.translate("Stage", "Information"),
        "assessment": QCoreApplication.translate("Stage", "Assessment"),
        "powers": QCoreApplication.translate("Stage", "Powers and policy"),
        "options": QCoreApplication.translate("Stage", "Options"),
        "action": QCoreApplication.translate("Stage", "Action and review"),
    }
    return words.get(stage or "", QCoreApplication.translate("Stage", "Other"))


_RULES = f"""
QMainWindow, QWidget#page {{ background: #f6f7f9; }}
QLabel#muted {{ color: #475467; }}
QLabel#badge {{ background: {ACCENT_LIGHT}; color: {ACCENT}; border-radius: 8px;
    padding: 2px 8px; }}
QFrame#card {{ background: white; border: 1px solid #d0d5dd; border-radius: 10px; }}
QPushButton {{ padding: 6px 14px; border-radius: 6px; border: 1px solid #98a2b3;
    background: white; }}
QPushButton:hover {{ background: {ACCENT_LIGHT}; }}
QPushButton:focus {{ border: 2px solid {ACCENT}; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border: 1px solid {ACCENT};
    font-weight: 600; }}
QPushButton#primary:hover {{ background: #2a6399; }}
QPushButton#choice {{ text-align: left; padding: 10px 14px; border: 1px solid #b7c3d0;
    background: white; }}
QPushButton#choice:focus {{ border: 2px solid {ACCENT}; background: {ACCENT_LIGHT}; }}
QTextBrowser {{ background: white; border: 1px solid #d0d5dd; border-radius: 8px;
    padding: 8px; }}
QProgressBar {{ border: 1px solid #98a2b3; border-radius: 5px; background: white;
    text-align: center; min-height: 18px; }}
QProgressBar {{ color: #101828; }}
QProgressBar::chunk {{ background: #9dbfe3; border-radius: 4px; }}
QProgressBar#countdown::chunk {{ background: #e8a33d; }}
QPushButton#primary:disabled {{ background: #d0d5dd; border-color: #d0d5dd; color: #667085; }}
QPushButton#choice:disabled {{ color: #344054; background: #f2f4f7; border-color: #d0d5dd; }}
QPushButton#choice:disabled QLabel {{ color: #475467; }}
QPushButton#choice[chosen="true"] QLabel {{ color: #101828; }}
QPushButton#choice[chosen="true"] {{ background: {ACCENT_LIGHT}; border: 2px solid {ACCENT}; }}
QCheckBox::indicator {{ width: 22px; height: 22px; }}
QDialog {{ background: #f6f7f9; }}
QListView, QTreeWidget {{ background: white; border: 1px solid #d0d5dd; border-radius: 8px; }}
QListView::item:selected {{ background: {ACCENT_LIGHT}; color: #101828; }}
"""

# Heading levels: object name → size relative to the base text size.
HEADING_SCALES = {"h1": 1.6, "h2": 1.35, "h3": 1.2}


def stylesheet(point_size: int) -> str:
    """The application style sheet for a base text size.

    Text size lives in the style sheet because Qt does not propagate
    ``QApplication.setFont`` to widgets once a style sheet is set.
    """
    sizes = f"QWidget {{ font-size: {point_size}pt; }}\n"
    for name, scale in HEADING_SCALES.items():
        sizes += (
            f"QLabel#{name} {{ font-size: {point_size * scale:.1f}pt; font-weight: 700; "
            "color: #1d2939; }\n"
        )
    return sizes + _RULES


STYLESHEET = stylesheet(11)
