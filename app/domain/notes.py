"""The notes the app itself writes into a request's record, each declared once.

A closing reason, a voided request's reason, an email imported again, a letter made
despite what the record says: the store and the services keep these as notes of an
"other" action, in English like every code of the record (the CLI and the exports show
them so). The window reads them back with `parse` and says them in the interface
language; a note the operator typed matches none of them and is shown as typed.
"""

from __future__ import annotations

import re

CLOSED = "closed"
VOIDED = "voided"
IMPORTED_AGAIN = "imported_again"
MADE_DESPITE = "made_despite"

FORMS: dict[str, str] = {
    CLOSED: "Closed: {reason}",
    VOIDED: "Voided: {reason}",
    IMPORTED_AGAIN: "Imported again (already in {number}): {reason}",
    MADE_DESPITE: "Letter {number} made despite the record: {reason}",
}


def write(code: str, **values: str) -> str:
    """The note of *code* with its values (a reason is kept without surrounding spaces)."""
    return FORMS[code].format(**{k: (v or "").strip() for k, v in values.items()})


def _pattern(form: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", form)
    text = "".join(re.escape(p) if i % 2 == 0 else
                   (rf"(?P<{p}>.*)" if p == "reason" else rf"(?P<{p}>\S+)")
                   for i, p in enumerate(parts))
    return re.compile(rf"^{text}$", re.DOTALL)


_PATTERNS = {code: _pattern(form) for code, form in FORMS.items()}


def parse(note: str | None) -> tuple[str, dict[str, str]] | None:
    """The code and values of a note the app wrote, or None for the operator's own."""
    for code, pattern in _PATTERNS.items():
        match = pattern.match(note or "")
        if match:
            return code, match.groupdict()
    return None
