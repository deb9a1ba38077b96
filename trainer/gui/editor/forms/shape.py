"""What a form is built from: when it changes, the form is built again.

Values typed into fields do not change a form's shape (the fields follow them); an
entry added, removed or moved, a key that appears or goes, a Text turned into
alternatives, or a new language, node, variable… do.
"""

from __future__ import annotations

from typing import Any

from trainer.authoring.document import DocPath, ScenarioDocument

_REGISTRIES = ("competencies", "variables", "cards", "nodes")


def _shape(value: Any) -> Any:
    if isinstance(value, dict):
        return tuple((str(key), _shape(item)) for key, item in value.items())
    if isinstance(value, list):
        return ("[", *(_shape(item) for item in value))
    return type(value).__name__


def form_shape(doc: ScenarioDocument, root: DocPath) -> Any:
    """The shape of the form at ``root`` and of the names its fields offer."""
    names = tuple(
        tuple(map(str, doc.get((name,)))) if doc.has((name,)) else () for name in _REGISTRIES
    )
    languages = tuple(map(str, doc.get(("languages",)))) if doc.has(("languages",)) else ()
    own: Any
    if root == ("nodes",):
        own = None  # the list of nodes follows the names above, row by row
    elif not root:
        own = tuple(
            (str(key), _shape(value)) for key, value in doc.root.items() if key not in _REGISTRIES
        )
    else:
        own = _shape(doc.get(root)) if doc.has(root) else None
    if root[:1] == ("nodes",):
        # A node form lists the cards by title.
        own = (own, _shape(doc.get(("cards",))) if doc.has(("cards",)) else None)
    return (languages, names, own)


def form_root(path: DocPath) -> DocPath:
    """The form a path lies in: metadata ``()``, a registry, or one node."""
    if not path or path[0] == "scenario":
        return ()
    if path[0] in ("competencies", "variables", "cards"):
        return (path[0],)
    if path[0] == "nodes":
        return ("nodes", path[1]) if len(path) >= 2 else ("nodes",)
    return ()
