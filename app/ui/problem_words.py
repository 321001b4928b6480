"""The window's English words for every problem code (context "problem" in the catalogs).

Data only: `messages.word()` translates and fills these. Where the terminal's sentence
names a command-line option, the window's says where to click instead.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .problem_words_mail import MAIL_CATALOG
from .problem_words_more import MORE

CATALOG: dict[str, str] = {
    "lock_file_unwritable": QT_TRANSLATE_NOOP(
        "problem", "Cannot create the lock file {path}: {reason}."),
    "register_locked": QT_TRANSLATE_NOOP(
        "problem", "The register {path} is open in another Otinish window or program; close "
                   "it there first."),
    "register_hard_linked": QT_TRANSLATE_NOOP(
        "problem", "The register {path} has another name on this disk (a hard link, {links} "
                   "names); two names can lose changes, so it is not opened. Remove the "
                   "other name first."),
    "lock_file_not_ours": QT_TRANSLATE_NOOP(
        "problem", "{path} is in the way of the register's lock file and is not one; it was "
                   "left alone. Move it away and try again."),
    "not_a_register_or_damaged": QT_TRANSLATE_NOOP(
        "problem", "The file {path} is not an Otinish register (or it is damaged); check the "
                   "path, or restore the newest backup."),
    "register_from_newer_version": QT_TRANSLATE_NOOP(
        "problem", "The register {path} was written by a newer version of Otinish; this "
                   "version cannot read it correctly, so it did not open it (nothing was "
                   "changed). Install the newer version to open it."),
    "register_needs_upgrade": QT_TRANSLATE_NOOP(
        "problem", "The register {path} was made by an older Otinish; open it once for "
                   "writing to update it, then read it again."),
    "backup_of_damaged_register": QT_TRANSLATE_NOOP(
        "problem", "The register {path} is damaged, so it was not backed up (such a copy "
                   "could not be restored); restore the newest backup."),
    "keychain_locked": QT_TRANSLATE_NOOP(
        "problem", "The system keychain is locked, so the register's key cannot be read; "
                   "unlock it (log in to the desktop session) and open the register again, "
                   "or set {env} to the register's passphrase."),
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
    "keychain_key_locked": QT_TRANSLATE_NOOP(
        "problem", "The system keychain is locked; the key of the register {path} is kept there "
                   "(it has no passphrase). Unlock the keychain (log in to the desktop session) "
                   "and start Otinish again."),
    "keychain_key_unreachable": QT_TRANSLATE_NOOP(
        "problem", "The key of the register {path} is kept in the system keychain, which "
                   "cannot be reached now (locked, not running, or another computer); it has no "
                   "passphrase to type. Unlock the keychain (log in to the desktop session) and "
                   "start Otinish again, or restore a backup."),
    "keychain_key_unreachable_recovery": QT_TRANSLATE_NOOP(
        "problem", "The key of the register {path} is kept in the system keychain, which "
                   "cannot be reached now (locked, not running, or another computer); it has no "
                   "passphrase to type. Unlock the keychain and start Otinish again, or put the "
                   "key back with the register's recovery passphrase."),
    "register_being_checked": QT_TRANSLATE_NOOP(
        "problem", "The register is being checked after Otinish ended unexpectedly; nothing "
                   "was saved. Try again when the check has passed (a few seconds)."),
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
    "register_on_network": QT_TRANSLATE_NOOP(
        "problem", "The register {path} is on a network folder: it is opened for one program "
                   "at a time there, without its write-ahead log, and a dropped connection can "
                   "still damage it. A folder on this computer is safer (keep backups on the "
                   "network instead)."),
    "register_in_onedrive": QT_TRANSLATE_NOOP(
        "problem", "The register {path} is inside OneDrive, which syncs it while it is open: "
                   "it can make conflict copies of it, or leave only an online placeholder. "
                   "Move it to a folder on this computer that OneDrive does not sync."),
    "new_register_on_network": QT_TRANSLATE_NOOP(
        "problem", "{path} is on a network folder, where a register can be damaged and is "
                   "opened for one program at a time; a folder on this computer is safer."),
    "new_register_in_onedrive": QT_TRANSLATE_NOOP(
        "problem", "{path} is inside OneDrive, which syncs a register while it is open "
                   "(conflict copies, online-only placeholders); a folder on this computer is "
                   "safer."),
    "letter_folder_controlled": QT_TRANSLATE_NOOP(
        "problem", "Windows refused to let Otinish write in {path}. Controlled Folder Access "
                   "(Windows Security, Ransomware protection) may be blocking it there: allow "
                   "Otinish in it, or choose another letters folder in Settings, tab Letters."),
    "output_open_in_office": QT_TRANSLATE_NOOP(
        "problem", "{path} is open in Word or Excel, which keeps it from being replaced; "
                   "close it there and try again."),
    "output_in_use": QT_TRANSLATE_NOOP(
        "problem", "{path} is in use by another program, which keeps it from being replaced; "
                   "close it there and try again."),
    "export_folder_controlled": QT_TRANSLATE_NOOP(
        "problem", "Windows refused to let Otinish write in {path}. Controlled Folder Access "
                   "(Windows Security, Ransomware protection) may be blocking it there: allow "
                   "Otinish in it, or choose another folder; nothing was written."),
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
        "problem", "The system keychain refused to keep the keys; nothing was changed and the "
                   "register still opens with its old key."),
    "backup_reencrypt_failed": QT_TRANSLATE_NOOP(
        "problem", "The backup {path} opens with an earlier key but could not be re-encrypted "
                   "with the current one ({reason}); nothing was changed."),
    "recovery_needs_keychain": QT_TRANSLATE_NOOP(
        "problem", "A recovery passphrase is for a register whose key is in the system "
                   "keychain; this computer has none."),
    "recovery_unwritable": QT_TRANSLATE_NOOP(
        "problem", "Cannot write the recovery file {path}: {reason}."),
    "recovery_missing": QT_TRANSLATE_NOOP(
        "problem", "There is no recovery file {path} beside the register."),
    "recovery_wrong_passphrase": QT_TRANSLATE_NOOP(
        "problem", "That recovery passphrase does not open {path}."),
    "recovery_stale": QT_TRANSLATE_NOOP(
        "problem", "The recovery file {path} holds a key that no longer opens the register (it "
                   "was changed since without renewing it)."),
    "recovery_passphrase_missing": QT_TRANSLATE_NOOP(
        "problem", "Give the recovery passphrase."),
    "enter_recovery_passphrase": QT_TRANSLATE_NOOP(
        "problem", "Enter the register's recovery passphrase."),
    "backup_history_differs": QT_TRANSLATE_NOOP(
        "problem", "The backup {path} was changed after it was made: its audit trail differs "
                   "from the witness written beside it. Nothing was changed; choose another "
                   "backup."),
    "rekey_disk_full": QT_TRANSLATE_NOOP(
        "problem", "Not enough free disk space beside {path} for its re-encrypted copy; "
                   "nothing was changed and the register still opens with its old key."),
    "rekey_failed": QT_TRANSLATE_NOOP(
        "problem", "The register {path} could not be re-encrypted ({reason}); nothing was "
                   "changed and it still opens with its old key."),
    "rekey_key_left_pending": QT_TRANSLATE_NOOP(
        "problem", "The keychain did not take the new key as the register's entry; it is "
                   "kept there as the pending key and the next opening finishes the change."),
    "witness_history_shorter": QT_TRANSLATE_NOOP(
        "problem", "The register's audit trail is shorter than its witness outside the file "
                   "({events} events, {witnessed} witnessed): events were deleted. Compare it "
                   "with a backup."),
    "witness_history_diverged": QT_TRANSLATE_NOOP(
        "problem", "The register's audit trail differs from its witness outside the file from "
                   "event {event} on: it was rewritten. Compare it with a backup."),
    "witness_counter_back": QT_TRANSLATE_NOOP(
        "problem", "The register's counter {counter} is {value}, below the {witnessed} "
                   "witnessed outside the file: it was wound back. Compare it with a backup."),
    "witness_missing": QT_TRANSLATE_NOOP(
        "problem", "The witness of the register {path} outside the file is missing."),
    "witness_other_register": QT_TRANSLATE_NOOP(
        "problem", "Another register was witnessed at {path}: this file was put in its "
                   "place."),
    "rekey_passphrase_missing": QT_TRANSLATE_NOOP(
        "problem", "Give the new passphrase of the register."),
    "export_target_is_folder": QT_TRANSLATE_NOOP(
        "problem", "{path} is a folder; give a file name."),
    "export_folder_unwritable": QT_TRANSLATE_NOOP(
        "problem", "Cannot write to the folder {path}: {reason}; choose another folder."),
    "export_write_failed": QT_TRANSLATE_NOOP(
        "problem", "Cannot write {path}: {reason}; nothing was written."),
    "register_disk_failed": QT_TRANSLATE_NOOP(
        "problem", "The disk holding the register is full or cannot be written ({reason}); "
                   "free some space and try again."),
    "export_disk_full": QT_TRANSLATE_NOOP(
        "problem", "The disk is full; nothing was written to {path}. Free some space or "
                   "choose another drive."),
    "output_exists": QT_TRANSLATE_NOOP(
        "problem", "{path} already exists; choose another name."),
    "output_protected": QT_TRANSLATE_NOOP(
        "problem", "{path} is a register, a backup or one of their files; an export never "
                   "replaces it: choose another name."),
    "output_not_a_file": QT_TRANSLATE_NOOP(
        "problem", "{path} is not an ordinary file (a device, a link or something else); "
                   "choose another name."),
    "file_not_utf8": QT_TRANSLATE_NOOP(
        "problem", "{path} is not UTF-8 text; save it as UTF-8 and try again."),
    "template_unsafe": QT_TRANSLATE_NOOP(
        "problem", "The template {path} tries something a letter template may not do "
                   "({reason}); fix or remove it."),
    "template_too_big": QT_TRANSLATE_NOOP(
        "problem", "The template {path} makes a letter larger than {limit} characters (a "
                   "runaway loop?); fix or remove it."),
    "template_too_slow": QT_TRANSLATE_NOOP(
        "problem", "The template {path} took longer than {seconds} seconds to fill in (a "
                   "runaway loop?); fix or remove it."),
    "unknown_export_format": QT_TRANSLATE_NOOP(
        "problem", "Unknown export format “{value}”; allowed: {allowed}."),
    "period_reversed": QT_TRANSLATE_NOOP(
        "problem", "The start of the period is after its end."),
    "demo_register_not_empty": QT_TRANSLATE_NOOP(
        "problem", "The register already holds requests; demo data goes into a new or empty "
                   "register."),
}

# The words of intake, sending, letters and incidents (a second file, for size).
CATALOG.update(MORE)
CATALOG.update(MAIL_CATALOG)  # issue 14: mail in and out

#: Where one template cannot fit every value of a field (Russian says "та же почта" but
#: "тот же телефон"), a sentence per value; `CATALOG` stays the fallback.
BY_VALUE: dict[tuple[str, str, str], str] = {
    ("mail_already_decided", "status", "accepted"): QT_TRANSLATE_NOOP(
        "problem", "Message {id} was already accepted as a request."),
    ("mail_already_decided", "status", "dismissed"): QT_TRANSLATE_NOOP(
        "problem", "Message {id} was already dismissed."),
    ("possible_duplicate_closed", "same", "email"): QT_TRANSLATE_NOOP(
        "problem", "Possible duplicate: request {number}, closed recently, has the same email."),
    ("possible_duplicate_closed", "same", "phone"): QT_TRANSLATE_NOOP(
        "problem", "Possible duplicate: request {number}, closed recently, has the same phone."),
    ("possible_duplicate", "same", "email"): QT_TRANSLATE_NOOP(
        "problem", "Possible duplicate: the open request {number} has the same email."),
    ("possible_duplicate", "same", "phone"): QT_TRANSLATE_NOOP(
        "problem", "Possible duplicate: the open request {number} has the same phone."),
}
