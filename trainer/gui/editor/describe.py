"""Human names for edits and places, for the undo history ("Text of choice 2 in node arrive (pl)").

The commands' own ``text`` ("Set nodes.arrive.choices.1.text.pl") is for logs; an
instructor reads this instead, in the UI language.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from trainer.authoring.document import DocPath

_CONTEXT = "EditorHistory"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _owner_forms(kind: str) -> tuple[str, str, str]:
    """(the thing, "of" the thing, "in" the thing); ``%1`` stands for its id or number."""
    forms: dict[str, Callable[[], tuple[str, str, str]]] = {
        "node": lambda: (_tr("node %1"), _tr("of node %1"), _tr("in node %1")),
        "choice": lambda: (_tr("choice %1"), _tr("of choice %1"), _tr("in choice %1")),
        "item": lambda: (_tr("item %1"), _tr("of item %1"), _tr("in item %1")),
        "route": lambda: (_tr("route %1"), _tr("of route %1"), _tr("in route %1")),
        "timeout": lambda: (
            _tr("the time-out choice"),
            _tr("of the time-out choice"),
            _tr("in the time-out choice"),
        ),
        "variable": lambda: (_tr("variable %1"), _tr("of variable %1"), _tr("in variable %1")),
        "card": lambda: (_tr("card %1"), _tr("of card %1"), _tr("in card %1")),
        "competency": lambda: (
            _tr("competency %1"),
            _tr("of competency %1"),
            _tr("in competency %1"),
        ),
    }
    return forms[kind]()


def _field_label(name: str) -> str:
    labels: dict[str, Callable[[], str]] = {
        "text": lambda: _tr("Text"),
        "title": lambda: _tr("Title"),
        "summary": lambda: _tr("Summary"),
        "feedback": lambda: _tr("Feedback"),
        "debrief": lambda: _tr("Debrief"),
        "rating": lambda: _tr("Rating"),
        "score": lambda: _tr("Points"),
        "effects": lambda: _tr("Effects"),
        "if": lambda: _tr("Condition"),
        "next": lambda: _tr("Next step"),
        "to": lambda: _tr("Target"),
        "label": lambda: _tr("Label"),
        "description": lambda: _tr("Description"),
        "initial": lambda: _tr("Initial value"),
        "min": lambda: _tr("Minimum"),
        "max": lambda: _tr("Maximum"),
        "prompt": lambda: _tr("Prompt"),
        "model": lambda: _tr("Model answer"),
        "min_words": lambda: _tr("Minimum words"),
        "competency": lambda: _tr("Competency"),
        "outcome": lambda: _tr("Outcome"),
        "image": lambda: _tr("Image"),
        "image_alt": lambda: _tr("Image description"),
        "stage": lambda: _tr("Stage"),
        "time_limit": lambda: _tr("Time limit"),
        "order": lambda: _tr("Order"),
        "correct": lambda: _tr("Correct"),
        "id": lambda: _tr("Id"),
        "type": lambda: _tr("Type"),
        "tags": lambda: _tr("Tags"),
        "minutes": lambda: _tr("Minutes"),
        "modes": lambda: _tr("Modes"),
        "languages": lambda: _tr("Languages"),
        "start": lambda: _tr("Start node"),
        "version": lambda: _tr("Version"),
        "format": lambda: _tr("Format"),
        "cards": lambda: _tr("Cards"),
        "choices": lambda: _tr("Choices"),
        "items": lambda: _tr("Items"),
        "nodes": lambda: _tr("Nodes"),
        "variables": lambda: _tr("Variables"),
        "competencies": lambda: _tr("Competencies"),
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
            self.qualifiers.append(_tr("alternative %1").replace("%1", str(index + 1)))
        else:
            self.qualifiers.append(_tr("entry %1").replace("%1", str(index + 1)))

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
                return _tr("Scenario")
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
        return _tr("Add %1").replace("%1", place.thing())
    if name == "RemoveItem" and path is not None:
        place = _Place((*path, command.index))  # type: ignore[attr-defined]
        return _tr("Remove %1").replace("%1", place.thing())
    if name == "MoveItem" and path is not None:
        place = _Place((*path, command.old))  # type: ignore[attr-defined]
        return (
            _tr("Move %1 to position %2")
            .replace("%1", place.thing())
            .replace("%2", str(command.new + 1))  # type: ignore[attr-defined]
        )
    if name == "InsertNode":
        return _tr("Add node %1").replace("%1", command.node_id)  # type: ignore[attr-defined]
    if name == "DeleteNode":
        return _tr("Delete node %1").replace("%1", command.node_id)  # type: ignore[attr-defined]
    renames = {
        "RenameNode": lambda: _tr("Rename node %1 to %2"),
        "RenameVariable": lambda: _tr("Rename variable %1 to %2"),
        "RenameCard": lambda: _tr("Rename card %1 to %2"),
        "RenameCompetency": lambda: _tr("Rename competency %1 to %2"),
    }
    if name in renames and hasattr(command, "old") and hasattr(command, "new"):
        old, new = command.old, command.new
        return renames[name]().replace("%1", str(old)).replace("%2", str(new))
    return str(getattr(command, "text", name))
