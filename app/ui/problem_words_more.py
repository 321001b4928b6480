"""The window's English words for the problems of intake, sending, corrections, letters
and incidents (context "problem"); `problem_words.CATALOG` holds them with the rest.

Data only, like problem_words.py.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MORE: dict[str, str] = {
    # Intake: email files, contact details, what was guessed while reading a mail.
    "not_an_email_file": QT_TRANSLATE_NOOP(
        "problem", "The file {file} is not an email file: only .eml and .msg files can be "
                   "imported."),
    "email_file_missing": QT_TRANSLATE_NOOP("problem", "The file {file} does not exist."),
    "email_file_unopenable": QT_TRANSLATE_NOOP(
        "problem", "The file {file} cannot be opened: {reason}."),
    "email_file_name_invalid": QT_TRANSLATE_NOOP("problem", "The file name {file} is not valid."),
    "email_file_is_folder": QT_TRANSLATE_NOOP("problem", "{file} is a folder, not an email file."),
    "email_file_not_regular": QT_TRANSLATE_NOOP(
        "problem", "{file} is not a regular file and cannot be imported."),
    "email_file_unreadable": QT_TRANSLATE_NOOP(
        "problem", "The file {file} cannot be read: {reason}."),
    "email_empty": QT_TRANSLATE_NOOP("problem", "The file {file} is empty."),
    "email_too_large": QT_TRANSLATE_NOOP(
        "problem", "The file {file} is {size_mb:.1f} MB; emails over {limit_mb} MB are not "
                   "imported."),
    "eml_damaged": QT_TRANSLATE_NOOP(
        "problem", "The file {file} could not be read as an email message: it is damaged or "
                   "in a format Otinish does not understand."),
    "msg_damaged": QT_TRANSLATE_NOOP(
        "problem", "The file {file} could not be read as an Outlook message: it is damaged "
                   "or in a format Otinish does not understand."),
    "not_an_email": QT_TRANSLATE_NOOP(
        "problem", "The file {file} is not an email message: it has no sender and no "
                   "readable text."),
    "email_nothing_to_read": QT_TRANSLATE_NOOP(
        "problem", "The email {file} has nothing to read: its text and subject are both "
                   "empty."),
    "msg_saved_as_eml": QT_TRANSLATE_NOOP(
        "problem", "The file {file} is an Outlook .msg message saved with an .eml extension; "
                   "rename it to .msg and import it again."),
    "eml_mime_too_deep": QT_TRANSLATE_NOOP(
        "problem", "The file {file} is damaged: its MIME headers are nested too deeply to "
                   "read."),
    "not_an_outlook_message": QT_TRANSLATE_NOOP(
        "problem", "The file {file} is not an Outlook message: a .msg file must be saved by "
                   "Outlook."),
    "outlook_file_not_a_message": QT_TRANSLATE_NOOP(
        "problem", "The file {file} is not a readable Outlook message: it is damaged or "
                   "another kind of Office file."),
    "not_an_email_address": QT_TRANSLATE_NOOP("problem", "“{value}” is not an email address."),
    "not_a_phone_number": QT_TRANSLATE_NOOP("problem", "“{value}” is not a phone number."),
    "invalid_iin": QT_TRANSLATE_NOOP("problem", "The IIN “{value}” is not valid: {reason}"),
    "iin_is_a_bin": QT_TRANSLATE_NOOP(
        "problem", "The IIN “{value}” is not valid: A requester is identified by an IIN, not "
                   "a BIN."),
    "email_date_from_file_time": QT_TRANSLATE_NOOP(
        "problem", "The email has no valid date; the file's modification time is used."),
    "email_date_from_import_time": QT_TRANSLATE_NOOP(
        "problem", "The email has no valid date; the time of import is used."),
    "email_date_in_future": QT_TRANSLATE_NOOP(
        "problem", "The email's date is in the future; check the time it was received."),
    "email_no_sender_address": QT_TRANSLATE_NOOP("problem", "The email has no sender address."),
    "pasted_empty": QT_TRANSLATE_NOOP(
        "problem", "Nothing was pasted: paste the email's text, with its headers if you "
                   "have them."),
    "pasted_too_large": QT_TRANSLATE_NOOP(
        "problem", "The pasted text is over {limit_mb} MB, more than an email holds."),
    "pasted_not_text": QT_TRANSLATE_NOOP(
        "problem", "The pasted text is not readable text: copy the email's text again."),
    "pasted_no_sender": QT_TRANSLATE_NOOP(
        "problem", "The pasted text does not say who wrote it: type the sender's email "
                   "address or name."),
    "pasted_no_date": QT_TRANSLATE_NOOP(
        "problem", "The pasted text has no date: type when the email was received."),
    "pasted_date_typed": QT_TRANSLATE_NOOP(
        "problem", "The pasted text has no date; the received time is the one you typed."),
    "pasted_date_unreadable": QT_TRANSLATE_NOOP(
        "problem", "The date “{value}” in the pasted text could not be read; the received "
                   "time is the one you typed."),
    "email_subject_as_text": QT_TRANSLATE_NOOP(
        "problem", "The email has no body text; its subject is used as the text."),
    "email_unknown_charset": QT_TRANSLATE_NOOP(
        "problem", "The email declares an unknown character set ({charset}); unreadable "
                   "characters were replaced."),
    "email_text_replaced": QT_TRANSLATE_NOOP(
        "problem", "Part of the text was not valid in its character set and was replaced."),
    "email_html_simplified": QT_TRANSLATE_NOOP(
        "problem", "The email’s HTML is nested too deeply to lay out; its text was kept "
                   "without the layout."),
    "email_rtf_unreadable": QT_TRANSLATE_NOOP(
        "problem", "The email's formatted (RTF) text could not be read."),
    # Sending, corrections, repeated imports, contradictions.
    "unknown_sent_via": QT_TRANSLATE_NOOP(
        "problem", "Unknown way of sending “{value}”; allowed: {allowed}."),
    "letter_number_not_found": QT_TRANSLATE_NOOP(
        "problem", "There is no letter {number} in the register."),
    "letter_already_sent": QT_TRANSLATE_NOOP(
        "problem", "The letter {number} is already recorded as sent."),
    "sent_before_made": QT_TRANSLATE_NOOP(
        "problem", "The letter {number} cannot have been sent before it was made; check "
                   "the date."),
    "sent_in_future": QT_TRANSLATE_NOOP(
        "problem", "The sending time of {number} is in the future; check the date."),
    "void_needs_reason": QT_TRANSLATE_NOOP("problem", "Give the reason for the correction."),
    "already_voided": QT_TRANSLATE_NOOP("problem", "This was already voided."),
    "identity_check_not_found": QT_TRANSLATE_NOOP(
        "problem", "This request has no identity check {id}; refresh the view."),
    "action_not_found": QT_TRANSLATE_NOOP(
        "problem", "This request has no action {id}; refresh the view."),
    "unknown_edit_field": QT_TRANSLATE_NOOP("problem", "Unknown field “{field}”."),
    "unknown_address_form": QT_TRANSLATE_NOOP(
        "problem", "Unknown form of address “{value}”; allowed: {allowed}."),
    "right_already_asked": QT_TRANSLATE_NOOP(
        "problem", "The request already asks for this right ({type})."),
    "right_not_asked": QT_TRANSLATE_NOOP(
        "problem", "The request does not ask for this right ({type})."),
    "last_right": QT_TRANSLATE_NOOP(
        "problem", "A request keeps at least one right; void the whole request instead."),
    "not_a_message": QT_TRANSLATE_NOOP(
        "problem", "The file {file} is not an email message: it has neither a sender nor a "
                   "date."),
    "email_already_imported": QT_TRANSLATE_NOOP(
        "problem", "The message {file} is already in the register as {number}."),
    "letter_contradicts_record": QT_TRANSLATE_NOOP(
        "problem", "This letter would contradict the record: {reason}"),
    "deletion_recorded": QT_TRANSLATE_NOOP(
        "problem", "the data were recorded as destroyed on {date}."),
    "processing_stop_recorded": QT_TRANSLATE_NOOP(
        "problem", "the processing was recorded as stopped on {date}."),
    "letter_no_address": QT_TRANSLATE_NOOP(
        "problem", "The requester of {number} has no email and no postal address: hand the "
                   "letter over or read it out, or add the address (Request, Edit)."),
    "letter_promises_past_date": QT_TRANSLATE_NOOP(
        "problem", "The letter promises an answer on this right ({type}) by {date}, a day "
                   "already past: make the reply itself instead, or explain the delay in "
                   "your paragraph."),
    "letter_after_due": QT_TRANSLATE_NOOP(
        "problem", "The period for this right ({type}) ended on {date}: this reply is "
                   "late. If you make it, explain the delay in your paragraph."),
    "possible_duplicate_closed": QT_TRANSLATE_NOOP(
        "problem", "Possible duplicate: request {number}, closed recently, has the same "
                   "{same}."),
    "remove_needs_reason": QT_TRANSLATE_NOOP("problem", "Give the reason for removing the right."),
    "again_needs_reason": QT_TRANSLATE_NOOP(
        "problem", "Give the reason for importing the message again."),
    # Letters that say what is true, rules the operator adds, clocks that start later.
    "access_reply_no_data": QT_TRANSLATE_NOOP(
        "problem", "The record says no personal data of the requester were found ({date}): "
                   "an access reply saying that we process them cannot be made; answer with "
                   "the letter that no data are held. If data were found since, record the "
                   "action “data found” (a request already answered so is first closed and "
                   "reopened, giving the reason)."),
    "clock_before_receipt": QT_TRANSLATE_NOOP(
        "problem", "{date} is before the request was received."),
    "clock_in_future": QT_TRANSLATE_NOOP("problem", "{date} is in the future."),
    "data_acts_recorded": QT_TRANSLATE_NOOP(
        "problem", "an act on the requester's data was recorded on {date}."),
    "letter_says_otherwise": QT_TRANSLATE_NOOP(
        "problem", "letter {number}, already made, says the opposite."),
    "no_right_waits_for": QT_TRANSLATE_NOOP(
        "problem", "No open right of this request waits for that ({event})."),
    "note_language_differs": QT_TRANSLATE_NOOP(
        "problem", "Your paragraph seems to be in another language ({written}) than the "
                   "letter ({lang}): translate it, or make the letter in that language."),
    "incident_text_language_differs": QT_TRANSLATE_NOOP(
        "problem", "The letter prints the incident's text «{text}», which seems to be in "
                   "another language ({written}) than the letter ({lang}): correct it in the "
                   "letter's language, or make the letter in that language."),
    "quoted_note_language_differs": QT_TRANSLATE_NOOP(
        "problem", "The letter quotes the action note «{text}», which seems to be in "
                   "another language ({written}) than the letter ({lang}): void the action "
                   "and record it again in the letter's language."),
    "operator_set_needs_id": QT_TRANSLATE_NOOP(
        "problem", "Give the operator's IIN or BIN, email and phone."),
    "profile_fallback": QT_TRANSLATE_NOOP(
        "problem", "The processing profile is not filled in for this language ({lang}) "
                   "yet: the letter uses the one in another language ({used})."),
    "refusal_needs_ground": QT_TRANSLATE_NOOP(
        "problem", "A refusal states its legal ground: tick at least one ground."),
    "refusal_nothing_open": QT_TRANSLATE_NOOP(
        "problem", "Every right in this request has already been answered: there is "
                   "nothing left to refuse."),
    "requisites_fallback": QT_TRANSLATE_NOOP(
        "problem", "The operator's requisites are not filled in for this language ({lang}) "
                   "yet: the letter uses those in another language ({used})."),
    "rule_citation_missing": QT_TRANSLATE_NOOP(
        "problem", "Give the rule's citation in this language too ({lang})."),
    "rule_invalid": QT_TRANSLATE_NOOP(
        "problem", "The rule is incomplete: give its right, period, unit and start date."),
    "rule_period_invalid": QT_TRANSLATE_NOOP("problem", "A period is 1 to 365 days, not {value}."),
    "setting_text_empty": QT_TRANSLATE_NOOP("problem", "The setting needs a text; it was empty."),
    "setting_flag_invalid": QT_TRANSLATE_NOOP(
        "problem", "The setting is on or off, not “{value}”."),
    "reminder_time_invalid": QT_TRANSLATE_NOOP(
        "problem", "“{value}” is not a time of day: write it as HH:MM, e.g. 09:00."),
    "calendar_target_not_calendar": QT_TRANSLATE_NOOP(
        "problem", "{path} exists and is not a calendar file; nothing was written. Choose "
                   "another name."),
    "calendar_target_is_register": QT_TRANSLATE_NOOP(
        "problem", "{path} is the register itself; nothing was written. Choose another file."),
    "unknown_basis_kind": QT_TRANSLATE_NOOP(
        "problem", "Unknown basis “{value}”; allowed: {allowed}."),
    "unknown_rule_unit": QT_TRANSLATE_NOOP(
        "problem", "Unknown unit “{value}”; allowed: {allowed}."),
    "signatory_name_missing": QT_TRANSLATE_NOOP(
        "problem", "The operator's signatory has no name: the letter leaves the name line "
                   "blank for a handwritten one (Settings, tab Operator)."),
    "unknown_purpose": QT_TRANSLATE_NOOP(
        "problem", "“{value}” is not a purpose in the processing profile of the letter's "
                   "language."),
    "number_format_invalid": QT_TRANSLATE_NOOP(
        "problem", "“{value}” is not a number format: use {{year}} and the counter {{seq}}, "
                   "e.g. {{seq}}/{{year}} or {{year}}-{{seq:04d}}."),
    "passphrases_differ": QT_TRANSLATE_NOOP(
        "problem", "The two passphrases differ; nothing was created."),
    "limit_negative": QT_TRANSLATE_NOOP("problem", "The limit must be zero or more."),
    "size_negative": QT_TRANSLATE_NOOP("problem", "The size must be zero or more."),
    "choose_new_passphrase": QT_TRANSLATE_NOOP(
        "problem", "Choose the new passphrase of the register."),
    # Incidents (breaches of security) and their notice.
    "incident_what_missing": QT_TRANSLATE_NOOP(
        "problem", "Say what happened: an incident needs a description."),
    "incident_text_too_long": QT_TRANSLATE_NOOP(
        "problem", "A text of an incident may hold at most {limit} characters."),
    "incident_subjects_invalid": QT_TRANSLATE_NOOP(
        "problem", "'{value}' is not a number of subjects (a whole number, 0 or more)."),
    "incident_yes_no_invalid": QT_TRANSLATE_NOOP(
        "problem", "'{value}' is not an answer here; allowed: {allowed}."),
    "incident_reason_missing": QT_TRANSLATE_NOOP(
        "problem", "Give the reason for the decision on notifying (why or why not)."),
    "incident_detected_in_future": QT_TRANSLATE_NOOP(
        "problem", "The detection time {value} is in the future."),
    "incident_subject_empty": QT_TRANSLATE_NOOP(
        "problem", "Give the subject's full name, IIN or mobile number (at least one)."),
    "incident_subject_iin_invalid": QT_TRANSLATE_NOOP(
        "problem", "'{value}' is not a valid IIN."),
    "incident_not_found": QT_TRANSLATE_NOOP(
        "problem", "There is no incident {number} in the register."),
    "incident_closed": QT_TRANSLATE_NOOP(
        "problem", "The incident {number} is closed; nothing in it can change."),
    "incident_measures_missing": QT_TRANSLATE_NOOP(
        "problem", "The notice must state the measures taken: record them for the incident "
                   "{number} first."),
    "incident_letter_language": QT_TRANSLATE_NOOP(
        "problem", "This letter is made in {allowed}, not in '{lang}'."),
    "incident_subjects_missing": QT_TRANSLATE_NOOP(
        "problem", "The notice names no affected subjects yet; it says they will be reported "
                   "later."),
    "incident_export_format": QT_TRANSLATE_NOOP(
        "problem", "'{value}' is not a format incidents are exported to; use .csv or .xlsx."),
    "responsible_invalid": QT_TRANSLATE_NOOP(
        "problem", "The responsible person's details are not valid."),
    "responsible_name_missing": QT_TRANSLATE_NOOP(
        "problem", "Give the name of the person responsible for organising the processing."),
    "responsible_contact_missing": QT_TRANSLATE_NOOP(
        "problem", "Give a phone or an email of the person responsible for organising the "
                   "processing."),
    "responsible_missing": QT_TRANSLATE_NOOP(
        "problem", "No person responsible for organising the processing is set: the letter says "
                   "none is appointed."),
    # Exports.
    "xlsx_too_many_rows": QT_TRANSLATE_NOOP(
        "problem", "An Excel sheet holds at most {limit} rows and this export has more; "
                   "nothing was written. Export a shorter period, or as CSV."),
}
