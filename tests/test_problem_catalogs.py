"""Story: every problem a layer can raise is worded by each face, from its own catalog.

Layers raise codes with values (app/domain/errors.py); the command line words them from
app/cli/messages.py, the window from app/ui/messages.py. This test reads every module of
`app` and collects each code where it is raised, so a new problem without its words in a
catalog fails here, not in front of a user. Placeholders must be values given where the
code is raised.
"""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from app.cli.messages import MESSAGES as CLI
from app.cli.messages import word
from app.domain.errors import DomainError, Notice

APP = Path(__file__).resolve().parents[1] / "app"

#: Calls that carry a problem's code, and the position of the code among their arguments.
CODE_ARGUMENT = {"Notice": 0, "require_one_of": 2, "IdCheck": 2, "_profile": 1, "_owned": 3,
                 "prompt": 0,
                 "prompt_new": 0, "tty_prompt": 0, "new_passphrase_prompt": 0}


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def raised_codes() -> dict[str, list[tuple[str, set[str] | None]]]:
    """code -> [(where, value names given or None when unknown)] over all of `app`."""
    found: dict[str, list[tuple[str, set[str] | None]]] = {}
    for path in sorted(APP.rglob("*.py")):
        if path.parent.name in ("ui",) or path.name == "messages.py":
            continue  # the window's own words are checked by tests/ui
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and any(
                    isinstance(t, ast.Name) and t.id == "warning" for t in node.targets) \
                    and isinstance(node.value, ast.Constant) and node.value.value:
                # A warning code chosen first and reported later (an IIN's odd digits).
                where = f"{path.relative_to(APP)}:{node.lineno}"
                found.setdefault(node.value.value, []).append((where, None))
                continue
            if not isinstance(node, ast.Call):
                continue
            name = _name(node.func)
            problem = name.endswith("Error") and name not in ("AssertionError", "KeyError",
                                                              "ValueError", "RuntimeError")
            position = 0 if problem else CODE_ARGUMENT.get(name)
            if position is None or len(node.args) <= position:
                continue
            arg = node.args[position]
            if not (isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                    and arg.value.isidentifier() and arg.value == arg.value.lower()):
                continue
            if name == "Notice":
                values = ({k.value for k in node.args[1].keys if isinstance(k, ast.Constant)}
                          if len(node.args) > 1 and isinstance(node.args[1], ast.Dict) else
                          (set() if len(node.args) == 1 else None))
            elif name.endswith("Error"):
                values = {k.arg for k in node.keywords if k.arg and k.arg != "filename"}
            else:
                values = None  # passed on by a helper: the helper's own keywords apply
            where = f"{path.relative_to(APP)}:{node.lineno}"
            found.setdefault(arg.value, []).append((where, values))
    return found


def placeholders(template: str) -> set[str]:
    return {name.split(".")[0].split("[")[0]
            for _, name, _, _ in string.Formatter().parse(template) if name}


CODES = raised_codes()


def test_the_collection_finds_the_codes_of_every_layer():
    """Not vacuous: codes from the domain, store, intake, letters, services and CLI."""
    assert {"request_closed", "wrong_secret", "not_an_email", "template_missing",
            "register_already_exists", "limit_negative", "enter_passphrase"} <= set(CODES)


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_is_worded_by_the_command_line(code):
    assert code in CLI, f"{code} (raised at {CODES[code][0][0]}) has no wording in the CLI"
    for where, values in CODES[code]:
        if values is not None:
            assert placeholders(CLI[code]) <= values, f"{where}: {code} lacks a value"


def test_the_catalog_holds_no_word_for_a_code_nobody_raises():
    assert set(CLI) - set(CODES) == set()


def test_a_problem_is_worded_with_its_values_and_nested_problems():
    assert word(DomainError("request_closed")) == (
        "The request is closed; reopen it with a reason first.")
    nested = DomainError("operator_id_invalid", value="123",
                         reason=Notice("id_not_12_digits", {"kind": "IIN/BIN"}))
    assert word(nested) == "'123' is not a valid IIN or BIN: An IIN or BIN has exactly 12 digits."
    assert word(DomainError("no_such_code")) == "no_such_code"
