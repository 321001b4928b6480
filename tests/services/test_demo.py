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
from app.store import audit
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


# ------------------------------------------------------------------ a register that reads true
#: The demo registers below: built once at 10:00 on Monday 23.11.2026, read by every test.
NOW = fixed_clock(2026, 11, 23)()


def _moment(value):
    from datetime import datetime

    return datetime.fromisoformat(value)


def _demo_views(tmp_path_factory, size=1500, seed=3):
    reg = new_register(tmp_path_factory.mktemp("demo"), clock=fixed_clock(2026, 11, 23))
    demo.fill(reg, size, seed=seed)
    ids = [r[0] for r in reg.db.execute("select id from requests order by id")]
    return reg, [reg.get_request(i) for i in ids]


def _moments(view):
    """Every moment the request's rows tell of, with what it is."""
    told = [(view["received"], "received")]
    told += [(c["at"], f"identity {c['result']}") for c in view["identity_checks"]]
    told += [(a["at"], f"action {a['kind']}") for a in view["actions"]]
    told += [(le["created_at"], f"letter {le['kind']}") for le in view["letters"]]
    told += [(le["sent_at"], f"sent {le['kind']}") for le in view["letters"] if le["sent_at"]]
    told += [(i["done_at"], f"done {i['type']}") for i in view["items"] if i["done_at"]]
    if view["closed_at"]:
        told.append((view["closed_at"], "closed"))
    return told


def test_demo_events_carry_the_moments_they_happened_at(tmp_path_factory):
    # Given a demo register built at 10:00 on 23.11.2026
    reg, views = _demo_views(tmp_path_factory)
    try:
        for view in views:
            told = _moments(view)
            received = _moment(view["received"])
            # Then nothing happened before the request came, nor after the demo was built
            early = [what for at, what in told if _moment(at) < received]
            late = [what for at, what in told if _moment(at) > NOW]
            assert early == [] and late == [], (view["number"], early, late)
            # And the identity check asked for precedes its result, a letter its sending
            checks = [_moment(c["at"]) for c in view["identity_checks"]]
            assert checks == sorted(checks), view["number"]
            assert all(le["sent_at"] >= le["created_at"] for le in view["letters"])
            # And a closed request was closed after everything else it tells of
            if view["closed_at"]:
                assert max(_moment(at) for at, _ in told) == _moment(view["closed_at"])
        # And the moments are spread over the years, not the moment the demo was built
        moments = {at for view in views for at, _ in _moments(view)}
        assert len(moments) > len(views)
        assert sum(_moment(at) == NOW for at in moments) < 5
    finally:
        reg.close()


def test_demo_notes_are_in_the_language_of_their_request(tmp_path_factory):
    from app.intake.detect import detect_language

    # Given a demo register (its letters quote some action notes word for word)
    reg, views = _demo_views(tmp_path_factory)
    try:
        wrong = []
        for view in views:
            notes = [a["note"] for a in view["actions"]] + \
                [c["note"] for c in view["identity_checks"]]
            wrong += [(view["number"], view["lang"], n) for n in notes
                      if n and detect_language(n) != view["lang"]]
        # Then every note of an action or an identity check is in the request's language
        assert wrong == []
        langs = {view["lang"] for view in views if view["actions"]}
        assert langs == {"kk", "ru", "en"}
    finally:
        reg.close()


def _as_made(view, letter):
    """The request as the record stood when *letter* was made: what came before it."""
    made = _moment(letter["created_at"])
    return view | {
        "items": [i | ({"done": False, "done_at": None, "outcome": None}
                       if i["done_at"] and _moment(i["done_at"]) >= made else {})
                  for i in view["items"]],
        "actions": [a for a in view["actions"] if _moment(a["at"]) < made],
        "letters": [le for le in view["letters"] if le["id"] < letter["id"]],
    }


def test_demo_requests_do_not_contradict_themselves(tmp_path_factory):
    from app.domain.rules import RECEIPT, rule_for
    from app.domain.workflow import ACTION_FULFILS
    from app.letters.kinds import kind, live_actions

    # Given a demo register
    reg, views = _demo_views(tmp_path_factory)
    problems = []
    try:
        for view in views:
            number = view["number"]
            results = [c["result"] for c in view["identity_checks"] if c["result"] != "requested"]
            acted = {a["kind"] for a in view["actions"]}
            # Then identity not confirmed means a refusal: no data sent, nothing done
            if results and results[-1] == "failed":
                if acted & set(ACTION_FULFILS) or view["outcome"] not in (None, "refused") or \
                        {le["kind"] for le in view["letters"]} & {
                            "access_response", "correction_done", "deletion_done",
                            "blocking_done", "withdrawal_confirmation", "objection_result"}:
                    problems.append((number, "identity failed, yet answered"))
            for item in view["items"]:
                fulfils = {k for k, types in ACTION_FULFILS.items() if item["type"] in types}
                # And a right still waiting for its documents has had nothing done
                if item["waiting"] and acted & fulfils:
                    problems.append((number, f"{item['type']} waits, yet done"))
                # And a right counted from its documents was fulfilled only once they came
                counted_later = rule_for(item["type"], _moment(view["received"]).date()
                                         ).clock_start != RECEIPT
                if counted_later and item.get("outcome") == "fulfilled" and \
                        not item["started_on"]:
                    problems.append((number, f"{item['type']} done without its documents"))
                # And an act that fulfils a right marks it done, as the workflow does
                if acted & fulfils and not item["done"]:
                    problems.append((number, f"{item['type']} acted on, yet open"))
            for letter in view["letters"]:
                spec, then = kind(letter["kind"]), _as_made(view, letter)
                # And no letter says what the record then contradicted
                if spec.contradicts and spec.contradicts(then):
                    problems.append((number, f"{letter['number']} contradicts the record"))
                # And a confirmation quotes an action recorded before it
                if spec.quotes and letter["kind"] != "access_response" and \
                        not live_actions(then, *spec.quotes):
                    problems.append((number, f"{letter['number']} has nothing to quote"))
        assert problems == []
    finally:
        reg.close()


def test_the_log_keeps_the_time_of_the_import_and_checks(tmp_path_factory):
    # Given a demo register: its rows tell of ten years
    reg, views = _demo_views(tmp_path_factory, size=300)
    try:
        # Then the audit log says honestly that an import wrote them, and when
        actions = {audit.decode_action(a) for a in _distinct(reg, "select action from events")}
        stamps = {audit.decode_at(at) for at in _distinct(reg, "select at from events")}
        assert actions == {"import"} and stamps == {NOW.isoformat(timespec="seconds")}
        # And the clocks of the corrections whose documents came are kept, and verified
        assert reg.db["item_clocks"].count > 0
        assert any(i["started_on"] for v in views for i in v["items"])
        assert reg.check() == {"integrity": "ok", "audit": "ok", "problems": []}
    finally:
        reg.close()
