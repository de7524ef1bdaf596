"""The shape of the code, checked: no import circles, no import by name string, a Qt-free core, one Alembic line.

These are the layout's promises (docs/architecture.md). Each check parses the source or imports the package in
a fresh interpreter, so a regression fails here with the module names, not later in a frozen bundle.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from alembic.script import ScriptDirectory

from kiosk.db.migrate import MIGRATIONS_DIR

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kiosk"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _sources() -> dict[str, Path]:
    return {
        _module_name(p): p
        for p in PACKAGE.rglob("*.py")
        if "migrations" not in p.relative_to(PACKAGE).parts  # Alembic loads these by path, by design
    }


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, module: str, is_package: bool) -> list[tuple[str, list[str]]]:
    """(imported module, names) for every import that runs: module level and inside functions alike.

    Imports under `if TYPE_CHECKING:` never run, so they cannot close a circle.
    """
    found: list[tuple[str, list[str]]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.extend((alias.name, []) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = module.split(".") if is_package else module.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.append((base, [alias.name for alias in node.names]))
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph() -> dict[str, set[str]]:
    sources = _sources()
    graph: dict[str, set[str]] = {name: set() for name in sources}
    for name, path in sources.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for target, names in _imports(tree, name, path.name == "__init__.py"):
            if not target.startswith("kiosk"):
                continue
            # `from kiosk.services.queue import rules` imports the submodule; `... import QueueService` the package.
            submodules = [f"{target}.{n}" for n in names if f"{target}.{n}" in sources]
            for dest in submodules or [target]:
                if dest in sources and dest != name:
                    graph[name].add(dest)
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
    return cycles


def test_no_import_circle_in_kiosk() -> None:
    cycles = find_cycles(import_graph())
    assert not cycles, "import circles (each line one circle): " + "; ".join(" ↔ ".join(c) for c in cycles)


def test_the_cycle_finder_finds_a_circle() -> None:
    # The check above must be able to fail: a → b → c → a is one circle, d stands alone.
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycles(graph) == [["a", "b", "c"]]
    tree = ast.parse("def f():\n    from kiosk.x import y\nif TYPE_CHECKING:\n    import kiosk.z\n")
    assert _imports(tree, "kiosk.w", False) == [("kiosk.x", ["y"])]


def test_no_module_is_imported_by_a_name_string() -> None:
    # PyInstaller follows import statements only; import_module("kiosk.cli.x") left every command out of the bundle.
    offenders = []
    for name, path in _sources().items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called in {"import_module", "__import__", "find_spec", "load_module"}:
                    offenders.append(f"{name}:{node.lineno}")
    assert not offenders, f"import by name string in: {offenders}"


def test_core_stays_free_of_qt() -> None:
    # A fresh interpreter: this test process itself has PySide6 loaded by the Qt tests.
    code = (
        "import sys\n"
        "import kiosk.app, kiosk.cli\n"
        "kiosk.cli.build_parser()\n"
        "from kiosk.app import Services\n"
        "import kiosk.services.tally.exports, kiosk.services.demo, kiosk.services.sync.service\n"
        "print('PySide6' in sys.modules, sorted(m for m in sys.modules if m.startswith('kiosk.ui')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "False []", out.stdout + out.stderr


def _module_level(tree: ast.Module) -> ast.Module:
    """The statements that run when the module is imported (function and class bodies left out)."""
    body = [node for node in tree.body if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]
    return ast.Module(body=body, type_ignores=[])


def test_core_source_never_imports_qt() -> None:
    # The services, db and the rest never import Qt; the CLI may, but only inside the handlers of the commands
    # that open windows or print through Qt (run, screenshot, print), so every other command starts without it.
    offenders = []
    for name, path in _sources().items():
        if name.startswith("kiosk.ui"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if name.startswith("kiosk.cli"):
            tree = _module_level(tree)
        for target, _ in _imports(tree, name, path.name == "__init__.py"):
            if target.split(".")[0] in {"PySide6", "shiboken6"} or target.startswith("kiosk.ui"):
                offenders.append(f"{name} imports {target}")
    assert not offenders, offenders


def test_alembic_history_is_one_numbered_line() -> None:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    assert len(script.get_heads()) == 1, f"more than one head: {script.get_heads()}"
    revisions = list(reversed(list(script.walk_revisions())))  # base first
    for rev in revisions:
        assert not rev.is_merge_point, f"{rev.revision} merges branches"
        assert not rev.is_branch_point, f"{rev.revision} starts a branch"
    numbers = [rev.revision for rev in revisions]
    assert numbers == [f"{n:04d}" for n in range(1, len(numbers) + 1)], f"revisions out of order: {numbers}"
    for rev in revisions:
        assert Path(rev.path).name.startswith(rev.revision + "_"), f"{rev.path} is not named after {rev.revision}"
