"""Pasting an email: the header blocks webmails show, a message's source, or the body alone.

Each paste becomes the same parsed message a dropped .eml does, then a request through the
same import; text that is not an email is refused with one sentence and nothing is stored.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from app.domain.errors import UserError
from app.intake.contacts import find_name, find_phone
from app.intake.pasted import parse_pasted
from app.intake.pasted_dates import parse_when
from app.services.requests import already_imported, import_email, read_pasted
from tests.builders import ALMATY, new_register
from tests.builders import said as cli_sentence

BODY = "Здравствуйте! Меня зовут Айгерим Ахметова. Прошу удалить мой аккаунт и мои данные.\n" \
       "Мой телефон +7 705 123 45 67."
WHEN = datetime(2026, 11, 25, 10, 14, tzinfo=ALMATY)

GMAIL_SOURCE = f"""Original Message
Message ID\t<CAB123@mail.gmail.com>
Created at:\tWed, Nov 25, 2026 at 10:14 AM (Delivered after 1 second)
From:\tАйгерим Ахметова <aigerim@gmail.com>
To:\tinfo@romashka.kz
Subject:\tУдаление данных
SPF:\tPASS with IP 209.85.220.41 Learn more
Download Original\tCopy to clipboard
Delivered-To: info@romashka.kz
Received: by 2002:a05:6a10:1234 with SMTP id abc;
        Wed, 25 Nov 2026 10:14:05 +0500 (+05)
Return-Path: <aigerim@gmail.com>
MIME-Version: 1.0
From: =?UTF-8?B?0JDQudCz0LXRgNC40Lwg0JDRhdC80LXRgtC+0LLQsA==?= <aigerim@gmail.com>
Date: Wed, 25 Nov 2026 10:14:03 +0500
Message-ID: <CAB123@mail.gmail.com>
Subject: =?UTF-8?B?0KPQtNCw0LvQtdC90LjQtSDQtNCw0L3QvdGL0YU=?=
To: info@romashka.kz
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: 8bit

{BODY}
"""

OUTLOOK_EN = f"""From: Aigerim Akhmetova <aigerim@outlook.com>
Sent: Wednesday, November 25, 2026 10:14 AM
To: info@romashka.kz
Subject: Удаление данных

{BODY}
"""

OUTLOOK_RU = f"""-----Исходное сообщение-----
От: Айгерим Ахметова <aigerim@outlook.com>
Отправлено: 25 ноября 2026 г. 10:14
Кому: info@romashka.kz
Тема: Удаление данных

{BODY}
"""

MAILRU = f"""-------- Пересылаемое сообщение --------
От кого: Айгерим Ахметова <aigerim@mail.ru>
Кому: info@romashka.kz
Дата: Среда, 25 ноября 2026, 10:14 +05:00
Тема: Удаление данных

{BODY}
"""

YANDEX = f"""-------- Пересылаемое сообщение --------
25.11.2026, 10:14, "Айгерим Ахметова" <aigerim@yandex.kz>:

{BODY}
"""

MAILRU_QUOTE = f"""Понедельник, 25 ноября 2026, 10:14 +05:00 от Айгерим Ахметова <aigerim@mail.ru>:

{BODY}
"""

GMAIL_QUOTE = f"""On Wed, Nov 25, 2026 at 10:14 AM Aigerim Akhmetova <aigerim@gmail.com> wrote:

{BODY}
"""

KAZAKH = """Кімнен: Айгерим Ахметова <aigerim@mail.kz>
Күні: 2026 ж. 25 қараша, 10:14
Тақырыбы: Деректерді жою

