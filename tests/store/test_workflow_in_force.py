"""Story: the register moves a request only through the domain's one transition table.

If the table forbade a move, the register would refuse it too: there is no second,
hand-written status machine in the store. And what the workflow decides is what is
written: rights done, the due date, the status, in one audited transaction.
"""

from __future__ import annotations

import pytest

from app.domain import workflow
from app.domain.errors import DomainError
from tests.builders import add_request, fixed_clock, new_register


@pytest.fixture
def reg(tmp_path):
    register = new_register(tmp_path, clock=fixed_clock())
    yield register
    register.close()


def test_a_move_the_table_forbids_is_refused_by_the_register(reg, monkeypatch):
    """Given a table without received -> awaiting_identity, asking for identity fails."""
    rid = add_request(reg)
    table = dict(workflow.TRANSITIONS)
    table["received"] = frozenset({"in_progress", "answered", "closed"})
    monkeypatch.setattr(workflow, "TRANSITIONS", table)
    with pytest.raises(DomainError) as raised:
        reg.record_identity(rid, "email_match", "requested")
    assert raised.value.code == "transition_not_allowed"
    view = reg.get_request(rid)
    assert view["status"] == "received" and view["identity_checks"] == []


def test_the_register_writes_what_the_workflow_decides(reg, monkeypatch):
    """Given a workflow that says deleting answers the request, the register writes that."""
    rid = add_request(reg, types=["deletion", "access"])

    def decided(state, kind):
        return workflow.Effects(status="answered", done={i.id: "fulfilled" for i in state.items},
                                due=None)

    monkeypatch.setattr(workflow, "action_recorded", decided)
    reg.record_action(rid, "deleted", "Deleted in the CRM")
    view = reg.get_request(rid)
    assert view["status"] == "answered" and view["due"] is None
    assert all(i["done"] and i["outcome"] == "fulfilled" for i in view["items"])
    assert reg.check()["audit"] == "ok"
