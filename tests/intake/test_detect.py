"""Stories about suggesting request types and the language from what people actually write."""

from __future__ import annotations

import pytest

from app.intake.detect import TYPE_ORDER, detect_language, detect_types

# (text as a requester wrote it, the types the operator expects to see suggested)
PHRASINGS: list[tuple[str, list[str]]] = [
    # access
    ("Здравствуйте! Какие мои данные у вас хранятся?", ["access"]),
    ("Сообщите, какие персональные данные вы храните обо мне.", ["access"]),
    ("Прошу предоставить информацию об обработке моих персональных данных.", ["access"]),
    ("Прошу предоставить мне сведения о том, кому передавались мои данные", ["access"]),
    ("Храните ли вы мои персональные данные?", ["access"]),
    ("Хочу ознакомиться со своими персональными данными", ["access"]),
    ("Менің қандай деректерім сақталған?", ["access"]),
    ("Менің дербес деректерім туралы ақпарат беруіңізді сұраймын.", ["access"]),
    ("What data do you hold about me?", ["access"]),
    ("Please send me a copy of my data.", ["access"]),
    ("Do you store any of my personal information?", ["access"]),
    ("I am making a subject access request.", ["access"]),
    ("Прошу направить копию моих персональных данных", ["access"]),
    # correction
    ("Прошу исправить мою фамилию: правильно Сейткали.", ["correction"]),
    ("Хочу изменить номер телефона в вашей базе", ["correction"]),
    ("У вас указаны неверные данные, адрес давно другой.", ["correction"]),
    ("Я сменила фамилию, поменяйте, пожалуйста.", ["correction"]),
    ("Тегімді түзетуді сұраймын.", ["correction"]),
    ("Телефон нөмірімді өзгертуіңізді сұраймын.", ["correction"]),
    ("Please update my details, I have moved.", ["correction"]),
    ("Could you correct my name in your records?", ["correction"]),
    ("My date of birth is wrong in your system", ["correction"]),
    # blocking
    ("Прошу заблокировать мои персональные данные до выяснения.", ["blocking"]),
    ("Прошу приостановить обработку моих данных.", ["blocking"]),
    ("Деректерімді бұғаттауды сұраймын.", ["blocking"]),
    ("Деректерімді өңдеуді тоқтата тұруыңызды сұраймын.", ["blocking"]),
    ("Please restrict processing of my data.", ["blocking"]),
    ("I ask you to block the processing of my personal data.", ["blocking"]),
    # unblocking
    ("Прошу разблокировать мои данные, вопрос решён.", ["unblocking"]),
    ("Прошу снять блокирование моих персональных данных.", ["unblocking"]),
    ("Снимите блокировку с моих данных", ["unblocking"]),
    ("Деректерімді бұғаттан шығаруды сұраймын.", ["unblocking"]),
    ("Please unblock my account data.", ["unblocking"]),
    ("Please lift the restriction on my data.", ["unblocking"]),
    # deletion
    ("Прошу удалить мой аккаунт.", ["deletion"]),
    ("Удалите мои данные из вашей базы!", ["deletion"]),
    ("Требую уничтожить мои персональные данные.", ["deletion"]),
    ("Менің деректерімді жоюыңызды сұраймын.", ["deletion"]),
    ("Аккаунтымды өшіріңіз.", ["deletion"]),
    ("Please delete my account.", ["deletion"]),
    ("I want you to erase everything you have on me.", ["deletion"]),
    ("I invoke my right to be forgotten.", ["deletion"]),
    ("Прошу удалить данные и предоставить подтверждение удаления данных.", ["deletion"]),
    # withdrawal
    ("Прошу отозвать моё согласие на обработку персональных данных.", ["withdrawal"]),
    ("Отзываю своё согласие на обработку персональных данных.", ["withdrawal"]),
    ("Настоящим отзываю согласие, данное при регистрации.", ["withdrawal"]),
    ("Больше не даю согласия на обработку моих данных.", ["withdrawal"]),
    ("Согласие на обработку данных прошу считать отозванным.", ["withdrawal"]),
    ("Дербес деректерімді өңдеуге келісімімді кері қайтарамын.", ["withdrawal"]),
    ("Келісімді кері қайтарып алу туралы өтініш.", ["withdrawal"]),
    ("I withdraw my consent to the processing of my data.", ["withdrawal"]),
    ("I hereby withdraw consent.", ["withdrawal"]),
    ("Please unsubscribe me from processing.", ["withdrawal"]),
    # objection
    ("Отказ в кредите был автоматическим решением, я возражаю.", ["objection"]),
    ("Не согласен с автоматическим решением, требую пересмотра человеком.", ["objection"]),
    ("Автоматты түрде қабылданған шешімге қарсылық білдіремін.", ["objection"]),
    ("I object to the automated decision about my application.", ["objection"]),
    # public_source
    ("Мои данные опубликованы на вашем сайте без разрешения.", ["public_source"]),
    ("Исключите мой номер из общедоступного источника (справочника).", ["public_source"]),
    ("Деректерім жалпыға қолжетімді дереккөзде жарияланған.", ["public_source"]),
    ("My phone number is publicly available in your directory.", ["public_source"]),
    # portability
    ("Прошу предоставить мои данные в машиночитаемом формате.", ["portability"]),
    ("Нужна выгрузка всех моих данных.", ["portability"]),
    ("Прошу передать мои данные в структурированном формате.", ["portability"]),
    ("Please export my data so I can move to another provider.", ["portability"]),
    ("I want a copy of my data in a machine-readable format.", ["portability"]),
    ("Data portability request", ["portability"]),
    # several at once, always in the fixed order
    (
        "Прошу удалить мои данные и отозвать согласие на рассылку, "
        "а также сообщить, какие данные вы храните.",
        ["access", "deletion", "withdrawal"],
    ),
    (
        "Please correct my address, and after that restrict processing until I confirm.",
        ["correction", "blocking"],
    ),
]

