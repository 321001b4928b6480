"""The command line's words for every problem a user can cause (English).

Layers raise problems as codes with values (app/domain/errors.py); this catalog words
them for a terminal, naming the CLI's own options where that helps ("give it with
--note"). The window has its own, translated catalog (app/ui/messages.py). A test
checks that every code raised anywhere in `app/` is here, with matching placeholders.
"""

from __future__ import annotations

from typing import Any

from app.domain.errors import Notice, UserError

from .messages_more import MORE_MESSAGES

MESSAGES: dict[str, str] = {
    "lock_file_unwritable": "Cannot create the lock file '{path}': {reason}.",
    "register_locked":
        "The register '{path}' is open in another Otinish window or program; "
        "close it there first.",
    "register_hard_linked":
        "The register '{path}' has another name on this disk (a hard link, {links} names); "
        "two names can lose changes, so it is not opened. Remove the other name first.",
    "lock_file_not_ours":
        "'{path}' is in the way of the register's lock file and is not one; it was left "
        "alone. Move it away and try again.",
    "not_a_register_or_damaged":
        "The file '{path}' is not an Otinish register (or it is damaged); check the path, "
        "or restore the newest backup.",
    "register_from_newer_version":
        "The register '{path}' was written by a newer version of Otinish; this version "
        "cannot read it correctly, so it did not open it (nothing was changed). Install "
        "the newer version to open it.",
    "register_needs_upgrade":
        "The register '{path}' was made by an older Otinish; open it once for writing "
        "(any command that changes it, or the window) to update it, then read it again.",
    "backup_of_damaged_register":
        "The register '{path}' is damaged, so it was not backed up (such a copy could not "
        "be restored); restore the newest backup.",
    "keychain_locked":
        "The system keychain is locked; unlock it (log in to the desktop session) or set "
        "{env} to the register's passphrase.",
    "unknown_request_type": "Unknown request type '{value}'; allowed: {allowed}.",
    "unknown_channel": "Unknown channel '{value}'; allowed: {allowed}.",
    "unknown_language": "Unknown language '{value}'; allowed: {allowed}.",
    "unknown_status": "Unknown status '{value}'; allowed: {allowed}.",
    "unknown_outcome": "Unknown outcome '{value}'; allowed: {allowed}.",
    "unknown_action_kind": "Unknown action kind '{value}'; allowed: {allowed}.",
    "unknown_identity_method": "Unknown identity method '{value}'; allowed: {allowed}.",
    "unknown_identity_result": "Unknown identity result '{value}'; allowed: {allowed}.",
    "unknown_override_kind": "Unknown calendar override '{value}' for {day}; allowed: {allowed}.",
    "period_too_short": "A period must be at least one working day.",
    "identity_note_long_number":
        "An identity note may hold the document type and at most its last 4 "
        "digits; remove the longer number.",
    "id_not_12_digits": "An IIN or BIN has exactly 12 digits.",
    "iin_century_digit":
        "The 7th digit of this IIN is not 0-6; check the number (since 2013 it need not "
        "encode the century).",
    "iin_birth_date":
        "The first 6 digits of this IIN are not a birth date; check the number (since 2013 "
        "they need not be one).",
    "bin_month": "Digits 3-4 of a BIN must be a month, 01-12.",
    "bin_attribute": "The 6th digit of a BIN (attribute) must be 0-3.",
    "id_no_check_digit": "No valid {kind} can start with these 11 digits.",
    "id_wrong_check_digit": "The check digit of this {kind} is wrong.",
    "transition_not_allowed": "A request cannot go from '{current}' to '{new}'.",
    "request_closed": "The request is closed; reopen it with a reason first.",
    "already_closed": "The request is already closed.",
    "only_closed_reopen": "Only a closed request can be reopened.",
    "reopen_needs_reason": "Give a reason to reopen a closed request.",
    "profile_not_object": "The processing profile must be a JSON object.",
    "profile_list_empty": "The profile's '{field}' must be a non-empty list of texts.",
    "profile_text_empty": "The profile's '{field}' must be a non-empty text.",
    "profile_unknown_entry": "The profile has an unknown entry '{field}'; allowed: {allowed}.",
    "operator_name_missing": "Give the operator's name.",
    "operator_id_invalid": "'{value}' is not a valid IIN or BIN: {reason}",
    "operator_address_missing": "Give the operator's address.",
    "wrong_secret":
        "The passphrase or key does not open the register '{path}'; nothing was "
        "changed. Check the passphrase and try again.",
    "not_a_register_file": "The file '{path}' cannot be opened as a register: {reason}.",
    "register_exists": "A file already exists at '{path}'; choose another path or open it instead.",
    "register_missing": "There is no register at '{path}'; create one with 'init' first.",
    "register_is_folder": "'{path}' is a folder, not a register file.",
    "not_an_otinish_register": "The file '{path}' is not an Otinish register.",
    "register_damaged": "The register '{path}' is damaged ({reason}); restore the newest backup.",
    "new_passphrase_empty": "The new passphrase must not be empty.",
    "rekey_damaged":
        "The register failed its integrity check; restore a backup before "
        "changing its key.",
    "register_read_only":
        "The register '{path}' is read-only; nothing was saved. Check the "
        "file's permissions.",
    "register_busy": "The register is busy in another program; nothing was saved. Try again.",
    "disk_full": "The disk is full; nothing was saved. Free some space.",
    "keychain_key_locked":
        "The system keychain is locked; the key of the register '{path}' is kept there (it "
        "has no passphrase). Unlock the keychain (log in to the desktop session) and try "
        "again.",
    "keychain_key_unreachable":
        "The key of the register '{path}' is kept in the system keychain, which cannot be "
        "reached now (locked, not running, or another computer); it has no passphrase to type. "
        "Unlock the keychain (log in to the desktop session) and try again, or restore a "
        "backup.",
    "keychain_key_unreachable_recovery":
        "The key of the register '{path}' is kept in the system keychain, which cannot be "
        "reached now (locked, not running, or another computer); it has no passphrase to type. "
        "Unlock the keychain and try again, or put the key back with the recovery passphrase: "
        "'recover'.",
    "register_being_checked":
        "The register is being checked after Otinish ended unexpectedly; nothing was saved. "
        "Try again when the check has passed (a few seconds).",
    "register_damaged_read_only":
        "The register failed its integrity check ({problem}); it stays read-only until "
        "'check' passes. Restore the newest backup.",
    "retention_years_invalid": "Keep closed requests for 1 to 75 years, not '{value}'.",
    "operator_record_invalid": "The operator's details are incomplete; set them again.",
    "unknown_setting": "Unknown setting '{key}'; allowed: {allowed}.",
    "request_id_not_found": "There is no request with id {id}.",
    "types_missing": "Give at least one request type.",
    "requester_name_missing": "Give the requester's name.",
    "action_note_missing": "Describe the action in a note.",
    "letter_number_taken":
        "The outgoing number {number} was just taken by another letter; make "
        "the letter again.",
    "request_not_found": "There is no request {number}.",
    "letter_not_found": "There is no letter with id {id}.",
    "letter_copy_missing":
        "This letter has no copy in the register (it was purged, or it is a "
        "demo letter).",
    "attachment_not_found": "There is no attachment with id {id}.",
    "backup_exists": "'{path}' already exists; choose a new name for the backup.",
    "folder_missing": "The folder '{path}' does not exist; create it or choose another.",
    "backup_without_secret": "This register was opened without its secret; reopen it to back up.",
    "folder_unwritable": "Cannot write to the folder '{path}': {reason}.",
    "backup_failed": "The backup to '{path}' failed ({reason}); nothing was written.",
    "backup_missing": "There is no backup file at '{path}'.",
    "backup_wrong_key":
        "'{path}' is not a backup made with this register's key (or not a "
        "register at all); nothing was changed.",
    "not_a_backup": "'{path}' is not a backup of an Otinish register; nothing was changed.",
    "backup_damaged": "The backup '{path}' is damaged; choose another one.",
    "restore_failed": "The restore failed ({reason}); the register was not changed.",
    "no_keychain_for_new":
        "No system keychain is available; set {env} to a passphrase for the "
        "register.",
    "key_not_in_keychain":
        "The key of this register is not in the system keychain; set {env} to "
        "its passphrase.",
    "no_keychain_choose_passphrase":
        "No system keychain is available; choose a passphrase for the register.",
    "enter_passphrase": "Enter the passphrase of the register.",
    "operator_missing": "Set the operator's details first (operator set --name ... --id ...).",
    "unknown_letter_kind": "Unknown letter kind '{value}'; allowed: {allowed}.",
    "profile_missing_access":
        "An access response lists what you process: set the processing profile "
        "first with 'operator profile --file PROFILE.json'.",
    "actions_missing":
        "Record what was done first (action --kind {action}), then make the "
        "{kind} letter.",
    "profile_missing_withdrawal":
        "A withdrawal confirmation names the purposes of processing: set the "
        "processing profile first with 'operator profile --file PROFILE.json'.",
    "unknown_refusal_ground": "Unknown refusal ground '{value}'; allowed: {allowed}.",
    "refusal_needs_ground":
        "A refusal states its legal ground: give at least one with --ground.",
    "refusal_nothing_open":
        "Every right in this request has already been answered: there is nothing left "
        "to refuse.",
    "access_reply_no_data":
        "The record says no personal data of the requester were found ({date}): an access "
        "reply saying that we process them cannot be made; answer with --kind no_data, or "
        "record the data found (action --kind data_found) if they turned up since.",
    "letter_says_otherwise": "letter {number}, already made, says the opposite.",
    "data_acts_recorded": "an act on the requester's data was recorded on {date}.",
    "note_required": "A {kind} letter needs your own paragraph: give it with --note.",
    "template_missing": "The template '{path}' is missing; reinstall Otinish or restore the file.",
    "template_syntax":
        "The template '{path}' has a syntax error in a field or tag (line "
        "{line}): {reason}.",
    "template_unreadable": "The template '{path}' cannot be read as a Word document: {reason}.",
    "template_unknown_field":
        "The template '{path}' uses the field '{field}', which a {kind} letter "
        "does not have; correct the field's name.",
    "template_undefined_field":
        "The template '{path}' uses a field that does not exist ({reason}); "
        "correct the field's name.",
    "template_fill_failed": "The template '{path}' cannot be filled in: {reason}.",
    "template_badly_named": "'{file}' is not named <kind>.<{languages}>.docx.",
    "letter_file_exists": "The file '{path}' already exists; letters are never overwritten.",
    "letter_folder_denied":
        "Cannot write to the folder '{path}': permission denied; choose another "
        "folder.",
    "letter_disk_full":
        "The disk is full; the letter was not saved in '{path}'. Free some "
        "space and try again.",
    "letter_folder_read_only": "The folder '{path}' is read-only; choose another folder.",
    "letter_write_failed": "Cannot write the letter to '{path}': {reason}.",
    "register_on_network":
        "The register '{path}' is on a network folder: it is opened for one program at a "
        "time there, without its write-ahead log, and a dropped connection can still damage "
        "it. A folder on this computer is safer (keep backups on the network instead).",
    "register_in_onedrive":
        "The register '{path}' is inside OneDrive, which syncs it while it is open: it can "
        "make conflict copies of it, or leave only an online placeholder. Move it to a "
        "folder on this computer that OneDrive does not sync.",
    "new_register_on_network":
        "'{path}' is on a network folder, where a register can be damaged and is opened for "
        "one program at a time; choose a folder on this computer, or add --force to create "
        "it there anyway.",
    "new_register_in_onedrive":
        "'{path}' is inside OneDrive, which syncs a register while it is open (conflict "
        "copies, online-only placeholders); choose a folder on this computer, or add "
        "--force to create it there anyway.",
    "letter_folder_controlled":
        "Windows refused to let Otinish write in '{path}'. Controlled Folder Access "
        "(Windows Security, Ransomware protection) may be blocking it there: allow Otinish "
        "in it, or give another folder with --out.",
    "output_open_in_office":
        "'{path}' is open in Word or Excel, which keeps it from being replaced; close it "
        "there and try again.",
    "output_in_use":
        "'{path}' is in use by another program, which keeps it from being replaced; close "
        "it there and try again.",
    "export_folder_controlled":
        "Windows refused to let Otinish write in '{path}'. Controlled Folder Access "
        "(Windows Security, Ransomware protection) may be blocking it there: allow Otinish "
        "in it, or choose another folder; nothing was written.",
    "possible_duplicate": "Possible duplicate: open request {number} has the same {same}.",
    "file_unreadable": "Cannot read '{path}': {reason}.",
    "file_not_json": "'{path}' is not valid JSON (line {line}: {reason}).",
    "env_passphrase_missing": "Set {env} to the register's passphrase first.",
    "keychain_refused": "The system keychain refused the key; choose a passphrase instead.",
    "passphrase_missing": "Give a passphrase for the register.",
    "register_already_exists": "A register already exists at '{path}'; nothing was changed.",
    "rekey_no_keychain": "No system keychain is available; give a new passphrase instead.",
    "rekey_keychain_refused":
        "The system keychain refused to keep the keys; nothing was changed and the register "
        "still opens with its old key.",
    "backup_reencrypt_failed":
        "The backup '{path}' opens with an earlier key but could not be re-encrypted with the "
        "current one ({reason}); nothing was changed.",
    "recovery_needs_keychain":
        "A recovery passphrase is for a register whose key is in the system keychain; this "
        "computer has none.",
    "recovery_unwritable": "Cannot write the recovery file '{path}': {reason}.",
    "recovery_missing": "There is no recovery file '{path}' beside the register.",
    "recovery_wrong_passphrase": "That recovery passphrase does not open '{path}'.",
    "recovery_stale":
        "The recovery file '{path}' holds a key that no longer opens the register (it was "
        "changed since without renewing it).",
    "recovery_passphrase_missing":
        "Give the recovery passphrase in OTINISH_RECOVERY_PASSPHRASE (or run in a terminal "
        "to be asked).",
    "enter_recovery_passphrase": "Enter the register's recovery passphrase.",
    "backup_history_differs":
        "The backup '{path}' was changed after it was made: its audit trail differs from the "
        "witness written beside it. Nothing was changed; choose another backup.",
    "rekey_disk_full":
        "Not enough free disk space beside '{path}' for its re-encrypted copy; nothing was "
        "changed and the register still opens with its old key.",
    "rekey_failed":
        "The register '{path}' could not be re-encrypted ({reason}); nothing was changed and "
        "it still opens with its old key.",
    "rekey_key_left_pending":
        "The keychain did not take the new key as the register's entry; it is kept there as "
        "the pending key and the next opening finishes the change.",
    "witness_history_shorter":
        "The register's audit trail is shorter than its witness outside the file ({events} "
        "events, {witnessed} witnessed): events were deleted. Run 'check' and compare with a "
        "backup.",
    "witness_history_diverged":
        "The register's audit trail differs from its witness outside the file from event "
        "{event} on: it was rewritten. Run 'check' and compare with a backup.",
    "witness_counter_back":
        "The register's counter {counter} is {value}, below the {witnessed} witnessed "
        "outside the file: it was wound back. Run 'check' and compare with a backup.",
    "witness_missing":
        "The witness of the register '{path}' outside the file is missing; run 'check' and "
        "'check --accept-history' once you trust the register.",
    "witness_other_register":
        "Another register was witnessed at '{path}': this file was put in its place. Run "
        "'check' and 'check --accept-history' once you trust it.",
    "rekey_passphrase_missing":
        "Give the new passphrase in OTINISH_NEW_PASSPHRASE (or run in a "
        "terminal to be asked).",
    "export_target_is_folder": "'{path}' is a folder; give a file name.",
    "export_folder_unwritable":
        "Cannot write to the folder '{path}': {reason}; choose another folder.",
    "export_write_failed": "Cannot write '{path}': {reason}; nothing was written.",
    "register_disk_failed":
        "The disk holding the register is full or cannot be written ({reason}); free some "
        "space and try again.",
    "export_disk_full": "The disk is full; nothing was written to '{path}'. Free some space "
                        "or choose another drive.",
    "output_exists": "'{path}' already exists; give another name, or add --force to "
                     "replace it.",
    "output_protected":
        "'{path}' is a register, a backup or one of their files; an export never replaces "
        "it, even with --force: give another name.",
    "output_not_a_file":
        "'{path}' is not an ordinary file (a device, a link or something else); give "
        "another name.",
    "file_not_utf8": "'{path}' is not UTF-8 text; save it as UTF-8 and try again.",
    "template_unsafe":
        "The template '{path}' tries something a letter template may not do ({reason}); "
        "fix or remove it.",
    "template_too_big":
        "The template '{path}' makes a letter larger than {limit} characters (a runaway "
        "loop?); fix or remove it.",
    "template_too_slow":
        "The template '{path}' took longer than {seconds} seconds to fill in (a runaway "
        "loop?); fix or remove it.",
    "unknown_export_format": "Unknown export format '{value}'; allowed: {allowed}.",
    "period_reversed": "The start of the period is after its end.",
    "demo_register_not_empty":
        "The register already holds requests; demo data goes into a new or "
        "empty register.",
    # Intake: email files, contact details, what was guessed while reading a mail.
    "not_an_email_file":
        "The file '{file}' is not an email file: only .eml and .msg files can "
        "be imported.",
    "email_file_missing": "The file '{file}' does not exist.",
    "email_file_unopenable": "The file '{file}' cannot be opened: {reason}.",
    "email_file_name_invalid": "The file name '{file}' is not valid.",
    "email_file_is_folder": "'{file}' is a folder, not an email file.",
    "email_file_not_regular": "'{file}' is not a regular file and cannot be imported.",
    "email_file_unreadable": "The file '{file}' cannot be read: {reason}.",
    "email_empty": "The file '{file}' is empty.",
    "email_too_large":
        "The file '{file}' is {size_mb:.1f} MB; emails over {limit_mb} MB are "
        "not imported.",
    "eml_damaged":
        "The file '{file}' could not be read as an email message: it is damaged "
        "or in a format Otinish does not understand.",
    "msg_damaged":
        "The file '{file}' could not be read as an Outlook message: it is "
        "damaged or in a format Otinish does not understand.",
    "not_an_email":
        "The file '{file}' is not an email message: it has no sender and no "
        "readable text.",
    "email_nothing_to_read":
        "The email '{file}' has nothing to read: its text and subject are both "
        "empty.",
    "msg_saved_as_eml":
        "The file '{file}' is an Outlook .msg message saved with an .eml "
        "extension; rename it to .msg and import it again.",
    "eml_mime_too_deep":
        "The file '{file}' is damaged: its MIME headers are nested too deeply "
        "to read.",
    "not_an_outlook_message":
        "The file '{file}' is not an Outlook message: a .msg file must be saved "
        "by Outlook.",
    "outlook_file_not_a_message":
        "The file '{file}' is not a readable Outlook message: it is damaged or "
        "another kind of Office file.",
    "not_an_email_address": "'{value}' is not an email address.",
    "not_a_phone_number": "'{value}' is not a phone number.",
    "invalid_iin": "The IIN '{value}' is not valid: {reason}",
    "iin_is_a_bin":
        "The IIN '{value}' is not valid: A requester is identified by an IIN, "
        "not a BIN.",
    "email_date_from_file_time":
        "The email has no valid date; the file's modification time is used.",
    "email_date_from_import_time": "The email has no valid date; the time of import is used.",
    "email_date_in_future": "The email's date is in the future; check the time it was received.",
    "email_no_sender_address": "The email has no sender address.",
    "pasted_empty":
        "Nothing was pasted: paste the email's text, with its headers if you have them.",
    "pasted_too_large":
        "The pasted text is over {limit_mb} MB, more than an email holds.",
    "pasted_not_text":
        "The pasted text is not readable text: copy the email's text again.",
    "pasted_no_sender":
        "The pasted text does not say who wrote it: type the sender's email address or name.",
    "pasted_no_date":
        "The pasted text has no date: type when the email was received.",
    "pasted_date_typed":
        "The pasted text has no date; the received time is the one you typed.",
    "pasted_date_unreadable":
        "The date '{value}' in the pasted text could not be read; the received time is "
        "the one you typed.",
    "email_subject_as_text": "The email has no body text; its subject is used as the text.",
    "email_unknown_charset":
        "The email declares an unknown character set ({charset}); unreadable "
        "characters were replaced.",
    "email_text_replaced": "Part of the text was not valid in its character set and was replaced.",
    "email_rtf_unreadable": "The email's formatted (RTF) text could not be read.",
    "email_html_simplified":
        "The email's HTML is nested too deeply to lay out; its text was kept without the "
        "layout.",
    # Sending, corrections, repeated imports, contradictions.
    "unknown_sent_via": "Unknown way of sending '{value}'; allowed: {allowed}.",
    "letter_number_not_found": "There is no letter {number}.",
    "letter_already_sent": "The letter {number} was already recorded as sent.",
    "sent_before_made": "The letter {number} cannot have been sent before it was made.",
    "sent_in_future": "The sending time of {number} is in the future.",
    "void_needs_reason": "Give the reason for the correction (--reason).",
    "already_voided": "This was already voided.",
    "identity_check_not_found": "This request has no identity check {id}.",
    "action_not_found": "This request has no action {id}.",
    "unknown_edit_field": "Unknown field '{field}'.",
    "unknown_address_form": "Unknown form of address '{value}'; allowed: {allowed}.",
    "right_already_asked": "The request already asks for {type}.",
    "right_not_asked": "The request does not ask for {type}.",
    "last_right": "A request keeps at least one right; void the request instead.",
    "not_a_message":
        "The file '{file}' is not an email message: it has neither a sender nor a date.",
    "email_already_imported":
        "The message '{file}' is already in the register as {number}; to import it again, "
        "give --again --reason.",
    "letter_contradicts_record":
        "This letter would contradict the record: {reason} Give --despite REASON to make it "
        "anyway.",
    "deletion_recorded": "the data were recorded as destroyed on {date}.",
    "processing_stop_recorded": "the processing was recorded as stopped on {date}.",
    "letter_no_address":
        "The requester of {number} has no email and no postal address: hand the letter "
        "over or read it out, or add the address with 'edit'.",
    "letter_promises_past_date":
        "The letter promises an answer on {type} by {date}, a day already past: make the "
        "reply itself instead, or explain the delay in your paragraph (--note).",
    "letter_after_due":
        "The period for {type} ended on {date}: this reply is late. If you make it, explain "
        "the delay in your paragraph (--note).",
    "possible_duplicate_closed":
        "Possible duplicate: request {number}, closed recently, has the same {same}.",
    "clock_before_receipt": "{date} is before the request was received.",
    "clock_in_future": "{date} is in the future.",
    "no_right_waits_for":
        "No open right of this request is counted from that event ({event}).",
    "requisites_fallback":
        "There are no {lang} requisites of the operator yet: the letter uses the {used} ones "
        "(operator set --lang {lang} ...).",
    "profile_fallback":
        "There is no {lang} processing profile yet: the letter uses the {used} one "
        "(operator profile --lang {lang} ...).",
    "rule_invalid": "The rule is incomplete: give its type, period, unit and start date.",
    "unknown_rule_unit": "Unknown unit '{value}'; allowed: {allowed}.",
    "unknown_basis_kind": "Unknown basis '{value}'; allowed: {allowed}.",
    "rule_period_invalid": "A period is 1 to 365 days, not {value}.",
    "rule_citation_missing": "Give the rule's citation in {lang} too.",
    "note_language_differs":
        "Your paragraph reads as {written}, but the letter is in {lang}: translate it, or "
        "make the letter in {written}.",
    "quoted_note_language_differs":
        "The letter quotes the action note \"{text}\", which reads as {written}, but the "
        "letter is in {lang}: void the action and record it again in {lang}.",
    "setting_text_empty": "The setting needs a text; it was empty.",
    "setting_flag_invalid": "The setting is on or off (true or false), not '{value}'.",
    "reminder_time_invalid": "'{value}' is not a time of day: write it as HH:MM, e.g. 09:00.",
    "calendar_target_not_calendar":
        "{path} exists and is not a calendar file; nothing was written. Choose another name.",
    "calendar_target_is_register":
        "{path} is the register itself; nothing was written. Choose another file.",
    "signatory_name_missing":
        "The operator's signatory has no name: the letter leaves the name line blank for a "
        "handwritten one (operator set --signatory NAME; a sole proprietor signs in person).",
    "unknown_purpose":
        "'{value}' is not a purpose in the processing profile (of the letter's language).",
    "number_format_invalid":
        "'{value}' is not a number format: use {{year}} and the counter {{seq}}, e.g. "
        "{{seq}}/{{year}} or {{year}}-{{seq:04d}}.",
    # The command line's own problems.
    "operator_set_needs_id": "Give the operator's --id, --email and --phone.",
    "remove_needs_reason": "Give the reason for removing a right (--reason).",
    "again_needs_reason": "Give the reason for importing the message again (--reason).",
    "passphrases_differ": "The two passphrases differ; nothing was created.",
    "limit_negative": "--limit must be zero or more.",
    "size_negative": "--size must be zero or more.",
    "choose_new_passphrase": "Choose the new passphrase of the register.",
}
MESSAGES.update(MORE_MESSAGES)  # incidents and mail: messages_more.py


def _value(value: Any) -> Any:
    if isinstance(value, (UserError, Notice)):
        return word(value)
    return "" if value is None else value


def word(problem: UserError | Notice) -> str:
    """One sentence for *problem*; its code itself if the catalog lacks it (never a crash)."""
    template = MESSAGES.get(problem.code)
    values = problem.values or {}
    if template is None:
        return problem.code
    try:
        return template.format(**{k: _value(v) for k, v in values.items()})
    except (KeyError, IndexError):
        return template
