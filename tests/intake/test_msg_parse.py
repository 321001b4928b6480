"""Stories about reading dropped Outlook .msg files into the same shape as .eml mail."""

from __future__ import annotations

import hashlib
import io
import os
from datetime import UTC, datetime
from pathlib import Path

import compressed_rtf
import pytest
from extract_msg import OleWriter

from app.intake.email_parse import ALMATY, parse_email_file, parse_msg_bytes
from app.intake.errors import IntakeError
from tests.builders import said as cli_sentence
from tests.intake.eml_builder import build_eml
from tests.intake.msg_builder import build_msg

SENT = datetime(2026, 3, 23, 20, 30, tzinfo=UTC)


def test_unicode_msg_gives_sender_subject_text_time_and_original_bytes():
    # Given an Outlook message from a Kazakh-speaking requester, sent 20:30 UTC on 23 March
    data = build_msg(
        subject="Дербес деректерді жою",
        body="Сәлеметсіз бе!\r\n\r\nМенің деректерімді жоюыңызды сұраймын.\r\n",
        sender_name="Айгерім Сәрсенова",
        sender_email="Aigerim@Mail.KZ",
        submit_time=SENT,
    )

    # When it is parsed
    mail = parse_msg_bytes(data, "request.msg")

    # Then it reads like the .eml equivalent, in Almaty time
    assert mail.kind == "msg"
    assert mail.filename == "request.msg"
    assert mail.sender_name == "Айгерім Сәрсенова"
    assert mail.sender_email == "aigerim@mail.kz"
    assert mail.subject == "Дербес деректерді жою"
    assert mail.text == "Сәлеметсіз бе!\n\nМенің деректерімді жоюыңызды сұраймын."
    assert mail.received == datetime(2026, 3, 24, 1, 30, tzinfo=ALMATY)
    assert mail.raw == data
    assert mail.sha256 == hashlib.sha256(data).hexdigest()
    assert mail.warnings == ()


def test_old_outlook_8bit_strings_are_decoded_with_the_message_code_page():
    # Given a message written by an old Outlook in Windows-1251
    data = build_msg(
        subject="Исправление данных",
        body="Прошу исправить фамилию.",
        sender_name="Иван Петров",
        sender_email="ivan@example.kz",
        submit_time=SENT,
        ansi_code_page=1251,
    )

    # When it is parsed
    mail = parse_msg_bytes(data)

    # Then the Cyrillic text is intact
    assert mail.sender_name == "Иван Петров"
    assert mail.subject == "Исправление данных"
    assert mail.text == "Прошу исправить фамилию."


def test_html_only_msg_becomes_readable_text():
    # Given an Outlook message with only an HTML body
    html = b"<html><body><p>Hello,</p><p>please <b>erase</b> my data.<br>Thanks</p></body></html>"
    data = build_msg(subject="Erase", html=html, sender_email="a@b.kz", submit_time=SENT)

    # When / Then
    assert parse_msg_bytes(data).text == "Hello,\n\nplease erase my data.\nThanks"


def test_rtf_only_msg_gives_the_text_outlook_encapsulated_in_it():
    # Given an Outlook message whose only body is compressed RTF wrapping plain text
    rtf = (
        rb"{\rtf1\ansi\ansicpg1252\fromtext \deff0{\fonttbl{\f0\fswiss Arial;}}" + b"\r\n"
        rb"{\*\htmltag64}\uc1\pard\plain\f0\fs20 Please delete my data.\par" + b"\r\n"
        rb"Second line\par" + b"\r\n}"
    )
    data = build_msg(
        subject="Delete",
        sender_email="a@b.kz",
        submit_time=SENT,
        rtf_compressed=compressed_rtf.compress(rtf, compressed=True),
    )

    # When / Then
    assert parse_msg_bytes(data).text == "Please delete my data.\nSecond line"


def test_msg_whose_rtf_cannot_be_turned_into_text_falls_back_to_the_subject():
    # Given a plain (not encapsulated) RTF body, which extract_msg cannot turn into text
    rtf = rb"{\rtf1\ansi\deff0{\fonttbl{\f0 Arial;}}\pard Plain RTF body\par}"
    data = build_msg(
        subject="Удалите мои данные",
        sender_email="a@b.kz",
        submit_time=SENT,
        rtf_compressed=compressed_rtf.compress(rtf, compressed=True),
    )

    # When it is parsed
    mail = parse_msg_bytes(data)

    # Then the subject stands in, and the operator is told to look at the original
    assert mail.text == "Удалите мои данные"
    assert [warning.code for warning in mail.warnings] == ["email_subject_as_text"]


