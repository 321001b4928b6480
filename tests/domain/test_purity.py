"""Story: the domain layer is pure. No Qt, no database, no files, no network, no
other layer of the app; so every rule can be called from a REPL and tested bare."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DOMAIN_DIR = Path(__file__).resolve().parents[2] / "app" / "domain"
DOMAIN_PACKAGE = "app.domain"

#: Top-level modules the domain must not import (the module itself or anything under it).
FORBIDDEN_MODULES = (
    "PySide2", "PySide6", "PyQt4", "PyQt5", "PyQt6", "qtpy", "Qt",
    "sqlite3", "sqlcipher3", "sqlite_utils",
    "os", "pathlib", "io", "socket", "subprocess", "shutil", "keyring",
    "app.store", "app.intake", "app.ui", "app.letters",
)


def _is_forbidden(module: str) -> bool:
    return any(module == bad or module.startswith(bad + ".") for bad in FORBIDDEN_MODULES)


def _resolve(node: ast.ImportFrom, package: str) -> str:
    """The absolute module name of a `from ... import` inside *package*."""
    if node.level == 0:
        return node.module or ""
    base = package.split(".")
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def violations(source: str, filename: str, package: str = DOMAIN_PACKAGE) -> list[str]:
    """List every forbidden import and every call of open() in *source*."""
    found = []
    for node in ast.walk(ast.parse(source, filename=filename)):
        where = f"{filename}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            found += [f"{where} imports {a.name}" for a in node.names if _is_forbidden(a.name)]
        elif isinstance(node, ast.ImportFrom):
            module = _resolve(node, package)
            names = [f"{module}.{a.name}" if module else a.name for a in node.names]
            if _is_forbidden(module) or any(_is_forbidden(n) for n in names):
                found.append(f"{where} imports from {module or '.'}")
        elif isinstance(node, ast.Call):
            func = node.func
            if (isinstance(func, ast.Name) and func.id == "open") or (
                isinstance(func, ast.Attribute) and func.attr == "open"
            ):
                found.append(f"{where} calls open()")
    return found


def domain_files() -> list[Path]:
    return sorted(DOMAIN_DIR.rglob("*.py"))


def test_the_domain_package_is_found():
    """Given the repo, the domain package has modules to check (the check is not vacuous)."""
    names = {p.name for p in domain_files()}
    assert {"calendar.py", "rules.py", "identifiers.py", "workflow.py"} <= names


@pytest.mark.parametrize("path", domain_files(), ids=lambda p: p.name)
def test_domain_module_imports_no_qt_no_io_and_no_other_layer(path):
    """Given a domain module, it imports no Qt, database, file, network or app layer, and
    never calls open()."""
    assert violations(path.read_text(encoding="utf-8"), path.name) == []


@pytest.mark.parametrize(
    "source",
    [
        "import os",
        "import os.path",
        "from os import path",
        "import pathlib as p",
        "from PySide6.QtCore import QDate",
        "import PyQt6",
        "import sqlite3",
        "import sqlcipher3.dbapi2",
        "from io import StringIO",
        "import socket, json",
        "import subprocess",
        "import shutil",
        "import keyring",
        "from app.store import db",
        "from app import ui",
        "from ..letters import render",
        "from .. import intake",
        "with open('x') as f: pass",
        "data = io.open('x')",
    ],
)
def test_the_checker_catches_impurity(source):
    """Given a module that breaks the rule, the checker reports it (the guard can fail)."""
    assert violations(source, "bad.py") != []


@pytest.mark.parametrize(
    "source",
    [
        "from .errors import DomainError",
        "from datetime import date",
        "import holidays",
        "import osmosis",  # a name that merely starts with "os"
        "from app.domain.rules import rule_for",
        "opened = reopen('x')",
    ],
)
def test_the_checker_lets_pure_code_through(source):
    assert violations(source, "ok.py") == []
