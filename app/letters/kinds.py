"""The ten letter kinds and the fields each one's template may use.

Every template is rendered with the common fields plus its kind's own. A template
that uses a field its kind does not declare is refused when it is loaded, naming
the field and the file, so a misspelling never yields a letter with a blank.

Context shape (all values are already written in the letter's language):
- `operator`: name, id, id_label (ИИН/БИН, ЖСН/БСН, IIN/BIN), address, email, phone,
  signatory (position and name line), signatory_position, signatory_name
- `letter`: number (OUT-YYYY-NNNN), date
- `request`: number (IN-YYYY-NNNN), date (received), channel, types (list of names),
  types_text (joined), due (the request's due date)
- `addressee`: name, email, phone, salutation (the whole greeting line)
- `law`: the full citation of Law No. 94-V in this language
- `note`: the operator's own paragraph ("" when none)
Kind-specific: see `KINDS` below and `app/letters/context.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

COMMON_FIELDS: frozenset[str] = frozenset(
    {"operator", "letter", "request", "addressee", "law", "note"}
)


@dataclass(frozen=True)
class LetterKind:
    """One kind of letter: its code, its own fields, and whether a note is required."""

    code: str
    fields: frozenset[str]
    note_required: bool = False
    needs_profile: bool = False

    @property
    def all_fields(self) -> frozenset[str]:
        """Every field a template of this kind may use."""
        return COMMON_FIELDS | self.fields


KINDS: dict[str, LetterKind] = {
    k.code: k
    for k in (
        # items: [{type, due, citation}] - each requested right and its date
        LetterKind("acknowledgement", frozenset({"items"})),
        # identity_methods: [str] - acceptable ways to confirm identity
        LetterKind("identity_request", frozenset({"identity_methods"})),
        LetterKind("written_followup", frozenset()),
        # profile: {data_categories, purposes, sources, recipients: [str];
        #           methods, retention, cross_border: str}
        LetterKind("access_response", frozenset({"profile"}), needs_profile=True),
        # actions: [{date, text}]; done_date; citation
        LetterKind("correction_done", frozenset({"actions", "done_date", "citation"})),
        LetterKind("blocking_done", frozenset({"actions", "done_date", "citation"})),
        LetterKind("deletion_done", frozenset({"actions", "done_date", "citation"})),
        # stop_date; purposes: [str]; kept: str (what is kept and on which ground)
        LetterKind("withdrawal_confirmation", frozenset({"stop_date", "purposes", "kept"})),
        # grounds: [{text, citation}]
        LetterKind("refusal", frozenset({"grounds"}), note_required=True),
        LetterKind("objection_result", frozenset(), note_required=True),
    )
}

LETTER_KINDS: tuple[str, ...] = tuple(KINDS)
