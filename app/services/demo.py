"""The demo register: realistic requests over ten years, for trying the app and for benchmarks.

The first-run wizard offers a demo register of its own, `<user data folder>/demo.otinish`,
so invented requests never mix with the operator's real register. It holds only
invented data, so it is locked with a fixed, documented passphrase, "demo", rather
than a key in the keychain: anyone can open it, and there is nothing to lose.

Deterministic for a given seed. Names are Kazakh, Russian and some English; emails
and +7 phone numbers look real but use reserved example domains where it matters;
every channel, type, status, outcome, identity method and letter kind occurs, with a
realistic share open and overdue. Letters in a demo register are numbered and
listed, but hold no document copy (rendering 100,000 .docx files would take hours).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.domain.calendar import WorkingCalendar
from app.domain.clock import ALMATY
from app.domain.deadlines import due_date, format_number
from app.domain.identifiers import check_digit
from app.domain.vocab import IDENTITY_METHODS
from app.domain.workflow import ACTION_FULFILS, reply_for_type, suggested_sending
from app.letters.kinds import letter_effects

_KK_MEN = ["Ерлан", "Нұрлан", "Дәурен", "Асқар", "Бауыржан", "Ержан", "Қайрат", "Темірлан",
           "Данияр", "Арман", "Серік", "Әлібек", "Мұхтар", "Бекзат", "Ғалым"]
_KK_WOMEN = ["Айгерім", "Әйгерім", "Гүлнара", "Жанар", "Салтанат", "Динара", "Мәдина",
             "Айдана", "Ақмарал", "Балжан", "Нұрсұлу", "Әсел", "Гүлжан", "Жұлдыз", "Меруерт"]
_KK_SURNAMES = ["Ахметов", "Жұмабаев", "Сейітқали", "Әбенов", "Төлегенов", "Қасымов",
                "Оспанов", "Ысқақов", "Байжанов", "Нұрпейісов", "Сәрсенбаев", "Омаров",
                "Құдайбергенов", "Есенов", "Мұратов"]
_RU_MEN = ["Иван", "Сергей", "Алексей", "Дмитрий", "Андрей", "Михаил", "Владимир", "Павел",
           "Артём", "Николай"]
_RU_WOMEN = ["Ольга", "Елена", "Наталья", "Татьяна", "Анна", "Ирина", "Светлана", "Мария",
             "Екатерина", "Юлия"]
_RU_SURNAMES = ["Петров", "Смирнов", "Иванов", "Кузнецов", "Попов", "Волков", "Соколов",
                "Лебедев", "Козлов", "Новиков", "Морозов", "Ким", "Пак", "Шевченко"]
_EN_NAMES = ["John Smith", "Emma Brown", "Oliver Jones", "Sophie Taylor", "James Wilson",
             "Charlotte Davies", "Daniel Evans", "Grace Thomas", "Lee Min-jun", "Anna Müller"]
_DOMAINS = ["mail.kz", "gmail.com", "mail.ru", "yandex.kz", "inbox.kz", "example.com",
            "outlook.com", "bk.ru"]
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m",
                      "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "sch",
                      "", "y", "", "e", "yu", "ya", "a", "g", "k", "n", "o", "u", "u", "h",
                      "i"], strict=True))

_TEXTS: dict[str, dict[str, list[str]]] = {
    "ru": {
        "access": ["Прошу сообщить, какие мои персональные данные вы храните.",
                   "Хочу получить информацию о том, какие мои данные обрабатываются."],
        "correction": ["Прошу исправить номер телефона в моём профиле.",
                       "В вашей базе неверные данные обо мне, прошу изменить."],
        "blocking": ["Прошу заблокировать обработку моих данных до выяснения."],
        "unblocking": ["Прошу снять блокирование моих данных."],
        "deletion": ["Прошу удалить мой аккаунт и все мои персональные данные.",
                     "Удалите, пожалуйста, мои данные с вашего сайта."],
        "withdrawal": ["Отзываю согласие на обработку персональных данных.",
                       "Больше не даю согласия на рассылку и обработку моих данных."],
        "objection": ["Возражаю против решения, принятого автоматически по моей заявке."],
        "public_source": ["Мои данные опубликованы на вашем сайте без согласия, удалите."],
        "portability": ["Прошу выгрузить мои данные в машиночитаемом формате."],
        "other": ["У меня вопрос по вашей политике конфиденциальности."],
    },
    "kk": {
        "access": ["Менің қандай деректерімді сақтайтыныңызды хабарлауыңызды сұраймын."],
        "correction": ["Профилімдегі телефон нөмірін түзетуді сұраймын."],
        "blocking": ["Деректерімді өңдеуді бұғаттауыңызды сұраймын."],
        "unblocking": ["Деректерімді бұғаттан шығаруды сұраймын."],
        "deletion": ["Аккаунтымды және барлық деректерімді жоюды сұраймын."],
        "withdrawal": ["Дербес деректерімді өңдеуге берген келісімімді кері қайтарамын."],
        "objection": ["Автоматты түрде қабылданған шешімге қарсылық білдіремін."],
        "public_source": ["Деректерім сайтта жарияланған, оларды алып тастауды сұраймын."],
        "portability": ["Деректерімді құрылымдалған форматта беруді сұраймын."],
        "other": ["Құпиялылық саясатыңыз бойынша сұрағым бар."],
    },
    "en": {
        "access": ["What data do you hold about me? Please send me a copy of my data."],
        "correction": ["Please update my details: my phone number is wrong."],
        "blocking": ["Please restrict the processing of my data."],
        "unblocking": ["Please unblock my data."],
        "deletion": ["Please delete my account and erase my personal data."],
        "withdrawal": ["I withdraw my consent to the processing of my personal data."],
        "objection": ["I object to the automated decision made on my application."],
        "public_source": ["My data was published on your site; please remove it."],
        "portability": ["Please export my data in a machine-readable format."],
        "other": ["I have a question about your privacy policy."],
    },
}
_TYPE_WEIGHTS = {"access": 30, "deletion": 25, "withdrawal": 18, "correction": 12,
                 "blocking": 4, "unblocking": 1, "objection": 2, "public_source": 2,
                 "portability": 3, "other": 3}
_CHANNEL_WEIGHTS = {"email": 45, "phone": 14, "web_form": 15, "letter": 8, "in_person": 5,
                    "egov": 8, "messenger": 5}
#: The action and the reply letter that answer each right (from the workflow's tables).
_ACTION_FOR_TYPE = {t: kind for kind, types in ACTION_FULFILS.items() for t in types}
_LETTER_FOR_TYPE = reply_for_type(letter_effects())


def _translit(text: str) -> str:
    return "".join(_TRANSLIT.get(c, c) for c in text.lower() if c.isalnum() or c in " -")


def _iin(rng: random.Random, female: bool, born: date) -> str:
    while True:
        century = (3 if born.year < 2000 else 5) + (1 if female else 0)
        head = f"{born:%y%m%d}{century}{rng.randrange(10000):04d}"
        digit = check_digit(head)
        if digit is not None:
            return head + str(digit)


def _person(rng: random.Random) -> dict[str, Any]:
    kind = rng.choices(["kk", "ru", "en"], weights=[55, 38, 7])[0]
    female = rng.random() < 0.55
    if kind == "en":
        name = rng.choice(_EN_NAMES)
        lang = "en"
    else:
        first = rng.choice((_KK_WOMEN if female else _KK_MEN) if kind == "kk"
                           else (_RU_WOMEN if female else _RU_MEN))
        surname = rng.choice(_KK_SURNAMES if kind == "kk" else _RU_SURNAMES)
        if female and surname.endswith(("ов", "ев", "ин")):
            surname += "а"
        name = f"{first} {surname}" if rng.random() < 0.6 else f"{surname} {first}"
        lang = "kk" if kind == "kk" and rng.random() < 0.45 else "ru"
    login = _translit(name).replace(" ", rng.choice([".", "_", ""]))
    email = f"{login}{rng.randrange(100) if rng.random() < 0.4 else ''}@{rng.choice(_DOMAINS)}"
    phone = f"+77{rng.choice(['01', '02', '05', '07', '47', '71', '75', '77'])}" \
            f"{rng.randrange(10_000_000):07d}"
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 55))
    return {"name": name, "email": email, "phone": phone, "lang": lang, "female": female,
            "iin": _iin(rng, female, born) if rng.random() < 0.25 else None}


def _at_noon(d: date) -> datetime:
    return datetime(d.year, d.month, d.day, 12, tzinfo=ALMATY)


def generate(size: int, *, seed: int = 1, today: date | None = None,
             calendar: WorkingCalendar | None = None) -> Iterator[dict[str, Any]]:
    """Yield *size* prepared request records (oldest first) for Register.import_bulk."""
    rng = random.Random(seed)
    today = today or datetime.now(ALMATY).date()
    calendar = calendar or WorkingCalendar()
    start = today - timedelta(days=3650)
    span = (today - start).days
    # Received dates, sorted so inbound numbers rise with time; more requests lately.
    days = sorted(start + timedelta(days=int(span * rng.random() ** 0.7)) for _ in range(size))
    # A demo must show work in progress: the newest requests fall in the last month.
    recent = min(size, max(10, size // 50))
    days[size - recent:] = sorted(today - timedelta(days=rng.randrange(30))
                                  for _ in range(recent))
    seq: dict[int, int] = {}
    out_seq: dict[int, int] = {}
    types_list, type_weights = zip(*_TYPE_WEIGHTS.items(), strict=True)
    channels, channel_weights = zip(*_CHANNEL_WEIGHTS.items(), strict=True)
    repeaters: list[dict[str, Any]] = []
    for day in days:
        if repeaters and rng.random() < 0.05:
            person = rng.choice(repeaters)  # people write again: duplicates happen
        else:
            person = _person(rng)
            if rng.random() < 0.02:
                repeaters.append(person)
        received = datetime(day.year, day.month, day.day, rng.randrange(8, 20),
                            rng.randrange(60), tzinfo=ALMATY)
        seq[day.year] = seq.get(day.year, 0) + 1
        number = format_number("IN", day.year, seq[day.year])
        types = [rng.choices(types_list, weights=type_weights)[0]]
        if rng.random() < 0.15:
            extra = rng.choices(types_list, weights=type_weights)[0]
            if extra not in types:
                types.append(extra)
        channel = rng.choices(channels, weights=channel_weights)[0]
        lang = person["lang"]
        items = []
        for t in types:
            due = due_date(calendar, t, day)
            items.append({"type": t, "due": due.due.isoformat(), "basis": due.basis})
        age = (today - day).days
        first_due = min(date.fromisoformat(i["due"]) for i in items)
        # Old requests are closed (a rare one forgotten); past their date most are answered,
        # some are late; those not yet due are in work.
        if age > 45:
            state = "closed" if rng.random() < 0.997 else rng.choice(
                ["in_progress", "awaiting_identity"])
        elif first_due < today:
            state = rng.choices(["closed", "answered", "in_progress", "awaiting_identity"],
                                weights=[75, 12, 9, 4])[0]
        else:
            state = rng.choices(["received", "awaiting_identity", "in_progress", "answered",
                                 "closed"], weights=[35, 20, 30, 10, 5])[0]
        # Most are answered on time; about 8% late.
        answer_day = (first_due if rng.random() < 0.92 else
                      first_due + timedelta(days=rng.randrange(1, 20)))
        answer_day = min(answer_day, today)
        identity = []
        if state != "received" and channel != "egov":
            method = rng.choice(IDENTITY_METHODS)
            identity.append({"method": method, "result": "requested",
                             "at": _at_noon(day).isoformat(timespec="seconds"), "note": None,
                             "checked_by": None})
            if state != "awaiting_identity":
                result = "passed" if rng.random() < 0.93 else "failed"
                identity.append({"method": method, "result": result,
                                 "at": _at_noon(answer_day).isoformat(timespec="seconds"),
                                 "note": rng.choice([None, "ID card, last 4: "
                                                     f"{rng.randrange(10000):04d}"]),
                                 "checked_by": None})
        actions, letters = [], []
        outcome = None
        closed_at = None

        def letter(kind: str, on: date, letter_lang: str = lang,
                   letters: list[dict[str, Any]] = letters, channel: str = channel) -> None:
            out_seq[on.year] = out_seq.get(on.year, 0) + 1
            n = format_number("OUT", on.year, out_seq[on.year])
            made = _at_noon(on).isoformat(timespec="seconds")
            # Demo letters went out the day they were made, the way the request came.
            letters.append({"kind": kind, "lang": letter_lang, "number": n,
                            "file_name": f"{n}_{kind}_{letter_lang}.docx", "sha256": None,
                            "content": None, "created_at": made, "sent_at": made,
                            "via": suggested_sending(channel, True, False)})

        if rng.random() < 0.6:
            letter("acknowledgement", day)
        if identity:
            letter("identity_request", day)
        if channel == "phone":
            letter("written_followup", day)
        done_items = state in ("answered", "closed")
        if state == "closed":
            outcome = rng.choices(["fulfilled", "partially_fulfilled", "refused",
                                   "withdrawn_by_requester", "no_data_held"],
                                  weights=[70, 8, 8, 6, 8])[0]
            closed_at = _at_noon(answer_day).isoformat(timespec="seconds")
        for item in items:
            if state in ("in_progress", "answered", "closed"):
                actions.append({"kind": "searched" if rng.random() < 0.3
                                else _ACTION_FOR_TYPE.get(item["type"], "other"),
                                "note": "Checked the CRM and the mailing service",
                                "at": _at_noon(answer_day).isoformat(timespec="seconds"),
                                "by": None})
            if done_items:
                item["done_at"] = _at_noon(answer_day).isoformat(timespec="seconds")
                item["outcome"] = outcome or "fulfilled"
                kind = "refusal" if outcome == "refused" else _LETTER_FOR_TYPE.get(item["type"])
                if outcome == "no_data_held" and item["type"] in ("access", "portability"):
                    kind = "no_data"  # nothing held is an answer, not a refusal
                if kind:
                    letter(kind, answer_day)
        open_due = [i["due"] for i in items if not i.get("done_at")]
        yield {
            "request": {
                "number": number,
                "received_at": received.isoformat(timespec="seconds"),
                "received_date": day.isoformat(),
                "channel": channel, "lang": lang,
                "requester_name": person["name"], "requester_email": person["email"]
                if channel in ("email", "web_form") or rng.random() < 0.5 else None,
                "requester_phone": person["phone"] if channel in ("phone", "messenger")
                or rng.random() < 0.4 else None,
                "requester_iin": person["iin"], "representative": None,
                "summary": None, "text": rng.choice(_TEXTS[lang][types[0]]),
                "search_phone": None, "status": state, "outcome": outcome,
                "closed_at": closed_at, "due": min(open_due) if open_due and state != "closed"
                else None,
                "created_at": received.isoformat(timespec="seconds"),
                "updated_at": (closed_at or received.isoformat(timespec="seconds")),
            },
            "items": items, "identity_checks": identity, "actions": actions,
            "letters": letters,
        }


def fill(register: Any, size: int, *, seed: int = 1,
         progress: Callable[[int], None] | None = None) -> int:
    """Fill an empty register with *size* demo requests; return how many were written."""
    from app.store.errors import StoreError
    from app.store.reads import search_phone

    if register.db["requests"].count:
        raise StoreError("demo_register_not_empty")

    def records() -> Iterator[dict[str, Any]]:
        for rec in generate(size, seed=seed, today=register.today(),
                            calendar=register.calendar()):
            rec["request"]["search_phone"] = search_phone(rec["request"]["requester_phone"])
            yield rec

    return register.import_bulk(records(), progress=progress)


# ------------------------------------------------------------------ the first-run demo
DEMO_FILE_NAME = "demo.otinish"
#: The demo register's passphrase: fixed and documented, it guards invented data only.
DEMO_PASSPHRASE = "demo"
#: How many invented requests the first-run demo holds (tests make it smaller).
DEMO_SIZE = 2000
DEMO_SEED = 1
#: The invented operator and processing profile of demo registers (so letters can be made).
DEMO_OPERATOR = {
    "name": "ТОО «Qazaq Cloud»", "id": "180540012343", "id_kind": "BIN",
    "address": "010000, г. Астана, пр. Мангилик Ел, 55/20, офис 305",
    "email": "privacy@qazaqcloud.kz", "phone": "+77172790011",
    "signatory": "Директор, Сейткали А.Б.",
}
DEMO_PROFILE = {
    "data_categories": ["фамилия, имя, отчество", "адрес электронной почты",
                        "номер телефона", "история заказов и платежей"],
    "purposes": ["исполнение договора оказания услуг", "техническая поддержка",
                 "рассылка новостей с согласия клиента"],
    "sources": ["сам субъект персональных данных при регистрации на сайте"],
    "recipients": ["ТОО «Kaspi Pay» (приём платежей)", "АО «Казпочта» (доставка)"],
    "methods": "автоматизированная обработка в CRM и учётной системе",
    "retention": "3 года после прекращения договора",
    "cross_border": "не осуществляется",
}


def demo_path() -> Path:
    """Where the first-run demo register lives: next to the real one, under its own name."""
    from app.store.paths import user_data_dir

    return user_data_dir() / DEMO_FILE_NAME


def is_demo(path: Path) -> bool:
    """Whether *path* is the first-run demo register."""
    try:
        return Path(path).resolve() == demo_path().resolve()
    except OSError:
        return False


def open_demo(clock: Any = None) -> Any:
    """Open the demo register, creating it (empty) the first time; return an `Opened`."""
    from .registers import create_register, open_register

    path = demo_path()
    if path.exists():
        from app.store.secrets import Secret

        return open_register(path, clock=clock, secret=Secret(DEMO_PASSPHRASE, "prompt"))
    return create_register(path, key="passphrase", passphrase=DEMO_PASSPHRASE, clock=clock)


def fill_demo(register: Any, size: int = DEMO_SIZE,
              progress: Callable[[int], None] | None = None) -> int:
    """Give a demo register its invented operator and profile, then *size* requests."""
    if register.get_operator() is None:
        register.set_setting("operator", DEMO_OPERATOR)
    if register.get_profile() is None:
        register.set_setting("profile", DEMO_PROFILE)
    return fill(register, size, seed=DEMO_SEED, progress=progress)
