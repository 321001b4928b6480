"""The English words of every letter: the shared parts, the appeal and each kind's body.

Edit the texts here; `python letter_templates/build_templates.py` then rewrites the
.docx templates. The words between {{ }} and {% %} are fields and conditions that the
app fills in (app/letters/kinds.py lists each kind's fields), so they stay as they are;
block types and markers (LIST, LABEL, IF, NOTE, END) are explained in `blocks.py`.
"""

from __future__ import annotations

from letter_templates.texts.blocks import (
    BY_LAW,
    CONTACT_IF,
    END,
    EOTINISH,
    EOTINISH_SITE,
    IF,
    LABEL,
    LIST,
    NOT_BY_LAW,
    NOTE,
    Block,
)

#: The parts every English letter shares: letterhead contacts, references, closing.
COMMON: dict[str, str] = {
    "contacts": "{% if operator.phone %}Tel.: {{ operator.phone }}{% endif %}"
                "{% if operator.phone and operator.email %} | {% endif %}"
                "{% if operator.email %}Email: {{ operator.email }}{% endif %}",
    "outgoing": "Ref.: {{ letter.number }}, {{ letter.date }}",
    "inbound": "Re: your request No. {{ request.number }} of {{ request.date }}",
    "closing": "Yours sincerely,",
    # An optional executor line under the signature (the operator's setting).
    "executor": "Prepared by: {{ executor.name }}{% if executor.phone %}, tel. "
                "{{ executor.phone }}{% endif %}",
}

# The appeal route: the law's own term for the regulator ("the authorised body") and its
# name (appeal.body, a setting: ministries are renamed), e-Otinish, or a court. The
# letter is the operator speaking: "our" actions.
APPEAL = (
    "You may complain about our actions (or inaction) to the authorised body for "
    "personal data protection ({{ appeal.body }}), including through the "
    f"{EOTINISH} system ({EOTINISH_SITE}), or bring the matter before a court, in "
    "accordance with the legislation of the Republic of Kazakhstan."
)

# What the Law is for in every letter that cites it before the first "the Law".
_LAW_DEFINES = (
    'The {{ law }} (the "Law") sets out the rights of data subjects and the duties of an '
    "owner and/or operator in dealing with their requests."
)
# In English the appeal continues a sentence ("If you disagree ..., you may complain"),
# so it loses its capital; Russian and Kazakh keep theirs (the polite "Вы", "Сіз").
_APPEAL_MID_SENTENCE = APPEAL[0].lower() + APPEAL[1:]

