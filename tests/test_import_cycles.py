"""No import circle among the trainer's modules.

A circle makes the import order matter (a module half-initialised when the other one
reads it) and ties layers together that the contracts in pyproject.toml keep apart:
the window and its pages reached the entry module through the PDF reports, and the
card cache and the library imported each other. Every import statement counts here,
wherever it stands: at the top, inside a function, or under ``TYPE_CHECKING``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from pathlib import Path

import trainer

PACKAGE_ROOT = Path(trainer.__file__).resolve().parent


def module_names(package_root: Path) -> dict[str, Path]:
    """Every module of the package under ``package_root``, by dotted name."""
    base = package_root.parent
    modules = {}
    for path in sorted(package_root.rglob("*.py")):
        parts = list(path.relative_to(base).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        modules[".".join(parts)] = path
    return modules


def _target(name: str, modules: Iterable[str]) -> str | None:
    """The module ``name`` denotes (itself or the nearest package or module above it)."""
    known = set(modules)
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def import_graph(package_root: Path) -> dict[str, set[str]]:
    """For every module, the modules of the same package it imports anywhere in its code."""
    modules = module_names(package_root)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        is_package = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            imported: list[str] = []
            if isinstance(node, ast.Import):
                imported = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                origin = node.module or ""
                if node.level:
                    anchor = name if is_package else name.rpartition(".")[0]
                    for _ in range(node.level - 1):
                        anchor = anchor.rpartition(".")[0]
                    origin = f"{anchor}.{origin}" if origin else anchor
                # ``from a import b`` imports the module a.b if there is one, else a.
                imported = [f"{origin}.{alias.name}" for alias in node.names]
            for dotted in imported:
                target = _target(dotted, modules)
                if target is not None and target != name:
                    graph[name].add(target)
    return graph


def circles(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The import circles: every strongly connected set of two or more modules, sorted."""
    order: dict[str, int] = {}
    lowest: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's algorithm; the package is ~100 modules deep at most
        order[module] = lowest[module] = len(order)
        stack.append(module)
        on_stack.add(module)
        for imported in sorted(graph.get(module, ())):
            if imported not in order:
                visit(imported)
                lowest[module] = min(lowest[module], lowest[imported])
            elif imported in on_stack:
                lowest[module] = min(lowest[module], order[imported])
        if lowest[module] == order[module]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == module:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for module in sorted(graph):
        if module not in order:
            visit(module)
    return sorted(found)


def test_no_import_circle_among_the_trainers_modules() -> None:
    graph = import_graph(PACKAGE_ROOT)
    assert len(graph) > 100, "the package was not found"
    assert circles(graph) == []


def test_the_modules_that_once_formed_circles_import_as_they_should() -> None:
    graph = import_graph(PACKAGE_ROOT)
    # The graph sees imports inside functions: the window imports the PDF reports there.
    assert "trainer.gui.reports.attempt_pdf" in graph["trainer.gui.window"]
    below_the_window = [
        name
        for name in graph
        if name.startswith(
            ("trainer.gui.history.", "trainer.gui.overview.", "trainer.gui.reports.")
        )
    ]
    assert len(below_the_window) > 5
    for name in below_the_window:
        assert not graph[name] & {"trainer.gui.window", "trainer.gui.main"}, name
    assert "trainer.services.card_cache" in graph["trainer.services.library"]
    assert "trainer.services.library" not in graph["trainer.services.card_cache"]


def test_a_circle_through_a_function_or_type_checking_import_is_found(tmp_path: Path) -> None:
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "sub" / "__init__.py").write_text("")
    (package / "a.py").write_text("from pkg.sub import b\n")
    (package / "sub" / "b.py").write_text("def late():\n    from pkg import c\n")
    (package / "c.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import thing\n"
    )
    (package / "d.py").write_text("import pkg.a\nfrom . import e\n")
    (package / "e.py").write_text("from pkg.sub.b import late\n")

    graph = import_graph(package)

    assert graph["pkg.a"] == {"pkg.sub.b"}
    assert graph["pkg.sub.b"] == {"pkg.c"}
    assert graph["pkg.c"] == {"pkg.a"}
    assert graph["pkg.d"] == {"pkg.a", "pkg.e"}
    assert circles(graph) == [["pkg.a", "pkg.c", "pkg.sub.b"]]
