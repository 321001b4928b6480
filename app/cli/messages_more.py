"""The command line's English sentences for incidents and mail (a second file, for size);
`messages.MESSAGES` holds them with the rest."""

from __future__ import annotations

MORE_MESSAGES: dict[str, str] = {
    # Incidents (breaches of security) and their notice.
    "incident_what_missing":
        "Say what happened: an incident needs a description.",
    "incident_text_too_long":
        "A text of an incident may hold at most {limit} characters.",
    "incident_subjects_invalid":
        "'{value}' is not a number of subjects (a whole number, 0 or more).",
    "incident_yes_no_invalid":
        "'{value}' is not an answer here; allowed: {allowed}.",
    "incident_reason_missing":
        "Give the reason for the decision on notifying (why or why not).",
    "incident_detected_in_future":
        "The detection time {value} is in the future.",
    "incident_subject_empty":
        "Give the subject's full name, IIN or mobile number (at least one).",
    "incident_subject_iin_invalid":
        "'{value}' is not a valid IIN.",
    "incident_not_found":
        "There is no incident {number} in the register.",
    "incident_closed":
        "The incident {number} is closed; nothing in it can change.",
    "incident_measures_missing":
        "The notice must state the measures taken: record them first (incident update "
        "{number} --measures ...).",
    "incident_letter_language":
        "This letter is made in {allowed}, not in '{lang}'.",
    "incident_subjects_missing":
        "The notice names no affected subjects yet; it says they will be reported later.",
    "incident_export_format":
        "'{value}' is not a format incidents are exported to; use .csv or .xlsx.",
    "responsible_invalid":
        "The responsible person's details are not valid.",
    "responsible_name_missing":
        "Give the name of the person responsible for organising the processing.",
    "responsible_contact_missing":
        "Give a phone or an email of the person responsible for organising the processing.",
    "responsible_missing":
        "No person responsible for organising the processing is set: the letter says none"
        " is appointed.",
    # Issue 14: mail in and out.
    "mail_setting_invalid":
        "The mail server setting is not a record of host, port, TLS and user.",
    "mail_host_invalid":
        "'{value}' is not a server name; give the host, e.g. imap.gmail.com.",
    "mail_tls_mode_unknown":
        "Unknown TLS mode '{value}'; allowed: {allowed}.",
    "mail_port_invalid":
        "'{value}' is not a port; give a number from 1 to 65535.",
    "mail_user_missing":
        "Give the mail user name (--user), usually the full address.",
    "mail_folders_invalid":
        "Give one to {most} folders to read (--folder).",
    "mail_interval_invalid":
        "The check interval must be 0 to {most} minutes.",
    "mail_from_invalid":
        "'{value}' is not a mail address replies can come from (--from).",
    "mail_login_failed":
        "The server {host} refused the user {user} with this password; check the password "
        "(Gmail, Yandex and mail.ru want an app password) in OTINISH_MAIL_PASSWORD or the "
        "keychain.",
    "mail_timeout":
        "The server {host}:{port} did not answer in time; nothing was changed. Try again "
        "later or check the port.",
    "mail_certificate_untrusted":
        "The server {host}:{port} showed a certificate this computer does not trust; "
        "nothing was sent. Check the host name.",
    "mail_tls_failed":
        "TLS with {host}:{port} failed; check the TLS mode and the port (993 and 465 are "
        "implicit TLS, 143 and 587 STARTTLS).",
    "mail_host_unknown":
        "The server name {host} is not known; check its spelling and the network.",
    "mail_unreachable":
        "Cannot reach the server {host}:{port}; check the network, the host and the port.",
    "mail_server_refused":
        "The server {host}:{port} stopped the exchange; nothing was changed. Try again "
        "later.",
    "mail_starttls_unsupported":
        "The server {host}:{port} does not offer STARTTLS; choose implicit TLS and its port "
        "instead.",
    "smtp_auth_unsupported":
        "The server {host}:{port} offers no login; check the port and the TLS mode.",
    "smtp_recipient_refused":
        "The server refused the recipient {recipient}; check the requester's email; the "
        "letter was not sent.",
    "smtp_sender_refused":
        "The server refused the sender {sender}; use the address of the SMTP account "
        "(--from).",
    "smtp_message_refused":
        "The server {host} refused the message (code {code}); the letter was not sent.",
    "mail_password_missing":
        "No password for {user} at {host}: set OTINISH_MAIL_PASSWORD, or save it in the "
        "keychain with 'smtp set' or 'mail set'.",
    "smtp_not_set":
        "No SMTP server is set up; run 'smtp set' first, or save a draft with --eml.",
    "reply_no_email":
        "Request {number} has no email address to reply to; add one with 'edit --email' or "
        "send the letter another way.",
    "reply_pdf_unavailable":
        "No PDF was made for {number} (LibreOffice is not installed or failed); the .docx "
        "goes alone.",
    "reply_file_exists":
        "A file already exists at '{path}'; choose another name.",
    "reply_file_unwritable":
        "Cannot write '{path}': {reason}.",
    "mailbox_not_set":
        "No mailbox is set up; run 'mail set' first.",
    "mail_folder_missing":
        "The mailbox has no folder '{folder}'; check the folder's name (Gmail: \"[Gmail]/All "
        "Mail\").",
    "mail_too_large":
        "A message of {size_mb} MB in '{folder}' is over the {limit_mb} MB limit and was "
        "not fetched; save it from the mail client if it is a request.",
    "mail_folder_renumbered":
        "The server renumbered the folder '{folder}'; it was read again from the start "
        "(messages already seen are skipped).",
    "mail_not_in_queue":
        "No message {id} in the mail queue; see 'mail queue'.",
    "mail_already_decided":
        "Message {id} was already {status}.",
    "dismiss_needs_reason":
        "Give the reason for dismissing the message (--reason).",
    # Exports.
    "xlsx_too_many_rows":
        "An Excel sheet holds at most {limit} rows and this export has more; nothing was "
        "written. Export a shorter period, or as CSV.",
    # Incident letters.
    "incident_text_language_differs":
        "The letter prints the incident's text \"{text}\", which reads as {written}, but "
        "the letter is in {lang}: correct it in {lang} ('incident update'), or make the "
        "letter in {written}.",
}