#: Each kind's body, block by block.
BODIES: dict[str, list[Block]] = {
    "acknowledgement": [
        "We confirm that we received your request on {{ request.date }} "
        "({{ request.channel }}) and have registered it under No. {{ request.number }}. "
        "Your request concerns: {{ request.types_text }}.",
        _LAW_DEFINES,
        # Each right has its own date and its own basis (the Law, a by-law, or our own
        # period): never "the Law sets the following periods" over such a list.
        "For each part of your request, the date by which we will deal with it and reply "
        "to you, and the basis of that date, are as follows:",
        (LIST, "item in items",
         "{{ item.type }}: {{ item.due_by }} ({{ item.basis }})" + END),
        (IF, "request.documents_needed",
         "Personal data are changed and added to on the basis of documents that show the "
         "change is needed (Article 13 of the Law): please send us such documents, "
         "quoting reference {{ request.number }}. The period for this part of your request "
         "runs from the day we receive them."),
        "To protect your personal data, we may ask you to confirm your identity (or, if "
        "a representative acts for you, their authority) before we provide any "
        "information or take any action on your data. We will not need a copy of your "
        "identity document for this.",
        (IF, CONTACT_IF,
         "If you have any questions about your request, please contact us"
         "{% if operator.email %} by email at {{ operator.email }}{% endif %}"
         "{% if operator.email and operator.phone %} or{% endif %}"
         "{% if operator.phone %} by telephone on {{ operator.phone }}{% endif %}, "
         "quoting reference {{ request.number }}."),
        NOTE,
    ],
    "identity_request": [
        "We have received your request No. {{ request.number }} of {{ request.date }} "
        "concerning {{ request.types_text }}, and we are dealing with it.",
        'Under the {{ law }} (the "Law"), an owner and/or operator must keep personal '
        "data confidential and must not disclose them without the data subject's consent "
        "(Article 11 of the Law). Before we provide any information or take any action "
        "on your personal data, we therefore need to make sure that the request comes "
        "from you, as the data subject, or from your legal representative.",
        "Please confirm your identity in one of the following ways:",
        (LIST, "m in identity_methods", "{{ m }}" + END),
        # Keeping no copy is our practice, stricter than the Law (Art. 7(10) bans paper
        # copies only): said as ours, not as the Law's command.
        "Please do not send us a copy of your identity document: we neither ask for nor "
        "keep such copies. We record only how and when your identity was confirmed and, "
        "if a document is shown, its type and the last four digits of its number.",
        (IF, "request.due",
         "The first of our replies to your request is due by {{ request.due }}, so please "
         "confirm your identity as soon as possible."),
        (IF, "request.documents_needed",
         "Personal data are changed and added to on the basis of documents that show the "
         "change is needed (Article 13 of the Law): please send us such documents, "
         "quoting reference {{ request.number }}. The period for this part of your request "
         "runs from the day we receive them."),
        NOTE,
    ],
    "written_followup": [
        "On {{ request.date }} you contacted us by telephone about the following: "
        "{{ request.types_text }}. We have registered your request under "
        "No. {{ request.number }}.",
        'The {{ law }} (the "Law") provides that a request from a data subject or their '
        "legal representative must be made in writing, as an electronic document, or in "
        "another way using protective elements (Article 10(2) of the Law).",
        "We would therefore ask you to send us your request in writing or as an "
        "electronic document signed with an electronic digital signature (EDS)"
        "{% if operator.email %}, by email to {{ operator.email }} or{% endif %}"
        " by post to: {{ operator.address }}.",
        "Please include your full name, your contact details, what you are asking us to "
        "do and our reference {{ request.number }}. Your written request will be dealt "
        "with under the same reference.",
        NOTE,
    ],
    "access_response": [
        "Further to your request No. {{ request.number }} of {{ request.date }}, we are "
        "writing to provide the following information.",
        'The {{ law }} (the "Law") gives data subjects the right to know whether an '
        "owner and/or operator holds their personal data and to receive information "
        "about their processing (Article 24(1)(1) of the Law), and requires the owner "
        "and/or operator to provide that information (Article 25(2)(6) of the Law).",
        (IF, "held", "Our search found the following personal data of yours:"),
        (LIST, "x in held", "{{ x }}"),
        "We confirm that we collect and process your personal data. Details of the "
        "processing are set out below.",
        (LABEL, "1. Purposes of collection and processing:"),
        (LIST, "x in profile.purposes", "{{ x }}"),
        (LABEL, "2. Sources of the personal data:"),
        (LIST, "x in profile.sources", "{{ x }}"),
        (LABEL, "3. Methods of collection and processing: ", "{{ profile.methods }}"),
        (LABEL, "4. Personal data we process:"),
        (LIST, "x in profile.data_categories", "{{ x }}"),
        (LABEL, "5. Processing and storage periods: ", "{{ profile.retention }}"),
        (LABEL, "6. Third parties to whom the personal data are transferred:"),
        (LIST, "x in profile.recipients", "{{ x }}"),
        (LABEL, "7. Cross-border transfer: ", "{{ profile.cross_border }}"),
        "If you believe that any of your personal data are inaccurate or incomplete, you "
        "may require us to change and add to them and, in the cases provided for by the "
        "Law, to block or destroy them (Article 24(1)(2) to (4) of the Law). You may also "
        "withdraw your consent to the collection and processing of your personal data at "
        "any time, except in the cases set out in Article 8(2) of the Law.",
        NOTE,
    ],
    "correction_done": [
        "Further to your request No. {{ request.number }} of {{ request.date }}, we "
        "confirm that your personal data have been corrected (changed and added to) on "
        "the basis of the documents you provided.",
        'The {{ law }} (the "Law") gives data subjects the right to have their personal '
        "data changed and added to where the grounds are supported by the relevant "
        "documents, and requires the owner and/or operator to comply.",
        "We have taken the following steps:",
        (LIST, "a in actions", "{{ a.date }}: {{ a.text }}"),
        "The correction was completed on {{ done_date }} (basis: {{ citation }}).",
        NOTE,
    ],
    "blocking_done": [
        "Further to your request No. {{ request.number }} of {{ request.date }}, we "
        "confirm that your personal data have been blocked.",
        'The {{ law }} (the "Law") gives data subjects the right to require the blocking '
        "of their personal data where the conditions for their collection and processing "
        "have been breached. Blocking means the temporary suspension of the collection, "
        "accumulation, change, addition, use, dissemination, depersonalisation and "
        "destruction of personal data.",
        "We have taken the following steps:",
        (LIST, "a in actions", "{{ a.date }}: {{ a.text }}"),
        "Your personal data were blocked on {{ done_date }} (basis: {{ citation }}).",
        "If the breach is not confirmed, your personal data will be unblocked and we "
        "will let you know.",
        NOTE,
    ],
    "unblocking_done": [
        "Further to your request No. {{ request.number }} of {{ request.date }}, we "
        "confirm that your personal data have been unblocked.",
        "The breach of the conditions for collecting and processing your personal data, "
        'for which they were blocked, has not been confirmed. The {{ law }} (the "Law") '
        "requires the blocking to be lifted in that case.",
        "We have taken the following steps:",
        (LIST, "a in actions", "{{ a.date }}: {{ a.text }}"),
        "Your personal data were unblocked on {{ done_date }} (basis: {{ citation }}).",
        NOTE,
    ],
    "deletion_done": [
        "Further to your request No. {{ request.number }} of {{ request.date }}, we "
        "confirm that your personal data have been destroyed.",
        'The {{ law }} (the "Law") gives data subjects the right to require the '
        "destruction of their personal data where they have been collected and processed "
        "in breach of the legislation of the Republic of Kazakhstan, and in other cases "
        "provided for by the laws of the Republic of Kazakhstan.",
        "We have taken the following steps:",
        (LIST, "a in actions", "{{ a.date }}: {{ a.text }}"),
        "The destruction was completed on {{ done_date }} (basis: {{ citation }}). "
        "Destroyed personal data cannot be restored.",
        NOTE,
    ],
    "withdrawal_confirmation": [
        "We acknowledge receipt of your withdrawal of consent to the collection and "
        "processing of your personal data (your request No. {{ request.number }} of "
        "{{ request.date }}).",
        'The {{ law }} (the "Law") gives data subjects the right to withdraw their '
        "consent to the collection and processing of their personal data "
        "(Article 24(1)(5) of the Law).",
        "With effect from {{ stop_date }}, we have stopped collecting and processing "
        "your personal data for the following purposes:",
        (LIST, "x in purposes", "{{ x }}"),
        "{{ kept }}",
        NOTE,
    ],
    "refusal": [
        (IF, "not in_part",
         "We have considered your request No. {{ request.number }} of {{ request.date }} "
         "concerning {{ refused }}, and regret to inform you that we are unable to comply "
         "with it."),
        (IF, "in_part",
         "We have considered your request No. {{ request.number }} of {{ request.date }} "
         "and regret to inform you that we are unable to comply with the following of "
         "your demands: {{ refused }}."),
        _LAW_DEFINES,
        "Our grounds for refusal are as follows:",
        (LIST, "g in grounds", "{{ g.text }} ({{ g.citation }})" + END),
        NOTE,
        "If the grounds for refusal cease to apply, you are welcome to submit your request "
        "again.",
        "If you disagree with this decision, " + _APPEAL_MID_SENTENCE,
    ],
    # The answer to the right to know when we hold nothing: not a refusal, no appeal.
    "no_data": [
        "Further to your request No. {{ request.number }} of {{ request.date }} "
        "concerning {{ request.types_text }}, we are writing to let you know the outcome.",
        'The {{ law }} (the "Law") gives data subjects the right to know whether an '
        "owner and/or operator holds their personal data (Article 24(1)(1) of the Law).",
        "We hold no personal data about you: we do not collect, process or store any.",
        NOTE,
        "If you think we may hold personal data about you under another email address, "
        "telephone number or other details, please send us those details and we will "
        "check again.",
    ],
    "objection_result": [
        "We have considered your objection (request No. {{ request.number }} of "
        "{{ request.date }}) to a decision based solely on the automated processing of "
        "your personal data, and set out the outcome below.",
        # Art. 19-1 exists from 18.01.2026: an earlier objection must not be told it does.
        (IF, BY_LAW,
         'The {{ law }} (the "Law") gives data subjects the right to object to such a '
         "decision and requires the owner and/or operator to consider the objection and "
         "inform the data subject of the outcome ({{ basis.text }})."),
        (IF, NOT_BY_LAW,
         "On the day we received your objection, the {{ law }} did not yet contain "
         "Article 19-1 on the right to object to such a decision. We have considered your "
         "objection of our own accord, within the period we have set."),
        NOTE,
        "If you disagree with the outcome, " + _APPEAL_MID_SENTENCE,
    ],
}
