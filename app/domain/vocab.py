"""The closed vocabularies of the register: request types, channels, statuses and the rest.

Each vocabulary is a tuple of codes (stored in the register and used by the CLI)
so that order is stable for display and validation messages can list them.
"""

from __future__ import annotations

from .errors import DomainError

REQUEST_TYPES: tuple[str, ...] = (
    "access",
    "correction",
    "blocking",
    "unblocking",
    "deletion",
    "withdrawal",
    "objection",
    "public_source",
    "portability",
    "other",
)
CHANNELS: tuple[str, ...] = (
    "email",
    "phone",
    "letter",
    "in_person",
    "egov",
    "web_form",
    "messenger",
)
STATUSES: tuple[str, ...] = ("received", "awaiting_identity", "in_progress", "answered", "closed")
OPEN_STATUSES: tuple[str, ...] = STATUSES[:-1]
OUTCOMES: tuple[str, ...] = (
    "fulfilled",
    "partially_fulfilled",
    "refused",
    "withdrawn_by_requester",
    "no_data_held",
)
IDENTITY_METHODS: tuple[str, ...] = (
    "email_match",
    "phone_callback",
    "one_time_code",
    "eds_signature",
    "id_document_in_person",
    "notarized_poa",
    "state_service",
    "other",
)
IDENTITY_RESULTS: tuple[str, ...] = ("requested", "passed", "failed")
ACTION_KINDS: tuple[str, ...] = (
    "searched",
    "corrected",
    "blocked",
    "unblocked",
    "deleted",
    "processing_stopped",
    "processor_notified",
    "copy_sent",
    "other",
)
LANGUAGES: tuple[str, ...] = ("kk", "ru", "en")

#: Which requested rights an action fulfils: recording it marks those items done.
ACTION_FULFILS: dict[str, tuple[str, ...]] = {
    "corrected": ("correction",),
    "blocked": ("blocking",),
    "unblocked": ("unblocking",),
    "deleted": ("deletion", "public_source"),
    "processing_stopped": ("withdrawal", "objection"),
    "copy_sent": ("access", "portability"),
}


def require_one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    """Return *value* if it is one of *allowed*, else raise a DomainError listing them."""
    if value not in allowed:
        raise DomainError(
            f"Unknown {what} '{value}'; allowed: {', '.join(allowed)}."
        )
    return value

#: Which requested rights a reply letter answers: making it marks those items done and
#: the request answered. `None` means every open item (a refusal answers them all).
LETTER_ANSWERS: dict[str, tuple[str, ...] | None] = {
    "access_response": ("access", "portability"),
    "correction_done": ("correction",),
    "blocking_done": ("blocking", "unblocking"),
    "deletion_done": ("deletion", "public_source"),
    "withdrawal_confirmation": ("withdrawal",),
    "objection_result": ("objection",),
    "refusal": None,
}
