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

Each request is told event by event through the workflow's own rules (demo_events.py), so its
status, rights and dates are what the app would have recorded: every event has its own
moment, after the receipt and never after now; a failed identity check leads to a
refusal, never to data sent; a correction is done only once its documents came; a
confirmation letter follows the action it quotes. The operator's notes are written in
the request's language (demo_texts.py), since letters quote some of them.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from app.domain.calendar import WorkingCalendar
from app.domain.clock import ALMATY
from app.domain.deadlines import due_date, format_number
from app.domain.identifiers import check_digit
from app.domain.rules import RECEIPT, rule_for

from .demo_events import Story, iso, tell
from .demo_texts import (
    DOMAINS,
    EN_NAMES,
    KK_MEN,
    KK_SURNAMES,
    KK_WOMEN,
    RU_MEN,
    RU_SURNAMES,
    RU_WOMEN,
    TEXTS,
    TRANSLIT,
)

_TYPE_WEIGHTS = {"access": 30, "deletion": 25, "withdrawal": 18, "correction": 12,
                 "blocking": 4, "unblocking": 1, "objection": 2, "public_source": 2,
                 "portability": 3, "other": 3}
_CHANNEL_WEIGHTS = {"email": 45, "phone": 14, "web_form": 15, "letter": 8, "in_person": 5,
                    "egov": 8, "messenger": 5}


def _translit(text: str) -> str:
    return "".join(TRANSLIT.get(c, c) for c in text.lower() if c.isalnum() or c in " -")


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
        name = rng.choice(EN_NAMES)
        lang = "en"
    else:
        first = rng.choice((KK_WOMEN if female else KK_MEN) if kind == "kk"
                           else (RU_WOMEN if female else RU_MEN))
        surname = rng.choice(KK_SURNAMES if kind == "kk" else RU_SURNAMES)
        if female and surname.endswith(("ов", "ев", "ин")):
            surname += "а"
        name = f"{first} {surname}" if rng.random() < 0.6 else f"{surname} {first}"
        lang = "kk" if kind == "kk" and rng.random() < 0.45 else "ru"
    login = _translit(name).replace(" ", rng.choice([".", "_", ""]))
    email = f"{login}{rng.randrange(100) if rng.random() < 0.4 else ''}@{rng.choice(DOMAINS)}"
    phone = f"+77{rng.choice(['01', '02', '05', '07', '47', '71', '75', '77'])}" \
            f"{rng.randrange(10_000_000):07d}"
    born = date(1950, 1, 1) + timedelta(days=rng.randrange(365 * 55))
    return {"name": name, "email": email, "phone": phone, "lang": lang, "female": female,
            "iin": _iin(rng, female, born) if rng.random() < 0.25 else None}


def generate(size: int, *, seed: int = 1, today: date | None = None,
             calendar: WorkingCalendar | None = None,
             now: datetime | None = None) -> Iterator[dict[str, Any]]:
    """Yield *size* prepared request records (oldest first) for Register.import_bulk.

    Nothing happens after *now* (default: the end of *today*, or the current time)."""
    rng = random.Random(seed)
    if now is None:
        now = datetime.combine(today, time(23, 59), ALMATY) if today else \
            datetime.now(ALMATY)
    today = today or now.date()
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
        if received > now:  # received today, a while ago
            received = max(now - timedelta(minutes=rng.randrange(5, 240)),
                           datetime.combine(day, time(0), ALMATY))
        seq[day.year] = seq.get(day.year, 0) + 1
        number = format_number("IN", day.year, seq[day.year])
        types = [rng.choices(types_list, weights=type_weights)[0]]
        if rng.random() < 0.15:
            extra = rng.choices(types_list, weights=type_weights)[0]
            if extra not in types:
                types.append(extra)
        channel = rng.choices(channels, weights=channel_weights)[0]
        lang = person["lang"]
        story = Story(rng, now, calendar, received, channel, lang, types, out_seq)
        # A right counted from a later event (a correction's documents) has it within a
        # week.
        for item in story.items:
            if rule_for(item["type"], day).clock_start != RECEIPT:
                item["clock_day"] = min(day + timedelta(days=rng.randrange(6)), today)
                item["due"] = due_date(calendar, item["type"], day, item["clock_day"]).due
        age = (today - day).days
        first_due = min(i["due"] for i in story.items)
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
        for item in story.items:
            # Before work starts, and for some in work, the documents are still awaited.
            if item["clock_day"] and (state in ("received", "awaiting_identity") or (
                    state == "in_progress" and rng.random() < 0.4)):
                item["clock_day"] = None
                item["due"] = due_date(calendar, item["type"], day).due
        tell(story, state, today)
        told = story.record()
        yield {
            "request": {
                "number": number,
                "received_at": iso(received),
                "received_date": day.isoformat(),
                "channel": channel, "lang": lang,
                "requester_name": person["name"], "requester_email": person["email"]
                if channel in ("email", "web_form") or rng.random() < 0.5 else None,
                "requester_phone": person["phone"] if channel in ("phone", "messenger")
                or rng.random() < 0.4 else None,
                "requester_iin": person["iin"], "representative": None,
                "summary": None, "text": rng.choice(TEXTS[lang][types[0]]),
                "search_phone": None, "status": told["status"], "outcome": told["outcome"],
                "closed_at": told["closed_at"], "due": told["due"],
                "created_at": iso(received), "updated_at": told["updated_at"],
            },
            "items": told["items"], "identity_checks": told["identity_checks"],
            "actions": told["actions"], "letters": told["letters"],
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
                            calendar=register.calendar(), now=register.now()):
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