Сәлеметсіз бе! Мен Айгерим Ахметовамын. Менің дербес деректерімді жойыңыз.
"""


@pytest.mark.parametrize(("pasted", "email", "subject"), [
    (GMAIL_SOURCE, "aigerim@gmail.com", "Удаление данных"),
    (OUTLOOK_EN, "aigerim@outlook.com", "Удаление данных"),
    (OUTLOOK_RU, "aigerim@outlook.com", "Удаление данных"),
    (MAILRU, "aigerim@mail.ru", "Удаление данных"),
    (YANDEX, "aigerim@yandex.kz", ""),
    (KAZAKH, "aigerim@mail.kz", "Деректерді жою"),
    (MAILRU_QUOTE, "aigerim@mail.ru", ""),
    (GMAIL_QUOTE, "aigerim@gmail.com", ""),
], ids=["gmail-original", "outlook-en", "outlook-ru", "mailru", "yandex", "kazakh-labels",
       "mailru-quote", "gmail-quote"])
def test_a_pasted_header_block_gives_the_sender_subject_and_received_time(pasted, email,
                                                                            subject):
    # The typed time is ignored when the paste has its own date.
    mail = parse_pasted(pasted, received=datetime(2030, 1, 1, tzinfo=ALMATY))
    assert mail.sender_email == email
    assert mail.subject == subject
    assert mail.received.replace(second=0) == WHEN
    assert mail.received.tzinfo is not None
    assert "Прошу удалить" in mail.text or "жойыңыз" in mail.text
    # The header block is not part of the request's text.
    assert "Кому:" not in mail.text and "To:" not in mail.text
    assert mail.warnings == ()


def test_gmail_original_keeps_the_source_as_an_eml_and_its_message_id():
    mail = parse_pasted(GMAIL_SOURCE)
    assert mail.kind == "eml"
    assert mail.sender_name == "Айгерим Ахметова"
    assert mail.message_id
    assert mail.raw.startswith(b"Delivered-To:")


def test_body_only_takes_the_typed_sender_and_time_and_says_so():
    mail = parse_pasted(BODY, sender="Айгерим Ахметова <Aigerim@Mail.ru>", received=WHEN)
    assert (mail.sender_name, mail.sender_email) == ("Айгерим Ахметова", "aigerim@mail.ru")
    assert mail.received == WHEN
    assert [w.code for w in mail.warnings] == ["pasted_date_typed"]
    assert mail.text.startswith("Здравствуйте!")


def test_a_date_that_cannot_be_read_falls_back_to_the_typed_time_and_says_which():
    pasted = "От: a@b.kz\nДата: Сегодня, 10:14\n\nПрошу удалить мои данные"
    mail = parse_pasted(pasted, received=WHEN)
    assert mail.received == WHEN
    assert [w.code for w in mail.warnings] == ["pasted_date_unreadable", "pasted_date_typed"]
    assert "Сегодня, 10:14" in cli_sentence(mail.warnings[0])


def test_a_note_above_a_forwarded_message_stays_in_the_text():
    mail = parse_pasted("Переслала вам запрос клиентки.\n\n" + MAILRU)
    assert mail.text.startswith("Переслала вам запрос клиентки.")
    assert "Пересылаемое" not in mail.text and "Прошу удалить" in mail.text
    assert mail.sender_email == "aigerim@mail.ru"


def test_a_label_inside_the_requesters_text_is_not_taken_for_a_header():
    pasted = "Прошу удалить мои данные.\nДата: 12.05.2020 10:00 я зарегистрировался у вас."
    mail = parse_pasted(pasted, sender="a@b.kz", received=WHEN)
    assert mail.received == WHEN and mail.text == pasted
    assert [w.code for w in mail.warnings] == ["pasted_date_typed"]


def test_a_quoted_earlier_letter_in_a_reply_is_not_taken_for_this_emails_headers():
    pasted = ("Спасибо, прошу также удалить мой телефон.\n\n"
              "On Mon, Nov 23, 2026 at 9:00 AM Romashka <info@romashka.kz> wrote:\n"
              "> Ваше обращение получено.")
    mail = parse_pasted(pasted, sender="aigerim@mail.ru", received=WHEN)
    assert mail.sender_email == "aigerim@mail.ru" and mail.received == WHEN
    assert mail.text == pasted


@pytest.mark.parametrize(("pasted", "sender", "received", "code"), [
    ("", "a@b.kz", WHEN, "pasted_empty"),
    ("   \n\t ", "a@b.kz", WHEN, "pasted_empty"),
    ("\x00\x01\x02\x03" * 50, "a@b.kz", WHEN, "pasted_not_text"),
    ("12345 !!! ---", "a@b.kz", WHEN, "pasted_not_text"),
    ("Прошу удалить мои данные", "", WHEN, "pasted_no_sender"),
    ("Прошу удалить мои данные", "a@b.kz", None, "pasted_no_date"),
    (GMAIL_SOURCE.replace("Date: Wed, 25 Nov 2026 10:14:03 +0500\n", ""), "", None,
     "pasted_no_date"),
])
def test_text_that_is_not_an_email_is_refused_with_one_sentence(pasted, sender, received,
                                                                 code):
    with pytest.raises(UserError) as caught:
        parse_pasted(pasted, sender=sender, received=received)
    assert caught.value.code == code
    sentence = cli_sentence(caught.value)
    assert sentence and "\n" not in sentence and "{" not in sentence


@pytest.mark.parametrize(("text", "moment"), [
    ("Wed, 25 Nov 2026 10:14:03 +0500", "2026-11-25T10:14:03+05:00"),
    ("Wed, Nov 25, 2026 at 10:14 PM", "2026-11-25T22:14:00+05:00"),
    ("ср, 25 нояб. 2026 г. в 10:14", "2026-11-25T10:14:00+05:00"),
    ("Понедельник, 23 ноября 2026, 9:05 +03:00", "2026-11-23T09:05:00+03:00"),
    ("Сенбі, 28 қараша 2026, 10:14", "2026-11-28T10:14:00+05:00"),
    ("25 Nov 2026 10:14:03 -0000", "2026-11-25T10:14:03+00:00"),
])
def test_dates_as_webmails_write_them(text, moment):
    assert parse_when(text).isoformat() == moment


@pytest.mark.parametrize("text", ["Сегодня, 10:14", "Nov 25", "вчера в 18:00", "31.02.2026"])
def test_a_date_not_fully_given_is_not_guessed(text):
    assert parse_when(text) is None


@pytest.mark.parametrize(("text", "name"), [
    ("Здравствуйте, я Айгерим Ахметова, прошу удалить мои данные", "Айгерим Ахметова"),
    ("Меня зовут Иван Петров.", "Иван Петров"),
    ("Сәлеметсіз бе! Мен Айгерим Ахметова атымын.", "Айгерим Ахметова"),
    ("Мен Айгерим Ахметовамын. Деректерімді жойыңыз", "Айгерим Ахметова"),
    ("My name is John Smith and I want my data.", "John Smith"),
    ("Прошу удалить.\n\nС уважением,\nАйгерим Ахметова", "Айгерим Ахметова"),
    ("Я прошу удалить мои данные", None),
    ("Я Прошу Удалить данные", None),
])
def test_a_name_the_requester_gives_is_found(text, name):
    assert find_name(text) == name


@pytest.mark.parametrize(("text", "phone"), [
    ("Мой телефон +7 705 123 45 67.", "+77051234567"),
    ("звоните 8 (701) 555-12-34", "+77015551234"),
    ("Номер заказа 12345", None),
])
def test_a_phone_number_in_the_text_is_found(text, phone):
    assert find_phone(text) == phone


# --------------------------------------------------------------- through the import service
@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path)
    yield register
    register.close()


def test_a_pasted_email_becomes_a_request_like_an_eml(reg):
    draft = read_pasted(MAILRU)
    assert draft.types == ["deletion"] and draft.lang == "ru"
    assert draft.found_name == "Айгерим Ахметова" and draft.found_phone == "+77051234567"
    logged = import_email(reg, draft, phone=draft.found_phone)
    view = reg.get_request(logged.request_id)
    assert view["channel"] == "email"
    assert view["requester"]["email"] == "aigerim@mail.ru"
    assert view["requester"]["phone"] == "+77051234567"
    assert view["received"] == "2026-11-25T10:14:00+05:00"
    [original] = view["attachments"]
    assert reg.attachment_content(original["id"]) == MAILRU.encode()
    # The same paste again is a message already in the register.
    assert already_imported(reg, read_pasted(MAILRU))["number"] == view["number"]


def test_garbage_pasted_stores_nothing(reg):
    with pytest.raises(UserError):
        read_pasted("@@@ ### 123", sender="a@b.kz", received=WHEN)
    assert reg.list_requests() == []
