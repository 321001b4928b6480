"""The processing profile: what the operator processes, as an access reply lists it.

Four lists (data categories, purposes, sources, recipients) and three texts (methods,
retention, cross-border transfer); every field is required, because an access reply
with a blank section says less than the Law asks (Art. 24(1)(1)). The settings
window, the CLI's `operator profile` and the letters all check a profile here.
"""

from __future__ import annotations

from typing import Any

from .errors import DomainError

PROFILE_LISTS: tuple[str, ...] = ("data_categories", "purposes", "sources", "recipients")
PROFILE_TEXTS: tuple[str, ...] = ("methods", "retention", "cross_border")
PROFILE_FIELDS: tuple[str, ...] = PROFILE_LISTS + PROFILE_TEXTS


def check_profile(profile: Any) -> dict[str, Any]:
    """Return the profile cleaned (texts stripped), or raise DomainError saying what is wrong."""
    if not isinstance(profile, dict):
        raise DomainError("profile_not_object")
    clean: dict[str, Any] = {}
    for key in PROFILE_LISTS:
        value = profile.get(key)
        if not isinstance(value, list) or not value or not all(
                isinstance(v, str) and v.strip() for v in value):
            raise DomainError("profile_list_empty", field=key)
        clean[key] = [v.strip() for v in value]
    for key in PROFILE_TEXTS:
        value = profile.get(key)
        if not isinstance(value, str) or not value.strip():
            raise DomainError("profile_text_empty", field=key)
        clean[key] = value.strip()
    extra = sorted(set(profile) - set(PROFILE_FIELDS))
    if extra:
        raise DomainError("profile_unknown_entry", field=extra[0],
                          allowed=", ".join(PROFILE_FIELDS))
    return clean
