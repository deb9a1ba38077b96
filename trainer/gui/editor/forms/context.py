"""What every field of a form shares: the session, the document's names, and the fields."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from trainer.authoring.commands import Command, SetValue
from trainer.authoring.document import DocPath
from trainer.gui.editor.session import EditorSession


def node_kind(doc: Any, node_id: str) -> str:
    """A node's type without reading the node into the editable tree (a large file reads
    each node when first used: listing 2,000 nodes must not read them all)."""
    try:  # not doc.has(): it reads the node
        value = doc.peek(("nodes", node_id, "type"))
    except (KeyError, IndexError, TypeError):
        return ""
    return str(value or "")


class FieldLike(Protocol):
    """What the context needs of a field (see :class:`~trainer.gui.editor.forms.base.Field`)."""

    path: DocPath

    def refresh(self) -> None: ...

    def set_editable(self, editable: bool) -> None: ...


class FormContext:
    """The session seen from a form: reading names, pushing edits, knowing its fields.

    A push that the document refuses (read-only, an id already taken) returns the
    reason instead of raising, so the field can show it under itself.
    """

    def __init__(self, session: EditorSession) -> None:
        self.session = session
        self.fields: list[Any] = []  # the Field widgets of the form, in order
        # Names read once per document revision: every combo box of a form asks for them.
        self._keys: dict[str, tuple[int, list[str]]] = {}

    @property
    def doc(self) -> Any:
        return self.session.doc

    @property
    def editable(self) -> bool:
        return not self.session.read_only

    def register(self, field: FieldLike) -> None:
        self.fields.append(field)

    # --- reading ---------------------------------------------------------------------

    def get(self, path: DocPath, default: Any = None) -> Any:
        return self.doc.get(path) if self.doc.has(path) else default

    def languages(self) -> list[str]:
        languages = self.get(("languages",))
        if isinstance(languages, list) and languages:
            return [str(code) for code in languages]
        return ["pl"]

    def keys(self, name: str) -> list[str]:
        """The ids of the top-level map ``name`` (competencies, variables, cards, nodes)."""
        revision = self.doc.revision
        cached = self._keys.get(name)
        if cached is not None and cached[0] == revision:
            return cached[1]
        mapping = self.get((name,))
        keys = [str(key) for key in mapping] if isinstance(mapping, dict) else []
        self._keys[name] = (revision, keys)
        return keys

    def choice_ids(self, node_id: str) -> list[str]:
        """The choice ids of a decision (with ``timeout`` when timed), read by peeking."""
        try:
            body = self.doc.peek(("nodes", node_id))
        except (KeyError, IndexError, TypeError):
            return []
        if not isinstance(body, dict):
            return []
        choices = body.get("choices")
        ids = [str(c.get("id")) for c in choices or [] if isinstance(c, dict)]
        if "on_timeout" in body:
            ids.append("timeout")
        return ids

    def first_ending(self) -> str:
        """Where a new choice, route or node first leads: an ending (else the first node)."""
        for node_id in self.keys("nodes"):
            if node_kind(self.doc, node_id) == "ending":
                return node_id
        return next(iter(self.keys("nodes")), "")

    def folder(self) -> Path | None:
        path = self.doc.path
        return Path(path).parent if path is not None else None

    # --- editing ---------------------------------------------------------------------

    def push(self, command: Any, *, needs_11: bool = False) -> str | None:
        """Do ``command``; the reason it was refused, or None when it was done.

        ``command`` is any object with the :class:`Command` protocol's do/undo/merge and
        text (typed loosely: the commands give ``text`` as a read-only property).
        ``needs_11``: the edit uses a format-1.1 field, so a ``format: 1`` file becomes
        ``format: 1.1`` in the same undo step (else the file would not read).
        """
        if needs_11 and self.get(("format",)) == 1:
            text = QCoreApplication.translate("EditorForms", "An edit that needs format 1.1")
            with self.macro(text):
                problem = self._push(SetValue(("format",), 1.1))
                return problem or self._push(command)
        return self._push(command)

    def _push(self, command: Any) -> str | None:
        cmd: Command = command
        try:
            self.session.push(cmd)
        except PermissionError:
            return "read-only"
        except (ValueError, KeyError, IndexError) as exc:
            return str(exc)
        return None

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Group the pushes inside into one undo step."""
        stack = self.session.undo_stack
        stack.beginMacro(text)
        try:
            yield
        finally:
            stack.endMacro()
