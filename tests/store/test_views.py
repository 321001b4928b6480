"""The read-only queries behind the window: views, pages, sorting, search, the dashboard.

No Qt here: `app.store.views` is plain SQL over the register, tested on a real one.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from app.store import views
from tests.builders import ALMATY, add_request, fixed_clock, new_register

MONDAY = datetime(2026, 11, 23, 9, tzinfo=ALMATY)  # the register's today (fixed clock)


@pytest.fixture
def register(tmp_path):
    """A new register whose clock says Monday 23 November 2026, 10:00 in Almaty."""
    reg = new_register(tmp_path, clock=fixed_clock())
    yield reg
    reg.close()


def on(day: int, month: int = 11, hour: int = 9) -> datetime:
    return datetime(2026, month, day, hour, tzinfo=ALMATY)


def test_due_views_use_working_days_from_today(register):
    # Given requests due today, tomorrow, in three working days, and one overdue
    due_today = add_request(register, types=["deletion"], received=on(20))  # Fri -> Mon
    due_tomorrow = add_request(register, types=["deletion"], received=on(23))  # Mon -> Tue
    due_thursday = add_request(register, types=["access"], received=on(23))  # Mon -> Thu
    later = add_request(register, types=["withdrawal"], received=on(23))
    overdue = add_request(register, types=["deletion"], received=on(18))  # Wed -> Thu 19
    # When the views are counted
    counts = views.counts(register)
    ids = {v: {r.id for r in views.page(register, v)} for v in views.VIEWS}
    # Then each request is where the operator expects it
    assert ids["due_today"] == {due_today}
    assert ids["due_soon"] == {due_today, due_tomorrow, due_thursday}
    assert ids["overdue"] == {overdue}
    assert later in ids["open"] and later not in ids["due_soon"]
    assert counts == {v: len(ids[v]) for v in views.VIEWS}
    row = next(r for r in views.page(register, "all") if r.id == overdue)
    assert row.overdue and row.working_days_left == -2


def test_closed_requests_leave_the_due_views(register):
    rid = add_request(register, types=["deletion"], received=on(18))
    register.close_request(rid, "fulfilled")
    assert views.count(register, "overdue") == 0
    assert views.count(register, "closed") == 1
    assert views.page(register, "closed")[0].working_days_left is None


def test_pages_follow_the_sql_order_of_every_column(register):
    names = ["Борис", "Анна", "Вера", "Глеб", "Дана"]
    for i, name in enumerate(names):
        add_request(register, name=name, received=on(10 + i), types=["access"])
    for key in views.SORT_KEYS:
        ascending = [r.id for r in views.page(register, "all", sort=key, descending=False)]
        paged = [r.id for offset in range(0, 5, 2) for r in views.page(
            register, "all", sort=key, descending=False, limit=2, offset=offset)]
        assert paged == ascending, key
    by_name = [r.requester for r in views.page(register, "all", sort="requester",
                                               descending=False)]
    assert by_name == ["Анна", "Борис", "Вера", "Глеб", "Дана"]
    newest = views.page(register, "all", sort="received")[0]
    assert newest.requester == "Дана"


def test_search_is_a_safe_prefix_search(register):
    add_request(register, name="Айгерим Ахметова", email="u4242@example.kz")
    add_request(register, name="John Smith", email="john@example.com", phone="+77770001122")
    assert [r.requester for r in views.page(register, "all", search="ахмет")] == [
        "Айгерим Ахметова"]
    assert views.count(register, "all", search="u4242@example.kz") == 1
    assert views.count(register, "all", search="8777000") == 1
    assert views.count(register, "all", search="@@@") == 0
    assert views.count(register, "closed", search="john") == 0


def test_position_of_finds_a_row_without_loading_the_pages(register):
    ids = [add_request(register, received=on(1 + i % 20, hour=8 + i % 8)) for i in range(30)]
    order = [r.id for r in views.page(register, "all", sort="requester", limit=100)]
    for rid in (ids[0], ids[17], ids[-1]):
        assert views.position_of(register, rid, "all", sort="requester") == order.index(rid)
    assert views.position_of(register, ids[0], "closed") is None


def test_the_dashboard_counts_timeliness_and_months(register):
    on_time = add_request(register, types=["deletion"], received=on(19))
    register.record_action(on_time, "deleted", "erased")  # done 23.11 > due 20.11: late
    quick = add_request(register, types=["access"], received=on(20))
    register.record_action(quick, "copy_sent", "sent")  # done 23.11 <= due 25.11
    add_request(register, types=["access", "deletion"], received=on(15, month=10))
    stats = views.dashboard(register)
    assert stats.answered == 2 and stats.on_time == 1
    assert stats.on_time_rate == pytest.approx(0.5)
    assert stats.median_working_days == pytest.approx(1.5)
    assert stats.months[-1] == "2026-11" and len(stats.months) == 12
    assert stats.per_month["access"][-1] == 1 and stats.per_month["access"][-2] == 1
    assert stats.per_month["deletion"][-2] == 1
    assert stats.open == 3 and stats.overdue == 1  # answered but not closed yet


def test_attention_and_export_count(register):
    add_request(register, types=["deletion"], received=on(18))
    add_request(register, types=["deletion"], received=on(23))
    assert views.attention(register) == (1, 1)
    assert views.export_count(register) == 2
    assert views.export_count(register, date_from=date(2026, 11, 20)) == 1
