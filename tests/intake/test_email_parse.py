"""Stories about reading dropped .eml files: sender, time, text, and what is refused."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.domain.errors import Notice
from app.intake.email_parse import (
    ALMATY,
    MAX_EMAIL_BYTES,
    ParsedEmail,
    parse_email_file,
    parse_eml_bytes,
)
from app.intake.errors import IntakeError
from tests.builders import said as cli_sentence
from tests.intake.eml_builder import (
    build_eml,
    build_eml_bytes_body,
    encoded_word,
    nested_mixed_with_attachments,
)
from tests.intake.msg_builder import build_msg


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def codes(mail: ParsedEmail) -> list[str]:
    return [warning.code for warning in mail.warnings]


# --- a normal Russian mail ----------------------------------------------------------------------


def test_plain_russian_mail_gives_sender_subject_text_and_the_original_bytes():
    # Given a plain-text Russian request, the name encoded as RFC 2047 UTF-8
    data = build_eml(
        sender="Иван Петров <Ivan.Petrov@Example.KZ>",
        subject="Удаление данных",
        body="Здравствуйте!\n\nПрошу удалить мои персональные данные.\n",
    )

    # When it is parsed
    mail = parse_eml_bytes(data, "request.eml")

    # Then every field is read and the original is kept byte for byte
    assert isinstance(mail, ParsedEmail)
    assert mail.kind == "eml"
    assert mail.filename == "request.eml"
    assert mail.sender_name == "Иван Петров"
    assert mail.sender_email == "ivan.petrov@example.kz"
    assert mail.subject == "Удаление данных"
    assert mail.text == "Здравствуйте!\n\nПрошу удалить мои персональные данные."
    assert mail.raw == data
    assert mail.sha256 == hashlib.sha256(data).hexdigest()
    assert mail.warnings == ()


@pytest.mark.parametrize(
    ("charset", "encoding"),
    [
        ("utf-8", "B"),
        ("utf-8", "Q"),
        ("koi8-r", "B"),
        ("koi8-r", "Q"),
        ("windows-1251", "B"),
        ("windows-1251", "Q"),
    ],
)
def test_sender_name_is_decoded_from_any_rfc2047_charset(charset: str, encoding: str):
    # Given a From header written by an old Russian mail client in its own charset
    header = f"From: {encoded_word('Иван Петров', charset, encoding)} <ivan@example.kz>"
    data = build_eml(sender=None, raw_headers=[header.encode("ascii")])

    # When it is parsed
    mail = parse_eml_bytes(data)

    # Then the name reads as the person wrote it
    assert mail.sender_name == "Иван Петров"
    assert mail.sender_email == "ivan@example.kz"


def test_subject_encoded_in_koi8_r_is_decoded():
    # Given a subject in koi8-r quoted-printable
    header = f"Subject: {encoded_word('Отзыв согласия', 'koi8-r', 'Q')}"
    data = build_eml(subject=None, raw_headers=[header.encode("ascii")])

    # When / Then
    assert parse_eml_bytes(data).subject == "Отзыв согласия"


@pytest.mark.parametrize(
    ("from_header", "name", "email"),
    [
        ("Петров И. <Ivan@Mail.KZ>", "Петров И.", "ivan@mail.kz"),
        # The stdlib address parser raises AttributeError on this one (python/cpython#87667)
        (". <ivan@mail.kz>", ".", "ivan@mail.kz"),
        ('"Ivan" <ivan@mail.kz>, Other <other@mail.kz>', "Ivan", "ivan@mail.kz"),
        ("Petrov I.", "Petrov I.", ""),
        ("<>", "", ""),
    ],
)
def test_odd_from_headers_give_the_best_name_and_address(from_header: str, name: str, email: str):
    # Given a From header as odd mail clients write it
    data = build_eml(sender=None, raw_headers=[f"From: {from_header}".encode()])

    # When / Then
    mail = parse_eml_bytes(data)
    assert (mail.sender_name, mail.sender_email) == (name, email)


def test_raw_utf8_bytes_in_headers_are_read_as_utf8():
    # Given a mailer that put unencoded UTF-8 into From and Subject
    data = build_eml(
        sender=None,
        subject=None,
        raw_headers=["From: Асель <asel@mail.kz>".encode(), "Subject: Удалить".encode()],
    )

    # When it is parsed
    mail = parse_eml_bytes(data)

    # Then the 8-bit headers are not mangled
    assert mail.sender_name == "Асель"
    assert mail.subject == "Удалить"


@pytest.mark.parametrize("cte", ["base64", "quoted-printable", "8bit"])
@pytest.mark.parametrize("charset", ["utf-8", "koi8-r", "windows-1251"])
def test_body_is_decoded_from_its_charset_and_transfer_encoding(charset: str, cte: str):
    # Given a Russian body in a legacy charset and any transfer encoding
    data = build_eml(body="Прошу исправить фамилию.", charset=charset, cte=cte)

    # When / Then
    assert parse_eml_bytes(data).text == "Прошу исправить фамилию."


def test_kazakh_mail_keeps_kazakh_letters():
    # Given a Kazakh request with Kazakh letters in name, subject and body
    data = build_eml(
        sender="Әсел Қанатқызы <asel@mail.kz>",
        subject="Дербес деректер туралы",
        body="Сәлеметсіз бе! Менің қандай деректерім сақталғанын білгім келеді.",
        cte="base64",
    )

    # When it is parsed
    mail = parse_eml_bytes(data)

    # Then nothing is lost
    assert mail.sender_name == "Әсел Қанатқызы"
    assert mail.subject == "Дербес деректер туралы"
    assert mail.text == "Сәлеметсіз бе! Менің қандай деректерім сақталғанын білгім келеді."


# --- bodies -------------------------------------------------------------------------------------


def test_html_only_mail_becomes_readable_text_without_tags():
    # Given an HTML-only mail with a style, a script, paragraphs, a line break and a table
    html = (
        "<html><head><title>Mail</title><style>p { color: red; }</style></head><body>"
        "<p>Добрый день,</p>"
        "<p>прошу <b>удалить</b> мой аккаунт.<br>Телефон: +7&nbsp;701 555 12 34</p>"
        "<script>alert('x')</script>"
        "<table><tr><td>ИИН</td><td>900101300123</td></tr></table>"
        "</body></html>"
    )
    data = build_eml(body=None, html=html)

    # When it is parsed
    text = parse_eml_bytes(data).text

    # Then the text reads like the mail, with paragraphs and line breaks kept
    assert text == (
        "Добрый день,\n\nпрошу удалить мой аккаунт.\nТелефон: +7 701 555 12 34\n\nИИН 900101300123"
    )
    assert "<" not in text
    assert "alert" not in text
    assert "color" not in text


def test_multipart_alternative_prefers_the_plain_text():
    # Given a mail with different plain and HTML versions
    data = build_eml(body="Простой текст.", html="<p>HTML версия</p>")

    # When / Then the plain version is used
    assert parse_eml_bytes(data).text == "Простой текст."


def test_multipart_alternative_with_empty_plain_falls_back_to_html():
    # Given a mailer that sends an empty plain part next to the real HTML
    data = build_eml(body="  \n", html="<p>Прошу заблокировать данные</p>")

    # When / Then
    assert parse_eml_bytes(data).text == "Прошу заблокировать данные"


def test_nested_mixed_mail_reads_the_body_and_ignores_attachments():
    # Given mixed[alternative[plain, html], a PDF scan, a text attachment]
    data = nested_mixed_with_attachments("Тело письма.", "<p>Тело письма (HTML).</p>")

    # When it is parsed
    mail = parse_eml_bytes(data)

    # Then the text is the body only, not the attached text file
    assert mail.text == "Тело письма."
    assert "ВЛОЖЕНИЯ" not in mail.text


def test_mail_with_a_big_attachment_under_the_limit_parses():
    # Given a mail carrying a 17 MB scan (about 23 MB once base64-encoded)
    scan = os.urandom(17 * 1024 * 1024)
    data = build_eml(
        body="Скан удостоверения во вложении.",
        attachments=[("id.pdf", scan, "application/pdf")],
    )
    assert 20 * 1024 * 1024 < len(data) < MAX_EMAIL_BYTES

    # When / Then it is accepted with its text
    assert parse_eml_bytes(data).text == "Скан удостоверения во вложении."


def test_body_split_around_an_inline_picture_is_kept_whole():
    # Given multipart/mixed with two inline text parts around an image (as Apple Mail sends)
    data = (
        b"From: a@b.kz\r\nDate: " + b"Mon, 23 Mar 2026 20:30:00 +0000\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nFirst half.\r\n"
        b"--b\r\nContent-Type: image/png\r\nContent-Disposition: inline\r\n\r\nPNG\r\n"
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSecond half.\r\n--b--\r\n"
    )

    # When / Then
    assert parse_eml_bytes(data).text == "First half.\n\nSecond half."


def test_truncated_mime_still_gives_the_text_that_arrived():
    # Given a multipart mail cut off in the middle of its HTML part
    data = build_eml(body="Прошу удалить мои данные.", html="<p>" + "x" * 500 + "</p>")
    cut = data[: data.index(b"text/html") + 40]

    # When / Then the plain part is still read
    assert parse_eml_bytes(cut).text == "Прошу удалить мои данные."


# --- charsets -----------------------------------------------------------------------------------


def test_unknown_charset_is_decoded_with_replacement_and_a_warning():
    # Given a cp1251 body labelled with a charset nobody knows
    data = build_eml_bytes_body(
        "Удалите мои данные".encode("cp1251"), "text/plain; charset=x-unknown"
    )

    # When it is parsed
    mail = parse_eml_bytes(data)

    # Then it is not refused: unreadable bytes become U+FFFD, and the operator is told why
    assert "\ufffd" in mail.text
    assert Notice("email_unknown_charset", {"charset": "x-unknown"}) in mail.warnings


def test_unknown_charset_over_utf8_bytes_reads_cleanly():
    # Given UTF-8 bytes under an unknown label
    data = build_eml_bytes_body("Удалите мои данные".encode(), "text/plain; charset=x-unknown")

    # When / Then the UTF-8 attempt wins and nothing is replaced
    assert parse_eml_bytes(data).text == "Удалите мои данные"


def test_mail_mislabelled_as_ascii_but_in_utf8_is_read_as_utf8():
    # Given a body in UTF-8 declared as us-ascii, a frequent mislabel
    data = build_eml_bytes_body("Түзету керек".encode(), "text/plain; charset=us-ascii")

    # When / Then
    assert parse_eml_bytes(data).text == "Түзету керек"


def test_non_text_codec_named_as_charset_does_not_break_decoding():
    # Given a charset name that Python knows but that is not a text encoding
    data = build_eml_bytes_body(b"Delete my data", "text/plain; charset=base64")

    # When / Then
    assert parse_eml_bytes(data).text == "Delete my data"


# --- dates --------------------------------------------------------------------------------------


def test_utc_date_is_converted_to_almaty_time():
    # Given a mail sent at 20:30 UTC on 23 March 2026
    data = build_eml(date="Mon, 23 Mar 2026 20:30:00 +0000")

    # When it is parsed
    received = parse_eml_bytes(data).received

    # Then it was received at 01:30 on 24 March in Almaty (UTC+5)
    assert received == datetime(2026, 3, 24, 1, 30, tzinfo=ALMATY)
    assert received.tzinfo == ALMATY
    assert received.utcoffset() == timedelta(hours=5)


def test_date_without_zone_is_read_as_utc():
    # Given the RFC 5322 "-0000" zone (UTC, sender's zone unknown)
    data = build_eml(date="Mon, 23 Mar 2026 20:30:00 -0000")

    # When / Then
    assert parse_eml_bytes(data).received == datetime(2026, 3, 24, 1, 30, tzinfo=ALMATY)


@pytest.mark.parametrize("date", [None, "not a date at all", "Mon, 99 Foo 2026 99:99:99 +9999"])
def test_missing_or_bad_date_uses_the_file_mtime_with_a_warning(tmp_path: Path, date: str | None):
    # Given a mail file without a usable Date, last modified on 1 Feb 2026 at 12:00 Almaty
    path = write(tmp_path, "nodate.eml", build_eml(date=date))
    mtime = datetime(2026, 2, 1, 12, 0, tzinfo=ALMATY)
    os.utime(path, (mtime.timestamp(), mtime.timestamp()))

    # When the file is imported
    mail = parse_email_file(path)

    # Then the file time stands in, and the operator is told
    assert mail.received == mtime
    assert "email_date_from_file_time" in codes(mail)


def test_date_in_the_future_is_kept_but_flagged():
    # Given a mail whose sender's clock is a year ahead
    future = (datetime.now(tz=UTC) + timedelta(days=365)).strftime("%a, %d %b %Y %H:%M:%S +0000")

    # When it is parsed
    mail = parse_eml_bytes(build_eml(date=future))

    # Then the date is kept as sent, and the operator is asked to check it
    assert mail.received > datetime.now(tz=UTC)
    assert "email_date_in_future" in codes(mail)


def test_missing_date_in_bytes_uses_the_time_of_import_with_a_warning():
    # Given mail bytes without a Date header
    before = datetime.now(tz=UTC)

    # When they are parsed
    mail = parse_eml_bytes(build_eml(date=None))

    # Then the import time is used and said
    assert before <= mail.received <= datetime.now(tz=UTC)
    assert mail.received.tzinfo == ALMATY
    assert "email_date_from_import_time" in codes(mail)


# --- what counts as an email --------------------------------------------------------------------


def test_mail_without_from_but_with_text_is_kept_with_a_warning():
    # Given a saved mail whose From header was lost
    mail = parse_eml_bytes(build_eml(sender=None))

    # Then the text is kept and the missing sender is reported
    assert mail.sender_email == ""
    assert mail.text == "Прошу удалить мои персональные данные."
    assert "email_no_sender_address" in codes(mail)


def test_mail_from_a_name_without_an_address_warns_that_there_is_no_address():
    mail = parse_eml_bytes(build_eml(sender="Petrov I."))
    assert mail.sender_name == "Petrov I."
    assert mail.sender_email == ""
    assert Notice("email_no_sender_address") in mail.warnings


def test_mail_with_only_a_subject_uses_the_subject_as_text():
    # Given a request sent with an empty body and everything in the subject
    mail = parse_eml_bytes(build_eml(body="", subject="Удалите мои данные"))

    # Then the subject becomes the text, with a warning
    assert mail.text == "Удалите мои данные"
    assert "email_subject_as_text" in codes(mail)


def test_mail_with_no_sender_and_no_text_is_refused():
    # Given headers that say nothing about a sender and an empty body
    data = b"Subject: hello\r\nDate: Mon, 23 Mar 2026 20:30:00 +0000\r\n\r\n"

    # When / Then
    with pytest.raises(IntakeError) as caught:
        parse_eml_bytes(data, "x.eml")
    assert caught.value.code == "not_an_email"
    assert caught.value.values == {"file": "x.eml"}


def test_huge_header_is_cut_and_parsed_quickly():
    # Given a 2 MB subject line
    data = build_eml(subject=None, raw_headers=[b"Subject: " + b"A" * (2 * 1024 * 1024)])

    # When / Then it is read, cut to a sane length
    mail = parse_eml_bytes(data)
    assert 0 < len(mail.subject) <= 16 * 1024
    assert mail.text == "Прошу удалить мои персональные данные."


@pytest.mark.timeout(120)  # unbounded, this takes many minutes: the timeout catches that
@pytest.mark.parametrize("header", ["From", "Content-Type", "Content-Disposition", "Date"])
def test_giant_structured_header_is_parsed_in_bounded_time(header: str):
    # Given a 300 KB header of quotes and comments, on which the stdlib parser is quadratic
    # (unbounded, this takes minutes)
    data = header.encode() + b": " + b'"(a)' * 75_000 + b"\r\n" + build_eml()

    # When it is parsed
    mail = parse_eml_bytes(data)

    # Then the mail is read (speed is for the benchmark, not for a timed assertion)
    assert mail.text == "Прошу удалить мои персональные данные."


def test_from_header_of_thousands_of_nested_comments_does_not_lose_the_mail():
    # Given a From header that is 5,000 opening parentheses (the stdlib parser recurses on each)
    data = b"From: " + b"(" * 5000 + b"\r\nSubject: Delete\r\n\r\nPlease delete my account."

    # When it is parsed
    mail = parse_eml_bytes(data)

    # Then the text is kept and the sender is reported missing
    assert mail.text == "Please delete my account."
    assert mail.sender_email == ""
    assert "email_no_sender_address" in codes(mail)


def test_content_type_of_thousands_of_nested_comments_is_refused_with_one_sentence():
    data = b"Content-Type: text/plain; " + b"(" * 5000 + b"\r\n" + build_eml()
    with pytest.raises(IntakeError) as caught:
        parse_eml_bytes(data, "deep.eml")
    assert caught.value.code == "eml_mime_too_deep"
    assert caught.value.filename == "deep.eml"


def nested(levels: int) -> bytes:
    parts = [
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n' for i in range(levels)
    ]
    return (
        b"From: a@b.kz\r\n"
        + "".join(parts).encode()
        + b"Content-Type: text/plain\r\n\r\ndeep text\r\n"
    )


def test_nested_multiparts_are_read_at_any_depth_a_mail_client_produces():
    # Given a text part nested 30 multipart levels deep
    # When / Then it is found
    assert parse_eml_bytes(nested(30)).text == "deep text"


def test_absurdly_deep_mime_nesting_is_refused_without_a_crash():
    # Given 300 nested multipart levels (a MIME bomb, not a mail)
    # When / Then it is refused with one sentence, not a RecursionError
    with pytest.raises(IntakeError) as caught:
        parse_eml_bytes(nested(300), "bomb.eml")
    assert caught.value.filename == caught.value.values["file"] == "bomb.eml"
    assert "\n" not in cli_sentence(caught.value)


# --- files --------------------------------------------------------------------------------------


def test_file_is_read_and_named_by_its_base_name(tmp_path: Path):
    # Given a saved mail with an upper-case extension
    path = write(tmp_path, "Request.EML", build_eml())

    # When it is imported
    mail = parse_email_file(path)

    # Then it is parsed as .eml and named by its base name
    assert mail.kind == "eml"
    assert mail.filename == "Request.EML"
    assert mail.raw == path.read_bytes()


def test_empty_file_is_refused(tmp_path: Path):
    path = write(tmp_path, "empty.eml", b"")
    with pytest.raises(IntakeError) as caught:
        parse_email_file(path)
    assert caught.value.code == "email_empty"
    assert caught.value.values == {"file": "empty.eml"}


def test_random_bytes_file_is_refused(tmp_path: Path):
    # Given binary garbage with an .eml extension (seeded, so the test is repeatable)
    import random

    path = write(tmp_path, "garbage.eml", random.Random(42).randbytes(4096))

    # When / Then
    with pytest.raises(IntakeError) as caught:
        parse_email_file(path)
    assert caught.value.code == "not_an_email"
    assert caught.value.values == {"file": "garbage.eml"}


def test_other_extension_is_refused(tmp_path: Path):
    path = write(tmp_path, "letter.txt", build_eml())
    with pytest.raises(IntakeError) as caught:
        parse_email_file(path)
    assert caught.value.code == "not_an_email_file"
    assert caught.value.values == {"file": "letter.txt"}


def test_folder_is_refused(tmp_path: Path):
    folder = tmp_path / "inbox.eml"
    folder.mkdir()
    with pytest.raises(IntakeError) as caught:
        parse_email_file(folder)
    assert caught.value.code == "email_file_is_folder"


def test_missing_file_is_refused(tmp_path: Path):
    with pytest.raises(IntakeError) as caught:
        parse_email_file(tmp_path / "gone.eml")
    assert caught.value.code == "email_file_missing"
    assert caught.value.values == {"file": "gone.eml"}


def test_file_just_over_the_limit_is_refused_from_its_size(tmp_path: Path):
    # Given a (sparse, so instant) file one byte over 25 MB
    path = tmp_path / "big.eml"
    with open(path, "wb") as handle:
        handle.truncate(MAX_EMAIL_BYTES + 1)

    # When / Then it is refused by its size, rounded up, which the values state
    with pytest.raises(IntakeError) as caught:
        parse_email_file(path)
    assert caught.value.code == "email_too_large"
    assert caught.value.values == {"file": "big.eml", "size_mb": 25.1, "limit_mb": 25}


def test_file_exactly_at_the_limit_is_not_refused_for_its_size(tmp_path: Path):
    # Given a real mail with a 19.3 MB attachment, padded with trailing newlines to exactly 25 MB
    base = build_eml(attachments=[("scan.bin", bytes(19_300_000), "application/octet-stream")])
    path = write(tmp_path, "edge.eml", base + b"\n" * (MAX_EMAIL_BYTES - len(base)))
    assert path.stat().st_size == MAX_EMAIL_BYTES

    # When / Then
    assert parse_email_file(path).text == "Прошу удалить мои персональные данные."


def test_msg_saved_as_eml_is_refused_with_a_hint(tmp_path: Path):
    # Given an Outlook message renamed to .eml
    path = write(tmp_path, "outlook.eml", build_msg(subject="x", body="y", sender_email="a@b.kz"))

    # When / Then
    with pytest.raises(IntakeError) as caught:
        parse_email_file(path)
    assert caught.value.code == "msg_saved_as_eml"


def test_error_sentence_stays_on_one_line_even_with_a_newline_in_the_name(tmp_path: Path):
    # Given a file name with a newline in it (possible on Linux)
    path = write(tmp_path, "bad\nname.eml", b"")

    # When / Then the worded message is still one line
    with pytest.raises(IntakeError) as caught:
        parse_email_file(path)
    assert caught.value.filename == "bad\nname.eml"
    assert cli_sentence(caught.value) == "The file 'bad name.eml' is empty."