def test_exchange_sender_is_read_from_the_smtp_address_property():
    # Given mail from inside an Exchange organisation: the sender address is an X.500 path
    data = build_msg(
        subject="x",
        body="y",
        sender_name="Colleague",
        sender_email="/O=EXCHANGELABS/OU=GROUP/CN=RECIPIENTS/CN=COLLEAGUE",
        smtp_address="Colleague@Operator.KZ",
        submit_time=SENT,
    )

    # When / Then the SMTP address wins
    assert parse_msg_bytes(data).sender_email == "colleague@operator.kz"


def test_delivery_time_is_used_when_there_is_no_submit_time():
    # Given a message with only the delivery time (04:00 UTC on 5 January)
    data = build_msg(
        subject="x",
        body="y",
        sender_email="a@b.kz",
        delivery_time=datetime(2026, 1, 5, 4, 0, tzinfo=UTC),
    )

    # When / Then it is 09:00 in Almaty
    assert parse_msg_bytes(data).received == datetime(2026, 1, 5, 9, 0, tzinfo=ALMATY)


def test_transport_headers_fill_in_a_missing_sender_and_date():
    # Given a received message whose only sender and date are in its internet headers
    headers = (
        "Received: from mx.mail.kz\r\n"
        "From: =?utf-8?B?0JjQstCw0L0=?= <Ivan@Mail.KZ>\r\n"
        "Date: Mon, 23 Mar 2026 20:30:00 +0000\r\n\r\n"
    )
    data = build_msg(subject="x", body="y", transport_headers=headers)

    # When it is parsed
    mail = parse_msg_bytes(data)

    # Then they are used
    assert mail.sender_name == "Иван"
    assert mail.sender_email == "ivan@mail.kz"
    assert mail.received == datetime(2026, 3, 24, 1, 30, tzinfo=ALMATY)


def test_msg_without_times_uses_the_file_mtime_with_a_warning(tmp_path: Path):
    # Given a .msg file with no send or delivery time, modified at noon on 1 February
    path = tmp_path / "Draft.MSG"
    path.write_bytes(build_msg(subject="x", body="Удалите меня", sender_email="a@b.kz"))
    mtime = datetime(2026, 2, 1, 12, 0, tzinfo=ALMATY)
    os.utime(path, (mtime.timestamp(), mtime.timestamp()))

    # When the file is imported
    mail = parse_email_file(path)

    # Then it is read as .msg and the file time stands in
    assert mail.kind == "msg"
    assert mail.received == mtime
    assert [warning.code for warning in mail.warnings] == ["email_date_from_file_time"]


def test_eml_renamed_to_msg_is_refused(tmp_path: Path):
    # Given a plain mail saved with a .msg extension
    path = tmp_path / "renamed.msg"
    path.write_bytes(build_eml())

    # When / Then
    with pytest.raises(IntakeError) as caught:
        parse_email_file(path)
    assert caught.value.code == "not_an_outlook_message"
    assert caught.value.values == {"file": "renamed.msg"}


def test_office_file_that_is_not_a_message_is_refused():
    # Given an OLE compound file (like a .doc) with no message class
    writer = OleWriter()
    writer.addEntry("WordDocument", data=b"\x00" * 600)
    out = io.BytesIO()
    writer.write(out)

    # When / Then
    with pytest.raises(IntakeError) as caught:
        parse_msg_bytes(out.getvalue(), "report.msg")
    assert caught.value.code == "outlook_file_not_a_message"
    assert caught.value.values == {"file": "report.msg"}


@pytest.mark.parametrize("keep", [512, 1024, 2048, 3000])
def test_truncated_msg_is_refused_with_one_sentence(keep: int):
    # Given an Outlook message cut short, as by a failed download
    data = build_msg(subject="x", body="y" * 5000, sender_email="a@b.kz", submit_time=SENT)

    # When / Then
    with pytest.raises(IntakeError) as caught:
        parse_msg_bytes(data[:keep], "cut.msg")
    # Cut early the container cannot be opened; cut later it opens without a message class.
    assert caught.value.code in {"msg_damaged", "outlook_file_not_a_message"}
    assert caught.value.values == {"file": "cut.msg"}
    assert "\n" not in cli_sentence(caught.value)


def test_empty_msg_bytes_are_refused():
    with pytest.raises(IntakeError) as caught:
        parse_msg_bytes(b"", "empty.msg")
    assert caught.value.code == "email_empty"
