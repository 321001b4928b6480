"""Story: the house keeps its shape. Each layer imports only the layers below it, no
module imports itself back in a circle, the faces change the register only through the
services, and no module grows past what a newcomer can hold.

    domain <- store <- intake, letters <- services <- ui, cli
    (app.languages sits below them all; never ui <-> cli; never store -> letters)
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "app"

#: What each layer may import from the app (itself included).
ALLOWED: dict[str, set[str]] = {
    "languages": set(),
    "domain": {"domain", "languages"},
    "store": {"store", "domain", "languages"},
    "intake": {"intake", "domain", "languages"},
    "letters": {"letters", "store", "domain", "languages"},
    "services": {"services", "intake", "letters", "store", "domain", "languages"},
    "ui": {"ui", "services", "letters", "store", "domain", "languages"},
    "cli": {"cli", "services", "letters", "store", "domain", "languages"},
    # The package's own entry points: the window's start and the bundle's self-test.
    "__main__": {"ui", "services", "store", "domain", "languages"},
    "selftest": {"services", "letters", "intake", "store", "domain", "languages"},
    "__init__": set(),
}
#: The register's commands: a face (window, CLI) calls a service, never one of these.
STORE_WRITES = {"add_request", "record_identity", "record_action", "record_letter",
                "close_request", "reopen_request", "set_setting", "add_calendar_override",
                "import_bulk", "purge_closed_before", "rekey", "record_sent", "edit_request",
                "add_right", "remove_right", "void_request", "void_identity", "void_action",
                "start_clock", "note",
                # Issue 14: mail in and out.
                "queue_mail_batch", "record_mail_fetch", "dismiss_mail", "mark_mail_accepted",
                "record_mail_sent", "record_mail_draft"}
MAX_LINES = 500


def layer_of(module: str) -> str | None:
    """The layer of a dotted module name under `app` ("app.store.reads" -> "store")."""
    parts = module.split(".")
    if parts[0] != "app":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def module_name(path: Path) -> str:
    rel = path.relative_to(APP.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Lines of imports under `if TYPE_CHECKING:` (for type hints; never executed)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                lines |= {n.lineno for n in ast.walk(inner) if hasattr(n, "lineno")}
    return lines


def imports_of(source: str, module: str, is_package: bool = False, *,
               runtime_only: bool = False) -> list[tuple[int, str]]:
    """Every app module *source* imports (module level or inside functions), with its line;
    with *runtime_only*, not those under `if TYPE_CHECKING:`."""
    found = []
    package = module if is_package else module.rpartition(".")[0]
    tree = ast.parse(source)
    skip = _type_checking_only(tree) if runtime_only else set()
    for node in ast.walk(tree):
        if getattr(node, "lineno", None) in skip:
            continue
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.append((node.lineno, target))
            found += [(node.lineno, f"{target}.{a.name}") for a in node.names]
    return [(line, name) for line, name in found if name == "app" or name.startswith("app.")]


def app_files() -> list[Path]:
    return sorted(APP.rglob("*.py"))


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    """The imports of *module* that break the layer rules."""
    layer = layer_of(module)
    allowed = ALLOWED.get(layer or "", set())
    bad = []
    for line, target in imports_of(source, module, is_package):
        other = layer_of(target)
        if other is None or other == "__init__":
            continue
        if other not in allowed:
            bad.append(f"{module}:{line} imports {target}")
    return bad


def test_the_layers_are_found():
    """The check is not vacuous: every layer has modules."""
    layers = {layer_of(module_name(p)) for p in app_files()}
    assert {"domain", "store", "intake", "letters", "services", "ui", "cli"} <= layers


@pytest.mark.parametrize("path", app_files(), ids=lambda p: str(p.relative_to(APP)))
def test_each_module_imports_only_the_layers_below(path):
    assert violations(path.read_text(encoding="utf-8"), module_name(path),
                      path.name == "__init__.py") == []


@pytest.mark.parametrize(("module", "source"), [
    ("app.store.commands", "from app.letters.kinds import KINDS"),
    ("app.store.commands", "from ..letters import render"),
    ("app.domain.rules", "import app.store"),
    ("app.ui.main_window", "from app.cli import main"),
    ("app.cli.commands", "from app.ui import ask"),
    ("app.cli.commands", "from app.intake.email_parse import parse_email_file"),
    ("app.letters.render", "from app.services import letters"),
    ("app.intake.contacts", "from app.store import Register"),
])
def test_the_checker_catches_an_import_upwards(module, source):
    assert violations(source, module) != []


def _graph() -> dict[str, set[str]]:
    names = {module_name(p): p for p in app_files()}
    graph: dict[str, set[str]] = {}
    for name, path in names.items():
        tree = path.read_text(encoding="utf-8")
        targets = set()
        for _, target in imports_of(tree, name, path.name == "__init__.py",
                                    runtime_only=True):
            while target and target not in names:
                target = target.rpartition(".")[0]
            if target and target != name and not name.startswith(target + "."):
                targets.add(target)
        graph[name] = targets
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle in *graph*, or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_no_module_imports_itself_back_in_a_circle():
    """Package __init__ re-exports aside, no chain of imports that runs (even inside a
    function; type hints under TYPE_CHECKING aside) leads back to where it started."""
    graph = {n: {t for t in ts if not n.startswith(t + ".")} for n, ts in _graph().items()}
    for name in list(graph):  # a package's __init__ importing its own modules is no cycle
        graph[name] = {t for t in graph[name] if not t.startswith(name + ".")}
    assert find_cycle(graph) is None


def test_the_cycle_finder_finds_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]


def store_writes_called(source: str) -> list[str]:
    """Calls of a register command on anything but a name bound to an `app.services` module
    (`register.close_request(...)` is one; `requests.close_request(reg, ...)` is not)."""
    tree = ast.parse(source)
    services: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("app.services"):
            services |= {a.asname or a.name for a in node.names}
        elif isinstance(node, ast.Import):
            services |= {a.asname or a.name.split(".")[0] for a in node.names
                         if a.name.startswith("app.services")}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in STORE_WRITES and not (
                isinstance(func.value, ast.Name) and func.value.id in services):
            found.append(f"line {node.lineno}: {func.attr}")
        elif isinstance(func, ast.Name) and func.id in STORE_WRITES and func.id not in services:
            found.append(f"line {node.lineno}: {func.id}")
    return found


@pytest.mark.parametrize("path", [p for p in app_files()
                                  if layer_of(module_name(p)) in ("ui", "cli", "__main__")],
                         ids=lambda p: str(p.relative_to(APP)))
def test_the_faces_change_the_register_only_through_services(path):
    assert store_writes_called(path.read_text(encoding="utf-8")) == []


def test_the_write_checker_catches_a_direct_write():
    assert store_writes_called("self.register.close_request(1, 'fulfilled')") != []
    assert store_writes_called("reg.set_setting('letters_dir', None)") != []
    assert store_writes_called("from app.services import requests\n"
                               "requests.close_request(reg, 1, 'fulfilled')") == []
    assert store_writes_called("from app.services import operator as settings\n"
                               "settings.add_calendar_override(reg, day, 'holiday')") == []
    assert store_writes_called("settings.add_calendar_override(reg, day, 'holiday')") != []


@pytest.mark.parametrize("path", app_files(), ids=lambda p: str(p.relative_to(APP)))
def test_no_module_is_over_500_lines(path):
    assert len(path.read_text(encoding="utf-8").splitlines()) <= MAX_LINES
