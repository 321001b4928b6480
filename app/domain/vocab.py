"""The closed vocabularies of the register: request types, channels, statuses and the rest.

Each vocabulary is a tuple of codes (stored in the register and used by the CLI)
so that order is stable for display and validation messages can list them.
"""

from __future__ import annotations

from app.languages import LETTER_LANGUAGES

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
#: What "open" means: a request in one of these statuses still needs work.
OPEN_STATUSES: tuple[str, ...] = STATUSES[:-1]
OUTCOMES: tuple[str, ...] = (
    "fulfilled",
    "partially_fulfilled",
    "refused",
    "withdrawn_by_requester",
    "no_data_held",
)
#: A request registered by mistake is closed as voided: listed and audited, never counted.
VOIDED = "voided"
#: Every outcome a closed request can have (the ones an operator closes with, and voided).
ALL_OUTCOMES: tuple[str, ...] = OUTCOMES + (VOIDED,)
#: How a prepared letter reached the requester.
SENT_VIA: tuple[str, ...] = ("email", "post", "hand", "egov", "messenger")
#: How a letter addresses the requester (Russian needs it: «Уважаемый», «Уважаемая» or a
#: neutral «Здравствуйте»); chosen by the operator, never guessed.
ADDRESS_FORMS: tuple[str, ...] = ("male", "female", "neutral")
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
    # The result of a search, recorded on its own: what an access reply may say rests on it.
    "data_found",
    "data_not_found",
    "corrected",
    "blocked",
    "unblocked",
    "deleted",
    "processing_stopped",
    "processor_notified",
    "copy_sent",
    "other",
)
#: The languages a request, a letter or an export can be in (app/languages.py).
LANGUAGES: tuple[str, ...] = LETTER_LANGUAGES


def require_one_of(value: str, allowed: tuple[str, ...], code: str) -> str:
    """Return *value* if it is one of *allowed*, else raise DomainError(*code*) listing them."""
    if value not in allowed:
        raise DomainError(code, value=value, allowed=", ".join(allowed))
    return value
