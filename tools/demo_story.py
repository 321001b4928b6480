"""A small demo register with a story, for the README's screenshots: ~40 requests over ten months.

Developer tooling, not shipped with the app (the app's own demo register, thousands of
invented requests, is `app.services.demo`). Built through the same services the window
uses (requests, letters, settings), with a clock that moves forward as the story of each
request unfolds, so due dates, history and the dashboard's figures are what a real year
would give. Relative to today: a few requests are overdue, some are due today or
tomorrow, most older ones are closed. The operator and profile are the demo's own
(`app.services.demo.DEMO_OPERATOR` / `DEMO_PROFILE`).

    python tools/demo_story.py PATH      (the passphrase is OTINISH_PASSPHRASE, or "demo")
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: the repository is the import root
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain.clock import ALMATY  # noqa: E402
from app.store import Register  # noqa: E402


@dataclass(frozen=True)
class Person:
    """A requester."""

    name: str
    email: str | None
    phone: str | None
    lang: str
    iin: str | None = None


PEOPLE = [
    Person("Айгерім Сейітқызы", "aigerim.seitkyzy@mail.kz", "+77015551234", "kk"),
    Person("Ерлан Жұмабаев", "erlan.zhumabayev@gmail.com", "+77771234567", "kk",
           "860315300109"),
    Person("Дмитрий Ковалёв", "d.kovalev@yandex.kz", "+77052223344", "ru"),
    Person("Анна Петрова", "anna.petrova@mail.ru", "+77019998877", "ru", "920725450006"),
    Person("Нұрсұлтан Әбдірахманов", "nursultan.a@inbox.kz", "+77474445566", "kk"),
    Person("Ольга Ким", "olga.kim@gmail.com", "+77073332211", "ru"),
    Person("Асель Нурланова", "assel.nurlanova@outlook.com", "+77012340000", "ru",
           "881101650009"),
    Person("John Miller", "john.miller@example.com", "+447700900123", "en"),
    Person("Тимур Ахметов", "t.akhmetov@qmail.kz", "+77016667788", "ru"),
    Person("Жанна Беккер", "zh.bekker@mail.kz", None, "ru"),
    Person("Бауыржан Тоқтаров", "baur.toktarov@gmail.com", "+77087776655", "kk",
           "950430300104"),
    Person("Мадина Ережепова", "madina.e@mail.kz", "+77025554433", "kk"),
    Person("Сергей Лим", "sergey.lim@gmail.com", "+77011112233", "ru"),
    Person("Гүлнар Сапарова", "gulnar.saparova@mail.kz", "+77058889900", "kk"),
    Person("Sarah O'Connor", "sarah.oconnor@example.org", None, "en"),
    Person("Данияр Искаков", "daniyar.iskakov@gmail.com", "+77019090909", "ru"),
    Person("Елена Ворошилова", "e.voroshilova@yandex.ru", "+77771010101", "ru",
           "771211300108"),
    Person("Самал Қасымова", "samal.kasymova@mail.kz", "+77473030303", "kk",
           "010223500205"),
    Person("Alibek Dzhaksybekov", "alibek.dz@gmail.com", "+77017070707", "en"),
    Person("Laura Schmidt", "laura.schmidt@example.de", None, "en"),
]

TEXTS = {
    ("access", "ru"): "Здравствуйте! Прошу сообщить, какие мои персональные данные вы храните "
                      "и для каких целей их обрабатываете.",
    ("access", "kk"): "Сәлеметсіз бе! Менің қандай дербес деректерімді сақтайтыныңызды және "
                      "оларды не үшін өңдейтініңізді хабарлауыңызды сұраймын.",
    ("access", "en"): "Hello, please tell me what personal data you hold about me and why.",
    ("deletion", "ru"): "Прошу удалить мой аккаунт и все мои персональные данные.",
    ("deletion", "kk"): "Менің аккаунтымды және барлық дербес деректерімді жоюыңызды сұраймын.",
    ("deletion", "en"): "Please delete my account and erase all my personal data.",
    ("correction", "ru"): "В моём профиле неверный номер телефона, прошу исправить его.",
    ("correction", "kk"): "Профилімдегі телефон нөмірі қате, оны түзетуіңізді сұраймын.",
    ("correction", "en"): "My address in your records is wrong, please correct it.",
    ("withdrawal", "ru"): "Отзываю своё согласие на обработку персональных данных для "
                          "рассылки.",
    ("withdrawal", "kk"): "Ақпараттық таратылымға берген келісімімді кері қайтарамын.",
    ("withdrawal", "en"): "I withdraw my consent to the processing of my data for newsletters.",
    ("blocking", "ru"): "Прошу заблокировать мои данные до выяснения обстоятельств утечки.",
    ("blocking", "kk"): "Менің деректерімді бұғаттауыңызды сұраймын.",
    ("blocking", "en"): "Please block the processing of my data until the leak is explained.",
}
SUBJECTS = {"ru": "Запрос о персональных данных", "kk": "Дербес деректер туралы өтініш",
            "en": "Personal data request"}

# (working days before today it came in, types, channel, how far it got)
# how far: "new", "ack", "identity_asked", "in_progress", "answered", "closed",
# "corrected" (in progress, its details edited and an action voided: the history shows
# both), "voided" (registered twice by mistake)
STORIES: list[tuple[int, list[str], str, str]] = [
    (0, ["deletion"], "phone", "new"),
    (0, ["access"], "email", "new"),
    (1, ["deletion"], "email", "ack"),
    (1, ["correction"], "web_form", "identity_asked"),
    (2, ["access"], "email", "ack"),
    (3, ["access", "deletion"], "letter", "in_progress"),
    (2, ["withdrawal"], "messenger", "in_progress"),
    (6, ["access"], "email", "identity_asked"),
    (8, ["deletion"], "phone", "ack"),
    (5, ["blocking"], "email", "in_progress"),
    (12, ["withdrawal"], "egov", "in_progress"),
    (4, ["access"], "in_person", "answered"),
    (3, ["access"], "phone", "corrected"),
    (1, ["deletion"], "email", "voided"),
]


def _working_days_back(register: Register, today: date, n: int) -> date:
    calendar = register.calendar()
    day = today
    while not calendar.is_working_day(day):
        day -= timedelta(days=1)
    counted = 0
    while counted < n:
        day -= timedelta(days=1)
        if calendar.is_working_day(day):
            counted += 1
    return day


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), ALMATY)


def build_demo(path: Path, secret: str, today: date | None = None,
               progress: Callable[[int, int], None] | None = None) -> Path:
    """Create the demo register at *path* (it must not exist); return the letters folder."""
    from app.domain.workflow import reply_for_type, suggested_identity_method
    from app.letters.kinds import letter_effects
    from app.services.demo import DEMO_OPERATOR, DEMO_PROFILE
    from app.services.letters import make_letter, record_sent
    from app.services.operator import save_settings
    from app.services.registers import create_register
    from app.services.requests import (
        close_request,
        log_request,
        record_action,
        record_identity,
        void_request,
    )

    rng = random.Random(94)
    now = {"t": datetime.now(ALMATY)}
    today = today or now["t"].date()
    register = create_register(path, key="passphrase", passphrase=secret,
                               clock=lambda: now["t"]).register
    letters = path.parent / f"{path.stem}-letters"
    try:
        save_settings(register, {"operator": DEMO_OPERATOR, "profile": DEMO_PROFILE,
                                 "letters_dir": str(letters),
                                 "default_letter_language": "ru"})
        stories: list[tuple[date, list[str], str, str]] = []
        # The past: ten months of closed requests, one or two a week.
        for weeks_back in range(44, 3, -1):
            if rng.random() < 0.3:
                continue
            day = today - timedelta(weeks=weeks_back, days=rng.randint(0, 4))
            types = rng.choice([["access"], ["deletion"], ["withdrawal"], ["correction"],
                                ["access", "deletion"], ["deletion"], ["access"],
                                ["blocking"]])
            channel = rng.choice(["email", "email", "email", "phone", "letter", "web_form",
                                  "in_person", "egov"])
            stories.append((day, types, channel, "closed"))
        for back, types, channel, stage in STORIES:
            stories.append((_working_days_back(register, today, back), types, channel, stage))
        stories.sort(key=lambda s: s[0])
        for n, (day, types, channel, stage) in enumerate(stories):
            if progress:
                progress(n, len(stories))
            person = PEOPLE[n % len(PEOPLE)]
            lang = person.lang
            received = _at(day, rng.randint(9, 17), rng.choice([5, 12, 20, 35, 41, 50]))
            now["t"] = received + timedelta(minutes=3)
            text = " ".join(TEXTS.get((t, lang), TEXTS[(t, "ru")]) for t in types)
            logged = log_request(
                register, channel=channel, types=types, name=person.name,
                email=person.email if channel not in ("phone",) or not person.phone
                else None,
                phone=person.phone if channel in ("phone", "messenger", "in_person") else None,
                iin=person.iin if channel in ("in_person", "egov", "letter") else None,
                lang=lang, received=received, text=text,
                summary=SUBJECTS[lang] if channel in ("email", "web_form") else None)
            rid = logged.request_id

            def later(working_days: int, hour: int, received: datetime = received) -> None:
                day = received.date() if working_days == 0 else \
                    register.calendar().add_working_days(received.date(), working_days)
                now["t"] = max(now["t"] + timedelta(minutes=7), _at(day, hour))

            def send(letter: Any) -> None:
                now["t"] += timedelta(minutes=2)
                record_sent(register, letter.number, via="email")

            if stage == "new":
                continue
            if stage == "voided":
                later(0, 17)
                void_request(register, rid, "Зарегистрировано дважды: то же письмо уже "
                                            "принято в работу")
                continue
            later(0, 18)
            if stage == "identity_asked" or (stage == "closed" and rng.random() < 0.3):
                send(make_letter(register, rid, "identity_request", lang=lang))
                record_identity(register, rid, "email_match", "requested",
                                "письмо с запросом отправлено")
            else:
                send(make_letter(register, rid, "acknowledgement", lang=lang))
            if stage in ("ack", "identity_asked"):
                continue
            late = stage == "closed" and rng.random() < 0.12
            later(1 if not late else 4, 10)
            method = suggested_identity_method(channel)
            note = "удостоверение личности, последние цифры 4821" \
                if method == "id_document_in_person" else None
            record_identity(register, rid, method, "passed", note, "Сейткали А.Б.")
            if stage in ("in_progress", "corrected"):
                record_action(register, rid, "searched", "Поиск в CRM и учётной системе",
                              "Сейткали А.Б.")
                if stage == "corrected":
                    _correct(register, rid, person, later)
                continue
            later(1 if not late else 5, 12)
            reply = reply_for_type(letter_effects())
            # Each right in turn: what was done, then the reply, sent (an access reply
            # comes before any deletion, as a careful operator answers).
            for t in types:
                kind = {"deletion": "deleted", "correction": "corrected", "blocking": "blocked",
                        "withdrawal": "processing_stopped", "access": "copy_sent"}[t]
                note = {"deleted": "Аккаунт и история заказов удалены в CRM и рассылке",
                        "corrected": "Номер телефона исправлен в профиле и CRM",
                        "blocked": "Обработка заблокирована в CRM",
                        "processing_stopped": "Адрес исключён из рассылки",
                        "copy_sent": "Сведения подготовлены"}[kind]
                record_action(register, rid, kind, note, "Сейткали А.Б.")
                send(make_letter(register, rid, reply[t], lang=lang))
            if stage == "answered":
                continue
            later(3 if not late else 8, 16)
            outcome = rng.choice(["fulfilled"] * 9 + ["partially_fulfilled", "no_data_held",
                                                      "withdrawn_by_requester"])
            close_request(register, rid, outcome)
        if progress:
            progress(len(stories), len(stories))
    finally:
        register.close()
    return letters


def _correct(register: Register, rid: int, person: Person, later: Callable[..., None]) -> None:
    """A phone request corrected in the open: the caller's email and postal address added
    when they called back, and an action recorded by mistake voided."""
    from app.services.requests import edit_request, record_action, void_action

    later(1, 11)
    edit_request(register, rid, email=person.email or "", address_form="neutral",
                 postal_address="г. Алматы, ул. Сатпаева 22, кв. 7")
    later(1, 15)
    wrong = record_action(register, rid, "copy_sent", "Сведения направлены на эл. почту",
                          "Сейткали А.Б.")
    later(1, 16)
    void_action(register, rid, wrong, "Записано по ошибке: сведения ещё не отправлены")


def main(argv: list[str] | None = None) -> int:
    """Build a demo register at the path given."""
    args = argv if argv is not None else sys.argv[1:]
    if len(args) != 1:
        sys.stderr.write("usage: python tools/demo_story.py PATH\n")
        return 2
    path = Path(args[0]).expanduser()
    if path.exists():
        sys.stderr.write(f"{path} exists; choose a new path.\n")
        return 2
    letters = build_demo(path, os.environ.get("OTINISH_PASSPHRASE") or "demo")
    print(f"Demo register: {path}\nLetters: {letters}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
