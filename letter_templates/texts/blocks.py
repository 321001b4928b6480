"""The building blocks a letter's body is written in, shared by every language's texts.

A body is a list of blocks, read top to bottom by `letter_templates/layout.py`, which
turns each into one or more paragraphs of the template. The language files
(`texts/kk.py`, `ru.py`, `en.py`) hold only words; the markers, the block types and the
Jinja snippets every language repeats are defined once here, so a translator never has
to retype a tag and the layout has one vocabulary to recognise.
"""

from __future__ import annotations

from typing import Any, TypeAlias

# The block types, as they appear in a body:
# - "text"                        a body paragraph;
# - (LIST, "x in xs", "text")     one paragraph per element, after an en dash and a tab;
# - (LABEL, "text")               a bold sub-heading that introduces a list;
# - (LABEL, "label: ", "value")   a bold label followed by a value in the same paragraph;
# - (IF, "condition", "text")     a body paragraph shown only when the condition holds;
# - NOTE                          the operator's own paragraph (shown only if given, or
#                                 always for kinds whose note is required).
LIST = "list"
LABEL = "label"
IF = "if"
NOTE = "NOTE"

#: One block of a body: a plain string, NOTE, or one of the tuples above.
Block: TypeAlias = str | tuple[Any, ...]

# Our own lists end their items with ";" and the last with "." (ru/kk/en alike); lists
# of the operator's own texts (purposes, actions...) get no punctuation added, since the
# operator may have written their own.
END = "{{ ';' if not loop.last else '.' }}"

# The state's online appeals system, named in every appeal route (its hyphen must not end
# a line: U+2011), and its address.
EOTINISH = "e\u2011Otinish"
EOTINISH_SITE = "eotinish.kz"

# The two readings of a period's basis (kinds.py: `basis.kind` of the objection result):
# the Law itself, or the operator's own period before the Law had the provision.
BY_LAW = "basis.kind == 'law'"
NOT_BY_LAW = "basis.kind != 'law'"

# The condition of the "how to reach us" paragraph: without an email or a phone there is
# nothing to say, and the paragraph must vanish rather than stand half-empty.
CONTACT_IF = "operator.email or operator.phone"
