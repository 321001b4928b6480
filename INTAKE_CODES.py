"""The English wording of every code the intake layer raises or reports, for the two faces.

To be merged by hand into the command line's catalog (``CLI``) and the window's (``UI``).
Each template is filled with ``template.format(**error.values)`` (or ``notice.values``); the
placeholders are exactly the keywords given where the code is raised. The ``CLI`` sentences
are, word for word, the ones intake produced itself before it raised codes. None of them names
a command-line option, so the window's sentence is the same; it is repeated so the two
catalogs can drift apart.
"""

from __future__ import annotations

CLI: dict[str, str] = {
    # --- IntakeError: the file (app/intake/mail_common.py) ---------------------------------
    "not_an_email_file":
        "The file '{file}' is not an email file: only .eml and .msg files can be imported.",
    "email_file_missing": "The file '{file}' does not exist.",
    "email_file_unopenable": "The file '{file}' cannot be opened: {reason}.",
    "email_file_name_invalid": "The file name '{file}' is not valid.",
    "email_file_is_folder": "'{file}' is a folder, not an email file.",
    "email_file_not_regular": "'{file}' is not a regular file and cannot be imported.",
    "email_file_unreadable": "The file '{file}' cannot be read: {reason}.",
    "email_empty": "The file '{file}' is empty.",
    "email_too_large":
        "The file '{file}' is {size_mb:.1f} MB; emails over {limit_mb} MB are not imported.",
    # --- IntakeError: the content (mail_common.py, eml.py, msg.py) -------------------------
    "eml_damaged":
        "The file '{file}' could not be read as an email message: it is damaged or in a "
        "format Otinish does not understand.",
    "msg_damaged":
        "The file '{file}' could not be read as an Outlook message: it is damaged or in a "
        "format Otinish does not understand.",
    "not_an_email":
        "The file '{file}' is not an email message: it has no sender and no readable text.",
    "email_nothing_to_read":
        "The email '{file}' has nothing to read: its text and subject are both empty.",
    "msg_saved_as_eml":
        "The file '{file}' is an Outlook .msg message saved with an .eml extension; rename it "
        "to .msg and import it again.",
    "eml_mime_too_deep":
        "The file '{file}' is damaged: its MIME headers are nested too deeply to read.",
    "not_an_outlook_message":
        "The file '{file}' is not an Outlook message: a .msg file must be saved by Outlook.",
    "outlook_file_not_a_message":
        "The file '{file}' is not a readable Outlook message: it is damaged or another kind "
        "of Office file.",
    # --- DomainError: contact details (app/intake/service.py) ------------------------------
    "not_an_email_address": "'{value}' is not an email address.",
    "not_a_phone_number": "'{value}' is not a phone number.",
    # {reason} is app.domain.identifiers.check_id's own English sentence, ending in a period.
    "invalid_iin": "The IIN '{value}' is not valid: {reason}",
    "iin_is_a_bin":
        "The IIN '{value}' is not valid: A requester is identified by an IIN, not a BIN.",
    # --- Notice: what was guessed while reading a mail (ParsedEmail.warnings) ---------------
    "email_date_from_file_time":
        "The email has no valid date; the file's modification time is used.",
    "email_date_from_import_time": "The email has no valid date; the time of import is used.",
    "email_date_in_future":
        "The email's date is in the future; check the time it was received.",
    "email_no_sender_address": "The email has no sender address.",
    "email_subject_as_text": "The email has no body text; its subject is used as the text.",
    "email_unknown_charset":
        "The email declares an unknown character set ({charset}); unreadable characters were "
        "replaced.",
    "email_text_replaced":
        "Part of the text was not valid in its character set and was replaced.",
    "email_rtf_unreadable": "The email's formatted (RTF) text could not be read.",
}

UI: dict[str, str] = {
    # --- IntakeError: the file ---------------------------------------------------------------
    "not_an_email_file":
        "The file '{file}' is not an email file: only .eml and .msg files can be imported.",
    "email_file_missing": "The file '{file}' does not exist.",
    "email_file_unopenable": "The file '{file}' cannot be opened: {reason}.",
    "email_file_name_invalid": "The file name '{file}' is not valid.",
    "email_file_is_folder": "'{file}' is a folder, not an email file.",
    "email_file_not_regular": "'{file}' is not a regular file and cannot be imported.",
    "email_file_unreadable": "The file '{file}' cannot be read: {reason}.",
    "email_empty": "The file '{file}' is empty.",
    "email_too_large":
        "The file '{file}' is {size_mb:.1f} MB; emails over {limit_mb} MB are not imported.",
    # --- IntakeError: the content ------------------------------------------------------------
    "eml_damaged":
        "The file '{file}' could not be read as an email message: it is damaged or in a "
        "format Otinish does not understand.",
    "msg_damaged":
        "The file '{file}' could not be read as an Outlook message: it is damaged or in a "
        "format Otinish does not understand.",
    "not_an_email":
        "The file '{file}' is not an email message: it has no sender and no readable text.",
    "email_nothing_to_read":
        "The email '{file}' has nothing to read: its text and subject are both empty.",
    "msg_saved_as_eml":
        "The file '{file}' is an Outlook .msg message saved with an .eml extension; rename it "
        "to .msg and import it again.",
    "eml_mime_too_deep":
        "The file '{file}' is damaged: its MIME headers are nested too deeply to read.",
    "not_an_outlook_message":
        "The file '{file}' is not an Outlook message: a .msg file must be saved by Outlook.",
    "outlook_file_not_a_message":
        "The file '{file}' is not a readable Outlook message: it is damaged or another kind "
        "of Office file.",
    # --- DomainError: contact details --------------------------------------------------------
    "not_an_email_address": "'{value}' is not an email address.",
    "not_a_phone_number": "'{value}' is not a phone number.",
    "invalid_iin": "The IIN '{value}' is not valid: {reason}",
    "iin_is_a_bin":
        "The IIN '{value}' is not valid: A requester is identified by an IIN, not a BIN.",
    # --- Notice: what was guessed while reading a mail ---------------------------------------
    "email_date_from_file_time":
        "The email has no valid date; the file's modification time is used.",
    "email_date_from_import_time": "The email has no valid date; the time of import is used.",
    "email_date_in_future":
        "The email's date is in the future; check the time it was received.",
    "email_no_sender_address": "The email has no sender address.",
    "email_subject_as_text": "The email has no body text; its subject is used as the text.",
    "email_unknown_charset":
        "The email declares an unknown character set ({charset}); unreadable characters were "
        "replaced.",
    "email_text_replaced":
        "Part of the text was not valid in its character set and was replaced.",
    "email_rtf_unreadable": "The email's formatted (RTF) text could not be read.",
}
