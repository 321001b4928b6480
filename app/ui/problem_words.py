"""The window's English words for every problem code (context "problem" in the catalogs).

Data only: `messages.word()` translates and fills these. Where the terminal's sentence
names a command-line option, the window's says where to click instead.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .problem_words_mail import MAIL_CATALOG

CATALOG: dict[str, str] = {
    "lock_file_unwritable": QT_TRANSLATE_NOOP(
        "problem", "Cannot create the lock file {path}: {reason}."),
    "register_locked": QT_TRANSLATE_NOOP(
        "problem", "The register {path} is open in another Otinish window or program; close "
                   "it there first."),
    "unknown_request_type": QT_TRANSLATE_NOOP(
        "problem", "Unknown request type “{value}”; allowed: {allowed}."),
    "unknown_channel": QT_TRANSLATE_NOOP(
        "problem", "Unknown channel “{value}”; allowed: {allowed}."),
    "unknown_language": QT_TRANSLATE_NOOP(
        "problem", "Unknown language “{value}”; allowed: {allowed}."),
    "unknown_status": QT_TRANSLATE_NOOP(
        "problem", "Unknown status “{value}”; allowed: {allowed}."),
    "unknown_outcome": QT_TRANSLATE_NOOP(
        "problem", "Unknown outcome “{value}”; allowed: {allowed}."),
    "unknown_action_kind": QT_TRANSLATE_NOOP(
        "problem", "Unknown action “{value}”; allowed: {allowed}."),
    "unknown_identity_method": QT_TRANSLATE_NOOP(
        "problem", "Unknown identity method “{value}”; allowed: {allowed}."),
    "unknown_identity_result": QT_TRANSLATE_NOOP(
        "problem", "Unknown identity result “{value}”; allowed: {allowed}."),
    "unknown_override_kind": QT_TRANSLATE_NOOP(
        "problem", "Unknown kind of calendar day “{value}” for {day}; allowed: {allowed}."),
    "period_too_short": QT_TRANSLATE_NOOP(
        "problem", "A period must be at least one working day."),
    "identity_note_long_number": QT_TRANSLATE_NOOP(
        "problem", "An identity note may hold the document type and at most its last 4 "
                   "digits; remove the longer number."),
    "id_not_12_digits": QT_TRANSLATE_NOOP("problem", "An IIN or BIN has exactly 12 digits."),
    "iin_century_digit": QT_TRANSLATE_NOOP(
        "problem", "The 7th digit of this IIN is not 0-6; check the number (since 2013 it "
                   "need not encode the century)."),
    "iin_birth_date": QT_TRANSLATE_NOOP(
        "problem", "The first 6 digits of this IIN are not a birth date; check the number "
                   "(since 2013 they need not be one)."),
    "bin_month": QT_TRANSLATE_NOOP("problem", "Digits 3-4 of a BIN must be a month, 01-12."),
    "bin_attribute": QT_TRANSLATE_NOOP(
        "problem", "The 6th digit of a BIN (attribute) must be 0-3."),
    "id_no_check_digit": QT_TRANSLATE_NOOP(
        "problem", "No valid {kind} can start with these 11 digits."),
    "id_wrong_check_digit": QT_TRANSLATE_NOOP(
        "problem", "The check digit of this {kind} is wrong."),
    "transition_not_allowed": QT_TRANSLATE_NOOP(
        "problem", "A request cannot go from “{current}” to “{new}”."),
    "request_closed": QT_TRANSLATE_NOOP(
        "problem", "The request is closed; reopen it with a reason first."),
    "already_closed": QT_TRANSLATE_NOOP("problem", "The request is already closed."),
    "only_closed_reopen": QT_TRANSLATE_NOOP(
        "problem", "Only a closed request can be reopened."),
    "reopen_needs_reason": QT_TRANSLATE_NOOP(
        "problem", "Give a reason to reopen a closed request."),
    "profile_not_object": QT_TRANSLATE_NOOP(
        "problem", "The processing profile cannot be read; fill it in again in Settings, tab "
                   "Processing profile."),
    "profile_list_empty": QT_TRANSLATE_NOOP(
        "problem", "Fill in “{field}” in the processing profile: one entry per line."),
    "profile_text_empty": QT_TRANSLATE_NOOP(
        "problem", "Fill in “{field}” in the processing profile."),
    "profile_unknown_entry": QT_TRANSLATE_NOOP(
        "problem", "The processing profile has an unknown entry “{field}”; allowed: "
                   "{allowed}."),
    "operator_name_missing": QT_TRANSLATE_NOOP("problem", "Give the operator's name."),
    "operator_id_invalid": QT_TRANSLATE_NOOP(
        "problem", "{value} is not a valid IIN or BIN: {reason}"),
    "operator_address_missing": QT_TRANSLATE_NOOP("problem", "Give the operator's address."),
    "wrong_secret": QT_TRANSLATE_NOOP(
        "problem", "The passphrase or key does not open the register {path}; nothing was "
                   "changed. Check the passphrase and try again."),
    "not_a_register_file": QT_TRANSLATE_NOOP(
        "problem", "The file {path} cannot be opened as a register: {reason}."),
    "register_exists": QT_TRANSLATE_NOOP(
        "problem", "A file already exists at {path}; choose another name or open it "
                   "instead."),
    "register_missing": QT_TRANSLATE_NOOP("problem", "There is no register at {path}."),
    "register_is_folder": QT_TRANSLATE_NOOP(
        "problem", "{path} is a folder, not a register file."),
    "not_an_otinish_register": QT_TRANSLATE_NOOP(
        "problem", "The file {path} is not an Otinish register."),
    "register_damaged": QT_TRANSLATE_NOOP(
        "problem", "The register {path} is damaged ({reason}); restore the newest backup "
                   "(Register, Restore from backup)."),
    "new_passphrase_empty": QT_TRANSLATE_NOOP(
        "problem", "The new passphrase must not be empty."),
    "rekey_damaged": QT_TRANSLATE_NOOP(
        "problem", "The register failed its integrity check; restore a backup before "
                   "changing its key."),
    "register_read_only": QT_TRANSLATE_NOOP(
        "problem", "The register {path} is read-only; nothing was saved. Check the file's "
                   "permissions."),
    "register_busy": QT_TRANSLATE_NOOP(
        "problem", "The register is busy in another program; nothing was saved. Try again."),
    "disk_full": QT_TRANSLATE_NOOP(
        "problem", "The disk is full; nothing was saved. Free some space."),
    "register_damaged_read_only": QT_TRANSLATE_NOOP(
        "problem", "The register failed its integrity check ({problem}); it is open read-only. "
                   "Restore the newest backup."),
    "retention_years_invalid": QT_TRANSLATE_NOOP(
        "problem", "Keep closed requests for 1 to 75 years, not {value}."),
    "operator_record_invalid": QT_TRANSLATE_NOOP(
        "problem", "The operator's details are incomplete; fill them in again in Settings, "
                   "tab Operator."),
    "unknown_setting": QT_TRANSLATE_NOOP(
        "problem", "Unknown setting “{key}”; allowed: {allowed}."),
    "request_id_not_found": QT_TRANSLATE_NOOP(
        "problem", "The request (id {id}) is no longer in the register; refresh the view."),
    "types_missing": QT_TRANSLATE_NOOP("problem", "Tick at least one right requested."),
    "requester_name_missing": QT_TRANSLATE_NOOP("problem", "Give the requester's name."),
    "action_note_missing": QT_TRANSLATE_NOOP("problem", "Describe the action in a note."),
    "letter_number_taken": QT_TRANSLATE_NOOP(
        "problem", "The outgoing number {number} was just taken by another letter; make the "
                   "letter again."),
    "request_not_found": QT_TRANSLATE_NOOP("problem", "There is no request {number}."),
    "letter_not_found": QT_TRANSLATE_NOOP(
        "problem", "The letter (id {id}) is no longer in the register."),
    "letter_copy_missing": QT_TRANSLATE_NOOP(
        "problem", "This letter has no copy in the register (it was purged, or it is a demo "
                   "letter)."),
    "attachment_not_found": QT_TRANSLATE_NOOP(
        "problem", "The original (id {id}) is no longer in the register."),
    "backup_exists": QT_TRANSLATE_NOOP(
        "problem", "{path} already exists; choose a new name for the backup."),
    "folder_missing": QT_TRANSLATE_NOOP(
        "problem", "The folder {path} does not exist; create it or choose another."),
    "backup_without_secret": QT_TRANSLATE_NOOP(
        "problem", "This register was opened without its secret; open it again to back it "
                   "up."),
    "folder_unwritable": QT_TRANSLATE_NOOP(
        "problem", "Cannot write to the folder {path}: {reason}."),
    "backup_failed": QT_TRANSLATE_NOOP(
        "problem", "The backup to {path} failed ({reason}); nothing was written."),
    "backup_missing": QT_TRANSLATE_NOOP("problem", "There is no backup file at {path}."),
    "backup_wrong_key": QT_TRANSLATE_NOOP(
        "problem", "{path} is not a backup made with this register's key (or not a register "
                   "at all); nothing was changed."),
    "not_a_backup": QT_TRANSLATE_NOOP(
        "problem", "{path} is not a backup of an Otinish register; nothing was changed."),
    "backup_damaged": QT_TRANSLATE_NOOP(
        "problem", "The backup {path} is damaged; choose another one."),
    "restore_failed": QT_TRANSLATE_NOOP(
        "problem", "The restore failed ({reason}); the register was not changed."),
    "no_keychain_for_new": QT_TRANSLATE_NOOP(
        "problem", "No system keychain is available; set {env} to a passphrase for the "
                   "register."),
    "key_not_in_keychain": QT_TRANSLATE_NOOP(
        "problem", "The key of this register is not in the system keychain; set {env} to "
                   "its passphrase."),
    "no_keychain_choose_passphrase": QT_TRANSLATE_NOOP(
        "problem", "No system keychain is available; choose a passphrase for the register."),
    "enter_passphrase": QT_TRANSLATE_NOOP("problem", "Enter the passphrase of the register."),
    "operator_missing": QT_TRANSLATE_NOOP(
        "problem", "Set the operator's details first: Settings, tab Operator."),
    "unknown_letter_kind": QT_TRANSLATE_NOOP(
        "problem", "Unknown letter kind “{value}”; allowed: {allowed}."),
    "profile_missing_access": QT_TRANSLATE_NOOP(
        "problem", "An access response lists what you process: fill in the processing profile "
                   "first (Settings, tab Processing profile)."),
    "actions_missing": QT_TRANSLATE_NOOP(
        "problem", "Record what was done first ({action}), then make the letter “{kind}”."),
    "profile_missing_withdrawal": QT_TRANSLATE_NOOP(
        "problem", "A withdrawal confirmation names the purposes of processing: fill in the "
                   "processing profile first (Settings, tab Processing profile)."),
    "unknown_refusal_ground": QT_TRANSLATE_NOOP(
        "problem", "Unknown refusal ground “{value}”; allowed: {allowed}."),
    "note_required": QT_TRANSLATE_NOOP(
        "problem", "The letter “{kind}” needs your own paragraph: write it under “Your "
                   "paragraph”."),
    "template_missing": QT_TRANSLATE_NOOP(
        "problem", "The template {path} is missing; reinstall Otinish or restore the file."),
    "template_syntax": QT_TRANSLATE_NOOP(
        "problem", "The template {path} has a syntax error in a field or tag (line {line}): "
                   "{reason}."),
    "template_unreadable": QT_TRANSLATE_NOOP(
        "problem", "The template {path} cannot be read as a Word document: {reason}."),
    "template_unknown_field": QT_TRANSLATE_NOOP(
        "problem", "The template {path} uses the field “{field}”, which the letter “{kind}” "
                   "does not have; correct the field's name."),
    "template_undefined_field": QT_TRANSLATE_NOOP(
        "problem", "The template {path} uses a field that does not exist ({reason}); correct "
                   "the field's name."),
    "template_fill_failed": QT_TRANSLATE_NOOP(
        "problem", "The template {path} cannot be filled in: {reason}."),
    "template_badly_named": QT_TRANSLATE_NOOP(
        "problem", "{file} is not named <kind>.<{languages}>.docx."),
    "letter_file_exists": QT_TRANSLATE_NOOP(
        "problem", "The file {path} already exists; letters are never overwritten."),
    "letter_folder_denied": QT_TRANSLATE_NOOP(
        "problem", "Cannot write to the folder {path}: permission denied; choose another "
                   "letters folder in Settings, tab Letters."),
    "letter_disk_full": QT_TRANSLATE_NOOP(
        "problem", "The disk is full; the letter was not saved in {path}. Free some space "
                   "and try again."),
    "letter_folder_read_only": QT_TRANSLATE_NOOP(
        "problem", "The folder {path} is read-only; choose another letters folder in "
                   "Settings, tab Letters."),
    "letter_write_failed": QT_TRANSLATE_NOOP(
        "problem", "Cannot write the letter to {path}: {reason}."),
    "possible_duplicate": QT_TRANSLATE_NOOP(
        "problem", "Possible duplicate: the open request {number} has the same {same}."),
    "file_unreadable": QT_TRANSLATE_NOOP("problem", "Cannot read {path}: {reason}."),
    "file_not_json": QT_TRANSLATE_NOOP(
        "problem", "{path} is not valid JSON (line {line}: {reason})."),
    "env_passphrase_missing": QT_TRANSLATE_NOOP(
        "problem", "Set {env} to the register's passphrase first."),
    "keychain_refused": QT_TRANSLATE_NOOP(
        "problem", "The system keychain refused the key; choose a passphrase instead."),
    "passphrase_missing": QT_TRANSLATE_NOOP(
        "problem", "Give a passphrase for the register."),
    "register_already_exists": QT_TRANSLATE_NOOP(
        "problem", "A register already exists at {path}; nothing was changed."),
    "rekey_no_keychain": QT_TRANSLATE_NOOP(
        "problem", "No system keychain is available; choose a new passphrase instead."),
    "rekey_keychain_refused": QT_TRANSLATE_NOOP(
        "problem", "The key changed but the keychain refused it; change the key again."),
    "rekey_passphrase_missing": QT_TRANSLATE_NOOP(
        "problem", "Give the new passphrase of the register."),
    "export_target_is_folder": QT_TRANSLATE_NOOP(
        "problem", "{path} is a folder; give a file name."),
    "export_folder_unwritable": QT_TRANSLATE_NOOP(
        "problem", "Cannot write to the folder {path}: {reason}; choose another folder."),
    "export_write_failed": QT_TRANSLATE_NOOP(
        "problem", "Cannot write {path}: {reason}; nothing was written."),
    "unknown_export_format": QT_TRANSLATE_NOOP(
        "problem", "Unknown export format “{value}”; allowed: {allowed}."),
    "period_reversed": QT_TRANSLATE_NOOP(
        "problem", "The start of the period is after its end."),
    "demo_register_not_empty": QT_TRANSLATE_NOOP(
        "problem", "The register already holds requests; demo data goes into a new or empty "
                   "register."),
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
    "email_subject_as_text": QT_TRANSLATE_NOOP(
        "problem", "The email has no body text; its subject is used as the text."),
    "email_unknown_charset": QT_TRANSLATE_NOOP(
        "problem", "The email declares an unknown character set ({charset}); unreadable "
                   "characters were replaced."),
    "email_text_replaced": QT_TRANSLATE_NOOP(
        "problem", "Part of the text was not valid in its character set and was replaced."),
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
}

CATALOG.update(MAIL_CATALOG)  # issue 14: mail in and out

#: Where one template cannot fit every value of a field (Russian says "та же почта" but
#: "тот же телефон"), a sentence per value; `CATALOG` stays the fallback.
BY_VALUE: dict[tuple[str, str, str], str] = {
    ("possible_duplicate_closed", "same", "email"): QT_TRANSLATE_NOOP(
        "problem", "Possible duplicate: request {number}, closed recently, has the same email."),
    ("possible_duplicate_closed", "same", "phone"): QT_TRANSLATE_NOOP(
        "problem", "Possible duplicate: request {number}, closed recently, has the same phone."),
    ("possible_duplicate", "same", "email"): QT_TRANSLATE_NOOP(
        "problem", "Possible duplicate: the open request {number} has the same email."),
    ("possible_duplicate", "same", "phone"): QT_TRANSLATE_NOOP(
        "problem", "Possible duplicate: the open request {number} has the same phone."),
}
