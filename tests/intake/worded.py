"""Wording intake's problems as the command line will, for tests that check the sentence.

Intake raises codes with values and never writes a sentence; these tests still care that the
sentence a user reads stays on one line and reads as before, so they word a problem with the
English templates in ``INTAKE_CODES.py`` (the catalogs' source until it is merged into them).
"""

from __future__ import annotations

from app.domain.errors import Notice, UserError
from INTAKE_CODES import CLI, UI


def cli_sentence(problem: UserError | Notice) -> str:
    """The command line's English sentence for an intake error or notice."""
    return CLI[problem.code].format(**problem.values)


def ui_sentence(problem: UserError | Notice) -> str:
    """The window's English sentence for an intake error or notice."""
    return UI[problem.code].format(**problem.values)
