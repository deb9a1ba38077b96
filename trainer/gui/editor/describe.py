"""Human names for edits and places, for the undo history ("Text of choice 2 in node arrive (pl)").

The commands' own ``text`` ("Set nodes.arrive.choices.1.text.pl") is for logs; an
instructor reads this instead, in the UI language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from trainer.authoring.document import DocPath


def _owner_forms(kind: str) -> tuple[str, str, str]:
    """(the thing, "of" the thing, "in" the thing); ``%1`` stands for its id or number."""
    forms: dict[str, Callable[[], tuple[str, str, str]]] = {
        "node": lambda: (
            QCoreApplication.translate("EditorHistory", "node %1"),
            QCoreApplication.translate("EditorHistory", "of node %1"),
            QCoreApplication.translate("EditorHistory", "in node %1"),
        ),
        "choice": lambda: (
            QCoreApplication.translate("EditorHistory", "choice %1"),
            QCoreApplication.translate("EditorHistory", "of choice %1"),
            QCoreApplication.translate("EditorHistory", "in choice %1"),
        ),
        "item": lambda: (
            QCoreApplication.translate("EditorHistory", "item %1"),
            QCoreApplication.translate("EditorHistory", "of item %1"),
            QCoreApplication.translate("EditorHistory", "in item %1"),
        ),
        "route": lambda: (
            QCoreApplication.translate("EditorHistory", "route %1"),
            QCoreApplication.translate("EditorHistory", "of route %1"),
            QCoreApplication.translate("EditorHistory", "in route %1"),
        ),
        "timeout": lambda: (
            QCoreApplication.translate("EditorHistory", "the time-out choice"),
            QCoreApplication.translate("EditorHistory", "of the time-out choice"),
            QCoreApplication.translate("EditorHistory", "in the time-out choice"),
        ),
        "variable": lambda: (
            QCoreApplication.translate("EditorHistory", "variable %1"),
            QCoreApplication.translate("EditorHistory", "of variable %1"),
            QCoreApplication.translate("EditorHistory", "in variable %1"),
        ),
        "card": lambda: (
            QCoreApplication.translate("EditorHistory", "card %1"),
            QCoreApplication.translate("EditorHistory", "of card %1"),
            QCoreApplication.translate("EditorHistory", "in card %1"),
        ),
        "competency": lambda: (
            QCoreApplication.translate("EditorHistory", "competency %1"),
            QCoreApplication.translate("EditorHistory", "of competency %1"),
            QCoreApplication.translate("EditorHistory", "in competency %1"),
        ),
    }
    return forms[kind]()


def _field_label(name: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "text": lambda: QCoreApplication.translate("EditorHistory", "Text"),
        "title": lambda: QCoreApplication.translate("EditorHistory", "Title"),
        "summary": lambda: QCoreApplication.translate("EditorHistory", "Summary"),
        "feedback": lambda: QCoreApplication.translate("EditorHistory", "Feedback"),
        "debrief": lambda: QCoreApplication.translate("EditorHistory", "Debrief"),
        "rating": lambda: QCoreApplication.translate("EditorHistory", "Rating"),
        "score": lambda: QCoreApplication.translate("EditorHistory", "Points"),
        "effects": lambda: QCoreApplication.translate("EditorHistory", "Effects"),
        "if": lambda: QCoreApplication.translate("EditorHistory", "Condition"),
        "next": lambda: QCoreApplication.translate("EditorHistory", "Next step"),
        "to": lambda: QCoreApplication.translate("EditorHistory", "Target"),
        "label": lambda: QCoreApplication.translate("EditorHistory", "Label"),
        "description": lambda: QCoreApplication.translate("EditorHistory", "Description"),
        "initial": lambda: QCoreApplication.translate("EditorHistory", "Initial value"),
        "min": lambda: QCoreApplication.translate("EditorHistory", "Minimum"),
        "max": lambda: QCoreApplication.translate("EditorHistory", "Maximum"),
        "prompt": lambda: QCoreApplication.translate("EditorHistory", "Prompt"),
        "model": lambda: QCoreApplication.translate("EditorHistory", "Model answer"),
        "min_words": lambda: QCoreApplication.translate("EditorHistory", "Minimum words"),
        "competency": lambda: QCoreApplication.translate("EditorHistory", "Competency"),
        "outcome": lambda: QCoreApplication.translate("EditorHistory", "Outcome"),
        "image": lambda: QCoreApplication.translate("EditorHistory", "Image"),
        "image_alt": lambda: QCoreApplication.translate("EditorHistory", "Image description"),
        "stage": lambda: QCoreApplication.translate("EditorHistory", "Stage"),
        "time_limit": lambda: QCoreApplication.translate("EditorHistory", "Time limit"),
        "order": lambda: QCoreApplication.translate("EditorHistory", "Order"),
        "correct": lambda: QCoreApplication.translate("EditorHistory", "Correct"),
        "id": lambda: QCoreApplication.translate("EditorHistory", "Id"),
        "type": lambda: QCoreApplication.translate("EditorHistory", "Type"),
        "tags": lambda: QCoreApplication.translate("EditorHistory", "Tags"),
        "minutes": lambda: QCoreApplication.translate("EditorHistory", "Minutes"),
        "modes": lambda: QCoreApplication.translate("EditorHistory", "Modes"),
        "languages": lambda: QCoreApplication.translate("EditorHistory", "Languages"),
        "start": lambda: QCoreApplication.translate("EditorHistory", "Start node"),
        "version": lambda: QCoreApplication.translate("EditorHistory", "Version"),
        "format": lambda: QCoreApplication.translate("EditorHistory", "Format"),
        "cards": lambda: QCoreApplication.translate("EditorHistory", "Cards"),
        "choices": lambda: QCoreApplication.translate("EditorHistory", "Choices"),
        "items": lambda: QCoreApplication.translate("EditorHistory", "Items"),
        "nodes": lambda: QCoreApplication.translate("EditorHistory", "Nodes"),
        "variables": lambda: QCoreApplication.translate("EditorHistory", "Variables"),
        "competencies": lambda: QCoreApplication.translate("EditorHistory", "Competencies"),
    }
    label = labels.get(name)
    return label() if label is not None else name


# Fields whose value may be a list of text alternatives (format 1.1), and fields that
# hold a Text (a map language → text).
_TEXT_FIELDS = frozenset(
    {"text", "title", "summary", "feedback", "debrief", "label", "description", "prompt"}
)
_TEXT_FIELDS |= {"model", "image_alt"}
_TOP_OWNERS = {"variables": "variable", "cards": "card", "competencies": "competency"}


def _is_language(step: str | int) -> bool:
    return isinstance(step, str) and 2 <= len(step) <= 3 and step.isalpha() and step.islower()


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class _Place:
    """A path read as owners (outermost first), a field and its qualifiers."""

    def __init__(self, path: DocPath) -> None:
        steps = list(path)
        self.owners: list[tuple[str, str]] = []
        self.field: str | None = None
        self.qualifiers: list[str] = []
        self.language: str | None = None
        index = 0
        while index < len(steps):
            step = steps[index]
            following = steps[index + 1] if index + 1 < len(steps) else None
            if index == 0 and step == "nodes" and following is not None:
                self.owners.append(("node", str(following)))
                index += 2
            elif index == 0 and isinstance(step, str) and step in _TOP_OWNERS and following:
                self.owners.append((_TOP_OWNERS[step], str(following)))
                index += 2
            elif step in ("choices", "items") and isinstance(following, int):
                self.owners.append(("choice" if step == "choices" else "item", str(following + 1)))
                index += 2
            elif step == "next" and isinstance(following, int):
                self.owners.append(("route", str(following + 1)))
                index += 2
            elif step == "on_timeout":
                self.owners.append(("timeout", ""))
                index += 1
            elif isinstance(step, int):
                self._qualify_index(step)
                index += 1
            elif self.field in _TEXT_FIELDS and _is_language(step):
                self.language = step
                index += 1
            elif self.field in ("score", "effects"):
                self.qualifiers.append(step)
                index += 1
            else:
                self.field = str(step)
                self.qualifiers = []
                index += 1

    def _qualify_index(self, index: int) -> None:
        if self.field in _TEXT_FIELDS:
            self.qualifiers.append(
                QCoreApplication.translate("EditorHistory", "alternative %1").replace(
                    "%1", str(index + 1)
                )
            )
        else:
            self.qualifiers.append(
                QCoreApplication.translate("EditorHistory", "entry %1").replace(
                    "%1", str(index + 1)
                )
            )

    def _chain(self, owners: list[tuple[str, str]]) -> str:
        """The owners from the innermost out: "of choice 2 in node arrive"."""
        parts = []
        for position, (kind, name) in enumerate(reversed(owners)):
            forms = _owner_forms(kind)
            parts.append(forms[1 if position == 0 else 2].replace("%1", name))
        return " ".join(parts)

    def phrase(self) -> str:
        """The place as a phrase that may begin a sentence."""
        language = f" ({self.language})" if self.language else ""
        if self.field is None:
            if not self.owners:
                return QCoreApplication.translate("EditorHistory", "Scenario")
            kind, name = self.owners[-1]
            thing = _owner_forms(kind)[0].replace("%1", name)
            rest = [_owner_forms(k)[2].replace("%1", n) for k, n in reversed(self.owners[:-1])]
            return _capital(" ".join([thing, *rest])) + language
        label = _field_label(self.field)
        if self.qualifiers:
            label += " (" + ", ".join(self.qualifiers) + ")"
        if not self.owners:
            return label + language
        return f"{label} {self._chain(self.owners)}{language}"

    def thing(self) -> str:
        """The place as the object of a verb (lower case): "choice 3 in node arrive"."""
        phrase = self.phrase()
        return phrase[:1].lower() + phrase[1:]


def describe_place(path: DocPath) -> str:
    """A place for people: ``("nodes", "arrive", "choices", 1, "text", "pl")`` →
    "Text of choice 2 in node arrive (pl)"."""
    return _Place(path).phrase()


def describe_command(command: object) -> str:
    """The history text of a document command, in the UI language.

    Unknown commands (added later) keep their own text.
    """
    name = type(command).__name__
    path = getattr(command, "path", None)
    if name == "SetValue" and path is not None:
        return describe_place(path)
    if name == "InsertItem" and path is not None:
        place = _Place((*path, command.index))  # type: ignore[attr-defined]
        return QCoreApplication.translate("EditorHistory", "Add %1").replace("%1", place.thing())
    if name == "RemoveItem" and path is not None:
        place = _Place((*path, command.index))  # type: ignore[attr-defined]
        return QCoreApplication.translate("EditorHistory", "Remove %1").replace("%1", place.thing())
    if name == "MoveItem" and path is not None:
        place = _Place((*path, command.old))  # type: ignore[attr-defined]
        return (
            QCoreApplication.translate("EditorHistory", "Move %1 to position %2")
            .replace("%1", place.thing())
            .replace("%2", str(command.new + 1))  # type: ignore[attr-defined]
        )
    if name == "InsertKey" and path is not None:
        place = _Place((*path, command.key))  # type: ignore[attr-defined]
        return QCoreApplication.translate("EditorHistory", "Add %1").replace("%1", place.thing())
    if name == "RemoveKey" and path is not None:
        return QCoreApplication.translate("EditorHistory", "Remove %1").replace(
            "%1", _Place(path).thing()
        )
    if name == "MoveKey" and path is not None:
        place = _Place((*path, command.key))  # type: ignore[attr-defined]
        return (
            QCoreApplication.translate("EditorHistory", "Move %1 to position %2")
            .replace("%1", place.thing())
            .replace("%2", str(command.new + 1))  # type: ignore[attr-defined]
        )
    if name == "InsertNode":
        return QCoreApplication.translate("EditorHistory", "Add node %1").replace(
            "%1", str(getattr(command, "node_id", ""))
        )
    if name == "DeleteNode":
        return QCoreApplication.translate("EditorHistory", "Delete node %1").replace(
            "%1", str(getattr(command, "node_id", ""))
        )
    renames = {
        "RenameNode": lambda: QCoreApplication.translate("EditorHistory", "Rename node %1 to %2"),
        "RenameVariable": lambda: QCoreApplication.translate(
            "EditorHistory", "Rename variable %1 to %2"
        ),
        "RenameCard": lambda: QCoreApplication.translate("EditorHistory", "Rename card %1 to %2"),
        "RenameCompetency": lambda: QCoreApplication.translate(
            "EditorHistory", "Rename competency %1 to %2"
        ),
    }
    if name == "RenameChoice":
        return (
            QCoreApplication.translate("EditorHistory", "Rename choice %1 in node %2 to %3")
            .replace("%1", str(getattr(command, "index", 0) + 1))
            .replace("%2", str(getattr(command, "node_id", "")))
            .replace("%3", str(getattr(command, "new", "")))
        )
    if name in renames and hasattr(command, "old") and hasattr(command, "new"):
        old, new = command.old, command.new
        return renames[name]().replace("%1", str(old)).replace("%2", str(new))
    return str(getattr(command, "text", name))
