"""The operator's record: who answers the requests, and who signs the letters.

An operator is a sole proprietor (identified by the owner's IIN) or a legal entity
(by its BIN). The signatory is written "Position, Name" ("Директор, А.А. Ахметов");
a sole proprietor signs in person, so the line may be left empty. The window, the
first-run wizard and the CLI build the record here; contact details come already
normalised (intake's phone and email rules).
"""

from __future__ import annotations

from typing import Any

from .errors import DomainError
from .identifiers import check_id

#: The fields of the operator's record, in the order forms show them.
OPERATOR_FIELDS: tuple[str, ...] = ("name", "id", "id_kind", "address", "email", "phone",
                                    "signatory")
#: "Position, Name": the separator between the two parts of a signatory line.
SIGNATORY_SEPARATOR = ","


def operator_record(*, name: str | None, id_number: str | None, address: str | None,
                    email: str | None, phone: str | None, signatory: str | None
                    ) -> dict[str, Any]:
    """The operator's details as the register keeps them; DomainError on a missing or bad one."""
    if not (name and name.strip()):
        raise DomainError("operator_name_missing")
    result = check_id((id_number or "").strip())
    if not result.valid:
        raise DomainError("operator_id_invalid", value=(id_number or "").strip(),
                          reason=result.problem)
    if not (address and address.strip()):
        raise DomainError("operator_address_missing")
    return {"name": name.strip(), "id": (id_number or "").strip(), "id_kind": result.kind,
            "address": address.strip(), "email": email or None, "phone": phone or None,
            "signatory": (signatory or "").strip() or None}


def signatory_parts(signatory: str | None) -> tuple[str, str]:
    """(position, person) of a signatory line; ("", line) when it names only a person."""
    text = (signatory or "").strip()
    if SIGNATORY_SEPARATOR in text:
        position, person = text.split(SIGNATORY_SEPARATOR, 1)
        return position.strip(), person.strip()
    return "", text
