"""The life of a request: which status may follow which, closing and reopening.

`received -> awaiting_identity -> in_progress -> answered -> closed`. Steps back
(e.g. answered -> in_progress when the person writes again) are allowed where a
careful operator needs them; closing is allowed from any open state and records an
outcome; a closed request is reopened only with a reason.
"""

from __future__ import annotations

from .errors import DomainError
from .vocab import OPEN_STATUSES, OUTCOMES, STATUSES

_NEXT: dict[str, frozenset[str]] = {
    "received": frozenset({"awaiting_identity", "in_progress", "answered"}),
    "awaiting_identity": frozenset({"in_progress", "answered"}),
    "in_progress": frozenset({"awaiting_identity", "answered"}),
    "answered": frozenset({"in_progress"}),
    "closed": frozenset(),
}


def check_transition(current: str, new: str) -> None:
    """Raise a DomainError unless moving from *current* to *new* (an open status) is allowed."""
    if new not in STATUSES:
        raise DomainError(f"Unknown status '{new}'; allowed: {', '.join(STATUSES)}.")
    if new == "closed":
        raise DomainError("Use close with an outcome to close a request.")
    if current == "closed":
        raise DomainError("The request is closed; reopen it with a reason first.")
    if new == current:
        raise DomainError(f"The request is already '{current}'.")
    if new not in _NEXT[current]:
        raise DomainError(f"A request cannot go from '{current}' to '{new}'.")


def check_close(current: str, outcome: str) -> None:
    """Raise a DomainError unless a request in *current* may be closed with *outcome*."""
    if outcome not in OUTCOMES:
        raise DomainError(f"Unknown outcome '{outcome}'; allowed: {', '.join(OUTCOMES)}.")
    if current == "closed":
        raise DomainError("The request is already closed.")
    if current not in OPEN_STATUSES:
        raise DomainError(f"Unknown status '{current}'.")


def check_reopen(current: str, reason: str | None) -> None:
    """Raise a DomainError unless a closed request may be reopened with *reason*."""
    if current != "closed":
        raise DomainError("Only a closed request can be reopened.")
    if not (reason and reason.strip()):
        raise DomainError("Give a reason to reopen a closed request.")


def is_open(status: str) -> bool:
    """Tell whether a request in *status* still needs work."""
    return status in OPEN_STATUSES
