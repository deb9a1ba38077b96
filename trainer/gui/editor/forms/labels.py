"""The words for the format's fixed values (ratings, outcomes, stages, node types)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def ratings() -> list[tuple[str, str]]:
    return [
        ("best", QCoreApplication.translate("EditorForms", "Best")),
        ("good", QCoreApplication.translate("EditorForms", "Good")),
        ("poor", QCoreApplication.translate("EditorForms", "Poor")),
        ("harmful", QCoreApplication.translate("EditorForms", "Harmful")),
    ]


def outcomes() -> list[tuple[str, str]]:
    return [
        ("success", QCoreApplication.translate("EditorForms", "Success")),
        ("partial", QCoreApplication.translate("EditorForms", "Partial")),
        ("failure", QCoreApplication.translate("EditorForms", "Failure")),
    ]


def stages() -> list[tuple[str, str]]:
    return [
        ("information", QCoreApplication.translate("EditorForms", "Information")),
        ("assessment", QCoreApplication.translate("EditorForms", "Assessment")),
        ("powers", QCoreApplication.translate("EditorForms", "Powers and policy")),
        ("options", QCoreApplication.translate("EditorForms", "Options")),
        ("action", QCoreApplication.translate("EditorForms", "Action and review")),
    ]


def orders() -> list[tuple[str, str]]:
    return [
        ("shuffled", QCoreApplication.translate("EditorForms", "Shuffled")),
        ("fixed", QCoreApplication.translate("EditorForms", "Fixed (file order)")),
    ]


def node_type(kind: str) -> str:
    names = {
        "scene": QCoreApplication.translate("EditorForms", "Scene"),
        "decision": QCoreApplication.translate("EditorForms", "Decision"),
        "checklist": QCoreApplication.translate("EditorForms", "Checklist"),
        "report": QCoreApplication.translate("EditorForms", "Report"),
        "ending": QCoreApplication.translate("EditorForms", "Ending"),
    }
    return names.get(kind, kind)
