"""The window's English words for the problems of mail in and out (issue 14).

Data only, merged into `problem_words.CATALOG` (context "problem" in the catalogs).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MAIL_CATALOG: dict[str, str] = {
    "mail_setting_invalid": QT_TRANSLATE_NOOP(
        "problem", "The mail server setting is not a record of host, port, TLS and user."),
    "mail_host_invalid": QT_TRANSLATE_NOOP(
        "problem", "“{value}” is not a server name; give the host, e.g. imap.gmail.com."),
    "mail_tls_mode_unknown": QT_TRANSLATE_NOOP(
        "problem", "Unknown TLS mode “{value}”; allowed: {allowed}."),
    "mail_port_invalid": QT_TRANSLATE_NOOP(
        "problem", "“{value}” is not a port; give a number from 1 to 65535."),
    "mail_user_missing": QT_TRANSLATE_NOOP(
        "problem", "Give the user name, usually the full mail address."),
    "mail_folders_invalid": QT_TRANSLATE_NOOP(
        "problem", "Give one to {most} folders to read."),
    "mail_interval_invalid": QT_TRANSLATE_NOOP(
        "problem", "The check interval must be 0 to {most} minutes."),
    "mail_from_invalid": QT_TRANSLATE_NOOP(
        "problem", "“{value}” is not a mail address replies can come from."),
    "mail_login_failed": QT_TRANSLATE_NOOP(
        "problem", "The server {host} refused the user {user} with this password; check the "
                   "password (Gmail, Yandex and mail.ru want an app password)."),
    "mail_timeout": QT_TRANSLATE_NOOP(
        "problem", "The server {host}:{port} did not answer in time; nothing was changed. Try "
                   "again later or check the port."),
    "mail_certificate_untrusted": QT_TRANSLATE_NOOP(
        "problem", "The server {host}:{port} showed a certificate this computer does not trust; "
                   "nothing was sent. Check the host name."),
    "mail_tls_failed": QT_TRANSLATE_NOOP(
        "problem", "TLS with {host}:{port} failed; check the TLS mode and the port (993 and 465 "
                   "are implicit TLS, 143 and 587 STARTTLS)."),
    "mail_host_unknown": QT_TRANSLATE_NOOP(
        "problem", "The server name {host} is not known; check its spelling and the network."),
    "mail_unreachable": QT_TRANSLATE_NOOP(
        "problem", "Cannot reach the server {host}:{port}; check the network, the host and the "
                   "port."),
    "mail_server_refused": QT_TRANSLATE_NOOP(
        "problem", "The server {host}:{port} stopped the exchange; nothing was changed. Try "
                   "again later."),
    "mail_starttls_unsupported": QT_TRANSLATE_NOOP(
        "problem", "The server {host}:{port} does not offer STARTTLS; choose implicit TLS and "
                   "its port instead."),
    "smtp_auth_unsupported": QT_TRANSLATE_NOOP(
        "problem", "The server {host}:{port} offers no login; check the port and the TLS mode."),
    "smtp_recipient_refused": QT_TRANSLATE_NOOP(
        "problem", "The server refused the recipient {recipient}; check the requester's email; "
                   "the letter was not sent."),
    "smtp_sender_refused": QT_TRANSLATE_NOOP(
        "problem", "The server refused the sender {sender}; use the address of the SMTP account."),
    "smtp_message_refused": QT_TRANSLATE_NOOP(
        "problem", "The server {host} refused the message (code {code}); the letter was not "
                   "sent."),
    "mail_password_missing": QT_TRANSLATE_NOOP(
        "problem", "No password for {user} at {host}: enter it in Settings, Mail."),
    "smtp_not_set": QT_TRANSLATE_NOOP(
        "problem", "No SMTP server is set up (Settings, Mail); save a draft instead."),
    "reply_no_email": QT_TRANSLATE_NOOP(
        "problem", "Request {number} has no email address to reply to; add one with Edit or send "
                   "the letter another way."),
    "reply_pdf_unavailable": QT_TRANSLATE_NOOP(
        "problem", "No PDF was made for {number} (LibreOffice is not installed or failed); the "
                   ".docx goes alone."),
    "reply_file_exists": QT_TRANSLATE_NOOP(
        "problem", "A file already exists at {path}; choose another name."),
    "reply_file_unwritable": QT_TRANSLATE_NOOP(
        "problem", "Cannot write {path}: {reason}."),
    "mailbox_not_set": QT_TRANSLATE_NOOP(
        "problem", "No mailbox is set up (Settings, Mail)."),
    "mail_folder_missing": QT_TRANSLATE_NOOP(
        "problem", "The mailbox has no folder “{folder}”; check the folder's name (Gmail: "
                   "“[Gmail]/All Mail”)."),
    "mail_too_large": QT_TRANSLATE_NOOP(
        "problem", "A message of {size_mb} MB in “{folder}” is over the {limit_mb} MB limit and "
                   "was not fetched; save it from the mail client if it is a request."),
    "mail_folder_renumbered": QT_TRANSLATE_NOOP(
        "problem", "The server renumbered the folder “{folder}”; it was read again from the "
                   "start (messages already seen are skipped)."),
    "mail_not_in_queue": QT_TRANSLATE_NOOP(
        "problem", "Message {id} is no longer in the mail queue."),
    "mail_already_decided": QT_TRANSLATE_NOOP(
        "problem", "Message {id} was already {status}."),
    "dismiss_needs_reason": QT_TRANSLATE_NOOP(
        "problem", "Give the reason for dismissing the message."),
    # The window's own: a password typed where no keychain can keep it.
    "mail_password_not_kept": QT_TRANSLATE_NOOP(
        "problem", "This computer has no keychain to keep the mail password, and Otinish "
                   "never writes it to a file: leave it empty and set the environment "
                   "variable OTINISH_MAIL_PASSWORD instead."),
}