# Words that appear in every kind of request, and near misses that must not fire.
NOTHING: list[str] = [
    "Персональные данные",
    "Я даю согласие на обработку персональных данных.",
    "Согласие",
    "Дербес деректер",
    "personal data",
    "I consent to the processing of my personal data.",
    "Не возражаю против обработки моих данных.",
    "Қарсылығым жоқ.",
    "Я не против обработки моих данных.",
    "I have no objection to the processing.",
    "I do not object to the processing of my data.",
    "Оставил отзыв о вашем магазине, спасибо!",
    "Здравствуйте, подскажите время работы офиса.",
    "I will be working remotely — удаленная работа.",
    "Thank you, everything was done correctly.",
]


@pytest.mark.parametrize(("text", "expected"), PHRASINGS)
def test_real_phrasings_suggest_the_right_types(text: str, expected: list[str]):
    # Given what a requester wrote, When types are detected, Then the operator sees these
    assert detect_types(text) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_common_words_alone_suggest_nothing(text: str):
    assert detect_types(text) == ["other"]


@pytest.mark.parametrize(
    "text",
    ["Прошу разблокировать мои данные", "Please unblock my data", "Бұғаттан шығаруды сұраймын"],
)
def test_unblocking_never_also_reads_as_blocking(text: str):
    assert "blocking" not in detect_types(text)
    assert "unblocking" in detect_types(text)


def test_a_copy_of_my_data_is_access_unless_a_format_is_asked_for():
    # Given two requests for a copy, one with a structured format
    plain_copy = detect_types("Send me a copy of my data, please.")
    structured = detect_types("Send me a copy of my data in a structured, machine-readable format.")

    # Then the first is access and the second portability only
    assert plain_copy == ["access"]
    assert structured == ["portability"]


def test_detection_survives_capitals_yo_line_breaks_and_latin_lookalikes():
    # Given shouting, "ё", a line break inside the phrase, and a Latin "i" in a Kazakh word
    assert detect_types("ОТЗЫВАЮ СВОЁ\nСОГЛАСИЕ") == ["withdrawal"]
    assert detect_types("Келiсiмiмдi керi қайтарамын") == ["withdrawal"]


def test_types_come_back_in_the_registers_fixed_order():
    # Given a request naming every right, in reverse order
    text = (
        "Export my data in a machine-readable format. It was published in a public directory. "
        "I object to the automated decision. I withdraw my consent. Delete my account. "
        "Unblock my data. Restrict processing. Correct my name. What data do you hold?"
    )

    # When / Then
    assert detect_types(text) == list(TYPE_ORDER)


def test_empty_text_is_other():
    assert detect_types("") == ["other"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Прошу удалить мои данные", "ru"),
        ("Деректерімді жоюыңызды сұраймын", "kk"),
        ("Менің деректерім", "kk"),
        ("ҚАЗАҚСТАН", "kk"),
        ("Сәлем", "kk"),
        ("Please delete my data", "en"),
        ("", "en"),
        ("12345 !!!", "en"),
        ("Delete my data / Удалите данные", "ru"),
        ("Hello, Іс", "kk"),
    ],
)
def test_language_is_kazakh_with_a_kazakh_letter_russian_with_cyrillic_else_english(
    text: str, language: str
):
    assert detect_language(text) == language
