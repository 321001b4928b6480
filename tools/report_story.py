"""The register behind docs/letters/report-*.png: a first quarter for an inspector.

Developer tooling. Builds a register in FOLDER (the story of tests/services/
test_report.py, plus an incident with its notice sent and a request still in time) and
writes the inspection pack for 1 January - 31 March 2026 in kk, ru and en into
FOLDER/out; convert as docs/letters/README.md says.

    python tools/report_story.py FOLDER
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, os.getcwd())
import tests.conftest  # noqa: E402,F401  (a throwaway settings folder, no keychain)
from app.services import incidents, report  # noqa: E402
from tests.builders import ALMATY, add_request, new_register  # noqa: E402
from tests.letters.test_letters import OPERATOR  # noqa: E402
from tests.services.test_report import END, START, Clock, _refuse  # noqa: E402


def _at(month: int, day: int, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=ALMATY)


def main(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    clock = Clock()
    reg = new_register(folder, clock=clock)
    reg.set_setting("operator", OPERATOR)
    incidents.set_responsible(reg, name="Сейткали Д. М.", position="юрист",
                              phone="+77015550000")
    letters = folder / "letters"
    letters.mkdir(exist_ok=True)
    a = add_request(reg, name="Ахметова Айгерим", received=_at(1, 5))
    _refuse(reg, clock, a, (1, 6), (1, 6), letters)
    clock.at(1, 20)
    b = add_request(reg, name="Ерлан Жумабаев", channel="phone", received=_at(1, 20))
    clock.at(2, 2)
    reg.record_action(b, "searched", "Искали в CRM, ждали ответа подрядчика")
    _refuse(reg, clock, b, (2, 10), (2, 11), letters)
    clock.at(2, 20)
    c = add_request(reg, name="John Smith", lang="en", types=["access", "deletion"],
                    received=_at(2, 20))
    _refuse(reg, clock, c, (2, 21), None, letters)
    clock.at(3, 2)
    v = add_request(reg, name="Тест Тестов", received=_at(3, 2))
    reg.void_request(v, "зарегистрировано дважды")
    clock.at(3, 10)
    inc = incidents.add_incident(
        reg, detected=datetime(2026, 3, 10, 8),
        what="Доступ посторонних к таблице клиентов интернет-магазина", notify_body="yes",
        why="Затронуты данные 120 клиентов", cause="Открытая ссылка на таблицу",
        categories="ФИО, телефон, адрес доставки", subjects=120,
        measures="Ссылка закрыта, пароли сменены")
    clock.at(3, 11)
    notice = incidents.make_notice(reg, inc["id"], lang="ru", out_dir=letters)
    clock.at(3, 11, 16)
    incidents.record_sent(reg, notice.number, via="email")
    clock.at(3, 25)
    add_request(reg, name="Нұрланқызы Әйгерім", lang="kk", channel="egov",
                types=["withdrawal"], received=_at(3, 25))
    clock.at(4, 6)
    out = folder / "out"
    out.mkdir(exist_ok=True)
    for lang in ("ru", "kk", "en"):
        print(report.make_report(reg, START, END, lang, out, overwrite=True))
    reg.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
