"""Searches at any size (issue 18): a search matching most of a large register walks the
sort's index, a view's own filter starts a search in it; the rows are those of the plain
plan, in the same order, and the counts agree."""

from __future__ import annotations

import pytest

from app.services import demo
from app.store import views
from app.store.reads import fts_query
from tests.builders import new_register


@pytest.fixture(scope="module")
def big(tmp_path_factory):
    reg = new_register(tmp_path_factory.mktemp("big"))
    demo.fill(reg, 900, seed=7)
    yield reg
    reg.close()


def _expected(reg, view, search, sort, descending):
    """The page as the plainest SQL tells it: the matches, the view's rows, sorted."""
    bounds = views.Bounds.of(reg)
    clause, params = views._view_where(view, bounds)
    matches = [r for (r,) in reg.db.execute(
        "select rowid from requests_fts where requests_fts match ?", [fts_query(search)])]
    where = f"r.id in ({', '.join(map(str, matches)) or 'null'})"
    if clause:
        where += f" and {clause}"
    extra = views._SORT_EXTRA.get(sort, "")
    return [r[0] for r in reg.db.execute(
        f"select r.id{extra} from requests r where {where} order by "
        f"{views._order(sort, descending)}", params)]


@pytest.fixture(params=[20, 10**9], ids=["walking", "joining"])
def walk_at(request, monkeypatch):
    """Both plans on a small register: walk from 20 matches on, or never."""
    monkeypatch.setattr(views, "WALK_AT", request.param)
    return request.param


@pytest.mark.parametrize("view", views.VIEWS)
@pytest.mark.parametrize("search", ["а", "ах", "ахметова", "zz"])
def test_every_view_and_search_gives_the_plain_plans_rows(big, view, search, walk_at):
    for sort in ("received", "due", "requester", "number", "status"):
        for descending in (True, False):
            expected = _expected(big, view, search, sort, descending)
            got = [r.id for r in views.page(big, view, search=search, sort=sort,
                                           descending=descending, limit=200)]
            assert got == expected[:200], (sort, descending)
            second = [r.id for r in views.page(big, view, search=search, sort=sort,
                                              descending=descending, limit=50, offset=200)]
            assert second == expected[200:250], (sort, descending)
    assert views.count(big, view, search=search) == len(_expected(
        big, view, search, "received", True))


def test_a_one_letter_search_walks_the_sorts_index_and_a_rare_one_does_not(big, monkeypatch):
    monkeypatch.setattr(views, "WALK_AT", 20)
    assert views._walk_index(big, "all", "а", "received", True) == "idx_requests_received_at"
    assert views._walk_index(big, "all", "а", "due", False) == "requests_due_sort_asc"
    assert views._walk_index(big, "all", "zz", "received", True) is None
    assert views._walk_index(big, "open", "а", "received", True) is None  # its own filter
    plan = " ".join(str(r) for r in big.db.execute(
        "explain query plan select r.id from requests r indexed by idx_requests_received_at"
        f" where {views._MATCHES} order by r.received_at desc, r.id desc limit 200",
        [fts_query("а")]))
    assert "TEMP B-TREE" not in plan  # no sort of every match
