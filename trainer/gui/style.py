"""Look and feel: one calm palette and readable sizes (cheap to import: no domain)."""

from __future__ import annotations

ACCENT = "#1f4e79"
ACCENT_LIGHT = "#dce8f5"

_RULES = f"""
QMainWindow, QWidget#page {{ background: #f6f7f9; }}
QLabel#muted {{ color: #475467; }}
QLabel#notice {{ background: #fef0c7; color: #7a2e0e; border: 1px solid #f5c26b;
    border-radius: 8px; padding: 8px 12px; }}
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
