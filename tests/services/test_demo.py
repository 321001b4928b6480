"""The demo register: realistic, complete in its variety, deterministic, and verifiable."""

from __future__ import annotations

import re

from app.domain.vocab import (
    CHANNELS,
    IDENTITY_METHODS,
    OUTCOMES,
    REQUEST_TYPES,
    STATUSES,
)
from app.letters.kinds import KINDS
from app.services import demo
from tests.builders import fixed_clock, new_register, said


def _distinct(reg, sql):
    return {r[0] for r in reg.db.execute(sql)}


def test_a_demo_register_has_every_kind_of_thing_and_passes_check(tmp_path):
    reg = new_register(tmp_path, clock=fixed_clock(2026, 11, 23))
    seen = []
    assert demo.fill(reg, 3000, seed=5, progress=seen.append) == 3000
    assert seen[-1] == 3000
    assert _distinct(reg, "select channel from requests") == set(CHANNELS)
    assert _distinct(reg, "select type from request_items") == set(REQUEST_TYPES)
    assert _distinct(reg, "select status from requests") == set(STATUSES)
    assert _distinct(reg, "select outcome from requests where outcome is not null") == \
        set(OUTCOMES)
    assert _distinct(reg, "select method from identity_checks") == set(IDENTITY_METHODS)
    assert _distinct(reg, "select kind from letters") == set(KINDS)
    # Demo letters went out the day they were made: answered requests have sent replies.
    unsent = reg.db.execute("select count(*) from letters l where not exists (select 1 from "
                            "letter_sendings s where s.letter_id = l.id)").fetchone()[0]
    assert unsent == 0
    years = _distinct(reg, "select substr(received_date, 1, 4) from requests")
    assert len(years) >= 10
    overdue = reg.list_requests(overdue=True)
    open_count = sum(n for s, n in reg.counts().items() if s != "closed")
    assert 0 < len(overdue) < open_count
    names = [r[0] for r in reg.db.execute("select requester_name from requests limit 400")]
    assert any(ch in "".join(names) for ch in "әғқңөұүі")  # Kazakh
    assert any(n.isascii() for n in names)  # some English
    assert reg.check() == {"integrity": "ok", "audit": "ok", "problems": []}
    # New requests continue the numbering after the demo's.
    from tests.builders import add_request

    rid = add_request(reg)
    number = reg.get_request(rid)["number"]
    assert reg.db.execute("select count(*) from requests where number = ?", [number]
                          ).fetchone()[0] == 1
    reg.close()


def test_the_same_seed_gives_the_same_register():
    a = list(demo.generate(300, seed=9, today=fixed_clock()().date()))
    b = list(demo.generate(300, seed=9, today=fixed_clock()().date()))
    c = list(demo.generate(300, seed=10, today=fixed_clock()().date()))
    assert a == b
    assert a != c


def test_demo_refuses_a_register_with_real_requests(tmp_path):
    import pytest

    from app.store import StoreError
    from tests.builders import add_request

    reg = new_register(tmp_path)
    add_request(reg)
    with pytest.raises(StoreError) as raised:
        demo.fill(reg, 10)
    assert re.search("already holds requests", said(raised.value))
    reg.close()
