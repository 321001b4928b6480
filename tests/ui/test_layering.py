"""Story: the window writes only through the services, and never reaches past them.

The window may read through the `Register` and `app.store.views`, and name things
from `app.letters.names`/`kinds`; every change goes through `app.services`, the same
functions the command line calls, so a rule is applied the same way in both faces. It
imports neither intake (the services read mail for it) nor the command line. Its
modules stay small enough to read: the main window only composes controllers.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOW_FILES = sorted((ROOT / "app" / "ui").glob("*.py")) + [ROOT / "app" / "__main__.py"]

#: The register's writes: the window calls the service that wraps each instead.
WRITES = frozenset({
    "add_request", "record_identity", "record_action", "record_letter", "close_request",
    "reopen_request", "set_setting", "set_operator", "set_profile", "add_calendar_override",
    "purge_closed_before", "rekey", "import_bulk",
})
FORBIDDEN_IMPORTS = ("app.intake", "app.cli")
MAX_LINES = 500


def _module_of(node: ast.ImportFrom, package: str) -> str:
    if node.level == 0:
        return node.module or ""
    base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def violations(source: str, filename: str, package: str = "app.ui") -> list[str]:
    """Forbidden imports, and register writes called on anything but a services module."""
    tree = ast.parse(source, filename=filename)
    services: set[str] = set()  # names bound to app.services modules
    found = []
    for node in ast.walk(tree):
        where = f"{filename}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(FORBIDDEN_IMPORTS):
                    found.append(f"{where} imports {alias.name}")
                if alias.name.startswith("app.services"):
                    services.add(alias.asname or alias.name.split(".")[0])
        elif isinstance(node, ast.ImportFrom):
            module = _module_of(node, package)
            for alias in node.names:
                full = f"{module}.{alias.name}"
                if module.startswith(FORBIDDEN_IMPORTS) or full.startswith(FORBIDDEN_IMPORTS):
                    found.append(f"{where} imports {full}")
                if module.startswith("app.services"):
                    services.add(alias.asname or alias.name)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in WRITES:
            owner = node.func.value
            if not (isinstance(owner, ast.Name) and owner.id in services):
                found.append(f"{filename}:{node.lineno} calls .{node.func.attr}() directly")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in WRITES and node.func.id not in services:
            found.append(f"{filename}:{node.lineno} calls {node.func.id}() directly")
    return found


def test_the_window_modules_are_found():
    names = {p.name for p in WINDOW_FILES}
    assert {"main_window.py", "messages.py", "jobs.py", "__main__.py"} <= names


@pytest.mark.parametrize("path", WINDOW_FILES, ids=lambda p: p.name)
def test_the_window_writes_only_through_the_services(path):
    assert violations(path.read_text(encoding="utf-8"), path.name) == []


@pytest.mark.parametrize("path", WINDOW_FILES, ids=lambda p: p.name)
def test_every_window_module_is_small_enough_to_read(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.name} has {lines} lines; split it along its seams"


@pytest.mark.parametrize("source", [
    "register.add_request(channel='phone')",
    "self.register.close_request(1, 'fulfilled')",
    "window.register.set_setting('letters_dir', None)",
    "reg.purge_closed_before(cutoff)",
    "from app.intake.detect import detect_types",
    "import app.cli",
    "from app import intake",
    "from app.services.requests import log_request\nother.close_request(1, 'x')",
    "from app.store.register import Register\nRegister.import_bulk(r, [])",
])
def test_the_checker_catches_a_write_past_the_services(source):
    assert violations(source, "bad.py") != []


@pytest.mark.parametrize("source", [
    "from app.services import requests\nrequests.close_request(register, 1, 'fulfilled')",
    "from app.services import operator as settings\nsettings.add_calendar_override(r, d, 'x')",
    "from app.services.requests import log_request\nlog_request(register, channel='phone')",
    "from app.services.requests import reopen_request\nreopen_request(register, 1, 'why')",
    "register.get_request(1)",
    "window.requests.close()",
])
def test_the_checker_lets_service_calls_and_reads_through(source):
    assert violations(source, "ok.py") == []
